"""`screening-app score` as a user runs it: a real process, JSON out, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.cli.conftest import modules_loaded
from tests.conftest import SCENARIOS, case, concern, load_case


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "screening_app", *args], capture_output=True, text=True, input=stdin, timeout=120
    )


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_scenario_through_cli(path):
    expect = load_case(path)["expect"]
    proc = run_cli("score", str(path))
    if expect.get("error"):
        assert proc.returncode != 0
        assert proc.stdout == ""
        assert proc.stderr.count("\n") == 1 and expect["mentions"] in proc.stderr
        assert "Traceback" not in proc.stderr
        return
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    for key in ("computed_level", "score"):
        assert out[key] == expect[key]
    for key in ("floors", "flags", "not_known"):
        assert sorted(out[key]) == sorted(expect[key])
    assert isinstance(out["exploitation_types"], list)
    if "exploitation_types" in expect:
        assert out["exploitation_types"] == expect["exploitation_types"]
    assert out["level_text"] and isinstance(out["contributions"], list)
    assert isinstance(out["language_flags"], list)


def test_screening_cases_score_the_same_through_the_combined_pack(tmp_path):
    """Issue 17: the combined pack keeps every screening indicator's meaning and score: the screening's
    cases, given to ``score`` as child-exploitation cases, give the same level, score, reasons and gaps."""
    screening = [p for p in SCENARIOS
                 if load_case(p)["form"] == "cse-screening" and "error" not in load_case(p)["expect"]]
    assert len(screening) >= 10
    reasons = ("computed_level", "score", "floors", "flags", "not_known", "review_date")
    for path in screening:
        combined = tmp_path / path.name
        combined.write_text(json.dumps({**load_case(path), "form": "child-exploitation"}), encoding="utf-8")
        before, after = (json.loads(run_cli("score", str(p)).stdout) for p in (path, combined))
        assert {k: before[k] for k in reasons} == {k: after[k] for k in reasons}, path.name
        ids = [[c["indicator_id"] for c in out["contributions"]] for out in (before, after)]
        assert ids[0] == ids[1]
        assert after["form_id"] == "child-exploitation"


def test_language_flags_reported_for_notes(tmp_path):
    data = case(
        {"out_late": concern(note="She is putting herself at risk; her boyfriend is 24.")}, people=[{"approx_age": 24}]
    )
    path = tmp_path / "c.json"
    path.write_text(json.dumps(data))
    out = json.loads(run_cli("score", str(path)).stdout)
    flagged = {(f["phrase"].lower(), f["where"]) for f in out["language_flags"]}
    assert ("putting herself at risk", "out_late") in flagged
    assert ("boyfriend", "out_late") in flagged
    assert all(f["suggestion"] for f in out["language_flags"])


@pytest.mark.parametrize(
    ("content", "mentions"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "case"),
        (json.dumps(case({}, form="no-such-form")), "no-such-form"),
        (json.dumps(case({"out_late": {"answer": "maybe"}})), "answers.out_late.answer"),
        (json.dumps(case({"out_late": concern(when=None)})), "out_late"),
        (json.dumps(case({}, dob="2030-01-01")), "date_of_birth"),
        (json.dumps(case({}, dob=None, approx_age=40)), "approx_age"),
        (json.dumps(case({}, dob="1990-01-01")), "date_of_birth"),
        (json.dumps({**case({}), "assessed_on": "yesterday"}), "assessed_on"),
    ],
)
def test_bad_input_is_one_clear_line(tmp_path, content, mentions):
    path = tmp_path / "bad.json"
    path.write_text(content)
    proc = run_cli("score", str(path))
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and mentions in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr


def test_missing_file_and_usage_errors(tmp_path):
    proc = run_cli("score", str(tmp_path / "absent.json"))
    assert proc.returncode == 2 and "not found" in proc.stderr and proc.stdout == ""
    proc = run_cli("score")
    assert proc.returncode == 2 and proc.stderr.startswith("screening-app: usage") and proc.stdout == ""


def test_notes_never_echoed_in_errors(tmp_path):
    secret = "Zephyrine Quixabel"
    data = case({"out_late": {"answer": "yes", "note": secret}})
    path = tmp_path / "c.json"
    path.write_text(json.dumps(data))
    proc = run_cli("score", str(path))
    assert proc.returncode == 2 and secret not in proc.stderr


def test_version_help_and_a_mistyped_command_import_no_command_module():
    """--version, --help and a wrong command answer without importing pydantic, storage or reportlab
    (issue 18: every CLI call used to pay ~0.6 s of imports before parsing its arguments)."""
    setup = (
        "import contextlib, io\n"
        "from screening_app.cli.main import main\n"
        "for argv in (['--version'], ['--help'], ['nope']):\n"
        "    with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()), "
        "contextlib.redirect_stderr(io.StringIO()):\n"
        "        main(argv)"
    )
    heavy = ("pydantic", "reportlab", "sqlcipher3", "yaml")
    assert modules_loaded(setup, heavy, ("screening_app.cli.",), ("screening_app.cli.main",)) == []


def test_score_names_the_level_in_the_packs_scheme(tmp_path):
    from tests.domain.test_level_schemes import scheme_forms

    folder = scheme_forms(tmp_path / "forms")
    raw = load_case(SCENARIOS[0].with_name("v03-classic-pattern.json"))
    raw["also_recorded"] = {"harming_others": "Invented: she brought a younger girl to the flat."}
    proc = run_cli("score", "-", "--forms", str(folder), stdin=json.dumps(raw))
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["computed_level"] == "high"  # the stable contract: the rank
    assert out["level_label"] == "Exploited"
    assert out["level_scheme"] == {"id": "west-sussex-2020", "level": "exploited"}
    assert out["also_recorded"] == {"harming_others": "Invented: she brought a younger girl to the flat."}
    plain = json.loads(run_cli("score", str(SCENARIOS[0].with_name("v03-classic-pattern.json"))).stdout)
    assert (plain["level_label"], plain["level_scheme"]) == ("High", {"id": "standard", "level": "high"})
    refused = run_cli("score", "-", stdin=json.dumps(raw))  # the installed packs follow no scheme
    assert refused.returncode == 2 and refused.stdout == "" and refused.stderr.count("\n") == 1
    assert "also_recorded.harming_others" in refused.stderr


def test_score_in_welsh_keeps_the_contract_and_words_the_product_sentences():
    path = str(SCENARIOS[0].with_name("v03-classic-pattern.json"))
    english, welsh = (json.loads(run_cli("score", path, *extra).stdout) for extra in ((), ("--lang", "cy")))
    for key in ("computed_level", "final_level", "score", "floors", "flags", "exploitation_types", "level_scheme"):
        assert welsh[key] == english[key], key  # the stable contract does not change with the language
    assert (english["level_label"], welsh["level_label"]) == ("High", "Uchel")
    assert english["explanation"][1].startswith("Score 15 from 3 scored answers")
    assert welsh["explanation"][1].startswith("Sgôr 15 o 3 o atebion a sgoriwyd")
    assert any(line.startswith("O leiaf Uchel: ") for line in welsh["explanation"])
    refused = run_cli("score", path, "--lang", "xx")
    assert refused.returncode == 2 and refused.stdout == "" and refused.stderr.count("\n") == 1
    assert "--lang" in refused.stderr
