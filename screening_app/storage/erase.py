"""A child's whole file erased from the vault, leaving no readable trace (SPEC 13).

Used when the organisation's rule is to delete the sender's copy once a transfer's receipt is
confirmed (issue 14), and by retention (issue 16). Everything that belongs to the child goes:
every assessment (drafts too) with its versions and payloads, the chronology with its versions
and citations, escalations, the child's links to people and places (a person or place linked to
no other child goes too; one linked to others stays, without this child), records joined into
this one, the name index. What stays holds no personal data and is what the organisation must
be able to show: the transfer log's rows (date, counterpart, receipt; the child's global id,
which names no one) and the audit trail (actions and row numbers, never content), with one entry
"child.erased". The connection runs with ``secure_delete`` (storage.db), so freed pages are
zeroed in the file; the caller checkpoints the journal afterwards (``Vault.checkpoint``) so no
earlier page image is left in it. A backup taken before keeps its copy: that is the
organisation's choice, and the note on deletion says so.

``erase_child`` runs inside the caller's transaction, so it can be one step of a larger change
(a receipt confirmed and the record deleted, both or neither).
"""

from __future__ import annotations

from screening_app.storage.db import Connection, rows_in

_CHUNKED = "{marks}"


def _ids(conn: Connection, sql: str, params: tuple) -> list[int]:
    return [int(r[0]) for r in conn.execute(sql, params).fetchall()]


def _delete(conn: Connection, table: str, where: str, ids: list[int]) -> None:
    if ids:
        rows_in(conn, f"DELETE FROM {table} WHERE {where}", ids)


def erase_child(conn: Connection, child_id: int) -> None:
    """Delete the child and everything theirs (see the module's note). No transaction of its own."""
    for joined in _ids(conn, "SELECT id FROM children WHERE joined_into = ?", (child_id,)):
        erase_child(conn, joined)  # an earlier record of the same child, joined into this one
    assessments = _ids(conn, "SELECT id FROM assessments WHERE child_id = ?", (child_id,))
    entries = _ids(conn, "SELECT id FROM chronology_entries WHERE child_id = ?", (child_id,))
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
    _erase_unlinked_contexts(conn, linked)
    received = _ids(conn, "SELECT id FROM transfers WHERE child_id = ? AND direction = 'received'", (child_id,))
    _delete(conn, "received_records", f"transfer_id IN ({_CHUNKED})", received)
    # The transfer log stays (KCSIE: when sent, to whom, when acknowledged), naming no one.
    conn.execute("UPDATE transfers SET child_id = NULL, summary_json = '{}' WHERE child_id = ?", (child_id,))
    _delete(conn, "child_joins", f"kept IN ({_CHUNKED})", [child_id])
    _delete(conn, "child_joins", f"joined IN ({_CHUNKED})", [child_id])
    _delete(conn, "child_names", f"child_id IN ({_CHUNKED})", [child_id])
    _delete(conn, "children", f"id IN ({_CHUNKED})", [child_id])


def _erase_unlinked_contexts(conn: Connection, contexts: list[int]) -> None:
    """A person or place that no other child is linked to (directly, or through a record merged
    with it) is this child's alone: it goes too."""
    alone = [c for c in contexts
             if not conn.execute("SELECT 1 FROM context_links WHERE context_id = ? LIMIT 1", (c,)).fetchone()
             and not conn.execute("SELECT 1 FROM contexts WHERE merged_into = ? LIMIT 1", (c,)).fetchone()]
    _delete(conn, "context_keys", f"context_id IN ({_CHUNKED})", alone)
    _delete(conn, "contexts", f"id IN ({_CHUNKED})", alone)
