"""``screening-app list``: a header line, a visible placeholder for a case
with no name, and ``--json`` for scripts (the next issues build on it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import run

pytestmark = pytest.mark.usefixtures("fast_kdf")
PASSPHRASE = "tangerine otter carousel lamp"
SCENARIOS = Path(__file__).parents[1] / "data" / "scenarios"
HEADER = "reference\tchild_name\tassessed_on\tfinal_level\tstatus"


@pytest.fixture
def vault_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "vault"
    code, _, _ = run(
        monkeypatch, capsys, ["vault", "create", "--data-dir", str(folder), "--passphrase-stdin"], PASSPHRASE
    )
    assert code == 0
    return folder


def store(monkeypatch, capsys, vault_dir: Path, tmp_path: Path, **child: str) -> str:
    case = json.loads((SCENARIOS / "v03-classic-pattern.json").read_text(encoding="utf-8"))
    case["child"].update(child)
    path = tmp_path / f"case-{len(list(tmp_path.glob('case-*')))}.json"
    path.write_text(json.dumps(case), encoding="utf-8")
    code, out, err = run(
        monkeypatch, capsys, ["import", str(path), "--data-dir", str(vault_dir), "--passphrase-stdin"], PASSPHRASE
    )
    assert code == 0, err
    return out.strip()


def listing(monkeypatch, capsys, vault_dir: Path, *extra: str) -> str:
    code, out, err = run(
        monkeypatch, capsys, ["list", "--data-dir", str(vault_dir), "--passphrase-stdin", *extra], PASSPHRASE
    )
    assert (code, err) == (0, "")
    return out


def test_header_and_a_placeholder_for_no_name(vault_dir, tmp_path, monkeypatch, capsys):
    named = store(monkeypatch, capsys, vault_dir, tmp_path, first_name="Amira", last_name="Haddad")
    unnamed = store(monkeypatch, capsys, vault_dir, tmp_path)
    assert listing(monkeypatch, capsys, vault_dir).splitlines() == [
        HEADER,
        f"{unnamed}\t(no name recorded)\t2026-11-01\thigh\tcompleted",
        f"{named}\tAmira Haddad\t2026-11-01\thigh\tcompleted",
    ]


def test_json_lists_every_field_with_null_for_no_name(vault_dir, tmp_path, monkeypatch, capsys):
    named = store(monkeypatch, capsys, vault_dir, tmp_path, first_name="Zofia", last_name="Nowak-Łęcka")
    unnamed = store(monkeypatch, capsys, vault_dir, tmp_path)
    items = json.loads(listing(monkeypatch, capsys, vault_dir, "--json"))
    assert [item["reference"] for item in items] == [unnamed, named]
    assert items[0]["child_name"] is None and items[1]["child_name"] == "Zofia Nowak-Łęcka"
    assert set(items[0]) == {
        "reference",
        "child_id",
        "child_name",
        "form",
        "status",
        "assessed_on",
        "final_level",
        "review_date",
        "updated_at",
    }
    assert items[1]["form"] == "cse-screening" and items[1]["status"] == "completed"
    assert items[1]["assessed_on"] == "2026-11-01" and items[1]["final_level"] == "high"


def test_an_empty_vault(vault_dir, monkeypatch, capsys):
    assert listing(monkeypatch, capsys, vault_dir) == HEADER + "\n"
    assert json.loads(listing(monkeypatch, capsys, vault_dir, "--json")) == []


def test_help_describes_the_output(monkeypatch, capsys):
    with pytest.raises(SystemExit):
        run(monkeypatch, capsys, ["list", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "--json" in text and "header line" in text and "(no name recorded)" in text and "null" in text


@pytest.mark.parametrize("extra", [[], ["--json"]])
def test_a_wrong_passphrase_prints_nothing_on_stdout(vault_dir, monkeypatch, capsys, extra):
    code, out, err = run(
        monkeypatch,
        capsys,
        ["list", "--data-dir", str(vault_dir), "--passphrase-stdin", *extra],
        "not the passphrase at all",
    )
    assert (code, out) == (3, "") and err.count("\n") == 1
