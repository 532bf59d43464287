"""The vault: one folder holding the encrypted database and its key slots.

``Vault.create`` makes a new one (and returns the recovery code, shown once);
``Vault.open`` / ``Vault.open_with_recovery_code`` unlock it. Opening never
creates or repairs anything: a missing, empty, cut-short, foreign or damaged
file is reported and left exactly as it was. While open, the folder is locked
against a second process. Changing the passphrase re-wraps one slot (instant
at any size); rotating the data key re-encrypts the whole database.

Rotation copies the database page by page (SQLite's backup API, which reports
pages done) into a new file under the new key, then swaps it in. What is on
disk at every moment opens with the passphrase and holds every saved record:

1. copying: ``vault.db`` and the key file are untouched; the copy has a
   temporary name (a leftover is removed at the next open);
2. the key file gains ``pending`` slots for the new key and the new file's
   salt, and the "recovery code not confirmed as saved" flag (one atomic
   write): the old key still opens ``vault.db``, so a crash here just drops
   the pending slots at the next open (the flag stays: make a new code);
3. the copy replaces ``vault.db`` (atomic rename, folder fsynced): now only
   the pending key opens it, and the next open promotes the pending slots;
4. the key file's pending slots become its slots (still flagged).

The new recovery code is returned once; nobody may have seen it (a crash, a
lock, a closed window), so the flag stays set until the practitioner
confirms the code as saved (``confirm_recovery_code``, which checks the code
is the one in force). While it is set the app asks for a new code. The same
holds for the code a new vault is created with.

Creating (and restoring into) a folder is bracketed by a set-up marker
(``SETUP_MARKER``): it is written before the first file of the new vault and
removed after the last, and the database takes its name before the key file.
So a crash leaves either no marker (nothing of a vault yet, or all of it) or
the marker: an unfinished set-up, which opens as "not finished" (no records
were ever saved in it), and which the next create or restore clears and
starts again, temporary files included.

Writes go on during the copy (the backup API carries the connection's own
writes into the copy); from the last copy step to the swap the shared
connection's lock holds them back, so none lands in the old file after it
was copied.
"""

from __future__ import annotations

import contextlib
import os
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

from screening_app.fileio import make_owner_only_dirs, open_owner_only, remove_empty_dirs, restrict_to_owner
from screening_app.storage import audit_chain, db, keyslots, migrations, sealed, wal
from screening_app.storage.atomic import TEMP_PREFIX, fsync_dir, os_errors_translated, remove_quietly
from screening_app.storage.errors import (
    KeySlotMismatchError,
    UnfinishedSetupError,
    VaultDamagedError,
    VaultError,
    VaultExistsError,
    VaultMissingError,
)
from screening_app.storage.kdf import SLOT_FILE
from screening_app.storage.keyslots import KdfParams, KeySlotFile
from screening_app.storage.lock import LOCK_FILE, VaultLock
from screening_app.storage.passphrase import require_strong
from screening_app.storage.wipe import wipe

DB_FILE = "vault.db"
SETUP_MARKER = "setup-unfinished"  # present only while a create or restore is writing the vault's files
ROTATION_PREFIX = f"{TEMP_PREFIX}rotate-"
_ROTATE_PAGES_PER_STEP = 1024  # 4 MiB a step: progress moves every few tens of milliseconds
Progress = Callable[[float], None]
Unwrapper = Callable[[KeySlotFile, bool], bytearray]


def _no_progress(_fraction: float) -> None:
    pass


def read_db_salt(path: Path) -> str:
    with path.open("rb") as handle:
        return handle.read(16).hex()


