"""Use cases over a child's history: what changed between two stored assessments (on
screen and as a PDF), and new drafts that start from an earlier assessment (a review,
or a screening continued as a full assessment).

Both assessments are read from the vault exactly as stored: their input and the result
that was stored with it (scores and levels come from ``result_json``, never re-scored).
"""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from screening_app import words
from screening_app.domain.answers import parse_stored_input
from screening_app.domain.compare import compare
from screening_app.domain.compare_view import Assessed, ComparisonView, build_comparison_view, date_order
from screening_app.domain.navigation import DECISION_GROUP, REFLECTIVE, continue_as_assessment, new_state
from screening_app.domain.referral import record_fingerprint
from screening_app.domain.scoring import RiskResult
from screening_app.reporting import ExportError, render_comparison, write_pdf_atomically
from screening_app.services.export import stored_fingerprint
from screening_app.services.records import AssessmentRef, RecordsService, SearchQuery
from screening_app.storage.records import Assessment, AssessmentSummary, AssessmentVersion

__all__ = ["FULL_ASSESSMENT", "CompareError", "CompareService", "review_state"]

FULL_ASSESSMENT = "cse-risk-assessment"
REVIEW_KEY = "review"
NOT_CARRIED = (REFLECTIVE, DECISION_GROUP, REVIEW_KEY)  # asked afresh every time


class CompareError(ExportError):
    """The two assessments cannot be compared, or a draft cannot start from one. Names no data."""


class CompareService:
    def __init__(self, records: RecordsService, language: str = "en") -> None:
        self.records = records
        self.language = language  # of what a comparison says and prints: the window's (en or cy)

    # ------------------------------------------------------------ choosing

    def completed(self, child_id: int) -> list[AssessmentSummary]:
        """The child's completed assessments, newest first (date assessed, then record)."""
        items: list[AssessmentSummary] = []
        before = None
        while True:
            page = self.records.search(SearchQuery(child_id=child_id, status="completed"), 200, before)
            items.extend(page.items)
            if page.next_before_id is None:
                break
            before = page.next_before_id
        return sorted(items, key=lambda s: (s.assessed_on or "", s.id), reverse=True)

    def default_pair(self, child_id: int) -> tuple[int, int] | None:
        """(earlier, later): the latest completed assessment and the one before it."""
        items = self.completed(child_id)
        return (items[1].id, items[0].id) if len(items) >= 2 else None

    # ------------------------------------------------------------ comparing

    def view(self, first_id: int, second_id: int, generated_at: datetime | None = None) -> ComparisonView:
        earlier, later = self._ordered(self._load(first_id), self._load(second_id))
        return self._build(earlier, later, generated_at)

    def render(self, first_id: int, second_id: int) -> bytes:
        return self._render(self.view(first_id, second_id))

    def _render(self, view: ComparisonView) -> bytes:
        with words.language(self.language):
            return render_comparison(view)

    def export(self, first_id: int, second_id: int, path: Path) -> Path:
        """Render in memory, write atomically, audit (what and when, never the file name)."""
        return self._export(path, self.view(first_id, second_id), self.records.get(second_id).child_id)

    # ------------------------------------------------------------ what a correction changed

    def view_versions(self, assessment_id: int, first: int, second: int,
                      generated_at: datetime | None = None) -> ComparisonView:
        """Two stored versions of one completed assessment (SPEC 10: earlier versions stay
        readable), the earlier on the left, with the reason the later one was made."""
        current = self._load(assessment_id)
        if first == second:
            raise CompareError("choose two different versions to compare")
        stored = {v.version: v for v in self.records.versions(assessment_id)}
        if first not in stored or second not in stored:
            raise CompareError("that version of the assessment is not stored")
        earlier, later = stored[min(first, second)], stored[max(first, second)]
        with words.language(self.language):
            reason = later.reason or words.translate("Changes", "no reason recorded")
            correction = words.fill(words.translate("Changes", "Version %1 replaced version %2. Reason given: %3"),
                                    later.version, earlier.version, reason)
        return self._build(_as_version(current, earlier), _as_version(current, later), generated_at,
                           correction=correction)

    def render_versions(self, assessment_id: int, first: int, second: int) -> bytes:
        return self._render(self.view_versions(assessment_id, first, second))

    def export_versions(self, assessment_id: int, first: int, second: int, path: Path) -> Path:
        view = self.view_versions(assessment_id, first, second)
        return self._export(path, view, self.records.get(assessment_id).child_id)

    # ------------------------------------------------------------ shared

    def _build(self, earlier: Assessment, later: Assessment, generated_at: datetime | None,
               correction: str = "") -> ComparisonView:
        a, b = self._assessed(earlier), self._assessed(later)
        child = self.records.repository.get_child(later.child_id).details
        prints = stored_fingerprint(earlier) + stored_fingerprint(later)
        with words.language(self.language):
            return build_comparison_view(
                compare(a.form, a.data, a.result, b.form, b.data, b.result), a, b,
                child_name=child.full_name,
                fingerprint=record_fingerprint(prints),
                generated_at=generated_at or self.records.clock.now(),
                correction=correction,
            )

    def _export(self, path: Path, view: ComparisonView, child_id: int) -> Path:
        target = Path(path)
        if not target.parent.is_dir():
            raise CompareError("the folder to save the comparison in does not exist")
        write_pdf_atomically(target, self._render(view))
        self.records.repository.record_event("comparison.exported", "child", child_id)
        return target

    def _load(self, assessment_id: int) -> Assessment:
        assessment = self.records.get(assessment_id)
        if assessment.status != "completed" or not assessment.result_json:
            raise CompareError("only completed assessments can be compared; finish the draft first")
        return assessment

    @staticmethod
    def _ordered(first: Assessment, second: Assessment) -> tuple[Assessment, Assessment]:
        if first.id == second.id:
            raise CompareError("choose two different assessments to compare")
        if first.child_id != second.child_id:
            raise CompareError("the two assessments are for different children")
        if date_order(_day(first), first.id, _day(second), second.id):
            return first, second
        return second, first

    def _assessed(self, assessment: Assessment) -> Assessed:
        try:
            data = parse_stored_input(json.loads(assessment.input_json))
            result = RiskResult.model_validate_json(assessment.result_json or "")
        except (ValueError, TypeError) as exc:
            raise CompareError("a stored assessment cannot be read; nothing was compared") from exc
        form = self.records.form(assessment.form_id)
        shown = self.records.form_in(form.id, self.language) if self.language != "en" else None
        return Assessed(assessment.reference, shown or form, data, result)  # same ids: only the words differ

    # ------------------------------------------------------------ new drafts from earlier ones

    def start_review(self, previous_id: int, what_changed: str, child_fields: dict[str, Any]) -> AssessmentRef:
        """A new draft of the same form, pre-filled from a completed assessment (SPEC 10)."""
        previous = self._load(previous_id)
        if not what_changed.strip():
            raise CompareError("say what has changed since the last assessment")
        form = self.records.form(previous.form_id)
        state = review_state(json.loads(previous.input_json), form, previous.reference, what_changed,
                             self.records.clock.today())
        _put_child(state, child_fields)
        return self.records.start_assessment(previous.child_id, previous.form_id, state)

    def continue_as_assessment(self, screening_id: int, child_fields: dict[str, Any]) -> AssessmentRef:
        """A full risk assessment draft for the same child, the screening's answers carried over."""
        screening = self._load(screening_id)
        if screening.form_id == FULL_ASSESSMENT:
            raise CompareError("this is already a full assessment")
        if (started := self._continuation_draft(screening)) is not None:
            return started  # a second click opens the draft already started, never a duplicate
        state = continue_as_assessment(json.loads(screening.input_json), self.records.form(FULL_ASSESSMENT),
                                       self.records.clock.today())
        state["continued_from_reference"] = screening.reference
        _put_child(state, child_fields)
        return self.records.start_assessment(screening.child_id, FULL_ASSESSMENT, state)


    def _continuation_draft(self, screening: Assessment) -> AssessmentRef | None:
        drafts = self.records.search(SearchQuery(child_id=screening.child_id, status="draft"), limit=50).items
        for item in drafts:
            if item.form_id == FULL_ASSESSMENT:
                state = json.loads(self.records.get(item.id).input_json)
                if state.get("continued_from_reference") == screening.reference:
                    return AssessmentRef(item.id, item.reference)
        return None


