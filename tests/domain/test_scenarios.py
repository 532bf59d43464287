"""The scenario cases (fictional children with expected outcomes) through the case-file loader and the engine."""

from __future__ import annotations

import pytest

from screening_app.domain.case_file import load_case as load_case_file
from screening_app.domain.errors import DomainError
from screening_app.domain.scoring import score
from tests.conftest import SCENARIOS, load_case


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_scenario_through_engine(path, pack):
    case = load_case(path)
    expect = case["expect"]
    if expect.get("error"):
        with pytest.raises(DomainError) as info:
            score(pack[case["form"]], load_case_file(path.read_bytes()).to_input())
        assert expect["mentions"] in str(info.value)
        return
    result = score(pack[case["form"]], load_case_file(path.read_bytes()).to_input())
    assert result.computed_level.value == expect["computed_level"]
    assert result.score == expect["score"]
    assert sorted(f.id for f in result.floors) == sorted(expect["floors"])
    assert sorted(f.id for f in result.flags) == sorted(expect["flags"])
    assert sorted(result.not_known) == sorted(expect["not_known"])
    assert result.score == sum(c.points for c in result.contributions)
    if "exploitation_types" in expect:  # in the pack's fixed order, so compared as a list
        assert list(result.exploitation_types) == expect["exploitation_types"]


def test_there_are_scenarios():
    assert len(SCENARIOS) >= 13
    combined = [p for p in SCENARIOS if load_case(p)["form"] == "child-exploitation"]
    assert len(combined) >= 10
    assert all("exploitation_types" in load_case(p)["expect"] or load_case(p)["expect"].get("error") for p in combined)
