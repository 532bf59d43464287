"""Professional disagreement and escalation (SPEC 9.3): stages in words, and
the escalation summary's view-model, printed with the referral's layout.

The review found concerns were not escalated and the process was unclear:
each escalation records which agency and decision, the stage, dates, what
was said and the outcome, so the record shows a timeline of challenge.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from screening_app.domain.referral import Group, Item, format_date, format_datetime

STAGES = {
    1: "Stage 1: practitioner to practitioner",
    2: "Stage 2: managers",
    3: "Stage 3: senior managers or the safeguarding partnership",
}


def stage_label(stage: int) -> str:
    return STAGES.get(stage, f"Stage {stage}")


@dataclass(frozen=True)
class EscalationFacts:
    """One escalation as recorded (plain values; storage maps its rows to this)."""

    agency: str
    stage: int
    raised_on: date
    decision: str | None = None
    decided_on: date | None = None
    what_was_said: str | None = None
    outcome: str | None = None
    status: str = "open"


@dataclass(frozen=True)
class EscalationSummary:
    reference: str
    child_name: str
    generated_at: str
    fingerprint: str
    open_count: int
    entries: tuple[Group, ...]


def days_open(facts: EscalationFacts, today: date) -> int:
    return (today - facts.raised_on).days


def build_escalation_summary(
    reference: str,
    child_name: str,
    escalations: list[EscalationFacts],
    *,
    fingerprint: str,
    generated_at: datetime,
) -> EscalationSummary:
    ordered = sorted(escalations, key=lambda e: (e.raised_on, e.stage))
    entries = tuple(_entry(number, facts, generated_at.date()) for number, facts in enumerate(ordered, 1))
    return EscalationSummary(
        reference=reference,
        child_name=child_name,
        generated_at=format_datetime(generated_at),
        fingerprint=fingerprint,
        open_count=sum(1 for e in escalations if e.status == "open"),
        entries=entries,
    )


def _entry(number: int, facts: EscalationFacts, today: date) -> Group:
    status = "Open" if facts.status == "open" else "Closed"
    if facts.status == "open":
        status += f" ({days_open(facts, today)} days since raised)"
    where = f"escalations[{number - 1}]"
    items = [
        Item("Stage", stage_label(facts.stage)),
        Item("Agency", facts.agency, f"{where}.agency"),
        Item("Decision disagreed with", facts.decision or "", f"{where}.decision"),
        Item("Raised on", format_date(facts.raised_on)),
        Item("Decided on", format_date(facts.decided_on) if facts.decided_on else ""),
        Item("What was said", facts.what_was_said or "", f"{where}.what_was_said"),
        Item("Outcome", facts.outcome or "", f"{where}.outcome"),
        Item("Status", status),
    ]
    return Group(
        id="escalation",
        title=f"Escalation {number}, stage {facts.stage}",
        intro="",
        items=tuple(i for i in items if i.value),
    )
