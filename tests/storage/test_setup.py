"""An unfinished set-up (the marker still there) is no vault: it says so, and create or restore start again.

What a kill can leave is made here by hand; tests/cli/test_vault_create_crash.py gets there with real kills.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from storage_support import FAST_KDF, PASSPHRASE, hash_tree

from screening_app.storage.backup import restore_backup, write_backup
from screening_app.storage.errors import UnfinishedSetupError, VaultMissingError
from screening_app.storage.vault import DB_FILE, SETUP_MARKER, SLOT_FILE, Vault

LEFT_BY_A_KILL = (SETUP_MARKER, SLOT_FILE, DB_FILE, f"{DB_FILE}-wal", ".tmp-vault.db-0123456789ab",
                  ".tmp-vault.db-0123456789ab-journal", ".tmp-keyslots.json-0123456789ab", ".tmp-restore-vault.db")


@pytest.fixture
def unfinished(tmp_path: Path) -> Path:
    folder = tmp_path / "records"
    folder.mkdir()
    for name in LEFT_BY_A_KILL:
        (folder / name).write_bytes(b"left by a set-up cut short")
    (folder / "notes.txt").write_text("the practitioner's own")
    return folder


def test_opening_an_unfinished_set_up_says_so_and_changes_nothing(unfinished: Path) -> None:
    before = hash_tree(unfinished)
    with pytest.raises(UnfinishedSetupError, match="did not finish") as caught:
        Vault.open(unfinished, PASSPHRASE)
    assert isinstance(caught.value, VaultMissingError)  # exit 4, like a folder with no vault
    assert not Vault.exists(unfinished)
    assert hash_tree(unfinished) == before


def test_create_clears_an_unfinished_set_up_and_starts_again(unfinished: Path) -> None:
    vault, _ = Vault.create(unfinished, PASSPHRASE, kdf=FAST_KDF)
    vault.close()
    assert sorted(p.name for p in unfinished.iterdir()) == sorted([DB_FILE, "notes.txt", SLOT_FILE, "vault.lock"])
    Vault.open(unfinished, PASSPHRASE).close()


def test_restore_clears_an_unfinished_set_up_too(unfinished: Path, created: tuple[Path, str], tmp_path: Path) -> None:
    with Vault.open(created[0], PASSPHRASE) as vault:
        write_backup(vault, tmp_path / "records.backup")
    restore_backup(tmp_path / "records.backup", unfinished, PASSPHRASE)
    assert sorted(p.name for p in unfinished.iterdir()) == sorted([DB_FILE, "notes.txt", SLOT_FILE, "vault.lock"])
    Vault.open(unfinished, PASSPHRASE).close()
