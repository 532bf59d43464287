"""The partnership's picture for a period (issue 16): anonymous counts with small numbers
suppressed (``domain/partnership.py``), as JSON, or as CSV rows a partnership can add up across
many schools' returns (``CSV_COLUMNS``; a "<5" is an unknown 1 to 4 and is added as such)."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from datetime import date
from typing import Any

from screening_app.domain import partnership as p
from screening_app.storage.report_rows import assessments_in, escalations_in, first_concern_and_referral

LEVELS = ("high", "medium", "low")
CSV_COLUMNS = ("measure", "category", "value")


class ReportError(ValueError):
    """Bad input (a period that ends before it starts); nothing was read."""


def picture(vault: Any, start: date, end: date) -> dict[str, Any]:
    if end < start:
        raise ReportError("the period ends before it starts")
    conn = vault.connection
    rows = assessments_in(conn, start, end)
    levels, months, ages, indicators, flags = Counter(), Counter(), {}, Counter(), Counter()
    seen_indicators: set[tuple[int, str]] = set()
    for child, assessed_on, level, result_json, input_json in rows:
        levels[level] += 1
        months[assessed_on[:7]] += 1
        result = json.loads(result_json)
        ages[child] = result.get("child_age")  # the latest assessment in the period gives the child's age
        for flag in result.get("flags") or ():
            flags[flag.get("id", "")] += 1
        for indicator, answer in (json.loads(input_json).get("answers") or {}).items():
            if isinstance(answer, dict) and answer.get("answer") in ("yes", "possible") and \
                    (child, indicator) not in seen_indicators:
                seen_indicators.add((child, indicator))
                indicators[indicator] += 1
    by_level = p.table(levels, LEVELS)
    by_age = p.table(Counter(p.age_band(a) for a in ages.values()), p.AGE_BANDS)
    escalations = escalations_in(conn, start, end)
    by_stage = p.table(Counter(f"stage {stage}" for stage, _status in escalations))
    intervals = [(date.fromisoformat(referral) - date.fromisoformat(concern)).days
                 for concern, referral in first_concern_and_referral(conn, start, end)]
    return {
        "period": {"from": start.isoformat(), "to": end.isoformat()},
        "suppression": "counts of 1 to 4 are shown as <5, and a second cell is hidden wherever one hidden "
                       "cell could be found by subtraction from the total",
        "assessments": by_level["total"],
        "assessments_by_level": by_level["cells"],
        "children": p.suppress_total(len(ages)),
        "children_by_age_band": by_age["cells"],
        "children_by_indicator": p.suppress(indicators, total_shown=False),
        "flags_raised": p.suppress(flags, total_shown=False),
        "escalations": by_stage["total"],
        "escalations_by_stage": by_stage["cells"],
        "assessments_by_month": p.table(months)["cells"],
        "first_concern_to_referral": p.days_to_referral(intervals),
    }


def as_csv(report: dict[str, Any]) -> str:
    """One row per figure: measure, category, value (a number, or <5)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerow(["period", report["period"]["from"], report["period"]["to"]])
    for measure in ("assessments", "children", "escalations"):
        writer.writerow([measure, "all", report[measure]])
    for measure in ("assessments_by_level", "children_by_age_band", "children_by_indicator", "flags_raised",
                    "escalations_by_stage", "assessments_by_month"):
        for category, value in report[measure].items():
            writer.writerow([measure, category, value])
    interval = report["first_concern_to_referral"]
    writer.writerow(["first_concern_to_referral", "children", interval["children"]])
    writer.writerow(["first_concern_to_referral", "median_days", "" if interval["median_days"] is None
                     else interval["median_days"]])
    return out.getvalue()
