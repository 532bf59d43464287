"""A child's audit trail, to read and to export (issue 16): who opened, completed, corrected,
exported, transferred or deleted what in this child's record, and when; never what a record
says. Saving it is itself audited."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import Any

from screening_app.clock import SYSTEM_CLOCK, Clock
from screening_app.storage.audit_chain import entries_of_child
from screening_app.storage.db import Store, transaction, translated

WORDS = {
    "child.opened": "opened the child's record", "child.created": "recorded the child",
    "child.updated": "changed the child's details",
    "child.joined": "joined another record of the child into this one", "child.join_undone": "separated two records",
    "child.received": "received the child's file", "assessment.started": "started an assessment",
    "assessment.completed": "completed an assessment", "assessment.corrected": "corrected an assessment",
    "assessment.deleted": "deleted a draft", "assessment.opened": "opened an assessment",
    "assessment.exported": "exported a referral PDF", "assessment.printed": "printed a referral",
    "chronology.added": "recorded a concern in the chronology", "chronology.corrected": "corrected a chronology entry",
    "transfer.sent": "sent the child's file", "transfer.received": "received the child's file",
    "transfer.confirmed": "confirmed the receipt of a transfer", "retention.kept": "kept the record at review",
    "audit.exported": "saved this audit trail",
    "subject_access.exported": "exported a subject access response",
    "subject_access.exported_naming_children": "exported a subject access response, naming another child released "
                                               "by the practitioner",
}
KINDS = {"child": "the child", "assessment": "assessment", "chronology_entry": "chronology entry",
         "escalation": "escalation"}


@dataclass(frozen=True)
class AuditLine:
    when: str
    who: str
    what: str
    record: str


def what_words(action: str) -> str:
    if action in WORDS:
        return WORDS[action]
    if action.startswith("team."):
        return "(from the team) " + what_words(action[5:])
    return action.replace(".", ": ").replace("_", " ")


class AuditService:
    def __init__(self, vault: Any, actor: str = "unknown", clock: Clock = SYSTEM_CLOCK) -> None:
        self.store = Store(vault.connection, actor, clock)

    def of_child(self, child_id: int) -> list[AuditLine]:
        with translated():
            rows = entries_of_child(self.store.conn, child_id)
            references = dict(self.store.conn.execute(
                "SELECT id, reference FROM assessments WHERE child_id = ? OR child_id IN"
                " (SELECT id FROM children WHERE joined_into = ?)", (child_id, child_id)).fetchall())
        return [AuditLine(r[1], r[2], what_words(r[3]), self._record(r[4], r[5], references)) for r in rows]

    @staticmethod
    def _record(kind: str | None, number: int | None, references: dict[int, str]) -> str:
        """The record as the practitioner knows it: an assessment by its reference."""
        if kind == "assessment" and number in references:
            return references[number]
        if kind in (None, "child") or number is None:
            return KINDS.get(kind or "child", "")
        return f"{KINDS.get(kind, kind)} {number}"

    def opened(self, child_id: int) -> None:
        """Who opened the child's record, and when (never what they read)."""
        with translated(), transaction(self.store.conn):
            self.store._audit_row("child.opened", "child", child_id)

    def csv(self, child_id: int) -> str:
        """The trail as CSV (when, who, what, record), and an entry saying it was saved."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["when", "who", "what", "record"])
        for line in self.of_child(child_id):
            writer.writerow([line.when, line.who, line.what, line.record])
        with translated(), transaction(self.store.conn):
            self.store._audit_row("audit.exported", "child", child_id)
        return out.getvalue()
