"""The vault: one folder holding the encrypted database and its key slots.

``Vault.create`` makes a new one (and returns the recovery code, shown once);
``Vault.open`` / ``Vault.open_with_recovery_code`` unlock it. Opening never
creates or repairs anything: a missing, empty, cut-short, foreign or damaged
file is reported and left exactly as it was. While open, the folder is locked
against a second process. Changing the passphrase re-wraps one slot (instant
at any size); rotating the data key re-encrypts the whole database, with the
new key recorded as "pending" first so a crash mid-way cannot lose the key.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

from screening_app.storage import db, keyslots, migrations
from screening_app.storage.atomic import TEMP_PREFIX, fsync_dir, os_errors_translated, remove_quietly
from screening_app.storage.errors import (
    KeySlotMismatchError,
    VaultDamagedError,
    VaultExistsError,
    VaultMissingError,
)
from screening_app.storage.keyslots import KdfParams, KeySlotFile
from screening_app.storage.lock import VaultLock
from screening_app.storage.passphrase import require_strong

DB_FILE = "vault.db"
SLOT_FILE = "keyslots.json"
Progress = Callable[[float], None]
Unwrapper = Callable[[KeySlotFile, bool], bytes]


def _no_progress(_fraction: float) -> None:
    pass


def read_db_salt(path: Path) -> str:
    with path.open("rb") as handle:
        return handle.read(16).hex()


class Vault:
    """An unlocked vault. Close it (or use ``with``) to release the folder."""

    def __init__(self, folder: Path, conn: db.Connection, slots: KeySlotFile, key: bytes, lock: VaultLock) -> None:
        self.folder = folder
        self.connection = conn
        self._slots = slots
        self._key = key
        self._lock = lock

    # ------------------------------------------------------------ paths

    @staticmethod
    def db_path(folder: Path) -> Path:
        return folder / DB_FILE

    @staticmethod
    def slot_path(folder: Path) -> Path:
        return folder / SLOT_FILE

    @staticmethod
    def exists(folder: Path) -> bool:
        return Vault.db_path(folder).exists() or Vault.slot_path(folder).exists()

    @property
    def vault_id(self) -> str:
        return self._slots.vault_id

    @property
    def data_key(self) -> bytes:
        return self._key

    @property
    def slots(self) -> KeySlotFile:
        return self._slots

    # ------------------------------------------------------------ create

    @classmethod
    def create(cls, folder: Path, passphrase: str, kdf: KdfParams | None = None) -> tuple[Vault, str]:
        """A new, empty vault and its recovery code. ``kdf`` is for tests; production calibrates."""
        require_strong(passphrase)
        with os_errors_translated():
            folder.mkdir(parents=True, exist_ok=True)
        lock = VaultLock(folder).acquire()
        try:
            if cls.exists(folder):
                raise VaultExistsError()
            code = _build_new_vault(folder, passphrase, kdf or keyslots.calibrate())
        finally:
            lock.release()
        return cls.open(folder, passphrase), code

    # ------------------------------------------------------------ open

    @classmethod
    def open(cls, folder: Path, passphrase: str) -> Vault:
        keyslots.normalise_passphrase(passphrase)  # an empty passphrase fails before any file is read
        return cls._open(folder, lambda slots, pending: keyslots.open_with_passphrase(slots, passphrase, pending))

    @classmethod
    def open_with_recovery_code(cls, folder: Path, code: str) -> Vault:
        keyslots.normalise_recovery_code(code)
        return cls._open(folder, lambda slots, pending: keyslots.open_with_recovery_code(slots, code, pending))

    @classmethod
    def _open(cls, folder: Path, unwrap: Unwrapper) -> Vault:
        if not folder.is_dir() or not cls.exists(folder):
            raise VaultMissingError()
        lock = VaultLock(folder).acquire()
        try:
            slots = _read_slots(folder)
            conn, key, slots = _connect_with_slots(folder, slots, unwrap)
        except BaseException:
            lock.release()
            raise
        vault = cls(folder, conn, slots, key, lock)
        try:
            vault._check_identity()
            migrations.migrate(conn)
        except BaseException:
            vault.close()
            raise
        return vault

    def _check_identity(self) -> None:
        with db.translated():
            row = self.connection.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
        if row is None or row[0] != self._slots.vault_id:
            raise KeySlotMismatchError()

    # ------------------------------------------------------------ secrets

    def verify_passphrase(self, passphrase: str) -> None:
        keyslots.open_with_passphrase(self._slots, passphrase)

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-wrap the data key: one small file written atomically, instant at any size.

        Checking the old passphrase and deriving the new key are two KDF runs;
        they run side by side (Argon2 releases the GIL) so the change takes one.
        """
        require_strong(new)
        params = self._slots.slot(keyslots.PASSPHRASE).kdf
        with ThreadPoolExecutor(max_workers=2) as pool:
            check = pool.submit(self.verify_passphrase, old)
            slot = pool.submit(keyslots.passphrase_slot, self._key, new, self._slots.vault_id, params)
            check.result()
            new_slot = slot.result()
        self._write_slots(self._slots.replacing(new_slot))

    def set_passphrase(self, new: str, kdf: KdfParams | None = None) -> None:
        """For an already-unlocked vault (after the recovery code): no old passphrase needed."""
        require_strong(new)
        params = kdf or self._slots.slot(keyslots.PASSPHRASE).kdf
        slot = keyslots.passphrase_slot(self._key, new, self._slots.vault_id, params)
        self._write_slots(self._slots.replacing(slot))

    def rotate_data_key(self, passphrase: str, progress: Progress = _no_progress) -> str:
        """Re-encrypt everything under a new data key; returns the new recovery code."""
        self.verify_passphrase(passphrase)
        new_key, code = os.urandom(keyslots.KEY_BYTES), keyslots.new_recovery_code()
        pending = _new_slots(new_key, passphrase, code, self._slots)
        self._write_slots(replace(self._slots, pending=pending))
        progress(0.0)
        with db.translated():
            self.connection.execute(db.rekey_pragma(new_key))
            self.connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        self._key = new_key
        self._write_slots(replace(self._slots, slots=pending, pending=()))
        progress(1.0)
        return code

    def _write_slots(self, slots: KeySlotFile) -> None:
        keyslots.write_slot_file(self.slot_path(self.folder), slots)
        self._slots = slots

    # ------------------------------------------------------------ health

    def integrity_problems(self, progress: Progress = _no_progress) -> list[str]:
        progress(0.0)
        problems = db.integrity_problems(self.connection)
        progress(1.0)
        return problems

    def schema_version(self) -> int:
        with db.translated():
            return migrations.schema_version(self.connection)

    def checkpoint(self) -> None:
        with db.translated():
            self.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # ------------------------------------------------------------ close

    def close(self) -> None:
        if not self._lock.held:
            return
        try:
            with contextlib.suppress(db.DatabaseError):
                self.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.connection.close()
        finally:
            self._lock.release()
            self._key = b""

    @property
    def is_open(self) -> bool:
        return self._lock.held

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


