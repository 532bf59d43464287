"""One child, two records: find them, join them on the practitioner's word, undo a join (SPEC 13).

A child's file received from the last school is kept apart from a record already here, even when
the UPN matches: two children can share a name and date of birth, and a UPN typed wrong makes a
stranger look like the same child. The record shows who may be the same child and why; the
practitioner joins them, and can undo it. The record kept is the one that was here first.
"""

from __future__ import annotations

from dataclasses import dataclass

from screening_app.clock import SYSTEM_CLOCK, Clock
from screening_app.storage.child_joins import ChildJoin, ChildJoins, same_child
from screening_app.storage.records import ChildDetails
from screening_app.storage.repository import normalise_identifier
from screening_app.storage.vault import Vault


@dataclass(frozen=True)
class SameChild:
    child_id: int
    details: ChildDetails
    why: tuple[str, ...]  # "the same UPN", "the same NHS number", "the same name and date of birth"
    completed: int = 0  # completed assessments on that record
    since: str = ""  # the day that record was made here (ISO)
    received: bool = False  # it came in a transfer file (else it was made here)


def why_same(mine: ChildDetails, theirs: ChildDetails) -> tuple[str, ...]:
    why = []
    if mine.upn and normalise_identifier(mine.upn) == normalise_identifier(theirs.upn):
        why.append("the same UPN")
    if mine.nhs_number and normalise_identifier(mine.nhs_number) == normalise_identifier(theirs.nhs_number):
        why.append("the same NHS number")
    if (mine.date_of_birth and mine.date_of_birth == theirs.date_of_birth
            and mine.full_name.casefold() == theirs.full_name.casefold()):
        why.append("the same name and date of birth")
    return tuple(why)


class ChildJoinService:
    def __init__(self, vault: Vault, actor: str = "unknown", clock: Clock = SYSTEM_CLOCK) -> None:
        self.store = ChildJoins(vault.connection, actor, clock)

    def same_as(self, child_id: int) -> list[SameChild]:
        """The other records that may be this child, with what they share."""
        mine = self.store.get_child(child_id).details
        found = []
        for other in same_child(self.store.conn, child_id):
            child = self.store.get_child(other)
            completed, received = self.store.conn.execute(
                "SELECT (SELECT count(*) FROM assessments WHERE child_id = ? AND status = 'completed'),"
                " EXISTS (SELECT 1 FROM transfers WHERE child_id = ? AND direction = 'received')",
                (other, other)).fetchone()
            found.append(SameChild(other, child.details, why_same(mine, child.details), int(completed),
                                   child.created_at[:10], bool(received)))
        return found

    def join(self, one: int, other: int) -> tuple[int, int]:
        """(the child kept, the join's id): the record here first is kept, the other joined into it."""
        kept, joined = sorted((one, other))
        return kept, self.store.join(kept, joined)

    def undo(self, join_id: int) -> int:
        return self.store.undo(join_id)

    def joins_of(self, child_id: int) -> list[ChildJoin]:
        return [j for j in self.store.joins_of(child_id) if j.undone_at is None]

    def joined_into(self, child_id: int) -> int | None:
        return self.store.joined_into(child_id)
