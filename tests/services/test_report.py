"""The partnership's picture from a real vault (issue 16): the kinds of exploitation come from the
packs' tags (a pack that tags an indicator ``criminal`` counts it, no code changed); the PDF a
governor reads has the period, the organisation, the rule, every figure and "<5", and no child's
name, reference or date of birth; a hidden count is drawn as a hollow bar labelled "<5", never 0;
the export is audited without a figure or a name."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from screening_app.clock import FixedClock
from screening_app.domain.contacts import PROFILE_SETTING
from screening_app.domain.loader import load_form_pack
from screening_app.domain.partnership import CHARTS, HIDDEN
from screening_app.domain.referral import format_date
from screening_app.paths import forms_dir
from screening_app.reporting import styles as st
from screening_app.reporting.partnership_pdf import bar_chart
from screening_app.services.records import RecordsService
from screening_app.services.report import ReportService, as_csv
from screening_app.storage.casework import Casework
from tests.reporting.conftest import flat, page_texts
from tests.services.partnership_case import END, START, TODAY, seed


@pytest.fixture
def seeded(vault, pack):
    clock = FixedClock(TODAY)
    secrets = seed(RecordsService(vault, "R Patel", pack, clock=clock))
    return vault, clock, secrets


def _pack_with_criminal_tag(tmp_path: Path):
    """The shipped packs, with ``out_late`` tagged criminal as a combined pack would tag it."""
    folder = tmp_path / "forms"
    shutil.copytree(forms_dir(), folder)
    screening = folder / "cse-screening.yaml"
    text = screening.read_text(encoding="utf-8")
    marker = "      - id: out_late\n        tier: risk\n"
    assert marker in text
    screening.write_text(text.replace(marker, marker + "        tags: [criminal]\n"), encoding="utf-8")
    return load_form_pack(folder)


def test_kinds_of_exploitation_come_from_the_tags_of_the_pack(seeded, tmp_path):
    vault, clock, _secrets = seeded
    shipped = ReportService(vault, "R Patel", clock).picture(START, END)
    assert shipped["children_by_exploitation_type"] == {"sexual": 8}
    tagged = ReportService(vault, "R Patel", clock, forms=_pack_with_criminal_tag(tmp_path)).picture(START, END)
    assert tagged["children_by_exploitation_type"] == {"sexual": 8, "criminal": 6}
    rows = as_csv(tagged).splitlines()
    assert "children_by_exploitation_type,criminal,6" in rows
    assert "not recorded" in tagged["not_included"]  # no breakdown by sex is made up


def test_the_pdf_has_every_figure_and_no_child(seeded, tmp_path):
    vault, clock, secrets = seeded
    Casework(vault.connection).set_setting(PROFILE_SETTING, {"name": "R Patel", "organisation": "Northgate Academy"})
    service = ReportService(vault, "R Patel", clock)
    report = service.picture(START, END)
    assert report["assessments_by_level"] == {"high": 8, "medium": HIDDEN, "low": HIDDEN}
    target = tmp_path / "picture.pdf"
    service.save_pdf(report, target)
    data = target.read_bytes()
    assert data == service.pdf(report)  # invariant: the same figures give the same bytes
    pages = [flat(p) for p in page_texts(data)]
    text = " ".join(pages)
    assert all("OFFICIAL-SENSITIVE" in page and f"of {len(pages)}" in page for page in pages)
    for words in ("The partnership's picture", "Northgate Academy", "1 September 2026 to 31 December 2026",
                  "Counts of 1 to 4 are not shown", "hollow dashed bar", "sex is not recorded",
                  "Assessments completed 16", "median 57 days, over 9 children", "High 8 Medium <5 Low <5 Total 16",
                  "The child has told someone they are being sexually abused or exploited 8",
                  "Stage 1: practitioner to practitioner 6", "Stage 2: managers <5", "Sexual 8",
                  "Consider a discussion and a referral", "Nov 2026 6"):
        assert words in text, words
    for child in secrets:
        for secret in (child["name"], child["reference"], child["born"], format_date(child["born"]),
                       "Quillfeather"):
            assert secret not in text, secret
    audit = vault.connection.execute("SELECT actor, action, record_kind, record_id FROM audit_log"
                                     " ORDER BY id DESC LIMIT 1").fetchone()
    assert tuple(audit) == ("R Patel", "report.exported_pdf", "report", None)


def test_a_hidden_count_is_a_hollow_bar_marked_lt5_never_zero():
    drawing = bar_chart([("High", 8), ("Medium", HIDDEN), ("Low", 0)], [st.INK] * 3)
    chart = drawing.contents[0]
    assert chart.data == [[8, 4, 0]]  # drawn as long as 4, the most it could be
    assert chart.barLabelArray == [["8", "<5", "0"]]
    hidden = chart.bars[(0, 1)]
    assert hidden.fillColor == st.colors.white and hidden.strokeDashArray
    assert {c.measure for c in CHARTS} >= {"assessments_by_level", "children_by_exploitation_type",
                                           "assessments_by_month", "escalations_by_stage"}
