"""The partnership's picture (SPEC 13, issue 16): anonymous counts for governors and the local
safeguarding partnership, with small numbers suppressed. Pure rules, no storage.

Every breakdown is a table whose cells add up to a total shown beside it. **Primary
suppression**: a count of 1 to 4 is shown as "<5" (0 is shown: it discloses no one). **Secondary
suppression**: where a table's total is shown and exactly one cell is suppressed, a reader could
subtract the others from the total and find it; so the smallest other non-zero cell is suppressed
too (and again, until no suppressed cell can be found by subtraction). Likewise where the hidden
cells add up to their own number: each would have to be 1. A total of 1 to 4 is itself
"<5". Where every non-zero cell is already hidden and they could still only each be 1 (five
children in five age bands), no cell is left to hide: the total is shown as "5+" instead.
Nothing here names a child, a reference, a date of birth or a postcode: the input is counts by
category, made by ``services/report.py``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from statistics import median
from typing import Any

SMALL = 5
HIDDEN = "<5"
AT_LEAST = "5+"  # a total of five or more hidden because its cells could otherwise only each be 1
Cell = int | str
MONTHS_FILLED = 36  # a period up to three years lists every month (a trend shows its empty months)
NO_SEX_BREAKDOWN = ("The child's sex is not recorded by this product, so the picture has no breakdown by sex; "
                    "a partnership adding returns together should take it from another source.")
AGE_BANDS = ("under 10", "10 to 12", "13 to 15", "16 to 17", "18 or over", "not known")


def age_band(age: int | None) -> str:
    if age is None:
        return "not known"
    if age < 10:
        return "under 10"
    if age <= 12:
        return "10 to 12"
    if age <= 15:
        return "13 to 15"
    if age <= 17:
        return "16 to 17"
    return "18 or over"


def suppress_total(total: int) -> Cell:
    return HIDDEN if 0 < total < SMALL else total


def suppress(counts: Mapping[str, int], total_shown: bool = True) -> dict[str, Cell]:
    """The table's cells with small numbers hidden, and no hidden one recoverable from the total."""
    cells: dict[str, Cell] = {k: (HIDDEN if 0 < v < SMALL else v) for k, v in counts.items()}
    if total_shown:
        while _recoverable(counts, cells):
            shown = sorted((v, k) for k, v in cells.items() if isinstance(v, int) and v > 0)
            if not shown:
                break
            cells[shown[0][1]] = HIDDEN  # the next smallest goes too
    return cells


def _recoverable(counts: Mapping[str, int], cells: Mapping[str, Cell]) -> bool:
    """Whether a reader could work a hidden cell out from the total: one hidden cell alone is the
    total less the rest; and hidden cells whose sum (the total less the rest) equals their number
    must each be 1 (a hidden cell is never 0, since 0 is shown)."""
    hidden = [k for k, v in cells.items() if v == HIDDEN]
    return len(hidden) == 1 or (len(hidden) > 1 and sum(counts[k] for k in hidden) == len(hidden))


def table(counts: Mapping[str, int], order: Iterable[str] | None = None) -> dict[str, object]:
    """A breakdown as the report shows it: its cells (in ``order``, every category even if 0) and total."""
    keys = list(order) if order is not None else sorted(counts)
    full = {k: int(counts.get(k, 0)) for k in keys}
    cells = suppress(full)
    total = suppress_total(sum(full.values()))
    if total != HIDDEN and _recoverable(full, cells):
        total = AT_LEAST  # nothing left to hide among the cells: the total goes instead
    return {"cells": cells, "total": total}


def one_total(*tables: Mapping[str, object]) -> Cell:
    """The total of tables that count the same things (assessments by level and by month): hidden
    if any of them needs it hidden, since a reader can read it from the other."""
    totals = [t["total"] for t in tables]
    for hidden in (HIDDEN, AT_LEAST):
        if hidden in totals:
            return hidden
    return totals[0]  # type: ignore[return-value]


def days_to_referral(intervals: list[int]) -> dict[str, object]:
    """The median days from a child's first recorded concern to their first referral, when at
    least five children's intervals are known (fewer: the median could point at one)."""
    if len(intervals) < SMALL:
        return {"children": suppress_total(len(intervals)), "median_days": None}
    return {"children": len(intervals), "median_days": median(intervals)}


def count(values: Iterable[str]) -> Counter[str]:
    return Counter(values)


