"""SQL for a child's chronology: entries, their versions, and which assessment cited which.

An entry's text is a JSON body (the fields of ``domain.chronology.ChronologyEntry`` but its
id) kept in ``chronology_versions``: a correction adds a version with its reason and never
overwrites, so what a referral once said stays readable. Every write is one transaction
and one audit row; the audit holds no content.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from screening_app.storage.db import Store, transaction, translated
from screening_app.storage.errors import RecordNotFoundError


@dataclass(frozen=True)
class StoredEntry:
    id: int
    child_id: int
    version: int
    occurred_on: str
    body: dict[str, Any]
    created_at: str
    updated_at: str
    cited: bool  # evidence in at least one completed assessment


@dataclass(frozen=True)
class EntryVersion:
    version: int
    body: dict[str, Any]
    reason: str | None
    actor: str
    created_at: str


_SELECT = (
    "SELECT e.id, e.child_id, e.version, e.occurred_on, v.body_json, e.created_at, e.updated_at,"
    " EXISTS (SELECT 1 FROM assessment_evidence a WHERE a.entry_id = e.id)"
    " FROM chronology_entries e JOIN chronology_versions v ON v.entry_id = e.id AND v.version = e.version"
)


def _entry_from(row: tuple) -> StoredEntry:
    return StoredEntry(row[0], row[1], row[2], row[3], json.loads(row[4]), row[5], row[6], bool(row[7]))


class ChronologyStore(Store):
    """A child's chronology over one open connection."""

    def add_entry(self, child_id: int, occurred_on: str, body: dict[str, Any]) -> int:
        with translated(), transaction(self.conn):
            if not self.conn.execute("SELECT 1 FROM children WHERE id = ?", (child_id,)).fetchone():
                raise RecordNotFoundError()
            return self.insert_entry(child_id, occurred_on, body)

    def insert_entry(self, child_id: int, occurred_on: str, body: dict[str, Any]) -> int:
        """``add_entry`` inside a transaction the caller holds (an import adds a child, its
        assessment and its facts all or nothing)."""
        stamp = self._now()
        cursor = self.conn.execute(
            "INSERT INTO chronology_entries (child_id, version, occurred_on, created_at, updated_at)"
            " VALUES (?, 1, ?, ?, ?)", (child_id, occurred_on, stamp, stamp),
        )
        entry_id = int(cursor.lastrowid or 0)
        self._add_version(entry_id, 1, body, None, stamp)
        self._audit_row("chronology.added", "chronology_entry", entry_id)
        return entry_id

    def correct_entry(self, entry_id: int, occurred_on: str, body: dict[str, Any], reason: str) -> int:
        """A new version with the reason; the earlier text stays readable. Returns the version."""
        stamp = self._now()
        with translated(), transaction(self.conn):
            row = self.conn.execute("SELECT version FROM chronology_entries WHERE id = ?", (entry_id,)).fetchone()
            if row is None:
                raise RecordNotFoundError()
            version = int(self.conn.execute(  # after every version here (in a team, one may not be current)
                "SELECT max(version) FROM chronology_versions WHERE entry_id = ?", (entry_id,)).fetchone()[0]
                or row[0]) + 1
            self._add_version(entry_id, version, body, reason, stamp)
            self.conn.execute(
                "UPDATE chronology_entries SET version = ?, occurred_on = ?, updated_at = ? WHERE id = ?",
                (version, occurred_on, stamp, entry_id),
            )
            self._audit_row("chronology.corrected", "chronology_entry", entry_id)
        return version

    def _add_version(self, entry_id: int, version: int, body: dict[str, Any], reason: str | None, at: str) -> None:
        self.conn.execute(
            "INSERT INTO chronology_versions (entry_id, version, body_json, reason, actor, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (entry_id, version, json.dumps(body, ensure_ascii=False, sort_keys=True), reason, self.actor, at),
        )

    def entry(self, entry_id: int) -> StoredEntry:
        with translated():
            row = self.conn.execute(f"{_SELECT} WHERE e.id = ?", (entry_id,)).fetchone()
        if row is None:
            raise RecordNotFoundError()
        return _entry_from(row)

    def entries_for_child(self, child_id: int) -> list[StoredEntry]:
        """Oldest first, as written; the domain orders them for reading."""
        with translated():
            rows = self.conn.execute(f"{_SELECT} WHERE e.child_id = ? ORDER BY e.occurred_on, e.id", (child_id,))
            return [_entry_from(row) for row in rows.fetchall()]

    def versions(self, entry_id: int) -> list[EntryVersion]:
        with translated():
            rows = self.conn.execute(
                "SELECT version, body_json, reason, actor, created_at FROM chronology_versions"
                " WHERE entry_id = ? ORDER BY version", (entry_id,),
            ).fetchall()
        if not rows:
            raise RecordNotFoundError()
        return [EntryVersion(r[0], json.loads(r[1]), r[2], r[3], r[4]) for r in rows]

    def cite(self, assessment_id: int, entry_ids: set[int]) -> None:
        """Record which entries a completed assessment used as evidence. Its own transaction
        after the completion's: a crash between the two leaves an entry offered again to the
        next screening, never a record lost."""
        with translated(), transaction(self.conn):
            self.insert_citations(assessment_id, entry_ids)

    def insert_citations(self, assessment_id: int, entry_ids: set[int]) -> None:
        """``cite`` inside a transaction the caller holds."""
        self.conn.executemany(
            "INSERT OR IGNORE INTO assessment_evidence (assessment_id, entry_id) VALUES (?, ?)",
            [(assessment_id, entry_id) for entry_id in sorted(entry_ids)],
        )
