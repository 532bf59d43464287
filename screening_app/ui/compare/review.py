"""Before a review opens in the wizard: "What has changed since the last assessment?"

A short, required note. It is stored in the new draft (``details["review"]``), shown above
the wizard and kept with the completed assessment."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from screening_app.ui.shell import widgets as w

MAX_CHARS = 1000
QUESTION = "What has changed since the last assessment?"


class ReviewPrompt(QDialog):
    def __init__(self, parent: QWidget | None, previous: str) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPrompt")
        self.setAccessibleName("Start a review")
        self.setWindowTitle("Start a review")
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(w.title(QUESTION))
        layout.addWidget(w.label(
            f"The review starts from {previous}: its answers, people, places and details are carried over "
            "for you to check. The reflective questions and the decision are asked afresh.", "help"))
        self.text = QPlainTextEdit()
        w.named(self.text, "reviewPrompt.whatChanged", QUESTION)
        self.text.setPlaceholderText("For example: missing twice since the last review; new older contact "
                                     "reported by school; now engaging with the youth worker.")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(90)
        self.text.setMaximumHeight(150)
        layout.addWidget(self.text)
        self.error = w.error_label("reviewPrompt.error")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Start review")
        ok.setDefault(True)
        w.named(ok, "reviewPrompt.start", "Start review")
        w.named(buttons.button(QDialogButtonBox.StandardButton.Cancel), "reviewPrompt.cancel", "Cancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def problem(self) -> str:
        text = self.text.toPlainText().strip()
        if not text:
            return "Say briefly what has changed; \"nothing new\" is an answer too."
        if len(text) > MAX_CHARS:
            return f"Keep it short (at most {MAX_CHARS} characters); details go in the assessment itself."
        return ""

    def accept(self) -> None:
        message = self.problem()
        w.show_error(self.error, message)
        if not message:
            super().accept()

    def what_changed(self) -> str:
        return self.text.toPlainText().strip()


def ask_what_changed(parent: QWidget | None, previous: str) -> str:
    """The note, or "" when the practitioner cancels."""
    dialog = ReviewPrompt(parent, previous)
    try:
        return dialog.what_changed() if dialog.exec() == QDialog.DialogCode.Accepted else ""
    finally:
        dialog.deleteLater()
