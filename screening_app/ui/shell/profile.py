"""The referrer profile and local contacts: one form used by first run and by settings.

Stored in the vault's encrypted settings table (they name people), never in QSettings.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QGroupBox, QLineEdit, QVBoxLayout, QWidget

from screening_app.domain.contacts import LOCAL_CONTACTS
from screening_app.ui.shell import widgets as w
from screening_app.ui.shell.keep import caret, put_caret_when_shown, wipe
from screening_app.ui.shell.session import CONTACTS_KEY, PROFILE_KEY, Session

PROFILE_FIELDS = (
    ("name", "Your name", ""),
    ("role", "Role", "for example Designated Safeguarding Lead"),
    ("organisation", "Organisation", "school, service or team"),
    ("address", "Address", ""),
    ("phone", "Phone", ""),
    ("email", "Email", ""),
)
CONTACT_FIELDS = LOCAL_CONTACTS


class ProfileForm(QWidget):
    """Referrer details and local contacts, read from and written to the session's settings."""

    def __init__(self, prefix: str) -> None:
        super().__init__()
        self.edits: dict[str, QLineEdit] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._group("About you (printed on referrals)", PROFILE_FIELDS, f"{prefix}.profile"))
        layout.addWidget(self._group("Local contacts", CONTACT_FIELDS, f"{prefix}.contacts"))

    def _group(self, heading: str, fields: tuple, prefix: str) -> QGroupBox:
        box = QGroupBox(heading)
        form = w.form_layout()
        box.setLayout(form)
        for key, text, hint in fields:
            edit = w.line_edit(f"{prefix}.{key}", text, hint)
            self.edits[key] = edit
            form.addRow(text, edit)
        return box

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
