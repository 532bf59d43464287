"""The intelligence PDF for the police about one person, place or vehicle record (SPEC 12): the
use case behind ``screening-app intelligence`` (and the window, later).

Reads the record (and any records the practitioner joined into it), its identifiers and its
links to children with the assessment that made each; names only the children the practitioner
chose; renders, protects if asked, and writes atomically. The export is audited without content.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from screening_app.domain.contacts import PROFILE_SETTING
from screening_app.domain.intelligence import Grading, IntelligenceReport, Sighting, build_intelligence
from screening_app.domain.referral import pdf_password_problem
from screening_app.reporting import ExportError, protect_pdf, render_intelligence, write_pdf_atomically
from screening_app.services.records import RecordsService
from screening_app.storage.errors import RecordNotFoundError

UNGRADED = Grading()


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
        if given.isdigit():
            self.store.get(int(given))
            return int(given)
        found = self.store.by_uuid(given.strip().lower())
        if found is None:
            raise RecordNotFoundError()
        return found.id

    def report(self, context_id: int, named: set[int] = frozenset(),
               grading: Grading = UNGRADED) -> IntelligenceReport:
        problem = grading.problem()
        if problem:
            raise ExportError(problem)
        record = self.store.get(context_id)
        family = self.store.family(context_id)
        links = self.store.links_of_records(family)
        identifiers = [(k.kind, k.shown) for member in family for k in self.store.get(member).keys]
        unknown = set(named) - {child for child, *_rest in links}
        if unknown:
            raise ExportError(f"child {min(unknown)} is not linked to this record: only linked children can be named")
        references = self.store.references({a for *_r, a in links if a})
        sightings = [Sighting(child, linked_on or "", references.get(assessment, ""), relationship or "")
                     for child, linked_on, relationship, assessment in links]
        now = self.records.clock.now()
        return build_intelligence(
            record.kind, record.body, identifiers, sightings, self.records.child_names(named), set(named),
            self.records.get_setting(PROFILE_SETTING, {}) or {}, grading,
            f"INT-{self.store.uuids([context_id])[context_id][:8].upper()}", now)

    def render(self, context_id: int, named: set[int] = frozenset(), grading: Grading = UNGRADED,
               password: str | None = None) -> bytes:
        problem = pdf_password_problem(password) if password is not None else None
        if problem:
            raise ExportError(problem)
        pdf = render_intelligence(self.report(context_id, named, grading))
        return protect_pdf(pdf, password) if password is not None else pdf

    def export(self, context_id: int, path: Path, named: set[int] = frozenset(), grading: Grading = UNGRADED,
               password: str | None = None) -> Path:
        target = Path(path)
        if not target.parent.is_dir():
            raise ExportError("the folder to save the intelligence in does not exist")
        write_pdf_atomically(target, self.render(context_id, named, grading, password))
        self.store.record_intelligence_export(context_id, named=len(named))
        return target
