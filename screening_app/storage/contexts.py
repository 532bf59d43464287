"""SQL for people, places and groups of concern (SPEC 12), stored once and linked to many children.

A context's details are a JSON body (what the practitioner wrote); its identifiers, normalised by
``domain.contexts`` before they get here, are rows of ``context_keys`` with an index on
(kind, key), so "who else is linked to this car" is one index lookup. ``context_links`` says
which child (and which assessment, and optionally which chronology entry) a context is linked
to. Nothing is ever merged here without a call that says so; every write is audited without
content. Migration 7 creates the tables (with the global id of migration 6).
"""

from __future__ import annotations

import contextlib
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from screening_app.storage.db import Connection, Store, rows_in, transaction, translated
from screening_app.storage.errors import RecordNotFoundError
from screening_app.storage.global_ids import _add_uuid_column

CONTEXT_KINDS = ("person", "place", "group")

_V7 = (
    """CREATE TABLE contexts (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('person', 'place', 'group')),
    body_json TEXT NOT NULL,
    merged_into INTEGER REFERENCES contexts (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
)""",
    """CREATE TABLE context_keys (
    context_id INTEGER NOT NULL REFERENCES contexts (id),
    kind TEXT NOT NULL CHECK (kind IN ('vehicle', 'phone', 'handle', 'place')),
    key TEXT NOT NULL,
    shown TEXT NOT NULL,
    PRIMARY KEY (context_id, kind, key)
)""",
    "CREATE INDEX context_keys_by_key ON context_keys (kind, key)",
    """CREATE TABLE context_links (
    id INTEGER PRIMARY KEY,
    context_id INTEGER NOT NULL REFERENCES contexts (id),
    child_id INTEGER NOT NULL REFERENCES children (id),
    assessment_id INTEGER REFERENCES assessments (id),
    entry_id INTEGER REFERENCES chronology_entries (id),
    relationship TEXT,
    linked_on TEXT NOT NULL,
    UNIQUE (context_id, child_id, assessment_id)
)""",
    "CREATE INDEX context_links_by_child ON context_links (child_id)",
    "CREATE INDEX contexts_merged ON contexts (merged_into) WHERE merged_into IS NOT NULL",
)


def migrate_to_7(conn: Connection) -> None:
    for statement in _V7:
        conn.execute(statement)
    _add_uuid_column(conn, "contexts")


@dataclass(frozen=True)
class ContextKey:
    kind: str  # vehicle, phone, handle, place
    key: str  # normalised
    shown: str  # as written


@dataclass(frozen=True)
class StoredContext:
    id: int
    kind: str
    body: dict[str, Any]
    keys: tuple[ContextKey, ...]


