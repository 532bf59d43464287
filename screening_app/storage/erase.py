"""A child's whole file erased from the vault, leaving no readable trace (SPEC 13).

Used when the organisation's rule is to delete the sender's copy once a transfer's receipt is
confirmed (issue 14), and by retention (issue 16). Everything that belongs to the child goes:
every assessment (drafts too) with its versions and payloads, the chronology with its versions
and citations, escalations, the child's links to people and places (a person or place linked to
no other child goes too, except in a team; one linked to others stays, without this child), records joined into
this one, the name index. What stays holds no personal data and is what the organisation must
be able to show: the transfer log's rows (date, counterpart, receipt; the child's global id,
which names no one) and the audit trail (actions and row numbers, never content), with one entry
"child.erased". The connection runs with ``secure_delete`` (storage.db), so freed pages are
zeroed in the file; the caller checkpoints the journal afterwards (``Vault.checkpoint``) so no
earlier page image is left in it. A backup taken before keeps its copy: that is the
organisation's choice, and the note on deletion says so.

``erase_child`` runs inside the caller's transaction, so it can be one step of a larger change
(a receipt confirmed and the record deleted, both or neither). In a team, the team's history of
the child goes too, and every member erases the child in turn (``storage/team_erase.py``).
"""

from __future__ import annotations

from screening_app.storage.db import Connection, rows_in
from screening_app.storage.team_erase import forget_child, in_team

_CHUNKED = "{marks}"


def _ids(conn: Connection, sql: str, params: tuple) -> list[int]:
    return [int(r[0]) for r in conn.execute(sql, params).fetchall()]


def _delete(conn: Connection, table: str, where: str, ids: list[int]) -> None:
    if ids:
        rows_in(conn, f"DELETE FROM {table} WHERE {where}", ids)


def erase_child(conn: Connection, child_id: int, on: str) -> None:
    """Delete the child and everything theirs (see the module's note), ``on`` this date (ISO). No
    transaction of its own."""
    for joined in _ids(conn, "SELECT id FROM children WHERE joined_into = ?", (child_id,)):
        erase_child(conn, joined, on)  # an earlier record of the same child, joined into this one
    assessments = _ids(conn, "SELECT id FROM assessments WHERE child_id = ?", (child_id,))
    entries = _ids(conn, "SELECT id FROM chronology_entries WHERE child_id = ?", (child_id,))
    team = in_team(conn)
    if team:
        child_uuid, records = _uuids_of(conn, child_id, assessments, entries)
    _delete(conn, "assessment_evidence", f"assessment_id IN ({_CHUNKED})", assessments)
    _delete(conn, "assessment_evidence", f"entry_id IN ({_CHUNKED})", entries)
    _delete(conn, "escalations", f"assessment_id IN ({_CHUNKED})", assessments)
    _delete(conn, "escalations", f"child_id IN ({_CHUNKED})", [child_id])
    linked = _ids(conn, "SELECT DISTINCT context_id FROM context_links WHERE child_id = ?", (child_id,))
    _delete(conn, "context_links", f"child_id IN ({_CHUNKED})", [child_id])
    _delete(conn, "assessment_payloads", f"assessment_id IN ({_CHUNKED})", assessments)
    _delete(conn, "assessment_versions", f"assessment_id IN ({_CHUNKED})", assessments)
    _delete(conn, "assessments", f"id IN ({_CHUNKED})", assessments)
    _delete(conn, "chronology_versions", f"entry_id IN ({_CHUNKED})", entries)
    _delete(conn, "chronology_entries", f"id IN ({_CHUNKED})", entries)
    # In a team a person or place the team has stays (the team's picture of an adult of concern;
    # whether one is linked to no other child differs from laptop to laptop until every file is in,
    # so erasing it would leave members different): only this child's links to it go, on every
    # member. One never shared (known here only) goes as outside a team.
    contexts = _erase_unlinked_contexts(conn, [c for c in linked if not _in_team_history(conn, c)] if team else linked)
    received = _ids(conn, "SELECT id FROM transfers WHERE child_id = ? AND direction = 'received'", (child_id,))
    _delete(conn, "received_records", f"transfer_id IN ({_CHUNKED})", received)
    # The transfer log stays (KCSIE: when sent, to whom, when acknowledged), naming no one.
    conn.execute("UPDATE transfers SET child_id = NULL, summary_json = '{}' WHERE child_id = ?", (child_id,))
    _delete(conn, "child_joins", f"kept IN ({_CHUNKED})", [child_id])
    _delete(conn, "child_joins", f"joined IN ({_CHUNKED})", [child_id])
    _delete(conn, "child_names", f"child_id IN ({_CHUNKED})", [child_id])
    _delete(conn, "retention_reviews", f"child_id IN ({_CHUNKED})", [child_id])  # a reason may name someone
    _delete(conn, "children", f"id IN ({_CHUNKED})", [child_id])
    if team and child_uuid:
        forget_child(conn, child_uuid, records, contexts, on)


def _in_team_history(conn: Connection, context_id: int) -> bool:
    return conn.execute("SELECT 1 FROM contexts c JOIN team_values v ON v.record = c.uuid AND v.field = 'context'"
                        " WHERE c.id = ?", (context_id,)).fetchone() is not None


def _uuids_of(conn: Connection, child_id: int, assessments: list[int], entries: list[int]) -> tuple[str, list[str]]:
    """The global ids of the child and of every record of theirs (for the team's history)."""
    row = conn.execute("SELECT uuid FROM children WHERE id = ?", (child_id,)).fetchone()
    records = [r[0] for r in rows_in(conn, "SELECT uuid FROM assessments WHERE id IN ({marks})", assessments)]
    records += [r[0] for r in rows_in(conn, "SELECT uuid FROM assessment_versions WHERE assessment_id IN ({marks})",
                                      assessments)]
    records += [r[0] for r in rows_in(conn, "SELECT uuid FROM chronology_entries WHERE id IN ({marks})", entries)]
    records += [r[0] for r in rows_in(conn, "SELECT uuid FROM chronology_versions WHERE entry_id IN ({marks})",
                                      entries)]
    records += [r[0] for r in conn.execute("SELECT uuid FROM escalations WHERE child_id = ?", (child_id,))]
    records += [r[0] for r in rows_in(conn, "SELECT uuid FROM escalations WHERE assessment_id IN ({marks})",
                                      assessments)]
    return (row[0] if row else ""), [r for r in records if r]


def _erase_unlinked_contexts(conn: Connection, contexts: list[int]) -> list[str]:
    """A person or place that no other child is linked to (directly, or through a record merged
    with it) is this child's alone: it goes too. Returns their global ids."""
    alone = [c for c in contexts
             if not conn.execute("SELECT 1 FROM context_links WHERE context_id = ? LIMIT 1", (c,)).fetchone()
             and not conn.execute("SELECT 1 FROM contexts WHERE merged_into = ? LIMIT 1", (c,)).fetchone()]
    uuids = [r[0] for r in rows_in(conn, "SELECT uuid FROM contexts WHERE id IN ({marks})", alone) if r[0]]
    _delete(conn, "context_keys", f"context_id IN ({_CHUNKED})", alone)
    _delete(conn, "contexts", f"id IN ({_CHUNKED})", alone)
    return uuids
