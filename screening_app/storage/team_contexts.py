"""A team's people, places and groups (SPEC 12) as registers, and back (issue 15).

The same man, flat or car in three children's records is what a team most needs to see together,
so contexts go to the team with the records that name them. Registers on a context's global id:

- ``context``, written once: its kind and when it was made;
- ``context.body``: what is said about it (names, aliases, description), replaced whole; two
  members adding to it apart is a conflict to decide, both kept;
- ``context.merged_into``: the record it counts as (a practitioner's merge), or null;
- ``context.key:KIND:KEY``, one per identifier (a plate, a phone, a handle, a place): how it was
  first written. The same identifier noted on two laptops is one register, not a conflict;
- ``context.link:CHILD:ASSESSMENT``, one per link to a child (the assessment part empty for a
  chronology entry's link): the relationship, when linked, the entry. A link is about that child,
  so it goes only to the members who may see the child (``TeamRecords.children_of``).

A context goes to the team once it is linked to a child the team has (something completed), with
any record it was merged into; a link to a child with only a draft stays here. Merges made apart
can chain or loop; every laptop resolves them alike from the registers (``merge_roots``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from screening_app.domain.team_merge import Key, merge_roots
from screening_app.storage.db import rows_in
from screening_app.storage.team import TeamStore

KEY, LINK = "context.key:", "context.link:"
Put = Callable[[Key, Any, dict[Key, Any]], None]
# A link the team may have: its child has something completed, and it names no draft.
_SHARED_LINK = ("l.child_id IN (SELECT child_id FROM assessments WHERE status = 'completed'"
                " UNION SELECT child_id FROM chronology_entries UNION SELECT child_id FROM escalations"
                " WHERE child_id IS NOT NULL) AND (l.assessment_id IS NULL OR l.assessment_id IN"
                " (SELECT id FROM assessments WHERE status = 'completed'))")


def link_field(child: str, assessment: str | None) -> str:
    return f"{LINK}{child}:{assessment or ''}"


def link_child(field: str) -> str:
    return field[len(LINK):].split(":", 1)[0]


class TeamContexts:
    def __init__(self, conn: Any, store: TeamStore, audit: Callable[[str, str, int, str], None],
                 now: Callable[[], str]) -> None:
        self.conn, self.store, self.audit, self.now = conn, store, audit, now

    # ------------------------------------------------------------ rows -> writes

    def changes(self, put: Put, full: bool, children: list[int]) -> list[int]:
        """Writes (through ``put``) for the contexts changed since the last sync, those linked to
        ``children`` (looked at now: perhaps shared for the first time), or every one (``full``).
        Returns the contexts looked at."""
        if full:
            ids = [r[0] for r in self.conn.execute("SELECT id FROM contexts")]
        else:
            ids = sorted({r[0] for r in self.conn.execute("SELECT id FROM team_dirty WHERE tbl = 'contexts'")}
                         | {r[0] for r in rows_in(self.conn, "SELECT context_id FROM context_links"
                                                  " WHERE child_id IN ({marks})", children)})
        if not ids:
            return []
        links: dict[int, list[tuple]] = {}
        for row in rows_in(self.conn, "SELECT l.context_id, c.uuid, a.uuid, e.uuid, l.relationship, l.linked_on"
                           " FROM context_links l JOIN children c ON c.id = l.child_id"
                           " LEFT JOIN assessments a ON a.id = l.assessment_id"
                           " LEFT JOIN chronology_entries e ON e.id = l.entry_id"
                           f" WHERE c.joined_into IS NULL AND {_SHARED_LINK} AND l.context_id IN ({{marks}})", ids):
            links.setdefault(row[0], []).append(row[1:])
        shared = set(links) | {r[0] for r in rows_in(  # or the team has it already (its child erased since)
            self.conn, "SELECT c.id FROM contexts c JOIN team_values v ON v.record = c.uuid AND v.field = 'context'"
            " WHERE c.id IN ({marks})", ids)}
        targets = {r[0] for r in rows_in(self.conn, "SELECT merged_into FROM contexts WHERE merged_into IS NOT NULL"
                                         " AND id IN ({marks})", shared)}
        shared |= targets
        rows = rows_in(self.conn, "SELECT c.id, c.uuid, c.kind, c.body_json, c.created_at, m.uuid FROM contexts c"
                       " LEFT JOIN contexts m ON m.id = c.merged_into WHERE c.id IN ({marks})", sorted(shared))
        keys: dict[int, list[tuple]] = {}
        for row in rows_in(self.conn, "SELECT context_id, kind, key, shown FROM context_keys"
                           " WHERE context_id IN ({marks})", sorted(shared)):
            keys.setdefault(row[0], []).append(row[1:])
        current = self.store.values_of(r[1] for r in rows)
        counts_as = self._counts_as()
        for local, uuid, kind, body, created, merged in rows:
            put((uuid, "context"), {"kind": kind, "created_at": created}, current)
            put((uuid, "context.body"), json.loads(body), current)
            if merged != counts_as.get(uuid):  # merged or separated here since the last sync
                put((uuid, "context.merged_into"), merged, current)
            for key_kind, key, shown in keys.get(local, ()):
                put((uuid, f"{KEY}{key_kind}:{key}"), shown, current)
            for child, assessment, entry, relationship, linked_on in links.get(local, ()):
                put((uuid, link_field(child, assessment)),
                    {"entry": entry, "relationship": relationship, "linked_on": linked_on}, current)
        return ids

    def _counts_as(self) -> dict[str, str | None]:
        """Every context's merge as the team's registers resolve it."""
        return merge_roots({record: value for (record, _f), value in
                            self.store.current_values("context.merged_into").items()})

    # ------------------------------------------------------------ writes -> rows

    def materialise(self, values: dict[Key, Any], by_field: dict[str, dict[str, Any]]) -> tuple[int, set[str]]:
        """Bring contexts up to the registers: new ones inserted, bodies replaced, identifiers and
        links added once their child (and assessment, entry) is here, merges resolved. Returns the
        rows changed and the contexts still waiting for something."""
        done, waiting = 0, set()
        for uuid, header in by_field.get("context", {}).items():
            body = json.dumps(values.get((uuid, "context.body")) or {}, ensure_ascii=False, sort_keys=True)
            local = self._local("contexts", uuid)
            if local is None:
                cursor = self.conn.execute(
                    "INSERT INTO contexts (kind, body_json, created_at, updated_at, uuid) VALUES (?, ?, ?, ?, ?)",
                    (header["kind"], body, header["created_at"], self.now(), uuid))
                self.audit(f"team.context.{header['kind']}.received", "context", int(cursor.lastrowid or 0), uuid)
                done += 1
            elif self.conn.execute("SELECT body_json FROM contexts WHERE id = ?", (local,)).fetchone()[0] != body:
                self.conn.execute("UPDATE contexts SET body_json = ?, updated_at = ? WHERE id = ?",
                                  (body, self.now(), local))
                self.audit("team.context.updated", "context", local, uuid)
                done += 1
        waiting |= set(by_field.get("context.body", {})) - set(by_field.get("context", {}))
        for (uuid, field), value in values.items():
            if not field.startswith((KEY, LINK)):
                continue
            context = self._local("contexts", uuid)
            if context is None:
                waiting.add(uuid)
            elif field.startswith(KEY):
                key_kind, key = field[len(KEY):].split(":", 1)
                done += self.conn.execute("INSERT OR IGNORE INTO context_keys (context_id, kind, key, shown)"
                                          " VALUES (?, ?, ?, ?)", (context, key_kind, key, value)).rowcount
            else:
                child_uuid, assessment_uuid = field[len(LINK):].split(":", 1)
                child = self._local("children", child_uuid)
                assessment = self._local("assessments", assessment_uuid or None)
                entry = self._local("chronology_entries", value.get("entry"))
                if child is None or (assessment_uuid and assessment is None) or (value.get("entry") and entry is None):
                    waiting.add(uuid)  # its child or record has not come yet
                    continue
                done += self.conn.execute(
                    "INSERT OR IGNORE INTO context_links (context_id, child_id, assessment_id, entry_id, relationship,"
                    " linked_on) VALUES (?, ?, ?, ?, ?, ?)",
                    (context, child, assessment, entry, value.get("relationship"), value["linked_on"])).rowcount
        return done + self._merges(waiting), waiting

    def _merges(self, waiting: set[str]) -> int:
        """Each context's merge as resolved from every merge register (a chain or loop made apart
        comes out the same on every laptop); a target not here yet waits."""
        done = 0
        for uuid, target in self._counts_as().items():
            local = self._local("contexts", uuid)
            wanted = self._local("contexts", target)
            if local is None or (target is not None and wanted is None):
                waiting.add(uuid)
                continue
            cursor = self.conn.execute("UPDATE contexts SET merged_into = ?, updated_at = ? WHERE id = ?"
                                       " AND merged_into IS NOT ?", (wanted, self.now(), local, wanted))
            if cursor.rowcount:
                self.audit("team.context.merged" if wanted else "team.context.unmerged", "context", local, uuid)
                self.store.clean("contexts", [local])
                done += 1
        return done

    def _local(self, table: str, uuid: str | None) -> int | None:
        if not uuid:
            return None
        row = self.conn.execute(f"SELECT id FROM {table} WHERE uuid = ?", (uuid,)).fetchone()
        return None if row is None else int(row[0])
