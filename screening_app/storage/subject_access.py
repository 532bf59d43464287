"""What the vault holds about one child, for a subject access request (issue 16): plain data.

``held_about`` reads the child's file as a transfer reads it (``TransferStore.child_file``: every
completed assessment with every version, the chronology with every version, escalations, the
people, places and groups linked), and adds what a transfer leaves out but the child has a right
to see: drafts, records joined into this one, transfers in and out, the team's access, and, for
each linked person, place or group, the other children linked to it (to be withheld). The other
children's names are read too, only so free text naming them can be marked for withholding.
"""

from __future__ import annotations

import json
from typing import Any

from screening_app.storage.db import Connection, translated
from screening_app.storage.errors import RecordNotFoundError
from screening_app.storage.transfers import TransferStore

ACCESS_FIELD = "child.access"  # services.team.ACCESS: which members receive a child's records


def family_of(conn: Connection, child_id: int) -> list[int]:
    """The child (the record others were joined into) first, then every record joined into theirs
    (the same child recorded twice)."""
    row = conn.execute("SELECT coalesce(joined_into, id) FROM children WHERE id = ?", (child_id,)).fetchone()
    if row is None:
        raise RecordNotFoundError()
    root = int(row[0])
    return [root, *(int(r[0]) for r in conn.execute(
        "SELECT id FROM children WHERE joined_into = ? ORDER BY id", (root,)))]


def held_about(conn: Connection, child_id: int) -> dict[str, Any]:
    with translated():
        family = family_of(conn, child_id)
        store = TransferStore(conn)
        file = store.child_file(family[0])
        file["child_id"] = family[0]
        for joined in family[1:]:
            other = store.child_file(joined)
            for part in ("assessments", "chronology", "escalations", "contexts"):
                seen = {r["uuid"] for r in file[part]}
                file[part] += [r for r in other[part] if r["uuid"] not in seen]
        file["assessments"] += _drafts(conn, family)
        for context in file["contexts"]:
            context["other_children"] = _others_linked(conn, context["uuid"], family)
        file["transfers"] = _transfers(conn, family)
        file["team"] = _team(conn, file["child"]["uuid"])
        file["other_children"] = _other_children(conn, family)
    return file


def _drafts(conn: Connection, family: list[int]) -> list[dict[str, Any]]:
    marks = ", ".join("?" * len(family))
    rows = conn.execute(
        "SELECT a.uuid, a.reference, a.form_id, a.assessed_on, a.created_at, a.updated_at, p.input_json"
        f" FROM assessments a JOIN assessment_payloads p ON p.assessment_id = a.id WHERE a.child_id IN ({marks})"
        " AND a.status = 'draft' ORDER BY a.id", family).fetchall()
    return [{"uuid": r[0], "reference": r[1], "form_id": r[2], "status": "draft", "assessed_on": r[3],
             "created_at": r[4], "updated_at": r[5],
             "versions": [{"version": 0, "input_json": r[6], "assessed_on": r[3], "created_at": r[5]}]}
            for r in rows]


def _others_linked(conn: Connection, context_uuid: str, family: list[int]) -> list[str]:
    """The names of the other children linked to this person, place or group: to the record itself,
    one merged with it, or a record holding the same phone, vehicle, handle or place (SPEC 12's
    links). To be withheld unless the practitioner releases each one."""
    marks = ", ".join("?" * len(family))
    rows = conn.execute(
        "WITH root AS (SELECT coalesce(merged_into, id) AS id FROM contexts WHERE uuid = ?),"
        " fam AS (SELECT id FROM root UNION SELECT c.id FROM contexts c JOIN root r ON c.merged_into = r.id),"
        " alike AS (SELECT id FROM fam UNION SELECT o.context_id FROM context_keys k JOIN fam f ON f.id = k.context_id"
        "  JOIN context_keys o ON o.kind = k.kind AND o.key = k.key),"
        " linked AS (SELECT DISTINCT coalesce(ch.joined_into, ch.id) AS id FROM context_links l"
        "  JOIN alike a ON a.id = l.context_id JOIN children ch ON ch.id = l.child_id)"
        " SELECT ch.id, ch.first_name, ch.last_name FROM linked JOIN children ch ON ch.id = linked.id"
        f" WHERE ch.id NOT IN ({marks}) ORDER BY ch.id", (context_uuid, *family)).fetchall()
    return [" ".join(p for p in (r[1], r[2]) if p) or "a child with no name recorded" for r in rows]


def _transfers(conn: Connection, family: list[int]) -> list[dict[str, Any]]:
    marks = ", ".join("?" * len(family))
    names = ("direction", "at", "sent_on", "counterpart", "confirmed_at")
    rows = conn.execute(f"SELECT {', '.join(names)} FROM transfers WHERE child_id IN ({marks}) ORDER BY at, id",
                        family).fetchall()
    return [dict(zip(names, r, strict=True)) for r in rows]


def _team(conn: Connection, child_uuid: str) -> dict[str, Any] | None:
    if not conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'team'").fetchone():
        return None
    team = conn.execute("SELECT name FROM team").fetchone()
    if team is None:
        return None
    row = conn.execute("SELECT w.value_json FROM team_values v JOIN team_writes w ON w.record = v.record"
                       " AND w.field = v.field AND w.stamp = v.stamp WHERE v.record = ? AND v.field = ?",
                       (child_uuid, ACCESS_FIELD)).fetchone()
    access = json.loads(row[0]) if row else None
    return {"name": team[0], "access": [str(a)[:16] + "..." for a in access] if isinstance(access, list) and access
            else None}


def _other_children(conn: Connection, family: list[int]) -> list[list[str]]:
    """Each other child's names (first, last, other names), for finding them in free text."""
    marks = ", ".join("?" * len(family))
    rows = conn.execute("SELECT first_name, last_name, other_names FROM children"
                        f" WHERE id NOT IN ({marks}) ORDER BY id", family).fetchall()
    out = []
    for first, last, others in rows:
        try:
            other_names = [str(n) for n in json.loads(others or "[]")]
        except ValueError:
            other_names = []
        full = " ".join(p for p in (first, last) if p)
        out.append([n for n in (full, first, last, *other_names) if n])
    return out
