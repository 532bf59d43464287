"""On a child's record: the people of concern whose names are like a person in another child's
record (SPEC 12), and the practitioner's decision about them.

A name alone never links children. Here the practitioner sees each likeness with its reason
("they sound alike (Muhammad, Mohammed)") and the other child, and decides: "The same person:
join the records" makes the two records one (both children are then linked through that person,
and the join is audited); "Undo the join" parts them again. One list, two buttons, keyboard
first: Tab to the list, arrows, Alt+J joins, Alt+U undoes. Only this vault's records.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout

from screening_app.ui.contexts.panels import fit_rows
from screening_app.ui.shell import widgets as w

USER_ROLE = 256


class AlikePanel(QGroupBox):
    changed = Signal(int)  # a join made or undone: the child's links are different

    def __init__(self, session: Any) -> None:
        super().__init__("Names alike in other children's records (not linked unless you decide)")
        self.session = session
        self.child_id: int | None = None
        self.setObjectName("alike")
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        w.named(self.list, "alike.list", "Names alike in other children's records, and the records you joined")
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        layout.addWidget(self.list)
        self.status = w.label("", "help", "alike.status")
        self.status.hide()
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.join_button = w.button("The same person: &join the records", "alike.join", self.join,
                                    accessible="The same person: join the two records")
        self.undo_button = w.button("&Undo the join", "alike.undo", self.undo)
        row.addWidget(self.join_button)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.hide()

    @property
    def contexts(self) -> Any:
        return self.session.records.contexts

    def show_child(self, child_id: int, said: str = "") -> None:
        self.child_id = child_id
        self.list.clear()
        offers = self.contexts.possible_for(child_id)
        joins = self.contexts.joins_of(child_id)
        names = self.session.child_names(c for o in offers for c in o.children[1:])
        for offer in offers:
            whose = ", ".join(names.get(c) or "(no name recorded)" for c in offer.children[1:])
            self._add(f"{offer.values[0]} (this child's record) and {offer.values[1]} ({whose}'s record): "
                      f"{offer.likeness.reason}", ("join", offer.contexts))
        for other, name, into in joins:
            self._add(f"Joined by you: {name} counts as {into}", ("undo", other))
        if self.list.count():
            self.list.setCurrentRow(0)
        fit_rows(self.list, 4)
        self.status.setText(said)
        self.status.setVisible(bool(said))
        self.setVisible(bool(offers or joins or said))
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

    def join(self) -> None:
        action = self._current()
        if self.child_id is None or not action or action[0] != "join":
            return
        mine, theirs = action[1]
        try:
            self.contexts.join(mine, theirs)
        except Exception as exc:  # e.g. a join already hangs on both: say so, change nothing
            self.show_child(self.child_id, f"Not joined: {exc}")
            return
        self._changed("Joined: both children are now linked through this person. Undo the join if it was wrong.")

    def undo(self) -> None:
        action = self._current()
        if self.child_id is None or not action or action[0] != "undo":
            return
        self.contexts.unmerge(action[1])
        self._changed("The join was undone: the two records are separate again.")

    def _changed(self, said: str) -> None:
        child_id = self.child_id
        if child_id is None:
            return
        self.show_child(child_id, said)
        self.list.setFocus()
        self.changed.emit(child_id)

    def clear(self) -> None:
        self.child_id = None
        self.list.clear()
        self.status.clear()
        self.hide()
