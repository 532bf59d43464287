"""What changed between two assessments of the same child (SPEC section 10).

Indicators new, resolved, and changed in answer or recency; level movement.
Works across the two forms: a screening followed by a full assessment is
compared on the indicators they share and says which ones only one asked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from screening_app.domain.answers import AssessmentInput, IndicatorAnswer
from screening_app.domain.schema import FormDefinition, Level
from screening_app.domain.scoring import RiskResult


class Change(str, Enum):
    new = "new"  # now a concern, not before
    resolved = "resolved"  # a concern before, not now
    answer_changed = "answer_changed"  # e.g. possible -> yes
    recency_changed = "recency_changed"  # e.g. current -> past
    unchanged = "unchanged"  # a concern in both, same answer and recency


@dataclass(frozen=True)
class IndicatorChange:
    indicator_id: str
    label: str
    section: str
    change: Change
    before: IndicatorAnswer | None
    after: IndicatorAnswer | None


@dataclass(frozen=True)
class Comparison:
    before_date: date
    after_date: date
    before_level: Level
    after_level: Level
    before_score: int
    after_score: int
    changes: tuple[IndicatorChange, ...]
    only_in_after_form: tuple[str, ...]

    @property
    def level_movement(self) -> str:
        if self.after_level.rank > self.before_level.rank:
            return "up"
        if self.after_level.rank < self.before_level.rank:
            return "down"
        return "same"

    def of_kind(self, change: Change) -> tuple[IndicatorChange, ...]:
        return tuple(c for c in self.changes if c.change == change)


def _concern(answer: IndicatorAnswer | None) -> bool:
    return answer is not None and answer.is_concern


def classify(before: IndicatorAnswer | None, after: IndicatorAnswer | None) -> Change | None:
    """The kind of change for one indicator, or None when it was never a concern."""
    was, now = _concern(before), _concern(after)
    if not was and not now:
        return None
    if now and not was:
        return Change.new
    if was and not now:
        return Change.resolved
    assert before is not None and after is not None
    if before.answer != after.answer:
        return Change.answer_changed
    if before.when != after.when:
        return Change.recency_changed
    return Change.unchanged


def compare(
    before_form: FormDefinition,
    before: AssessmentInput,
    before_result: RiskResult,
    after_form: FormDefinition,
    after: AssessmentInput,
    after_result: RiskResult,
) -> Comparison:
    """Compare two assessments; ``before`` is the earlier one."""
    shared = [i for i in after_form.indicators() if before_form.indicator(i.id) is not None]
    changes = []
    for indicator in shared:
        kind = classify(before.answers.get(indicator.id), after.answers.get(indicator.id))
        if kind is not None:
            section = after_form.section_of(indicator.id)
            changes.append(
                IndicatorChange(
                    indicator.id,
                    indicator.label,
                    section.title if section else "",
                    kind,
                    before.answers.get(indicator.id),
                    after.answers.get(indicator.id),
                )
            )
    only_after = tuple(
        i.id
        for i in after_form.indicators()
        if before_form.indicator(i.id) is None and _concern(after.answers.get(i.id))
    )
    return Comparison(
        before_date=before.assessed_on,
        after_date=after.assessed_on,
        before_level=before_result.final_level,
        after_level=after_result.final_level,
        before_score=before_result.score,
        after_score=after_result.score,
        changes=tuple(changes),
        only_in_after_form=only_after,
    )
