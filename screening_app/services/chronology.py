"""Chronology use cases (SPEC 11): record a concern without starting an assessment, correct
an entry with a reason, list a child's facts latest first, suggest the indicators an entry
may point to, and mark which entries a completed assessment cited.

A lead logs first and screens later: ``not_yet_assessed`` is where the next screening starts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from screening_app.domain.answers import validated
from screening_app.domain.chronology import ChronologyEntry, Suggestion, latest_first, suggest_indicators
from screening_app.domain.errors import AnswerError
from screening_app.domain.language import LanguageFlag, check_text
from screening_app.services.records import RecordsService
from screening_app.storage.chronology import ChronologyStore, EntryVersion


@dataclass(frozen=True)
class ChildEntry:
    """An entry as the screens and the referral read it: the stored id and the checked fact."""

    id: int
    version: int
    entry: ChronologyEntry
    cited: bool


class ChronologyService:
    def __init__(self, records: RecordsService) -> None:
        self.records = records
        self.store = ChronologyStore(records.vault.connection, records.actor, records.clock)

    def check(self, fields: dict[str, Any]) -> ChronologyEntry:
        """The fields as a checked entry, or an ``AnswerError`` naming the field; nothing written."""
        entry = validated(ChronologyEntry, {**fields, "id": "new"})
        if entry.when.day > self.records.clock.today():
            raise AnswerError("date", "is in the future")
        return entry

    def record(self, child_id: int, fields: dict[str, Any]) -> int:
        entry = self.check(fields)
        return self.store.add_entry(child_id, entry.when.day.isoformat(), entry.body())

    def correct(self, entry_id: int, fields: dict[str, Any], reason: str) -> int:
        if not reason.strip():
            raise AnswerError("reason", "say why the entry is corrected (the earlier text stays readable)")
        entry = self.check(fields)
        return self.store.correct_entry(entry_id, entry.when.day.isoformat(), entry.body(), reason.strip())

    def for_child(self, child_id: int) -> list[ChildEntry]:
        """Latest first, as the MASH reads them."""
        stored = {str(s.id): s for s in self.store.entries_for_child(child_id)}
        entries = [ChronologyEntry.model_validate({**s.body, "id": key}) for key, s in stored.items()]
        return [ChildEntry(stored[e.id].id, stored[e.id].version, e, stored[e.id].cited) for e in latest_first(entries)]

    def not_yet_assessed(self, child_id: int) -> list[ChildEntry]:
        return [entry for entry in self.for_child(child_id) if not entry.cited]

    def history(self, entry_id: int) -> list[EntryVersion]:
        return self.store.versions(entry_id)

    def suggestions(self, text: str, form_id: str = "cse-screening") -> list[Suggestion]:
        return suggest_indicators(text, self.records.form(form_id))

    def language_flags(self, text: str, form_id: str = "cse-screening") -> list[LanguageFlag]:
        """Wording that blames the child, with a better phrase: shown, never blocking."""
        return check_text(text, self.records.form(form_id).language_check, where="what")

    def cite(self, assessment_id: int, entry_ids: set[int]) -> None:
        self.store.cite(assessment_id, entry_ids)

    def for_new_assessment(self, child_id: int) -> list[dict[str, Any]]:
        """What a new screening starts from: the entries no completed assessment has used yet, oldest
        first, in the case-file shape (``events``) its answers cite by id."""
        return [{"id": str(item.id), **item.entry.body()} for item in reversed(self.not_yet_assessed(child_id))]

    def as_event(self, entry_id: int) -> dict[str, Any]:
        """One entry in the case-file shape an assessment's answers cite."""
        stored = self.store.entry(entry_id)
        return {"id": str(stored.id), **stored.body}

    def cite_evidence(self, assessment_id: int, data: dict[str, Any]) -> None:
        """After a completion: mark the chronology entries its answers cited."""
        cited = {str(e) for answer in (data.get("answers") or {}).values() for e in answer.get("events") or ()}
        if ids := {int(e) for e in cited if e.isdigit()}:
            self.store.cite(assessment_id, ids)

