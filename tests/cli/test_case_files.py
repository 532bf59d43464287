"""Case files as ``score`` and ``import`` read them: strict, and never a silently wrong level.

Every refusal is one line on standard error, exit 2, no traceback, and (for
``import``) nothing changed in the vault. The reproducers of issue 11 are here.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.cli.conftest import run

pytestmark = pytest.mark.usefixtures("fast_kdf")
PASSPHRASE = "tangerine otter carousel lamp"
SCENARIOS = Path(__file__).parents[1] / "data" / "scenarios"
TODAY = date(2026, 11, 2)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI passes the real date; these tests pass a fixed one."""
    monkeypatch.setattr("screening_app.cli.case_file.today", lambda: TODAY)


def _classic() -> dict:
    return json.loads((SCENARIOS / "v03-classic-pattern.json").read_text(encoding="utf-8"))


def _write(tmp_path: Path, content: str | bytes | dict, name: str = "case.json") -> Path:
    path = tmp_path / name
    if isinstance(content, dict):
        content = json.dumps(content)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def _score(monkeypatch, capsys, path: Path | str) -> tuple[int, str, str]:
    return run(monkeypatch, capsys, ["score", str(path)])


def _one_line_refusal(code: int, out: str, err: str, *mentions: str) -> None:
    assert (code, out) == (2, ""), err
    assert err.count("\n") == 1 and err.startswith("screening-app: "), err
    assert "Traceback" not in err
    for word in mentions:
        assert word in err, err


def _with(case: dict, path: str, value: object) -> dict:
    """``case`` with the value at a dotted path replaced."""
    *parents, last = path.split(".")
    target = case
    for part in parents:
        target = target[int(part)] if isinstance(target, list) else target[part]
    target[last] = value
    return case


# ---------------------------------------------------------------- unknown keys


@pytest.mark.parametrize(
    ("rename", "key_path", "suggestion"),
    [
        (("", "answers", "anwsers"), "anwsers", "answers"),
        (("", "assessed_on", "assesed_on"), "assesed_on", "assessed_on"),
        (("child", "date_of_birth", "date_of_brith"), "child.date_of_brith", "date_of_birth"),
        (("people.0", "approx_age", "aprox_age"), "people.0.aprox_age", "approx_age"),
        (("answers.missing_overnight", "note", "nte"), "answers.missing_overnight.nte", "note"),
        (("answers", "missing_overnight", "missing_overnite"), "answers.missing_overnite", "missing_overnight"),
    ],
)
def test_a_misspelt_key_is_refused_naming_it_and_the_closest_known_one(
    tmp_path, monkeypatch, capsys, rename, key_path, suggestion
):
    where, old, new = rename
    case = _classic()
    target = case
    for part in filter(None, where.split(".")):
        target = target[int(part)] if isinstance(target, list) else target[part]
    target[new] = target.pop(old)
    code, out, err = _score(monkeypatch, capsys, _write(tmp_path, case))
    _one_line_refusal(code, out, err, key_path, f"'{suggestion}'")


def test_misspelt_answers_no_longer_scores_low(tmp_path, monkeypatch, capsys):
    """The worst finding: 'anwsers' scored 0, low; the right answer is 15, high."""
    case = _classic()
    assert _score(monkeypatch, capsys, _write(tmp_path, case))[1]  # the real case scores
    case["anwsers"] = case.pop("answers")
    code, out, err = _score(monkeypatch, capsys, _write(tmp_path, case))
    _one_line_refusal(code, out, err, "anwsers", "did you mean 'answers'")


def test_unknown_details_group_and_field_are_refused(tmp_path, monkeypatch, capsys):
    case = _with(_classic(), "details", {"refferer": {"name": "A Teacher"}})
    _one_line_refusal(*_score(monkeypatch, capsys, _write(tmp_path, case)), "details.refferer", "'referrer'")
    case = _with(_classic(), "details", {"referrer": {"nmae": "A Teacher"}})
    _one_line_refusal(*_score(monkeypatch, capsys, _write(tmp_path, case)), "details.referrer.nmae", "'name'")


def test_documented_ignored_keys_and_names_are_accepted(tmp_path, monkeypatch, capsys):
    case = _classic()
    case["child"].update(
        first_name="Amira",
        last_name="Haddad",
        other_names=["Ami"],
        identifiers={"upn": "A123", "nhs_number": "943 476 5919"},
    )
    case["people"][0]["name"] = "An adult"
    case["details"] = {"referrer": {"name": "A Teacher", "role": "DSL"}, "people": [{"name": "An adult"}]}
    code, out, err = _score(monkeypatch, capsys, _write(tmp_path, case))
    assert code == 0, err
    assert json.loads(out)["score"] == 15


# ---------------------------------------------------------------- strict types


