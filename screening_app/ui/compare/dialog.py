"""What changed between two assessments of one child, side by side, with Save PDF and Print.

Opened from the child record (two rows selected, a point on the timeline, or the latest
against the one before). Either side can be changed here; the earlier one is always on the
left whatever order they were picked in.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from screening_app.ui.compare.html import comparison_html, header_html
from screening_app.ui.referral.actions import PdfActions, PdfSource, failure
from screening_app.ui.shell import fmt
from screening_app.ui.shell import widgets as w


def comparison_source(service: Any, first_id: int, second_id: int, later_reference: str) -> PdfSource:
    return PdfSource("comparison", f"What changed, {later_reference}", f"{later_reference} what changed.pdf",
                     lambda: service.render(first_id, second_id),
                     lambda path, _password: service.export(first_id, second_id, path))


def choice_words(item: Any) -> str:
    return (f"{fmt.day(item.assessed_on)} · {fmt.form_word(item.form_id)} · {fmt.level_word(item.final_level)} "
            f"· {item.reference}")


class CompareDialog(QDialog):
    def __init__(self, parent: QWidget | None, service: Any, choices: list[Any], first_id: int,
                 second_id: int) -> None:
        super().__init__(parent)
        self.setObjectName("compare")
        self.setAccessibleName("What changed between two assessments")
        self.setWindowTitle("What changed")
        self.service, self.choices, self.view = service, choices, None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addLayout(self._pickers(first_id, second_id))
        self.header = QLabel()
        w.named(self.header, "compare.header", "The two assessments and the level movement")
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        self.error = w.error_label("compare.error")
        layout.addWidget(self.error)
        self.body = QTextBrowser()
        w.named(self.body, "compare.changes", "Indicators grouped by what changed")
        self.body.setOpenLinks(False)
        layout.addWidget(self.body, 1)
        bottom = QHBoxLayout()
        self.actions = PdfActions("compare.pdf", "Preview PDF")
        bottom.addWidget(self.actions, 1)
        bottom.addWidget(w.button("Close", "compare.close", self.close), 0)
        layout.addLayout(bottom)
        self.refresh()

    def _pickers(self, first_id: int, second_id: int) -> QHBoxLayout:
        row = QHBoxLayout()
        self.first = self._combo("compare.first", "First assessment to compare", first_id)
        self.second = self._combo("compare.second", "Second assessment to compare", second_id)
        row.addWidget(QLabel("Compare"))
        row.addWidget(self.first, 1)
        row.addWidget(QLabel("with"))
        row.addWidget(self.second, 1)
        return row

    def _combo(self, name: str, accessible: str, selected: int) -> QComboBox:
        combo = QComboBox()
        w.named(combo, name, accessible)
        for item in self.choices:
            combo.addItem(choice_words(item), item.id)
        combo.setCurrentIndex(max(0, combo.findData(selected)))
        combo.currentIndexChanged.connect(lambda _i: self.refresh())
        return combo

    def pair(self) -> tuple[int, int]:
        return int(self.first.currentData()), int(self.second.currentData())

    def refresh(self) -> None:
        first, second = self.pair()
        try:
            self.view = self.service.view(first, second)
        except Exception as exc:  # CompareError says what to do; anything else gets a plain message
            self._show(None, failure(exc, "Cannot compare"))
            return
        self._show(self.view, "")
        later = next(c for c in self.choices if c.reference == self.view.later.reference)
        self.actions.set_source(comparison_source(self.service, first, second, later.reference))

    def _show(self, view: Any, problem: str) -> None:
        w.show_error(self.error, problem)
        self.header.setText(header_html(view) if view is not None else "")
        self.body.setHtml(comparison_html(view) if view is not None else "")
        self.body.setAccessibleDescription(view.counts_line if view is not None else problem)
        if view is None:
            self.actions.set_source(None)

    def clear(self) -> None:
        self.actions.clear()
        self.body.clear()
        self.header.clear()

    def closeEvent(self, event) -> None:
        self.clear()
        super().closeEvent(event)

