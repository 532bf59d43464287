"""The intelligence PDF for the police about one person, place or group record (SPEC 12): the
use case behind ``screening-app intelligence`` (and the window, later).

Reads the record the one asked for counts as, and every record the practitioner joined into it;
their identifiers; their links to children, each with what that child's assessment says of the
subject and who recorded it; the linked children's names, printed only for the children the
practitioner chose and otherwise kept out of the record's words. Renders, protects if asked, and
writes atomically. The export is audited without content (which record, and whether a child was
named).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from screening_app.domain.contacts import PROFILE_SETTING
from screening_app.domain.intelligence import (
    UNGRADED,
    ChildName,
    Grading,
    IntelligenceReport,
    RecordPart,
    Sighting,
    build_intelligence,
    recorded_by,
    row_for,
)
from screening_app.domain.pdf_password import pdf_password_problem
from screening_app.reporting import ExportError, protect_pdf, render_intelligence, write_pdf_atomically
from screening_app.services.records import RecordsService
from screening_app.storage.errors import RecordNotFoundError

__all__ = ["UNGRADED", "ContextSummary", "ExportError", "Grading", "IntelligenceService"]


@dataclass(frozen=True)
class ContextSummary:
    id: int
    uuid: str
    kind: str
    name: str
    children: int


class IntelligenceService:
    def __init__(self, records: RecordsService) -> None:
        self.records = records
        self.store = records.contexts.store

    def records_list(self) -> list[ContextSummary]:
        """Every person, place and group record (joined ones under the one they count as)."""
        return [ContextSummary(i, u, k, n, c) for i, u, k, n, c in self.store.summaries()]

    def resolve(self, given: str) -> int:
        """A record's number or global id, as the practitioner gives it."""
        given = given.strip()
        if given.isdigit():
            self.store.get(int(given))
            return int(given)
        found = self.store.by_uuid(given.lower())
        if found is None:
            raise RecordNotFoundError()
        return found.id

    def report(self, context_id: int, named: set[int] | frozenset[int] = frozenset(),
               grading: Grading = UNGRADED) -> IntelligenceReport:
        """The submission about the record ``context_id`` counts as (a joined record's number
        gives the same one), naming only the linked children in ``named``."""
        problem = grading.problem()
        if problem:
            raise ExportError(problem)
        family = self.store.family(context_id)
        stored = [self.store.get(member) for member in family]
        uuids = self.store.uuids(family)
        links = self.store.links_of_records(family)
        linked = sorted({child for _record, child, *_rest in links})
        unknown = set(named) - set(linked)
        if unknown:
            raise ExportError(f"child {min(unknown)} is not linked to this record: only linked children can be named")
        inputs = {assessment: self._input(assessment) for *_rest, assessment in links if assessment}
        references = self.store.references(set(inputs))
        bodies = {record.id: record.body for record in stored}
        described: set[int] = set()  # records whose own how_known has been given to a link
        sightings = []
        by_date = sorted(links, key=lambda link: (link[2], link[4] or 0))  # the first seen takes a body's words
        for record, child, linked_on, relationship, assessment in by_date:
            data = inputs.get(assessment or 0, {})
            row = row_for(data, uuids.get(record, ""))
            if row is None and record not in described:  # the row that made the record wrote its body
                row = bodies[record]
                described.add(record)
            details = data.get("details") if isinstance(data.get("details"), Mapping) else {}
            sightings.append(Sighting(child, linked_on, references.get(assessment or 0, ""), relationship or "",
                                      _text((row or {}).get("how_known")), recorded_by(details.get("referrer"))))
        children = {child: _child_name(self.records, child) for child in linked}
        parts = [RecordPart(r.kind, r.body, tuple((k.kind, k.shown) for k in r.keys)) for r in stored]
        return build_intelligence(
            parts, sightings, children, set(named), self.records.get_setting(PROFILE_SETTING, {}) or {}, grading,
            f"INT-{uuids[family[0]][:8].upper()}", self.records.clock.now())

    def render(self, context_id: int, named: set[int] | frozenset[int] = frozenset(), grading: Grading = UNGRADED,
               password: str | None = None) -> bytes:
        return self.render_report(self.report(context_id, named, grading), password)

    def render_report(self, report: IntelligenceReport, password: str | None = None) -> bytes:
        problem = pdf_password_problem(password) if password is not None else None
        if problem:
            raise ExportError(problem)
        pdf = render_intelligence(report)
        return protect_pdf(pdf, password) if password is not None else pdf

    def export(self, context_id: int, path: Path, named: set[int] | frozenset[int] = frozenset(),
               grading: Grading = UNGRADED, password: str | None = None) -> IntelligenceReport:
        """Render (and protect) in memory, write the file atomically, audit it; the report written
        (``withheld`` says whether the records' words named a child, for the practitioner to check)."""
        target = Path(path)
        if not target.parent.is_dir():
            raise ExportError("the folder to save the intelligence in does not exist")
        report = self.report(context_id, named, grading)
        write_pdf_atomically(target, self.render_report(report, password))
        self.store.record_intelligence_export(self.store.family(context_id)[0], named=len(named))
        return report

    def _input(self, assessment_id: int) -> dict[str, Any]:
        """A linked assessment's stored input, as plain data ({} when it cannot be read)."""
        try:
            data = json.loads(self.records.get(assessment_id).input_json)
        except (RecordNotFoundError, ValueError, TypeError):
            return {}
        return data if isinstance(data, dict) else {}


def _child_name(records: RecordsService, child_id: int) -> ChildName:
    try:
        details = records.get_child(child_id).details
    except RecordNotFoundError:
        return ChildName()
    return ChildName(details.first_name or "", details.last_name or "", tuple(details.other_names))


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""
