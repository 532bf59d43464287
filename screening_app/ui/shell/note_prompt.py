"""A short, required note asked before an action: why a completed assessment is corrected, what has
changed since the last assessment (``ui.compare.review``). Kept across a lock (see ``keep``): the
note and its caret come back after unlocking; while locked no widget holds it.

The caller gives the title, question, help and the OK button's words already in the interface's
language; the prompt's own words (Cancel, "keep it short") are in the context "NotePrompt"."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from screening_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from screening_app.ui.shell import widgets as w
from screening_app.ui.shell.keep import Field, KeepsFields
from screening_app.words import fill

MAX_CHARS = 1000
TOO_LONG = QT_TRANSLATE_NOOP("NotePrompt", "Keep it short (at most %1 characters); details go in the assessment "
                                           "itself.")
START_KINDS = frozenset({"review"})  # prompts whose OK button starts something: named ``name.start``


class NotePrompt(w.CheckedDialog, KeepsFields):
    """``name`` prefixes the object names (``name.text``, ``name.ok``...); ``kind`` and ``args`` say
    how the main window reopens it after a lock."""

    def __init__(self, parent: QWidget | None, *, name: str, title: str, question: str, help_text: str,
                 placeholder: str, ok_text: str, empty: str, kind: str, args: dict[str, Any] | None = None,
                 text_name: str = "", max_chars: int = MAX_CHARS, ok_name: str = "") -> None:
        """``ok_name``: the OK button's object name after ``name.`` (by default "start" for a prompt
        that starts something, such as a review, else "ok"; never read from its words, which may be Welsh)."""
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
        starts = kind in START_KINDS or ok_text.startswith("Start")
        w.named(ok, f"{name}.{ok_name or ('start' if starts else 'ok')}", ok_text)
        cancel = translate("NotePrompt", "Cancel")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel)
        w.named(buttons.button(QDialogButtonBox.StandardButton.Cancel), f"{name}.cancel", cancel)
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
            return fill(translate("NotePrompt", TOO_LONG), self.max_chars)
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
