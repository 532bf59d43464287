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
from screening_app.words import QT_TRANSLATE_NOOP, fill, translate

STAGES = {
    1: QT_TRANSLATE_NOOP("Escalation", "Stage 1: practitioner to practitioner"),
    2: QT_TRANSLATE_NOOP("Escalation", "Stage 2: managers"),
    3: QT_TRANSLATE_NOOP("Escalation", "Stage 3: senior managers or the safeguarding partnership"),
}


def stage_label(stage: int) -> str:
    """In the language of the work (``words.language``)."""
    return translate("Escalation", STAGES[stage]) if stage in STAGES else fill(translate("Escalation", "Stage %1"),
                                                                                stage)


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
    status = (fill(translate("Escalation", "Open (%1 days since raised)"), days_open(facts, today))
              if facts.status == "open" else translate("Escalation", "Closed"))
    where = f"escalations[{number - 1}]"
    items = [
        Item(translate("Escalation", "Stage"), stage_label(facts.stage)),
        Item(translate("Escalation", "Agency"), facts.agency, f"{where}.agency"),
        Item(translate("Escalation", "Decision disagreed with"), facts.decision or "", f"{where}.decision"),
        Item(translate("Escalation", "Raised on"), format_date(facts.raised_on)),
        Item(translate("Escalation", "Decided on"), format_date(facts.decided_on) if facts.decided_on else ""),
        Item(translate("Escalation", "What was said"), facts.what_was_said or "", f"{where}.what_was_said"),
        Item(translate("Escalation", "Outcome"), facts.outcome or "", f"{where}.outcome"),
        Item(translate("Escalation", "Status"), status),
    ]
    return Group(
        id="escalation",
        title=fill(translate("Escalation", "Escalation %1, stage %2"), number, facts.stage),
        intro="",
        items=tuple(i for i in items if i.value),
    )
