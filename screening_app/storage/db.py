"""Opening the SQLCipher database safely, and turning SQLite errors into plain ones.

The key is raw (64 hex digits of random bytes), so no user text is ever
pasted into SQL. Opening never creates a file: the URI says ``mode=rw``, and
a zero-length file is refused before SQLCipher can quietly treat it as a new
empty database. The key is proven right by reading ``sqlite_master``.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import sqlcipher3
from sqlcipher3 import dbapi2

from screening_app.clock import SYSTEM_CLOCK, Clock
from screening_app.fileio import open_owner_only
from screening_app.storage.errors import (
    AlreadyOpenError,
    CancelledError,
    DiskFullError,
    ReadOnlyError,
    VaultDamagedError,
    VaultError,
)
from screening_app.storage.wipe import wipe

Connection = dbapi2.Connection
DatabaseError = dbapi2.DatabaseError
IntegrityError = dbapi2.IntegrityError
PAGE_SIZE = 4096
SQLITE_HEADER = b"SQLite format 3\x00"

# Pinned so a future SQLCipher with new defaults still reads today's files.
_AFTER_KEY = (
    "PRAGMA cipher_compatibility = 4",
    "PRAGMA cipher_memory_security = ON",
)
# WAL + FULL: every acknowledged commit is fsynced (the crash test proves it);
# the WAL holds encrypted pages only. Temp tables and sorts stay in memory.
_AFTER_VERIFY = (
    "PRAGMA temp_store = MEMORY",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",  # a deleted record's pages are zeroed, not left for recovery
    "PRAGMA busy_timeout = 2000",
)


def _uri(path: Path, create: bool) -> str:
    return f"{path.resolve().as_uri()}?mode={'rwc' if create else 'rw'}"


def key_pragma(key: bytes | bytearray) -> str:
    """The only way a key reaches SQL: hex of random bytes, never user text. The caller wipes
    the statement once run (``wipe.wipe``); the hex made on the way is wiped here."""
    if len(key) != 32:
        raise ValueError("the data key must be 32 bytes")
    hex_key = key.hex()
    try:
        return f"PRAGMA key = \"x'{hex_key}'\""
    finally:
        wipe(hex_key)


def rekey_pragma(key: bytes | bytearray) -> str:
    statement = key_pragma(key)
    try:
        return statement.replace("PRAGMA key", "PRAGMA rekey", 1)
    finally:
        wipe(statement)


def check_file_shape(path: Path) -> None:
    """Refuse what SQLCipher would misread: nothing there, an empty file, a plain SQLite file."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(16)
    except FileNotFoundError:
        raise VaultDamagedError(
            "The records file is missing from this folder, though its key file is there. "
            "Nothing was changed; restore from a backup."
        ) from None
    if size == 0:
        raise VaultDamagedError("The records file is empty (0 bytes). Nothing was changed; restore from a backup.")
    if head == SQLITE_HEADER:
        raise VaultDamagedError("The records file is not encrypted, so it is not one of ours. Nothing was changed.")
    if size % PAGE_SIZE:
        raise VaultDamagedError(
            "The records file is cut short (perhaps an interrupted copy). Nothing was changed; restore from a backup."
        )


def connect(path: Path, key: bytes | bytearray, create: bool = False) -> Connection:
    """An open, verified connection; raises a VaultError if the key or file is wrong."""
    if not create:
        check_file_shape(path)
    else:  # SQLite would make it 0644; its -wal and -shm files copy the database file's mode
        with translated():
            os.close(open_owner_only(path, os.O_WRONLY))
    with translated():
        conn = sqlcipher3.connect(_uri(path, create), uri=True, isolation_level=None, check_same_thread=False)
    try:
        _configure(conn, key)
    except BaseException:
        conn.close()
        raise
    return conn


def _configure(conn: Connection, key: bytes | bytearray) -> None:
    with translated():
        conn.execute("PRAGMA cipher_log_level = NONE")  # SQLCipher would log to stderr otherwise
        statement = key_pragma(key)
        try:  # executescript: run once, never kept in the statement cache with the key in it
            conn.executescript(statement)
        finally:
            wipe(statement)
        for pragma in _AFTER_KEY:
            conn.execute(pragma)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in _AFTER_VERIFY:
            conn.execute(pragma)


