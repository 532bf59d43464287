"""Property-based fuzz of the case-file loader: whatever the bytes, a case or one clear refusal.

Run by the suite with ``FUZZ_EXAMPLES`` examples per property (default 500:
about 2,500 cases in all, a few seconds); ``scripts/fuzz-long.sh`` runs the
same properties for long. The properties:

- any bytes, and any corruption of a real case file's bytes, load or raise
  ``AnswerError`` (never another exception: no RecursionError,
  UnicodeEncodeError, OverflowError);
- any JSON value, with keys drawn from the case vocabulary and lone
  surrogates in its text, loads, scores against the form pack or is refused
  with a ``DomainError`` that prints as one line of UTF-8; what loads is stored as UTF-8 JSON and reads back
  the same (``parse_input``);
- renaming any key anywhere in a real case to an unknown name is refused,
  naming the new key (a misspelt key never scores silently);
- a wrong value anywhere is refused without echoing the value.
"""

from __future__ import annotations

import contextlib
import copy
import json
import os
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from screening_app.cli.case_file import refusal
from screening_app.domain.answers import parse_input
from screening_app.domain.case_file import load_case, parse_case
from screening_app.domain.errors import AnswerError, DomainError
from screening_app.domain.scoring import RiskResult, score
from tests.conftest import SCENARIOS

TODAY = date(2026, 11, 2)
fuzz = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "500")),
    deadline=None,
    database=None,  # nothing written outside the test's own folders
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

FILES = [p.read_bytes() for p in SCENARIOS]
VALID = [json.loads(raw) for raw in FILES if "error" not in json.loads(raw)["expect"]]
WITH_DETAILS = {
    **VALID[0],
    "details": {
        "child": {"first_name": "Invented", "gender": "Girl", "interpreter_needed": "no"},
        "people": [{"name": "An adult", "approx_age": 24, "relationship": "adult of concern"}],
        "referrer": {"name": "A teacher", "role": "DSL"},
        "reflective": {"area_background": "Yes."},
        "review": {"previous_reference": "CSE-2026-000001", "what_changed": "Missing twice."},
        "language_flags_kept": 1,
    },
}
CASES = [*VALID, WITH_DETAILS]
VOCABULARY = sorted(
    {
        *("id", "title", "expect", "form", "assessed_on", "child", "people", "answers", "details"),
        *("date_of_birth", "approx_age", "first_name", "last_name", "other_names", "identifiers", "upn"),
        *("answer", "when", "note", "name", "relationship", "referrer", "reflective", "review"),
        *("missing_overnight", "out_late", "sexual_images_adult", "language_flags_kept"),
    }
)

texts = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["\ud800", "x\udfffy", "cse-screening", "2026-11-01", "9999-12-31", "0001-01-01", "yes"]),
    st.sampled_from(["possible", "current", "past", "not_known", "2011-02-01", "2090-01-01"]),
)
scalars = st.one_of(st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.floats(allow_nan=False), texts)
keys = st.one_of(st.sampled_from(VOCABULARY), st.text(max_size=8), st.just("\ud800"))
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=5),
    max_leaves=30,
)


def _outcome(pack: dict, data: Any) -> RiskResult | AnswerError | DomainError:
    """Load and score ``data``; any exception other than a ``DomainError`` fails the property."""
    try:
        case = parse_case(data).to_input()
        stored = json.dumps(case.model_dump(mode="json"), ensure_ascii=False).encode("utf-8")
        assert parse_input(json.loads(stored)) == case  # what is stored reads back the same
        if case.form not in pack:
            return AnswerError("form", "not in the pack")
        return score(pack[case.form], case, TODAY)
    except DomainError as exc:
        line = str(refusal("case.json", exc))  # as the CLI prints it
        assert "\n" not in line and line.encode("utf-8")
        return exc


def _paths(value: Any, path: tuple = ()) -> list[tuple]:
    """Every key path in ``value`` (dict keys and list indexes), outside the ignored ``expect``."""
    found = []
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        if path == () and key == "expect":
            continue
        found.append((*path, key))
        found.extend(_paths(item, (*path, key)))
    return found


def _parent(case: dict, path: tuple) -> Any:
    target: Any = case
    for part in path[:-1]:
        target = target[part]
    return target


@fuzz
@given(st.binary(max_size=3000))
def test_any_bytes_load_or_are_refused(raw: bytes) -> None:
    with contextlib.suppress(AnswerError):  # anything else fails the property
        load_case(raw)


@fuzz
@given(st.sampled_from(FILES), st.data())
def test_corrupted_case_files_load_or_are_refused(raw: bytes, data: st.DataObject) -> None:
    edits = data.draw(
        st.lists(st.tuples(st.integers(0, len(raw)), st.binary(max_size=4), st.integers(0, 3)), min_size=1, max_size=4)
    )
    for at, insert, remove in edits:
        raw = raw[:at] + insert + raw[at + remove :]
    with contextlib.suppress(AnswerError):  # anything else fails the property
        load_case(raw)


@fuzz
@given(json_values)
def test_any_json_scores_or_is_refused(pack, data: Any) -> None:
    _outcome(pack, data)


@fuzz
@given(st.sampled_from(CASES), st.data())
def test_a_renamed_key_anywhere_is_refused_naming_it(pack, base: dict, data: st.DataObject) -> None:
    case = copy.deepcopy(base)
    path = data.draw(st.sampled_from([p for p in _paths(case) if isinstance(p[-1], str)]))
    parent = _parent(case, path)
    new = data.draw(st.from_regex(r"zq[a-z_]{0,10}", fullmatch=True).filter(lambda k: k not in parent))
    parent[new] = parent.pop(path[-1])
    outcome = _outcome(pack, case)
    assert isinstance(outcome, AnswerError), f"renaming {'.'.join(map(str, path))} was not refused"
    assert new in outcome.field


@fuzz
@given(st.sampled_from(CASES), st.data(), json_values)
def test_a_wrong_value_anywhere_is_refused_without_echoing_it(pack, base: dict, data: st.DataObject, value) -> None:
    case = copy.deepcopy(base)
    path = data.draw(st.sampled_from(_paths(case)))
    secret = data.draw(st.from_regex(r"Q[A-Z]{6,10}", fullmatch=True))
    _parent(case, path)[path[-1]] = data.draw(st.sampled_from([secret, value, [secret], {"x": secret}]))
    outcome = _outcome(pack, case)
    if isinstance(outcome, DomainError) and not _an_identifier(path):
        assert secret not in str(outcome)


def _an_identifier(path: tuple) -> bool:
    """Values that are names the case's author chose, which a refusal names on purpose: the form id,
    and chronology entry ids (an entry's own, and those an answer cites). Never the child's data."""
    return path == ("form",) or (path[:1] == ("events",) and path[-1] == "id") or (
        path[:1] == ("answers",) and "events" in path)
