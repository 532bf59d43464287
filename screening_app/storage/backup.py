"""Backup to one file, and restore from it into an empty folder.

A backup file is: ``MAGIC``, the key-slot JSON (length-prefixed), the
encrypted database (length-prefixed) and a SHA-256 of everything before it.
The database copy is made with SQLite's online backup API into an encrypted
temporary file beside the destination (never plain), checked, then framed
and written atomically. Restore checks the frame, unlocks the copy with the
passphrase and runs both integrity checks before it takes its real names;
until then the destination folder holds only temporary files, removed on failure.
Every file written is owner-only; temporary files a killed backup left beside
its destination are removed by the next backup to that folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import struct
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from screening_app.storage import db, keyslots
from screening_app.storage.atomic import (
    TEMP_PREFIX,
    atomic_write,
    fsync_dir,
    os_errors_translated,
    remove_quietly,
    temp_path_beside,
)
from screening_app.storage.errors import BackupError, VaultDamagedError
from screening_app.storage.vault import (
    Progress,
    Vault,
    new_vault_folder,
    read_db_salt,
    remove_database_files,
    setup_marked,
)
from screening_app.storage.wipe import wipe

MAGIC = b"CSE-SCREENING-BACKUP-1\n\x00"
_CHUNK = 1 << 20
_BACKUP_PAGES_PER_STEP = 1024
# temp_path_beside's names (with SQLite's companions of a temporary database): nothing else is removed
_OUR_TEMP = re.compile(rf"{re.escape(TEMP_PREFIX)}.+-[0-9a-f]{{12}}(?:-wal|-shm|-journal)?")
STALE_TEMP_SECONDS = 15 * 60


def _no_progress(_fraction: float) -> None:
    pass


def write_backup(vault: Vault, destination: Path, progress: Progress = _no_progress) -> None:
    """Copy, verify, frame, and only then replace ``destination``."""
    _remove_stale_temps(destination.parent)
    temp_db = temp_path_beside(destination)
    try:
        with vault.long_job():
            _copy_database(vault, temp_db, progress)
        slots = replace(vault.slots, db_salt=read_db_salt(temp_db), pending=(), pending_db_salt="")
        atomic_write(destination, _frame(keyslots.dumps(slots), temp_db))
        progress(1.0)
    finally:
        remove_database_files(temp_db)


def _copy_database(vault: Vault, temp_db: Path, progress: Progress) -> None:
    target = db.connect(temp_db, vault.data_key, create=True)
    try:
        def step(_status: int, remaining: int, total: int) -> None:
            vault.raise_if_closing()
            progress(0.8 * (total - remaining) / max(total, 1))

        with db.translated():
            vault.connection.backup(target, pages=_BACKUP_PAGES_PER_STEP, progress=step)
        if db.integrity_problems(target, lambda fraction: progress(0.8 + 0.15 * fraction)):
            raise VaultDamagedError("The backup copy did not pass its check, so no backup was written. Run a check.")
        with db.translated():
            target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        target.close()


def _frame(slot_json: bytes, temp_db: Path) -> Iterator[bytes]:
    digest = hashlib.sha256()
    size = temp_db.stat().st_size
    for part in (MAGIC, struct.pack(">I", len(slot_json)), slot_json, struct.pack(">Q", size)):
        digest.update(part)
        yield part
    with temp_db.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            yield chunk
    yield digest.digest()


def _remove_stale_temps(folder: Path) -> None:
    """What a killed backup (or export) left here: only our own temporary names, and only files nobody
    has written to for a while, since a backup still running elsewhere keeps writing its own."""
    cutoff = time.time() - STALE_TEMP_SECONDS
    with contextlib.suppress(OSError):  # tidying up; never a reason to refuse the backup
        for path in folder.iterdir():
            if _OUR_TEMP.fullmatch(path.name) and path.is_file() and path.stat().st_mtime < cutoff:
                remove_quietly(path)


# ---------------------------------------------------------------- restore


def restore_backup(source: Path, folder: Path, passphrase: str, progress: Progress = _no_progress) -> None:
    """Restore into an empty (or new) folder; nothing takes a real name until verified.

    The database takes its name before the key file, both inside the set-up
    marker (see ``storage.vault``); on failure the folder is left as it was found.
    """
    keyslots.normalise_passphrase(passphrase)
    with new_vault_folder(folder, "This folder already holds records. Restore into an empty folder."):
        temp_db = folder / f"{TEMP_PREFIX}restore-{Vault.db_path(folder).name}"
        with setup_marked(folder):
            try:
                slots = _unpack(source, temp_db, progress)
                _verify_restored(temp_db, slots, passphrase)
                with os_errors_translated():
                    temp_db.replace(Vault.db_path(folder))
                    fsync_dir(folder)
            finally:
                remove_database_files(temp_db)
            restored = replace(slots, db_salt=read_db_salt(Vault.db_path(folder)))
            keyslots.write_slot_file(Vault.slot_path(folder), restored)
    progress(1.0)


def _unpack(source: Path, temp_db: Path, progress: Progress) -> keyslots.KeySlotFile:
    try:
        handle = source.open("rb")
    except FileNotFoundError:
        raise BackupError("The backup file was not found. Check its name and folder.") from None
    except OSError as exc:
        raise BackupError(f"The backup file could not be read ({exc.strerror}).") from None
    with handle:
        digest = hashlib.sha256()
        slot_json = _read_header(handle, digest)
        size = struct.unpack(">Q", _read_exact(handle, 8, digest))[0]
        _copy_out(handle, temp_db, size, digest, progress)
        if handle.read(32) != digest.digest() or handle.read(1):
            raise BackupError()
    try:
        return keyslots.loads(slot_json)
    except VaultDamagedError:
        raise BackupError() from None


def _read_header(handle: BinaryIO, digest: hashlib._Hash) -> bytes:
    if _read_exact(handle, len(MAGIC), digest) != MAGIC:
        raise BackupError()
    (length,) = struct.unpack(">I", _read_exact(handle, 4, digest))
    if length > 1 << 20:
        raise BackupError()
    return _read_exact(handle, length, digest)


def _read_exact(handle: BinaryIO, count: int, digest: hashlib._Hash) -> bytes:
    data = handle.read(count)
    if len(data) != count:
        raise BackupError("The backup file is cut short (perhaps an interrupted copy). Nothing was changed.")
    digest.update(data)
    return data


def _copy_out(handle: BinaryIO, temp_db: Path, size: int, digest: hashlib._Hash, progress: Progress) -> None:
    def chunks() -> Iterator[bytes]:
        left = size
        while left:
            chunk = _read_exact(handle, min(_CHUNK, left), digest)
            left -= len(chunk)
            progress(0.6 * (size - left) / max(size, 1))
            yield chunk

    atomic_write(temp_db, chunks())


def _verify_restored(temp_db: Path, slots: keyslots.KeySlotFile, passphrase: str) -> None:
    key = keyslots.open_with_passphrase(slots, passphrase)
    try:
        conn = db.connect(temp_db, key)
    except VaultDamagedError:
        raise BackupError("The backup file is damaged: its records do not open. Nothing was changed.") from None
    finally:
        wipe(key)
    try:
        problems = db.integrity_problems(conn)
        with db.translated():
            row = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
        with contextlib.suppress(db.DatabaseError):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    if problems or row is None or row[0] != slots.vault_id:
        raise BackupError("The backup file is damaged: its records fail the integrity check. Nothing was changed.")
