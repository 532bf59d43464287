"""The live level preview in the wizard's corner: the level in words and
colour, the score and the floor rules, and a "Why?" link to the reasons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout

from screening_app.domain.navigation import Preview
from screening_app.domain.schema import FormDefinition
from screening_app.ui.theme import MUTED, level_style


class LevelPreview(QFrame):
    def __init__(self, form: FormDefinition) -> None:
        super().__init__()
        self.form = form
        self.setObjectName("preview")
        self.setAccessibleName("Level so far")
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        top = QHBoxLayout()
        caption = QLabel("Level so far")
        top.addWidget(caption)
        self.level = QLabel()
        self.level.setObjectName("preview.level")
        self.level.setAccessibleName("Level so far")
        top.addWidget(self.level)
        self.why = QToolButton()
        self.why.setText("Why?")
        self.why.setObjectName("preview.why")
        self.why.setAccessibleName("Why this level: show the reasons")
        self.why.setProperty("role", "link")
        self.why.setCheckable(True)
        self.why.toggled.connect(self._toggle_reasons)
        top.addWidget(self.why)
        top.addStretch(1)
        layout.addLayout(top)
        self.details = QLabel()
        self.details.setObjectName("preview.details")
        self.details.setStyleSheet(f"color: {MUTED};")
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        self.reasons = QLabel()
        self.reasons.setObjectName("preview.reasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reasons.setVisible(False)
        layout.addWidget(self.reasons)
        self.setMaximumWidth(460)

    def show_preview(self, preview: Preview) -> None:
        result = preview.result
        if result is None:
            self.level.setText("Not yet")
            self.level.setStyleSheet(level_style(MUTED))
            self.details.setText(preview.reason)
            self.reasons.setText(preview.reason)
            return
        definition = self.form.levels.get(result.computed_level)
        self.level.setText(definition.label)
        self.level.setStyleSheet(level_style(definition.colour))
        floors = ", ".join(f.id.replace("_", " ") for f in result.floors) or "none"
        self.details.setText(f"Score {result.score} · rules applied: {floors}. Complete answers only.")
        self.reasons.setText("\n".join(f"• {line}" for line in result.explanation))

    def _toggle_reasons(self, shown: bool) -> None:
        self.reasons.setVisible(shown)
        self.why.setText("Hide reasons" if shown else "Why?")
