"""The partnership's picture (SPEC 13, issue 16): anonymous counts for governors and the local
safeguarding partnership, with small numbers suppressed. Pure rules, no storage.

Every breakdown is a table whose cells add up to a total shown beside it. **Primary
suppression**: a count of 1 to 4 is shown as "<5" (0 is shown: it discloses no one). **Secondary
suppression**: where a table's total is shown and exactly one cell is suppressed, a reader could
subtract the others from the total and find it; so the smallest other non-zero cell is suppressed
too (and again, until no suppressed cell can be found by subtraction). A total of 1 to 4 is itself
"<5". Nothing here names a child, a reference, a date of birth or a postcode: the input is
counts by category, made by ``services/report.py``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from statistics import median

SMALL = 5
HIDDEN = "<5"
Cell = int | str
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
        while sum(1 for v in cells.values() if v == HIDDEN) == 1:
            shown = sorted((v, k) for k, v in cells.items() if isinstance(v, int) and v > 0)
            if not shown:
                break
            cells[shown[0][1]] = HIDDEN  # the next smallest goes too: two unknowns cannot be subtracted
    return cells


def table(counts: Mapping[str, int], order: Iterable[str] | None = None) -> dict[str, object]:
    """A breakdown as the report shows it: its cells (in ``order``, every category even if 0) and total."""
    keys = list(order) if order is not None else sorted(counts)
    full = {k: int(counts.get(k, 0)) for k in keys}
    total = sum(full.values())
    return {"cells": suppress(full), "total": suppress_total(total)}


def days_to_referral(intervals: list[int]) -> dict[str, object]:
    """The median days from a child's first recorded concern to their first referral, when at
    least five children's intervals are known (fewer: the median could point at one)."""
    if len(intervals) < SMALL:
        return {"children": suppress_total(len(intervals)), "median_days": None}
    return {"children": len(intervals), "median_days": median(intervals)}


def count(values: Iterable[str]) -> Counter[str]:
    return Counter(values)
