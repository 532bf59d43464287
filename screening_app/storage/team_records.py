"""A vault's records as a team's registers, and back (issue 15).

Which registers (``record`` is always a global id, ``field`` names the kind first):

- a child: ``child.first_name``, ``child.last_name``, ... one register per detail;
- a completed assessment: ``assessment`` (written once: the child, form, reference, created),
  each version ``assessment_version`` (written once, on the version's own id: everything the
  version holds), and ``assessment.current``: which version is current (a correction writes it,
  naming the version it corrected, so two corrections of one version are a conflict);
- a chronology entry: ``chronology`` (once: the child, created), each version
  ``chronology_version`` (once), ``chronology.current`` and ``chronology.occurred_on``;
- an escalation: ``escalation`` (once: child or assessment, created) and one register per field;
- a person, place or group: ``storage/team_contexts.py``.

``changes`` finds what differs between the rows and the registers' values: those become this
member's writes. ``materialise`` brings the rows up to the registers after an import: a record
not here yet is inserted (once its parent is here: files come in any order), a changed register
updates its row. Versions are never changed: a version that arrives with a number already used
here (two corrections made apart) takes the next free number; the current one is decided by the
registers, the same on every laptop. Drafts are never shared. Every write here is audited.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from screening_app.domain.child_language import LANGUAGES
from screening_app.domain.hlc import Stamp
from screening_app.domain.team_merge import Key, Write
from screening_app.storage.db import rows_in, write_audit
from screening_app.storage.migrations import name_words
from screening_app.storage.repository import REFERENCE_PREFIX, Repository
from screening_app.storage.team import TeamStore
from screening_app.storage.team_contexts import LINK, TeamContexts, link_child
from screening_app.storage.team_erase import ERASED, erased, erased_lists, forget, forget_child

CHILD = ("first_name", "last_name", "other_names", "date_of_birth", "approx_age", "upn", "nhs_number",
         "la_case_number", "language")
_LANGUAGE = CHILD.index("language")
VERSION = ("version", "reason", "input_json", "result_json", "override_json", "computed_level", "final_level",
           "review_date", "assessed_on", "created_at")
ENTRY_VERSION = ("version", "body_json", "reason", "actor", "created_at")
ESCALATION = ("agency", "decision", "stage", "raised_on", "decided_on", "what_was_said", "outcome", "status",
              "updated_at")

Stamper = Callable[[], Stamp]
# Children with something completed to share (a child made only for a draft stays private).
_SHARED = ("SELECT child_id FROM assessments WHERE status = 'completed' UNION SELECT child_id FROM chronology_entries"
           " UNION SELECT child_id FROM escalations WHERE child_id IS NOT NULL")
_DIRTY = "(SELECT id FROM team_dirty WHERE tbl = '{t}')"
_HEADERS = {"child.first_name": "children", "assessment": "assessments",
            "assessment_version": "assessment_versions", "chronology": "chronology_entries",
            "chronology_version": "chronology_versions", "escalation": "escalations", "context": "contexts"}
_SHARED_ESCALATION = ("({a}.child_id IS NOT NULL OR {a}.assessment_id IN"
                      " (SELECT id FROM assessments WHERE status = 'completed'))")


class TeamRecords(Repository):
    def __init__(self, conn: Any, actor: str, clock: Any, store: TeamStore) -> None:
        super().__init__(conn, actor, clock)
        self.store = store
        self.full = True
        self.erased_now = 0  # children erased here by a sync, because a member erased them
        self.contexts = TeamContexts(conn, store, self._by_member, self._now)

    # ------------------------------------------------------------ rows -> writes

    def changes(self, stamp: Stamper, full: bool = True) -> tuple[list[Write], dict[str, list[int]]]:
        """This member's writes: records the team does not have yet (found by anti-joins on their
        global ids), and registers whose row changed since the last sync (``team_dirty``) and now
        differs from the register's value. ``full``: every row is looked at for records never
        shared (the first sync after create or join); otherwise only rows the triggers marked.
        Also the rows looked at, to mark clean once published."""
        writes: list[Write] = []
        looked: dict[str, list[int]] = {}

        def put(key: Key, value: Any, current: dict[Key, Any]) -> None:
            if key in current and current[key] == value:
                return
            bases = tuple(h.stamp for h in self.store.register(key).heads()) if key in current else ()
            writes.append(Write(key, stamp(), value, bases))

        self.full = full
        mine = f"{ERASED}{self.store.team().member}"  # type: ignore[union-attr]
        for child, (on, records) in erased_lists(self.conn).items():  # every member erases them too
            lists = self.store.values_of([child])
            known = {r for (_c, f), v in lists.items() if f.startswith(ERASED) and isinstance(v, dict)
                     for r in v.get("records") or ()}
            if set(records) - known:  # this member knows a record of theirs the others' lists do not name
                put((child, mine), {"on": on, "records": records}, lists)
        self._new_records(writes, stamp)
        children = self._changed("children", "child.first_name", "t.joined_into IS NULL AND t.id IN (" + _SHARED + ")")
        if not full:  # a child shared for the first time: something of theirs was completed since
            children = sorted(set(children) | {r[0] for r in self.conn.execute(
                "SELECT c.id FROM children c WHERE c.joined_into IS NULL AND c.id IN ("
                " SELECT child_id FROM assessments WHERE status = 'completed' AND id IN "
                + _DIRTY.format(t="assessments")
                + " UNION SELECT child_id FROM chronology_entries WHERE id IN " + _DIRTY.format(t="chronology_entries")
                + " UNION SELECT child_id FROM escalations WHERE id IN " + _DIRTY.format(t="escalations")
                + ") AND NOT EXISTS (SELECT 1 FROM team_values v"
                " WHERE v.record = c.uuid AND v.field = 'child.first_name')")})
        rows = self._rows(f"SELECT id, updated_at, uuid, {', '.join(CHILD)} FROM children", children)
        current = self.store.values_of(r[2] for r in rows)
        for row in rows:
            for field, value in zip(CHILD, row[3:], strict=True):
                if field == "language" and value is None and (row[2], "child.language") not in current:
                    continue  # not recorded by anyone (members before version 13 never write it): nothing to
                    # say, and a "not recorded" here must not compete with a preference recorded meanwhile
                put((row[2], f"child.{field}"), json.loads(value) if field == "other_names" else value, current)
        looked["children"] = children
        rows = self._rows("SELECT a.id, a.updated_at, a.uuid, v.uuid FROM assessments a JOIN assessment_versions v"
                          " ON v.assessment_id = a.id AND v.version = a.version",
                          self._changed("assessments", "assessment.current", "t.status = 'completed'"), "a.id")
        current = self.store.values_of(r[2] for r in rows)
        for row in rows:
            put((row[2], "assessment.current"), row[3], current)
        looked["assessments"] = [r[0] for r in rows]
        rows = self._rows("SELECT e.id, e.updated_at, e.uuid, v.uuid, e.occurred_on FROM chronology_entries e"
                          " JOIN chronology_versions v ON v.entry_id = e.id AND v.version = e.version",
                          self._changed("chronology_entries", "chronology.current"), "e.id")
        current = self.store.values_of(r[2] for r in rows)
        for row in rows:
            put((row[2], "chronology.current"), row[3], current)
            put((row[2], "chronology.occurred_on"), row[4], current)
        looked["chronology_entries"] = [r[0] for r in rows]
        rows = self._rows(f"SELECT e.id, e.updated_at, e.uuid, {', '.join('e.' + f for f in ESCALATION)}"
                          " FROM escalations e",
                          self._changed("escalations", "escalation.status", _SHARED_ESCALATION.format(a="t")), "e.id")
        current = self.store.values_of(r[2] for r in rows)
        for row in rows:
            for field, value in zip(ESCALATION, row[3:], strict=True):
                put((row[2], f"escalation.{field}"), value, current)
        looked["escalations"] = [r[0] for r in rows]
        looked["contexts"] = self.contexts.changes(put, full, children)
        return writes, looked

    def _changed(self, table: str, field: str, where: str = "1") -> list[int]:
        """Rows of ``table`` changed since the last sync, or (a full look) whose register ``field``
        the team does not have yet (shared for the first time)."""
        if not self.full:
            return [r[0] for r in self.conn.execute(
                f"SELECT t.id FROM {table} t WHERE ({where}) AND t.id IN (SELECT id FROM team_dirty WHERE tbl = ?)",
                (table,))]
        return [r[0] for r in self.conn.execute(
            f"SELECT t.id FROM {table} t WHERE ({where}) AND (t.id IN (SELECT id FROM team_dirty WHERE tbl = ?)"
            " OR NOT EXISTS (SELECT 1 FROM team_values v WHERE v.record = t.uuid AND v.field = ?))", (table, field))]

    def _rows(self, select: str, ids: list[int], id_column: str = "id") -> list[tuple]:
        return rows_in(self.conn, f"{select} WHERE {id_column} IN ({{marks}})", ids)

    def _new_records(self, writes: list[Write], stamp: Stamper) -> None:
        """Records written once, not in the team's registers yet: one write each, no bases. Found
        first by their global ids alone (an index scan), then read whole."""
        def missing(table: str, field: str, where: str = "1", id_column: str = "id", dirty: str = "") -> list[int]:
            if not self.full:  # only rows the triggers marked (a version: its assessment or entry was marked)
                where = f"({where}) AND " + (dirty or f"t.id IN {_DIRTY.format(t=table)}")
            return [r[0] for r in self.conn.execute(
                f"SELECT t.{id_column} FROM {table} t WHERE ({where}) AND NOT EXISTS"
                " (SELECT 1 FROM team_values v WHERE v.record = t.uuid AND v.field = ?)", (field,))]

        for row in self._rows("SELECT a.uuid, c.uuid, a.form_id, a.form_version, a.reference, a.created_at"
                              " FROM assessments a JOIN children c ON c.id = a.child_id",
                              missing("assessments", "assessment", "t.status = 'completed'"), "a.id"):
            writes.append(Write((row[0], "assessment"), stamp(), {
                "child": row[1], "form_id": row[2], "form_version": row[3], "reference": row[4],
                "created_at": row[5]}))
        for row in self._rows(f"SELECT v.uuid, a.uuid, {', '.join('v.' + f for f in VERSION)}"
                              " FROM assessment_versions v JOIN assessments a ON a.id = v.assessment_id",
                              missing("assessment_versions", "assessment_version",
                                      dirty="t.assessment_id IN " + _DIRTY.format(t="assessments")), "v.id"):
            writes.append(Write((row[0], "assessment_version"), stamp(),
                                {"assessment": row[1], **dict(zip(VERSION, row[2:], strict=True))}))
        for row in self._rows("SELECT e.uuid, c.uuid, e.created_at FROM chronology_entries e"
                              " JOIN children c ON c.id = e.child_id", missing("chronology_entries", "chronology"),
                              "e.id"):
            writes.append(Write((row[0], "chronology"), stamp(), {"child": row[1], "created_at": row[2]}))
        for row in self._rows(f"SELECT v.uuid, e.uuid, {', '.join('v.' + f for f in ENTRY_VERSION)}"
                              " FROM chronology_versions v JOIN chronology_entries e ON e.id = v.entry_id",
                              missing("chronology_versions", "chronology_version", id_column="rowid",
                                      dirty="t.entry_id IN " + _DIRTY.format(t="chronology_entries")), "v.rowid"):
            writes.append(Write((row[0], "chronology_version"), stamp(),
                                {"entry": row[1], **dict(zip(ENTRY_VERSION, row[2:], strict=True))}))
        for row in self._rows("SELECT e.uuid, c.uuid, a.uuid, e.created_at FROM escalations e LEFT JOIN children c"
                              " ON c.id = e.child_id LEFT JOIN assessments a ON a.id = e.assessment_id",
                              missing("escalations", "escalation", _SHARED_ESCALATION.format(a="t")), "e.id"):
            writes.append(Write((row[0], "escalation"), stamp(),
                                {"child": row[1], "assessment": row[2], "created_at": row[3]}))

    # ------------------------------------------------------------ writes -> rows

    def materialise(self, touched: set[str]) -> int:
        """Bring the rows of the records ``touched`` by an import (and of any record still waiting
        for its parent) up to the registers; how many rows were added or changed."""
        done = self._erasures(self.store.values_of(touched | self.store.waiting()))
        values = self.store.values_of(touched | self.store.waiting())
        by_field: dict[str, dict[str, Any]] = {}
        for (record, field), value in values.items():
            by_field.setdefault(field, {})[record] = value
        done += self._children(values, by_field)
        done += self._assessments(by_field)
        done += self._entries(by_field)
        done += self._escalations(values, by_field)
        contexts, still = self.contexts.materialise(values, by_field)
        done += contexts
        records = list({r for r, _f in values})
        for table in ("children", "assessments", "chronology_entries", "escalations", "contexts"):  # as the team has it
            self.store.clean(table, [r[0] for r in rows_in(
                self.conn, f"SELECT id FROM {table} WHERE uuid IN ({{marks}})", records)])
        # read, but not here as a row yet: its parent has not come (files arrive in any order)
        for field, table in _HEADERS.items():
            wanted = list(by_field.get(field, {}))
            here = {r[0] for r in rows_in(self.conn, f"SELECT uuid FROM {table} WHERE uuid IN ({{marks}})", wanted)}
            still |= set(wanted) - here
        self.store.set_waiting(still)
        return done

    def _erasures(self, values: dict[Key, Any]) -> int:
        """A child another member erased: erased here too, history and all (``team_erase``)."""
        from screening_app.storage.erase import erase_child

        done = 0
        for (record, field), value in values.items():
            if not field.startswith(ERASED) or not isinstance(value, dict):
                continue
            on = str(value.get("on") or self._now()[:10])
            local = self._local("children", record)
            if local is not None:
                self._by_member("team.child.erased", "child", local, record)
                erase_child(self.conn, local, on)
                self.erased_now += 1
                done += 1
            elif record not in erased(self.conn, [record]):
                forget_child(self.conn, record, [], [], on)  # never brought in here: its history goes
            listed = [r for r in value.get("records") or () if isinstance(r, str)]
            forget(self.conn, dict.fromkeys(listed, record), on)  # records of theirs another member knew
        return done

    def drop_erased(self, writes: list[Write]) -> list[Write]:
        """The writes of a file read, without those about a child erased here or by a member (or a
        record of theirs, even one first met in this file): written before their author knew, they
        would bring the child back. Records met so are noted as erased too."""
        named = set()
        for write in writes:
            named.add(write.key[0])
            if write.key[1].startswith(LINK):
                named.add(link_child(write.key[1]))
            if isinstance(write.value, dict):
                named |= {write.value.get(k) for k in ("child", "assessment", "entry")} - {None}
        gone = erased(self.conn, named)
        if not gone:
            return writes

        def child_of(write: Write) -> str | None:
            if write.key[1].startswith(ERASED):
                return None
            if write.key[1].startswith(LINK):
                return gone.get(link_child(write.key[1]))
            value = write.value if isinstance(write.value, dict) else {}
            for ref in (write.key[0], *(value.get(k) for k in ("child", "assessment", "entry"))):
                if ref in gone:
                    return gone[ref]
            return None

        found = {}
        grown = True
        while grown:  # a new entry's header names the child; its versions name the entry
            grown = False
            for write in writes:
                child = child_of(write)
                if child is not None and write.key[0] not in gone and not write.key[1].startswith(LINK):
                    gone[write.key[0]] = found[write.key[0]] = child
                    grown = True
        if found:  # and whatever was read about them before now
            forget(self.conn, found, self._now()[:10])
        return [w for w in writes if child_of(w) is None]

    def _by_member(self, action: str, kind: str, record_id: int, uuid: str) -> None:
        """Audit a row brought in from the team as the member whose change it was (the latest
        stamp on the record names them by fingerprint), never as this laptop's user."""
        row = self.conn.execute("SELECT max(stamp) FROM team_values WHERE record = ?", (uuid,)).fetchone()
        try:
            who = f"team member {Stamp.parse(row[0]).member}" if row and row[0] else self.actor
        except ValueError:
            who = self.actor
        write_audit(self.conn, self._now(), who, action, kind, record_id)

    def _local(self, table: str, uuid: str | None) -> int | None:
        if uuid is None:
            return None
        row = self.conn.execute(f"SELECT id FROM {table} WHERE uuid = ?", (uuid,)).fetchone()
        return None if row is None else int(row[0])

    def _children(self, values: dict[Key, Any], by_field: dict[str, dict[str, Any]]) -> int:
        done = 0
        for uuid in by_field.get("child.first_name", {}):
            wanted = [values.get((uuid, f"child.{f}")) for f in CHILD]
            wanted[0], wanted[1] = wanted[0] or "", wanted[1] or ""
            wanted[2] = json.dumps(wanted[2] or [], ensure_ascii=False)
            # A preference this version does not record (a member's file written wrong) is not guessed
            # at, nor allowed to stop the sync: the row says "not recorded"; the register keeps it.
            wanted[_LANGUAGE] = wanted[_LANGUAGE] if wanted[_LANGUAGE] in LANGUAGES else None
            local = self._local("children", uuid)
            if local is None:
                stamp = self._now()
                cursor = self.conn.execute(
                    f"INSERT INTO children ({', '.join(CHILD)}, created_at, updated_at, uuid)"
                    f" VALUES ({', '.join('?' * len(CHILD))}, ?, ?, ?)", (*wanted, stamp, stamp, uuid))
                local = int(cursor.lastrowid or 0)
                self._by_member("team.child.received", "child", local, uuid)
            else:
                row = self.conn.execute(f"SELECT {', '.join(CHILD)} FROM children WHERE id = ?", (local,)).fetchone()
                if list(row) == wanted:
                    continue
                self.conn.execute(f"UPDATE children SET {', '.join(f + ' = ?' for f in CHILD)}, updated_at = ?"
                                  " WHERE id = ?", (*wanted, self._now(), local))
                self._by_member("team.child.updated", "child", local, uuid)
            self.conn.execute("DELETE FROM child_names WHERE child_id = ?", (local,))
            words = name_words(wanted[0] or "", wanted[1] or "", *json.loads(wanted[2]))
            self.conn.executemany("INSERT OR IGNORE INTO child_names (name, child_id) VALUES (?, ?)",
                                  [(w, local) for w in words])
            done += 1
        return done

    def _assessments(self, by_field: dict[str, dict[str, Any]]) -> int:
        done = 0
        for uuid, header in by_field.get("assessment", {}).items():
            local = self._local("assessments", uuid)
            child = self._local("children", header["child"])
            if local is None and child is not None:
                reference = self._reference(header["reference"])
                cursor = self.conn.execute(
                    "INSERT INTO assessments (reference, child_id, form_id, form_version, status, version,"
                    " created_at, updated_at, uuid) VALUES (?, ?, ?, ?, 'completed', 0, ?, ?, ?)",
                    (reference, child, header["form_id"], header["form_version"], header["created_at"],
                     header["created_at"], uuid))
                local = int(cursor.lastrowid or 0)
                self._by_member("team.assessment.received", "assessment", local, uuid)
                done += 1
        for uuid, body in by_field.get("assessment_version", {}).items():
            assessment = self._local("assessments", body["assessment"])
            if assessment is None or self._local("assessment_versions", uuid) is not None:
                continue
            number = body["version"]
            if self.conn.execute("SELECT 1 FROM assessment_versions WHERE assessment_id = ? AND version = ?",
                                 (assessment, number)).fetchone():  # a correction made apart: the next number
                number = self.conn.execute("SELECT max(version) + 1 FROM assessment_versions"
                                           " WHERE assessment_id = ?", (assessment,)).fetchone()[0]
            self.conn.execute(
                f"INSERT INTO assessment_versions (assessment_id, uuid, {', '.join(VERSION)})"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (assessment, uuid, number, *(body[k] for k in VERSION[1:])))
            done += 1
        for uuid, version_uuid in by_field.get("assessment.current", {}).items():
            row = self.conn.execute(
                "SELECT v.assessment_id, v.version, v.computed_level, v.final_level, v.review_date, v.assessed_on"
                " FROM assessment_versions v JOIN assessments a ON a.id = v.assessment_id"
                " WHERE v.uuid = ? AND a.uuid = ?", (version_uuid, uuid)).fetchone()
            if row is None:
                continue
            cursor = self.conn.execute(
                "UPDATE assessments SET version = ?, computed_level = ?, final_level = ?, review_date = ?,"
                " assessed_on = ?, updated_at = ? WHERE id = ? AND version IS NOT ?",
                (row[1], row[2], row[3], row[4], row[5], self._now(), row[0], row[1]))
            done += cursor.rowcount
        return done

    def _reference(self, theirs: str) -> str:
        """Their reference, unless it is already used here (two members numbering at once): then
        the next one here. The counter moves past theirs so later numbers here do not collide."""
        parts = theirs.split("-")
        if len(parts) == 3 and parts[0] == REFERENCE_PREFIX and parts[1].isdigit() and parts[2].isdigit():
            self.conn.execute("INSERT INTO reference_counters (year, last) VALUES (?, ?) ON CONFLICT (year)"
                              " DO UPDATE SET last = max(last, excluded.last)", (int(parts[1]), int(parts[2])))
        if not self.conn.execute("SELECT 1 FROM assessments WHERE reference = ?", (theirs,)).fetchone():
            return theirs
        return self._next_reference(int(parts[1]) if len(parts) == 3 and parts[1].isdigit() else 2000)

    def _entries(self, by_field: dict[str, dict[str, Any]]) -> int:
        done = 0
        occurred = by_field.get("chronology.occurred_on", {})
        for uuid, header in by_field.get("chronology", {}).items():
            child = self._local("children", header["child"])
            if self._local("chronology_entries", uuid) is None and child is not None and uuid in occurred:
                cursor = self.conn.execute(
                    "INSERT INTO chronology_entries (child_id, version, occurred_on, created_at, updated_at, uuid)"
                    " VALUES (?, 0, ?, ?, ?, ?)", (child, occurred[uuid], header["created_at"], header["created_at"],
                                                   uuid))
                self._by_member("team.chronology.received", "chronology_entry", int(cursor.lastrowid or 0), uuid)
                done += 1
        for uuid, body in by_field.get("chronology_version", {}).items():
            entry = self._local("chronology_entries", body["entry"])
            if entry is None or self.conn.execute("SELECT 1 FROM chronology_versions WHERE uuid = ?",
                                                  (uuid,)).fetchone():
                continue
            number = body["version"]
            if self.conn.execute("SELECT 1 FROM chronology_versions WHERE entry_id = ? AND version = ?",
                                 (entry, number)).fetchone():
                number = self.conn.execute("SELECT max(version) + 1 FROM chronology_versions WHERE entry_id = ?",
                                           (entry,)).fetchone()[0]
            self.conn.execute(f"INSERT INTO chronology_versions (entry_id, uuid, {', '.join(ENTRY_VERSION)})"
                              " VALUES (?, ?, ?, ?, ?, ?, ?)",
                              (entry, uuid, number, *(body[k] for k in ENTRY_VERSION[1:])))
            done += 1
        for uuid, version_uuid in by_field.get("chronology.current", {}).items():
            row = self.conn.execute("SELECT v.entry_id, v.version FROM chronology_versions v JOIN chronology_entries e"
                                    " ON e.id = v.entry_id WHERE v.uuid = ? AND e.uuid = ?",
                                    (version_uuid, uuid)).fetchone()
            if row is None:
                continue
            cursor = self.conn.execute(
                "UPDATE chronology_entries SET version = ?, occurred_on = coalesce(?, occurred_on), updated_at = ?"
                " WHERE id = ? AND (version IS NOT ? OR occurred_on IS NOT ?)",
                (row[1], occurred.get(uuid), self._now(), row[0], row[1], occurred.get(uuid)))
            done += cursor.rowcount
        return done

    def _escalations(self, values: dict[Key, Any], by_field: dict[str, dict[str, Any]]) -> int:
        done = 0
        for uuid, header in by_field.get("escalation", {}).items():
            wanted = [values.get((uuid, f"escalation.{f}")) for f in ESCALATION]
            local = self._local("escalations", uuid)
            if local is None:
                child = self._local("children", header["child"])
                assessment = self._local("assessments", header["assessment"])
                if child is None and assessment is None:
                    continue
                cursor = self.conn.execute(
                    f"INSERT INTO escalations (assessment_id, child_id, uuid, created_at, {', '.join(ESCALATION)})"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (assessment, None if assessment else child, uuid, header["created_at"], *wanted))
                self._by_member("team.escalation.received", "escalation", int(cursor.lastrowid or 0), uuid)
                done += 1
                continue
            row = self.conn.execute(f"SELECT {', '.join(ESCALATION)} FROM escalations WHERE id = ?",
                                    (local,)).fetchone()
            if list(row) != wanted:
                self.conn.execute(f"UPDATE escalations SET {', '.join(f + ' = ?' for f in ESCALATION)} WHERE id = ?",
                                  (*wanted, local))
                self._by_member("team.escalation.updated", "escalation", local, uuid)
                done += 1
        return done

    # ------------------------------------------------------------ whose records

    def children_of(self, writes: list[Write]) -> list[str | None]:
        """The child each write is about (its global id), or None for the team's own (members,
        name, a child's access list). Read from the team's write-once headers (in this batch, or
        kept here), which every member holding the write also holds, so it does not depend on what
        was brought into rows here. One query per 500 headers."""
        headers = {w.key[0]: w.value for w in writes if w.key[1] in ("assessment", "chronology", "escalation")}
        wanted: set[str] = set()
        for write in writes:
            record, field, value = write.key[0], write.key[1], write.value
            if field == "assessment_version" and isinstance(value, dict):
                wanted.add(value.get("assessment") or "")
            elif field == "chronology_version" and isinstance(value, dict):
                wanted.add(value.get("entry") or "")
            elif field in ("assessment.current", "chronology.current", "chronology.occurred_on") or (
                    field.startswith("escalation.")):
                wanted.add(record)
            elif field == "escalation" and isinstance(value, dict) and value.get("assessment"):
                wanted.add(value["assessment"])
        missing = wanted - set(headers)
        for (record, field), value in self.store.values_of(missing).items():
            if field in ("assessment", "chronology", "escalation"):
                headers[record] = value
        escalation_assessments = {h.get("assessment") for h in headers.values()
                                  if isinstance(h, dict) and h.get("assessment") and not h.get("child")}
        for (record, field), value in self.store.values_of(escalation_assessments - set(headers)).items():
            if field == "assessment":
                headers[record] = value

        def child(uuid: str | None) -> str | None:
            header = headers.get(uuid or "")
            if not isinstance(header, dict):
                return None
            return header.get("child") or child(header.get("assessment"))

        found: list[str | None] = []
        for write in writes:
            record, field, value = write.key[0], write.key[1], write.value
            if field == "child.access" or field.startswith(ERASED):  # to every member: each erases in turn
                found.append(None)
            elif field.startswith(LINK):  # a person or place is the team's; their link to a child is the child's
                found.append(link_child(field))
            elif field.startswith("child."):
                found.append(record)
            elif field in ("assessment", "chronology", "escalation"):
                found.append(child(record))
            elif field == "assessment_version":
                found.append(child(value.get("assessment")) if isinstance(value, dict) else None)
            elif field == "chronology_version":
                found.append(child(value.get("entry")) if isinstance(value, dict) else None)
            elif field.startswith(("assessment.", "chronology.", "escalation.")):
                found.append(child(record))
            else:
                found.append(None)
        return found
