"""Where a pattern shows (SPEC 12): on a child's record, the other children sharing a person,
place, vehicle or phone with this one, and how; on home, the patterns, most recent first. Both
are lists (one Tab stop; Enter opens the child), only this vault's records. Names that are only
alike are never shown as links here: they are offers, for the practitioner to decide.

The panels are on home and the child's record, so they can be on screen when the interface's
language changes: their words are set again then, and their rows made again from what they show
(context "Contexts"). What two children share ("vehicle AB12 CDE") is the domain's words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout

from screening_app.domain.contexts import shared_words
from screening_app.ui.i18n import QT_TRANSLATE_NOOP, FollowsLanguage, Words, spoken, translate
from screening_app.ui.shell import widgets as w
from screening_app.words import fill

USER_ROLE = 256  # Qt.UserRole, without building the Qt namespace
WORD_WRAP = 0x1000  # Qt.TextWordWrap
SHOWN_PATTERNS = 30  # home is a glance: the most recent; the picture and the command line have them all
SHOWN_NAMES = 8
SHOWN_SHARED = 6
NO_NAME = QT_TRANSLATE_NOOP("Contexts", "(no name recorded)")
GONE = QT_TRANSLATE_NOOP("Contexts", "(a record no longer here)")
PATTERNS_TITLE = QT_TRANSLATE_NOOP("Contexts", "Patterns: children linked by a person, place, vehicle or phone")


def child_name(session: Any, child_id: int) -> str:
    try:
        return session.child(child_id).details.full_name or translate("Contexts", NO_NAME)
    except Exception:
        return translate("Contexts", GONE)


def fit_rows(widget: QListWidget, most: int = 5) -> None:
    """A list as tall as its rows (up to ``most``; it scrolls for more): no empty box below one row."""
    metrics, spacing = widget.fontMetrics(), 2 * widget.spacing() + 4
    width = max(widget.viewport().width(), 360) - 16  # before the first layout the width is not known yet
    rows = sum(metrics.boundingRect(0, 0, width, 10_000, WORD_WRAP, widget.item(i).text()).height() + spacing
               for i in range(min(widget.count(), most)))
    widget.setFixedHeight(max(rows, metrics.height()) + 2 * widget.frameWidth() + 4)


def _called(known: dict[int, str], child_id: int) -> str:
    return known.get(child_id) or translate("Contexts", NO_NAME if child_id in known else GONE)


def children_words(count: int) -> str:
    if count == 1:
        return translate("Contexts", "1 other child")
    return fill(translate("Contexts", "%1 other children"), count)


def more_words(shown: str, more: int) -> str:
    """A list cut short: "Amy, Bea and 3 more" (the list as it is when nothing is left out)."""
    return fill(translate("Contexts", "%1 and %2 more"), shown, more) if more > 0 else shown


class _ChildList(FollowsLanguage, QGroupBox):
    """A titled list whose rows open a child (``openChild``)."""

    openChild = Signal(int)

    def __init__(self, title: str, name: str, accessible: str) -> None:
        """``title`` and ``accessible`` marked in the context "Contexts" (translated here)."""
        super().__init__()
        self.words = Words("Contexts")
        self.words.say(self.setTitle, title)
        self.setObjectName(name)
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        w.named(self.list, f"{name}.list", "")
        self.words.say(self.list.setAccessibleName, accessible)
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


    def retranslate(self) -> None:
        """Its words in the interface's language, and its rows made again in them."""
        self.words.retranslate()


def _keep_row(panel: _ChildList | DecisionPanel, fill_again) -> None:
    """Make a panel's rows again (new words) with the same row current."""
    row = panel.list.currentRow()
    fill_again()
    if 0 <= row < panel.list.count():
        panel.list.setCurrentRow(row)


class LinksPanel(_ChildList):
    """On a child's record: "Linked to 2 other children", one row per child with what they share."""

    def __init__(self, session: Any) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Contexts", "Linked to other children"), "links",
                         QT_TRANSLATE_NOOP("Contexts", "Other children sharing a person, place, vehicle or phone "
                                                       "with this child: Enter opens the child"))
        self.session = session
        self.child_id: int | None = None
        self.linked: dict[int, Any] = {}
        self.hide()

    def show_child(self, child_id: int) -> None:
        self.child_id = child_id
        self.linked = self.session.linked_children(child_id)
        self._fill(self.linked)

    def _fill(self, linked: dict[int, Any]) -> None:
        self.list.clear()
        for other, shared in sorted(linked.items(), key=lambda kv: self._name(kv[0]).casefold()):
            with spoken():
                what = shared_words(shared)
            self._add(fill(translate("Contexts", "%1: shares %2"), self._name(other), what), other)
        if len(linked) == 1:
            self.setTitle(translate("Contexts", "Linked to 1 other child (in this vault)"))
        else:
            self.setTitle(fill(translate("Contexts", "Linked to %1 other children (in this vault)"), len(linked)))
        fit_rows(self.list)
        self.setVisible(bool(linked))

    def clear(self) -> None:
        self.child_id, self.linked = None, {}
        super().clear()

    def retranslate(self) -> None:
        super().retranslate()
        if self.linked:
            _keep_row(self, lambda: self._fill(self.linked))


