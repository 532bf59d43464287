"""The team's merge rules (issue 15, SPEC 13): every change kept, the same result whatever order
files arrive in, concurrent edits shown as a conflict until a person decides; and the hybrid
clock that orders changes across laptops whose clocks disagree. The simulation's short form runs
here; its long form is ``tests/domain/team_simulation.py --steps 200000``."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from screening_app.domain.hlc import ClockDriftError, HybridClock, Stamp
from screening_app.domain.team_merge import HistoryError, Register, Registers, Write
from tests.domain.team_simulation import check, finish, simulate

DOB = ("child-1", "date_of_birth")


def _clock(member: str, start: int = 1_000_000):
    now = [start]
    return HybridClock(member, lambda: now[0]), now


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), members=st.integers(2, 5))
def test_five_members_files_late_out_of_order_and_twice_end_identical_and_lose_nothing(seed, members):
    world = simulate(seed, steps=2_500, members=members)
    finish(world)
    check(world)


def test_a_change_made_after_seeing_another_is_not_a_conflict():
    a, b = Registers(), Registers()
    first = a.write(DOB, "2011-02-01", Stamp(10, 0, "A"))
    a.add([first])
    b.add([first])
    second = b.write(DOB, "2011-02-10", Stamp(20, 0, "B"))
    assert second.bases == (first.stamp,)
    for registers in (a, b):
        registers.add([second])
        assert registers.value(DOB) == "2011-02-10" and registers.conflicts() == {}


def test_two_changes_made_apart_are_both_kept_the_later_shown_until_a_person_decides():
    a, b, c = Registers(), Registers(), Registers()
    base = Write(DOB, Stamp(10, 0, "A"), "2011-02-01")
    for registers in (a, b, c):
        registers.add([base])
    mine = a.write(DOB, "2011-02-10", Stamp(30, 0, "A"))
    theirs = b.write(DOB, "2011-01-02", Stamp(20, 0, "B"))
    for registers, order in ((a, (mine, theirs)), (b, (theirs, mine)), (c, (theirs, mine))):
        registers.add(order)
        assert registers.value(DOB) == "2011-02-10"  # the later stamp, on every laptop
        assert [w.value for w in registers.conflicts()[DOB]] == ["2011-02-10", "2011-01-02"]
    assert b.write(DOB, "2011-02-10", Stamp(40, 0, "B")) is None  # saving what is shown decides nothing
    decision = b.decide(DOB, "2011-01-02", Stamp(40, 0, "B"))  # the earlier one was right
    assert set(decision.bases) == {mine.stamp, theirs.stamp}
    for registers in (a, b, c):
        registers.add([decision])
        assert registers.value(DOB) == "2011-01-02" and registers.conflicts() == {}
        assert len(registers.by_key[DOB].history) == 4  # nothing removed


def test_two_corrections_of_one_version_on_two_laptops_are_a_conflict_and_both_versions_stay():
    version = ("assessment-7", "version")
    registers = Registers()
    completed = Write(version, Stamp(10, 0, "A"), {"version": "v1"})
    registers.add([completed])
    one = Write(version, Stamp(20, 0, "A"), {"version": "v2-a"}, (completed.stamp,))
    other = Write(version, Stamp(21, 0, "B"), {"version": "v2-b"}, (completed.stamp,))
    registers.add([other, one])
    assert registers.value(version) == {"version": "v2-b"}
    assert [w.value["version"] for w in registers.conflicts()[version]] == ["v2-b", "v2-a"]


def test_any_order_and_any_repeat_gives_the_same_history():
    writes = [Write(DOB, Stamp(10, 0, "A"), "x"), Write(DOB, Stamp(20, 0, "B"), "y", (Stamp(10, 0, "A"),)),
              Write(DOB, Stamp(15, 0, "C"), "z", (Stamp(10, 0, "A"),)),
              Write(DOB, Stamp(30, 0, "A"), "w", (Stamp(20, 0, "B"), Stamp(15, 0, "C")))]
    results = set()
    for order in itertools.permutations(writes):
        registers = Registers()
        registers.add(order)
        assert registers.add(order[:2]) == []  # the same file twice changes nothing
        results.add(repr(registers.canonical()))
    assert len(results) == 1 and Registers().add(writes) == [DOB] * 4


def test_a_file_that_is_not_what_its_writer_wrote_is_refused():
    registers = Registers()
    registers.add([Write(DOB, Stamp(10, 0, "A"), "x")])
    with pytest.raises(HistoryError, match="same stamp"):
        registers.add([Write(DOB, Stamp(10, 0, "A"), "changed")])
    with pytest.raises(HistoryError, match="before a change it was made on"):
        registers.add([Write(DOB, Stamp(5, 0, "B"), "y", (Stamp(10, 0, "A"),))])


def test_the_clock_orders_after_what_it_has_seen_even_when_the_laptop_is_a_day_slow():
    slow, now = _clock("B", start=1_000)
    seen = Stamp(86_400_000, 3, "A")  # a member whose clock is a day ahead
    slow.observe(seen)
    after = slow.tick()
    assert after > seen and after.member == "B"
    now[0] = 500  # the laptop's clock goes back
    assert slow.tick() > after
    with pytest.raises(ClockDriftError):
        slow.observe(Stamp(now[0] + 400 * 86_400_000, 0, "A"))


def test_stamps_as_text_sort_as_they_compare_and_garbage_is_refused():
    stamps = sorted([Stamp(2, 0, "B"), Stamp(1, 9999, "Z"), Stamp(2, 0, "A"), Stamp(10**12, 1, "C")])
    assert sorted(s.text() for s in stamps) == [s.text() for s in stamps]
    assert all(Stamp.parse(s.text()) == s for s in stamps)
    for bad in ("", "1-2-A", "0000000000000001-0001-", "x" * 16 + "-0001-A", None):
        with pytest.raises(ValueError):
            Stamp.parse(bad)  # type: ignore[arg-type]


def test_merges_made_apart_resolve_the_same_way_everywhere():
    from screening_app.domain.team_merge import merge_roots

    assert merge_roots({"a": "b", "b": None}) == {"a": "b", "b": None}
    assert merge_roots({"a": "b", "b": "c"}) == {"a": "c", "b": "c"}  # a chain: A counts as C
    assert merge_roots({"b": "a", "a": "b"}) == {"a": None, "b": "a"}  # a loop: the smallest stands alone
    assert merge_roots({"c": "b", "b": "a", "a": "c", "d": "c"}) == {"a": None, "b": "a", "c": "a", "d": "a"}
    assert merge_roots({"x": "unknown"}) == {"x": "unknown"}  # its target is not here yet


def test_two_members_writing_the_same_value_apart_is_not_a_conflict():
    one, two = Stamp(1_000, 0, "m1"), Stamp(1_001, 0, "m2")
    register = Register(("ctx", "context.key:vehicle:AB12CDE"))
    register.add(Write(register.key, one, "AB12 CDE"))
    register.add(Write(register.key, two, "AB12 CDE"))
    assert len(register.heads()) == 2 and register.conflict() == []
    register.add(Write(register.key, Stamp(1_002, 0, "m3"), "ab12cde"))
    assert len(register.conflict()) == 3
