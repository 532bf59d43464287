"""The review page: every gap before completion, each a link to its place;
then what to follow up (not known answers), which does not block.

Each list is one tab stop: arrows choose a gap, Enter (or a click) goes to it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

from screening_app.domain.navigation import Gap, Page, WizardSession
from screening_app.ui.theme import status_icon
from screening_app.ui.wizard.base import WizardPage, label

ROLE_GAP = Qt.ItemDataRole.UserRole


class GapList(QListWidget):
    def __init__(self, name: str, accessible: str, on_jump: Callable[[str, str], None]) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setStyleSheet("QListWidget { border: none; } QListWidget::item { padding: 4px; color: #1D4F91; }")
        go = lambda item: on_jump(*item.data(ROLE_GAP))  # noqa: E731
        self.itemClicked.connect(go)
        self.itemActivated.connect(go)

    def show_gaps(self, session: WizardSession, gaps: list[Gap], icon: str) -> None:
        self.clear()
        for gap in gaps:
            item = QListWidgetItem(status_icon(icon), f"{session.page(gap.page_id).title}: {gap.message}")
            item.setData(ROLE_GAP, (gap.page_id, gap.field_id))
            item.setToolTip("Go to this place (Enter)")
            self.addItem(item)
        rows = self.sizeHintForRow(0) if gaps else 0
        self.setFixedHeight(rows * len(gaps) + 2 * self.frameWidth() + 4)
        self.setVisible(bool(gaps))
        if gaps:
            self.setCurrentRow(0)

    def item_for(self, field_id: str) -> QListWidgetItem | None:
        return next((self.item(i) for i in range(self.count()) if self.item(i).data(ROLE_GAP)[1] == field_id), None)


class ReviewPage(WizardPage):
    def __init__(self, session: WizardSession, page: Page, on_jump: Callable[[str, str], None]) -> None:
        super().__init__(session, page, "Check what is missing before you see the result and complete. "
                                        "Choose an item to go to its place.")
        self.heading = label("", "indicator", "review.todo")
        self.todo = GapList("review.todo.list", "To do before completing", on_jump)
        self.follow_heading = label("", "indicator", "review.followup")
        self.follow = GapList("review.followup.list", "Not known: to follow up", on_jump)
        for widget in (self.heading, self.todo, self.follow_heading, self.follow):
            self.layout_.addWidget(widget)
        self.finish()
        self.refresh()

    def refresh(self) -> None:
        gaps = self.session.gaps()
        blocking = [g for g in gaps if g.blocking]
        follow_up = [g for g in gaps if not g.blocking]
        self.heading.setText(f"To do before completing ({len(blocking)})" if blocking else
                             "Nothing is missing. Go to the result to check the level and complete.")
        self.todo.show_gaps(self.session, blocking, "incomplete")
        self.follow_heading.setVisible(bool(follow_up))
        self.follow_heading.setText(f"Not known: to follow up after completing ({len(follow_up)}). These do not "
                                    "stop you completing; they are listed on the result.")
        self.follow.show_gaps(self.session, follow_up, "not_started")
