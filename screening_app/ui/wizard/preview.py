"""The live level preview in the wizard's corner: the level in words and
colour, the score and the floor rules, and a "Why?" link to the reasons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout

from screening_app.domain.navigation import Preview
from screening_app.domain.schema import FormDefinition
from screening_app.ui.i18n import translate
from screening_app.ui.theme import MUTED, level_style
from screening_app.words import fill


class LevelPreview(QFrame):
    def __init__(self, form: FormDefinition) -> None:
        super().__init__()
        self.form = form
        self.setObjectName("preview")
        self.setAccessibleName(translate("Wizard", "Level so far"))
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        top = QHBoxLayout()
        caption = QLabel(translate("Wizard", "Level so far"))
        top.addWidget(caption)
        self.level = QLabel()
        self.level.setObjectName("preview.level")
        self.level.setAccessibleName(translate("Wizard", "Level so far"))
        top.addWidget(self.level)
        self.why = QToolButton()
        self.why.setText(translate("Wizard", "Why?"))
        self.why.setObjectName("preview.why")
        self.why.setAccessibleName(translate("Wizard", "Why this level: show the reasons"))
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
            self.level.setText(translate("Wizard", "Not yet"))
            self.level.setStyleSheet(level_style(MUTED))
            self.details.setText(preview.reason)
            self.reasons.setText(preview.reason)
            return
        definition = self.form.levels.get(result.computed_level)
        self.level.setText(definition.label)
        self.level.setStyleSheet(level_style(definition.colour))
        self.details.setText(summary_words(self.form, result))
        self.reasons.setText("\n".join(f"• {line}" for line in result.explanation))

    def _toggle_reasons(self, shown: bool) -> None:
        self.reasons.setVisible(shown)
        self.why.setText(translate("Wizard", "Hide reasons") if shown else translate("Wizard", "Why?"))


def summary_words(form, result) -> str:
    """Two short sentences of the same shape every time (the box must not jump while typing):
    how many answers count, and the rule that sets the floor, if one does."""
    counted = sum(1 for c in result.contributions if c.scored and c.tier.value != "protective")
    words = fill(translate("Wizard", "1 answer counts (score %2).") if counted == 1 else
                 translate("Wizard", "%1 answers count (score %2)."), counted, result.score)
    top = max(result.floors, key=lambda f: ("low", "medium", "high").index(f.level.value), default=None)
    rule = (fill(translate("Wizard", "A rule sets at least %1."), form.levels.get(top.level).label) if top
            else translate("Wizard", "No rule sets a minimum."))
    # a pack of several kinds says which, every time ("none yet": the same shape): in English its tags'
    # short words, in Welsh the kinds' own names
    labels = {k.tag: k.label for k in form.exploitation_types} if form.translation else {}
    kinds = ", ".join(labels.get(tag, tag.replace("_", " ")) for tag in result.exploitation_types)
    kinds = kinds or translate("Wizard", "none yet")
    sentences = [words, rule, translate("Wizard", "Complete answers only.")]
    if len(form.exploitation_types) > 1:
        sentences.append(fill(translate("Wizard", "Kinds: %1."), kinds))
    return " ".join(sentences)
