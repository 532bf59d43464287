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

from screening_app.ui.contexts.panels import DecisionPanel


class AlikePanel(DecisionPanel):
    changed = Signal(int)  # a join made or undone: the child's links are different

    def __init__(self, session: Any) -> None:
        super().__init__("Names alike in other children's records (not linked unless you decide)", "alike",
                         "Names alike in other children's records, and the records you joined",
                         ("The same person: &join the records", "The same person: join the two records"),
                         "&Undo the join")
        self.session = session

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
        self._shown(said, 4)

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