class Vault:
    """An unlocked vault. Close it (or use ``with``) to release the folder."""

    def __init__(self, folder: Path, conn: db.Connection, slots: KeySlotFile, key: bytearray,
                 lock: VaultLock) -> None:
        self.folder = folder
        self.connection = db.SharedConnection(conn)
        self._slots = slots
        self._key = key
        self._lock = lock
        self._long_job = threading.Lock()  # one long job (rotation, backup, check) at a time; close waits
        self._closing = False
        self.journal: wal.SetAside | None = None  # a damaged journal found (and kept aside) at open

    # ------------------------------------------------------------ paths

    @staticmethod
    def db_path(folder: Path) -> Path:
        return folder / DB_FILE

    @staticmethod
    def slot_path(folder: Path) -> Path:
        return folder / SLOT_FILE

    @staticmethod
    def exists(folder: Path) -> bool:
        """A vault (or what is left of one) is here; an unfinished set-up is not one."""
        if Vault.setup_unfinished(folder):
            return False
        return Vault.db_path(folder).exists() or Vault.slot_path(folder).exists()

    @staticmethod
    def setup_unfinished(folder: Path) -> bool:
        return (folder / SETUP_MARKER).exists()

    @property
    def vault_id(self) -> str:
        return self._slots.vault_id

    @property
    def data_key(self) -> bytearray:
        """The raw key, zeroed when the vault closes: use it, never keep a copy."""
        return self._key

    @property
    def slots(self) -> KeySlotFile:
        return self._slots

    # ------------------------------------------------------------ create

    @classmethod
    def create(cls, folder: Path, passphrase: str, kdf: KdfParams | None = None,
               words: Sequence[str] | None = None) -> tuple[Vault, str]:
        """A new, empty vault and its recovery code. ``kdf`` is for tests; production calibrates.
        ``words`` are the guessable ones the passphrase is judged against (``passphrase.guessable_words``)."""
        require_strong(passphrase, words)
        with new_vault_folder(folder):
            code = _build_new_vault(folder, passphrase, kdf or keyslots.calibrate())
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
        if cls.setup_unfinished(folder):
            raise UnfinishedSetupError()
        if not folder.is_dir() or not cls.exists(folder):
            raise VaultMissingError()
        lock = VaultLock(folder).acquire()
        journal: list[wal.SetAside | None] = []  # a damaged journal is kept aside before SQLite cuts it short
        try:
            _remove_rotation_leftovers(folder)
            slots = _read_slots(folder)
            conn, key, slots = _connect_with_slots(
                folder, slots, unwrap, lambda: journal.append(wal.set_aside_if_damaged(cls.db_path(folder))))
        except BaseException:
            lock.release()
            raise
        vault = cls(folder, conn, slots, key, lock)
        vault.journal = journal[0] if journal else None
        try:
            vault._check_identity()
            migrations.migrate(vault.connection)
        except BaseException:
            vault.close()
            raise
        _keep_owner_only(folder)
        return vault

    def _check_identity(self) -> None:
        with db.translated():
            row = self.connection.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
        if row is None or row[0] != self._slots.vault_id:
            raise KeySlotMismatchError()

    # ------------------------------------------------------------ secrets

    def verify_passphrase(self, passphrase: str) -> None:
        wipe(keyslots.open_with_passphrase(self._slots, passphrase))

    def change_passphrase(self, old: str, new: str, words: Sequence[str] | None = None) -> None:
        """Re-wrap the data key: one small file written atomically, instant at any size.

        Checking the old passphrase and deriving the new key are two KDF runs;
        they run side by side (Argon2 releases the GIL) so the change takes one.
        """
        require_strong(new, words)
        params = self._slots.slot(keyslots.PASSPHRASE).kdf
        with self.long_job():  # close waits for it: the key it wraps is zeroed at close
            with ThreadPoolExecutor(max_workers=2) as pool:
                check = pool.submit(self.verify_passphrase, old)
                slot = pool.submit(keyslots.passphrase_slot, self._key, new, self._slots.vault_id, params)
                check.result()
                new_slot = slot.result()
            self._write_slots(self._slots.replacing(new_slot))

    def set_passphrase(self, new: str, kdf: KdfParams | None = None, words: Sequence[str] | None = None) -> None:
        """For an already-unlocked vault (after the recovery code): no old passphrase needed."""
        require_strong(new, words)
        params = kdf or self._slots.slot(keyslots.PASSPHRASE).kdf
        with self.long_job():  # as change_passphrase
            slot = keyslots.passphrase_slot(self._key, new, self._slots.vault_id, params)
            self._write_slots(self._slots.replacing(slot))

    @property
    def recovery_code_unconfirmed(self) -> bool:
        """True while the recovery code in force has not been confirmed as saved."""
        return self._slots.recovery_unconfirmed

    def confirm_recovery_code(self, code: str) -> None:
        """The practitioner has saved ``code``: clear the flag, if ``code`` is the one in force.

        A code shown before a later rotation (or mistyped) is refused with
        WrongRecoveryCodeError and the flag stays. Nothing else changes.
        """
        # Never between a rotation's key-file writes; and never waiting (on the UI thread) for a backup.
        if not self._long_job.acquire(blocking=False):
            raise VaultError("A backup, check or re-encryption is still running. Wait for it to finish, "
                             "then try again.")
        try:
            self.raise_if_closing()
            wipe(keyslots.open_with_recovery_code(self._slots, code))
            if self._slots.recovery_unconfirmed:
                self._write_slots(replace(self._slots, recovery_unconfirmed=False))
        finally:
            self._long_job.release()

    def rotate_data_key(self, passphrase: str, progress: Progress = _no_progress) -> str:
        """Re-encrypt everything under a new data key; returns the new recovery code.

        ``progress`` gets 0.0, then the share of pages copied (to 0.9), then
        1.0. The records stay usable meanwhile; see the module notes for why a
        crash at any point loses nothing.
        """
        self.verify_passphrase(passphrase)
        new_key, code = keyslots.new_data_key(), keyslots.new_recovery_code()
        try:
            pending = _new_slots(new_key, passphrase, code, self._slots)
            with self.long_job():
                progress(0.0)
                temp = self.folder / f"{ROTATION_PREFIX}{DB_FILE}-{uuid.uuid4().hex[:12]}"
                try:
                    with self._copy_holding_writes(temp, new_key, progress):
                        self._swap_in(temp, new_key, pending)
                finally:
                    remove_database_files(temp)
        finally:
            if new_key is not self._key:  # not swapped in: nothing needs it any more
                wipe(new_key)
        progress(1.0)
        return code

    @contextlib.contextmanager
    def _copy_holding_writes(self, temp: Path, key: bytearray, progress: Progress) -> Iterator[None]:
        """Copy the database into ``temp`` under ``key``; yields with the shared connection's lock held.

        The lock is taken before the last copy step, so the copy is exactly the
        database as it stands while the caller swaps it in.
        """
        shared, held = self.connection, False

        def step(_status: int, remaining: int, total: int) -> None:
            nonlocal held
            if not held:
                self.raise_if_closing()
                if remaining <= _ROTATE_PAGES_PER_STEP:
                    held = shared.lock.acquire()
            progress(0.9 * (total - remaining) / max(total, 1))

        target = db.connect(temp, key, create=True)
        try:
            with db.translated():
                if int(shared.execute("PRAGMA page_count").fetchone()[0]) <= _ROTATE_PAGES_PER_STEP:
                    held = shared.lock.acquire()
                shared.raw.backup(target, pages=_ROTATE_PAGES_PER_STEP, progress=step)
                sealed.rewrap(target, self._key, key, self.vault_id)  # transfer keys follow the data key
                target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            target.close()
            if not held:  # cannot happen (the last step always reports), but never swap unheld
                held = shared.lock.acquire()
            yield
        finally:
            target.close()
            if held:
                shared.lock.release()

    def _swap_in(self, temp: Path, new_key: bytearray, pending: tuple[keyslots.KeySlot, ...]) -> None:
        """Steps 2-4 of the module notes; the caller holds the connection's lock, so nothing writes."""
        check = db.connect(temp, new_key)  # the copy opens under the new key and is this vault
        try:
            with db.translated():
                row = check.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
        finally:
            check.close()
        if row is None or row[0] != self.vault_id:
            raise VaultDamagedError("The re-encrypted copy did not check out, so nothing was changed. Run a check.")
        with os_errors_translated():
            _fsync_file(temp)
        new_salt = read_db_salt(temp)
        unconfirmed_before = self._slots.recovery_unconfirmed
        self._write_slots(replace(self._slots, pending=pending, pending_db_salt=new_salt, recovery_unconfirmed=True))
        old = self.connection.raw
        with db.translated():
            old.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        old.close()  # the last connection: SQLite removes vault.db-wal, which must not meet the new file
        try:
            if Path(f"{self.db_path(self.folder)}-wal").exists():
                raise VaultDamagedError("The records file could not be closed cleanly, so nothing was changed.")
            with os_errors_translated():
                os.replace(temp, self.db_path(self.folder))
        except BaseException:
            self.connection.replace_raw(db.connect(self.db_path(self.folder), self._key))
            self._write_slots(replace(self._slots, pending=(), pending_db_salt="",
                                      recovery_unconfirmed=unconfirmed_before))
            raise
        with contextlib.suppress(OSError):  # if the rename is not yet durable, the key file covers both files
            fsync_dir(self.folder)
        self.connection.replace_raw(db.connect(self.db_path(self.folder), new_key))
        old_key, self._key = self._key, new_key
        wipe(old_key)
        promoted = self._slots.promoted(new_salt)
        try:
            self._write_slots(promoted)
        except VaultError:
            # The swap is done: the key file's pending slots already open the new file, and the
            # next open promotes them. The new recovery code works, so it is still returned.
            self._slots = promoted

    def raise_if_closing(self) -> None:
        """For a long job's steps: stop when ``close`` is waiting (the job then changes nothing)."""
        if self._closing:
            raise VaultError("The records were locked before the job finished. Nothing was changed.")

    @contextlib.contextmanager
    def long_job(self) -> Iterator[None]:
        """Rotation, backup and the integrity check run one at a time; ``close`` waits for them."""
        with self._long_job:
            self.raise_if_closing()
            yield

    def _write_slots(self, slots: KeySlotFile) -> None:
        """Every change of keys also anchors the audit chain's head outside the database
        (``storage/audit_chain.py``): rewriting history before it then needs the key file too."""
        entry, digest = audit_chain.head(self.connection)
        slots = replace(slots, audit_entry=entry, audit_hash=digest)
        keyslots.write_slot_file(self.slot_path(self.folder), slots)
        self._slots = slots

    # ------------------------------------------------------------ health

    def integrity_problems(self, progress: Progress = _no_progress) -> list[str]:
        with self.long_job():
            return db.integrity_problems(self.connection, progress)

    def schema_version(self) -> int:
        with db.translated():
            return migrations.schema_version(self.connection)

    def checkpoint(self) -> None:
        with db.translated():
            self.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # ------------------------------------------------------------ close

    def close(self) -> None:
        """Release the folder. A running rotation or backup is stopped at its next step (nothing changes)."""
        if not self._lock.held:
            return
        self._closing = True
        try:
            with self._long_job:
                self._close_connection()
        finally:
            self._lock.release()
            wipe(self._key)  # SQLCipher wipes its own copy when the connection closes
            self._key = bytearray()

    def _close_connection(self) -> None:
        try:
            with contextlib.suppress(db.DatabaseError):
                self.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            self.connection.close()

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
    if not slots.matches_db_salt(read_db_salt(Vault.db_path(folder))):
        raise KeySlotMismatchError()
    return slots


