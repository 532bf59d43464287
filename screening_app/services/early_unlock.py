"""Start opening a vault before a command's own code has loaded.

A command that needs the passphrase reads it, calls ``begin`` and only then imports its services:
the passphrase's Argon2 (half a second by design) runs on one core while Python loads the rest on
the other, and the vault's open takes the result (``storage.kdf``). Light on purpose: importing
this module loads no storage, no pydantic and no reportlab.
"""

from __future__ import annotations

from pathlib import Path

from screening_app.storage import kdf


def begin(folder: Path, passphrase: str) -> bool:
    """True when the derivation began; False changes nothing (the open derives as it always did)."""
    return kdf.begin_early(folder / kdf.SLOT_FILE, passphrase)
