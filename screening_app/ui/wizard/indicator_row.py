"""One indicator as one row: its label, an expandable "What to look for", the
answer control (Yes / Possible / No / Not known) and, for Yes or Possible,
the required "When", the evidence (chronology entries to tick, when the
assessment has any) and the note (needed when no entry is ticked).

The answer control is one tab stop: arrow keys move the choice and 1-4 pick
one directly; the buttons also work with the mouse. A key that picks moves on,
as a practitioner in a hurry expects: Yes or Possible into "When" (then the
evidence and the note, next in the Tab order), No or Not known to the next
unanswered question. H (or F1) shows "What to look for". Object names follow the
indicator id: ``out_late`` (row), ``out_late.yes``, ``out_late.when``,
``out_late.events.<entry id>``, ``out_late.note``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from screening_app.domain.schema import SCORED_BY_RECENCY, FormDefinition, Indicator
from screening_app.ui.i18n import translate
from screening_app.ui.theme import FOCUS
from screening_app.ui.wheel import wheel_only_when_focused
from screening_app.ui.wizard.evidence import EvidencePicker
from screening_app.ui.wizard.fields import TextEdit
from screening_app.words import fill

ANSWERS = ("yes", "possible", "no", "not_known")
RECENCIES = ("current", "recent", "past")
_KEYS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2, Qt.Key.Key_4: 3}


class AnswerSelector(QWidget):
    """Four exclusive buttons behaving as one keyboard control."""

    chosen = Signal(str)
    picked = Signal(str)  # chosen by a number key: the row moves focus on
    helpRequested = Signal()

    def __init__(self, indicator: Indicator, labels: dict[str, str]) -> None:
        super().__init__()
        self.setObjectName(f"{indicator.id}.answer")
        self.setAccessibleName(fill(translate("Wizard", "Answer: %1"), indicator.label))
        self.setAccessibleDescription(fill(translate("Wizard", "Use the arrow keys, or 1 %1, 2 %2, 3 %3, 4 %4; H: what "
                                                               "to look for"), *(labels[value] for value in ANSWERS)))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(6)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # allows "no answer yet"; exclusivity is kept in _pick
        for number, value in enumerate(ANSWERS, start=1):
            button = QPushButton(f"{labels[value]}")
            button.setObjectName(f"{indicator.id}.{value}")
            button.setAccessibleName(f"{labels[value]} ({number})")
            button.setToolTip(fill(translate("Wizard", "Press %1"), number))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumWidth(88)
            button.clicked.connect(lambda _c=False, v=value: self._pick(v))
            self.group.addButton(button, number - 1)
            layout.addWidget(button)
        layout.addStretch(1)

    def value(self) -> str | None:
        checked = self.group.checkedId()
        return ANSWERS[checked] if checked >= 0 else None

    def set_value(self, value: str | None) -> None:
        for index, button in enumerate(self.group.buttons()):
            button.setChecked(ANSWERS[index] == value)
        chosen = f"{self.accessibleName()}: {value.replace('_', ' ')}" if value else "not answered"
        self.setAccessibleDescription(chosen)

    def _pick(self, value: str) -> None:
        self.set_value(value)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.chosen.emit(value)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in _KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self._pick(ANSWERS[_KEYS[key]])
            self.picked.emit(ANSWERS[_KEYS[key]])
        elif key in (Qt.Key.Key_H, Qt.Key.Key_F1, Qt.Key.Key_Question) and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            self.helpRequested.emit()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key in (Qt.Key.Key_Left, Qt.Key.Key_Up) else 1
            current = self.group.checkedId()
            start = (0 if step > 0 else len(ANSWERS) - 1) if current < 0 else (current + step) % len(ANSWERS)
            self._pick(ANSWERS[start])
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            painter.setPen(QPen(QColor(FOCUS), 3))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5), 5, 5)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()


class IndicatorRow(QFrame):
    """Reports every change as ``changed(indicator_id, {"answer"|"when"|"note": value})``."""

    changed = Signal(str, dict)
    advance = Signal(str)  # No or Not known picked by key: focus the next unanswered question

    def __init__(self, form: FormDefinition, indicator: Indicator, entry: dict[str, Any],
                 language: Callable[[TextEdit], None] | None = None, events: Sequence[dict[str, Any]] = ()) -> None:
        super().__init__()
        self.indicator = indicator
        self.setObjectName(indicator.id)
        self.setAccessibleName(indicator.label)
        self.setProperty("role", "row")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 12)
        layout.setSpacing(6)
        layout.addLayout(self._heading())
        self.help = QLabel(indicator.help)
        self.help.setObjectName(f"{indicator.id}.helpText")
        self.help.setWordWrap(True)
        self.help.setProperty("role", "help")
        self.help.setVisible(False)
        layout.addWidget(self.help)
        self.selector = AnswerSelector(indicator, form.answer_labels.model_dump())
        self.selector.chosen.connect(self._answer_chosen)
        self.selector.picked.connect(self._picked_by_key)
        self.selector.helpRequested.connect(self.help_toggle.toggle)
        layout.addWidget(self.selector)
        self._form, self._language, self._events, self._cited = form, language, events, entry.get("events") or []
        self.details: QWidget | None = None  # When and note: built on the first Yes or Possible
        self.show_entry(entry)

    def _heading(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.indicator.label)
        label.setWordWrap(True)
        label.setProperty("role", "indicator")
        row.addWidget(label, 1)
        self.help_toggle = QToolButton()
        self.help_toggle.setText(translate("Wizard", "What to look for"))
        self.help_toggle.setObjectName(f"{self.indicator.id}.help")
        self.help_toggle.setAccessibleName(fill(translate("Wizard", "What to look for: %1"), self.indicator.label))
        self.help_toggle.setCheckable(True)
        self.help_toggle.setProperty("role", "link")
        # Not a Tab stop (one per question keeps a screening short): H or F1 on the answer opens it.
        self.help_toggle.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.help_toggle.setToolTip(translate("Wizard", "Or press H on the answer"))
        self.help_toggle.toggled.connect(self._toggle_help)
        row.addWidget(self.help_toggle, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _toggle_help(self, shown: bool) -> None:
        self.help.setVisible(shown)
        self.help_toggle.setText(translate("Wizard", "Hide help") if shown else translate("Wizard", "What to look for"))

    def _ensure_details(self) -> QWidget:
        if self.details is None:
            self.details = self._details(self._form, self._language)
            self.layout().addWidget(self.details)
            self.chain_tab_order()
        return self.details

    def chain_tab_order(self) -> None:
        """When, the evidence and the note come straight after their question, however late
        they were built (they are made on the first Yes or Possible)."""
        if self.details is None or self.window() is not self.details.window():
            return
        previous: QWidget = self.selector
        for widget in (self.when, *self.evidence.tab_stops(), self.note):
            QWidget.setTabOrder(previous, widget)
            previous = widget

    def first_detail(self) -> QWidget:
        """Where a Yes or Possible leads: When where the tier asks for it, else the evidence or the note."""
        self._ensure_details().setVisible(True)
        if not self.when.isHidden():
            return self.when
        return self.evidence.first_box() or self.note

    def set_answer(self, value: str) -> None:
        """Answer as a click would (used by "No to the rest of this section")."""
        self.selector.set_value(value)
        self._answer_chosen(value)

    def _picked_by_key(self, value: str) -> None:
        if value in ("yes", "possible"):
            self.first_detail().setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.advance.emit(self.indicator.id)

    def _details(self, form: FormDefinition, language) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(24, 0, 0, 0)
        layout.setSpacing(4)
        self.when = QComboBox()
        wheel_only_when_focused(self.when)
        self.when.setObjectName(f"{self.indicator.id}.when")
        self.when.setAccessibleName(fill(translate("Wizard", "When (required): %1"), self.indicator.label))
        self.when.addItem(translate("Wizard", "When? Choose…"), None)
        for value in RECENCIES:
            self.when.addItem(getattr(form.recency_labels, value), value)
        self.when.currentIndexChanged.connect(self._when_chosen)
        self.when_label = QLabel(translate("Wizard", "When (required)"))
        self.when_label.setBuddy(self.when)
        line = QHBoxLayout()
        line.addWidget(self.when_label)
        line.addWidget(self.when)
        line.addStretch(1)
        layout.addLayout(line)
        self.evidence = EvidencePicker(form, self.indicator, self._events, self._cited)
        self.evidence.changed.connect(lambda ids: self.changed.emit(self.indicator.id, {"events": ids}))
        layout.addWidget(self.evidence)
        required = fill(translate("Wizard", "Note (required): %1"), self.indicator.label)
        self.note = TextEdit(f"{self.indicator.id}.note", required, form.note_prompt)
        self.note.textChanged.connect(lambda: self.changed.emit(self.indicator.id, {"note": self.note.toPlainText()}))
        if language is not None:
            language(self.note)
        note_label = QLabel(translate("Wizard", "Note (required unless an entry above is ticked)")
                            if self.evidence.boxes else translate("Wizard", "Note (required)"))
        note_label.setBuddy(self.note)
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        has_when = self.indicator.tier in SCORED_BY_RECENCY
        self.when.setVisible(has_when)
        self.when_label.setVisible(has_when)
        return box

    def show_entry(self, entry: dict[str, Any]) -> None:
        """Show stored values without reporting changes."""
        self.selector.set_value(entry.get("answer"))
        concern = entry.get("answer") in ("yes", "possible")
        if self.details is None and not concern:
            return
        self._ensure_details()
        for widget in (self.when, self.note):
            widget.blockSignals(True)
        self.when.setCurrentIndex(max(self.when.findData(entry.get("when")), 0))
        if self.note.toPlainText() != (entry.get("note") or ""):
            self.note.setPlainText(entry.get("note") or "")
        self.evidence.set_cited(entry.get("events") or [])
        for widget in (self.when, self.note):
            widget.blockSignals(False)
        self.details.setVisible(concern)

    def add_event(self, raw: dict[str, Any]) -> None:
        if self.details is not None:  # rows not yet opened build their picker from the state's list
            self.evidence.add_entry(raw)
            self.chain_tab_order()

    def _when_chosen(self, _index: int) -> None:
        self.changed.emit(self.indicator.id, {"when": self.when.currentData()})

    def _answer_chosen(self, value: str) -> None:
        if value in ("yes", "possible") or self.details is not None:
            self._ensure_details().setVisible(value in ("yes", "possible"))
        self.changed.emit(self.indicator.id, {"answer": value})

    def focus_target(self, field_id: str) -> QWidget:
        """The widget to focus for a gap's field id (``out_late``, ``out_late.note``...)."""
        suffix = field_id.split(".", 1)[1] if "." in field_id else "answer"
        if suffix in ("when", "note", "events"):
            self._ensure_details().setVisible(True)
        if suffix == "events":
            return self.evidence.first_box() or self.note
        if suffix in ("when", "note"):  # built only once a concern is answered
            return self.when if suffix == "when" else self.note
        return self.selector