@pytest.mark.parametrize(
    ("path", "value", "mentions"),
    [
        ("child.approx_age", True, "child.approx_age"),
        ("child.approx_age", "14", "child.approx_age"),
        ("child.approx_age", 14.0, "child.approx_age"),
        ("people.0.approx_age", True, "people.0.approx_age"),
        ("people.0.approx_age", "24", "people.0.approx_age"),
        ("child", "Zofia", "child"),
        ("people", "Zofia", "people"),
        ("answers", ["missing_overnight"], "answers"),
        ("answers.missing_overnight.note", 5, "answers.missing_overnight.note"),
        ("form", 1, "form"),
        ("assessed_on", 1700000000, "assessed_on"),
        ("assessed_on", "2026-11-01T10:00:00", "assessed_on"),
        ("assessed_on", "2026-02-30", "assessed_on"),
        ("child.first_name", 7, "child.first_name"),
    ],
)
def test_wrong_types_are_refused_not_coerced(tmp_path, monkeypatch, capsys, path, value, mentions):
    case = _classic()
    if path.startswith("child.approx_age"):
        case["child"] = {}
    case = _with(case, path, value)
    code, out, err = _score(monkeypatch, capsys, _write(tmp_path, case))
    _one_line_refusal(code, out, err, mentions)
    assert "Zofia" not in err  # never the child's data


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("assessed_on", "dob"),
    [
        ("9999-12-31", "2011-02-01"),
        ("0001-01-01", None),
        ("1999-12-31", None),
        ("2090-01-01", "2080-01-01"),
        (str(date.fromordinal(TODAY.toordinal() + 2)), "2011-02-01"),
    ],
)
def test_impossible_assessment_dates_are_refused(tmp_path, monkeypatch, capsys, assessed_on, dob):
    case = _with(_classic(), "assessed_on", assessed_on)
    case["child"] = {"date_of_birth": dob} if dob else {"approx_age": 14}
    _one_line_refusal(*_score(monkeypatch, capsys, _write(tmp_path, case)), "assessed_on")


def test_tomorrow_is_within_the_margin(tmp_path, monkeypatch, capsys):
    case = _with(_classic(), "assessed_on", str(date.fromordinal(TODAY.toordinal() + 1)))
    code, _, err = _score(monkeypatch, capsys, _write(tmp_path, case))
    assert code == 0, err


def test_date_of_birth_after_the_assessment_is_refused(tmp_path, monkeypatch, capsys):
    case = _with(_classic(), "child.date_of_birth", "2026-11-02")
    _one_line_refusal(*_score(monkeypatch, capsys, _write(tmp_path, case)), "child.date_of_birth")


# ---------------------------------------------------------------- text


@pytest.mark.parametrize(
    ("content", "mentions"),
    [
        (json.dumps(_with(_classic(), "answers.missing_overnight.note", "\ud800")), "answers.missing_overnight.note"),
        (json.dumps(_with(_classic(), "details", {"referrer": {"name": "\udfff x"}})), "details.referrer.name"),
        ("[" * 100_000 + "]" * 100_000, "nested"),
        (json.dumps(_with(_classic(), "details", {"x": json.loads("[" * 40 + "]" * 40)})), "nested"),
        (b'{"form": "cse-screening", "note": "\xff\xfe"}', "UTF-8"),
        ('{"form": "cse-screening", "form": "other"}', "form"),
        (json.dumps(_classic()).replace('"approx_age": 24', '"approx_age": NaN'), "not valid JSON"),
        ("", "not valid JSON"),
        ("[1, 2]", "JSON object"),
    ],
    ids=[
        "surrogate-note",
        "surrogate-details",
        "deep-100000",
        "deep-details",
        "not-utf8",
        "duplicate-key",
        "nan",
        "empty",
        "list",
    ],
)
def test_bad_text_is_one_clear_line(tmp_path, monkeypatch, capsys, content, mentions):
    code, out, err = _score(monkeypatch, capsys, _write(tmp_path, content))
    _one_line_refusal(code, out, err, mentions)


