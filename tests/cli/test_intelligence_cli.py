"""``screening-app intelligence``: a person, place or vehicle record as a partnership intelligence
PDF for the police (SPEC 12). Real vault, real PDF, its text extracted: identifiers and dates in,
children "Child A" unless the practitioner names them, no other child's name ever; bad input is
one line on stderr, exit 2, and no file. Every case invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli.conftest import CONTEXTS_PASSPHRASE as PASSPHRASE
from tests.cli.conftest import run

pytestmark = pytest.mark.usefixtures("fast_kdf")


def _intel(monkeypatch, capsys, folder: Path, *args: str, secrets: str = PASSPHRASE) -> tuple[int, str, str]:
    return run(monkeypatch, capsys, ["intelligence", *args, "--data-dir", str(folder), "--passphrase-stdin"], secrets)


def _records(monkeypatch, capsys, folder: Path) -> list[dict]:
    code, out, err = _intel(monkeypatch, capsys, folder, "--list", "--json")
    assert code == 0, err
    return json.loads(out)["records"]


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_a_person_as_intelligence_children_unnamed_by_default(contexts_vault: Path, tmp_path, monkeypatch, capsys):
    records = _records(monkeypatch, capsys, contexts_vault)
    danny = next(r for r in records if r["name"] == "Danny")
    assert danny["kind"] == "person" and danny["children"] == 1
    target = tmp_path / "intel.pdf"
    code, out, err = _intel(monkeypatch, capsys, contexts_vault, danny["uuid"], "--pdf", str(target), "--source", "2",
                            "--intelligence", "B", "--handling", "P")
    assert (code, err) == (0, ""), err
    assert out.strip() == str(target)
    text = _text(target)
    assert "Intelligence about a person of concern" in text and "OFFICIAL-SENSITIVE" in text
    for fact in ("Danny", "ab12-cde", "07700 900123", "@dman_07", "25",
                 "2: untested", "B: known indirectly to the source but corroborated", "P: lawful sharing permitted"):
        assert fact in text, fact
    assert "Child A" in text and "Invented" not in text  # no child's name unless chosen
    assert target.stat().st_mode & 0o077 == 0


def test_a_named_child_is_named_and_no_other(contexts_vault: Path, tmp_path: Path, monkeypatch, capsys):
    records = _records(monkeypatch, capsys, contexts_vault)
    flat = next(r for r in records if r["name"] == "the flat")
    code, out, _ = run(monkeypatch, capsys, ["list", "--data-dir", str(contexts_vault), "--passphrase-stdin", "--json"],
                       PASSPHRASE)
    cat = next(a["child_id"] for a in json.loads(out) if a["child_name"] == "Cat Invented")
    target = tmp_path / "flat.pdf"
    code, _out, err = _intel(monkeypatch, capsys, contexts_vault, str(flat["id"]), "--pdf", str(target),
                             "--name-child", str(cat))
    assert code == 0, err
    text = _text(target)
    assert "Intelligence about a place of concern" in text and "Flat 3, 12 Mill Rd" in text and "ZZ1 4QQ" in text
    assert "Cat Invented" in text and "Amy" not in text and "Dee" not in text
    assert "not graded by the submitter" in text


@pytest.mark.parametrize("args, says", [
    (["999", "--pdf", "X"], "999: no person, place or group record has this number"),
    (["1", "--pdf", "X", "--name-child", "5"], "1: child 5 is not linked to this record"),
    (["1"], "--pdf FILE"),
    ([], "give a RECORD and --pdf FILE, or --list"),
])
def test_bad_input_is_one_line_exit_2_and_no_file(contexts_vault: Path, tmp_path, monkeypatch, capsys, args, says):
    args = [str(tmp_path / "x.pdf") if a == "X" else a for a in args]
    code, out, err = _intel(monkeypatch, capsys, contexts_vault, *args)
    assert code == 2 and says in err and len(err.strip().splitlines()) == 1 and out == ""
    assert not (tmp_path / "x.pdf").exists()


def test_an_unknown_grade_is_refused_by_the_parser(contexts_vault: Path, tmp_path: Path, monkeypatch, capsys):
    target = tmp_path / "x.pdf"
    code, _out, err = _intel(monkeypatch, capsys, contexts_vault, "1", "--pdf", str(target), "--source", "5")
    assert code == 2 and "--source" in err and not (tmp_path / "x.pdf").exists()
