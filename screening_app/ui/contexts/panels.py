"""Where a pattern shows (SPEC 12): on a child's record, the other children sharing a person,
place, vehicle or phone with this one, and how; on home, the patterns, most recent first. Both
are lists (one Tab stop; Enter opens the child), only this vault's records. Names that are only
alike are never shown as links here: they are offers, for the practitioner to decide."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout

from screening_app.domain.contexts import shared_words
from screening_app.ui.shell import widgets as w

USER_ROLE = 256  # Qt.UserRole, without building the Qt namespace
WORD_WRAP = 0x1000  # Qt.TextWordWrap
SHOWN_PATTERNS = 30  # home is a glance: the most recent; the picture and the command line have them all
SHOWN_NAMES = 8
SHOWN_SHARED = 6


def child_name(session: Any, child_id: int) -> str:
    try:
        return session.child(child_id).details.full_name or "(no name recorded)"
    except Exception:
        return "(a record no longer here)"


def fit_rows(widget: QListWidget, most: int = 5) -> None:
    """A list as tall as its rows (up to ``most``; it scrolls for more): no empty box below one row."""
    metrics, spacing = widget.fontMetrics(), 2 * widget.spacing() + 4
    width = max(widget.viewport().width(), 360) - 16  # before the first layout the width is not known yet
    rows = sum(metrics.boundingRect(0, 0, width, 10_000, WORD_WRAP, widget.item(i).text()).height() + spacing
               for i in range(min(widget.count(), most)))
    widget.setFixedHeight(max(rows, metrics.height()) + 2 * widget.frameWidth() + 4)


def _called(known: dict[int, str], child_id: int) -> str:
    return known.get(child_id) or ("(no name recorded)" if child_id in known else "(a record no longer here)")


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
        fit_rows(self.list)
        self.setVisible(bool(linked))


class PatternsPanel(_ChildList):
    """On home: the children joined by shared people, places, vehicles or phones."""

    def __init__(self, session: Any) -> None:
        super().__init__("Patterns: children linked by a person, place, vehicle or phone", "patterns",
                         "Patterns, most recent first: Enter opens the first child of a pattern")
        self.session = session
        self.shown: list[Any] = []
        self.dialog: Any = None
        row = QHBoxLayout()
        self.picture_button = w.button("See the &picture of this pattern", "patterns.picture", self.show_picture,
                                       accessible="See the picture of the selected pattern, with a list beside it")
        row.addWidget(self.picture_button)
        row.addStretch(1)
        self.layout().addLayout(row)
        self.hide()

    def show_picture(self, index: int | None = None) -> None:
        """The selected pattern (or the ``index``-th) as a network picture, with its plain list."""
        from screening_app.ui.contexts.picture import PatternDialog

        index = self.list.currentRow() if index is None else index
        if not 0 <= index < len(self.shown):
            return
        pattern = self.shown[index]
        self.dialog = PatternDialog(self.window(), pattern, self.session.child_names(pattern.children))
        self.dialog.openChild.connect(self.openChild.emit)
        self.dialog.finished.connect(self._closed)
        self.dialog.open()

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def clear(self) -> None:
        if self.dialog is not None:  # locking: the picture names children, it goes too
            self.dialog.reject()
        self.shown = []
        super().clear()

    def refresh(self) -> None:
        found = self.session.patterns()
        self.shown = found[:SHOWN_PATTERNS]
        self.list.clear()
        known = self.session.child_names(c for p in found[:SHOWN_PATTERNS] for c in p.children[:SHOWN_NAMES])
        for pattern in found[:SHOWN_PATTERNS]:
            names = ", ".join(_called(known, c) for c in pattern.children[:SHOWN_NAMES])
            more = len(pattern.children) - SHOWN_NAMES
            names += f" and {more} more" if more > 0 else ""
            shared = shared_words(pattern.shared[:SHOWN_SHARED])
            shared += f" and {len(pattern.shared) - SHOWN_SHARED} more" if len(pattern.shared) > SHOWN_SHARED else ""
            self._add(f"{len(pattern.children)} children: {names}\nshared: {shared}", pattern.children[0])
        title = "Patterns: children linked by a person, place, vehicle or phone"
        if len(found) > SHOWN_PATTERNS:
            title += f" ({SHOWN_PATTERNS} most recent of {len(found):,})"
        self.setTitle(title)
        fit_rows(self.list, 4)
        self.setVisible(bool(found))


class DecisionPanel(QGroupBox):
    """A list of offers to join two records, and joins made, with the two buttons that decide:
    join the selected offer, or undo the selected join. Each row carries ("join", ...) or
    ("undo", ...); subclasses fill the list and do the join and the undo."""

    def __init__(self, title: str, name: str, accessible: str, join: tuple[str, str], undo: str) -> None:
        super().__init__(title)
        self.child_id: int | None = None
        self.setObjectName(name)
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        w.named(self.list, f"{name}.list", accessible)
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        layout.addWidget(self.list)
        self.status = w.label("", "help", f"{name}.status")
        self.status.hide()
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.join_button = w.button(join[0], f"{name}.join", self.join, accessible=join[1])
        self.undo_button = w.button(undo, f"{name}.undo", self.undo)
        row.addWidget(self.join_button)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.hide()

    def join(self) -> None:
        raise NotImplementedError

    def undo(self) -> None:
        raise NotImplementedError

    def _shown(self, said: str, rows: int) -> None:
        """After the list is filled: the first row selected, the status said, shown when there is something."""
        if self.list.count():
            self.list.setCurrentRow(0)
        fit_rows(self.list, rows)
        self.status.setText(said)
        self.status.setVisible(bool(said))
        self.setVisible(bool(self.list.count() or said))
        self._enable()

    def _add(self, text: str, action: tuple) -> None:
        item = QListWidgetItem(text)
        item.setData(USER_ROLE, action)
        self.list.addItem(item)

    def _current(self) -> tuple | None:
        item = self.list.currentItem()
        return item.data(USER_ROLE) if item is not None else None

    def _enable(self) -> None:
        action = self._current()
        self.join_button.setEnabled(bool(action) and action[0] == "join")
        self.undo_button.setEnabled(bool(action) and action[0] == "undo")

    def clear(self) -> None:
        self.child_id = None
        self.list.clear()
        self.status.clear()
        self.hide()
