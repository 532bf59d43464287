"""The wizard engine, with plain dicts and no Qt: pages, gaps, progress, navigation,
preview, resume, and continuing a screening as a full assessment."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from screening_app.domain.errors import AnswerError, OverrideError
from screening_app.domain.loader import load_form_pack
from screening_app.domain.navigation import (
    REFLECTIVE,
    Gap,
    WizardSession,
    age_in_words,
    continue_as_assessment,
    new_state,
    parse_date,
)
from screening_app.domain.schema import FieldType, Level

SCENARIOS = Path(__file__).resolve().parents[1] / "data" / "scenarios"
ON = date(2026, 11, 1)
FORMS = ("cse-screening", "cse-risk-assessment", "child-exploitation")


@pytest.fixture(scope="module")
def pack():
    return load_form_pack()


def session(pack, form_id="cse-screening", **child) -> WizardSession:
    s = WizardSession(pack[form_id], new_state(pack[form_id], ON))
    for key, value in child.items():
        s.set_field("child", key, value)
    return s


def fill_value(field) -> object:
    return {
        FieldType.date: "2026-10-01",
        FieldType.number: 14,
        FieldType.choice: field.options[0].value if field.options else "x",
        FieldType.multichoice: [field.options[0].value] if field.options else ["x"],
        FieldType.yes_no: "yes",
    }.get(field.type, "Written by the practitioner")


def fill_gap(s: WizardSession, gap: Gap) -> None:
    """Resolve one blocking gap the way a practitioner would."""
    target = gap.field_id
    if target.startswith(f"{REFLECTIVE}."):
        s.set_reflective(target.split(".", 1)[1], "Yes, considered with my DSL.")
    elif target.endswith(".when"):
        s.set_answer(target[:-5], when="current")
    elif target.endswith(".note"):
        s.set_answer(target[:-5], note="Seen by me.")
    elif s.form.indicator(target):
        s.set_answer(target, answer="no")
    else:
        group_part, field_id = target.rsplit(".", 1)
        group_id, _, row = group_part.partition("[")
        field = next(f for f in s.form.field_group(group_id).fields if f.id == field_id)
        s.set_field(group_id, field_id, fill_value(field), int(row[:-1]) if row else None)


def complete(s: WizardSession) -> None:
    for _ in range(5):
        gaps = s.blocking_gaps()
        if not gaps:
            return
        for gap in gaps:
            fill_gap(s, gap)
    raise AssertionError(f"still blocked: {s.blocking_gaps()}")


def walk(s: WizardSession) -> list[str]:
    seen = [s.current_page().id]
    while s.can_go_next():
        seen.append(s.next().id)
    return seen


# --------------------------------------------------------------------- pages


@pytest.mark.parametrize("form_id", FORMS)
def test_pages_in_order_child_first_then_sections_end_groups_reflective_review_result(pack, form_id):
    form = pack[form_id]
    s = session(pack, form_id)
    ids = [p.id for p in s.visible_pages()]
    assert ids[0] == "group:child"
    assert ids[1 : 1 + len(form.sections)] == [f"section:{sec.id}" for sec in form.sections]
    assert ids[-3:] == ["reflective", "review", "result"]
    assert "group:decision_record" not in ids
    assert "group:people" in ids


@pytest.mark.parametrize("form_id", FORMS)
@pytest.mark.parametrize(("born", "decision"), [("2011-02-01", True), ("2008-02-01", False), ("2015-02-01", False)])
def test_decision_record_page_only_when_13_to_15_with_a_sexual_indicator(pack, form_id, born, decision):
    s = session(pack, form_id, date_of_birth=born)
    assert not s.is_visible("group:decision_record")
    s.set_answer("sexual_activity", answer="possible")
    assert s.is_visible("group:decision_record") is decision
    assert ("group:decision_record" in walk(s)) is decision


@pytest.mark.parametrize("form_id", FORMS)
def test_next_back_and_jump_visit_every_visible_page(pack, form_id):
    s = session(pack, form_id)
    forward = walk(s)
    assert forward == [p.id for p in s.visible_pages()]
    assert not s.can_go_next()
    back = [s.current_page().id]
    while s.can_go_back():
        back.append(s.back().id)
    assert back == forward[::-1]
    assert s.jump("section:online").id == "section:online"
    assert s.state["page"] == "section:online"


def test_jump_to_a_hidden_or_unknown_page_is_refused(pack):
    s = session(pack)
    with pytest.raises(KeyError):
        s.jump("group:decision_record")
    with pytest.raises(KeyError):
        s.jump("nowhere")


def test_current_page_falls_back_when_its_page_is_hidden(pack):
    s = session(pack, date_of_birth="2011-02-01")
    s.set_answer("sexual_activity", answer="yes")
    s.jump("group:decision_record")
    s.set_answer("sexual_activity", answer="no")
    assert s.current_page().id == "group:child_voice"


# ---------------------------------------------------------------------- gaps


def gap_ids(s: WizardSession, page_id: str | None = None, blocking: bool = True) -> set[str]:
    return {g.field_id for g in s.gaps(page_id) if g.blocking is blocking}


def test_child_page_requires_names_and_one_of_dob_or_approximate_age(pack):
    s = session(pack)
    assert gap_ids(s, "group:child") == {"child.first_name", "child.last_name", "child.date_of_birth"}
    s.set_field("child", "approx_age", 14)
    assert gap_ids(s, "group:child") == {"child.first_name", "child.last_name"}


def test_required_if_placing_authority_when_looked_after(pack):
    s = session(pack, first_name="A", last_name="B", approx_age=14)
    s.set_field("child", "legal_status", "looked_after")
    gaps = s.gaps("group:child")
    assert [g.field_id for g in gaps] == ["child.placing_authority"]
    assert "Looked after" in gaps[0].message


def test_required_if_reason_when_parents_not_told(pack):
    s = session(pack)
    s.set_field("consent", "parents_told", "no")
    assert gap_ids(s, "group:consent") == {"consent.not_told_reason"}
    s.set_field("consent", "parents_told", "yes")
    assert gap_ids(s, "group:consent") == set()


def test_bad_dates_and_numbers_are_gaps(pack):
    s = session(pack, first_name="A", last_name="B", date_of_birth="31/02/2012")
    assert gap_ids(s, "group:child") == {"child.date_of_birth"}
    s.set_field("child", "date_of_birth", "2027-01-01")
    assert "after the assessment date" in s.gaps("group:child")[0].message
    s.set_field("child", "date_of_birth", None)
    s.set_field("child", "approx_age", 40)
    assert "0 to 25" in s.gaps("group:child")[0].message


def test_unanswered_is_blocking_not_known_is_a_follow_up(pack):
    s = session(pack)
    assert "out_late" in gap_ids(s, "section:missing")
    s.set_answer("out_late", answer="not_known")
    assert "out_late" not in gap_ids(s, "section:missing")
    assert gap_ids(s, "section:missing", blocking=False) == {"out_late"}


def test_yes_or_possible_needs_when_and_note(pack):
    s = session(pack)
    s.set_answer("out_late", answer="yes")
    assert {"out_late.when", "out_late.note"} <= gap_ids(s, "section:missing")
    s.set_answer("out_late", when="recent", note="  ")
    assert "out_late.note" in gap_ids(s, "section:missing")
    s.set_answer("out_late", note="Told by the child.")
    assert not {"out_late.when", "out_late.note"} & gap_ids(s, "section:missing")


def test_vulnerability_needs_a_note_but_no_when(pack):
    s = session(pack)
    s.set_answer("looked_after", answer="possible")
    assert {g for g in gap_ids(s, "section:vulnerabilities") if g.startswith("looked_after")} == {"looked_after.note"}


def test_repeatable_rows_report_their_row(pack):
    s = session(pack, "cse-risk-assessment")
    s.add_row("missing_episodes", {"where_found": "Town centre"})
    gaps = s.gaps("group:missing_episodes")
    assert [g.field_id for g in gaps] == ["missing_episodes[0].from_date"]
    assert "entry 1" in gaps[0].message
    s.remove_row("missing_episodes", 0)
    assert s.gaps("group:missing_episodes") == []


def test_decision_record_and_reflective_prompts_block(pack):
    s = session(pack, date_of_birth="2011-02-01")
    s.set_answer("online_grooming", answer="yes", when="current", note="Told by the child.")
    assert {"decision_record.discussed_with", "decision_record.decision"} <= gap_ids(s, "group:decision_record")
    assert gap_ids(s, "reflective") == {"reflective.area_background"}
    assert len(gap_ids(session(pack, "cse-risk-assessment"), "reflective")) == 6


@pytest.mark.parametrize("form_id", FORMS)
@pytest.mark.parametrize("born", ["2011-02-01", "2014-03-10", "2008-05-05"])
def test_every_form_can_be_completed_through_its_gaps(pack, form_id, born):
    s = session(pack, form_id, date_of_birth=born)
    s.set_answer("sexual_activity", answer="yes", when="current", note="Told by the child.")
    assert not s.can_complete()
    assert s.progress() < 1
    complete(s)
    assert s.can_complete()
    assert s.progress() < 1  # optional pages not looked at yet
    walk(s)
    assert s.progress() == 1.0
    assert s.status("review").complete
    result = s.result()
    assert result.final_level == result.computed_level == s.preview().result.computed_level
    assert (result.final_level == Level.high) is (born == "2014-03-10")
    assert s.to_input().details["reflective"]


# -------------------------------------------------------------------- status


def test_status_words_and_concerns(pack):
    s = session(pack)
    assert s.status("section:missing").words == "Not started"
    s.set_answer("out_late", answer="yes")
    status = s.status("section:missing")
    assert (status.words, status.has_concerns) == ("Incomplete", True)
    for indicator in ("missing_overnight", "unfamiliar_places", "school_absence"):
        s.set_answer(indicator, answer="no")
    s.set_answer("out_late", when="current", note="Seen by me.")
    assert s.status("section:missing").words == "Complete"
    assert s.status("group:people").words == "Not started"
    s.jump("group:people")
    s.next()
    assert s.status("group:people").words == "Complete"


# ------------------------------------------------------------------- preview


def scenario_session(pack, case: dict) -> WizardSession:
    form = pack[case["form"]]
    s = WizardSession(form, new_state(form, date.fromisoformat(case["assessed_on"])))
    for key, value in case["child"].items():
        s.set_field("child", key, value)
    for person in case.get("people", []):
        s.add_row("people", person)
    for event in case.get("events", []):
        s.add_event(event)
    for indicator_id, answer in case["answers"].items():
        if form.indicator(indicator_id):
            s.set_answer(indicator_id, **answer)
    return s


SCENARIO_FILES = sorted(SCENARIOS.glob("*.json"))


@pytest.mark.parametrize("path", SCENARIO_FILES, ids=[p.stem for p in SCENARIO_FILES])
def test_scenarios_preview_and_complete(pack, path):
    case = json.loads(path.read_text())
    s = scenario_session(pack, case)
    expect = case["expect"]
    if expect.get("error"):
        named = {g.field_id.split(".")[0] for g in s.gaps()} | {"boyfriend"}
        assert expect["mentions"] in named or any(expect["mentions"] in g.message for g in s.gaps())
        return
    preview = s.preview().result
    assert preview is not None
    assert preview.computed_level.value == expect["computed_level"]
    assert preview.score == expect["score"]
    assert sorted(f.id for f in preview.floors) == sorted(expect["floors"])
    complete(s)
    result = s.result()
    assert result.computed_level.value == expect["computed_level"]
    assert sorted(f.id for f in result.flags) == sorted(expect["flags"])
    assert list(result.not_known) == expect["not_known"]


def test_preview_scores_only_complete_answers(pack):
    s = session(pack, date_of_birth="2008-01-01")
    nothing_yet = s.preview()  # no "Low" before anything is answered
    assert nothing_yet.result is None and nothing_yet.reason == "Answer a question to see the level so far."
    s.set_answer("missing_overnight", answer="yes", when="current")
    assert s.preview().result.score == 0
    s.set_answer("missing_overnight", note="Police report.")
    assert s.preview().result.score == 5


def test_preview_without_age_says_why(pack):
    preview = session(pack).preview()
    assert preview.result is None
    assert "date of birth" in preview.reason


def test_age_gap_prompt_suggests_older_or_controlling_person(pack):
    s = session(pack, date_of_birth="2011-02-01")
    assert s.prompts() == []
    s.add_row("people", {"approx_age": 24})
    assert [f.suggests for f in s.prompts()] == ["older_or_controlling_person"]


def test_result_applies_the_override_and_its_rules(pack):
    s = session(pack, date_of_birth="2014-03-10")
    s.set_answer("sexual_activity", answer="possible", when="current", note="Told by a friend.")
    complete(s)
    s.set_override({"level": "low", "reason": "No", "consulted_name": "A", "consulted_role": "DSL"})
    with pytest.raises(OverrideError):
        s.result()
    s.set_override({"level": "high", "reason": ""})
    assert s.result().final_level == Level.high  # already high: choosing it again is no override
    s.set_override(None)
    assert s.result().override is None


def test_result_raises_on_incomplete_input(pack):
    s = session(pack, date_of_birth="2012-01-01")
    s.set_answer("out_late", answer="yes", when="current")
    with pytest.raises(AnswerError):
        s.result()


# ------------------------------------------------------------- state, resume


def test_state_is_json_and_resumes_on_the_same_page_and_field(pack):
    s = session(pack, first_name="Ana", date_of_birth="2011-02-01")
    s.set_answer("out_late", answer="yes", when="current", note="Seen.")
    s.add_row("people", {"name": "K", "approx_age": 30})
    s.jump("section:online", focus="phone_secrecy.note")
    saved = json.loads(json.dumps(s.state))
    resumed = WizardSession(pack["cse-screening"], saved)
    assert resumed.current_page().id == "section:online"
    assert resumed.state["focus"] == "phone_secrecy.note"
    assert resumed.to_input() == s.to_input()


def test_to_input_cleans_blank_values_and_maps_child_and_people(pack):
    s = session(pack, first_name=" Ana ", date_of_birth="01/02/2011")
    s.add_row("people", {"name": "K", "approx_age": "30"})
    data = s.to_input()
    assert data.child.date_of_birth == date(2011, 2, 1)
    assert data.details["child"]["first_name"] == "Ana"
    assert data.people[0].approx_age == 30


def test_a_people_row_linked_to_a_vault_record_keeps_the_choice_out_of_the_forms_details(pack):
    s = session(pack, first_name="Ana", date_of_birth="2011-02-01")
    s.add_row("people", {"name": "Danny", "context": "6f1c0a52-0000-4000-8000-000000000001"})
    data = s.to_input()
    assert data.people[0].context == "6f1c0a52-0000-4000-8000-000000000001"
    assert data.details["people"] == [{"name": "Danny"}]


def test_unknown_answers_in_a_stored_state_are_ignored(pack):
    state = new_state(pack["cse-screening"], ON)
    state["answers"]["boyfriend"] = {"answer": "yes"}
    assert "boyfriend" not in WizardSession(pack["cse-screening"], state).to_input().answers


def test_set_answer_refuses_unknown_indicators(pack):
    with pytest.raises(KeyError):
        session(pack).set_answer("boyfriend", answer="yes")


def test_continue_screening_as_full_assessment(pack):
    s = session(pack, first_name="Ana", date_of_birth="2011-02-01")
    s.set_answer("out_late", answer="yes", when="current", note="Seen.")
    s.add_row("people", {"name": "K", "approx_age": 30})
    s.set_reflective("area_background", "Yes")
    s.set_override({"level": "high", "reason": "x"})
    s.jump("review")
    state = continue_as_assessment(s.state, pack["cse-risk-assessment"], ON)
    assert state["form"] == "cse-risk-assessment"
    assert state["answers"]["out_late"]["note"] == "Seen."
    assert state["details"]["people"][0]["name"] == "K"
    assert state["details"][REFLECTIVE] == {"area_background": "Yes"}
    assert (state["override"], state["page"], state["continued_from"]) == (None, "", "cse-screening")
    full = WizardSession(pack["cse-risk-assessment"], state)
    assert full.current_page().id == "group:child"
    assert full.status("section:missing").has_concerns
    state["answers"]["out_late"]["note"] = "changed"
    assert s.state["answers"]["out_late"]["note"] == "Seen."


# ------------------------------------------------------------------- helpers


@pytest.mark.parametrize(
    ("born", "on", "words"),
    [("2013-09-01", "2026-11-01", "13 years 2 months"), ("2013-11-01", "2026-11-01", "13 years"),
     ("2025-12-02", "2026-11-01", "0 years 10 months"), ("2012-02-29", "2026-03-01", "14 years"),
     ("2012-02-29", "2026-04-01", "14 years 1 month")],
)
def test_age_in_words(born, on, words):
    assert age_in_words(date.fromisoformat(born), date.fromisoformat(on)) == words


def test_parse_date_accepts_iso_and_british_forms():
    assert parse_date("2011-02-01") == parse_date("1/2/2011") == date(2011, 2, 1)
    assert parse_date("31/02/2011") is None
    assert parse_date("") is None


def test_language_flags_name_their_page_and_field_and_follow_adult_context(pack):
    s = session(pack, date_of_birth="2011-02-01")
    s.set_answer("out_late", answer="yes", when="current", note="She is putting herself at risk.")
    s.add_row("people", {"name": "K", "relationship": "her boyfriend"})
    s.set_reflective("area_background", "Yes, even if she is streetwise.")
    found = {(f.page_id, f.field_id, f.flag.phrase) for f in s.language_flags()}
    assert found == {("section:missing", "out_late.note", "putting herself at risk"),
                     ("reflective", "reflective.area_background", "streetwise")}
    s.set_field("people", "approx_age", 27, row=0)
    assert ("group:people", "people[0].relationship", "boyfriend") in {
        (f.page_id, f.field_id, f.flag.phrase) for f in s.language_flags()}
    assert s.mark_language_kept() == 3
    assert s.to_input().details["language_flags_kept"] == 3


def test_reflective_answers_must_be_a_sentence(pack):
    s = session(pack)
    s.set_reflective("area_background", "Yes")
    (gap,) = s.gaps("reflective")
    assert gap.message.startswith("Answer in a sentence") and gap.blocking
    s.set_reflective("area_background", "Yes, the same anywhere.")
    assert s.gaps("reflective") == []


def test_page_of_indicator(pack):
    s = session(pack)
    assert s.page_of_indicator("out_late") == "section:missing"
    assert s.page_of_indicator("nope") == ""


def test_review_note_travels_with_the_input(pack):
    from screening_app.domain.navigation import WizardSession, new_state

    screening = pack["cse-screening"]
    state = new_state(screening, date(2026, 11, 1))
    state["details"]["review"] = {"previous_reference": "CSE-2026-000001", "what_changed": "New older contact."}
    assert WizardSession(screening, state).to_input().details["review"]["what_changed"] == "New older contact."


def test_chronology_entries_travel_with_their_answers_into_the_full_assessment(pack):
    case = json.loads((SCENARIOS / "v14-chronology-events.json").read_text())
    screening = scenario_session(pack, case)
    assert not [g for g in screening.gaps() if g.field_id.startswith("missing_overnight")]  # the entry is the evidence
    full = WizardSession(pack["cse-risk-assessment"],
                         continue_as_assessment(screening.state, pack["cse-risk-assessment"], ON))
    data = full.to_input()
    assert [e.id for e in data.events] == ["e1", "e2", "e3"]
    assert data.answers["older_or_controlling_person"].events == ("e1", "e2")
    assert not [g for g in full.gaps() if g.field_id.startswith("older_or_controlling_person")]


def test_the_childs_details_answer_looked_after_once_and_changeably(pack):
    """A fact recorded once (SPEC 11): 'Looked after' on the child page answers the vulnerability
    with the child's details as its evidence; it never overwrites an answer, and changing the legal
    status takes back only the answer it gave."""
    form = pack["cse-screening"]
    s = WizardSession(form, new_state(form, ON))
    s.set_field("child", "legal_status", "looked_after")
    assert s.answer("looked_after") == {"answer": "yes", "note": "From the child's details: Looked after (in care)."}
    assert not [g for g in s.gaps() if g.field_id.startswith("looked_after")]
    s.set_field("child", "legal_status", "child_in_need")
    assert s.answer("looked_after") == {}
    s.set_answer("looked_after", answer="no")
    s.set_field("child", "legal_status", "looked_after")
    assert s.answer("looked_after") == {"answer": "no"}  # the practitioner's own answer stands
    s.set_answer("looked_after", answer="yes", note="Placed by another authority.")
    s.set_field("child", "legal_status", "none")
    assert s.answer("looked_after")["note"] == "Placed by another authority."  # not the details' answer


def test_a_choice_answering_an_unknown_indicator_is_a_located_form_error(tmp_path):
    import shutil

    from screening_app.domain.errors import FormError
    from screening_app.paths import forms_dir

    for name in ("cse-screening.yaml", "cse-risk-assessment.yaml"):
        shutil.copy(forms_dir() / name, tmp_path / name)
    path = tmp_path / "cse-screening.yaml"
    path.write_text(path.read_text().replace("answers: looked_after}", "answers: lookd_after}"))
    with pytest.raises(FormError) as info:
        load_form_pack(tmp_path)
    assert "E_UNKNOWN_INDICATOR" in str(info.value) and "lookd_after" in str(info.value)
