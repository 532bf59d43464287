"""The referral view-model: everything the document shows, in words, from one scored assessment."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from datetime import datetime
from pathlib import Path

import pytest

from screening_app.domain.answers import parse_input
from screening_app.domain.loader import load_form_pack
from screening_app.domain.referral import Group, Referral, Table, build_referral, record_fingerprint
from screening_app.domain.schema import Level
from screening_app.domain.scoring import apply_override, score

DATA = Path(__file__).resolve().parents[1] / "data"
KEYS = ("form", "assessed_on", "child", "people", "answers", "details")


def referral(name: str, **kwargs) -> Referral:
    raw = json.loads((DATA / name).read_text(encoding="utf-8"))
    form = load_form_pack()[raw["form"]]
    data = parse_input({k: raw[k] for k in KEYS if k in raw})
    result = score(form, data)
    if "override" in raw:
        o = raw["override"]
        result = apply_override(
            form, result, Level(o["level"]), o["reason"], o.get("consulted_name"), o.get("consulted_role")
        )
    options = {"reference": "R-1", "fingerprint": "abc", "generated_at": datetime(2026, 11, 2, 9, 30)}
    return build_referral(form, data, result, **(options | kwargs))


@pytest.fixture(scope="module")
def full() -> Referral:
    return referral("referral/full-assessment.json")


def values(items) -> dict[str, str]:
    return {i.where: i.value for i in items}


def test_fingerprint_is_the_first_12_hex_of_sha256():
    expected = hashlib.sha256(b'{"a": 1}').hexdigest()[:12]
    assert record_fingerprint(b'{"a": 1}') == expected == record_fingerprint('{"a": 1}')


def test_view_is_frozen(full):
    with pytest.raises(dataclasses.FrozenInstanceError):
        full.reference = "x"  # type: ignore[misc]


def test_child_summary_uses_labels_and_says_the_age(full):
    child = values(full.child)
    assert full.child_name == "Amelia Invented-Testcase"
    assert child["child.date_of_birth"] == "17 May 2012"
    assert child["child.gender"] == "Male"
    assert child["child.legal_status"] == "Looked after (in care)"
    assert child["child.interpreter_needed"] == "Yes"
    assert any(i.label == "Age on the assessment date" and i.value == "14" for i in full.child)


def test_approximate_age_is_said():
    view = referral("scenarios/v13-approx-age.json")
    assert any(i.value.endswith("(approximate)") for i in view.child)
    assert any("approximate: date of birth not known" in i.value for i in view.child)


def test_level_override_and_flags(full):
    assert (full.level.label, full.level.colour) == ("Medium", "#B25E00")
    assert full.override is not None and full.override.computed.label == "High"
    assert full.override.direction == "lowered"
    assert full.override.consulted == "Invented Manager Name, Invented DSL role"
    assert [f.id for f in full.flags] == ["consider_referral_13_15", "age_gap"]
    assert full.review_date == "13 December 2026"


def test_indicators_grouped_by_section_with_evidenced_or_suspected(full):
    lines = {line.label: line for section in full.indicators for line in section.lines}
    missing = next(line for line in lines.values() if line.where == "answers.missing_overnight.note")
    assert (missing.status, missing.when, missing.points) == ("evidenced", "Current (now or in the last 3 months)", 5)
    items = next(line for line in lines.values() if line.where == "answers.unexplained_items.note")
    assert items.status == "suspected"
    assert all(line.tier != "protective" for line in lines.values())
    assert [i.where for i in full.protective] == ["answers.trusted_adult.note", "answers.engaged_education.note",
                                                  "analysis.protective_factors"]  # one heading, not two
    assert len(full.not_known) == 2 and all("_" not in label for label in full.not_known)


def test_every_detail_field_of_the_fixture_is_in_the_view(full):
    raw = json.loads((DATA / "referral/full-assessment.json").read_text(encoding="utf-8"))
    shown = {i.where for part in full.details if isinstance(part, Group) for i in part.items}
    shown |= {c.where for part in full.details if isinstance(part, Table) for row in part.rows for c in row}
    shown |= {i.where for i in (*full.child, *full.referrer, *full.child_voice, *full.summary.decisions,
                                *full.protective, *full.summary.essentials)}
    shown |= {c.where for row in full.summary.people.rows for c in row}  # page 1
    shown |= {f"decision_record.{f}" for f in ("discussed_with", "discussed_agency", "reason", "decided_on")
              if full.summary.decisions}  # beside the flag, in one line
    for group, value in raw["details"].items():
        if group == "reflective":
            continue
        rows = value if isinstance(value, list) else [value]
        for index, row in enumerate(rows):
            prefix = f"{group}[{index}]" if isinstance(value, list) else group
            for field in row:
                assert f"{prefix}.{field}" in shown, f"{prefix}.{field}"


def test_details_come_in_reading_order_with_tables_for_repeatable_groups(full):
    order = [part.id for part in full.details]
    assert order[:4] == ["analysis", "exploitation_type", "places", "missing_episodes"]
    assert order.index("consent") < order.index("agencies") < order.index("plan")
    assert "decision_record" not in order  # shown beside its flag on page 1
    people = full.summary.people  # on page 1, for the MASH
    assert isinstance(people, Table) and len(people.rows) == 3 and people.columns[0] == "Name or alias"


def test_reflective_answers_are_read_from_details(full):
    assert len(full.reflective) == 6
    assert full.reflective[0].value == "Invented reflective answer area background"
    given = referral("referral/full-assessment.json", reflective_answers={"spoken_alone": "Yes, twice."})
    assert values(given.reflective)["reflective.spoken_alone"] == "Yes, twice."
    assert values(given.reflective)["reflective.area_background"] == "Not answered."


def test_nothing_recorded_gives_the_no_indicators_sentence_and_not_spoken_to():
    view = referral("scenarios/v07-nothing-recorded.json")
    assert view.level.key == "low"
    assert view.no_indicators_text.startswith("No indicators recorded. This does not mean the child is safe")
    assert view.child_voice[0].label == "Not spoken to"
    assert view.override is None and view.indicators == ()


def test_why_names_the_kinds_of_exploitation_for_the_combined_pack_only():
    """Issue 17: page 1's reasons name the kinds indicated when the pack screens more than one kind; a CSE
    pack names one kind only, so its referral says nothing new."""
    combined = referral("scenarios/ce04-sexual-and-criminal.json")
    assert combined.summary.why[0] == (
        "Kinds of exploitation indicated: sexual exploitation, criminal exploitation, trafficking and modern slavery."
    )
    assert "National Referral Mechanism referral" in [f.title for f in combined.flags]
    assert not any("Kinds of exploitation" in r for r in referral("scenarios/v03-classic-pattern.json").summary.why)
    nothing = referral("scenarios/ce10-vulnerabilities-only.json")
    assert not any("Kinds of exploitation" in r for r in nothing.summary.why)
