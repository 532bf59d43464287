"""A child erased in a team (issues 15 and 16): erased on every member's laptop, history and all.

Erasing a child here (after a transfer's receipt, or at the end of retention) removed the rows,
but the team's history (``team_writes``) still held every change about the child, and the next
change from another member would have brought the child back. So in a team:

- the child's history goes too: every write about the child and every record of theirs
  (assessments and their versions, chronology entries and theirs, escalations, their links to
  people and places; a person or place erased with them), found by global id from the rows and
  from the team's own headers (a record read but not brought in yet);
- their global ids are kept in ``team_erased`` (no names, nothing said about them), so any change
  about them that arrives later, written before its author knew, is dropped on import: erasure
  wins, a rule the team can read;
- one register per member stays on the child's global id, ``child.erased:FINGERPRINT`` (the date
  and the global ids of the records that member knew were the child's; nothing said about them):
  the first member's goes to every member, and each erases the child in turn when it arrives, then
  writes its own. A member who joined later, or was away, may never have had a record's header;
  another member's list still lets it drop and purge any change about that record (a register
  per member, so lists written apart are never a conflict).

Runs inside the caller's transaction, with ``secure_delete`` on (``storage.db``).
"""

from __future__ import annotations

from collections.abc import Iterable

from screening_app.storage.db import Connection, rows_in

ERASED = "child.erased:"  # + the fingerprint of the member whose list it is
_KEEP = "substr(field, 1, 13) != 'child.erased:'"
_HEADERS_OF_CHILD = ("assessment", "chronology", "escalation")


def in_team(conn: Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'team_erased'").fetchone() is not None and \
        conn.execute("SELECT 1 FROM team").fetchone() is not None


def forget_child(conn: Connection, child: str, records: Iterable[str], contexts: Iterable[str], on: str) -> None:
    """Remove the team's history of ``child`` (its global id), of ``records`` (the global ids of its
    rows here) and of ``contexts`` (people and places erased with it); note them as erased."""
    wanted = {child, *records}
    for field in _HEADERS_OF_CHILD:  # records the team has told this vault of, here as rows or not
        wanted |= {r[0] for r in conn.execute(
            "SELECT record FROM team_writes WHERE field = ? AND json_extract(value_json, '$.child') = ?",
            (field, child))}
    forget(conn, dict.fromkeys(wanted | set(contexts), child), on)
    link = f"context.link:{child}:"
    conn.execute("DELETE FROM team_writes WHERE field >= ? AND field < ?", (link, link + "\uffff"))
    conn.execute("DELETE FROM team_values WHERE field >= ? AND field < ?", (link, link + "\uffff"))


def forget(conn: Connection, records: dict[str, str], on: str) -> None:
    """Remove every write about these records (record -> its child) and the records that hang on
    them (an escalation on an assessment, the versions of an assessment or entry), except the
    erasure itself; note them all as erased. Also for records of an erased child met only now, in
    a file written before its author knew (changes about them read earlier go too)."""
    gone = dict(records)
    for field, part in (("escalation", "assessment"), ("assessment_version", "assessment"),
                        ("chronology_version", "entry")):
        refers = f"json_extract(value_json, '$.{part}')"
        for record, owner in rows_in(conn, f"SELECT record, {refers} FROM team_writes WHERE field = '{field}'"
                                     f" AND {refers} IN ({{marks}})", sorted(gone)):
            gone.setdefault(record, gone[owner])
    ids = sorted(gone)
    rows_in(conn, f"DELETE FROM team_writes WHERE {_KEEP} AND record IN ({{marks}})", ids)
    rows_in(conn, f"DELETE FROM team_values WHERE {_KEEP} AND record IN ({{marks}})", ids)
    rows_in(conn, "DELETE FROM team_waiting WHERE record IN ({marks})", ids)
    conn.executemany("INSERT OR IGNORE INTO team_erased (record, child, on_date) VALUES (?, ?, ?)",
                     [(record, child, on) for record, child in gone.items()])


def erased(conn: Connection, records: Iterable[str]) -> dict[str, str]:
    """Which of these global ids were erased (here, or by another member): record -> its child."""
    return {r[0]: r[1] for r in rows_in(conn, "SELECT record, child FROM team_erased WHERE record IN ({marks})",
                                        sorted(set(records)))}


def erased_lists(conn: Connection) -> dict[str, tuple[str, list[str]]]:
    """child's global id -> (the date it was erased, every record of theirs known erased here)."""
    found: dict[str, tuple[str, list[str]]] = {}
    for child, on in conn.execute("SELECT child, on_date FROM team_erased WHERE record = child"):
        found[child] = (on, [r[0] for r in conn.execute(
            "SELECT record FROM team_erased WHERE child = ? ORDER BY record", (child,))])
    return found
