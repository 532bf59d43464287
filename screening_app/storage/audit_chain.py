"""A tamper-evident audit trail (SPEC 13, issue 16): every entry carries the hash of the one
before it, so an entry edited, removed or moved after the fact breaks the chain from there on.

``hash = SHA-256(previous hash | [id, at, actor, action, kind, record id])``, hex; the first
entry's previous hash is empty. Entries are written under the vault's one lock (the previous
hash is read and the next entry inserted without anything between), numbered one after the
last. Migration 11 adds the column and chains the entries already there, in order: what was
written before it is vouched for from then on, not before. ``verify`` walks the chain in order,
a chunk at a time, and names the first entries where it breaks; ``vault check`` and
``audit verify`` run it. An entry never holds content, so the chain holds none either.

Left (issue 16): anchoring the chain's head outside the database (in the key file on each change
of keys), so that rewriting the whole chain with the key in hand is caught too.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import dataclass

from screening_app.storage.db import Connection

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


def verify(conn: Connection, most: int = 10) -> AuditReport:
    """Walk the chain in order; the first ``most`` places it breaks (an entry changed, removed or
    moved, or one written without a hash)."""
    problems: list[str] = []
    previous, after, count, expected_id = "", 0, 0, None
    while True:
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
