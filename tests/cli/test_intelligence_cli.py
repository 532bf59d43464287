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


def test_a_missing_vault_is_exit_4_one_line_and_no_file(tmp_path: Path, monkeypatch, capsys, fast_kdf):
    target = tmp_path / "x.pdf"
    code, out, err = _intel(monkeypatch, capsys, tmp_path / "none", "1", "--pdf", str(target))
    assert code == 4 and out == "" and len(err.strip().splitlines()) == 1 and err.startswith("screening-app: ")
    assert not target.exists() and not (tmp_path / "none").exists()


def test_handling_c_needs_its_conditions(contexts_vault: Path, tmp_path: Path, monkeypatch, capsys):
    target = tmp_path / "x.pdf"
    code, out, err = _intel(monkeypatch, capsys, contexts_vault, "1", "--pdf", str(target), "--handling", "C")
    assert (code, out) == (2, "") and "handling code C needs its conditions" in err and not target.exists()
    assert len(err.strip().splitlines()) == 1
    code, _out, err = _intel(monkeypatch, capsys, contexts_vault, "1", "--pdf", str(target), "--handling", "C",
                             "--conditions", "share only with the CSE team", "--protect",
                             secrets=f"{PASSPHRASE}\notter lamp carousel")
    assert code == 0, err
    reader = PdfReader(target)
    assert reader.is_encrypted and reader.decrypt("otter lamp carousel")
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "C: lawful sharing permitted with conditions" in text and "share only with the CSE team" in text


def test_a_childs_name_in_the_records_words_is_withheld_and_the_practitioner_told(
        contexts_vault: Path, tmp_path: Path, monkeypatch, capsys):
    case = json.loads((Path(__file__).parents[1] / "data" / "contexts" / "c1-amy.json").read_text(encoding="utf-8"))
    case["child"] = {**case["child"], "first_name": "Fay", "last_name": "Madeup"}
    case["people"] = [{"name": "Gaz", "phones": ["07700 900777"], "how_known": "Fay says Gaz buys her vapes"}]
    (tmp_path / "fay.json").write_text(json.dumps(case), encoding="utf-8")
    code, _out, err = run(monkeypatch, capsys, ["import", str(tmp_path / "fay.json"), "--data-dir",
                                                str(contexts_vault), "--passphrase-stdin"], PASSPHRASE)
    assert code == 0, err
    gaz = next(r for r in _records(monkeypatch, capsys, contexts_vault) if r["name"] == "Gaz")
    target = tmp_path / "gaz.pdf"
    code, out, err = _intel(monkeypatch, capsys, contexts_vault, str(gaz["id"]), "--pdf", str(target))
    assert code == 0 and out.strip() == str(target)
    assert err.startswith("note: the record's words named a child not named here 1 time") and "read the PDF" in err
    text = _text(target)
    assert "Child A says Gaz buys her vapes" in text and "Fay" not in text and "Madeup" not in text
