"""Shared by the vault and records CLI tests: fast key derivation and an in-process runner."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from screening_app.cli.main import main
from screening_app.storage import keyslots


@pytest.fixture
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Production calibrates to ~0.5 s; tests swap in tiny parameters."""
    fast = keyslots.KdfParams(time_cost=1, memory_kib=8 * 1024)
    monkeypatch.setattr(keyslots, "calibrate", lambda *args, **kwargs: fast.with_new_salt())


def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], args: list[str],
        *lines: str) -> tuple[int, str, str]:
    """``screening-app ARGS`` in this process, with ``lines`` on standard input."""
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{line}\n" for line in lines)))
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


CONTEXTS_PASSPHRASE = "tangerine otter carousel lamp"


@pytest.fixture
def contexts_vault(tmp_path: Path, monkeypatch, capsys, fast_kdf) -> Path:
    """A vault holding the five invented cases of tests/data/contexts (a car, a phone and a building
    shared; two names only alike)."""
    folder = tmp_path / "vault"
    assert run(monkeypatch, capsys, ["vault", "create", "--data-dir", str(folder), "--passphrase-stdin"],
               CONTEXTS_PASSPHRASE)[0] == 0
    for case in sorted((Path(__file__).parents[1] / "data" / "contexts").glob("*.json")):
        code, _out, err = run(monkeypatch, capsys, ["import", str(case), "--data-dir", str(folder),
                                                    "--passphrase-stdin"], CONTEXTS_PASSPHRASE)
        assert code == 0, err
    return folder