def test_messages_print_the_path_as_given(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "cases"
    folder.mkdir()
    path = _write(folder, "{ nope")
    code, out, err = _score(monkeypatch, capsys, path)
    _one_line_refusal(code, out, err, str(path))
    code, out, err = _score(monkeypatch, capsys, folder / "absent.json")
    _one_line_refusal(code, out, err, str(folder / "absent.json"), "not found")


def test_a_too_large_case_is_refused(tmp_path, monkeypatch, capsys):
    big = _with(_classic(), "details", {"referrer": {"name": "x" * (6 * 1024 * 1024)}})
    _one_line_refusal(*_score(monkeypatch, capsys, _write(tmp_path, big)), "too large")


def test_score_dash_reads_standard_input():
    """A real process: ``score -`` with the case on standard input."""
    proc = subprocess.run(
        [sys.executable, "-m", "screening_app", "score", "-"],
        input=json.dumps(_classic()),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["score"] == 15
    proc = subprocess.run(
        [sys.executable, "-m", "screening_app", "score", "-"], input=b"\xff{", capture_output=True, timeout=120
    )
    assert proc.returncode == 2 and proc.stdout == b""
    assert proc.stderr.decode().count("\n") == 1 and b"standard input" in proc.stderr


# ---------------------------------------------------------------- import


@pytest.fixture
def vault_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "vault"
    assert (
        run(monkeypatch, capsys, ["vault", "create", "--data-dir", str(folder), "--passphrase-stdin"], PASSPHRASE)[0]
        == 0
    )
    return folder


def _import(monkeypatch, capsys, vault_dir: Path, case: Path) -> tuple[int, str, str]:
    return run(
        monkeypatch, capsys, ["import", str(case), "--data-dir", str(vault_dir), "--passphrase-stdin"], PASSPHRASE
    )


def _snapshot(folder: Path) -> dict[str, str]:
    """Every file but the `-shm` WAL index (rebuilt on every read, holding no records)."""
    files = (p for p in sorted(folder.iterdir()) if p.is_file() and not p.name.endswith("-shm"))
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in files}


@pytest.mark.parametrize(
    "case",
    [
        {"child": "Zofia"},
        {"anwsers": {}},
        {"child": {"approx_age": True}},
        {"assessed_on": "9999-12-31"},
        {"details": {"deep": json.loads("[" * 900 + "]" * 900)}},
        {"details": {"referrer": {"name": "\ud800"}}},
    ],
    ids=["child-text", "misspelt", "bool-age", "far-future", "deep-details", "surrogate"],
)
def test_import_refuses_with_exit_2_and_changes_nothing(tmp_path, vault_dir, monkeypatch, capsys, case):
    data = _classic()
    data.pop("answers") if "anwsers" in case else None
    data.update(case)
    if case.get("child") == {"approx_age": True}:
        data["child"] = {"approx_age": True}
    before = _snapshot(vault_dir)
    code, out, err = _import(monkeypatch, capsys, vault_dir, _write(tmp_path, data))
    _one_line_refusal(code, out, err)
    assert "nothing was changed" not in err or _snapshot(vault_dir) == before
    assert _snapshot(vault_dir) == before
    code, out, _ = run(monkeypatch, capsys, ["list", "--json", "--data-dir", str(vault_dir), "--passphrase-stdin"],
                       PASSPHRASE)
    assert (code, json.loads(out)) == (0, [])


def test_import_reads_names_and_identifiers(tmp_path, vault_dir, monkeypatch, capsys):
    case = _classic()
    case["child"].update(first_name="Amira", last_name="Haddad", identifiers={"upn": "A123"})
    code, out, err = _import(monkeypatch, capsys, vault_dir, _write(tmp_path, case))
    assert code == 0, err
    code, out, _ = run(monkeypatch, capsys, ["list", "--json", "--data-dir", str(vault_dir), "--passphrase-stdin"],
                       PASSPHRASE)
    (listed,) = json.loads(out)
    assert (listed["child_name"], listed["assessed_on"], listed["final_level"]) == \
        ("Amira Haddad", "2026-11-01", "high")


def test_a_key_holding_a_newline_is_still_one_line(tmp_path, monkeypatch, capsys):
    case = {**_classic(), "a\nb\x1b[2J": 1}
    code, out, err = _score(monkeypatch, capsys, _write(tmp_path, case))
    _one_line_refusal(code, out, err, "a\\nb\\x1b[2J")


def test_import_cannot_read_case_and_passphrase_both_from_standard_input(vault_dir, monkeypatch, capsys):
    before = _snapshot(vault_dir)
    code, out, err = run(
        monkeypatch, capsys, ["import", "-", "--data-dir", str(vault_dir), "--passphrase-stdin"], PASSPHRASE
    )
    _one_line_refusal(code, out, err, "standard input")
    assert _snapshot(vault_dir) == before


def test_an_import_failing_half_way_changes_nothing_and_says_so(tmp_path, vault_dir, monkeypatch, capsys):
    """A real SQLite failure at the last write of an import (a trigger in the vault file itself)."""
    from screening_app.services.vault_service import open_vault

    with open_vault(vault_dir, PASSPHRASE) as vault:
        vault.connection.execute(
            "CREATE TRIGGER fail_import BEFORE INSERT ON audit_log WHEN NEW.action = 'assessment.completed'"
            " BEGIN SELECT RAISE(ABORT, 'injected'); END"
        )
    before = _snapshot(vault_dir)
    code, out, err = _import(monkeypatch, capsys, vault_dir, _write(tmp_path, _classic()))
    assert code != 0 and out == "" and err.count("\n") == 1 and "Traceback" not in err
    assert "not been changed" in err or "nothing was changed" in err
    assert _snapshot(vault_dir) == before
