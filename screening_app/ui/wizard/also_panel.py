"""Categories a level scheme records by judgement beside the level (West Sussex: "harming others"),
on the result page: a box to tick and the reason, never a change of the level itself."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QFrame, QVBoxLayout

from screening_app.domain.schema import SchemeCategory
from screening_app.ui.i18n import translate
from screening_app.ui.wizard.base import label
from screening_app.ui.wizard.fields import TextEdit
from screening_app.words import fill


class AlsoRecordedPanel(QFrame):
    """Calls ``on_change(name, recorded, reason)`` as a box is ticked or its reason typed."""

    def __init__(self, categories: tuple[SchemeCategory, ...], stored: dict[str, str],
                 on_change: Callable[[str, bool, str], None]) -> None:
        super().__init__()
        self.setObjectName("also")
        self.setAccessibleName(translate("Wizard", "Also record, beside the level"))
        self.setProperty("role", "card")
        self.on_change = on_change
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(label(translate("Wizard", "Also record, beside the level"), "indicator"))
        layout.addWidget(label(translate("Wizard", "Your judgement, with the reason. It never changes the level: the "
                                                   "child is assessed as a victim first."), "intro"))
        self.boxes: dict[str, tuple[QCheckBox, TextEdit]] = {}
        for category in categories:
            box = QCheckBox(category.label)
            box.setObjectName(f"also.{category.name}")
            box.setAccessibleName(fill(translate("Wizard", "Also record: %1"), category.label))
            box.setAccessibleDescription(category.meaning)
            reason = TextEdit(f"also.{category.name}.reason",
                              fill(translate("Wizard", "Reason for recording %1"), category.label),
                              fill(translate("Wizard", "Why you record %1: what happened, who says so"),
                                   category.label.lower()), lines=2)
            box.setChecked(category.name in stored)
            reason.setPlainText(stored.get(category.name, ""))
            reason.setVisible(box.isChecked())
            layout.addWidget(box)
            layout.addWidget(label(category.meaning, "intro", f"also.{category.name}.meaning"))
            layout.addWidget(reason)
            box.toggled.connect(lambda on, n=category.name: self._toggled(n, on))
            reason.textChanged.connect(lambda n=category.name: self._typed(n))
            self.boxes[category.name] = (box, reason)

    def _toggled(self, name: str, on: bool) -> None:
        reason = self.boxes[name][1]
        reason.setVisible(on)
        if on:
            reason.setFocus()
        self.on_change(name, on, reason.toPlainText())

    def _typed(self, name: str) -> None:
        box, reason = self.boxes[name]
        if box.isChecked():
            self.on_change(name, True, reason.toPlainText())
