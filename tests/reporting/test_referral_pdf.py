"""The referral PDF: real PDFs, text extracted and asserted."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from screening_app.reporting import render_referral
from tests.conftest import DATA

from .conftest import load_case, page_texts, view_for

SCENARIOS = DATA / "scenarios"

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")


def squash(text: str) -> str:
    """Whitespace removed: wrapped lines and table cells compare with the original value."""
    return re.sub(r"\s+", "", text)


def user_strings(raw: dict) -> list[str]:
    """Every free-text string the practitioner wrote in a case (choice and date values excluded)."""
    out = [a["note"] for a in raw["answers"].values() if a.get("note")]
    for key in ("reason", "consulted_name", "consulted_role", "by"):
        if raw.get("override", {}).get(key):
            out.append(raw["override"][key])
    for value in raw["details"].values():
        for row in value if isinstance(value, list) else [value]:
            out.extend(v for v in row.values() if isinstance(v, str) and v.startswith("Invented "))
    return out


def test_every_page_has_marking_reference_and_page_n_of_m(full_pdf):
    pages = page_texts(full_pdf)
    assert len(pages) >= 4
    for number, text in enumerate(pages, start=1):
        assert text.count("OFFICIAL-SENSITIVE") == 2
        assert f"Page {number} of {len(pages)}" in text
        assert "Reference CSE-2026-0042" in text
        assert "CSE risk assessment, version 1.0.0" in text
        assert re.search(r"Record [0-9a-f]{12} · generated 2 November 2026 09:30", text)


def test_every_user_string_of_a_full_assessment_appears_exactly_once(full_pdf, full_raw):
    text = squash("".join(page_texts(full_pdf)))
    strings = user_strings(full_raw)
    assert len(strings) > 60
    for value in strings:
        assert text.count(squash(value)) == 1, value
    assert text.count("AmeliaInvented-Testcase") == 1  # the summary line under the title
    assert text.count("Invented-Testcase") == 2  # and the child's details


def test_page_one_is_for_the_mash_duty_worker(full_pdf):
    """The level and why, what happened, who, the flags with their decisions, the child and the referrer's
    direct line (SPEC 8). The referrer's own checklist is not on page 1: it closes the document."""
    pages = page_texts(full_pdf)
    first = " ".join(pages[0].split())
    assert "FINAL LEVEL MEDIUM" in first
    assert "Computed level: High. Professional judgement lowered the level to Medium." in first
    assert "Invented override reason: the older person is now in custody." in first
    assert "Invented Manager Name, Invented DSL role" in first
    assert "What happened (latest first)" in first
    assert "STATUTORY FLAGS Consider a discussion and a referral." in first
    assert "Age gap with a person of concern." in first
    assert "Amelia Invented-Testcase" in first
    assert "Local threshold: Level 3 (targeted: child in need or early help)" in first
    # SPEC 8: where the child is now, whether the child knows, an anonymous source: in the summary the
    # duty worker reads first (this long case's notes push it over to page 2), before the other details
    summary = " ".join(" ".join(pages[:2]).split()).split("The child: other details")[0]
    assert "Where the child is now Invented child-where now value" in summary
    assert "Has the child been told about this referral? No" in summary
    assert "Does anyone who gave information want to stay anonymous? Yes" in summary
    assert "Invented child-religion value" not in summary  # in the other details, once
    assert "Refer to Children's Social Care (the MASH)." not in first and "Review by" not in first
    last = " ".join(pages[-1].split())
    assert "For the referrer's copy: what must happen now" in last and "Review by 13 December 2026." in last


def test_page_one_leads_with_the_chronology_latest_first():
    raw = json.loads((SCENARIOS / "v14-chronology-events.json").read_text(encoding="utf-8"))
    view = view_for({**raw, "details": {"child": {"first_name": "Amira", "last_name": "Invented"}}})
    first = " ".join(page_texts(render_referral(view))[0].split())
    heads = ("29 Oct 2026 · Seen by me", "about 17 Oct 2026 · Told by Police (invented PC) · ref. INV/2026/0042",
             "Oct 2026 · Told by a friend of the child")
    order = [first.index(text) for text in heads]
    assert order == sorted(order)
    assert "Missing overnight; found by police at a flat in town with a man of about 24." in first
    whole = squash(" ".join(page_texts(render_referral(view))))
    assert whole.count(squash("A man of about 24 in a grey car picked her up from the school gate at 3pm.")) == 1
    assert squash("Evidence (see What happened): about 17 Oct 2026, told by Police (invented PC); 29 Oct 2026, "
                  "seen by me") in whole


