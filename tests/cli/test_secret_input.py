"""Secrets on standard input (``--passphrase-stdin``): line endings, bytes that are not UTF-8,
and the optional confirmation line.

A Windows pipe ends lines with CRLF: the ``\\r`` must not become part of the passphrase (nobody
could type it in the window). Bytes that are not UTF-8 are refused with exit 2 and one line,
before anything is written. These run the real command in a child process, with real bytes on
its standard input (an in-process StringIO would never see a decoding error).
"""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from screening_app.services import vault_service as vs
from tests.cli.conftest import run

pytestmark = pytest.mark.usefixtures("fast_kdf")
PASSPHRASE = "tangerine otter carousel lamp"


def _cli(stdin: bytes, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_CTYPE")}
    return subprocess.run([sys.executable, "-m", "screening_app", *args], input=stdin, capture_output=True,
                          env=env, timeout=120)


def _tree(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.name.endswith("-shm")}


def _bytes_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    """Standard input as Python builds it for a pipe: a text layer (no newline translation, as
    Python's own stdin on Linux and macOS) over a byte buffer."""
    stream = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="surrogateescape", newline="\n")
    monkeypatch.setattr("sys.stdin", stream)


@pytest.mark.parametrize("ending", [b"\r\n", b"\n", b""])
def test_a_crlf_line_ending_is_not_part_of_the_passphrase(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str],
                                                          ending: bytes) -> None:
    folder = tmp_path / "vault"
    _bytes_stdin(monkeypatch, PASSPHRASE.encode() + ending)
    from screening_app.cli.main import main

    assert main(["vault", "create", "--data-dir", str(folder), "--passphrase-stdin"]) == 0
    capsys.readouterr()
    vs.open_vault(folder, PASSPHRASE).close()  # what the window would type


def test_crlf_lines_open_and_change_the_passphrase(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "vault"
    vs.create_vault(folder, PASSPHRASE)[0].close()
    new = "violet harbour bicycle thunder"
    _bytes_stdin(monkeypatch, f"{PASSPHRASE}\r\n{new}\r\n{new}\r\n".encode())
    from screening_app.cli.main import main

    assert main(["vault", "change-passphrase", "--data-dir", str(folder), "--passphrase-stdin"]) == 0
    capsys.readouterr()
    vs.open_vault(folder, new).close()


@pytest.mark.parametrize("data", [b"\xff\xfe not utf-8\n", b"caf\xe9 otter carousel lamp\n", b"\xed\xa0\x80\n"])
def test_bytes_that_are_not_utf8_are_refused_with_exit_2(tmp_path: Path, data: bytes) -> None:
    folder = tmp_path / "vault"
    result = _cli(data, "vault", "create", "--data-dir", str(folder), "--passphrase-stdin")
    err = result.stderr.decode()
    assert result.returncode == 2, err
    assert err.count("\n") == 1 and err.startswith("screening-app: ") and "UTF-8" in err
    assert "Traceback" not in err and result.stdout == b""
    assert not folder.exists()


def test_bytes_that_are_not_utf8_change_nothing_in_a_vault(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    vs.create_vault(folder, PASSPHRASE)[0].close()
    before = _tree(folder)
    result = _cli(PASSPHRASE.encode() + b"\r\nnew \xff passphrase words\r\n", "vault", "change-passphrase",
                  "--data-dir", str(folder), "--passphrase-stdin")
    assert result.returncode == 2 and b"UTF-8" in result.stderr and result.stderr.count(b"\n") == 1
    assert _tree(folder) == before


def test_create_confirmation_line_must_match(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "vault"
    args = ["vault", "create", "--data-dir", str(folder), "--passphrase-stdin"]
    code, out, err = run(monkeypatch, capsys, args, PASSPHRASE, PASSPHRASE + "x")
    assert (code, out) == (2, "") and "differ" in err and err.count("\n") == 1
    assert not folder.exists()
    code, out, _ = run(monkeypatch, capsys, args, PASSPHRASE, PASSPHRASE)  # a matching confirmation
    assert code == 0 and out.strip()
    vs.open_vault(folder, PASSPHRASE).close()


def test_create_confirmation_matches_across_line_endings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "vault"
    _bytes_stdin(monkeypatch, f"{PASSPHRASE}\r\n{PASSPHRASE}\n".encode())
    from screening_app.cli.main import main

    assert main(["vault", "create", "--data-dir", str(folder), "--passphrase-stdin"]) == 0
    capsys.readouterr()
    vs.open_vault(folder, PASSPHRASE).close()
