"""Escalation use cases (SPEC 9.3): record a professional disagreement, update
its outcome, list the open ones for home, print a child's summary."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime
from pathlib import Path

from screening_app.domain.errors import AnswerError
from screening_app.domain.escalation import build_escalation_summary, days_open
from screening_app.domain.referral import record_fingerprint
from screening_app.services.records import RecordsService
from screening_app.storage.records import Escalation, NewEscalation

__all__ = ["EscalationService", "NewEscalation"]


def check_escalation(item: NewEscalation, today: date) -> None:
    """Plain-language problems with an escalation, before anything is written."""
    if not item.agency.strip():
        raise AnswerError("agency", "say which agency made the decision you disagree with")
    if item.stage not in (1, 2, 3):
        raise AnswerError("stage", "choose stage 1, 2 or 3")
    if item.raised_on > today:
        raise AnswerError("raised_on", "the date raised cannot be in the future")
    if item.decided_on and item.decided_on < item.raised_on:
        raise AnswerError("decided_on", "the decision date cannot be before the date raised")
    if item.child_id is None and item.assessment_id is None:
        raise AnswerError("child", "an escalation belongs to a child or an assessment")
    if item.status not in ("open", "closed"):
        raise AnswerError("status", "must be open or closed")


class EscalationService:
    def __init__(self, records: RecordsService) -> None:
        self.records = records
        self.casework = records.casework
        self.clock = records.clock

    def record(self, item: NewEscalation) -> int:
        check_escalation(item, self.clock.today())
        return self.casework.add_escalation(item)

    def update(self, escalation_id: int, item: NewEscalation) -> None:
        check_escalation(item, self.clock.today())
        self.casework.update_escalation(escalation_id, item)

    def for_child(self, child_id: int) -> list[Escalation]:
        return self.casework.escalations_for_child(child_id)

    def open_with_age(self) -> list[tuple[Escalation, int]]:
        """Open escalations and how many days each has been open, oldest first (for home)."""
        today = self.clock.today()
        return [(e, days_open(e.details, today)) for e in self.casework.escalations(open_only=True)]

    def summary_pdf(self, child_id: int, generated_at: datetime | None = None) -> bytes:
        child = self.records.repository.get_child(child_id)
        escalations = self.for_child(child_id)
        stored = json.dumps([dataclasses.asdict(e) for e in escalations], default=str, sort_keys=True)
        view = build_escalation_summary(
            f"Child record {child_id}",
            child.details.full_name,
            [e.details for e in escalations],
            fingerprint=record_fingerprint(stored),
            generated_at=generated_at or self.clock.now(),
        )
        self.records.repository.record_event("escalation_summary.exported", "child", child_id)
        from screening_app.reporting import render_escalation_summary  # reportlab only when printing (home lists these)

        return render_escalation_summary(view)

    def save_summary(self, child_id: int, path: Path) -> Path:
        """The summary written atomically beside its final name (never half a file)."""
        from screening_app.reporting import write_pdf_atomically

        target = Path(path)
        write_pdf_atomically(target, self.summary_pdf(child_id))
        return target
