"""What every wizard page shares: a title, an intro, a body, a place for
prompts, and how to refresh from the session and focus a field by its id."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from screening_app.domain.navigation import Page, WizardSession


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

    def focus_field(self, field_id: str) -> QWidget | None:
        target = self.findChild(QWidget, field_id) if field_id else None
        if target is not None:
            target.setFocus()
        return target