def months_of(start: date, end: date) -> list[str]:
    """Each month (YYYY-MM) the period touches, when it is short enough to list them all, else []."""
    months, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append(f"{year:04d}-{month:02d}")
        if len(months) > MONTHS_FILLED:
            return []
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def rank(value: Cell) -> float:
    """A cell's place when sorting largest first: a hidden one (1 to 4) between 0 and 5."""
    return 2.5 if value == HIDDEN else float(value)


@dataclass(frozen=True)
class PictureView:
    """What the partnership PDF and the window show: the figures (``services/report.picture``) and
    the words for them from the form pack; never a child's name, reference or date."""

    report: Mapping[str, Any]
    generated_on: date
    organisation: str | None = None
    indicator_labels: Mapping[str, str] = field(default_factory=dict)
    flag_labels: Mapping[str, str] = field(default_factory=dict)
    level_colours: Mapping[str, str] = field(default_factory=dict)
    level_labels: Mapping[str, str] = field(default_factory=dict)  # a level scheme's words for each rank

    def rows(self, measure: str, limit: int | None = None) -> list[tuple[str, Cell]]:
        """A breakdown's (words, value) in reading order: categories with an order of their own
        (levels, ages, months, stages) keep it; the others go largest first, at most ``limit``."""
        cells = dict(self.report.get(measure) or {})
        keys = list(cells)
        if measure not in ORDERED:
            keys.sort(key=lambda k: (-rank(cells[k]), self.words(measure, k)))
            keys = [k for k in keys if cells[k] != 0][:limit]
        return [(self.words(measure, k), cells[k]) for k in keys]

    def words(self, measure: str, key: str) -> str:
        if measure == "children_by_indicator":
            return self.indicator_labels.get(key, key.replace("_", " "))
        if measure == "flags_raised":
            return self.flag_labels.get(key, key.replace("_", " "))
        if measure == "escalations_by_stage":
            return STAGE_WORDS.get(key, key.capitalize())
        if measure == "assessments_by_month":
            return month_words(key)
        if measure == "assessments_by_level" and key in self.level_labels:
            return self.level_labels[key]
        return key[:1].upper() + key[1:].replace("_", " ")


def month_words(key: str) -> str:
    """"2026-03" as "Mar 2026"."""
    try:
        return date.fromisoformat(f"{key}-01").strftime("%b %Y")
    except ValueError:
        return key


@dataclass(frozen=True)
class Chart:
    measure: str
    title: str
    says: str
    total: str | None = None  # the report's key for the total shown beside the table, if any
    limit: int | None = None


ORDERED = ("assessments_by_level", "children_by_age_band", "assessments_by_month", "escalations_by_stage")
STAGE_WORDS = {"stage 1": "Stage 1: practitioner to practitioner", "stage 2": "Stage 2: managers",
               "stage 3": "Stage 3: senior managers or the partnership"}
TOP_INDICATORS = 10
OVERLAP = "A child can count under more than one, so there is no total."
CHARTS = (
    Chart("assessments_by_level", "Assessments by level",
          "Each assessment completed in the period, by its final level.", "assessments"),
    Chart("children_by_age_band", "Children by age",
          "Each child assessed in the period once, by their age at the latest assessment.", "children"),
    Chart("assessments_by_month", "Assessments by month", "The trend: assessments completed each month.",
          "assessments"),
    Chart("children_by_exploitation_type", "Children by kind of exploitation indicated",
          "From the kinds the form pack gives each indicator answered yes or possible. " + OVERLAP),
    Chart("children_by_indicator", "Children by indicator",
          f"The indicators most often answered yes or possible (at most {TOP_INDICATORS}; the CSV has all). "
          + OVERLAP, limit=TOP_INDICATORS),
    Chart("flags_raised", "Flags raised", "Statutory and practice flags the assessments raised."),
    Chart("escalations_by_stage", "Escalations by stage",
          "Professional disagreements raised in the period, by the stage they reached.", "escalations"),
)


# School terms as the calendar has them (the spring term's end moves with Easter: close enough
# for a default the practitioner can change).
TERMS = ((9, 1, 12, 31), (1, 1, 3, 31), (4, 1, 7, 31))


def last_term(today: date) -> tuple[date, date]:
    """The last school term that ended before ``today``: the picture's default period."""
    ends = []
    for year in (today.year - 1, today.year):
        for m1, d1, m2, d2 in TERMS:
            start, end = date(year, m1, d1), date(year, m2, d2)
            if end < today:
                ends.append((end, start))
    end, start = max(ends)
    return start, end
