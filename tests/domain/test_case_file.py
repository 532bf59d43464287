"""The case model and loader, directly: dates against an injected today, what the app itself writes."""

from __future__ import annotations

import json
from datetime import date

import pytest

from screening_app.domain.answers import (
    EARLIEST_ASSESSMENT,
    FUTURE_MARGIN,
    AssessmentInput,
    PersonOfConcern,
    parse_input,
    parse_stored_input,
    validate_input,
)
from screening_app.domain.case_file import MAX_DEPTH, load_case, parse_case
from screening_app.domain.errors import AnswerError
from screening_app.domain.navigation import WizardSession, new_state
from screening_app.domain.scoring import score
from tests.conftest import SCENARIOS, case, concern

TODAY = date(2026, 11, 2)


def _on(day: date) -> AssessmentInput:
    return parse_input(case({}, on=day.isoformat(), dob="2012-01-01"))


@pytest.mark.parametrize(
    ("day", "ok"),
    [
        (EARLIEST_ASSESSMENT, True),
        (date(1999, 12, 31), False),
        (TODAY + FUTURE_MARGIN, True),
        (TODAY + FUTURE_MARGIN + FUTURE_MARGIN, False),
    ],
)
def test_assessment_date_bounds_against_the_given_today(screening, day, ok):
    data = parse_input(case({}, on=day.isoformat(), dob=None, approx_age=14))
    if ok:
        validate_input(screening, data, TODAY)
    else:
        with pytest.raises(AnswerError) as info:
            validate_input(screening, data, TODAY)
        assert info.value.field == "assessed_on"


def test_a_review_date_past_the_calendar_is_refused_on_the_assessment_date(screening):
    data = parse_input(case({}, on="9999-12-31", dob=None, approx_age=14))
    with pytest.raises(AnswerError) as info:
        score(screening, data)  # no today given: the calendar itself refuses
    assert info.value.field == "assessed_on" and "review date" in info.value.message


def test_the_future_margin_is_a_day():
    assert FUTURE_MARGIN.days == 1


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_every_scenario_loads_and_its_input_reads_back_the_same(path):
    loaded = load_case(path.read_bytes()).to_input()
    assert parse_input(json.loads(json.dumps(loaded.model_dump(mode="json")))) == loaded


def test_people_rows_hold_every_field_of_the_shipped_forms_people_groups(pack):
    """The wizard copies people rows into the input: each field the forms define must be known."""
    for form in pack.values():
        group = form.field_group("people")
        assert group is not None
        assert {f.id for f in group.fields} <= set(PersonOfConcern.model_fields)


def test_a_wizard_state_with_a_field_the_form_no_longer_has_still_completes(screening):
    """A value kept from an older form version cannot be seen or corrected in the wizard, so it is left out."""
    state = new_state(screening, date(2026, 11, 1))
    state["details"]["child"] = {"date_of_birth": "2012-01-01", "retired_field": "x"}
    state["details"]["people"] = [{"name": "An adult", "approx_age": "24", "old_column": "y"}]
    state["answers"]["out_late"] = concern()
    data = WizardSession(screening, state).to_input()
    assert "retired_field" not in data.details["child"] and "old_column" not in data.details["people"][0]
    validate_input(screening, data, TODAY)
    assert parse_input(data.model_dump(mode="json")) == data


def test_deep_nesting_is_refused_at_the_limit():
    nested: object = "x"
    for _ in range(MAX_DEPTH - 2):
        nested = [nested]
    base = json.loads(SCENARIOS[0].read_text(encoding="utf-8"))
    parse_case({**base, "expect": nested})  # within the limit (the ignored expect may hold anything)
    with pytest.raises(AnswerError, match="nested too deeply"):
        parse_case({**base, "expect": [[nested]]})


def test_a_key_with_a_newline_is_named_but_refused():
    base = json.loads(SCENARIOS[0].read_text(encoding="utf-8"))
    with pytest.raises(AnswerError) as info:
        parse_case({**base, "a\nb": 1})
    assert info.value.field == "a\nb"  # the CLI prints it escaped, on one line


def test_stored_drafts_and_older_people_columns_still_read(screening):
    """A draft is stored as the wizard state; an earlier version kept a local pack's people columns."""
    state = new_state(screening, date(2026, 11, 1))
    state["answers"]["out_late"] = concern()
    stored = json.loads(json.dumps(state))
    assert parse_stored_input(stored).answers["out_late"].note == concern()["note"]
    completed = {**case({}), "people": [{"approx_age": 30, "car": "a local pack's column"}]}
    assert parse_stored_input(completed).people[0].approx_age == 30
    with pytest.raises(AnswerError, match=r"people\.0\.car"):
        parse_input(completed)  # what comes from outside stays strict


def test_a_wizard_state_with_a_retired_reflective_prompt_still_completes(screening):
    state = new_state(screening, date(2026, 11, 1))
    state["details"]["child"] = {"approx_age": 14}
    state["details"]["reflective"] = {"area_background": "Yes.", "retired_prompt": "kept from an older pack"}
    state["details"]["review"] = {"previous_reference": "CSE-2026-000001", "what_changed": "More.", "old": "x"}
    data = WizardSession(screening, state).to_input()
    assert data.details["reflective"] == {"area_background": "Yes."}
    validate_input(screening, data, TODAY)


def _with(**extra) -> dict:
    return {**case({}, on="2026-11-01", dob="2012-01-01"), **extra}


def test_people_and_places_of_concern_as_structured_records(pack):
    """SPEC 12: a person's phones, vehicles and handles and a place's postcode are their own keys."""
    person = {"name": "Dan", "aliases": ["D-Man"], "approx_age": 24, "sex": "male",
              "phones": ["07700 900123"], "vehicles": [{"registration": "AB12 CDE", "make": "Ford", "colour": "grey"}],
              "handles": ["@dman_07"], "address": "12 Mill Road", "postcode": "ZZ1 4QQ",
              "relationship": "adult of concern", "how_known": "seen at the school gate"}
    place = {"name": "The flat", "address": "Flat 3, 12 Mill Rd", "postcode": "zz1 4qq", "type": "house_or_flat"}
    parsed = parse_case(_with(people=[person], places=[place]))
    assert parsed.people[0].vehicles[0].registration == "AB12 CDE" and parsed.people[0].aliases == ("D-Man",)
    assert parsed.places[0].type == "house_or_flat"
    with_contexts = score(pack["cse-screening"], parsed.to_input())
    without = score(pack["cse-screening"], parse_case(_with()).to_input())
    assert (with_contexts.score, with_contexts.final_level) == (without.score, without.final_level)


@pytest.mark.parametrize(
    ("extra", "where"),
    [
        ({"people": [{"name": "Dan", "vehicles": [{"registration": "AB12 CDE", "colur": "grey"}]}]},
         "people.0.vehicles.0"),
        ({"people": [{"name": "Dan", "phones": "07700 900123"}]}, "people.0.phones"),
        ({"places": [{"name": "A park", "type": "field"}]}, "places.0.type"),
        ({"places": [{"name": "A park", "postcode": 14}]}, "places.0.postcode"),
        ({"places": {"name": "A park"}}, "places"),
    ],
)
def test_bad_people_and_places_are_refused_naming_the_place(extra, where):
    with pytest.raises(AnswerError) as caught:
        parse_case(_with(**extra))
    assert caught.value.field.startswith(where), caught.value
