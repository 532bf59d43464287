"""On a child's record: other records here that may be the same child, and the practitioner's
decision (SPEC 13). A file received from the last school is kept apart from the record already
here, even with the same UPN: a UPN typed wrong, or two children with one name and birthday, must
not mix two children's files. Here the practitioner sees who and why ("Tegan Invented, born
1 February 2011: the same UPN"), and decides: "The same child: join the two records" moves
everything onto the record that was here first (audited); "Separate the two records again" undoes
it. One list, two buttons, keyboard first: Tab to the list, arrows, Alt+N joins, Alt+S separates.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Signal

from screening_app.ui import i18n
from screening_app.ui.contexts.panels import DecisionPanel
from screening_app.ui.i18n import QT_TRANSLATE_NOOP
from screening_app.ui.shell import fmt

TITLE = QT_TRANSLATE_NOOP("SameChild", "The same child? Other records here with the same identifiers")
LIST_NAME = QT_TRANSLATE_NOOP("SameChild", "Other records that may be this child, and records joined into it")
JOIN = QT_TRANSLATE_NOOP("SameChild", "The same child: joi&n the two records")
JOIN_NAME = QT_TRANSLATE_NOOP("SameChild", "The same child: join the two records")
UNDO = QT_TRANSLATE_NOOP("SameChild", "&Separate the two records again")
NO_NAME = QT_TRANSLATE_NOOP("SameChild", "(no name recorded)")
# Why two records may be one child, as the service says it (services.child_join.why_same, in its
# order), each set of reasons one phrase
WHY = {("the same UPN",): QT_TRANSLATE_NOOP("SameChild", "the same UPN"),
       ("the same NHS number",): QT_TRANSLATE_NOOP("SameChild", "the same NHS number"),
       ("the same name and date of birth",): QT_TRANSLATE_NOOP("SameChild", "the same name and date of birth"),
       ("the same UPN", "the same NHS number"): QT_TRANSLATE_NOOP("SameChild", "the same UPN and the same NHS number"),
       ("the same UPN", "the same name and date of birth"):
           QT_TRANSLATE_NOOP("SameChild", "the same UPN and the same name and date of birth"),
       ("the same NHS number", "the same name and date of birth"):
           QT_TRANSLATE_NOOP("SameChild", "the same NHS number and the same name and date of birth"),
       ("the same UPN", "the same NHS number", "the same name and date of birth"):
           QT_TRANSLATE_NOOP("SameChild", "the same UPN and the same NHS number and the same name and date of birth")}
# Where the other record came from and what it holds: (received, completed assessments 0/1/more) -> %1 the day
ORIGIN = {(True, 0): QT_TRANSLATE_NOOP("SameChild", "received in a transfer file on %1, with no completed assessment"),
          (True, 1): QT_TRANSLATE_NOOP("SameChild", "received in a transfer file on %1, with 1 completed assessment"),
          (True, 2): QT_TRANSLATE_NOOP("SameChild", "received in a transfer file on %1, with %2 completed assessments"),
          (False, 0): QT_TRANSLATE_NOOP("SameChild", "made here on %1, with no completed assessment"),
          (False, 1): QT_TRANSLATE_NOOP("SameChild", "made here on %1, with 1 completed assessment"),
          (False, 2): QT_TRANSLATE_NOOP("SameChild", "made here on %1, with %2 completed assessments")}


_words = partial(i18n.say, "SameChild")  # a marked sentence of this screen, filled in


class SameChildPanel(DecisionPanel):
    openChild = Signal(int)  # a join made or undone: the record to show now

    def __init__(self, session: Any) -> None:
        super().__init__(_words(TITLE), "sameChild", _words(LIST_NAME), (_words(JOIN), _words(JOIN_NAME)),
                         _words(UNDO))
        self.session = session
        self._same: list[Any] = []
        self._joins: list[Any] = []
        self._names: dict[int, str] = {}
        self._said: tuple[str, tuple[object, ...]] = ("", ())


    def retranslate(self) -> None:
        """The panel's words in the interface's language: its own, the rows as last asked (nothing
        asked of the vault again), and what it last said."""
        self.setTitle(_words(TITLE))
        self.list.setAccessibleName(_words(LIST_NAME))
        self.join_button.setText(_words(JOIN))
        self.join_button.setAccessibleName(_words(JOIN_NAME))
        self.undo_button.setText(_words(UNDO))
        self.undo_button.setAccessibleName(_words(UNDO).replace("&", "").rstrip("."))
        if self.child_id is not None:
            row = self.list.currentRow()
            self._fill()
            self.list.setCurrentRow(row)
            self.status.setText(self._said_words())

    @property
    def service(self) -> Any:
        return self.session.child_joins()

    def show_child(self, child_id: int, said: str = "", *values: object) -> None:
        """The child's offers and joins; ``said`` (marked in context SameChild, %1 filled from
        ``values``) under them."""
        self.child_id = child_id
        service = self.service
        self._same = list(service.same_as(child_id))
        self._joins = [join for join in service.joins_of(child_id) if join.kept == child_id]
        self._names = self.session.child_names(j.joined for j in self._joins)
        self._said = (said, values)
        self._fill()
        self._shown(self._said_words(), 3)

    def _said_words(self) -> str:
        said, values = self._said
        return _words(said, *values) if said else ""

    def _fill(self) -> None:
        self.list.clear()
        for other in self._same:
            self._add(_words(QT_TRANSLATE_NOOP("SameChild", "Another record of %1, %2: %3. Not joined unless you "
                                                            "decide."), _who(other.details), _origin(other),
                             _why(other.why)), ("join", other.child_id))
        for join in self._joins:
            self._add(_words(QT_TRANSLATE_NOOP("SameChild", "Joined into this record by %1 on %2: another record of "
                                                            "%3."), join.actor, fmt.day(join.at[:10]),
                             self._names.get(join.joined) or _words(NO_NAME)), ("undo", join.id))

    def join(self) -> None:
        action = self._current()
        if self.child_id is None or not action or action[0] != "join":
            return
        try:
            kept, _join = self.service.join(self.child_id, action[1])
        except ValueError as exc:  # one of them was joined since: say so, change nothing
            self.show_child(self.child_id, QT_TRANSLATE_NOOP("SameChild", "Not joined: %1."), exc)
            return
        self.openChild.emit(kept)
        self.show_child(kept, QT_TRANSLATE_NOOP("SameChild", "Joined: every assessment, chronology entry and "
                                                             "escalation is on this record now. Separate the two "
                                                             "records again if it was wrong."))
        self.list.setFocus()

    def undo(self) -> None:
        action = self._current()
        if self.child_id is None or not action or action[0] != "undo":
            return
        child_id = self.child_id
        try:
            self.service.undo(action[1])
        except ValueError as exc:
            self.show_child(child_id, QT_TRANSLATE_NOOP("SameChild", "Not separated: %1."), exc)
            return
        self.openChild.emit(child_id)
        self.show_child(child_id, QT_TRANSLATE_NOOP("SameChild", "Separated: the two records are as they were before "
                                                                 "the join."))
        self.list.setFocus()


def _why(why: tuple[str, ...]) -> str:
    """The service's reasons as one phrase (one it does not give yet: as it says it)."""
    return _words(WHY[tuple(why)]) if tuple(why) in WHY else " and ".join(why)


def _origin(other: Any) -> str:
    return _words(ORIGIN[(bool(other.received), min(other.completed, 2))], fmt.day(other.since), other.completed)


def _who(details: Any) -> str:
    name = details.full_name or _words(NO_NAME)
    if details.date_of_birth:
        return _words(QT_TRANSLATE_NOOP("SameChild", "%1, born %2"), name, fmt.day(details.date_of_birth.isoformat()))
    return name