class ContextStore(Store):
    def add(self, kind: str, body: dict[str, Any], keys: Iterable[ContextKey]) -> int:
        with translated(), transaction(self.conn):
            return self.insert(kind, body, keys)

    def insert(self, kind: str, body: dict[str, Any], keys: Iterable[ContextKey]) -> int:
        """``add`` inside a transaction the caller holds (an import)."""
        stamp = self._now()
        cursor = self.conn.execute(
            "INSERT INTO contexts (kind, body_json, created_at, updated_at) VALUES (?, ?, ?, ?)",
            (kind, json.dumps(body, ensure_ascii=False, sort_keys=True), stamp, stamp),
        )
        context_id = int(cursor.lastrowid or 0)
        self.conn.executemany(
            "INSERT OR IGNORE INTO context_keys (context_id, kind, key, shown) VALUES (?, ?, ?, ?)",
            [(context_id, k.kind, k.key, k.shown) for k in keys],
        )
        self._audit_row(f"context.{kind}.added", "context", context_id)
        return context_id

    def insert_link(self, context_id: int, child_id: int, assessment_id: int | None, linked_on: str,
                    relationship: str | None = None, entry_id: int | None = None) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO context_links (context_id, child_id, assessment_id, entry_id, relationship,"
            " linked_on) VALUES (?, ?, ?, ?, ?, ?)",
            (context_id, child_id, assessment_id, entry_id, relationship, linked_on),
        )
        self._audit_row("context.linked", "context", context_id)

    def add_keys(self, context_id: int, keys: Iterable[ContextKey]) -> None:
        """Identifiers a later record gives for a person already in the vault (the practitioner
        chose the record), inside the caller's transaction."""
        self.conn.executemany(
            "INSERT OR IGNORE INTO context_keys (context_id, kind, key, shown) VALUES (?, ?, ?, ?)",
            [(context_id, k.kind, k.key, k.shown) for k in keys],
        )

    def add_alias(self, context_id: int, name: str) -> None:
        """Another name the practitioner wrote for a person they linked to this record (in the
        caller's transaction); audited without the name."""
        row = self.conn.execute("SELECT body_json FROM contexts WHERE id = ?", (context_id,)).fetchone()
        body = json.loads(row[0])
        body["aliases"] = [*(body.get("aliases") or ()), name]
        self.conn.execute("UPDATE contexts SET body_json = ?, updated_at = ? WHERE id = ?",
                          (json.dumps(body, ensure_ascii=False, sort_keys=True), self._now(), context_id))
        self._audit_row("context.person.alias_added", "context", context_id)

    def by_uuid(self, uuid: str) -> StoredContext | None:
        with translated():
            row = self.conn.execute("SELECT id FROM contexts WHERE uuid = ?", (uuid,)).fetchone()
        return self.get(int(row[0])) if row else None

    def uuids(self, ids: Iterable[int]) -> dict[int, str]:
        return {int(r[0]): str(r[1]) for r in rows_in(self.conn, "SELECT id, uuid FROM contexts WHERE id IN ({marks})",
                                                       ids)}

    def children_of(self, context_id: int) -> list[int]:
        """The children linked to this record, or to a record merged with it."""
        with translated():
            rows = self.conn.execute(
                "WITH root AS (SELECT coalesce(merged_into, id) AS id FROM contexts WHERE id = ?),"
                " family AS (SELECT id FROM root UNION SELECT c.id FROM contexts c JOIN root r ON c.merged_into = r.id)"
                " SELECT DISTINCT l.child_id FROM context_links l JOIN family f ON f.id = l.context_id"
                " ORDER BY l.child_id", (context_id,)).fetchall()
        return [int(r[0]) for r in rows]

    def children_with_keys(self, keys: Iterable[ContextKey]) -> list[tuple[int, str, str]]:
        """(child, kind, as written) for every child linked to a record holding one of ``keys``:
        one index lookup a key."""
        found: list[tuple[int, str, str]] = []
        with translated():
            for key in keys:
                rows = self.conn.execute(
                    "SELECT DISTINCT l.child_id FROM context_keys k JOIN context_links l ON l.context_id = k.context_id"
                    " WHERE k.kind = ? AND k.key = ? ORDER BY l.child_id", (key.kind, key.key)).fetchall()
                found += [(int(r[0]), key.kind, key.shown) for r in rows]
        return found

    def get(self, context_id: int) -> StoredContext:
        with translated():
            row = self.conn.execute("SELECT id, kind, body_json FROM contexts WHERE id = ?", (context_id,)).fetchone()
            if row is None:
                raise RecordNotFoundError()
            keys = self._keys([context_id])[context_id]
        return StoredContext(row[0], row[1], json.loads(row[2]), keys)

    def _keys(self, ids: list[int]) -> dict[int, tuple[ContextKey, ...]]:
        found: dict[int, list[ContextKey]] = {i: [] for i in ids}
        rows = rows_in(self.conn, "SELECT context_id, kind, key, shown FROM context_keys WHERE context_id IN ({marks})"
                       " ORDER BY context_id, kind, key", ids)
        for context_id, kind, key, shown in rows:
            found[context_id].append(ContextKey(kind, key, shown))
        return {i: tuple(v) for i, v in found.items()}

    def version(self) -> tuple[int, ...]:
        """Changes whenever a link or an identifier is added or removed: what a cache of patterns
        is checked against (two counts on small tables, about a millisecond at 20,000 records)."""
        with translated():
            links = self.conn.execute("SELECT count(*), coalesce(max(id), 0) FROM context_links").fetchone()
            keys = self.conn.execute("SELECT count(*) FROM context_keys").fetchone()
            merged = self.conn.execute("SELECT count(*), coalesce(sum(id * merged_into), 0) FROM contexts"
                                       " WHERE merged_into IS NOT NULL").fetchone()
        return (int(links[0]), int(links[1]), int(keys[0]), int(merged[0]), int(merged[1]))

    def roots(self) -> dict[int, int]:
        rows = self.conn.execute("SELECT id, merged_into FROM contexts WHERE merged_into IS NOT NULL").fetchall()
        return {int(r[0]): int(r[1]) for r in rows}

    def merge(self, keep: int, other: int) -> None:
        """The practitioner's decision that two records are one person or place: ``other`` now
        counts as ``keep`` (its details and identifiers stay, readable and undoable). Audited."""
        with translated(), transaction(self.conn):
            rows = {r[0]: (r[1], r[2]) for r in self.conn.execute(
                "SELECT id, kind, merged_into FROM contexts WHERE id IN (?, ?)", (keep, other)).fetchall()}
            if keep == other or len(rows) != 2:
                raise RecordNotFoundError()
            if rows[keep][0] != rows[other][0] or rows[keep][1] is not None or rows[other][1] is not None:
                raise ValueError("only two records of the same kind, neither merged already, can be merged")
            if self.conn.execute("SELECT 1 FROM contexts WHERE merged_into = ?", (other,)).fetchone():
                raise ValueError("another record was merged into this one: undo that first")
            self.conn.execute("UPDATE contexts SET merged_into = ?, updated_at = ? WHERE id = ?",
                              (keep, self._now(), other))
            self._audit_row("context.merged", "context", other)

    def unmerge(self, context_id: int) -> None:
        with translated(), transaction(self.conn):
            cursor = self.conn.execute("UPDATE contexts SET merged_into = NULL, updated_at = ? WHERE id = ?"
                                       " AND merged_into IS NOT NULL", (self._now(), context_id))
            if cursor.rowcount == 0:
                raise RecordNotFoundError()
            self._audit_row("context.unmerged", "context", context_id)

    def shared_groups(self) -> list[tuple[str, str, str, dict[int, str]]]:
        """(kind, key, as first written, {child: last linked on}) for each identifier, and each
        record, that two or more children share: what patterns are made of. Two plain scans
        grouped here: SQLite's GROUP BY over the joins, and json_extract on every record, measured
        slower; only the few thousand shared records' names are read."""
        with translated():
            keys = self.conn.execute("SELECT context_id, kind, key, shown FROM context_keys").fetchall()
            links = self.conn.execute("SELECT context_id, child_id, linked_on FROM context_links").fetchall()
            roots = self.roots()
        children_of: dict[int, dict[int, str]] = defaultdict(dict)
        for context_id, child_id, linked_on in links:
            known = children_of[context_id]
            if (linked_on or "") >= known.get(child_id, ""):
                known[child_id] = linked_on or ""
        records_of = children_of  # merged records count as one
        if roots:
            records_of = defaultdict(dict)
            for context_id, known in children_of.items():
                record = records_of[roots.get(context_id, context_id)]
                for child_id, linked_on in known.items():
                    record[child_id] = max(record.get(child_id, ""), linked_on)
        holders: dict[tuple[str, str], tuple[str, dict[int, str]]] = {}
        for context_id, kind, key, shown in keys:
            known = children_of.get(context_id)
            if not known:
                continue
            entry = holders.get((kind, key))
            if entry is None:
                entry = holders[(kind, key)] = (shown, {})
            held = entry[1]
            for child_id, linked_on in known.items():
                if linked_on >= held.get(child_id, ""):
                    held[child_id] = linked_on
        groups = [(kind, key, shown, held) for (kind, key), (shown, held) in holders.items() if len(held) >= 2]
        shared = [context_id for context_id, known in records_of.items() if len(known) >= 2]
        groups += [(kind, f"context:{context_id}", name, records_of[context_id])
                   for context_id, kind, name in self._names_of(shared)]
        return groups

    def _names_of(self, ids: list[int]) -> list[tuple[int, str, str]]:
        """(id, kind, name) of these records. The JSON is parsed here: SQLite's json_extract
        measured twice as slow as Python's json on a few thousand records."""
        rows = rows_in(self.conn, "SELECT id, kind, body_json FROM contexts WHERE id IN ({marks})", ids)
        return [(int(r[0]), str(r[1]), str(json.loads(r[2]).get("name") or "")) for r in rows]

    def transaction(self) -> contextlib.AbstractContextManager[object]:
        """For a use case that writes several links at once, all or nothing."""
        return transaction(self.conn)

    def links_of_child(self, child_id: int) -> list[tuple[int, str, str]]:
        """(other child, kind, as this child's record writes it) for every identifier or record
        this child shares: index lookups from this child's links, not a scan of every link."""
        with translated():
            by_key = self.conn.execute(
                "SELECT DISTINCT l2.child_id, k1.kind, k1.shown FROM context_links l1"
                " JOIN context_keys k1 ON k1.context_id = l1.context_id"
                " JOIN context_keys k2 ON k2.kind = k1.kind AND k2.key = k1.key"
                " JOIN context_links l2 ON l2.context_id = k2.context_id"
                " WHERE l1.child_id = ? AND l2.child_id != ? ORDER BY l2.child_id, k1.kind, k1.key",
                (child_id, child_id),
            ).fetchall()
            by_record = self.conn.execute(  # the same record, or records merged into one
                "WITH mine AS (SELECT DISTINCT coalesce(c.merged_into, c.id) AS root FROM context_links l"
                "  JOIN contexts c ON c.id = l.context_id WHERE l.child_id = ?),"
                " family AS (SELECT root, root AS id FROM mine UNION SELECT m.root, c.id FROM mine m"
                "  JOIN contexts c ON c.merged_into = m.root)"
                " SELECT DISTINCT l2.child_id, r.kind, coalesce(json_extract(r.body_json, '$.name'), '')"
                " FROM family f JOIN context_links l2 ON l2.context_id = f.id JOIN contexts r ON r.id = f.root"
                " WHERE l2.child_id != ? ORDER BY l2.child_id, r.id", (child_id, child_id),
            ).fetchall()
        return [(r[0], r[1], r[2]) for r in by_key] + [(r[0], r[1], r[2]) for r in by_record]

    def find_keys(self, kind: str, prefix: str, limit: int = 8) -> list[tuple[int, ContextKey]]:
        """Contexts whose identifier of ``kind`` starts with ``prefix`` (normalised): the index's range."""
        with translated():
            rows = self.conn.execute(
                "SELECT context_id, kind, key, shown FROM context_keys WHERE kind = ? AND key >= ? AND key < ?"
                " ORDER BY key, context_id LIMIT ?", (kind, prefix, prefix + "\uffff", limit),
            ).fetchall()
        return [(r[0], ContextKey(r[1], r[2], r[3])) for r in rows]

    def all_person_names(self) -> list[tuple[int, str]]:
        """(context id, name or alias) of every person of concern in the vault."""
        with translated():
            rows = self.conn.execute("SELECT id, body_json FROM contexts WHERE kind = 'person'").fetchall()
        names: list[tuple[int, str]] = []
        for context_id, body_json in rows:
            body = json.loads(body_json)
            for name in [body.get("name"), *(body.get("aliases") or ())]:
                if isinstance(name, str) and name.strip():
                    names.append((context_id, name.strip()))
        return names

    def people_names(self) -> list[tuple[int, int, str]]:
        """(child_id, context_id, a name or alias) for every person linked to a child."""
        with translated():
            rows = self.conn.execute(
                "SELECT l.child_id, c.id, c.body_json FROM context_links l JOIN contexts c ON c.id = l.context_id"
                " WHERE c.kind = 'person' GROUP BY l.child_id, c.id ORDER BY l.child_id, c.id"
            ).fetchall()
        names: list[tuple[int, int, str]] = []
        for child_id, context_id, body_json in rows:
            body = json.loads(body_json)
            for name in [body.get("name"), *(body.get("aliases") or ())]:
                if isinstance(name, str) and name.strip():
                    names.append((child_id, context_id, name.strip()))
        return names

    def joins_of(self, child_id: int) -> list[tuple[int, int]]:
        """(record, the record it was joined into) for each join touching this child's records."""
        with translated():
            rows = self.conn.execute(
                "WITH mine AS (SELECT context_id FROM context_links WHERE child_id = ?)"
                " SELECT id, merged_into FROM contexts WHERE merged_into IS NOT NULL"
                " AND (id IN (SELECT context_id FROM mine) OR merged_into IN (SELECT context_id FROM mine))"
                " ORDER BY id", (child_id,)).fetchall()
        return [(int(r[0]), int(r[1])) for r in rows]

    def summaries(self) -> list[tuple[int, str, str, str, int]]:
        """(id, global id, kind, name, children linked) of every record not joined into another."""
        with translated():
            rows = self.conn.execute(
                "SELECT c.id, c.uuid, c.kind, c.body_json, count(DISTINCT l.child_id) FROM contexts c"
                " LEFT JOIN context_links l ON l.context_id IN (SELECT id FROM contexts m"
                "  WHERE m.id = c.id OR m.merged_into = c.id)"
                " WHERE c.merged_into IS NULL GROUP BY c.id ORDER BY c.id").fetchall()
        return [(int(r[0]), str(r[1]), str(r[2]), str(json.loads(r[3]).get("name") or ""), int(r[4])) for r in rows]

    def family(self, context_id: int) -> list[int]:
        """The record this one counts as (itself, or the one it was joined into) first, then every
        record joined into that one."""
        with translated():
            rows = self.conn.execute(
                "WITH root AS (SELECT coalesce(merged_into, id) AS id FROM contexts WHERE id = ?)"
                " SELECT id, 0 FROM root UNION SELECT c.id, 1 FROM contexts c JOIN root r ON c.merged_into = r.id"
                " ORDER BY 2, 1", (context_id,)).fetchall()
        if not rows:
            raise RecordNotFoundError()
        return [int(r[0]) for r in rows]

    def links_of_records(self, ids: list[int]) -> list[tuple[int, int, str, str | None, int | None]]:
        """(record, child, linked on, relationship, assessment) of each link of these records."""
        rows = rows_in(self.conn, "SELECT context_id, child_id, linked_on, relationship, assessment_id"
                       " FROM context_links WHERE context_id IN ({marks})", ids)
        links = [(int(r[0]), int(r[1]), str(r[2] or ""), r[3], None if r[4] is None else int(r[4])) for r in rows]
        return sorted(links, key=lambda link: (link[0], link[1], link[2], link[4] or 0))

    def references(self, assessment_ids: set[int]) -> dict[int, str]:
        rows = rows_in(self.conn, "SELECT id, reference FROM assessments WHERE id IN ({marks})", sorted(assessment_ids))
        return {int(r[0]): str(r[1]) for r in rows}

    def record_intelligence_export(self, context_id: int, named: int) -> None:
        """Audited without content: which record, and whether any child was named."""
        with translated(), transaction(self.conn):
            self._audit_row("context.intelligence." + ("exported_naming_children" if named else "exported"),
                            "context", context_id)

    def people_names_of(self, child_id: int) -> list[tuple[int, str]]:
        """(context id, name or alias) of each person linked to this child."""
        return [(c.id, name) for c in self.for_child(child_id) if c.kind == "person"
                for name in [c.body.get("name"), *(c.body.get("aliases") or ())]
                if isinstance(name, str) and name.strip()]

    def for_child(self, child_id: int) -> list[StoredContext]:
        with translated():
            rows = self.conn.execute(
                "SELECT DISTINCT c.id, c.kind, c.body_json FROM contexts c JOIN context_links l ON l.context_id = c.id"
                " WHERE l.child_id = ? ORDER BY c.id", (child_id,),
            ).fetchall()
            keys = self._keys([r[0] for r in rows])
        return [StoredContext(r[0], r[1], json.loads(r[2]), keys[r[0]]) for r in rows]
