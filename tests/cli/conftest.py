"""Shared by the vault and records CLI tests: fast key derivation and an in-process runner."""

from __future__ import annotations

import ast
import io
import subprocess
import sys
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


def modules_loaded(setup: str, heavy: tuple[str, ...], prefixes: tuple[str, ...] = (),
                   allowed: tuple[str, ...] = ()) -> list[str]:
    """The modules a fresh process holds after running ``setup``, among the ``heavy`` top-level
    packages and the ``prefixes`` (less ``allowed``): what a command costs before it does anything."""
    script = (
        f"import sys\n{setup}\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {heavy!r}"
        f" or m.startswith({prefixes!r}) and m not in {allowed!r}))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return ast.literal_eval(done.stdout.strip())
