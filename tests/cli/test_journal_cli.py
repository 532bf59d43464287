"""``vault check`` and the other commands on a vault whose journal was damaged.

One flipped bit in ``vault.db-wal`` used to give "healthy" with half the records. Now the check
exits 4 and says how many saves were not recovered and where the journal's copy is; a later
check reminds that the copy is there; other commands say it on standard error. Real CLI
processes, on a vault a real writer filled and was killed holding.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from screening_app.storage import wal
from tests.storage.storage_support import PASSPHRASE, vault_with_saves_in_journal

SAVES = 10


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "screening_app", *args, "--passphrase-stdin"], input=f"{PASSPHRASE}\n",
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    folder = vault_with_saves_in_journal(tmp_path / "vault", SAVES)
    journal = folder / "vault.db-wal"
    data = bytearray(journal.read_bytes())
    data[wal.HEADER_BYTES + 5 * (wal.FRAME_HEADER_BYTES + 4096) + 500] ^= 0x10
    journal.write_bytes(bytes(data))
    return folder


def test_check_exits_4_and_says_what_was_not_recovered(damaged: Path) -> None:
    result = _cli("vault", "check", "--data-dir", str(damaged))
    assert result.returncode == 4, result.stderr
    assert "damaged journal: The records' journal (vault.db-wal) is damaged" in result.stdout
    assert "vault.db-wal.damaged-1" in result.stdout and "backup" in result.stdout
    assert "healthy" not in result.stdout.replace("unhealthy", "") and "Traceback" not in result.stderr
    assert (damaged / "vault.db-wal.damaged-1").exists()
    again = _cli("vault", "check", "--data-dir", str(damaged))  # the copy is still pointed to
    assert again.returncode == 0 and "healthy" in again.stdout
    assert "note: An earlier damaged journal is kept in the records folder as vault.db-wal.damaged-1" in again.stdout


def test_other_commands_warn_on_standard_error(damaged: Path) -> None:
    result = _cli("list", "--data-dir", str(damaged))
    assert result.returncode == 0
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("screening-app: warning: The records' journal")
    assert "vault.db-wal.damaged-1" in lines[0]
    assert os.stat(damaged / "vault.db-wal.damaged-1").st_size > 0
