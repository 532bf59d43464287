"""A short, required note asked before an action: why a completed assessment is corrected, what has
changed since the last assessment (``ui.compare.review``). Kept across a lock (see ``keep``): the
note and its caret come back after unlocking; while locked no widget holds it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from screening_app.ui.shell import widgets as w
from screening_app.ui.shell.keep import Field, KeepsFields

MAX_CHARS = 1000


class NotePrompt(w.CheckedDialog, KeepsFields):
    """``name`` prefixes the object names (``name.text``, ``name.ok``...); ``kind`` and ``args`` say
    how the main window reopens it after a lock."""

    def __init__(self, parent: QWidget | None, *, name: str, title: str, question: str, help_text: str,
                 placeholder: str, ok_text: str, empty: str, kind: str, args: dict[str, Any] | None = None,
                 text_name: str = "", max_chars: int = MAX_CHARS) -> None:
        super().__init__(parent)
        self.kept = (kind, dict(args or {}))
        self.empty, self.max_chars = empty, max_chars
        self.setObjectName(name)
        self.setAccessibleName(title)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(w.title(question))
        if help_text:
            layout.addWidget(w.label(help_text, "help"))
        self.text = QPlainTextEdit()
        w.named(self.text, f"{name}.{text_name or 'text'}", question)
        self.text.setPlaceholderText(placeholder)
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(90)
        self.text.setMaximumHeight(150)
        layout.addWidget(self.text)
        self.error = w.error_label(f"{name}.error")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(ok_text)
        ok.setDefault(True)
        w.named(ok, f"{name}.{'start' if ok_text.startswith('Start') else 'ok'}", ok_text)
        w.named(buttons.button(QDialogButtonBox.StandardButton.Cancel), f"{name}.cancel", "Cancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def fields(self) -> dict[str, Field]:
        return {"text": self.text}

    def problem(self) -> str:
        text = self.text.toPlainText().strip()
        if not text:
            return self.empty
        if len(text) > self.max_chars:
            return f"Keep it short (at most {self.max_chars} characters); details go in the assessment itself."
        return ""

    def note(self) -> str:
        return self.text.toPlainText().strip()


def ask_note(dialog: NotePrompt, restore: dict[str, Any] | None = None) -> str:
    """Run the prompt (modally): the note, or "" when cancelled or locked. ``restore`` is the typing
    kept across a lock. The prompt is wiped before it goes."""
    if restore:
        dialog.restore(restore)
    try:
        return dialog.note() if dialog.exec() == QDialog.DialogCode.Accepted else ""
    finally:
        dialog.clear()
        dialog.deleteLater()
