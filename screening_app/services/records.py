"""Record use cases over an open vault: children, drafts, completion, corrections, lists.

``complete`` and ``correct`` validate and score with the domain and store the
input, the result, both levels and the review date together, so a stored
level always matches the answers it came from. Domain errors (bad answers,
an override against the rules) pass through unchanged for the caller to show.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from screening_app.clock import SYSTEM_CLOCK, Clock
from screening_app.domain.answers import AssessmentInput, GroupOfConcern, PlaceOfConcern, parse_input, validate_input
from screening_app.domain.case_file import CaseFile, parse_case
from screening_app.domain.chronology import ChronologyEntry
from screening_app.domain.errors import AnswerError
from screening_app.domain.loader import load_form_pack
from screening_app.domain.schema import FormDefinition, Level
from screening_app.domain.scoring import RiskResult, apply_override, score
from screening_app.services.contexts import ContextsService
from screening_app.storage.casework import Casework
from screening_app.storage.chronology import ChronologyStore
from screening_app.storage.records import (
    Assessment,
    AssessmentRef,
    AssessmentVersion,
    Child,
    ChildDetails,
    CompletedPayload,
    Escalation,
    NewEscalation,
    Page,
    SearchQuery,
)
from screening_app.storage.repository import Repository
from screening_app.storage.vault import Vault

__all__ = [
    "Assessment",
    "AssessmentRef",
    "ChildDetails",
    "NewEscalation",
    "OverrideRequest",
    "Page",
    "RecordsService",
    "SearchQuery",
    "child_from_case",
]


@dataclass(frozen=True)
class OverrideRequest:
    """A professional judgement that changes the final level (rules enforced by the domain)."""

    level: str
    reason: str
    consulted_name: str | None = None
    consulted_role: str | None = None


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


class RecordsService:
    """The record use cases; one per open vault."""

    def __init__(self, vault: Vault, actor: str = "unknown", forms: dict[str, FormDefinition] | None = None,
                 clock: Clock = SYSTEM_CLOCK) -> None:
        self.vault = vault
        self.clock = clock  # every service built on these records reads the date from here
        self.repository = Repository(vault.connection, actor, clock)
        self.casework = Casework(vault.connection, actor, clock)
        self.actor = actor
        self._forms = forms
        self._translated: dict[str, dict[str, FormDefinition]] = {}
        self.contexts = ContextsService(vault.connection, actor, clock)

    def form(self, form_id: str) -> FormDefinition:
        if self._forms is None:
            self._forms = load_form_pack()
        if form_id not in self._forms:
            raise AnswerError("form", f"'{form_id}' is not a form in the form pack")
        return self._forms[form_id]

    def form_in(self, form_id: str, language: str) -> FormDefinition | None:
        """The form with its text in ``language`` (cy) where the pack has it for this very form
        (same id and version); None where it has not, and the form's English is what there is."""
        if language not in self._translated:
            self._translated[language] = load_form_pack(language=language)
        form, translated = self.form(form_id), self._translated[language].get(form_id)
        if translated is None or translated.translation is None or translated.version != form.version:
            return None
        return translated

    # ------------------------------------------------------------ children

    def create_child(self, details: ChildDetails) -> int:
        return self.repository.add_child(details)

    def update_child(self, child_id: int, details: ChildDetails) -> None:
        self.repository.update_child(child_id, details)

    # ------------------------------------------------------------ assessments

    def start_assessment(self, child_id: int, form_id: str, draft: dict[str, Any] | None = None) -> AssessmentRef:
        form = self.form(form_id)
        self.repository.get_child(child_id)  # a clear "not found" before anything is written
        return self.repository.start_assessment(child_id, form.id, form.version, _dumps(draft or {"form": form.id}))

    def save_draft(
        self, assessment_id: int, draft: dict[str, Any], page: str | None = None, field: str | None = None
    ) -> None:
        """Called on every change: drafts may be incomplete, so nothing is validated here."""
        self.repository.save_draft(assessment_id, _dumps(draft), page, field)

    def complete(self, assessment_id: int, data: dict[str, Any], override: OverrideRequest | None = None) -> RiskResult:
        """Validate, score, store, lock. Returns the result that was stored."""
        current = self.repository.get_assessment(assessment_id)
        parsed, result = self._score(current.form_id, data, override)
        self.repository.complete(assessment_id, _payload(parsed, result))
        self._audit_kept_wording(assessment_id, parsed)
        self._sync_child(current.child_id, parsed)
        # Its own transaction after the completion's, as the chronology's citations: a crash
        # between the two leaves a completed assessment whose people are not yet linked.
        self.contexts.link_completed(current.child_id, assessment_id, parsed.assessed_on, parsed.people, parsed.details)
        return result

    def correct(
        self, assessment_id: int, data: dict[str, Any], reason: str, override: OverrideRequest | None = None
    ) -> tuple[int, RiskResult]:
        """A new version of a completed assessment; earlier versions stay readable."""
        if not reason.strip():
            raise AnswerError("reason", "say why the assessment is being corrected")
        current = self.repository.get_assessment(assessment_id)
        parsed, result = self._score(current.form_id, data, override)
        version = self.repository.correct(assessment_id, _payload(parsed, result), reason.strip())
        self._audit_kept_wording(assessment_id, parsed)
        self._sync_child(current.child_id, parsed)
        return version, result

    def _sync_child(self, child_id: int, parsed: AssessmentInput) -> None:
        """The child record follows what the practitioner confirmed on completion.

        Names, date of birth and identifiers can be corrected on the wizard's
        child page; lists, search and the child record read the children
        table, so a completed assessment brings it up to date (audited)."""
        current = self.repository.get_child(child_id).details
        confirmed = confirmed_child(current, parsed)
        if confirmed != current:
            self.repository.update_child(child_id, confirmed)

    def _audit_kept_wording(self, assessment_id: int, parsed: AssessmentInput) -> None:
        """SPEC 9.1: flagged wording may be kept, and how many were kept is audited (a number, never text)."""
        if kept := _kept_wording(parsed):
            self.repository.record_event(f"assessment.language_flags_kept:{kept}", "assessment", assessment_id)

    def record_print(self, assessment_id: int) -> None:
        """Audit a printed referral: what and when, never the content."""
        self.repository.record_event("assessment.printed", "assessment", assessment_id)

    def _score(
        self, form_id: str, data: dict[str, Any], override: OverrideRequest | None
    ) -> tuple[AssessmentInput, RiskResult]:
        form = self.form(form_id)
        parsed = parse_input(data)
        validate_input(form, parsed)
        result = score(form, parsed, self.clock.today())
        if override is not None:
            result = apply_override(
                form,
                result,
                Level(override.level),
                override.reason,
                override.consulted_name,
                override.consulted_role,
                by=_practitioner(parsed) or self.actor,
            )
        return parsed, result

    def get(self, assessment_id: int) -> Assessment:
        return self.repository.get_assessment(assessment_id)

    def get_by_reference(self, reference: str) -> Assessment:
        return self.repository.get_by_reference(reference)

    def record_export(self, assessment_id: int, protected: bool) -> None:
        """Audit an export: what and when, never the content or the file's name."""
        action = "assessment.exported_protected" if protected else "assessment.exported"
        self.repository.record_event(action, "assessment", assessment_id)

    def versions(self, assessment_id: int) -> list[AssessmentVersion]:
        return self.repository.versions(assessment_id)

    def delete(self, assessment_id: int) -> None:
        self.repository.delete_assessment(assessment_id)

    def list(self, limit: int = 50, before_id: int | None = None) -> Page:
        return self.repository.list_assessments(limit, before_id)

    def search(self, query: SearchQuery, limit: int = 50, before_id: int | None = None) -> Page:
        return self.repository.search(query, limit, before_id)

    def newest_completed(self, child_ids: Iterable[int]) -> dict[int, int]:
        return self.repository.newest_completed(child_ids)

    # ------------------------------------------------------------ import

    def import_case(self, case: CaseFile | dict[str, Any], today: date | None = None) -> AssessmentRef:
        """Store a case file as a new child with a completed assessment, in one transaction.

        Everything is checked first (strict case format, the form, the dates against
        ``today``, default the real date); a failure while writing leaves the vault as it was.
        """
        parsed_case = case if isinstance(case, CaseFile) else parse_case(case)
        parsed = parsed_case.to_input()
        form = self.form(parsed.form)
        result = score(form, parsed, today or self.clock.today())
        kept = _kept_wording(parsed)
        return self.repository.add_completed(
            confirmed_child(child_from_case(parsed_case), parsed), form.id, form.version, _payload(parsed, result),
            (f"assessment.language_flags_kept:{kept}",) if kept else (),
            then=lambda child_id, assessment_id: self._add_facts(
                child_id, assessment_id, parsed_case.events, parsed, parsed_case.places, parsed_case.groups),
        )

    def _add_facts(
        self, child_id: int, assessment_id: int, events: tuple[ChronologyEntry, ...], parsed: AssessmentInput,
        places: tuple[PlaceOfConcern, ...], groups: tuple[GroupOfConcern, ...] = (),
    ) -> None:
        """A case's events are facts about the child (SPEC 11): into the chronology, as typed, each
        answer's entries cited by the assessment, like a screening completed in the window; its
        people and places linked as contexts (SPEC 12). Runs inside the import's transaction."""
        store = ChronologyStore(self.vault.connection, self.actor, self.clock)
        stored = {e.id: store.insert_entry(child_id, e.when.day.isoformat(), e.body()) for e in events}
        cited = {ref for answer in parsed.answers.values() for ref in answer.events}
        store.insert_citations(assessment_id, {stored[ref] for ref in cited if ref in stored})
        self.contexts.link_case(child_id, assessment_id, parsed.assessed_on, parsed.people, places, groups)

    def get_child(self, child_id: int) -> Child:
        return self.repository.get_child(child_id)

    def child_names(self, child_ids: Iterable[int]) -> dict[int, str]:
        """Each child's "First Last" ("" when no name was recorded); a child no longer here is absent."""
        return self.repository.child_names(child_ids)

    def counts(self) -> dict[str, int]:
        """Numbers for the home screen: children, drafts, completed, open escalations (no content)."""
        return self.repository.counts()

    # ------------------------------------------------------------ settings (inside the encrypted vault)

    def get_setting(self, key: str, default: Any = None) -> Any:
        return self.casework.get_setting(key, default)

    def set_setting(self, key: str, value: Any) -> None:
        self.casework.set_setting(key, value)

    # ------------------------------------------------------------ escalations

    def add_escalation(self, item: NewEscalation) -> int:
        return self.casework.add_escalation(item)

    def escalations(self, assessment_id: int | None = None, open_only: bool = False) -> list[Escalation]:
        return self.casework.escalations(assessment_id, open_only)


