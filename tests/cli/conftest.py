"""Shared by the vault and records CLI tests: fast key derivation and an in-process runner."""

from __future__ import annotations

import io

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
