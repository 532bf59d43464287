"""The intelligence view-model (SPEC 12): one person, place or group record, and every record the
practitioner joined into it, as a partnership intelligence submission for the police. Children
are "Child A", "Child B"... unless the practitioner names them, in the record's own words too;
the 3x5x2 grades are the practitioner's, never the app's. Every name, number and place invented."""

from __future__ import annotations

from datetime import datetime

import pytest

from screening_app.domain.intelligence import (
    UNGRADED,
    WITHHELD,
    ChildName,
    Grading,
    IntelligenceReport,
    RecordPart,
    Sighting,
    build_intelligence,
    recorded_by,
    row_for,
)

AT = datetime(2026, 11, 22, 10, 0)
CHILDREN = {
    11: ChildName("Amy", "Invented", ("Ames",)),
    12: ChildName("Bea", "Invented"),
    13: ChildName("Cat", "Madeup"),
}
DAN = RecordPart("person", {"name": "Dan", "aliases": ["D-Man"], "approx_age": 24, "sex": "male",
                            "vehicles": [{"registration": "AB12 CDE", "make": "Ford", "colour": "grey"}],
                            "phones": ["07700 900123"], "how_known": "seen at the school gate"},
                 (("vehicle", "AB12 CDE"), ("phone", "07700 900123")))
SIGHTINGS = [
    Sighting(12, "2026-10-15", "CSE-2026-000002", "", "Bea got into his car", "J Teacher, DSL, Northfield Academy"),
    Sighting(11, "2026-10-01", "CSE-2026-000001", "adult of concern", "seen at the school gate"),
    Sighting(13, "", "", "", ""),
]


def _report(parts=(DAN,), sightings=SIGHTINGS, named=frozenset(), grading=UNGRADED, submitter=None,
            children=CHILDREN) -> IntelligenceReport:
    return build_intelligence(list(parts), list(sightings), children, set(named), submitter or {}, grading,
                              "INT-0000AAAA", AT)


def _text(report: IntelligenceReport) -> str:
    """Every word the PDF would print, for looking through."""
    items = [*report.subject.items, *report.evaluation.items, *report.submitter.items,
             *(cell for row in report.sightings.rows for cell in row)]
    return "\n".join([report.title, report.children_note, *(f"{i.label}: {i.value}" for i in items)])


def _rows(report: IntelligenceReport) -> list[dict[str, str]]:
    return [{c.label: c.value for c in row} for row in report.sightings.rows]


def _subject(report: IntelligenceReport) -> dict[str, str]:
    return {i.label: i.value for i in report.subject.items}


def test_children_are_lettered_in_the_order_first_seen_and_never_named_unless_chosen():
    report = _report()
    rows = _rows(report)
    assert [(r["Date"], r["Child"]) for r in rows] == [("01/10/2026", "Child A"), ("15/10/2026", "Child B"),
                                                        ("not known", "Child C")]
    text = _text(report)
    for name in ("Amy", "Bea", "Cat", "Invented", "Madeup", "Ames"):
        assert name not in text, name
    assert report.children_linked == 3
    assert "Linked to 3 children" in report.children_note and "3 not named here" in report.children_note


def test_a_named_child_is_named_in_full_and_the_others_stay_letters():
    report = _report(named={12})
    assert [r["Child"] for r in _rows(report)] == ["Child A", "Bea Invented", "Child B"]  # letters for the unnamed
    assert "Amy" not in _text(report) and "Cat" not in _text(report)
    assert "2 not named here" in report.children_note