class PatternsPanel(_ChildList):
    """On home: the children joined by shared people, places, vehicles or phones."""

    def __init__(self, session: Any) -> None:
        super().__init__(PATTERNS_TITLE, "patterns",
                         QT_TRANSLATE_NOOP("Contexts", "Patterns, most recent first: Enter opens the first child "
                                                       "of a pattern"))
        self.session = session
        self.shown: list[Any] = []
        self.found: list[Any] = []
        self.dialog: Any = None
        row = QHBoxLayout()
        self.picture_button = w.button("", "patterns.picture", self.show_picture)
        self.words.say(self.picture_button.setText, QT_TRANSLATE_NOOP("Contexts", "See the &picture of this pattern"))
        self.words.say(self.picture_button.setAccessibleName,
                       QT_TRANSLATE_NOOP("Contexts", "See the picture of the selected pattern, with a list beside it"))
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
        self.shown, self.found = [], []
        super().clear()

    def refresh(self) -> None:
        self.found = self.session.patterns()
        self._fill(self.found)

    def _fill(self, found: list[Any]) -> None:
        self.shown = found[:SHOWN_PATTERNS]
        self.list.clear()
        known = self.session.child_names(c for p in found[:SHOWN_PATTERNS] for c in p.children[:SHOWN_NAMES])
        for pattern in found[:SHOWN_PATTERNS]:
            names = more_words(", ".join(_called(known, c) for c in pattern.children[:SHOWN_NAMES]),
                               len(pattern.children) - SHOWN_NAMES)
            with spoken():
                what = shared_words(pattern.shared[:SHOWN_SHARED])
            shared = more_words(what, len(pattern.shared) - SHOWN_SHARED)
            self._add(fill(translate("Contexts", "%1 children: %2\nshared: %3"), len(pattern.children), names, shared),
                      pattern.children[0])
        if len(found) > SHOWN_PATTERNS:
            self.setTitle(fill(translate("Contexts", "Patterns: children linked by a person, place, vehicle or phone "
                                                     "(%1 most recent of %2)"), SHOWN_PATTERNS, f"{len(found):,}"))
        else:
            self.setTitle(translate("Contexts", PATTERNS_TITLE))
        fit_rows(self.list, 4)
        self.setVisible(bool(found))

    def retranslate(self) -> None:
        super().retranslate()
        if self.found:  # the same rows, in the new words
            _keep_row(self, lambda: self._fill(self.found))


class DecisionPanel(FollowsLanguage, QGroupBox):
    """A list of offers to join two records, and joins made, with the two buttons that decide:
    join the selected offer, or undo the selected join. Each row carries ("join", ...) or
    ("undo", ...); subclasses fill the list and do the join and the undo.

    The texts given are translated in the subclass's ``context`` (mark them there with
    ``QT_TRANSLATE_NOOP(context, ...)``), and again when the language changes; a text not marked
    is shown as it is. A subclass overrides ``retranslate`` to make its rows again."""

    context = "Contexts"

    def __init__(self, title: str, name: str, accessible: str, join: tuple[str, str], undo: str) -> None:
        super().__init__()
        self.words = Words(self.context)
        self.words.say(self.setTitle, title)
        self.child_id: int | None = None
        self.said: str | tuple[str, tuple[object, ...]] = ""  # the status as last given to _shown
        self.setObjectName(name)
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        w.named(self.list, f"{name}.list", "")
        self.words.say(self.list.setAccessibleName, accessible)
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        layout.addWidget(self.list)
        self.status = w.label("", "help", f"{name}.status")
        self.status.hide()
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.join_button = w.button("", f"{name}.join", self.join)
        self.words.say(self.join_button.setText, join[0])
        self.words.say(self.join_button.setAccessibleName, join[1])
        self.undo_button = w.button("", f"{name}.undo", self.undo)
        self.words.say(self.undo_button.setText, undo)
        self.words.say(lambda text: self.undo_button.setAccessibleName(text.replace("&", "")), undo)
        row.addWidget(self.join_button)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.hide()

    def join(self) -> None:
        raise NotImplementedError

    def undo(self) -> None:
        raise NotImplementedError

    def _shown(self, said: str | tuple[str, tuple[object, ...]], rows: int) -> None:
        """After the list is filled: the first row selected, the status said, shown when there is
        something. ``said`` is words to show as they are, or (a sentence marked in ``context``, the
        values that fill it), translated now and again when the language changes."""
        if self.list.count():
            self.list.setCurrentRow(0)
        fit_rows(self.list, rows)
        self.said = said
        if isinstance(said, tuple):
            said = self.words.words(said[0], *said[1]) if said[0] else ""
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
        self.said = ""
        self.list.clear()
        self.status.clear()
        self.hide()


    def retranslate(self) -> None:
        """Its words in the interface's language; the rows and the status made again in them."""
        self.words.retranslate()
