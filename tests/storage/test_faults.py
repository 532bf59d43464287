"""Bad input and faults: each gets a specific plain error, and no file changes.

Every case hashes the folder before and after, and checks that no database
was created over or beside the bad one.
"""

from __future__ import annotations

import errno
import json
import os
import resource
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from storage_support import FAST_KDF, PASSPHRASE, hash_tree

from screening_app import fileio
from screening_app.storage.backup import write_backup
from screening_app.storage.errors import (
    AlreadyOpenError,
    DiskFullError,
    EmptyPassphraseError,
    KeySlotMismatchError,
    ReadOnlyError,
    VaultDamagedError,
    VaultError,
    VaultExistsError,
    VaultMissingError,
    WrongPassphraseError,
    WrongRecoveryCodeError,
)
from screening_app.storage.records import ChildDetails
from screening_app.storage.repository import Repository
from screening_app.storage.vault import DB_FILE, SLOT_FILE, Vault


def _open_fails(folder: Path, error: type[VaultError], passphrase: str = PASSPHRASE) -> VaultError:
    before = hash_tree(folder)
    with pytest.raises(error) as caught:
        Vault.open(folder, passphrase)
    assert hash_tree(folder) == before
    assert "Traceback" not in str(caught.value)
    return caught.value


def _replace_db(folder: Path, data: bytes) -> None:
    (folder / DB_FILE).write_bytes(data)


def test_wrong_passphrase(created: tuple[Path, str]) -> None:
    error = _open_fails(created[0], WrongPassphraseError, "not the right passphrase at all")
    assert "passphrase" in str(error)


def test_empty_passphrase_is_refused_before_reading_anything(created: tuple[Path, str]) -> None:
    _open_fails(created[0], EmptyPassphraseError, "")


def test_wrong_recovery_code(created: tuple[Path, str]) -> None:
    folder = created[0]
    before = hash_tree(folder)
    with pytest.raises(WrongRecoveryCodeError):
        Vault.open_with_recovery_code(folder, "22222-22222-22222-22222-22222-22222-22222-22222")
    with pytest.raises(WrongRecoveryCodeError, match="8 groups"):
        Vault.open_with_recovery_code(folder, "too short")
    assert hash_tree(folder) == before


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(VaultMissingError):
        Vault.open(tmp_path / "nowhere", PASSPHRASE)
    assert not (tmp_path / "nowhere").exists()


def test_empty_folder_is_not_turned_into_a_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultMissingError):
        Vault.open(tmp_path, PASSPHRASE)
    assert list(tmp_path.iterdir()) == []


def test_zero_length_database_is_refused(created: tuple[Path, str]) -> None:
    _replace_db(created[0], b"")
    error = _open_fails(created[0], VaultDamagedError)
    assert "empty" in str(error)
    assert (created[0] / DB_FILE).stat().st_size == 0


