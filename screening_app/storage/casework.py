"""SQL for escalations, settings and reading the audit log.

Escalations follow a referral through up to three stages with another
agency. Settings are small JSON values (referrer profile, auto-lock minutes,
local contacts). The audit log is append-only and holds no content.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from screening_app.storage.db import Store, transaction, translated
from screening_app.storage.errors import RecordNotFoundError
from screening_app.storage.records import AuditEntry, Escalation, NewEscalation

_ESCALATION_COLUMNS = (
    "agency, stage, raised_on, assessment_id, child_id, decision, decided_on, what_was_said, outcome, status"
)


def _escalation_values(item: NewEscalation) -> tuple:
    return (
        item.agency,
        item.stage,
        item.raised_on.isoformat(),
        item.assessment_id,
        item.child_id,
        item.decision,
        item.decided_on.isoformat() if item.decided_on else None,
        item.what_was_said,
        item.outcome,
        item.status,
    )


def _escalation_from(row: tuple) -> Escalation:
    details = NewEscalation(
        agency=row[1],
        stage=row[2],
        raised_on=date.fromisoformat(row[3]),
        assessment_id=row[4],
        child_id=row[5],
        decision=row[6],
        decided_on=date.fromisoformat(row[7]) if row[7] else None,
        what_was_said=row[8],
        outcome=row[9],
        status=row[10],
    )
    return Escalation(id=row[0], details=details, created_at=row[11], updated_at=row[12])


class Casework(Store):
    """Escalations, settings and the audit trail over one open connection."""

    def _audit(self, action: str, record_id: int) -> None:
        self._audit_row(action, "escalation", record_id)

    def add_escalation(self, item: NewEscalation) -> int:
        stamp = self._now()
        with transaction(self.conn):
            cursor = self.conn.execute(
                f"INSERT INTO escalations ({_ESCALATION_COLUMNS}, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*_escalation_values(item), stamp, stamp),
            )
            escalation_id = int(cursor.lastrowid or 0)
            self._audit("escalation.created", escalation_id)
        return escalation_id

    def update_escalation(self, escalation_id: int, item: NewEscalation) -> None:
        assignments = ", ".join(f"{c.strip()} = ?" for c in _ESCALATION_COLUMNS.split(","))
        with transaction(self.conn):
            cursor = self.conn.execute(
                f"UPDATE escalations SET {assignments}, updated_at = ? WHERE id = ?",
                (*_escalation_values(item), self._now(), escalation_id),
            )
            if cursor.rowcount == 0:
                raise RecordNotFoundError()
            self._audit("escalation.updated", escalation_id)

    def escalations(self, assessment_id: int | None = None, open_only: bool = False) -> list[Escalation]:
        where, params = [], []
        if assessment_id is not None:
            where.append("assessment_id = ?")
            params.append(assessment_id)
        if open_only:
            where.append("status = 'open'")
        sql = f"SELECT id, {_ESCALATION_COLUMNS}, created_at, updated_at FROM escalations"
        sql += (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY raised_on, id"
        with translated():
            return [_escalation_from(row) for row in self.conn.execute(sql, params).fetchall()]

    def escalations_for_child(self, child_id: int) -> list[Escalation]:
        """Escalations about the child or any of the child's assessments, oldest first."""
        sql = (
            f"SELECT id, {_ESCALATION_COLUMNS}, created_at, updated_at FROM escalations"
            " WHERE child_id = ? OR assessment_id IN (SELECT id FROM assessments WHERE child_id = ?)"
            " ORDER BY raised_on, id"
        )
        with translated():
            return [_escalation_from(row) for row in self.conn.execute(sql, (child_id, child_id)).fetchall()]

    # ------------------------------------------------------------ settings

    def get_setting(self, key: str, default: Any = None) -> Any:
        with translated():
            row = self.conn.execute("SELECT value_json FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def set_setting(self, key: str, value: Any) -> None:
        with transaction(self.conn):
            self.conn.execute(
                "INSERT INTO settings (key, value_json) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json",
                (key, json.dumps(value, ensure_ascii=False)),
            )

    # ------------------------------------------------------------ audit

    def audit_entries(self, limit: int = 100) -> list[AuditEntry]:
        with translated():
            rows = self.conn.execute(
                "SELECT at, actor, action, record_kind, record_id FROM audit_log ORDER BY id DESC LIMIT ?", (limit,)
            ).fetchall()
        return [AuditEntry(*row) for row in rows]
