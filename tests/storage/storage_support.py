"""Helpers shared by the storage tests: fast KDF parameters, a passphrase, file hashing."""

from __future__ import annotations

import hashlib
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
