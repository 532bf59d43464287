"""Record or edit a professional disagreement (SPEC 9.3).

The review found practitioners did not know how to escalate, and decisions not
to act were never challenged on record. The dialog asks for what a timeline of
challenge needs: which agency and decision, the stage (each explained in one
line), when it was raised and decided, what was said, the outcome, and whether
it is still open. The service checks the rules; its message is shown as it is.

Typing survives a lock (``shell.keep``): ``snapshot``/``restore``/``clear``, and ``kept`` says how
the main window reopens it (a new one for the child or assessment, or the one being edited).

Its words are in the context "Escalation", set when it opens (it is modal: the language cannot
change under it); the stages' titles are the domain's, marked there in the same context.
"""

from __future__ import annotations

import contextlib
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from screening_app.domain.escalation import STAGES
from screening_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from screening_app.ui.record_dialog import RecordDialog, buddy, named
from screening_app.ui.shell.keep import Field, caret, put_caret_when_shown, put_texts, texts, wipe
from screening_app.ui.wheel import wheel_only_when_focused
from screening_app.ui.wizard.fields import TextEdit

STAGE_HELP = {  # marked: translate("Escalation", STAGE_HELP[n]) where shown
    1: QT_TRANSLATE_NOOP("Escalation", "Talk to the practitioner who made the decision: say why you disagree, and "
                                       "agree what happens next."),
    2: QT_TRANSLATE_NOOP("Escalation", "Not resolved: your manager or DSL takes it up with their manager in the "
                                       "other agency."),
    3: QT_TRANSLATE_NOOP("Escalation", "Still not resolved: senior managers, or the local safeguarding "
                                       "partnership's resolution process."),
}
INTRO = QT_TRANSLATE_NOOP("Escalation", "If you disagree with a decision about this child, say so and escalate it "
                                        "until it is resolved. Record each stage here so there is a timeline of what "
                                        "was raised, with whom, and what happened.")
STATUSES = (("open", QT_TRANSLATE_NOOP("Escalation", "Open: not yet resolved")),
            ("closed", QT_TRANSLATE_NOOP("Escalation", "Closed: resolved or ended")))
FIELD_WIDGETS = {"agency": "agency", "stage": "stage1", "raised_on": "raised_on", "decided_on": "decided_on"}


