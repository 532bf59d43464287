"""``screening-app import`` and ``screening-app list``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import run

pytestmark = pytest.mark.usefixtures("fast_kdf")
PASSPHRASE = "tangerine otter carousel lamp"
SCENARIOS = Path(__file__).parents[1] / "data" / "scenarios"


@pytest.fixture
def vault_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "vault"
    assert run(monkeypatch, capsys, ["vault", "create", "--data-dir", str(folder), "--passphrase-stdin"],
               PASSPHRASE)[0] == 0
    return folder


def _import(monkeypatch, capsys, vault_dir: Path, case: Path) -> tuple[int, str, str]:
    return run(monkeypatch, capsys, ["import", str(case), "--data-dir", str(vault_dir), "--passphrase-stdin"],
               PASSPHRASE)


def test_import_then_list(vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                          capsys: pytest.CaptureFixture[str]) -> None:
    case = json.loads((SCENARIOS / "v03-classic-pattern.json").read_text(encoding="utf-8"))
    case["child"].update(first_name="Amira", last_name="Haddad", identifiers={"upn": "A123"})
    named = tmp_path / "named.json"
    named.write_text(json.dumps(case), encoding="utf-8")
    code, out, _ = _import(monkeypatch, capsys, vault_dir, named)
    assert code == 0
    reference = out.strip()
    assert reference.startswith("CSE-")
    code, out, _ = _import(monkeypatch, capsys, vault_dir, SCENARIOS / "v04-vulnerabilities-only.json")
    assert code == 0
    code, out, _ = run(monkeypatch, capsys, ["list", "--data-dir", str(vault_dir), "--passphrase-stdin"], PASSPHRASE)
    lines = out.splitlines()
    assert code == 0 and len(lines) == 3 and lines[0].startswith("reference\t")
    assert lines[2] == f"{reference}\tAmira Haddad\t2026-11-01\thigh\tcompleted"


def test_import_refuses_bad_cases(vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _import(monkeypatch, capsys, vault_dir, SCENARIOS / "v12-missing-note.json")
    assert (code, out) == (2, "") and "note" in err
    broken = tmp_path / "broken.json"
    broken.write_text("{ not json")
    assert _import(monkeypatch, capsys, vault_dir, broken)[0] == 2
    assert _import(monkeypatch, capsys, vault_dir, tmp_path / "missing.json")[0] == 2
    code, out, _ = run(monkeypatch, capsys, ["list", "--data-dir", str(vault_dir), "--passphrase-stdin"], PASSPHRASE)
    assert (code, out) == (0, "reference\tchild_name\tassessed_on\tfinal_level\tstatus\n")


def test_import_with_wrong_passphrase(vault_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(monkeypatch, capsys, ["import", str(SCENARIOS / "v03-classic-pattern.json"), "--data-dir",
                                           str(vault_dir), "--passphrase-stdin"], "wrong passphrase entirely")
    assert code == 3
