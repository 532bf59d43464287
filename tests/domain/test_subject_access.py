"""Subject access rules, pure (issue 16): what is marked for withholding and under which
exemption, the rule that another child's name is released only item by item and confirmed,
the redaction, the schedule (never the withheld text) and the one-month deadline. Invented names."""

from __future__ import annotations

from datetime import date

import pytest

from screening_app.domain.subject_access import (
    EXEMPTION,
    EXEMPTIONS,
    Passage,
    SubjectAccessError,
    child_names,
    choose,
    mark,
    placeholder,
    redact,
    response_due,
    schedule,
)

OTHER = child_names("Kasey", "Madeupson")
TEXT = Passage("chronology/1/v1/what", "Chronology: 29 October 2026", "What happened",
               "Seen with kasey madeupson and Deano; Kasey said Deano drove.")
PERSON = Passage("context/1/name", "Person of concern 1", "Name", "Dean Fictitious", "person")
SOURCE = Passage("chronology/2/v1/source_detail", "Chronology: 17 October 2026", "Who told", "Mrs Olu Neighbourly",
                 "source")
MEMBERS = Passage("context/2/members", "Group of concern 2", "Members", "Jordan Notreal", "other_child")


def marked(anonymous: bool = True, own: tuple[str, ...] = ("Tegan Invented", "Tegan", "Invented")):
    return mark([TEXT, PERSON, SOURCE, MEMBERS], other_children=OTHER, people=("Dean Fictitious", "Deano"),
                anonymous=anonymous, own_names=own)


def test_the_exemptions_are_data_with_their_legal_reference_and_plain_words():
    assert {e.code for e in EXEMPTIONS} == {"third_party", "crime", "confidential_source", "serious_harm"}
    assert EXEMPTION["crime"].reference == "DPA 2018 Sch. 2 Part 1 para 2"
    assert EXEMPTION["serious_harm"].reference == "DPA 2018 Sch. 3 Part 3 para 11"
    assert placeholder("third_party") == "[withheld: information about another person (DPA 2018 Sch. 2 Part 3 para 16)]"


def test_other_children_people_of_concern_and_anonymous_sources_are_marked_with_their_exemption():
    items = marked()
    found = {(i.kind, i.text, i.exemption, i.whole) for i in items}
    assert ("other_child", "kasey madeupson", "third_party", False) in found  # the full name, one match
    assert ("other_child", "Kasey", "third_party", False) in found  # the first name alone, too
    assert ("person_of_concern", "Deano", "crime", False) in found
    assert ("person_of_concern", "Dean Fictitious", "crime", True) in found
    assert ("anonymous_source", "Mrs Olu Neighbourly", "confidential_source", True) in found
    assert ("other_child", "Jordan Notreal", "third_party", True) in found
    assert all(i.withheld for i in items)


def test_a_source_is_not_marked_when_nobody_asked_to_stay_anonymous():
    assert not [i for i in marked(anonymous=False) if i.kind == "anonymous_source"]


def test_the_childs_own_name_is_never_taken_for_another_childs():
    items = marked(own=("Kasey Invented", "Kasey", "Invented"))  # two children called Kasey
    assert {i.text for i in items if i.kind == "other_child" and not i.whole} == {"kasey madeupson"}


def test_redaction_replaces_every_occurrence_and_keeps_the_rest():
    items = marked()
    text = redact(TEXT, items)
    assert "kasey" not in text.lower() and "Deano" not in text
    assert text.startswith("Seen with [withheld: information about another person")
    assert text.count("prevention or detection of crime") == 2
    assert redact(PERSON, items) == placeholder("crime")


def test_another_childs_name_is_released_only_when_confirmed_for_that_item():
    items = marked()
    kasey = next(i for i in items if i.text == "kasey madeupson")
    with pytest.raises(SubjectAccessError, match="confirm"):
        choose(items, kasey.id, withheld=False)
    released = choose(items, kasey.id, withheld=False, confirmed=True)
    text = redact(TEXT, released)
    assert "kasey madeupson" in text and "Kasey said" not in text  # only that item: the first name stays withheld
    deano = next(i for i in items if i.text == "Deano")
    assert "Deano" in redact(TEXT, choose(items, deano.id, withheld=False))  # not a child: no confirmation


def test_the_exemption_can_be_changed_to_serious_harm_and_only_to_a_listed_one():
    items = marked()
    changed = choose(items, items[0].id, withheld=True, exemption="serious_harm")
    assert changed[0].exemption == "serious_harm" and "Sch. 3 Part 3 para 11" in redact(TEXT, changed)
    with pytest.raises(SubjectAccessError):
        choose(items, items[0].id, withheld=True, exemption="because")


def test_the_schedule_counts_per_exemption_and_places_each_item_without_its_text():
    items = marked()
    items = choose(items, next(i.id for i in items if i.text == "Deano"), withheld=False)
    found = schedule(items)
    counts = {e.code: n for e, n in found.counts}
    assert counts == {"third_party": 3, "confidential_source": 1, "crime": 1}
    assert found.released == 1 and len(found.lines) == 5
    words = " ".join(f"{line.where} {line.kind} {line.exemption.words}" for line in found.lines)
    for secret in ("Kasey", "Madeupson", "Dean", "Olu", "Jordan"):
        assert secret.lower() not in words.lower()


@pytest.mark.parametrize(("asked", "due"), [
    (date(2026, 11, 18), date(2026, 12, 18)), (date(2026, 1, 31), date(2026, 2, 28)),
    (date(2028, 1, 31), date(2028, 2, 29)), (date(2026, 12, 5), date(2027, 1, 5)),
])
def test_the_response_is_due_one_calendar_month_after_the_request(asked, due):
    assert response_due(asked) == due
