"""Two records of one child made one, on the practitioner's word, and undone the same way.

A child's file received from another school, or typed twice, can be a child already here (same
UPN, NHS number, or name and date of birth). Receiving keeps the two apart and says so; joining
them is the practitioner's decision (SPEC 13). ``join(kept, joined)`` moves every assessment,
chronology entry, escalation, link to a person or place and transfer of ``joined`` onto
``kept``, in one transaction, and writes down exactly what it moved so ``undo`` can move it back.
Nothing is deleted: the joined child's row stays, its details untouched, marked ``joined_into``,
and out of the name index; a later file carrying its global id lands on ``kept``. Each link
that ``kept`` already had (the same person, the same assessment) is set aside, not merged, and
comes back on undo. Audited without content. Migration 8 adds the column and the table.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from screening_app.storage.db import Connection, rows_in, transaction, translated
from screening_app.storage.errors import RecordNotFoundError
from screening_app.storage.repository import Repository

_V8 = (
    "ALTER TABLE children ADD COLUMN joined_into INTEGER REFERENCES children (id)",
    """CREATE TABLE child_joins (
    id INTEGER PRIMARY KEY,
    kept INTEGER NOT NULL REFERENCES children (id),
    joined INTEGER NOT NULL REFERENCES children (id),
    moved_json TEXT NOT NULL,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    undone_at TEXT
)""",
    "CREATE INDEX child_joins_by_child ON child_joins (kept, joined)",
)

# Tables whose rows belong to a child by ``child_id`` and move with a join, whole.
_MOVED = ("assessments", "chronology_entries", "escalations", "transfers")
_LINK_COLUMNS = ("id", "context_id", "child_id", "assessment_id", "entry_id", "relationship", "linked_on")


def migrate_to_8(conn: Connection) -> None:
    for statement in _V8:
        conn.execute(statement)


def same_child(conn: Connection, child_id: int) -> list[int]:
    """Other children here, not joined into another, with the same UPN, NHS number, or first and
    last name and date of birth (spaces and case aside) as ``child_id``: who may be one child."""
    with translated():
        return [int(r[0]) for r in conn.execute(
            "SELECT o.id FROM children c JOIN children o ON o.id != c.id AND o.joined_into IS NULL"
            " AND ((c.upn IS NOT NULL AND o.upn = c.upn) OR (c.nhs_number IS NOT NULL AND o.nhs_number = c.nhs_number)"
            " OR (c.date_of_birth IS NOT NULL AND o.date_of_birth = c.date_of_birth"
            " AND lower(trim(o.first_name)) = lower(trim(c.first_name)) AND trim(c.first_name) != ''"
            " AND lower(trim(o.last_name)) = lower(trim(c.last_name))))"
            " WHERE c.id = ? AND c.joined_into IS NULL ORDER BY o.id", (child_id,)).fetchall()]


@dataclass(frozen=True)
class ChildJoin:
    id: int
    kept: int
    joined: int
    at: str
    actor: str
    undone_at: str | None


class ChildJoins(Repository):
    def join(self, kept: int, joined: int) -> int:
        """Move ``joined``'s records onto ``kept``; the join's id (for undo)."""
        with translated(), transaction(self.conn):
            found = dict(self.conn.execute("SELECT id, joined_into FROM children WHERE id IN (?, ?)",
                                           (kept, joined)).fetchall())
            if kept == joined or len(found) != 2:
                raise RecordNotFoundError()
            if found[kept] is not None or found[joined] is not None:
                raise ValueError("one of these records was already joined into another: undo that first")
            moved: dict[str, list] = {}
            for table in _MOVED:
                ids = [r[0] for r in self.conn.execute(f"SELECT id FROM {table} WHERE child_id = ?", (joined,))]
                rows_in(self.conn, f"UPDATE {table} SET child_id = {int(kept)} WHERE id IN ({{marks}})", ids)
                moved[table] = ids
            links = self.conn.execute(
                f"SELECT {', '.join(_LINK_COLUMNS)} FROM context_links WHERE child_id = ? ORDER BY id",
                (joined,)).fetchall()
            moved["context_links"], moved["set_aside"] = [], []
            for link in links:
                clash = self.conn.execute(
                    "SELECT 1 FROM context_links WHERE child_id = ? AND context_id = ? AND assessment_id IS ?",
                    (kept, link[1], link[3])).fetchone()
                if clash:  # the same link is already on the kept record: keep the row to put back
                    moved["set_aside"].append(list(link))
                    self.conn.execute("DELETE FROM context_links WHERE id = ?", (link[0],))
                else:
                    self.conn.execute("UPDATE context_links SET child_id = ? WHERE id = ?", (kept, link[0]))
                    moved["context_links"].append(link[0])
            stamp = self._now()
            self.conn.execute("DELETE FROM child_names WHERE child_id = ?", (joined,))
            self.conn.execute("UPDATE children SET joined_into = ?, updated_at = ? WHERE id = ?",
                              (kept, stamp, joined))
            cursor = self.conn.execute(
                "INSERT INTO child_joins (kept, joined, moved_json, at, actor) VALUES (?, ?, ?, ?, ?)",
                (kept, joined, json.dumps(moved, sort_keys=True), stamp, self.actor))
            self._audit_row("child.joined", "child", kept)
            self._audit_row("child.joined_into", "child", joined)
        return int(cursor.lastrowid or 0)

    def undo(self, join_id: int) -> int:
        """Put back what the join moved; the id of the child it gives back."""
        with translated(), transaction(self.conn):
            row = self.conn.execute("SELECT kept, joined, moved_json FROM child_joins WHERE id = ?"
                                    " AND undone_at IS NULL", (join_id,)).fetchone()
            if row is None:
                raise RecordNotFoundError()
            kept, joined, moved = row[0], row[1], json.loads(row[2])
            if self.conn.execute("SELECT joined_into FROM children WHERE id = ?", (kept,)).fetchone()[0] is not None:
                raise ValueError("the record kept was joined into another since: undo that first")
            for table in (*_MOVED, "context_links"):
                rows_in(self.conn, f"UPDATE {table} SET child_id = {int(joined)} WHERE id IN ({{marks}})"
                        f" AND child_id = {int(kept)}", moved.get(table, []))
            self.conn.executemany(
                f"INSERT OR IGNORE INTO context_links ({', '.join(_LINK_COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [tuple(link) for link in moved.get("set_aside", [])])
            stamp = self._now()
            self.conn.execute("UPDATE children SET joined_into = NULL, updated_at = ? WHERE id = ?", (stamp, joined))
            self._index_names(joined, self.get_child(joined).details)
            self.conn.execute("UPDATE child_joins SET undone_at = ? WHERE id = ?", (stamp, join_id))
            self._audit_row("child.join_undone", "child", kept)
            self._audit_row("child.join_undone", "child", joined)
        return int(joined)

    def joins_of(self, child_id: int) -> list[ChildJoin]:
        """The joins this child's record was part of, kept or joined, newest first."""
        with translated():
            rows = self.conn.execute(
                "SELECT id, kept, joined, at, actor, undone_at FROM child_joins WHERE kept = ? OR joined = ?"
                " ORDER BY id DESC", (child_id, child_id)).fetchall()
        return [ChildJoin(*row) for row in rows]

    def joined_into(self, child_id: int) -> int | None:
        with translated():
            row = self.conn.execute("SELECT joined_into FROM children WHERE id = ?", (child_id,)).fetchone()
        if row is None:
            raise RecordNotFoundError()
        return None if row[0] is None else int(row[0])
