"""Backup to one file and restore into an empty folder, verified before anything takes a real name."""

from __future__ import annotations

from pathlib import Path

import pytest
from storage_support import FAST_KDF, PASSPHRASE, hash_tree

from screening_app.storage.backup import MAGIC, restore_backup, write_backup
from screening_app.storage.errors import BackupError, VaultExistsError, WrongPassphraseError
from screening_app.storage.records import ChildDetails
from screening_app.storage.repository import Repository
from screening_app.storage.vault import DB_FILE, SLOT_FILE, Vault


@pytest.fixture
def backup_file(vault: Vault, tmp_path: Path) -> Path:
    Repository(vault.connection).add_child(ChildDetails("Mary", "Seacole"))
    destination = tmp_path / "records.backup"
    fractions: list[float] = []
    write_backup(vault, destination, fractions.append)
    assert fractions[-1] == 1.0 and fractions == sorted(fractions)
    return destination


def test_backup_is_one_encrypted_file(backup_file: Path) -> None:
    data = backup_file.read_bytes()
    assert data.startswith(MAGIC)
    assert b"SQLite format 3" not in data and b"Seacole" not in data
    assert [p.name for p in backup_file.parent.iterdir() if p.name.startswith(".tmp")] == []


def test_restore_round_trip(backup_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "restored"
    fractions: list[float] = []
    restore_backup(backup_file, target, PASSPHRASE, fractions.append)
    assert fractions[-1] == 1.0
    assert sorted(p.name for p in target.iterdir()) == [SLOT_FILE, DB_FILE, "vault.lock"]
    with Vault.open(target, PASSPHRASE) as vault:
        assert Repository(vault.connection).get_child(1).details.last_name == "Seacole"
        assert not vault.integrity_problems()


def test_restore_refuses_a_folder_with_records(backup_file: Path, vault: Vault, created: tuple[Path, str]) -> None:
    vault.close()
    before = hash_tree(created[0])
    with pytest.raises(VaultExistsError):
        restore_backup(backup_file, created[0], PASSPHRASE)
    assert hash_tree(created[0]) == before


def test_restore_with_wrong_passphrase_leaves_nothing(backup_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "restored"
    with pytest.raises(WrongPassphraseError):
        restore_backup(backup_file, target, "not the passphrase at all")
    assert not target.exists()  # the folder it made, and its lock file, are gone again


@pytest.mark.parametrize("damage", ["truncate", "flip", "not_a_backup", "empty"])
def test_damaged_backup_is_refused(backup_file: Path, tmp_path: Path, damage: str) -> None:
    data = bytearray(backup_file.read_bytes())
    if damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "flip":
        data[len(data) // 2] ^= 0x10
    elif damage == "not_a_backup":
        data = bytearray(b"hello, this is a text file\n" * 100)
    else:
        data = bytearray()
    backup_file.write_bytes(bytes(data))
    target = tmp_path / "restored"
    with pytest.raises(BackupError):
        restore_backup(backup_file, target, PASSPHRASE)
    assert not target.exists()  # the folder it made, and its lock file, are gone again


def test_missing_backup_file(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="not found"):
        restore_backup(tmp_path / "nope.backup", tmp_path / "restored", PASSPHRASE)


def test_backup_replaces_an_older_backup_atomically(vault: Vault, backup_file: Path) -> None:
    Repository(vault.connection).add_child(ChildDetails("Florence", "Nightingale"))
    write_backup(vault, backup_file)
    target = backup_file.parent / "again"
    restore_backup(backup_file, target, PASSPHRASE)
    with Vault.open(target, PASSPHRASE) as restored:
        assert Repository(restored.connection).counts()["children"] == 2


def test_backup_opens_with_the_recovery_code_too(created: tuple[Path, str], tmp_path: Path) -> None:
    folder, code = created
    with Vault.open(folder, PASSPHRASE) as vault:
        write_backup(vault, tmp_path / "b.backup")
    restore_backup(tmp_path / "b.backup", tmp_path / "r", PASSPHRASE)
    Vault.open_with_recovery_code(tmp_path / "r", code).close()


def test_restored_vault_is_still_bound_to_its_key_file(backup_file: Path, tmp_path: Path) -> None:
    restore_backup(backup_file, tmp_path / "r", PASSPHRASE)
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, kdf=FAST_KDF)
    other.close()
    assert (tmp_path / "r" / SLOT_FILE).read_bytes() != (tmp_path / "other" / SLOT_FILE).read_bytes()
