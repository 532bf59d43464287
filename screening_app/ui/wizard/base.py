"""What every wizard page shares: a title, an intro, a body, a place for
prompts, and how to refresh from the session and focus a field by its id."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from screening_app.domain.navigation import Page, WizardSession
from screening_app.domain.schema import StatutoryFlag
from screening_app.ui.i18n import translate
from screening_app.words import fill


def label(text: str, role: str = "", name: str = "") -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(True)
    if role:
        widget.setProperty("role", role)
    if name:
        widget.setObjectName(name)
    return widget


def clear_layout(layout) -> None:
    """Remove and delete every widget of a layout (hidden at once, deleted later)."""
    while layout.count():
        widget = layout.takeAt(0).widget()
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()


def first_tab_stop(root: QWidget) -> QWidget | None:
    widget = root.nextInFocusChain()
    while widget is not None and widget is not root:
        if (root.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.isEnabled() and not widget.isHidden() and widget.isVisibleTo(root)):
            return widget
        widget = widget.nextInFocusChain()
    return None


class SuggestionPrompt(QFrame):
    """A flag that suggests an indicator (the age-gap prompt), with a button that goes to it."""

    def __init__(self, name: str, on_go: Callable[[str], None]) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setProperty("role", "prompt")
        self.setAccessibleName(translate("Wizard", "Prompt"))
        self.indicator_id = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = label("", "prompt", f"{name}.text")
        layout.addWidget(self.text, 1)
        self.go = QPushButton(translate("Wizard", "Answer it now"))
        self.go.setObjectName(f"{name}.go")
        self.go.setAccessibleName(translate("Wizard", "Go to the suggested question"))
        self.go.clicked.connect(lambda: on_go(self.indicator_id))
        layout.addWidget(self.go)
        self.setVisible(False)

    def show_flag(self, session: WizardSession, flag: StatutoryFlag | None, elsewhere: bool) -> None:
        """``elsewhere``: the question is on another page (its section), not this one."""
        self.setVisible(flag is not None)
        if flag is None:
            return
        self.indicator_id = flag.suggests or ""
        target = session.form.indicator(self.indicator_id)
        wording = target.label if target else self.indicator_id
        answered = session.form.answer_labels.model_dump().get(session.answer(self.indicator_id).get("answer") or "")
        heading = f"<b>{flag.title}.</b> {flag.text}<br>"
        if answered:  # once answered, the prompt reads as done
            self.text.setText(heading + fill(translate("Wizard", "Answered: “%1”: %2."), wording, answered))
            self.go.setText(translate("Wizard", "Go to the answer") if elsewhere else
                            translate("Wizard", "See the answer"))
        else:
            suggested = (
                translate("Wizard", "Suggested: answer “%1” in its section. The prompt suggests; you decide.")
                if elsewhere else translate("Wizard", "Suggested: answer “%1”. The prompt suggests; you decide."))
            self.text.setText(heading + fill(suggested, wording))
            self.go.setText(translate("Wizard", "Go to this question") if elsewhere else
                            translate("Wizard", "Answer it now"))
        self.go.setAccessibleName(fill(translate("Wizard", "Go to the question: %1"), wording))


class WizardPage(QWidget):
    """A page body; the window puts it in a scroll area and swaps pages."""

    def __init__(self, session: WizardSession, page: Page, intro: str = "") -> None:
        super().__init__()
        self.session, self.page = session, page
        self.setObjectName(f"page.{page.id}")
        self.setAccessibleName(page.title)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(28, 20, 28, 28)
        self.layout_.setSpacing(10)
        self.title = label(page.title, "pageTitle", f"page.{page.id}.title")
        self.layout_.addWidget(self.title)
        if intro:
            self.layout_.addWidget(label(intro, "intro"))

    def finish(self) -> None:
        self.layout_.addStretch(1)

    def refresh(self) -> None:
        """Update the parts that depend on other answers (prompts, age, gaps)."""

    def first_focus(self) -> QWidget | None:
        """Where the page opens for the keyboard: its first control that takes Tab."""
        return first_tab_stop(self)

    def focus_field(self, field_id: str) -> QWidget | None:
        target = self.findChild(QWidget, field_id) if field_id else None
        if target is not None:
            target.setFocus()
        return target