# ---------------------------------------------------------------- helpers


def _read_slots(folder: Path) -> KeySlotFile:
    path = Vault.slot_path(folder)
    if not path.exists():
        raise VaultDamagedError(
            "The key file (keyslots.json) is missing from the records folder. Nothing was changed; "
            "put it back or restore from a backup."
        )
    with os_errors_translated():
        slots = keyslots.read_slot_file(path)
    db.check_file_shape(Vault.db_path(folder))
    if read_db_salt(Vault.db_path(folder)) != slots.db_salt:
        raise KeySlotMismatchError()
    return slots


def _connect_with_slots(
    folder: Path, slots: KeySlotFile, unwrap: Unwrapper
) -> tuple[db.Connection, bytes, KeySlotFile]:
    """Try the current key; if a rotation was cut short, the pending key opens it."""
    key = unwrap(slots, False)
    try:
        conn = db.connect(Vault.db_path(folder), key)
    except VaultDamagedError:
        if not slots.pending:
            raise
        key = unwrap(slots, True)
        conn = db.connect(Vault.db_path(folder), key)
        slots = replace(slots, slots=slots.pending, pending=())
        keyslots.write_slot_file(Vault.slot_path(folder), slots)
        return conn, key, slots
    if slots.pending:  # the rotation never started re-encrypting: forget it
        slots = replace(slots, pending=())
        keyslots.write_slot_file(Vault.slot_path(folder), slots)
    return conn, key, slots


def _new_slots(key: bytes, passphrase: str, code: str, current: KeySlotFile) -> tuple[keyslots.KeySlot, ...]:
    params = current.slot(keyslots.PASSPHRASE).kdf
    return (
        keyslots.passphrase_slot(key, passphrase, current.vault_id, params),
        keyslots.recovery_slot(key, code, current.vault_id),
    )


def _build_new_vault(folder: Path, passphrase: str, kdf: KdfParams, schema: int = migrations.LATEST) -> str:
    """Build the database under a temporary name; it takes its real name last.

    The caller holds the folder's lock and has checked it holds no vault, so on
    failure everything written here is ours to remove.
    """
    key, vault_id, code = os.urandom(keyslots.KEY_BYTES), uuid.uuid4().hex, keyslots.new_recovery_code()
    temp = folder / f"{TEMP_PREFIX}{DB_FILE}-{uuid.uuid4().hex[:12]}"
    try:
        _initialise_database(temp, key, vault_id, schema)
        slots = KeySlotFile(
            vault_id=vault_id,
            db_salt=read_db_salt(temp),
            slots=(
                keyslots.passphrase_slot(key, passphrase, vault_id, kdf),
                keyslots.recovery_slot(key, code, vault_id),
            ),
        )
        keyslots.write_slot_file(Vault.slot_path(folder), slots)
        with os_errors_translated():
            os.chmod(temp, 0o600)  # records are for this user only; SQLite would make it world-readable
            os.replace(temp, Vault.db_path(folder))
            fsync_dir(folder)
    except BaseException:
        if not Vault.db_path(folder).exists():
            remove_quietly(Vault.slot_path(folder))
        raise
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            remove_quietly(Path(f"{temp}{suffix}"))
    return code


def _initialise_database(path: Path, key: bytes, vault_id: str, schema: int = migrations.LATEST) -> None:
    conn = db.connect(path, key, create=True)
    try:
        migrations.migrate(conn, schema)
        with db.transaction(conn):
            conn.execute("INSERT INTO meta (key, value) VALUES ('vault_id', ?)", (vault_id,))
        with db.translated():
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
