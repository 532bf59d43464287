"""The matching rules of SPEC 12, case by case: certain links by identifier, possible links by name
(offered with a reason, never joined), and patterns of children joined by certain links.
Every name, number, registration and address here is invented."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from screening_app.domain.contexts import (
    Kind,
    Link,
    address_likeness,
    building,
    handle_key,
    linked_children,
    name_likeness,
    patterns,
    phone_key,
    place_key,
    postcode_key,
    registration_key,
)


@pytest.mark.parametrize("written", ["AB12 CDE", "ab12cde", "AB12-CDE", " ab 12 c.d.e ", "Ab12\tCde"])
def test_a_registration_written_any_way_is_one_car(written):
    assert registration_key(written) == "AB12CDE"


@pytest.mark.parametrize("written", ["", None, "grey car", "12345", "ABCDEF", "AB12 CDE FG9 XYZ"])
def test_something_that_is_not_a_registration_gives_no_key(written):
    assert registration_key(written) is None


@pytest.mark.parametrize(
    "written",
    ["07700 900123", "07700-900-123", "+44 7700 900123", "+44 (0)7700 900123", "0044 7700 900123",
     "(07700) 900 123", "+447700900123"],
)
def test_a_uk_mobile_written_any_way_is_one_phone(written):
    assert phone_key(written) == "07700900123"


def test_another_countrys_number_keeps_its_plus_and_never_meets_a_uk_number():
    assert phone_key("+48 600 100 200") == "+48600100200"
    assert phone_key("0048 600 100 200") == "+48600100200"
    assert phone_key("600 100 200") == "600100200"
    assert phone_key("+48 600 100 200") != phone_key("600 100 200")


@pytest.mark.parametrize("written", ["", None, "call him", "123", "ext 44"])
def test_too_few_digits_is_not_a_phone(written):
    assert phone_key(written) is None


@pytest.mark.parametrize("written", ["@DMan_07", "dman_07", " @dman_07 ", "@@DMAN_07"])
def test_a_handle_is_lower_case_without_its_at(written):
    assert handle_key(written) == "dman_07"


def test_a_handle_with_spaces_is_not_one_handle():
    assert handle_key("d man") is None and handle_key("@") is None


@pytest.mark.parametrize("written", ["zz1 4qq", "ZZ14QQ", " ZZ1  4QQ "])
def test_postcodes_are_read_any_way(written):
    assert postcode_key(written) == "ZZ1 4QQ"


@pytest.mark.parametrize("written", ["", None, "ZZ1", "not a postcode", "1ZZ 4QQ"])
def test_not_a_postcode(written):
    assert postcode_key(written) is None


@pytest.mark.parametrize(
    "address",
    ["12 Mill Road", "Flat 3, 12 Mill Rd", "flat 3a 12 Mill Road", "12a Mill Road", "3/12 Mill Rd",
     "Apartment 7\n12 Mill Road\nTownley", "Unit 2, 12 MILL RD."],
)
def test_a_flat_number_does_not_split_a_building(address):
    assert building(address) == ("12", "mill road")
    assert place_key(address, "zz1 4qq") == "ZZ1 4QQ|12"


@pytest.mark.parametrize(("short", "long"), [("Station Rd", "Station Road"), ("High St", "High Street"),
                                             ("Park Ave", "Park Avenue"), ("Elm Gr", "Elm Grove")])
def test_street_abbreviations_are_alike(short, long):
    assert building(f"4 {short}") == building(f"4 {long}")


def test_a_saint_at_the_start_of_a_street_is_not_a_street():
    assert building("4 St Mary's Road") == ("4", "st mary s road")


def test_a_place_needs_both_a_postcode_and_a_building_number_to_be_certain():
    assert place_key("12 Mill Road", None) is None
    assert place_key("Mill Road", "ZZ1 4QQ") is None
    assert place_key("12 Mill Road", "ZZ1 4QQ") != place_key("14 Mill Road", "ZZ1 4QQ")


def test_without_a_postcode_the_same_address_is_only_possible():
    likeness = address_likeness("Flat 2, 12 Mill Rd", "12 Mill Road")
    assert likeness and "without a postcode" in likeness.reason
    assert address_likeness("12 Mill Road", "14 Mill Road") is None


@pytest.mark.parametrize(
    ("a", "b", "why"),
    [
        ("Dan", "Danny", "short form"),
        ("Dan", "Daniel", "short form"),
        ("Danny", "Daniel Hart", "short form"),
        ("Jonny", "Jonathan", "short form"),
        ("Ann", "Annabel", "short form"),  # a nickname beside a full name: first names compared
        ("D-Man", "Dman", "written differently"),
        ("D-Man", "d man", "written differently"),
        ("Mohammed", "Muhammad", "sound alike"),
        ("Mohamed", "Muhammad", "sound alike"),
        ("Karim", "Kareem", "sound alike"),
        ("Aleksander", "Alexander", "sound alike"),
        ("Jonathon", "Jonathan", "sound alike"),
        ("Zoë", "Zoe", "written differently"),
        ("Marek Nowak", "marek nowak", "the same name"),
    ],
)
def test_names_alike_are_a_possible_link_with_the_reason(a, b, why):
    likeness = name_likeness(a, b)
    assert likeness is not None, (a, b)
    assert why in likeness.reason and a in likeness.reason


@pytest.mark.parametrize(
    ("a", "b"),
    [("Dan", "Sam"), ("Karim", "Kevin"), ("Daniel Hart", "Daniel Brooks"), ("Jo", "Joseph"), ("", "Dan"),
     (None, "Dan"), ("Tom", "Tamsin")],
)
def test_names_not_alike_are_no_link(a, b):
    assert name_likeness(a, b) is None, name_likeness(a, b)


def _link(child, kind, key, shown=None, seen=None):
    return Link(child, kind, key, shown or key, seen)


def test_children_sharing_a_car_form_a_pattern_and_a_chain_joins_them_all():
    links = [
        _link(1, Kind.vehicle, "AB12CDE", "AB12 CDE", date(2026, 10, 1)),
        _link(2, Kind.vehicle, "AB12CDE", "ab12cde", date(2026, 10, 20)),
        _link(2, Kind.phone, "07700900123"),
        _link(3, Kind.phone, "07700900123", seen=date(2026, 9, 1)),
        _link(4, Kind.place, "ZZ1 4QQ|12"),  # alone: no pattern
        _link(5, Kind.handle, "dman_07", seen=date(2026, 11, 1)),
        _link(6, Kind.handle, "dman_07"),
    ]
    found = patterns(links)
    assert [p.children for p in found] == [[5, 6], [1, 2, 3]]  # the most recently seen first
    assert found[1].shared == [(Kind.phone, "07700900123"), (Kind.vehicle, "AB12 CDE")]
    assert found[1].latest == date(2026, 10, 20)


def test_one_child_with_the_same_car_twice_is_not_a_pattern():
    assert patterns([_link(1, Kind.vehicle, "AB12CDE"), _link(1, Kind.vehicle, "AB12CDE")]) == []


def test_a_childs_links_name_the_other_children_and_what_they_share():
    links = [_link(1, Kind.vehicle, "AB12CDE", "AB12 CDE"), _link(2, Kind.vehicle, "AB12CDE", "ab12-cde"),
             _link(3, Kind.vehicle, "AB12CDE"), _link(3, Kind.phone, "0770"), _link(1, Kind.phone, "0770")]
    assert linked_children(links, 1) == {2: [(Kind.vehicle, "AB12 CDE")],
                                         3: [(Kind.vehicle, "AB12 CDE"), (Kind.phone, "0770")]}
    assert linked_children(links, 4) == {}


@given(st.lists(st.tuples(st.integers(1, 8), st.sampled_from(list(Kind)), st.sampled_from("abcde")), max_size=40))
def test_patterns_never_share_a_child_and_every_shared_key_is_inside_one(raw):
    links = [Link(c, k, key, key) for c, k, key in raw]
    found = patterns(links)
    seen = [c for p in found for c in p.children]
    assert len(seen) == len(set(seen))
    for kind, key in {(k, key) for _c, k, key in raw}:
        holders = {c for c, k2, key2 in raw if (k2, key2) == (kind, key)}
        if len(holders) >= 2:
            assert any(holders <= set(p.children) for p in found)


def test_identifiers_given_and_found_in_the_forms_free_text():
    from screening_app.domain.contexts import identifiers

    found = identifiers(phones=["+44 (0)7700 900123"], registrations=["ab12-cde"], handles=["@DMan_07"],
                        text="Grey Ford Focus AB12 CDE, calls her on 07700 900123; snap @dman_07; also KL19 XYZ")
    assert found == [(Kind.phone, "07700900123", "+44 (0)7700 900123"), (Kind.vehicle, "AB12CDE", "ab12-cde"),
                     (Kind.handle, "dman_07", "@DMan_07"), (Kind.vehicle, "KL19XYZ", "KL19 XYZ")]
    assert identifiers(text="a man of about 24 in a grey car, seen 3 times since 2024") == []


CORPUS = ["Dan", "Danny", "Daniel", "D-Man", "Dman", "Mohammed", "Muhammad", "Mo", "Karim", "Kareem", "Aleksander",
          "Alexander", "Zoë", "Zoe", "Jonny", "Jonathan", "Ann", "Annabel", "Kev", "Kevin", "Sam", "Samantha", "Tom",
          "Tamsin", "Priya", "Lee", "Leigh", "Oleksandra", "Aleksandra", "Big Dan", "Daniel Hart", "Marek", "Mark"]


def test_names_alike_always_share_a_block_so_that_none_is_missed():
    from screening_app.domain.contexts import name_blocks

    for a in CORPUS:
        for b in CORPUS:
            if name_likeness(a, b) is not None:
                assert name_blocks(a) & name_blocks(b), (a, b)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(CORPUS), st.integers(0, 12), st.sampled_from("aeiouknrstxy"),
       st.sampled_from(["sub", "ins", "del"]))
def test_a_slip_of_one_letter_anywhere_still_shares_a_block(name, at, letter, how):
    from screening_app.domain.contexts import name_blocks

    at = min(at, len(name) - 1)
    slipped = {"sub": name[:at] + letter + name[at + 1:], "ins": name[:at] + letter + name[at:],
               "del": name[:at] + name[at + 1:]}[how]
    if name_likeness(name, slipped) is not None:
        assert name_blocks(name) & name_blocks(slipped), (name, slipped)


@pytest.mark.parametrize("text, address, postcode", [
    ("Flat 3, 12 Mill Rd, ZZ1 4QQ", "Flat 3, 12 Mill Rd", "ZZ1 4QQ"),
    ("12 mill road zz14qq", "12 mill road", "ZZ1 4QQ"),
    ("12 Mill Road, ZZ1 4QQ (the top flat)", "12 Mill Road, (the top flat)", "ZZ1 4QQ"),
    ("the park by the canal", "the park by the canal", None),
    ("", "", None),
])
def test_a_postcode_written_inside_a_place(text, address, postcode):
    from screening_app.domain.contexts import split_postcode

    assert split_postcode(text) == (address, postcode)
