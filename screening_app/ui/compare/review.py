"""Before a review opens in the wizard: "What has changed since the last assessment?"

A short, required note. It is stored in the new draft (``details["review"]``), shown above
the wizard and kept with the completed assessment. Typing in it survives a lock (``shell.keep``).
Its words are in the context "Compare", set when it opens (it is modal)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from screening_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from screening_app.ui.shell.note_prompt import MAX_CHARS, NotePrompt, ask_note
from screening_app.words import fill

__all__ = ["MAX_CHARS", "QUESTION", "ReviewPrompt", "ask_what_changed"]

QUESTION = QT_TRANSLATE_NOOP("Compare", "What has changed since the last assessment?")  # translated where shown


class ReviewPrompt(NotePrompt):
    def __init__(self, parent: QWidget | None, previous: str) -> None:
        super().__init__(
            parent, name="reviewPrompt", title=translate("Compare", "Start a review"),
            question=translate("Compare", QUESTION), text_name="whatChanged",
            help_text=fill(translate("Compare", "The review starts from %1: its answers, people, places and details "
                                                "are carried over for you to check. The reflective questions and the "
                                                "decision are asked afresh."), previous),
            placeholder=translate("Compare", "For example: missing twice since the last review; new older contact "
                                             "reported by school; now engaging with the youth worker."),
            ok_text=translate("Compare", "Start review"),
            empty=translate("Compare", "Say briefly what has changed; \"nothing new\" is an answer too."),
            kind="review")
        ok = self.findChild(QWidget, "reviewPrompt.ok")
        if ok is not None:  # named by its English words ("Start..."): the same name whatever the language
            ok.setObjectName("reviewPrompt.start")

    def what_changed(self) -> str:
        return self.note()


def ask_what_changed(parent: QWidget | None, previous: str, restore: dict[str, Any] | None = None) -> str:
    """The note, or "" when the practitioner cancels (or a lock closes it: the typing is kept)."""
    return ask_note(ReviewPrompt(parent, previous), restore)
