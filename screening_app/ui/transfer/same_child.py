"""On a child's record: other records here that may be the same child, and the practitioner's
decision (SPEC 13). A file received from the last school is kept apart from the record already
here, even with the same UPN: a UPN typed wrong, or two children with one name and birthday, must
not mix two children's files. Here the practitioner sees who and why ("Tegan Invented, born
1 February 2011: the same UPN"), and decides: "The same child: join the two records" moves
everything onto the record that was here first (audited); "Separate the two records again" undoes
it. One list, two buttons, keyboard first: Tab to the list, arrows, Alt+N joins, Alt+S separates.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal

from screening_app.ui.contexts.panels import DecisionPanel
from screening_app.ui.shell import fmt


class SameChildPanel(DecisionPanel):
    openChild = Signal(int)  # a join made or undone: the record to show now

    def __init__(self, session: Any) -> None:
        super().__init__("The same child? Other records here with the same identifiers", "sameChild",
                         "Other records that may be this child, and records joined into it",
                         ("The same child: joi&n the two records", "The same child: join the two records"),
                         "&Separate the two records again")
        self.session = session

    @property
    def service(self) -> Any:
        return self.session.child_joins()

    def show_child(self, child_id: int, said: str = "") -> None:
        self.child_id = child_id
        self.list.clear()
        service = self.service
        same = service.same_as(child_id)
        for other in same:
            self._add(f"Another record of {_who(other.details)}, {_origin(other)}: {' and '.join(other.why)}. "
                      "Not joined unless you decide.", ("join", other.child_id))
        joins = service.joins_of(child_id)
        names = self.session.child_names(j.joined for j in joins)
        for join in joins:
            if join.kept == child_id:
                self._add(f"Joined into this record by {join.actor} on {fmt.day(join.at[:10])}: another record of "
                          f"{names.get(join.joined) or '(no name recorded)'}.", ("undo", join.id))
        self._shown(said, 3)

    def join(self) -> None:
        action = self._current()
        if self.child_id is None or not action or action[0] != "join":
            return
        try:
            kept, _join = self.service.join(self.child_id, action[1])
        except ValueError as exc:  # one of them was joined since: say so, change nothing
            self.show_child(self.child_id, f"Not joined: {exc}.")
            return
        self.openChild.emit(kept)
        self.show_child(kept, "Joined: every assessment, chronology entry and escalation is on this record now. "
                              "Separate the two records again if it was wrong.")
        self.list.setFocus()

    def undo(self) -> None:
        action = self._current()
        if self.child_id is None or not action or action[0] != "undo":
            return
        child_id = self.child_id
        try:
            self.service.undo(action[1])
        except ValueError as exc:
            self.show_child(child_id, f"Not separated: {exc}.")
            return
        self.openChild.emit(child_id)
        self.show_child(child_id, "Separated: the two records are as they were before the join.")
        self.list.setFocus()


def _origin(other: Any) -> str:
    made = "received in a transfer file" if other.received else "made here"
    held = {0: "no completed assessment", 1: "1 completed assessment"}.get(other.completed,
                                                                        f"{other.completed} completed assessments")
    return f"{made} on {fmt.day(other.since)}, with {held}"


def _who(details: Any) -> str:
    name = details.full_name or "(no name recorded)"
    born = f", born {fmt.day(details.date_of_birth.isoformat())}" if details.date_of_birth else ""
    return f"{name}{born}"
