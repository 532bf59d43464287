"""The partnership's picture for a period (issue 16): anonymous counts with small numbers
suppressed (``domain/partnership.py``), as JSON, as CSV rows a partnership can add up across
many schools' returns (``CSV_COLUMNS``; a "<5" is an unknown 1 to 4 and is added as such), or as
a PDF with charts for governors (``reporting/partnership_pdf.py``).

The kinds of exploitation indicated come from the form pack's data: each indicator answered yes or
possible counts its child under every tag it carries (``sexual`` today; a combined pack adds
``criminal``, ``trafficking``, ``online``), so a new pack needs no change here. The child's sex is
not recorded, so there is no breakdown by sex (``NO_SEX_BREAKDOWN``)."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from screening_app.clock import SYSTEM_CLOCK, Clock
from screening_app.domain import partnership as p
from screening_app.domain.contacts import PROFILE_SETTING
from screening_app.domain.schema import FormDefinition
from screening_app.storage.casework import Casework
from screening_app.storage.db import Store, transaction, translated
from screening_app.storage.report_rows import assessments_in, escalations_in, first_concern_and_referral

LEVELS = ("high", "medium", "low")
CSV_COLUMNS = ("measure", "category", "value")
BREAKDOWNS = ("assessments_by_level", "children_by_age_band", "children_by_indicator",
              "children_by_exploitation_type", "flags_raised", "escalations_by_stage", "assessments_by_month")
CONCERN = ("yes", "possible")


class ReportError(ValueError):
    """Bad input (a period that ends before it starts); nothing was read."""


def _forms(forms: dict[str, FormDefinition] | None) -> dict[str, FormDefinition]:
    if forms is not None:
        return forms
    from screening_app.domain.loader import load_form_pack

    return load_form_pack()


def _tags(forms: dict[str, FormDefinition]) -> dict[tuple[str, str], tuple[str, ...]]:
    """(form, indicator) -> the indicator's tags, from the loaded packs."""
    return {(form_id, i.id): tuple(i.tags) for form_id, form in forms.items() for i in form.indicators()}


def _concerns(input_json: str) -> list[str]:
    answers = json.loads(input_json).get("answers") or {}
    return [k for k, a in answers.items() if isinstance(a, dict) and a.get("answer") in CONCERN]


def picture(vault: Any, start: date, end: date, forms: dict[str, FormDefinition] | None = None) -> dict[str, Any]:
    if end < start:
        raise ReportError("the period ends before it starts")
    conn = vault.connection
    tags_of = _tags(_forms(forms))
    levels, ages, flags = Counter(), {}, Counter()
    months = Counter(dict.fromkeys(p.months_of(start, end), 0))
    indicators_of: dict[int, set[str]] = {}
    kinds_of: dict[int, set[str]] = {}
    for child, assessed_on, level, result_json, input_json, form_id in assessments_in(conn, start, end):
        levels[level] += 1
        months[assessed_on[:7]] += 1
        result = json.loads(result_json)
        ages[child] = result.get("child_age")  # the latest assessment in the period gives the child's age
        for flag in result.get("flags") or ():
            flags[flag.get("id", "")] += 1
        for indicator in _concerns(input_json):
            indicators_of.setdefault(child, set()).add(indicator)
            kinds_of.setdefault(child, set()).update(tags_of.get((form_id, indicator), ()))
    by_level, by_month = p.table(levels, LEVELS), p.table(months)
    by_age = p.table(Counter(p.age_band(a) for a in ages.values()), p.AGE_BANDS)
    escalations = escalations_in(conn, start, end)
    stages = Counter(f"stage {stage}" for stage, _status in escalations)
    by_stage = p.table(stages, sorted(set(p.STAGE_WORDS) | set(stages)))
    intervals = [(date.fromisoformat(referral) - date.fromisoformat(concern)).days
                 for concern, referral in first_concern_and_referral(conn, start, end)]
    return {
        "period": {"from": start.isoformat(), "to": end.isoformat()},
        "suppression": "counts of 1 to 4 are shown as <5, and another cell is hidden wherever a hidden cell "
                       "could be found by subtraction from the total (one hidden alone, or hidden cells that "
                       "could only each be 1); where no cell is left to hide, the total of five or more is "
                       "shown as 5+",
        "not_included": p.NO_SEX_BREAKDOWN,
        "assessments": p.one_total(by_level, by_month),
        "assessments_by_level": by_level["cells"],
        "children": by_age["total"],
        "children_by_age_band": by_age["cells"],
        "children_by_indicator": p.suppress(Counter(i for s in indicators_of.values() for i in s), total_shown=False),
        # a child can be exploited in more than one way: no total, so no subtraction
        "children_by_exploitation_type": p.suppress(Counter(k for s in kinds_of.values() for k in s),
                                                    total_shown=False),
        "flags_raised": p.suppress(flags, total_shown=False),
        "escalations": by_stage["total"],
        "escalations_by_stage": by_stage["cells"],
        "assessments_by_month": by_month["cells"],
        "first_concern_to_referral": p.days_to_referral(intervals),
    }


