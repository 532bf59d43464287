"""``screening-app contexts``: the patterns of a vault as text and as the JSON contract of issue 13.
The five invented cases in tests/data/contexts share a car (two spellings), a phone (two
spellings) and a building (a flat and the house number); two names only sound alike."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import run

pytestmark = pytest.mark.usefixtures("fast_kdf")
PASSPHRASE = "tangerine otter carousel lamp"
CASES = sorted((Path(__file__).parents[1] / "data" / "contexts").glob("*.json"))


def _contexts(monkeypatch, capsys, folder: Path, *extra: str) -> tuple[int, str, str]:
    return run(monkeypatch, capsys, ["contexts", "--data-dir", str(folder), "--passphrase-stdin", *extra], PASSPHRASE)


def test_the_json_contract(contexts_vault: Path, monkeypatch, capsys):
    code, out, _ = _contexts(monkeypatch, capsys, contexts_vault, "--json")
    report = json.loads(out)
    assert code == 0 and set(report) == {"clusters", "possible"}
    (cluster,) = report["clusters"]
    assert [c["name"] for c in cluster["children"]] == ["Amy Invented", "Bea Invented", "Cat Invented", "Dee Invented"]
    assert all(set(c) == {"child_id", "name"} for c in cluster["children"])
    assert {(s["kind"], s["value"]) for s in cluster["shared"]} == {
        ("vehicle", "AB12 CDE"), ("phone", "07700 900123"), ("place", "Flat 3, 12 Mill Rd, ZZ1 4QQ")}
    (possible,) = report["possible"]
    assert [c["name"] for c in possible["children"]] == ["Dee Invented", "Eve Invented"]
    assert possible["kind"] == "person" and sorted(possible["values"]) == ["Mohammed", "Muhammad"]
    assert "sound alike" in possible["reason"]


def test_as_text(contexts_vault: Path, monkeypatch, capsys):
    code, out, _ = _contexts(monkeypatch, capsys, contexts_vault)
    assert code == 0
    assert out.splitlines()[:2] == ["1 pattern(s) joined by shared people, places, vehicles or phones",
                                    "1. Amy Invented, Bea Invented, Cat Invented, Dee Invented"]
    assert "   shared vehicle: AB12 CDE" in out.splitlines()
    assert "Possible links (names alike; not joined unless you decide):" in out


def test_an_empty_vault_says_so_and_a_wrong_passphrase_is_exit_3(tmp_path: Path, monkeypatch, capsys):
    folder = tmp_path / "empty"
    run(monkeypatch, capsys, ["vault", "create", "--data-dir", str(folder), "--passphrase-stdin"], PASSPHRASE)
    code, out, _ = _contexts(monkeypatch, capsys, folder)
    assert (code, out.strip()) == (0, "No children are joined by a shared person, place, vehicle or phone.")
    assert json.loads(_contexts(monkeypatch, capsys, folder, "--json")[1]) == {"clusters": [], "possible": []}
    code, out, err = run(monkeypatch, capsys, ["contexts", "--data-dir", str(folder), "--passphrase-stdin"],
                         "not the passphrase at all")
    assert (code, out) == (3, "") and len(err.strip().splitlines()) == 1
    code, out, err = run(monkeypatch, capsys, ["contexts", "--data-dir", str(folder), "--jsn"], PASSPHRASE)
    assert (code, out) == (2, "")
