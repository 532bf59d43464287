"""The child's details as an editable form; saving goes through the service (which audits it).

The child's record also asks for the child's language preference (Welsh Language Standards, issue
17): "Not recorded", English or Welsh, a choice box reached with Alt+L. It is the language their
referral PDF is offered in first.

Every word the form shows is in the interface's language (context "ChildDetails"), set again when
the language changes: the labels, their hints and accessible names, the choice box's entries and
the problems found in what was typed. A screen that gives its own heading or labels (the child
picker's "The child") is looked up in this context too: they are marked here."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QLineEdit

from screening_app.ui.i18n import QT_TRANSLATE_NOOP, FollowsLanguage, Words, translate
from screening_app.ui.shell import widgets as w
from screening_app.ui.shell.types import ChildDetails
from screening_app.ui.wheel import wheel_only_when_focused

FIELDS = (
    ("first_name", QT_TRANSLATE_NOOP("ChildDetails", "First name")),
    ("last_name", QT_TRANSLATE_NOOP("ChildDetails", "Surname")),
    ("other_names", QT_TRANSLATE_NOOP("ChildDetails", "Other names used")),
    ("date_of_birth", QT_TRANSLATE_NOOP("ChildDetails", "Date of birth")),
    ("approx_age", QT_TRANSLATE_NOOP("ChildDetails", "Approximate age")),
    ("upn", QT_TRANSLATE_NOOP("ChildDetails", "School UPN")),
    ("nhs_number", QT_TRANSLATE_NOOP("ChildDetails", "NHS number")),
    ("la_case_number", QT_TRANSLATE_NOOP("ChildDetails", "Local authority case number")),
)
HINTS = {"date_of_birth": QT_TRANSLATE_NOOP("ChildDetails", "dd/mm/yyyy"),
         "approx_age": QT_TRANSLATE_NOOP("ChildDetails", "if the date of birth is not known"),
         "other_names": QT_TRANSLATE_NOOP("ChildDetails", "separate with commas")}
HEADING = QT_TRANSLATE_NOOP("ChildDetails", "Details")
NEW_CHILD_HEADING = QT_TRANSLATE_NOOP("ChildDetails", "The child")  # the child picker's heading
# The choice box's entries: (what is stored, what is shown). Welsh is named in Welsh too, so a
# Welsh speaker finds it whatever the interface's language.
LANGUAGE_CHOICES = (("", QT_TRANSLATE_NOOP("ChildDetails", "Not recorded")),
                    ("en", QT_TRANSLATE_NOOP("ChildDetails", "English")),
                    ("cy", QT_TRANSLATE_NOOP("ChildDetails", "Cymraeg (Welsh)")))
# Alt+L (Alt+D in Welsh, "&Dewis iaith"): no other such letter on the record, in either language
LANGUAGE_LABEL = QT_TRANSLATE_NOOP("ChildDetails", "&Language preference")
LANGUAGE_NAME = QT_TRANSLATE_NOOP("ChildDetails", "Language preference")
LANGUAGE_LIST_NAME = QT_TRANSLATE_NOOP("ChildDetails", "Language preferences")


class DetailsProblem(ValueError):
    """What the practitioner typed cannot be stored as it is; the message says why, in the
    interface's language when it is shown (``source`` is the English marked for lupdate)."""

    def __init__(self, source: str) -> None:
        super().__init__(source)
        self.source = source

    def __str__(self) -> str:
        return translate("ChildDetails", self.source)


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
            raise DetailsProblem(QT_TRANSLATE_NOOP("ChildDetails", "The date of birth is in the future."))
        return born
    raise DetailsProblem(QT_TRANSLATE_NOOP("ChildDetails",
                                           "Write the date of birth as day/month/year, for example 03/11/2011."))


def details_from(values: dict[str, str], today: date) -> ChildDetails:
    if not (values["first_name"].strip() or values["last_name"].strip()):
        raise DetailsProblem(QT_TRANSLATE_NOOP("ChildDetails", "Enter the child's first name or surname."))
    born = parse_dob(values["date_of_birth"], today)
    age_text = values["approx_age"].strip()
    if age_text and not (age_text.isdigit() and 0 <= int(age_text) <= 25):
        raise DetailsProblem(QT_TRANSLATE_NOOP("ChildDetails", "The approximate age must be a whole number of years."))
    if born is None and not age_text:
        raise DetailsProblem(QT_TRANSLATE_NOOP("ChildDetails",
                                               "Enter the date of birth, or an approximate age if it is not known."))
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
        raise DetailsProblem(QT_TRANSLATE_NOOP(
            "ChildDetails", "Choose the child's language preference from the list: not recorded, English or Welsh."))
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


class ChildDetailsForm(FollowsLanguage, QGroupBox):
    """Emits ``edited`` on every keystroke so the page can show "unsaved changes". ``heading`` and
    the fields' labels are English marked in the "ChildDetails" context."""

    edited = Signal()

    def __init__(self, prefix: str, heading: str = HEADING, fields: tuple = FIELDS, language: bool = False) -> None:
        super().__init__()
        self.words = Words("ChildDetails")  # set again when the interface's language changes
        self.words.say(self.setTitle, heading)
        self.edits: dict[str, QLineEdit] = {}
        form = w.form_layout()
        self.setLayout(form)
        for key, text in fields:
            edit = w.line_edit(f"{prefix}.{key}", "")
            self.words.say(edit.setAccessibleName, text)
            if key in HINTS:
                self.words.say(edit.setPlaceholderText, HINTS[key])
            edit.textEdited.connect(lambda _t: self.edited.emit())
            self.edits[key] = edit
            form.addRow(text, edit)
            self.words.say(form.labelForField(edit).setText, text)
        self.language: QComboBox | None = None
        if language:
            self.language = QComboBox()
            w.named(self.language, f"{prefix}.language", "")
            self.words.say(self.language.setAccessibleName, LANGUAGE_NAME)
            w.named(self.language.view(), f"{prefix}.language.list", "")
            self.words.say(self.language.view().setAccessibleName, LANGUAGE_LIST_NAME)
            for index, (code, text) in enumerate(LANGUAGE_CHOICES):
                self.language.addItem("", code)
                self.words.say(lambda said, i=index: self.language.setItemText(i, said), text)
            wheel_only_when_focused(self.language)  # the record scrolls: the wheel must not change it
            self.language.activated.connect(lambda _i: self.edited.emit())  # chosen by the user, not set
            form.addRow(LANGUAGE_LABEL, self.language)  # the label's buddy: Alt+L focuses the box
            self.words.say(form.labelForField(self.language).setText, LANGUAGE_LABEL)


    def retranslate(self) -> None:
        """The heading, labels, hints and the choice box's entries in the interface's language
        (what is typed and chosen stays as it is)."""
        self.words.retranslate()

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


