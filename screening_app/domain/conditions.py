"""Evaluate the condition data of floor rules and statutory flags.

A condition is a small tagged union (schema.py); evaluation returns whether it
holds and which indicators made it hold, so a result can say why.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from screening_app.domain.answers import IndicatorAnswer
from screening_app.domain.schema import (
    AgeBelow,
    AgeBetween,
    AgeGap,
    AllOf,
    AnyAnswered,
    AnyOf,
    Condition,
    Indicator,
)


@dataclass(frozen=True)
class Facts:
    """What conditions may look at."""

    answers: Mapping[str, IndicatorAnswer]
    indicators: Mapping[str, Indicator]
    child_age: int
    people_ages: Sequence[int]


@dataclass(frozen=True)
class Match:
    holds: bool
    indicator_ids: tuple[str, ...] = ()


def evaluate(cond: Condition, facts: Facts) -> Match:
    if isinstance(cond, AnyAnswered):
        return _answered(cond, facts)
    if isinstance(cond, AgeBelow):
        return Match(facts.child_age < cond.years)
    if isinstance(cond, AgeBetween):
        return Match(cond.min <= facts.child_age <= cond.max)
    if isinstance(cond, AgeGap):
        return Match(any(_gap_band_met(cond, facts.child_age, age) for age in facts.people_ages))
    if isinstance(cond, AllOf):
        matches = [evaluate(sub, facts) for sub in cond.of]
        return Match(all(m.holds for m in matches), _ids(matches) if all(m.holds for m in matches) else ())
    if isinstance(cond, AnyOf):
        held = [m for m in (evaluate(sub, facts) for sub in cond.of) if m.holds]
        return Match(bool(held), _ids(held))
    raise TypeError(f"unknown condition {type(cond).__name__}")


def _ids(matches: Sequence[Match]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i for m in matches for i in m.indicator_ids))


def _answered(cond: AnyAnswered, facts: Facts) -> Match:
    ids = tuple(
        indicator_id
        for indicator_id, answer in facts.answers.items()
        if answer.is_concern and _selected(cond, facts.indicators[indicator_id], answer)
    )
    return Match(len(ids) >= cond.at_least, ids if len(ids) >= cond.at_least else ())


def _selected(cond: AnyAnswered, indicator: Indicator, answer: IndicatorAnswer) -> bool:
    return (
        (not cond.tiers or indicator.tier in cond.tiers)
        and (not cond.tags or any(tag in indicator.tags for tag in cond.tags))
        and (not cond.ids or indicator.id in cond.ids)
        and (not cond.recency or answer.when in cond.recency)
    )


def _gap_band_met(cond: AgeGap, child_age: int, person_age: int) -> bool:
    return any(
        band.child_min <= child_age <= band.child_max and person_age - child_age >= band.min_gap for band in cond.bands
    )
