"""A tamper-evident audit trail (SPEC 13, issue 16): every entry carries the hash of the one
before it, so an entry edited, removed or moved after the fact breaks the chain from there on.

``hash = SHA-256(previous hash | [id, at, actor, action, kind, record id])``, hex; the first
entry's previous hash is empty. Entries are written under the vault's one lock (the previous
hash is read and the next entry inserted without anything between), numbered one after the
last. Migration 11 adds the column and chains the entries already there, in order: what was
written before it is vouched for from then on, not before. ``verify`` walks the chain in order,
a chunk at a time, and names the first entries where it breaks; ``vault check`` and
``audit verify`` run it. An entry never holds content, so the chain holds none either.

**The anchor.** Whoever holds the data key could rewrite the whole chain consistently. So on
every change of keys (passphrase, recovery code, re-encryption) the vault writes the chain's head,
the last entry's number and hash, into the key file beside the database (``Vault._write_slots``),
and ``verify`` checks the chain still holds that entry with that hash. History before the last
change of keys can then only be rewritten by rewriting the key file as well, which a backup or a
copy of the key file kept elsewhere (IT's, or the one inside every backup) would show. It is an
anchor, not a seal: the key file is not signed, and what was written since the last change of
keys is vouched for by the chain alone.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass

from screening_app.storage.db import Connection, audit_chained

CHUNK = 5_000


def entry_hash(previous: str, row: tuple) -> str:
    """``row``: (id, at, actor, action, record kind, record id)."""
    body = json.dumps(list(row), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(f"{previous}|{body}".encode()).hexdigest()


def append(conn: Connection, at: str, actor: str, action: str, kind: str, record_id: int | None) -> None:
    """One audit entry, chained to the last (the caller may hold a transaction; the lock is re-entrant)."""
    with getattr(conn, "lock", None) or contextlib.nullcontext():
        last = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        entry_id = (int(last[0]) + 1) if last else 1
        row = (entry_id, at, actor, action, kind, record_id)
        conn.execute("INSERT INTO audit_log (id, at, actor, action, record_kind, record_id, hash)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?)", (*row, entry_hash((last[1] or "") if last else "", row)))


def head(conn: Connection) -> tuple[int, str]:
    """The chain's last entry (number, hash); (0, "") when there is none or no chain yet (before schema 11)."""
    if not audit_chained(conn):
        return 0, ""
    last = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return (int(last[0]), last[1] or "") if last else (0, "")


def migrate_to_11(conn: Connection) -> None:
    conn.execute("ALTER TABLE audit_log ADD COLUMN hash TEXT")
    previous, after = "", 0
    while True:
        rows = conn.execute("SELECT id, at, actor, action, record_kind, record_id FROM audit_log WHERE id > ?"
                            " ORDER BY id LIMIT ?", (after, CHUNK)).fetchall()
        if not rows:
            return
        updates = []
        for row in rows:
            previous = entry_hash(previous, tuple(row))
            updates.append((previous, row[0]))
        conn.executemany("UPDATE audit_log SET hash = ? WHERE id = ?", updates)
        after = rows[-1][0]


@dataclass(frozen=True)
class AuditReport:
    entries: int
    problems: tuple[str, ...]

    @property
    def intact(self) -> bool:
        return not self.problems


def verify(conn: Connection, most: int = 10, anchor: tuple[int, str] = (0, ""),
           progress: Callable[[float], None] | None = None) -> AuditReport:
    """Walk the chain in order; the first ``most`` places it breaks (an entry changed, removed or
    moved, or one written without a hash), and whether it still holds ``anchor``, the head the key
    file recorded at the last change of keys."""
    problems: list[str] = []
    anchored, anchor_hash = anchor
    if anchored:
        row = conn.execute("SELECT hash FROM audit_log WHERE id = ?", (anchored,)).fetchone()
        if row is None or row[0] != anchor_hash:
            problems.append(f"audit entry {anchored}, recorded in the key file when the keys last changed, "
                            + ("is missing" if row is None else "has been changed or the chain before it rewritten"))
    previous, after, count, expected_id = "", 0, 0, None
    last = conn.execute("SELECT max(id) FROM audit_log").fetchone()[0] or 1
    while True:
        if progress is not None:
            progress(min(after / last, 1.0))  # it may raise CancelledError between chunks
        rows = conn.execute("SELECT id, at, actor, action, record_kind, record_id, hash FROM audit_log WHERE id > ?"
                            " ORDER BY id LIMIT ?", (after, CHUNK)).fetchall()
        if not rows:
            break
        for row in rows:
            count += 1
            if expected_id is not None and row[0] != expected_id and len(problems) < most:
                problems.append(f"audit entry {expected_id} is missing (the next is {row[0]})")
            if row[6] != entry_hash(previous, tuple(row[:6])) and len(problems) < most:
                problems.append(f"audit entry {row[0]} does not match the chain (changed, moved, or one before it "
                                "changed or removed)")
            previous, expected_id = row[6] or "", row[0] + 1
        after = rows[-1][0]
    return AuditReport(count, tuple(problems))


def entries_of_child(conn: Connection, child_id: int) -> list[tuple]:
    """(id, when, who, action, record kind, record number) of every entry about this child's record:
    the child, their assessments, chronology entries and escalations, and records joined into it;
    oldest first."""
    family = "(SELECT ? UNION SELECT id FROM children WHERE joined_into = ?)"
    return conn.execute(
        "SELECT id, at, actor, action, record_kind, record_id FROM audit_log WHERE"
        f" (record_kind = 'child' AND record_id IN {family})"
        f" OR (record_kind = 'assessment' AND record_id IN (SELECT id FROM assessments WHERE child_id IN {family}))"
        " OR (record_kind = 'chronology_entry' AND record_id IN"
        f"  (SELECT id FROM chronology_entries WHERE child_id IN {family}))"
        " OR (record_kind = 'escalation' AND record_id IN (SELECT id FROM escalations WHERE child_id IN"
        f"  {family} OR assessment_id IN (SELECT id FROM assessments WHERE child_id IN {family})))"
        " ORDER BY id", (child_id, child_id) * 5).fetchall()