class Rows(list):
    """A statement's rows, fetched while the connection was held, with the cursor's counts."""

    def __init__(self, rows: list, rowcount: int = -1, lastrowid: int | None = None) -> None:
        super().__init__(rows)
        self.rowcount = rowcount
        self.lastrowid = lastrowid

    def fetchone(self) -> tuple | None:
        return self[0] if self else None

    def fetchall(self) -> list:
        return list(self)


class SharedConnection:
    """The vault's one connection, shared by the UI thread and worker threads.

    Every statement, and every transaction (``transaction`` holds ``lock``
    from BEGIN to COMMIT), runs under one re-entrant lock, and a statement's
    rows are fetched before the lock is let go. So a worker can hold the
    records still for a moment (the key rotation's last steps), and the
    SQLCipher connection underneath can be replaced (the rotation swaps in the
    re-encrypted file) while every holder of this handle keeps a working one.
    """

    def __init__(self, raw: Connection) -> None:
        self._raw = raw
        self.lock = threading.RLock()
        self.audit_chained = False  # once the audit table has its hash column, it keeps it (``audit_chained``)

    @property
    def raw(self) -> Connection:
        """The SQLCipher connection itself, for the backup API (stepped; SQLite locks each step)."""
        return self._raw

    def execute(self, sql: str, parameters: Iterable | dict = ()) -> Rows:
        with self.lock:
            cursor = self._raw.execute(sql, parameters)
            return Rows(cursor.fetchall(), cursor.rowcount, cursor.lastrowid)

    def executemany(self, sql: str, seq_of_parameters: Iterable) -> Rows:
        with self.lock:
            cursor = self._raw.executemany(sql, seq_of_parameters)
            return Rows([], cursor.rowcount, cursor.lastrowid)

    def backup(self, target: Connection, **kwargs: object) -> None:
        self._raw.backup(target, **kwargs)

    @property
    def total_changes(self) -> int:
        return self._raw.total_changes

    @property
    def in_transaction(self) -> bool:
        return self._raw.in_transaction

    def replace_raw(self, raw: Connection) -> Connection:
        """Point this handle at another connection (the caller holds ``lock``); returns the old one."""
        old, self._raw = self._raw, raw
        return old

    def close(self) -> None:
        with self.lock:
            self._raw.close()


