"""The referral under a level scheme (issue 17, part 2): page 1 leads with the scheme's category in
its colour and meaning, the longest ("Indicators of exploitation") whole on its line, and the
reasons name the floors in the same words."""

from __future__ import annotations

import io

from pypdf import PdfReader

from screening_app.reporting import render_referral
from tests.domain.test_level_schemes import scheme_forms
from tests.reporting.conftest import flat, load_case, page_texts, view_for


def test_page_one_names_the_schemes_category(tmp_path):
    folder = scheme_forms(tmp_path / "forms")
    raw = load_case("screening.json")
    raw["override"] = {"level": "medium", "reason": "Invented: what the school nurse told me this morning.",
                       "consulted_name": "R Patel", "consulted_role": "DSL"}
    view = view_for(raw, forms=folder)
    assert view.level.label == "Indicators of exploitation" and view.level.colour == "#B25E00"
    pdf = render_referral(view)
    first = flat(page_texts(pdf)[0])
    assert "INDICATORS OF EXPLOITATION" in first
    assert "There are indicators that the child is being exploited" in first
    assert "HIGH" not in first and "MEDIUM" not in first
    assert len(PdfReader(io.BytesIO(pdf)).pages) == len(page_texts(render_referral(view_for(load_case(
        "screening.json")))))  # the words change, not the layout's length


def test_harming_others_leads_the_reasons_on_page_one(tmp_path):
    folder = scheme_forms(tmp_path / "forms")
    raw = {**load_case("screening.json"), "also_recorded": {"harming_others": "Invented: she took a younger girl."}}
    first = flat(page_texts(render_referral(view_for(raw, forms=folder)))[0])
    assert "Also recorded by professional judgement: Harming others." in first
    assert "Reason: Invented: she took a younger girl." in first
    assert "separate referral for each child or young person harmed" in flat(" ".join(
        page_texts(render_referral(view_for(raw, forms=folder)))))
