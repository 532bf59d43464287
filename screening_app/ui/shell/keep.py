"""Typing kept across a lock (issue 6 item 7: nothing typed is ever lost to a lock).

A dialog that holds typing is *kept*. It has ``kept = (kind, args)``: which of the main window's
openers reopens it (``kind``) and with what (``args``: ids only, JSON), and three methods:

- ``snapshot()``: what was typed or chosen and where the caret was, as JSON;
- ``restore(state)``: put a snapshot back (called before the dialog is shown; the caret follows);
- ``clear()``: wipe every field, its undo history included, and anything else showing case data.

At lock the main window asks every visible kept dialog for its snapshot, writes the snapshots into
the encrypted vault with the screen state (never QSettings, a temporary file or a log), closes the
dialogs and clears them. After unlocking it reopens each one the way it was opened, with the typing
and the caret back. Dialogs that are not kept (a PDF password, a print dialog) are simply closed.

The helpers below do the field work for forms of ``QLineEdit`` and ``QPlainTextEdit``; screens use
them too for the caret of the field being typed in.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPlainTextEdit, QWidget

Field = QLineEdit | QPlainTextEdit


def texts(fields: Mapping[str, Field]) -> dict[str, str]:
    return {key: edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText() for key, edit in fields.items()}


def caret(fields: Mapping[str, Field], focus: QWidget | None) -> dict[str, Any]:
    """Which field has the focus (by key) and where its caret is."""
    key = next((key for key, edit in fields.items() if edit is focus), None)
    if key is None:
        return {"focus": None, "cursor": 0}
    edit = fields[key]
    position = edit.cursorPosition() if isinstance(edit, QLineEdit) else edit.textCursor().position()
    return {"focus": key, "cursor": position}


def put_texts(fields: Mapping[str, Field], saved: Mapping[str, Any]) -> None:
    for key, text in dict(saved or {}).items():
        edit = fields.get(key)
        if isinstance(edit, QLineEdit):
            edit.setText(str(text))
        elif isinstance(edit, QPlainTextEdit):
            edit.setPlainText(str(text))


def put_caret(fields: Mapping[str, Field], state: Mapping[str, Any]) -> None:
    """Focus the field and put the caret back (showing a window focuses its first field as if
    tabbed to, selecting all: so this runs once it is shown)."""
    edit = fields.get(str(state.get("focus")))
    if edit is None:
        return
    edit.setFocus()
    position = max(0, int(state.get("cursor") or 0))
    if isinstance(edit, QLineEdit):
        edit.deselect()
        edit.setCursorPosition(position)
    else:
        cursor = edit.textCursor()
        cursor.setPosition(min(position, len(edit.toPlainText())))
        edit.setTextCursor(cursor)


def put_caret_when_shown(owner: QWidget, fields: Mapping[str, Field], state: Mapping[str, Any]) -> None:
    """Now if ``owner`` is on screen, and again once the event loop has shown and activated it."""
    if state.get("focus") is None:
        return
    if owner.isVisible():
        put_caret(fields, state)
    QTimer.singleShot(0, owner, lambda: put_caret(fields, state))


def wipe(fields: Mapping[str, Field]) -> None:
    """Empty each field and its undo history (``QLineEdit.clear`` keeps the undo history)."""
    for edit in fields.values():
        edit.blockSignals(True)
        if isinstance(edit, QLineEdit):
            edit.setText("")
        else:
            edit.setPlainText("")
        edit.blockSignals(False)


def is_kept(widget: QWidget) -> bool:
    return isinstance(getattr(widget, "kept", None), tuple) and callable(getattr(widget, "snapshot", None))


def kept_dialogs() -> list[QDialog]:
    """The visible dialogs holding typing, oldest first (a dialog opened over another comes after it)."""
    return [widget for widget in QApplication.topLevelWidgets()
            if isinstance(widget, QDialog) and widget.isVisible() and is_kept(widget)]


def snapshots(dialogs: list[QDialog]) -> list[dict[str, Any]]:
    """What the main window keeps of each dialog. A snapshot that fails is skipped: the lock itself
    must never fail."""
    kept = []
    for dialog in dialogs:
        try:
            kind, args = dialog.kept
            kept.append({"kind": str(kind), "args": dict(args), "state": dialog.snapshot()})
        except Exception:  # locking matters more than one dialog's typing
            continue
    return kept


class KeepsFields:
    """``snapshot``/``restore``/``clear`` for a dialog whose typing is all in ``fields()``.
    Mixed into a ``QDialog`` subclass after it; ``error`` (a label) is hidden by ``clear``."""

    def fields(self) -> dict[str, Field]:
        raise NotImplementedError

    def snapshot(self) -> dict[str, Any]:
        fields = self.fields()
        return {"text": texts(fields), **caret(fields, self.focusWidget())}

    def restore(self, state: dict[str, Any]) -> None:
        fields = self.fields()
        put_texts(fields, state.get("text") or {})
        put_caret_when_shown(self, fields, state)

    def clear(self) -> None:
        wipe(self.fields())
        error = getattr(self, "error", None)
        if error is not None:
            error.clear()
            error.hide()
