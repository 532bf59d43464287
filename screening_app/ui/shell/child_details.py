"""The child's details as an editable form; saving goes through the service (which audits it)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QLineEdit

from screening_app.ui.shell import widgets as w
from screening_app.ui.shell.types import ChildDetails

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
    )


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
    }


class ChildDetailsForm(QGroupBox):
    """Emits ``edited`` on every keystroke so the page can show "unsaved changes"."""

    edited = Signal()

    def __init__(self, prefix: str, heading: str = "Details", fields: tuple = FIELDS) -> None:
        super().__init__(heading)
        self.edits: dict[str, QLineEdit] = {}
        form = w.form_layout()
        self.setLayout(form)
        for key, text in fields:
            edit = w.line_edit(f"{prefix}.{key}", text, HINTS.get(key, ""))
            edit.textEdited.connect(lambda _t: self.edited.emit())
            self.edits[key] = edit
            form.addRow(text, edit)

    def values(self) -> dict[str, str]:
        values = dict.fromkeys(dict(FIELDS), "")
        values.update({key: edit.text() for key, edit in self.edits.items()})
        return values

    def set_values(self, values: dict[str, Any]) -> None:
        for key, edit in self.edits.items():
            edit.setText(str(values.get(key, "")))

    def details(self, today: date) -> ChildDetails:
        return details_from(self.values(), today)

    def clear(self) -> None:
        """At lock: no detail stays in a field or in its undo history (``QLineEdit.clear`` keeps it)."""
        for edit in self.edits.values():
            edit.setText("")


