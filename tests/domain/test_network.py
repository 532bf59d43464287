"""The picture of a pattern (SPEC 12): children on a ring, shared items inside, nothing on top of
anything else, the same pattern drawn the same way, and a plain list saying what the lines say."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from screening_app.domain.contexts import Kind, Link, patterns
from screening_app.domain.network import picture

NAMES = {1: "Amy Invented", 2: "Bea Invented", 3: "Cat Invented", 4: "Dee Invented"}


def _pattern():
    (pattern,) = patterns([
        Link(1, Kind.vehicle, "AB12CDE", "AB12 CDE"), Link(2, Kind.vehicle, "AB12CDE", "ab12-cde"),
        Link(2, Kind.phone, "07700900123", "07700 900123"), Link(3, Kind.phone, "07700900123", "07700 900123"),
        Link(3, Kind.place, "ZZ14QQ|12", "Flat 3, 12 Mill Rd"), Link(4, Kind.place, "ZZ14QQ|12", "12 Mill Road"),
    ])
    return pattern


def test_children_on_the_ring_items_inside_lines_as_shared():
    drawn = picture(_pattern(), NAMES)
    children = [n for n in drawn.nodes if n.kind == "child"]
    items = [n for n in drawn.nodes if n.kind != "child"]
    assert [c.label for c in children] == ["Amy Invented", "Bea Invented", "Cat Invented", "Dee Invented"]
    assert all(math.isclose(math.hypot(c.x, c.y), 1.0) for c in children)
    assert all(math.hypot(i.x, i.y) < 1.0 for i in items)
    assert {i.label for i in items} == {"phone 07700 900123", "place Flat 3, 12 Mill Rd", "vehicle AB12 CDE"}
    car = next(i for i in items if i.kind == "vehicle")
    assert sorted(drawn.neighbours(car.id)) == ["child:1", "child:2"]
    assert drawn.describe("child:2") == "Bea Invented (child): linked through phone 07700 900123, vehicle AB12 CDE"
    assert drawn.describe(car.id) == "vehicle AB12 CDE: shared by Amy Invented, Bea Invented"
    assert picture(_pattern(), NAMES) == drawn  # the same pattern is drawn the same way


def test_a_child_with_no_name_is_drawn_and_said():
    drawn = picture(_pattern(), {1: "Amy Invented"})
    assert drawn.node("child:4").label == "(no name recorded)"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 9), st.sampled_from(["AA11AAA", "BB22BBB", "07700900001", "07700900002",
                                                                "CC33CCC"])), min_size=2, max_size=40))
def test_items_never_sit_on_each_other(pairs):
    links = [Link(child, Kind.phone if key.startswith("0") else Kind.vehicle, f"{key}{n % 3}", key)
             for n, (child, key) in enumerate(pairs)]
    for pattern in patterns(links):
        drawn = picture(pattern, {})
        items = [n for n in drawn.nodes if n.kind != "child"]
        for a in items:
            for b in items:
                if a is not b:  # labels about 0.032 a letter wide and 0.11 high never overlap
                    assert (abs(a.x - b.x) >= (len(a.label) + len(b.label)) * 0.016 + 0.07
                            or abs(a.y - b.y) >= 0.11)
        assert {n.child_id for n in drawn.nodes if n.kind == "child"} == set(pattern.children)