def test_choice_values_are_shown_as_their_labels(full_pdf):
    text = squash(" ".join(page_texts(full_pdf)))
    for label in ("Looked after (in care)", "Referred to Children's Social Care", "Hotel or guest house"):
        assert squash(label) in text
    assert "looked_after" not in text and "referred_csc" not in text


def test_indicators_say_evidenced_or_suspected_with_when(full_pdf):
    text = " ".join(" ".join(page_texts(full_pdf)).split())
    assert "EVIDENCED · Current (now or in the last 3 months) · significant · 5 points" in text
    assert "SUSPECTED · Recent (3 to 12 months ago) · significant · 2 points" in text
    assert "Not known: gaps to follow up" in text
    assert "The child is linked to county lines" in text


def test_a_typical_screening_says_where_the_child_is_now_on_page_one(screening_pdf):
    pages = page_texts(screening_pdf)
    first = " ".join(pages[0].split())
    assert "Where the child is now In school until 3.30pm, then home to her mum" in first
    assert "Local threshold: Level 4 (specialist: statutory social care)" in first
    assert first.index("Where the child is now") < first.index("What happened (latest first)")
    summary = " ".join(" ".join(pages[:2]).split()).split("The child: other details")[0]
    assert "Referrer: phone 01632 960000" in summary and "Has the child been told about this referral? Yes" in summary
    assert "dsl@example.org" not in summary  # the referrer's email and address come with the other details


def test_screening_has_signature_lines_and_the_childs_words(screening_pdf):
    text = " ".join(" ".join(page_texts(screening_pdf)).split())
    assert "He's just a friend, he looks after me." in text
    assert "Referrer Signature ____" in text and "DSL or manager Signature ____" in text
    assert "Page 1 of" in text


def test_nothing_recorded_says_it_does_not_mean_safe():
    raw = load_case("../scenarios/v07-nothing-recorded.json")
    text = " ".join(" ".join(page_texts(render_referral(view_for(raw)))).split())
    assert "No indicators recorded. This does not mean the child is safe" in text
    assert "Not spoken to" in text


def test_draft_is_marked_on_every_page(screening_pdf):
    raw = load_case("screening.json")
    pages = page_texts(render_referral(view_for(raw, status="draft")))
    assert all("DRAFT: NOT COMPLETED" in page for page in pages)


def test_output_is_byte_stable():
    raw = load_case("screening.json")
    assert render_referral(view_for(raw)) == render_referral(view_for(raw))


def test_pdftoppm_renders_every_page(full_pdf, tmp_path):
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm not installed")
    (tmp_path / "r.pdf").write_bytes(full_pdf)
    run = subprocess.run(["pdftoppm", "-r", "20", "-png", tmp_path / "r.pdf", tmp_path / "p"], capture_output=True)
    assert run.returncode == 0 and not run.stderr
    assert len(list(tmp_path.glob("p-*.png"))) == len(page_texts(full_pdf))


def test_page_one_of_a_combined_pack_referral_names_the_kinds_and_the_nrm_flag():
    """Issue 17: a child exploited sexually and criminally (scenario ce04): page 1 says which kinds of
    exploitation are indicated, under the level, and prints the NRM flag with the statutory flags."""
    raw = json.loads((SCENARIOS / "ce04-sexual-and-criminal.json").read_text(encoding="utf-8"))
    pages = page_texts(render_referral(view_for(raw)))
    first = " ".join(pages[0].split())
    assert "Child exploitation screening, version 1.0.0" in first
    assert ("Kinds of exploitation indicated: sexual exploitation, criminal exploitation, trafficking and "
            "modern slavery.") in first
    assert "National Referral Mechanism referral." in first and "A child does not need to consent." in first
    assert first.index("Kinds of exploitation indicated") < first.index("What happened (latest first)")