def as_csv(report: dict[str, Any]) -> str:
    """One row per figure: measure, category, value (a number; <5 for 1 to 4; 5+ for a total hidden)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerow(["period", report["period"]["from"], report["period"]["to"]])
    for measure in ("assessments", "children", "escalations"):
        writer.writerow([measure, "all", report[measure]])
    for measure in BREAKDOWNS:
        for category, value in report[measure].items():
            writer.writerow([measure, category, value])
    interval = report["first_concern_to_referral"]
    writer.writerow(["first_concern_to_referral", "children", interval["children"]])
    writer.writerow(["first_concern_to_referral", "median_days", "" if interval["median_days"] is None
                     else interval["median_days"]])
    return out.getvalue()


class ReportService:
    """The picture for the window and the PDF: figures, the form pack's words, the organisation
    from the referrer profile, and an audit entry for each export (what kind, never a figure)."""

    def __init__(self, vault: Any, actor: str = "unknown", clock: Clock = SYSTEM_CLOCK,
                 forms: dict[str, FormDefinition] | None = None) -> None:
        self.vault, self.clock = vault, clock
        self.forms = _forms(forms)
        self.store = Store(vault.connection, actor, clock)

    def picture(self, start: date, end: date) -> dict[str, Any]:
        return picture(self.vault, start, end, self.forms)

    def view(self, report: dict[str, Any]) -> p.PictureView:
        labels: dict[str, str] = {}
        flags: dict[str, str] = {}
        for form in self.forms.values():  # an indicator shared by two packs keeps its first words
            for i in form.indicators():
                labels.setdefault(i.id, " ".join(i.label.split()))
            for f in form.scoring.flags:
                flags.setdefault(f.id, f.title)
        # a pack that follows a level scheme words its levels its own way; packs that word a level
        # differently (a scheme chosen for one pack only) show every wording, since the count is of both
        schemed = [f for f in self.forms.values() if f.level_scheme] or list(self.forms.values())
        colours = {lv: getattr(schemed[0].levels, lv).colour for lv in LEVELS}
        words = {lv: " / ".join(dict.fromkeys(getattr(f.levels, lv).label for f in self.forms.values()))
                 for lv in LEVELS}
        return p.PictureView(report=report, generated_on=self.clock.today(), organisation=self.organisation(),
                             indicator_labels=labels, flag_labels=flags, level_colours=colours, level_labels=words)

    def organisation(self) -> str | None:
        profile = Casework(self.vault.connection).get_setting(PROFILE_SETTING, {})
        name = profile.get("organisation") if isinstance(profile, dict) else None
        return str(name).strip() or None if name else None

    def pdf(self, report: dict[str, Any]) -> bytes:
        from screening_app.reporting.partnership_pdf import render_partnership

        return render_partnership(self.view(report))

    def save_pdf(self, report: dict[str, Any], path: Path) -> None:
        """The PDF written whole beside ``path`` then renamed over it, and the export audited."""
        from screening_app.reporting.output import write_pdf_atomically

        write_pdf_atomically(path, self.pdf(report))
        self.exported("pdf")

    def save_csv(self, report: dict[str, Any], path: Path) -> None:
        from screening_app.fileio import replace_atomically

        replace_atomically(path, [as_csv(report).encode("utf-8")])
        self.exported("csv")

    def exported(self, kind: str) -> None:
        """After a file is written: who saved the picture, and when (its kind, never its figures)."""
        with translated(), transaction(self.store.conn):
            self.store._audit_row(f"report.exported_{kind}", "report", None)