def error_for(exc: Exception) -> VaultError:
    """The practitioner-facing error for a SQLite failure."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == 13:  # SQLITE_FULL
        return DiskFullError()
    if primary == 8:  # SQLITE_READONLY
        return ReadOnlyError()
    if primary in (5, 6):  # SQLITE_BUSY, SQLITE_LOCKED
        return AlreadyOpenError()
    if primary == 14:  # SQLITE_CANTOPEN
        return ReadOnlyError("The records file could not be opened. Check the folder exists and can be written to.")
    if primary == 10:  # SQLITE_IOERR: the OS refused a read or write (full or unplugged drive, size limit)
        return DiskFullError(
            "The disk could not take the change (it may be full, or a removable drive was unplugged), so "
            "nothing was saved. Free some space or reconnect the drive, then try again: your earlier work is safe."
        )
    return VaultDamagedError()


@contextlib.contextmanager
def translated() -> Iterator[None]:
    try:
        yield
    except dbapi2.Error as exc:
        raise error_for(exc) from None
    except OSError as exc:
        from screening_app.storage.atomic import translate_os_error

        raise translate_os_error(exc) from None


@contextlib.contextmanager
def transaction(conn: Connection | SharedConnection) -> Iterator[Connection | SharedConnection]:
    """BEGIN IMMEDIATE ... COMMIT; rolled back on any error, which is re-raised translated.

    On the vault's shared connection the whole transaction holds its lock:
    another thread's statements wait for the COMMIT instead of joining in.
    """
    held = conn.lock if isinstance(conn, SharedConnection) else contextlib.nullcontext()
    with held, translated():
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")


def rows_in(conn: Connection | SharedConnection, sql: str, ids: Iterable[int], chunk: int = 500) -> list[tuple]:
    """``sql`` with ``{marks}`` where the ``IN (...)`` placeholders go, run over ``ids`` a few
    hundred at a time (SQLite limits the number of parameters)."""
    wanted, found = list(ids), []
    with translated():
        for start in range(0, len(wanted), chunk):
            part = wanted[start:start + chunk]
            found += conn.execute(sql.format(marks=",".join("?" * len(part))), part).fetchall()
    return found


# What the integrity check's progress is measured by (measured on a 20,000-assessment vault):
# SQLCipher's HMAC check runs in C and calls no handler (a third of the time, reported as one
# step); quick_check runs about 45 virtual-machine steps per page, and SQLite calls a handler
# every ``_STEPS`` of them, which is where a cancel is honoured.
_STEPS = 4_000
_STEPS_PER_PAGE = 45
_HMAC_SHARE = 0.35


def integrity_problems(conn: Connection | SharedConnection, progress: Callable[[float], None] | None = None
                       ) -> list[str]:
    """Both checks: HMAC of every page, then SQLite's structure (a truncated file passes the first).

    ``progress`` gets the share done; it may raise ``CancelledError`` to stop, which leaves
    everything as it was (both checks only read)."""
    report = progress or (lambda _fraction: None)
    with translated():
        report(0.0)
        problems = [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
        report(_HMAC_SHARE)
        problems += [str(row[0]) for row in _quick_check(conn, report) if row[0] != "ok"]
    report(1.0)
    return problems


def _quick_check(conn: Connection | SharedConnection, report: Callable[[float], None]) -> list:
    raw = conn.raw if isinstance(conn, SharedConnection) else conn
    held = conn.lock if isinstance(conn, SharedConnection) else contextlib.nullcontext()
    with held:
        expected = max(1, raw.execute("PRAGMA page_count").fetchone()[0] * _STEPS_PER_PAGE // _STEPS)
        calls, stopped = 0, []

        def handler() -> int:
            nonlocal calls
            calls += 1
            try:
                report(_HMAC_SHARE + (1 - _HMAC_SHARE) * min(calls / expected, 0.99))
            except CancelledError as exc:
                stopped.append(exc)
                return 1  # SQLite stops the statement: "interrupted"
            return 0

        raw.set_progress_handler(handler, _STEPS)
        try:
            return raw.execute("PRAGMA quick_check").fetchall()
        except dbapi2.OperationalError:
            if stopped:
                raise stopped[0] from None
            raise
        finally:
            raw.set_progress_handler(None, 0)


def stamp(clock: Clock) -> str:
    """When something was stored, in UTC to the millisecond, from the application's clock."""
    return clock.utc_now().isoformat(timespec="milliseconds")


class Store:
    """What every table group's SQL class holds: the connection, who acts, and the clock."""

    def __init__(self, conn: Connection, actor: str = "unknown", clock: Clock = SYSTEM_CLOCK) -> None:
        self.conn = conn
        self.actor = actor
        self.clock = clock

    def _now(self) -> str:
        return stamp(self.clock)

    def _audit_row(self, action: str, kind: str, record_id: int) -> None:
        write_audit(self.conn, self._now(), self.actor, action, kind, record_id)


def write_audit(conn: Connection, at: str, actor: str, action: str, kind: str, record_id: int) -> None:
    """One audit row: who, what, which record, when. Never any content. Chained to the one before
    by hash (``storage/audit_chain.py``) once the vault has the column (schema 11)."""
    if audit_chained(conn):
        from screening_app.storage.audit_chain import append

        append(conn, at, actor, action, kind, record_id)
        return
    conn.execute(
        "INSERT INTO audit_log (at, actor, action, record_kind, record_id) VALUES (?, ?, ?, ?, ?)",
        (at, actor, action, kind, record_id),
    )


def audit_chained(conn: Connection) -> bool:
    """Whether audit_log has its hash column (a migration before 11 writes audit rows without it).
    Asked once per shared connection: a column is never dropped, so a yes is kept."""
    if getattr(conn, "audit_chained", False):
        return True
    chained = any(r[1] == "hash" for r in conn.execute("PRAGMA table_info(audit_log)").fetchall())
    if chained and isinstance(conn, SharedConnection):
        conn.audit_chained = True
    return chained