def test_the_records_own_words_never_name_a_child_the_practitioner_did_not():
    dan = RecordPart("person", {**DAN.body, "vehicle_phone": "drives AMY's mum's car"}, DAN.identifiers)
    sightings = [Sighting(11, "2026-10-01", what="Amy said he drives her home; Ames is what friends call her"),
                 Sighting(12, "2026-10-15", what="seen with Bea Invented and the Invented family"),
                 Sighting(13, "2026-10-20", what="Cat saw Amyas at the shop")]
    report = _report([dan], sightings)
    rows = _rows(report)
    assert rows[0]["What was seen or known"] == "Child A said he drives her home; Child A is what friends call her"
    # two unnamed children share the surname: it could point at either, so it is withheld
    assert rows[1]["What was seen or known"] == f"seen with Child B and the {WITHHELD} family"
    assert rows[2]["What was seen or known"] == "Child C saw Amyas at the shop"  # a longer word is not a name
    assert _subject(report)["Vehicle or phone details as written"] == "drives Child A's mum's car"
    assert report.withheld == 6


def test_a_named_childs_name_stays_in_the_text_and_a_shared_surname_is_still_withheld():
    sightings = [Sighting(11, "2026-10-01", what="with Amy Invented and Bea"),
                 Sighting(12, "2026-10-15", what="Invented sisters")]
    report = _report(sightings=sightings, named={11})
    assert [r["What was seen or known"] for r in _rows(report)] == ["with Amy Invented and Child A",
                                                                    f"{WITHHELD} sisters"]


def test_the_subjects_own_name_is_not_taken_for_a_child():
    children = {11: ChildName("Dan", "Invented")}
    report = _report(sightings=[Sighting(11, "2026-10-01", what="Dan waits at the gate")], children=children)
    assert _rows(report)[0]["What was seen or known"] == "Dan waits at the gate"
    assert _subject(report)["Name"] == "Dan"


def test_a_person_with_every_identifier():
    subject = _subject(_report())
    assert subject == {
        "Name": "Dan",
        "Other names used": "D-Man",
        "Approximate age": "24",
        "Sex": "male",
        "Vehicles": "AB12 CDE grey Ford",
        "Phones": "07700 900123",
    }


def test_joined_records_add_their_names_vehicles_phones_and_handles_once_each():
    danny = RecordPart("person", {"name": "Danny", "approx_age": 25, "vehicles": [{"registration": "ab12-cde"},
                                                                                  {"registration": "XY19 ZZZ"}],
                                  "phones": ["+44 (0)7700 900123"], "handles": ["@dman_07"]},
                       (("vehicle", "ab12-cde"), ("vehicle", "XY19 ZZZ"), ("phone", "+44 (0)7700 900123"),
                        ("handle", "@dman_07"), ("vehicle", "KL66 MNO")))
    subject = _subject(_report([DAN, danny]))
    assert subject["Name"] == "Dan"
    assert subject["Other names used"] == "D-Man, Danny"
    assert subject["Approximate age"] == "24, 25"
    assert subject["Vehicles"] == "AB12 CDE grey Ford; XY19 ZZZ; KL66 MNO"
    assert subject["Phones"] == "07700 900123"
    assert subject["Online handles"] == "@dman_07"


def test_a_place_and_a_joined_record_of_it():
    flat = RecordPart("place", {"name": "the flat", "address": "Flat 3, 12 Mill Rd", "postcode": "ZZ1 4QQ",
                                "type": "house_or_flat"})
    party = RecordPart("place", {"name": "a party house", "address": "12 Mill Road", "postcode": "zz14qq"})
    report = _report([flat, party])
    assert report.title == "Intelligence about a place of concern"
    assert _subject(report) == {"Name": "the flat", "Other names used": "a party house",
                                "Address": "Flat 3, 12 Mill Rd; 12 Mill Road", "Postcode": "ZZ1 4QQ",
                                "Type of place": "house or flat"}


def test_a_groups_members_are_counted_never_listed():
    group = RecordPart("group", {"name": "the Mill Rd lot", "members": ["Amy", "Jay Boy", "Kez"],
                                 "description": "older boys; Amy is often with them"})
    report = _report([group])
    text = _text(report)
    assert report.title == "Intelligence about a group of concern"
    assert "Jay Boy" not in text and "Kez" not in text and "Amy" not in text
    assert _subject(report)["Members"].startswith("3 written in the submitter's record")
    assert _subject(report)["Description"] == "older boys; Child A is often with them"


