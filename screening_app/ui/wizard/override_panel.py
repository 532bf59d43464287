"""The professional-judgement override panel on the result page (SPEC 4).

Raising needs a reason; lowering also needs the name and role of the DSL or
manager consulted; a locked floor cannot be lowered past. The rules live in
``apply_override``: this panel shows its error text as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QFrame, QLineEdit, QPushButton, QVBoxLayout

from screening_app.domain.errors import OverrideError
from screening_app.domain.schema import LEVEL_ORDER, FormDefinition, Level
from screening_app.domain.scoring import RiskResult, apply_override
from screening_app.ui.i18n import translate
from screening_app.ui.wheel import wheel_only_when_focused
from screening_app.ui.wizard.base import label
from screening_app.ui.wizard.fields import TextEdit
from screening_app.words import fill
from screening_app.words import language as in_language


def _line(name: str, accessible: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    return edit


class OverridePanel(QFrame):
    """Calls ``on_override(dict | None)`` when an override is applied or removed."""

    def __init__(self, form: FormDefinition, on_override: Callable[[dict[str, Any] | None], None],
                 language: str = "en") -> None:
        super().__init__()
        self.form, self.on_override, self.language = form, on_override, language
        self.result: RiskResult | None = None
        self.setObjectName("override")
        self.setAccessibleName(translate("Wizard", "Professional judgement: change the level"))
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(label(translate("Wizard", "Professional judgement"), "indicator"))
        layout.addWidget(label(translate("Wizard", "You may set a different final level. Raising it needs a reason. "
                                                   "Lowering it needs a reason and the name and role of the DSL or "
                                                   "manager you consulted."), "intro"))
        self.locked = label("", "intro", "override.locked")
        layout.addWidget(self.locked)
        form_layout = QFormLayout()
        form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.level = QComboBox()
        wheel_only_when_focused(self.level)
        self.level.setObjectName("override.level")
        self.level.setAccessibleName(translate("Wizard", "Final level"))
        self.reason = TextEdit("override.reason", translate("Wizard", "Reason for changing the level"),
                               translate("Wizard", "Why the level should be different"), lines=2)
        self.consulted_name = _line("override.name", translate("Wizard", "Name of the DSL or manager consulted"))
        self.consulted_role = _line("override.role", translate("Wizard", "Role of the person consulted"))
        form_layout.addRow(translate("Wizard", "Final level"), self.level)
        form_layout.addRow(translate("Wizard", "Reason"), self.reason)
        form_layout.addRow(translate("Wizard", "Consulted (name, when lowering)"), self.consulted_name)
        form_layout.addRow(translate("Wizard", "Their role"), self.consulted_role)
        layout.addLayout(form_layout)
        self.apply_button = QPushButton(translate("Wizard", "Apply this level"))
        self.apply_button.setObjectName("override.apply")
        self.apply_button.setAccessibleName(translate("Wizard", "Apply the final level"))
        self.apply_button.clicked.connect(self.apply)
        layout.addWidget(self.apply_button)
        self.error = label("", "error", "override.error")
        self.error.setVisible(False)
        layout.addWidget(self.error)

    def show_result(self, result: RiskResult, stored: dict[str, Any] | None) -> None:
        """``result`` is the computed result without the override."""
        self.result = result
        self.level.blockSignals(True)
        self.level.clear()
        computed = self.form.levels.get(result.computed_level).label
        keep = fill(translate("Wizard", "Keep the computed level (%1)"), computed)
        self.level.addItem(keep, result.computed_level.value)
        for level in LEVEL_ORDER:
            if level != result.computed_level:
                self.level.addItem(self.form.levels.get(level).label, level.value)
        wanted = (stored or {}).get("level") or result.computed_level.value
        self.level.setCurrentIndex(max(self.level.findData(wanted), 0))
        self.level.blockSignals(False)
        if stored:
            self.reason.setPlainText(stored.get("reason", ""))
            self.consulted_name.setText(stored.get("consulted_name") or "")
            self.consulted_role.setText(stored.get("consulted_role") or "")
        self._show_locked(result)

    def _show_locked(self, result: RiskResult) -> None:
        locked = [f for f in result.floors if f.locked]
        self.locked.setVisible(bool(locked))
        if locked:
            minimum = self.form.levels.get(result.locked_minimum).label
            rules = (" ".join(f.description for f in locked) if self.form.translation else  # ids are English words
                     "; ".join(f"{f.id.replace('_', ' ')}: {f.description}" for f in locked))
            self.locked.setText(fill(translate("Wizard", "This level cannot be lowered below %1. %2"), minimum, rules))

    def apply(self) -> None:
        if self.result is None:
            return
        level = Level(self.level.currentData())
        values = {"level": level.value, "reason": self.reason.toPlainText().strip(),
                  "consulted_name": self.consulted_name.text().strip(),
                  "consulted_role": self.consulted_role.text().strip()}
        try:
            with in_language(self.language):  # the rules' refusal in the words of the page
                apply_override(self.form, self.result, level, values["reason"], values["consulted_name"],
                               values["consulted_role"])
        except OverrideError as exc:
            self.error.setText(str(exc).split(": ", 1)[-1].capitalize() + ".")
            self.error.setVisible(True)
            return
        self.error.setVisible(False)
        self.on_override(None if level == self.result.computed_level else values)