def test_truncated_database(created: tuple[Path, str]) -> None:
    data = (created[0] / DB_FILE).read_bytes()
    _replace_db(created[0], data[: len(data) // 2 + 100])
    _open_fails(created[0], VaultDamagedError)


def test_truncated_at_a_page_boundary_is_found_by_the_check(created: tuple[Path, str], tmp_path: Path) -> None:
    folder = created[0]
    with Vault.open(folder, PASSPHRASE) as vault:
        repo = Repository(vault.connection)
        for i in range(300):
            repo.add_child(ChildDetails(f"First{i}", "Last" * 40))
    data = (folder / DB_FILE).read_bytes()
    _replace_db(folder, data[: len(data) - 8 * 4096])
    before = hash_tree(folder)
    try:
        with Vault.open(folder, PASSPHRASE) as vault:
            assert vault.integrity_problems()
    except VaultDamagedError:
        pass
    assert hash_tree(folder) == before


def test_random_bytes(created: tuple[Path, str]) -> None:
    _replace_db(created[0], os.urandom(8 * 4096))
    _open_fails(created[0], KeySlotMismatchError)


def test_random_bytes_with_matching_salt(created: tuple[Path, str]) -> None:
    head = (created[0] / DB_FILE).read_bytes()[:16]
    _replace_db(created[0], head + os.urandom(8 * 4096 - 16))
    _open_fails(created[0], VaultDamagedError)


def test_plain_sqlite_file(created: tuple[Path, str], tmp_path: Path) -> None:
    plain = tmp_path / "plain.db"
    conn = sqlite3.connect(plain)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    _replace_db(created[0], plain.read_bytes())
    error = _open_fails(created[0], VaultDamagedError)
    assert "not encrypted" in str(error)


@pytest.mark.parametrize("where", ["first_page", "middle"])
def test_one_flipped_byte(created: tuple[Path, str], where: str) -> None:
    folder = created[0]
    with Vault.open(folder, PASSPHRASE) as vault:
        repo = Repository(vault.connection)
        for i in range(200):
            repo.add_child(ChildDetails(f"Name{i}", "Surname" * 20))
    data = bytearray((folder / DB_FILE).read_bytes())
    data[100 if where == "first_page" else len(data) // 2 + 50] ^= 0x01
    _replace_db(folder, bytes(data))
    before = hash_tree(folder)
    try:
        with Vault.open(folder, PASSPHRASE) as vault:
            assert vault.integrity_problems(), "a flipped byte must not pass both checks"
    except VaultDamagedError:
        pass
    assert hash_tree(folder) == before


def test_missing_key_slot_file(created: tuple[Path, str]) -> None:
    (created[0] / SLOT_FILE).unlink()
    error = _open_fails(created[0], VaultDamagedError)
    assert "key file" in str(error)


def test_missing_database_beside_its_key_file(created: tuple[Path, str]) -> None:
    (created[0] / DB_FILE).unlink()
    error = _open_fails(created[0], VaultDamagedError)
    assert "missing" in str(error)
    assert not (created[0] / DB_FILE).exists()


def test_damaged_key_slot_file(created: tuple[Path, str]) -> None:
    (created[0] / SLOT_FILE).write_text("{ not json")
    _open_fails(created[0], VaultDamagedError)


def test_key_slots_from_another_vault(created: tuple[Path, str], tmp_path: Path) -> None:
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, kdf=FAST_KDF)
    other.close()
    (created[0] / SLOT_FILE).write_bytes((tmp_path / "other" / SLOT_FILE).read_bytes())
    error = _open_fails(created[0], KeySlotMismatchError)
    assert "different" in str(error)


def test_key_slots_from_another_vault_even_with_forged_salt(created: tuple[Path, str], tmp_path: Path) -> None:
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, kdf=FAST_KDF)
    other.close()
    foreign = json.loads((tmp_path / "other" / SLOT_FILE).read_text())
    foreign["db_salt"] = json.loads((created[0] / SLOT_FILE).read_text())["db_salt"]
    (created[0] / SLOT_FILE).write_text(json.dumps(foreign))
    _open_fails(created[0], VaultDamagedError)


def test_second_open_is_refused_while_open(vault: Vault) -> None:
    with pytest.raises(AlreadyOpenError, match="already open"):
        Vault.open(vault.folder, PASSPHRASE)


def test_create_refuses_a_folder_that_holds_records(created: tuple[Path, str]) -> None:
    before = hash_tree(created[0])
    with pytest.raises(VaultExistsError):
        Vault.create(created[0], PASSPHRASE, kdf=FAST_KDF)
    assert hash_tree(created[0]) == before


def test_create_never_writes_beside_a_lone_database(tmp_path: Path) -> None:
    (tmp_path / DB_FILE).write_bytes(b"")
    with pytest.raises(VaultExistsError):
        Vault.create(tmp_path, PASSPHRASE, kdf=FAST_KDF)
    assert not (tmp_path / SLOT_FILE).exists()


_OPEN_READ_ONLY = """
import sys
from pathlib import Path
from screening_app.storage.errors import ReadOnlyError
from screening_app.storage.vault import Vault
try:
    Vault.open(Path(sys.argv[1]), sys.argv[2]).close()
except ReadOnlyError as exc:
    print("refused:", exc)
"""


@pytest.mark.skipif(os.name == "nt", reason="POSIX folder permissions")
def test_read_only_folder(created: tuple[Path, str]) -> None:
    """A real read-only folder. Root ignores folder permissions, so as root the open runs in a
    child process without the capabilities that override them (setpriv, from util-linux)."""
    folder = created[0]
    (folder / "vault.lock").unlink()
    before = hash_tree(folder)
    folder.chmod(0o500)
    try:
        if os.geteuid() != 0:
            _open_fails(folder, ReadOnlyError)
        else:
            drop = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]
            proc = subprocess.run([*drop, sys.executable, "-c", _OPEN_READ_ONLY, str(folder), PASSPHRASE],
                                  capture_output=True, text=True, timeout=120,
                                  env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
            assert proc.stdout.startswith("refused:") and "cannot be written" in proc.stdout, proc.stderr[-2000:]
    finally:
        folder.chmod(0o700)
    assert hash_tree(folder) == before


def test_read_only_folder_on_open(created: tuple[Path, str], monkeypatch: pytest.MonkeyPatch) -> None:
    """As root cannot be refused by permissions, a read-only file system is simulated."""

    def read_only(*_args: object, **_kwargs: object) -> int:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr("screening_app.storage.lock.os.open", read_only)
    error = _open_fails(created[0], ReadOnlyError)
    assert "cannot be written" in str(error)


def test_read_only_folder_refuses_creation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> int:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("screening_app.storage.lock.os.open", refuse)
    with pytest.raises(ReadOnlyError, match="cannot be written"):
        Vault.create(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF)
    assert not (tmp_path / "v").exists()


def _disk_full(*_args: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_disk_full_during_backup(vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    destination = tmp_path / "backups" / "records.backup"
    destination.parent.mkdir()
    destination.write_bytes(b"previous backup")
    before_vault, before_backups = hash_tree(vault.folder), hash_tree(destination.parent)
    monkeypatch.setattr(fileio, "write_all", _disk_full)
    with pytest.raises(DiskFullError, match="disk is full"):
        write_backup(vault, destination)
    assert hash_tree(destination.parent) == before_backups  # the old backup survives, no temp files left
    vault.checkpoint()
    assert hash_tree(vault.folder) == before_vault


def test_disk_full_while_changing_passphrase(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    before = hash_tree(vault.folder)
    monkeypatch.setattr(fileio, "write_all", _disk_full)
    with pytest.raises(DiskFullError):
        vault.change_passphrase(PASSPHRASE, "a brand new passphrase for otters")
    assert hash_tree(vault.folder) == before
    vault.verify_passphrase(PASSPHRASE)


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="needs RLIMIT_FSIZE")
def test_disk_full_during_save(vault: Vault) -> None:
    """A file-size limit makes every write fail, as a full disk would."""
    repo = Repository(vault.connection)
    child = repo.add_child(ChildDetails("Ada", "Lovelace"))
    ref = repo.start_assessment(child, "cse-screening", "1.0", "{}")
    repo.save_draft(ref.id, '{"saved": 1}')
    vault.checkpoint()
    before = hash_tree(vault.folder)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (1, hard))
    try:
        with pytest.raises(DiskFullError, match="nothing was saved"):
            repo.save_draft(ref.id, '{"saved": 2, "pad": "' + "x" * 20000 + '"}')
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, old_handler)
    # The failed transaction may leave a byte in SQLite's own WAL, which is discarded
    # as invalid; the database and key file are untouched.
    after = hash_tree(vault.folder)
    for name in (DB_FILE, SLOT_FILE):
        assert after[name] == before[name]
    assert repo.get_assessment(ref.id).input_json == '{"saved": 1}'
    repo.save_draft(ref.id, '{"saved": 3}')  # works again once there is space
    folder = vault.folder
    vault.close()
    with Vault.open(folder, PASSPHRASE) as reopened:
        assert not reopened.integrity_problems()
        assert Repository(reopened.connection).get_assessment(ref.id).input_json == '{"saved": 3}'