def _text(value: str) -> str | None:
    return value.strip() or None


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class EscalationDialog(RecordDialog):
    """New (``existing`` None) or edit; ``saved(escalation_id)`` once the service has stored it."""

    prefix = "escalation"
    field_widgets = FIELD_WIDGETS

    def __init__(self, session: Any, child_id: int | None, assessment_id: int | None = None,
                 existing: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.existing = session, existing
        details = existing.details if existing is not None else None
        self.child_id = details.child_id if details else child_id
        self.assessment_id = details.assessment_id if details else assessment_id
        self.kept = ("escalation", {"child_id": self.child_id, "assessment_id": self.assessment_id,
                                    "escalation_id": existing.id if existing is not None else None})
        title = translate("Escalation", "Edit a professional disagreement") if existing else \
            translate("Escalation", "Record a professional disagreement")
        self._frame("escalationDialog", title, translate("Escalation", INTRO), 720, self._form())
        self._button_words()
        if details is not None:
            self._show(details)

    # ------------------------------------------------------------ building

    def _button_words(self) -> None:
        """Save and Cancel in the dialog's language (the shared frame gives them in English)."""
        self.save_button.setText(translate("Escalation", "Save"))
        self.save_button.setAccessibleName(translate("Escalation", "Save the escalation"))
        cancel = self.findChild(QPushButton, "escalation.cancel")
        if cancel is not None:
            cancel.setText(translate("Escalation", "Cancel"))
            cancel.setAccessibleName(translate("Escalation", "Cancel without saving"))

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        rules = self.session.language_rules()
        self.agency = QLineEdit()
        named(self.agency, "escalation.agency",
              translate("Escalation", "Agency whose decision you disagree with (required)"))
        self.agency.setPlaceholderText(translate("Escalation", "For example: Children's Social Care (MASH), Police, "
                                                               "your own organisation"))
        self.decision = self._text_edit("escalation.decision",
                                        translate("Escalation", "The decision you disagree with"), 2, rules,
                                        translate("Escalation", "What was decided, by whom, and when"))
        self.what_was_said = self._text_edit("escalation.what_was_said", translate("Escalation", "What was said"), 3,
                                             rules, translate("Escalation", "Who you spoke to, what you said and "
                                                                            "what they said"))
        self.outcome = self._text_edit("escalation.outcome", translate("Escalation", "Outcome"), 2, rules,
                                       translate("Escalation", "What was agreed or decided"))
        form.addRow(buddy(translate("Escalation", "Agency (required)"), self.agency), self.agency)
        form.addRow(buddy(translate("Escalation", "Decision disagreed with"), self.decision), self.decision)
        form.addRow(QLabel(translate("Escalation", "Stage (required)")), self._stages())
        form.addRow(QLabel(translate("Escalation", "Dates")), self._dates())
        form.addRow(buddy(translate("Escalation", "What was said"), self.what_was_said), self.what_was_said)
        form.addRow(buddy(translate("Escalation", "Outcome"), self.outcome), self.outcome)
        form.addRow(QLabel(translate("Escalation", "Status")), self._status())
        return form

    def _text_edit(self, name: str, accessible: str, lines: int, rules: Any, placeholder: str) -> TextEdit:
        edit = TextEdit(name, accessible, placeholder, lines=lines)
        edit.check_language(rules, lambda: False)
        return edit

    def _stages(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.stage = QButtonGroup(self)
        for number, english in STAGES.items():
            title, help_words = translate("Escalation", english), translate("Escalation", STAGE_HELP[number])
            radio = QRadioButton(title)
            named(radio, f"escalation.stage{number}", title)
            radio.setAccessibleDescription(help_words)
            self.stage.addButton(radio, number)
            help_text = QLabel(help_words)
            help_text.setWordWrap(True)
            help_text.setProperty("role", "help")
            help_text.setContentsMargins(26, 0, 0, 4)
            layout.addWidget(radio)
            layout.addWidget(help_text)
        self.stage.button(1).setChecked(True)
        return box

    def _date_edit(self, name: str, accessible: str) -> QDateEdit:
        edit = QDateEdit(_qdate(self.session.today()))
        wheel_only_when_focused(edit)
        named(edit, name, accessible)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setCalendarPopup(True)
        edit.setMaximumDate(_qdate(self.session.today()))
        return edit

    def _dates(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.raised_on = self._date_edit("escalation.raised_on", translate("Escalation", "Date raised"))
        self.has_decision = QCheckBox(translate("Escalation", "Decided on"))
        named(self.has_decision, "escalation.has_decision",
              translate("Escalation", "A decision has been made on the escalation"))
        self.decided_on = self._date_edit("escalation.decided_on", translate("Escalation", "Date decided"))
        self.decided_on.setEnabled(False)
        self.has_decision.toggled.connect(self.decided_on.setEnabled)
        raised = QLabel(translate("Escalation", "Raised on"))
        raised.setBuddy(self.raised_on)
        for widget in (raised, self.raised_on, self.has_decision, self.decided_on):
            row.addWidget(widget)
        row.addStretch(1)
        return box

    def _status(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.status = QButtonGroup(self)
        for value, english in STATUSES:
            text = translate("Escalation", english)
            radio = QRadioButton(text)
            named(radio, f"escalation.{value}", text)
            self.status.addButton(radio)
            radio.setProperty("value", value)
            row.addWidget(radio)
        self.status.buttons()[0].setChecked(True)
        row.addStretch(1)
        return box

    # ------------------------------------------------------------ values

    def _show(self, details: Any) -> None:
        self.agency.setText(details.agency)
        self.decision.setPlainText(details.decision or "")
        self.stage.button(details.stage).setChecked(True)
        self.raised_on.setDate(_qdate(details.raised_on))
        self.has_decision.setChecked(details.decided_on is not None)
        if details.decided_on is not None:
            self.decided_on.setDate(_qdate(details.decided_on))
        self.what_was_said.setPlainText(details.what_was_said or "")
        self.outcome.setPlainText(details.outcome or "")
        for radio in self.status.buttons():
            radio.setChecked(radio.property("value") == details.status)

    # ------------------------------------------------------------ lock: keep the typing, hold none of it

    def fields(self) -> dict[str, Field]:
        return {"agency": self.agency, "decision": self.decision, "what_was_said": self.what_was_said,
                "outcome": self.outcome}

    def snapshot(self) -> dict[str, Any]:
        """Everything typed or chosen, and where the caret was: JSON for the encrypted vault."""
        fields = self.fields()
        return {
            "text": texts(fields),
            "stage": self.stage.checkedId(),
            "raised_on": self.raised_on.date().toPython().isoformat(),
            "has_decision": self.has_decision.isChecked(),
            "decided_on": self.decided_on.date().toPython().isoformat(),
            "status": next((r.property("value") for r in self.status.buttons() if r.isChecked()), "open"),
            **caret(fields, self.focusWidget()),
        }

    def restore(self, state: dict[str, Any]) -> None:
        fields = self.fields()
        put_texts(fields, state.get("text") or {})
        button = self.stage.button(int(state.get("stage") or 1))
        if button is not None:
            button.setChecked(True)
        for edit, key in ((self.raised_on, "raised_on"), (self.decided_on, "decided_on")):
            with contextlib.suppress(ValueError):  # a date that is not one: today stays
                edit.setDate(_qdate(date.fromisoformat(str(state.get(key)))))
        self.has_decision.setChecked(bool(state.get("has_decision")))
        for radio in self.status.buttons():
            radio.setChecked(radio.property("value") == (state.get("status") or "open"))
        put_caret_when_shown(self, fields, state)

    def clear(self) -> None:
        """At lock: no word typed stays in a field or its undo history; the choices go back to new."""
        wipe(self.fields())
        today = _qdate(self.session.today())
        self.raised_on.setDate(today)
        self.decided_on.setDate(today)
        self.has_decision.setChecked(False)
        self.stage.button(1).setChecked(True)
        self.status.buttons()[0].setChecked(True)
        self.clear_error()

    def values(self) -> Any:
        status = next(r.property("value") for r in self.status.buttons() if r.isChecked())
        return self.session.new_escalation(
            agency=self.agency.text().strip(),
            stage=self.stage.checkedId(),
            raised_on=self.raised_on.date().toPython(),
            assessment_id=self.assessment_id,
            child_id=self.child_id,
            decision=_text(self.decision.toPlainText()),
            decided_on=self.decided_on.date().toPython() if self.has_decision.isChecked() else None,
            what_was_said=_text(self.what_was_said.toPlainText()),
            outcome=_text(self.outcome.toPlainText()),
            status=status,
        )

    def store(self) -> int:
        item = self.values()
        if self.existing is None:
            return self.session.record_escalation(item)
        self.session.update_escalation(self.existing.id, item)
        return self.existing.id