def confirmed_child(current: ChildDetails, parsed: AssessmentInput) -> ChildDetails:
    """``current`` with every identity field the assessment's child page filled in."""
    page = parsed.details.get("child")
    if not isinstance(page, dict):
        return current
    text = {
        k: str(page.get(k) or "").strip() for k in ("first_name", "last_name", "upn", "nhs_number", "la_case_number")
    }
    changes: dict[str, Any] = {k: v for k, v in text.items() if v}
    others = [n.strip() for n in str(page.get("other_names") or "").split(",") if n.strip()]
    if others:
        changes["other_names"] = tuple(others)
    if parsed.child.date_of_birth is not None:
        changes.update(date_of_birth=parsed.child.date_of_birth, approx_age=None)
    elif parsed.child.approx_age is not None and current.date_of_birth is None:
        changes["approx_age"] = parsed.child.approx_age
    return dataclasses.replace(current, **changes)


def child_from_case(case: CaseFile) -> ChildDetails:
    """The child record a case file describes: names and identifiers live in the children table
    only, so correcting a name never leaves a stale copy inside an assessment."""
    child = case.child
    return ChildDetails(
        first_name=child.first_name or "",
        last_name=child.last_name or "",
        other_names=child.other_names,
        date_of_birth=child.date_of_birth,
        approx_age=child.approx_age,
        **{key: child.identifier(key) for key in ("upn", "nhs_number", "la_case_number")},
        language=child.language,
    )


def _kept_wording(parsed: AssessmentInput) -> int:
    kept = parsed.details.get("language_flags_kept")
    return kept if isinstance(kept, int) and not isinstance(kept, bool) and kept > 0 else 0


def _payload(parsed: AssessmentInput, result: RiskResult) -> CompletedPayload:
    return CompletedPayload(
        input_json=_dumps(parsed.model_dump(mode="json")),
        result_json=_dumps(result.model_dump(mode="json")),
        override_json=_dumps(result.override.model_dump(mode="json")) if result.override else None,
        computed_level=result.computed_level.value,
        final_level=result.final_level.value,
        review_date=result.review_date.isoformat(),
        assessed_on=parsed.assessed_on.isoformat(),
    )


def _practitioner(data: AssessmentInput) -> str:
    """Who changed the level, as the referral names them: the referrer recorded on the assessment
    (from the profile), not the computer's login name ("Changed by root")."""
    referrer = data.details.get("referrer")
    return str(referrer.get("name") or "").strip() if isinstance(referrer, dict) else ""
