"""The referrer profile and local contacts: one form used by first run and by settings.

Stored in the vault's encrypted settings table (they name people), never in QSettings.

Its words are in the interface's language (context "Profile") and set again when the language
changes: Settings shows it in a tab while the language is switched. The local contacts' labels are
the domain's English (``domain.contacts``, no Qt there), marked again here to be translated.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QGroupBox, QLineEdit, QVBoxLayout, QWidget

from screening_app.domain.contacts import LOCAL_CONTACTS
from screening_app.ui.i18n import QT_TRANSLATE_NOOP, FollowsLanguage, Words
from screening_app.ui.shell import widgets as w
from screening_app.ui.shell.keep import caret, put_caret_when_shown, wipe
from screening_app.ui.shell.session import CONTACTS_KEY, PROFILE_KEY, Session

PROFILE_FIELDS = (
    ("name", QT_TRANSLATE_NOOP("Profile", "Your name"), ""),
    ("role", QT_TRANSLATE_NOOP("Profile", "Role"),
     QT_TRANSLATE_NOOP("Profile", "for example Designated Safeguarding Lead")),
    ("organisation", QT_TRANSLATE_NOOP("Profile", "Organisation"),
     QT_TRANSLATE_NOOP("Profile", "school, service or team")),
    ("address", QT_TRANSLATE_NOOP("Profile", "Address"), ""),
    ("phone", QT_TRANSLATE_NOOP("Profile", "Phone"), ""),
    ("email", QT_TRANSLATE_NOOP("Profile", "Email"), ""),
)
CONTACT_FIELDS = LOCAL_CONTACTS
# The local contacts' labels and hints as ``domain.contacts`` writes them, marked for lupdate (a test
# holds them to the domain's words)
CONTACT_WORDS = (
    QT_TRANSLATE_NOOP("Profile", "MASH / Children's Social Care"),
    QT_TRANSLATE_NOOP("Profile", "phone number"),
    QT_TRANSLATE_NOOP("Profile", "Police (non-emergency)"),
    QT_TRANSLATE_NOOP("Profile", "101"),
    QT_TRANSLATE_NOOP("Profile", "Out-of-hours social care"),
)
ABOUT_YOU = QT_TRANSLATE_NOOP("Profile", "About you (printed on referrals)")
LOCAL_CONTACTS_HEADING = QT_TRANSLATE_NOOP("Profile", "Local contacts")


class ProfileForm(FollowsLanguage, QWidget):
    """Referrer details and local contacts, read from and written to the session's settings."""

    def __init__(self, prefix: str) -> None:
        super().__init__()
        self.edits: dict[str, QLineEdit] = {}
        self.words = Words("Profile")  # set again when the interface's language changes
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._group(ABOUT_YOU, PROFILE_FIELDS, f"{prefix}.profile"))
        layout.addWidget(self._group(LOCAL_CONTACTS_HEADING, CONTACT_FIELDS, f"{prefix}.contacts"))

    def _group(self, heading: str, fields: tuple, prefix: str) -> QGroupBox:
        box = QGroupBox()
        self.words.say(box.setTitle, heading)
        form = w.form_layout()
        box.setLayout(form)
        for key, text, hint in fields:
            edit = w.line_edit(f"{prefix}.{key}", "")
            self.words.say(edit.setAccessibleName, text)
            if hint:
                self.words.say(edit.setPlaceholderText, hint)
            self.edits[key] = edit
            form.addRow(text, edit)
            self.words.say(form.labelForField(edit).setText, text)
        return box


    def retranslate(self) -> None:
        """Headings, labels, hints and accessible names in the interface's language (what is typed stays)."""
        self.words.retranslate()

    def values(self) -> tuple[dict[str, str], dict[str, str]]:
        def pick(fields: tuple) -> dict[str, str]:
            return {key: self.edits[key].text().strip() for key, _text, _hint in fields}

        return pick(PROFILE_FIELDS), pick(CONTACT_FIELDS)

    def load(self, session: Session) -> None:
        profile = session.setting(PROFILE_KEY, {}) or {}
        contacts = session.setting(CONTACTS_KEY, {}) or {}
        for key, edit in self.edits.items():
            edit.setText(str(profile.get(key) or contacts.get(key) or ""))

    def save(self, session: Session) -> None:
        profile, contacts = self.values()
        session.set_setting(PROFILE_KEY, profile)
        session.set_setting(CONTACTS_KEY, contacts)

    def clear(self) -> None:
        """At lock: nothing stays in a field or its undo history."""
        wipe(self.edits)

    def snapshot(self) -> dict[str, Any]:
        """Each field's text (saved or not) by key, and under ``caret`` where the caret was."""
        focus = QApplication.focusWidget() or self.window().focusWidget()
        return {**{key: edit.text() for key, edit in self.edits.items()}, "caret": caret(self.edits, focus)}

    def restore(self, state: dict[str, Any]) -> None:
        for key, value in state.items():
            if key in self.edits:
                self.edits[key].setText(str(value))
        put_caret_when_shown(self, self.edits, state.get("caret") or {})
