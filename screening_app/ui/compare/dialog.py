"""What changed between two assessments of one child, side by side, with Save PDF and Print.

Opened from the child record (two rows selected, a point on the timeline, or the latest
against the one before). Either side can be changed here; the earlier one is always on the
left whatever order they were picked in. ``VersionsDialog`` shows what a correction changed:
two stored versions of one completed assessment, opened from its list of versions.

It is not modal, so it can be open while the language changes in Settings: its words (context
"Compare") are set again then, and what it shows is drawn again in them. What the comparison
itself says (the movement, the groups, the counts) is the domain's words.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from screening_app.ui.compare.html import comparison_html, header_html
from screening_app.ui.i18n import QT_TRANSLATE_NOOP, FollowsLanguage, Words, current, translate
from screening_app.ui.referral.actions import PdfActions, PdfSource, failure
from screening_app.ui.shell import fmt
from screening_app.ui.shell import widgets as w
from screening_app.ui.wheel import wheel_only_when_focused
from screening_app.words import fill


def comparison_source(service: Any, first_id: int, second_id: int, later_reference: str) -> PdfSource:
    return PdfSource("comparison", fill(translate("Compare", "What changed, %1"), later_reference),
                     fill(translate("Compare", "%1 what changed.pdf"), later_reference),
                     lambda: service.render(first_id, second_id),
                     lambda path, _password: service.export(first_id, second_id, path))


def choice_words(item: Any) -> str:
    level = fmt.level_word(item.final_level, item.form_id)
    return f"{fmt.day(item.assessed_on)} · {fmt.form_word(item.form_id)} · {level} · {item.reference}"


def show_over(window: QWidget, dialog: QDialog) -> QDialog:
    """Open a comparison nearly as large as the main window it belongs to."""
    dialog.resize(min(1280, window.width() - 40), window.height() - 40)
    dialog.show()
    return dialog


def dispose(dialog: QDialog | None) -> None:
    """Close a comparison (its closeEvent clears what it showed) and free it; returns nothing to keep."""
    if dialog is not None:
        dialog.close()
        dialog.deleteLater()


class ChangesDialog(FollowsLanguage, QDialog):
    """A comparison view with Save PDF and Print; subclasses say which two records it shows."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        """``title`` marked in the context "Compare" (translated here)."""
        super().__init__(parent)
        self.words = Words("Compare")
        self.setObjectName("compare")
        self.words.say(self.setAccessibleName, title)
        self.words.say(self.setWindowTitle, QT_TRANSLATE_NOOP("Compare", "What changed"))
        self.view = None
        self.problem: BaseException | None = None  # why the last comparison could not be made
        self.source: Callable[[Any], PdfSource] | None = None
        self.build: Callable[[], Any] = lambda: None  # how the comparison shown was made (made again in new words)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        self.pickers = QHBoxLayout()
        layout.addLayout(self.pickers)
        self.header = QLabel()
        w.named(self.header, "compare.header", "")
        self.words.say(self.header.setAccessibleName,
                       QT_TRANSLATE_NOOP("Compare", "The two assessments and the level movement"))
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        self.error = w.error_label("compare.error")
        layout.addWidget(self.error)
        self.body = QTextBrowser()
        w.named(self.body, "compare.changes", "")
        self.words.say(self.body.setAccessibleName, QT_TRANSLATE_NOOP("Compare", "Indicators grouped by what changed"))
        self.body.setOpenLinks(False)
        layout.addWidget(self.body, 1)
        bottom = QHBoxLayout()
        self.actions = PdfActions("compare.pdf", translate("Compare", "Preview PDF"))
        bottom.addWidget(self.actions, 1)
        close = w.button("", "compare.close", self.close)
        self.words.say(close.setText, QT_TRANSLATE_NOOP("Compare", "Close"))
        self.words.say(close.setAccessibleName, QT_TRANSLATE_NOOP("Compare", "Close"))
        bottom.addWidget(close, 0)
        layout.addLayout(bottom)

    def _show_view(self, build: Callable[[], Any], source: Callable[[Any], PdfSource]) -> None:
        self.source, self.build = source, build
        try:
            self.view = build()
        except Exception as exc:  # CompareError says what to do; anything else gets a plain message
            self.view, self.problem = None, exc
            self._show(None, self._failure(exc))
            return
        self.problem = None
        self._show(self.view, "")
        self.actions.set_source(source(self.view))

    @staticmethod
    def _failure(exc: BaseException) -> str:
        return failure(exc, translate("Compare", "Cannot compare"))


    def retranslate(self) -> None:
        """Its words in the interface's language, and the comparison drawn again in them (a PDF
        being made goes on: its name and title follow from the next one)."""
        self.words.retranslate()
        self.actions.preview_button.setText(translate("Compare", "Preview PDF"))
        service = getattr(self, "service", None)
        if self.view is not None and service is not None and getattr(service, "language", None) != current():
            service.language = current()  # what changed is said again in the new words, from the records
            with contextlib.suppress(Exception):  # a failure keeps the comparison shown as it was
                self.view = self.build()
        if self.view is not None:
            self._show(self.view, "")
            if self.source is not None and not self.actions.working:
                self.actions.source = self.source(self.view)
        elif self.problem is not None:
            self._show(None, self._failure(self.problem))

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


class CompareDialog(ChangesDialog):
    """Two assessments of one child; either can be changed here."""

    def __init__(self, parent: QWidget | None, service: Any, choices: list[Any], first_id: int,
                 second_id: int) -> None:
        super().__init__(parent, QT_TRANSLATE_NOOP("Compare", "What changed between two assessments"))
        self.service, self.choices = service, choices
        self.first = self._combo("compare.first", QT_TRANSLATE_NOOP("Compare", "First assessment to compare"),
                                 first_id)
        self.second = self._combo("compare.second", QT_TRANSLATE_NOOP("Compare", "Second assessment to compare"),
                                  second_id)
        compare, with_ = QLabel(), QLabel()
        self.words.say(compare.setText, QT_TRANSLATE_NOOP("Compare", "Compare"))
        self.words.say(with_.setText, QT_TRANSLATE_NOOP("Compare", "with"))
        self.pickers.addWidget(compare)
        self.pickers.addWidget(self.first, 1)
        self.pickers.addWidget(with_)
        self.pickers.addWidget(self.second, 1)
        self.refresh()

    def retranslate(self) -> None:
        for combo in (self.first, self.second):  # each assessment's date, type and level in the new words
            for index, item in enumerate(self.choices):
                combo.setItemText(index, choice_words(item))
        super().retranslate()

    def _combo(self, name: str, accessible: str, selected: int) -> QComboBox:
        """``accessible`` marked in the context "Compare"."""
        combo = QComboBox()
        wheel_only_when_focused(combo)
        w.named(combo, name, "")
        self.words.say(combo.setAccessibleName, accessible)
        for item in self.choices:
            combo.addItem(choice_words(item), item.id)
        combo.setCurrentIndex(max(0, combo.findData(selected)))
        combo.currentIndexChanged.connect(lambda _i: self.refresh())
        return combo

    def pair(self) -> tuple[int, int]:
        return int(self.first.currentData()), int(self.second.currentData())

    def refresh(self) -> None:
        first, second = self.pair()

        def source(view: Any) -> PdfSource:
            later = next(c for c in self.choices if c.reference == view.later.reference)
            return comparison_source(self.service, first, second, later.reference)

        self._show_view(lambda: self.service.view(first, second), source)


class VersionsDialog(ChangesDialog):
    """What a correction changed: two stored versions of one completed assessment."""

    def __init__(self, parent: QWidget | None, service: Any, assessment_id: int, reference: str,
                 earlier: int, later: int) -> None:
        super().__init__(parent, QT_TRANSLATE_NOOP("Compare", "What a correction changed"))
        self.service = service

        def source(_view: Any) -> PdfSource:  # made again in the new words when the language changes
            return PdfSource("comparison",
                             fill(translate("Compare", "What changed, %1 version %2"), reference, later),
                             fill(translate("Compare", "%1 version %2 what changed.pdf"), reference, later),
                             lambda: service.render_versions(assessment_id, earlier, later),
                             lambda path, _password: service.export_versions(assessment_id, earlier, later, path))

        self._show_view(lambda: service.view_versions(assessment_id, earlier, later), source)
