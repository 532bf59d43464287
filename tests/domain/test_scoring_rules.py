"""Scoring rules of SPEC section 4: bands at their thresholds, the 13th
birthday, floors, flags, override rules, review dates and properties."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from screening_app.domain.answers import parse_input
from screening_app.domain.errors import AnswerError, OverrideError
from screening_app.domain.schema import Level, ReviewInterval
from screening_app.domain.scoring import add_interval, apply_override, score
from tests.conftest import case, concern

RISK = [
    "out_late",
    "school_absence",
    "unknown_callers",
    "peers_exploited",
    "phone_secrecy",
    "meets_online_contacts",
    "self_harm",
    "substance_misuse",
    "behaviour_change",
    "distrust_of_adults",
    "offending",
    "supplied_substances",
]


def result_of(form, data):
    return score(form, parse_input(data))


@pytest.mark.parametrize(
    ("risk_count", "level"),
    [(2, Level.low), (3, Level.medium), (7, Level.medium), (8, Level.high)],
)
def test_band_thresholds(screening, risk_count, level):
    # a child of 16 so no age floor; risk indicators score 2 each (current)
    answers = {i: concern() for i in RISK[:risk_count]}
    result = result_of(screening, case(answers, dob="2010-01-01"))
    assert result.score == 2 * risk_count
    assert result.computed_level == level


def test_exact_thresholds_6_and_15(screening):
    # 5 (significant current) + 1 (risk recent) = 6 -> medium by band; 5+5+5 = 15 -> high by band
    six = result_of(screening, case({"missing_overnight": concern(), "out_late": concern("recent")}, dob="2010-01-01"))
    assert (six.score, six.band_level) == (6, Level.medium)
    five = result_of(
        screening,
        case({"out_late": concern(), "school_absence": concern(), "bereavement": concern(None)}, dob="2010-01-01"),
    )
    assert (five.score, five.band_level) == (5, Level.low)


@pytest.mark.parametrize(
    ("on", "under_13"),
    [("2026-03-09", True), ("2026-03-10", False), ("2026-03-11", False)],
)
def test_thirteenth_birthday(screening, on, under_13):
    data = case({"sexual_activity": concern()}, dob="2013-03-10", on=on)
    result = result_of(screening, data)
    floors = {f.id for f in result.floors}
    flags = {f.id for f in result.flags}
    assert ("under_13_sexual" in floors) is under_13
    assert ("statutory_referral" in flags) is under_13
    assert ("consider_referral_13_15" in flags) is (not under_13)
    assert result.computed_level == (Level.high if under_13 else Level.low)


def test_leap_day_birthday(screening):
    data = case({"sexual_activity": concern()}, dob="2012-02-29", on="2025-02-28")
    assert result_of(screening, data).child_age == 12
    data = case({"sexual_activity": concern()}, dob="2012-02-29", on="2025-03-01")
    assert result_of(screening, data).child_age == 13


def test_past_is_shown_not_scored(screening):
    result = result_of(screening, case({"missing_overnight": concern("past")}, dob="2010-01-01"))
    assert result.score == 0 and result.computed_level == Level.low
    assert [c.indicator_id for c in result.contributions] == ["missing_overnight"]
    assert result.contributions[0].scored is False


def test_possible_scores_as_yes_but_is_suspected(screening):
    yes = result_of(screening, case({"missing_overnight": concern()}, dob="2010-01-01"))
    possible = result_of(screening, case({"missing_overnight": concern(answer="possible")}, dob="2010-01-01"))
    assert yes.score == possible.score == 5
    assert yes.contributions[0].evidenced and not possible.contributions[0].evidenced


def test_protective_never_scored_always_listed(screening):
    result = result_of(screening, case({"trusted_adult": concern(None)}, dob="2010-01-01"))
    assert result.score == 0 and result.protective == ("trusted_adult",)
    assert result.no_indicators


def test_nothing_recorded_says_not_safe(screening):
    result = result_of(screening, case({}, dob="2010-01-01"))
    assert result.computed_level == Level.low and result.no_indicators
    assert "does not mean the child is safe" in result.level_text
    assert "Low: " in result.explanation[0]


def test_harm_recent_floor(screening):
    result = result_of(screening, case({"exchange_sex": concern("recent")}, dob="2009-01-01"))
    assert result.score == 5 and result.computed_level == Level.medium
    assert [f.id for f in result.floors] == ["harm_recent"]


def test_age_gap_bands(screening):
    def flags(dob, person_age):
        return {f.id for f in result_of(screening, case({}, dob=dob, people=[{"approx_age": person_age}])).flags}

    assert "age_gap" in flags("2012-01-01", 18)  # 14, gap 4
    assert "age_gap" not in flags("2012-01-01", 17)  # 14, gap 3
    assert "age_gap" in flags("2009-01-01", 23)  # 17, gap 6
    assert "age_gap" not in flags("2009-01-01", 22)  # 17, gap 5
    assert "age_gap" not in flags("2015-01-01", 30)  # 11: outside the bands


def test_review_date_follows_final_level(screening):
    result = result_of(screening, case({"exchange_sex": concern()}, dob="2009-01-01", on="2026-11-30"))
    assert result.review_date == date(2026, 12, 14)
    low = result_of(screening, case({}, dob="2009-01-01", on="2026-11-30"))
    assert low.review_date == date(2027, 2, 28)


def test_add_interval_month_ends():
    assert add_interval(date(2026, 1, 31), ReviewInterval(months=1)) == date(2026, 2, 28)
    assert add_interval(date(2026, 11, 1), ReviewInterval(weeks=6)) == date(2026, 12, 13)


# ------------------------------------------------------------------ override


def test_raise_needs_reason(screening):
    base = result_of(screening, case({}, dob="2010-01-01"))
    with pytest.raises(OverrideError, match="reason"):
        apply_override(screening, base, Level.high, "  ")
    raised = apply_override(screening, base, Level.high, "Intelligence from police")
    assert raised.final_level == Level.high and raised.computed_level == Level.low
    assert "raised" in raised.level_text and "Intelligence from police" in raised.level_text


def test_lower_needs_reason_and_consulted_person(screening):
    base = result_of(screening, case({"exchange_sex": concern()}, dob="2009-01-01"))
    with pytest.raises(OverrideError) as info:
        apply_override(screening, base, Level.medium, "Known context")
    assert info.value.field == "consulted_name"
    with pytest.raises(OverrideError) as info:
        apply_override(screening, base, Level.medium, "Known context", "A. Manager")
    assert info.value.field == "consulted_role"
    lowered = apply_override(screening, base, Level.medium, "Known context", "A. Manager", "DSL")
    assert lowered.final_level == Level.medium and lowered.override.consulted_role == "DSL"
    assert lowered.review_date > base.review_date


def test_locked_floor_cannot_be_lowered_past(screening):
    base = result_of(screening, case({"sexual_activity": concern()}, dob="2015-01-01"))
    assert base.locked_minimum == Level.high
    with pytest.raises(OverrideError, match="under_13_sexual"):
        apply_override(screening, base, Level.medium, "reason", "A. Manager", "DSL")


def test_override_back_to_computed_removes_it(screening):
    base = result_of(screening, case({}, dob="2010-01-01"))
    raised = apply_override(screening, base, Level.high, "why")
    back = apply_override(screening, raised, Level.low, "")
    assert back.override is None and back.final_level == Level.low


def test_unknown_indicator_and_missing_when(screening):
    with pytest.raises(AnswerError) as info:
        result_of(screening, case({"nope": concern()}))
    assert info.value.field == "answers.nope"
    with pytest.raises(AnswerError) as info:
        result_of(screening, case({"out_late": concern(when=None)}))
    assert info.value.field == "answers.out_late.when"


# --------------------------------------------------------------- properties

SCORED = [
    "disclosed_exploitation",
    "exchange_sex",
    "missing_overnight",
    "unfamiliar_places",
    "out_late",
    "school_absence",
    "older_or_controlling_person",
    "sexual_activity",
    "self_harm",
    "looked_after",
    "learning_disability",
    "isolated",
    "trusted_adult",
    "withdrawn_disclosure",
    "sexual_health",
]
answers_strategy = st.dictionaries(
    st.sampled_from(SCORED),
    st.tuples(st.sampled_from(["yes", "possible", "no", "not_known"]), st.sampled_from(["current", "recent", "past"])),
    max_size=8,
)
ages = st.integers(min_value=8, max_value=18)
prop_settings = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def as_case(raw: dict, age: int) -> dict:
    answers = {
        k: ({"answer": a, "when": w, "note": "n"} if a in ("yes", "possible") else {"answer": a})
        for k, (a, w) in raw.items()
    }
    return case(answers, dob=None, approx_age=age)


@prop_settings
@given(answers_strategy, ages, st.sampled_from(SCORED), st.sampled_from(["current", "recent", "past"]))
def test_one_more_yes_never_lowers(screening, raw, age, extra, when):
    before = result_of(screening, as_case(raw, age))
    after = (
        result_of(screening, as_case({**raw, extra: ("yes", when)}, age))
        if extra not in raw or raw[extra][0] not in ("yes", "possible")
        else before
    )
    assert after.computed_level.rank >= before.computed_level.rank


@prop_settings
@given(answers_strategy, ages)
def test_score_is_sum_of_contributions(screening, raw, age):
    result = result_of(screening, as_case(raw, age))
    assert result.score == sum(c.points for c in result.contributions)
    assert result.computed_level.rank >= result.band_level.rank
    assert all(result.computed_level.rank >= f.level.rank for f in result.floors)


@prop_settings
@given(answers_strategy, ages)
def test_recent_to_current_never_lowers(screening, raw, age):
    before = result_of(screening, as_case(raw, age))
    moved = {k: (a, "current" if w == "recent" else w) for k, (a, w) in raw.items()}
    after = result_of(screening, as_case(moved, age))
    assert after.computed_level.rank >= before.computed_level.rank


def test_an_approximate_age_is_said_in_the_reasons(screening):
    result = result_of(screening, case({"sexual_activity": concern()}, dob=None, approx_age=12))
    assert result.age_is_approximate
    assert "The child's age (12) is approximate" in result.level_text
    exact = result_of(screening, case({"sexual_activity": concern()}, dob="2014-03-10"))
    assert "approximate" not in exact.level_text
