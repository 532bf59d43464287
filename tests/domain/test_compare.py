"""What changed between two assessments: new, resolved, changed answers and recency, level movement."""

from __future__ import annotations

from screening_app.domain.answers import parse_input
from screening_app.domain.compare import Change, classify, compare
from screening_app.domain.schema import Level
from screening_app.domain.scoring import score
from tests.conftest import case, concern


def scored(form, data):
    parsed = parse_input(data)
    return parsed, score(form, parsed)


def test_screening_then_review(screening):
    before, before_result = scored(
        screening,
        case(
            {"out_late": concern(), "school_absence": concern(), "missing_overnight": {"answer": "no"}},
            dob="2012-06-15",
            on="2026-09-01",
        ),
    )
    after, after_result = scored(
        screening,
        case(
            {"out_late": concern("past"), "missing_overnight": concern(answer="possible"), "school_absence": concern()},
            dob="2012-06-15",
            on="2026-11-01",
        ),
    )
    result = compare(screening, before, before_result, screening, after, after_result)
    kinds = {c.indicator_id: c.change for c in result.changes}
    assert kinds == {
        "out_late": Change.recency_changed,
        "missing_overnight": Change.new,
        "school_absence": Change.unchanged,
    }
    assert (result.before_level, result.after_level, result.level_movement) == (Level.low, Level.medium, "up")
    assert [c.indicator_id for c in result.of_kind(Change.new)] == ["missing_overnight"]


def test_resolved_and_answer_changed(screening):
    before, before_result = scored(
        screening, case({"exchange_sex": concern(), "phone_secrecy": concern(answer="possible")}, dob="2009-01-01")
    )
    after, after_result = scored(
        screening, case({"exchange_sex": {"answer": "no"}, "phone_secrecy": concern()}, dob="2009-01-01")
    )
    result = compare(screening, before, before_result, screening, after, after_result)
    assert {c.indicator_id: c.change for c in result.changes} == {
        "exchange_sex": Change.resolved,
        "phone_secrecy": Change.answer_changed,
    }
    assert result.level_movement == "down"


def test_screening_to_full_assessment(screening, full_assessment):
    before, before_result = scored(screening, case({"out_late": concern()}, dob="2012-01-01"))
    after, after_result = scored(
        full_assessment,
        case({"out_late": concern(), "county_lines": concern()}, dob="2012-01-01", form="cse-risk-assessment"),
    )
    result = compare(screening, before, before_result, full_assessment, after, after_result)
    assert [c.indicator_id for c in result.changes] == ["out_late"]
    assert result.only_in_after_form == ("county_lines",)


def test_classify_never_a_concern():
    assert classify(None, None) is None
