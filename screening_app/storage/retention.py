"""Retention reviews in the vault (issue 16): each child's facts the review date is worked out
from, the decisions to keep a record (with the reason and the next date), and deletion at the end
of retention (``storage/erase.py``: no readable trace; in a team, every member erases too).
Migration 12 creates ``retention_reviews``; a review's reason is erased with the child."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from screening_app.storage.db import Connection, Store, transaction, translated
from screening_app.storage.erase import erase_child
from screening_app.storage.errors import RecordNotFoundError

_V12 = (
    """CREATE TABLE retention_reviews (
    id INTEGER PRIMARY KEY,
    child_id INTEGER NOT NULL REFERENCES children (id),
    decided_on TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('keep')),
    reason TEXT NOT NULL,
    next_review TEXT NOT NULL,
    actor TEXT NOT NULL
)""",
    "CREATE INDEX retention_reviews_by_child ON retention_reviews (child_id)",
)


def migrate_to_12(conn: Connection) -> None:
    for statement in _V12:
        conn.execute(statement)


@dataclass(frozen=True)
class Facts:
    child_id: int
    name: str
    date_of_birth: date | None
    approx_age: int | None
    first_recorded: date
    kept_until: date | None
    last_reason: str | None
    reference: str | None  # the latest assessment's, to name the record by


class RetentionStore(Store):
    def facts(self, born_by: date | None = None) -> list[Facts]:
        """Every child's record (not one joined into another), with what its review date needs.
        ``born_by``: only the records that could be due, by the date-of-birth index: born on or
        before it, or with no date of birth, or with a decision to keep (the rule decides which are due)."""
        where = "c.joined_into IS NULL"
        args: tuple = ()
        if born_by is not None:
            # each by an index; UNION ALL, as a plain UNION is merged in id order, for which SQLite
            # read every child's row instead of the date-of-birth index (28 ms at 50,000 children)
            where += (" AND c.id IN (SELECT id FROM children WHERE date_of_birth <= ?"
                      " UNION ALL SELECT id FROM children WHERE date_of_birth IS NULL"
                      " UNION ALL SELECT child_id FROM retention_reviews)")
            args = (born_by.isoformat(),)
        with translated():
            rows = self.conn.execute(
                "SELECT c.id, trim(c.first_name || ' ' || c.last_name), c.date_of_birth, c.approx_age,"
                " min(substr(c.created_at, 1, 10), coalesce((SELECT min(substr(a.created_at, 1, 10))"
                "  FROM assessments a WHERE a.child_id = c.id), '9999-12-31')),"
                " r.next_review, r.reason,"
                " (SELECT a.reference FROM assessments a WHERE a.child_id = c.id AND a.status = 'completed'"
                "  ORDER BY a.id DESC LIMIT 1)"
                " FROM children c LEFT JOIN retention_reviews r ON r.id ="
                "  (SELECT max(id) FROM retention_reviews WHERE child_id = c.id)"
                f" WHERE {where} ORDER BY c.id", args).fetchall()
        return [Facts(int(r[0]), r[1], date.fromisoformat(r[2]) if r[2] else None, r[3], date.fromisoformat(r[4]),
                      date.fromisoformat(r[5]) if r[5] else None, r[6], r[7]) for r in rows]

    def keep(self, child_id: int, until: date, reason: str) -> None:
        with translated(), transaction(self.conn):
            self._child(child_id)
            self.conn.execute("INSERT INTO retention_reviews (child_id, decided_on, outcome, reason, next_review,"
                              " actor) VALUES (?, ?, 'keep', ?, ?, ?)",
                              (child_id, self._now()[:10], reason, until.isoformat(), self.actor))
            self._audit_row("retention.kept", "child", child_id)

    def delete(self, child_id: int) -> None:
        """The child's whole record, at the end of retention: no readable trace; the audit entry
        names the row number only."""
        with translated(), transaction(self.conn):
            self._child(child_id)
            erase_child(self.conn, child_id, self._now()[:10])
            self._audit_row("retention.deleted", "child", child_id)

    def _child(self, child_id: int) -> None:
        if not self.conn.execute("SELECT 1 FROM children WHERE id = ? AND joined_into IS NULL",
                                 (child_id,)).fetchone():
            raise RecordNotFoundError("No such child's record here.")
