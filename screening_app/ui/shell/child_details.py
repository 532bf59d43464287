"""The child's details as an editable form; saving goes through the service (which audits it).

The child's record also asks for the child's language preference (Welsh Language Standards, issue
17): "Not recorded", English or Welsh, a choice box reached with Alt+L. It is the language their
referral PDF is offered in first."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QLineEdit

from screening_app.ui.shell import widgets as w
from screening_app.ui.shell.types import ChildDetails
from screening_app.ui.wheel import wheel_only_when_focused

FIELDS = (
    ("first_name", "First name"),
    ("last_name", "Surname"),
    ("other_names", "Other names used"),
    ("date_of_birth", "Date of birth"),
    ("approx_age", "Approximate age"),
    ("upn", "School UPN"),
    ("nhs_number", "NHS number"),
    ("la_case_number", "Local authority case number"),
)
HINTS = {"date_of_birth": "dd/mm/yyyy", "approx_age": "if the date of birth is not known",
         "other_names": "separate with commas"}
# The choice box's entries: (what is stored, what is shown). Welsh is named in Welsh too, so a
# Welsh speaker finds it whatever the interface's language.
LANGUAGE_CHOICES = (("", "Not recorded"), ("en", "English"), ("cy", "Cymraeg (Welsh)"))
LANGUAGE_LABEL = "&Language preference"  # Alt+L: no other Alt+L on the child's record


class DetailsProblem(ValueError):
    """What the practitioner typed cannot be stored as it is; the message says why."""


def parse_dob(text: str, today: date) -> date | None:
    text = text.strip()
    if not text:
        return None
    for pattern in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            born = datetime.strptime(text, pattern).date()
        except ValueError:
            continue
        if born > today:
            raise DetailsProblem("The date of birth is in the future.")
        return born
    raise DetailsProblem("Write the date of birth as day/month/year, for example 03/11/2011.")


def details_from(values: dict[str, str], today: date) -> ChildDetails:
    if not (values["first_name"].strip() or values["last_name"].strip()):
        raise DetailsProblem("Enter the child's first name or surname.")
    born = parse_dob(values["date_of_birth"], today)
    age_text = values["approx_age"].strip()
    if age_text and not (age_text.isdigit() and 0 <= int(age_text) <= 25):
        raise DetailsProblem("The approximate age must be a whole number of years.")
    if born is None and not age_text:
        raise DetailsProblem("Enter the date of birth, or an approximate age if it is not known.")
    return ChildDetails(
        first_name=values["first_name"].strip(),
        last_name=values["last_name"].strip(),
        other_names=tuple(n.strip() for n in values["other_names"].split(",") if n.strip()),
        date_of_birth=born,
        approx_age=int(age_text) if age_text and born is None else None,
        upn=values["upn"].strip() or None,
        nhs_number=values["nhs_number"].strip() or None,
        la_case_number=values["la_case_number"].strip() or None,
        language=_language(values.get("language", "")),
    )


def _language(code: str) -> str | None:
    """The stored code from the choice box's; anything else (a damaged saved screen) is refused."""
    if code not in dict(LANGUAGE_CHOICES):
        raise DetailsProblem("Choose the child's language preference from the list: not recorded, English or Welsh.")
    return code or None


def values_of(details: ChildDetails) -> dict[str, str]:
    return {
        "first_name": details.first_name,
        "last_name": details.last_name,
        "other_names": ", ".join(details.other_names),
        "date_of_birth": details.date_of_birth.strftime("%d/%m/%Y") if details.date_of_birth else "",
        "approx_age": "" if details.approx_age is None else str(details.approx_age),
        "upn": details.upn or "",
        "nhs_number": details.nhs_number or "",
        "la_case_number": details.la_case_number or "",
        "language": details.language or "",
    }


class ChildDetailsForm(QGroupBox):
    """Emits ``edited`` on every keystroke so the page can show "unsaved changes"."""

    edited = Signal()

    def __init__(self, prefix: str, heading: str = "Details", fields: tuple = FIELDS, language: bool = False) -> None:
        super().__init__(heading)
        self.edits: dict[str, QLineEdit] = {}
        form = w.form_layout()
        self.setLayout(form)
        for key, text in fields:
            edit = w.line_edit(f"{prefix}.{key}", text, HINTS.get(key, ""))
            edit.textEdited.connect(lambda _t: self.edited.emit())
            self.edits[key] = edit
            form.addRow(text, edit)
        self.language: QComboBox | None = None
        if language:
            self.language = QComboBox()
            w.named(self.language, f"{prefix}.language", "Language preference")
            w.named(self.language.view(), f"{prefix}.language.list", "Language preferences")
            for code, text in LANGUAGE_CHOICES:
                self.language.addItem(text, code)
            wheel_only_when_focused(self.language)  # the record scrolls: the wheel must not change it
            self.language.activated.connect(lambda _i: self.edited.emit())  # chosen by the user, not set
            form.addRow(LANGUAGE_LABEL, self.language)  # the label's buddy: Alt+L focuses the box

    def values(self) -> dict[str, str]:
        values = dict.fromkeys(dict(FIELDS), "")
        values.update({key: edit.text() for key, edit in self.edits.items()})
        values["language"] = self.language.currentData() if self.language is not None else ""
        return values

    def set_values(self, values: dict[str, Any]) -> None:
        for key, edit in self.edits.items():
            edit.setText(str(values.get(key, "")))
        if self.language is not None:  # a code it does not know shows "Not recorded" (and saves as it)
            self.language.setCurrentIndex(max(self.language.findData(str(values.get("language") or "")), 0))

    def details(self, today: date) -> ChildDetails:
        return details_from(self.values(), today)

    def clear(self) -> None:
        """At lock: no detail stays in a field or in its undo history (``QLineEdit.clear`` keeps it)."""
        for edit in self.edits.values():
            edit.setText("")
        if self.language is not None:
            self.language.setCurrentIndex(0)


