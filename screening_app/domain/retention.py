"""When a child's record is due for review (SPEC 13, issue 16): pure rules, no storage.

The IRMS Information Management Toolkit for Schools keeps a child protection file until the
child's date of birth plus 25 years, then reviews it. The number of years is the organisation's
setting (with its policy named). Without a date of birth: the approximate age recorded, counted
from when the record was made; without either, the record's first date plus the same years (the
longest a child could need). A review keeps the record (with a reason and a new date) or deletes
it; the latest review's date, when there is one, is the next due date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

DEFAULT_YEARS = 25
DEFAULT_POLICY = "IRMS Information Management Toolkit for Schools"


@dataclass(frozen=True)
class Rule:
    years: int = DEFAULT_YEARS
    policy: str = DEFAULT_POLICY


def _plus_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year + years, day=28)


def review_due(rule: Rule, date_of_birth: date | None, approx_age: int | None, first_recorded: date,
               kept_until: date | None = None) -> date:
    """The day the record is due for review (a later 'keep' decision moves it)."""
    if kept_until is not None:
        return kept_until
    if date_of_birth is not None:
        return _plus_years(date_of_birth, rule.years)
    if approx_age is not None:
        return _plus_years(first_recorded, rule.years - approx_age)
    return _plus_years(first_recorded, rule.years)
