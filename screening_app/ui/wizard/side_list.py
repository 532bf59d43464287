"""The list of the wizard's pages beside it: each with an icon and words for
its status (complete, incomplete, not started) and "concerns recorded" (or, for strengths,
"strengths recorded")."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from screening_app.domain.navigation import WizardSession
from screening_app.ui.i18n import translate
from screening_app.ui.theme import status_icon
from screening_app.words import fill


class SectionList(QListWidget):
    jumpRequested = Signal(str)

    def __init__(self, session: WizardSession) -> None:
        super().__init__()
        self.session = session
        self.setObjectName("sectionList")
        self.setAccessibleName(translate("Wizard", "Sections: choose one to go to it"))
        self.setIconSize(QSize(16, 16))
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedWidth(250)
        self._ids: list[str] = []
        self.itemClicked.connect(self._activated)
        self.itemActivated.connect(self._activated)

    def refresh(self, current: str) -> None:
        visible = self.session.visible_pages()
        if [p.id for p in visible] != self._ids:
            self.clear()
            self._ids = [p.id for p in visible]
            for page in visible:
                item = QListWidgetItem(page.title)
                item.setData(Qt.ItemDataRole.UserRole, page.id)
                self.addItem(item)
        for row, page in enumerate(visible):
            self._show_status(self.item(row), page)
        self.blockSignals(True)
        self.setCurrentRow(self._ids.index(current) if current in self._ids else -1)
        self.blockSignals(False)

    def _show_status(self, item: QListWidgetItem, page) -> None:
        if page.kind == "result":
            words, icon = translate("Wizard", "Level and completion"), "not_started"
        else:
            status = self.session.status(page.id)
            state = translate("Gaps", status.words)
            words = (fill(translate("Wizard", "%1 · concerns recorded"), state) if status.has_concerns else
                     fill(translate("Wizard", "%1 · strengths recorded"), state) if status.has_strengths else state)
            icon = "concern" if status.has_concerns else ("complete" if status.complete else
                                                          "incomplete" if status.started else "not_started")
        text = f"{page.title}\n{words}"
        if item.text() != text:
            item.setText(text)
            item.setIcon(status_icon(icon))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{page.title}: {words}")
            item.setSizeHint(self._size_for(text))

    def _size_for(self, text: str) -> QSize:
        self.ensurePolished()
        width = self.width() - 64  # icon, padding and the scroll bar
        box = self.fontMetrics().boundingRect(QRect(0, 0, width, 400), Qt.TextFlag.TextWordWrap, text)
        return QSize(width, box.height() + 16)

    def _activated(self, item: QListWidgetItem) -> None:
        self.jumpRequested.emit(item.data(Qt.ItemDataRole.UserRole))