def _connect_with_slots(
    folder: Path, slots: KeySlotFile, unwrap: Unwrapper, before_connect: Callable[[], None] = lambda: None
) -> tuple[db.Connection, bytearray, KeySlotFile]:
    """Try the current key; if a rotation was cut short, the pending key opens it.

    ``before_connect`` runs once the secret is proven and before SQLite reads the journal.
    A key not kept (a failure, or the one the pending key replaced) is wiped."""
    key = unwrap(slots, False)
    try:
        before_connect()
        conn, used, slots = _connect_either_key(folder, slots, unwrap, key)
    except BaseException:
        wipe(key)
        raise
    if used is not key:
        wipe(key)
    return conn, used, slots


def _connect_either_key(
    folder: Path, slots: KeySlotFile, unwrap: Unwrapper, key: bytearray
) -> tuple[db.Connection, bytearray, KeySlotFile]:
    try:
        conn = db.connect(Vault.db_path(folder), key)
    except VaultDamagedError:
        if not slots.pending:
            raise
        pending_key = unwrap(slots, True)
        try:
            conn = db.connect(Vault.db_path(folder), pending_key)
            salt = read_db_salt(Vault.db_path(folder))
            slots = slots.promoted(salt)
            keyslots.write_slot_file(Vault.slot_path(folder), slots)
        except BaseException:
            wipe(pending_key)
            raise
        return conn, pending_key, slots
    if slots.pending:  # the rotation never swapped its copy in: forget it
        slots = replace(slots, pending=(), pending_db_salt="")
        keyslots.write_slot_file(Vault.slot_path(folder), slots)
    return conn, key, slots


