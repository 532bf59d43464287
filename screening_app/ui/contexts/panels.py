"""Where a pattern shows (SPEC 12): on a child's record, the other children sharing a person,
place, vehicle or phone with this one, and how; on home, the patterns, most recent first. Both
are lists (one Tab stop; Enter opens the child), only this vault's records. Names that are only
alike are never shown as links here: they are offers, for the practitioner to decide."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem, QVBoxLayout

from screening_app.domain.contexts import shared_words
from screening_app.ui.shell import widgets as w

USER_ROLE = 256  # Qt.UserRole, without building the Qt namespace


def child_name(session: Any, child_id: int) -> str:
    try:
        return session.child(child_id).details.full_name or "(no name recorded)"
    except Exception:
        return "(a record no longer here)"


def children_words(count: int) -> str:
    return "1 other child" if count == 1 else f"{count} other children"


class _ChildList(QGroupBox):
    """A titled list whose rows open a child (``openChild``)."""

    openChild = Signal(int)

    def __init__(self, title: str, name: str, accessible: str) -> None:
        super().__init__(title)
        self.setObjectName(name)
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        w.named(self.list, f"{name}.list", accessible)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(self._activated)
        self.list.setMaximumHeight(150)  # a few patterns at a glance; the list scrolls for more
        layout.addWidget(self.list)

    def _add(self, text: str, child_id: int) -> None:
        item = QListWidgetItem(text)
        item.setData(USER_ROLE, child_id)
        self.list.addItem(item)

    def _activated(self, item: QListWidgetItem) -> None:
        child_id = item.data(USER_ROLE)
        if child_id is not None:
            self.openChild.emit(int(child_id))

    def _name(self, child_id: int) -> str:
        return child_name(self.session, child_id)

    def clear(self) -> None:
        self.list.clear()
        self.hide()


class LinksPanel(_ChildList):
    """On a child's record: "Linked to 2 other children", one row per child with what they share."""

    def __init__(self, session: Any) -> None:
        super().__init__("Linked to other children", "links", "Other children sharing a person, place, "
                         "vehicle or phone with this child: Enter opens the child")
        self.session = session
        self.hide()

    def show_child(self, child_id: int) -> None:
        linked = self.session.linked_children(child_id)
        self.list.clear()
        for other, shared in sorted(linked.items(), key=lambda kv: self._name(kv[0]).casefold()):
            self._add(f"{self._name(other)}: shares {shared_words(shared)}", other)
        self.setTitle(f"Linked to {children_words(len(linked))} (in this vault)")
        self.setVisible(bool(linked))


class PatternsPanel(_ChildList):
    """On home: the children joined by shared people, places, vehicles or phones."""

    def __init__(self, session: Any) -> None:
        super().__init__("Patterns: children linked by a person, place, vehicle or phone", "patterns",
                         "Patterns, most recent first: Enter opens the first child of a pattern")
        self.session = session
        self.hide()

    def refresh(self) -> None:
        found = self.session.patterns()
        self.list.clear()
        for pattern in found:
            names = ", ".join(self._name(c) for c in pattern.children)
            self._add(f"{len(pattern.children)} children: {names}\nshared: {shared_words(pattern.shared)}",
                      pattern.children[0])
        self.setVisible(bool(found))
