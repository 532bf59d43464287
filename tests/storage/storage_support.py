"""Helpers shared by the storage tests: fast KDF parameters, a passphrase, file hashing."""

from __future__ import annotations

import hashlib
import signal
import subprocess
import sys
from pathlib import Path

from screening_app.storage.keyslots import KdfParams

# Tiny Argon2 cost so unit tests stay fast; production always calibrates.
FAST_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024)
PASSPHRASE = "tangerine otter carousel lamp"


def hash_tree(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (name -> sha256), to prove nothing changed.

    The ``-shm`` file is SQLite's shared-memory WAL index: rebuilt on every
    read, holding no records, so it is left out.
    """
    if not folder.exists():
        return {}
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith("-shm")
    }


_JOURNAL_WRITER = """
import sys, time
from pathlib import Path
from screening_app.storage.records import ChildDetails
from screening_app.storage.repository import Repository
from screening_app.storage.vault import Vault

vault = Vault.open(Path(sys.argv[1]), sys.argv[2])
repo = Repository(vault.connection, "wal-test")
child = repo.add_child(ChildDetails("Test", "Child"))
vault.checkpoint()
for n in range(int(sys.argv[3])):
    repo.start_assessment(child, "cse-screening", "1.0", '{"n": %d, "pad": "%s"}' % (n, "x" * 3000))
print("saved", flush=True)
time.sleep(60)
"""


def vault_with_saves_in_journal(folder: Path, saves: int) -> Path:
    """A vault holding one child and ``saves`` assessments that are only in its journal
    (``vault.db-wal``): a real writer saved them, each acknowledged, and was then SIGKILLed."""
    from screening_app.storage.vault import Vault

    Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)[0].close()
    writer = subprocess.Popen([sys.executable, "-c", _JOURNAL_WRITER, str(folder), PASSPHRASE, str(saves)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "saved"
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
        if writer.stdout is not None:
            writer.stdout.close()
    return folder