def _remove_rotation_leftovers(folder: Path) -> None:
    """A copy left by a rotation cut short, and a key file write killed before its rename (the
    caller holds the folder's lock, so neither is running; the key file in force is untouched)."""
    for pattern in (f"{ROTATION_PREFIX}*", f"{TEMP_PREFIX}{SLOT_FILE}-*"):
        for leftover in folder.glob(pattern):
            remove_quietly(leftover)


def remove_database_files(path: Path) -> None:
    """A database file and its journals (-wal, -shm, -journal), each if present."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        remove_quietly(Path(f"{path}{suffix}"))


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _new_slots(key: bytearray, passphrase: str, code: str, current: KeySlotFile) -> tuple[keyslots.KeySlot, ...]:
    params = current.slot(keyslots.PASSPHRASE).kdf
    return (
        keyslots.passphrase_slot(key, passphrase, current.vault_id, params),
        keyslots.recovery_slot(key, code, current.vault_id),
    )


def _build_new_vault(folder: Path, passphrase: str, kdf: KdfParams, schema: int = migrations.LATEST) -> str:
    """Build the database under a temporary name; it takes its real name first, the key file comes last.

    The caller holds the folder's lock and has checked it holds no vault; the
    set-up marker covers every file written here (see the module notes).
    """
    key, vault_id, code = keyslots.new_data_key(), uuid.uuid4().hex, keyslots.new_recovery_code()
    try:
        slots = (keyslots.passphrase_slot(key, passphrase, vault_id, kdf), keyslots.recovery_slot(key, code, vault_id))
        with setup_marked(folder):
            temp = folder / f"{TEMP_PREFIX}{DB_FILE}-{uuid.uuid4().hex[:12]}"
            try:
                _initialise_database(temp, key, vault_id, schema)
                _setup_step("database built")
                with os_errors_translated():
                    os.replace(temp, Vault.db_path(folder))
                    fsync_dir(folder)
            finally:
                remove_database_files(temp)
            _setup_step("database in place")
            db_salt = read_db_salt(Vault.db_path(folder))
            keyslots.write_slot_file(Vault.slot_path(folder), KeySlotFile(
                vault_id=vault_id, db_salt=db_salt, slots=slots,
                recovery_unconfirmed=True,  # shown once; cleared when the practitioner confirms it is saved
            ))
            _setup_step("key file written")
    finally:
        wipe(key)
    return code


def _initialise_database(path: Path, key: bytearray, vault_id: str, schema: int = migrations.LATEST) -> None:
    conn = db.connect(path, key, create=True)
    try:
        migrations.migrate(conn, schema)
        with db.transaction(conn):
            conn.execute("INSERT INTO meta (key, value) VALUES ('vault_id', ?)", (vault_id,))
        with db.translated():
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


# ---------------------------------------------------------------- setting up a folder


def _setup_step(_name: str) -> None:
    """A named point in setting up a vault: nothing happens here; the crash test stops a real process at each."""


@contextlib.contextmanager
def new_vault_folder(folder: Path, exists_message: str | None = None) -> Iterator[None]:
    """Hold ``folder`` (and its parents, made owner-only if new) for a new vault: create or restore.

    Refuses a folder that holds a vault, and clears an unfinished set-up. If
    the body fails, the lock file and the folders made here go too, so the
    disk is left as it was found.
    """
    with os_errors_translated():
        made = make_owner_only_dirs(folder)
    had_lock, finished = (folder / LOCK_FILE).exists(), False
    try:
        with VaultLock(folder) as lock:
            try:
                if Vault.exists(folder):
                    raise VaultExistsError(exists_message)
                _clear_unfinished_setup(folder)
                yield
                finished = True
            finally:
                lock.release(remove=not finished and not had_lock and not Vault.exists(folder))
    finally:
        if not finished:
            remove_empty_dirs(made)


@contextlib.contextmanager
def setup_marked(folder: Path) -> Iterator[None]:
    """The set-up marker exists from before the body writes anything until after it is done.

    On failure everything the body wrote is removed (the marker last), so the folder holds no vault.
    """
    with os_errors_translated():
        os.close(open_owner_only(folder / SETUP_MARKER, os.O_WRONLY))
        fsync_dir(folder)
    _setup_step("marked")
    try:
        yield
    except BaseException:
        _clear_unfinished_setup(folder)
        raise
    with os_errors_translated():
        (folder / SETUP_MARKER).unlink()
        fsync_dir(folder)


def _clear_unfinished_setup(folder: Path) -> None:
    """Remove what an unfinished set-up wrote (the caller holds the lock); the marker goes last, and only
    once the vault's files are gone, so a failure here still leaves an unfinished set-up, never a vault."""
    if not Vault.setup_unfinished(folder):
        return
    remove_database_files(Vault.db_path(folder))
    remove_quietly(Vault.slot_path(folder))
    for leftover in (*folder.glob(f"{TEMP_PREFIX}*{DB_FILE}*"), *folder.glob(f"{TEMP_PREFIX}{SLOT_FILE}-*")):
        remove_quietly(leftover)
    if not (Vault.db_path(folder).exists() or Vault.slot_path(folder).exists()):
        remove_quietly(folder / SETUP_MARKER)
        with contextlib.suppress(OSError):
            fsync_dir(folder)


def _keep_owner_only(folder: Path) -> None:
    """Files an older version left readable by others (a key rotation made vault.db 0644) become owner-only."""
    for name in (DB_FILE, f"{DB_FILE}-wal", f"{DB_FILE}-shm", SLOT_FILE, LOCK_FILE):
        with contextlib.suppress(OSError):  # gone meanwhile, or not ours to change: the open still stands
            restrict_to_owner(folder / name)
