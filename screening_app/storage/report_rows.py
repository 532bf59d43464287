"""What the partnership's picture is counted from (issue 16), read in plain rows: no names, no
references, no dates of birth leave this module, only what each count needs."""

from __future__ import annotations

from datetime import date

from screening_app.storage.db import Connection, translated


def assessments_in(conn: Connection, start: date, end: date) -> list[tuple]:
    """(child, assessed on, final level, result JSON, input JSON, form id) of each completed
    assessment's current version assessed in the period (children joined into another counted as
    that one)."""
    with translated():
        return conn.execute(
            "SELECT coalesce(c.joined_into, c.id), a.assessed_on, a.final_level, v.result_json, v.input_json,"
            " a.form_id"
            " FROM assessments a JOIN children c ON c.id = a.child_id"
            " JOIN assessment_versions v ON v.assessment_id = a.id AND v.version = a.version"
            " WHERE a.status = 'completed' AND a.assessed_on BETWEEN ? AND ? ORDER BY a.assessed_on, a.id",
            (start.isoformat(), end.isoformat())).fetchall()


def escalations_in(conn: Connection, start: date, end: date) -> list[tuple]:
    """(stage, status) of each escalation raised in the period."""
    with translated():
        return conn.execute("SELECT stage, status FROM escalations WHERE raised_on BETWEEN ? AND ?",
                            (start.isoformat(), end.isoformat())).fetchall()


def first_concern_and_referral(conn: Connection, start: date, end: date) -> list[tuple[str, str]]:
    """(first concern, first referral) for each child whose first referral (escalation) was made in
    the period: the first concern is the earliest chronology entry or completed assessment."""
    with translated():
        return conn.execute(
            "WITH child_of AS (SELECT id, coalesce(joined_into, id) AS child FROM children),"
            " referral AS (SELECT o.child, min(e.raised_on) AS first FROM escalations e"
            "  LEFT JOIN assessments a ON a.id = e.assessment_id"
            "  JOIN child_of o ON o.id = coalesce(e.child_id, a.child_id) GROUP BY o.child),"
            " concern AS (SELECT o.child, min(d) AS first FROM ("
            "  SELECT child_id, occurred_on AS d FROM chronology_entries"
            "  UNION ALL SELECT child_id, assessed_on FROM assessments WHERE status = 'completed') x"
            "  JOIN child_of o ON o.id = x.child_id GROUP BY o.child)"
            " SELECT c.first, r.first FROM referral r JOIN concern c ON c.child = r.child"
            " WHERE r.first BETWEEN ? AND ?", (start.isoformat(), end.isoformat())).fetchall()
