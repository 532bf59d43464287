"""On a child's record: the people of concern whose names are like a person in another child's
record (SPEC 12), and the practitioner's decision about them.

A name alone never links children. Here the practitioner sees each likeness with its reason
("they sound alike (Muhammad, Mohammed)") and the other child, and decides: "The same person:
join the records" makes the two records one (both children are then linked through that person,
and the join is audited); "Undo the join" parts them again. One list, two buttons, keyboard
first: Tab to the list, arrows, Alt+J joins, Alt+U undoes (in Welsh their own letters). Only
this vault's records. Its words are in the context "Contexts", set again when the language changes
(why two names are alike is the domain's words).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal

from screening_app.ui.contexts.panels import NO_NAME, DecisionPanel
from screening_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from screening_app.words import fill


class AlikePanel(DecisionPanel):
    changed = Signal(int)  # a join made or undone: the child's links are different

    def __init__(self, session: Any) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Contexts", "Names alike in other children's records (not linked "
                                                       "unless you decide)"), "alike",
                         QT_TRANSLATE_NOOP("Contexts", "Names alike in other children's records, and the records "
                                                       "you joined"),
                         (QT_TRANSLATE_NOOP("Contexts", "The same person: &join the records"),
                          QT_TRANSLATE_NOOP("Contexts", "The same person: join the two records")),
                         QT_TRANSLATE_NOOP("Contexts", "&Undo the join"))
        self.session = session

    @property
    def contexts(self) -> Any:
        return self.session.records.contexts

    def show_child(self, child_id: int, said: str | tuple[str, tuple[object, ...]] = "") -> None:
        """The offers and joins; ``said``: the status (see ``DecisionPanel._shown``)."""
        self.child_id = child_id
        self.list.clear()
        offers = self.contexts.possible_for(child_id)
        joins = self.contexts.joins_of(child_id)
        names = self.session.child_names(c for o in offers for c in o.children[1:])
        for offer in offers:
            whose = ", ".join(names.get(c) or translate("Contexts", NO_NAME) for c in offer.children[1:])
            self._add(fill(translate("Contexts", "%1 (this child's record) and %2 (%3's record): %4"),
                           offer.values[0], offer.values[1], whose, offer.likeness.reason), ("join", offer.contexts))
        for other, name, into in joins:
            self._add(fill(translate("Contexts", "Joined by you: %1 counts as %2"), name, into), ("undo", other))
        self._shown(said, 4)

    def join(self) -> None:
        action = self._current()
        if self.child_id is None or not action or action[0] != "join":
            return
        mine, theirs = action[1]
        try:
            self.contexts.join(mine, theirs)
        except Exception as exc:  # e.g. a join already hangs on both: say so, change nothing
            self.show_child(self.child_id, (QT_TRANSLATE_NOOP("Contexts", "Not joined: %1"), (exc,)))
            return
        self._changed(QT_TRANSLATE_NOOP("Contexts", "Joined: both children are now linked through this person. "
                                                    "Undo the join if it was wrong."))

    def undo(self) -> None:
        action = self._current()
        if self.child_id is None or not action or action[0] != "undo":
            return
        self.contexts.unmerge(action[1])
        self._changed(QT_TRANSLATE_NOOP("Contexts", "The join was undone: the two records are separate again."))

    def retranslate(self) -> None:
        super().retranslate()
        if self.child_id is not None:  # the rows and what was said, made again in the new words
            row = self.list.currentRow()
            self.show_child(self.child_id, self.said)
            if 0 <= row < self.list.count():
                self.list.setCurrentRow(row)

    def _changed(self, said: str) -> None:
        child_id = self.child_id
        if child_id is None:
            return
        self.show_child(child_id, (said, ()))
        self.list.setFocus()
        self.changed.emit(child_id)