def review_state(previous: dict[str, Any], form: Any, previous_reference: str, what_changed: str,
                 assessed_on: date) -> dict[str, Any]:
    """A wizard state for a review: answers, people, places and details carried over; the
    reflective answers, the decision record and the override asked afresh."""
    state = new_state(form, assessed_on)
    ids = form.indicator_map()
    state["answers"] = {k: copy.deepcopy(v) for k, v in (previous.get("answers") or {}).items() if k in ids}
    state["events"] = copy.deepcopy(previous.get("events") or [])  # the facts the answers cite come along
    groups = {g.id for g in form.field_groups} - set(NOT_CARRIED)
    details = previous.get("details") or {}
    state["details"] = {k: copy.deepcopy(v) for k, v in details.items() if k in groups}
    state["details"][REVIEW_KEY] = {"previous_reference": previous_reference, "what_changed": what_changed.strip()}
    return state


def _put_child(state: dict[str, Any], child_fields: dict[str, Any]) -> None:
    """The child record's names and identifiers win over any copy in the earlier assessment."""
    child = state["details"].get("child")
    state["details"]["child"] = {**(child if isinstance(child, dict) else {}), **child_fields}


def _as_version(assessment: Assessment, version: AssessmentVersion) -> Assessment:
    """One stored version, named by its number for the comparison's two sides."""
    return replace(assessment.at_version(version), reference=f"{assessment.reference} version {version.version}")


def _day(assessment: Assessment) -> date:
    return date.fromisoformat((assessment.assessed_on or assessment.created_at)[:10])