def test_ungraded_is_left_to_the_receiving_officer():
    values = [i.value for i in _report().evaluation.items]
    assert values == ["not graded by the submitter: for the receiving officer"] * 3


def test_the_practitioners_grades_in_words_and_conditions_with_c():
    report = _report(grading=Grading("2", "B", "C", "not to be shared with Bea's family"))
    assert {i.label: i.value for i in report.evaluation.items} == {
        "Source": "2: untested",
        "Intelligence": "B: known indirectly to the source but corroborated",
        "Handling": "C: lawful sharing permitted with conditions",
        "Conditions": "not to be shared with Child B's family",
    }


@pytest.mark.parametrize("grading, says", [
    (Grading(source="4"), "source grade '4' is not one of 1, 2, 3"),
    (Grading(intelligence="b"), "intelligence grade 'b' is not one of A, B, C, D, E"),
    (Grading(handling="X"), "handling code 'X' is not one of P, C"),
    (Grading(handling="C"), "handling code C needs its conditions"),
    (Grading(handling="P", conditions="only to CSE team"), "conditions go with handling code C"),
])
def test_a_grade_outside_3x5x2_is_a_problem(grading, says):
    assert says in (grading.problem() or "")


def test_the_submitter_from_the_profile_and_the_date_from_the_clock():
    profile = {"name": "J Teacher", "role": "DSL", "organisation": "Northfield Academy", "phone": "01632 960001",
               "email": "dsl@example.invalid", "address": "1 School Lane"}
    items = {i.label: i.value for i in _report(submitter=profile).submitter.items}
    assert items == {"Name": "J Teacher", "Role": "DSL", "Organisation": "Northfield Academy",
                     "Telephone": "01632 960001", "Email": "dsl@example.invalid",
                     "Date of submission": "22 November 2026"}
    assert {i.label: i.value for i in _report().submitter.items}["Name"].startswith("not recorded")


def test_each_row_says_what_was_seen_by_whom_and_where_it_is_recorded():
    rows = _rows(_report())
    assert rows[0] == {"Date": "01/10/2026", "Child": "Child A",
                       "What was seen or known": "adult of concern: seen at the school gate",
                       "Recorded by": "not recorded", "Record": "CSE-2026-000001"}
    assert rows[1]["What was seen or known"] == "Child B got into his car"
    assert rows[1]["Recorded by"] == "J Teacher, DSL, Northfield Academy"
    assert rows[2]["What was seen or known"] == "linked to the child; nothing more written"
    assert rows[2]["Record"] == "the child's record"


def test_recorded_by_is_the_referrer_on_the_assessment():
    assert recorded_by({"name": " J Teacher ", "role": "DSL", "organisation": "Northfield Academy",
                        "phone": "01632 960001"}) == "J Teacher, DSL, Northfield Academy"
    assert recorded_by(None) == recorded_by("J Teacher") == recorded_by({}) == ""


def test_the_row_of_an_assessment_that_chose_this_record():
    data = {"people": [{"name": "Dan", "how_known": "first"},
                       {"name": "Danny", "context": "c0ffee00-0000-4000-8000-000000000001", "how_known": "second"}]}
    assert row_for(data, "C0FFEE00-0000-4000-8000-000000000001") == data["people"][1]
    assert row_for(data, "another") is None
    assert row_for({"people": "not a list"}, "x") is None and row_for(None, "x") is None


def test_letters_go_on_past_z_as_far_as_needed():
    sightings = [Sighting(n, "2026-10-01") for n in range(800)]
    labels = [r[1].value for r in _report(sightings=sightings, children={}).sightings.rows]
    assert labels[:2] == ["Child A", "Child B"] and labels[25:28] == ["Child Z", "Child AA", "Child AB"]
    assert labels[701:703] == ["Child ZZ", "Child AAA"] and len(set(labels)) == 800
