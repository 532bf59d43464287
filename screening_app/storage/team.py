"""A team's state in the vault (issue 15): the team this vault belongs to, every change of every
register ever written or read (nothing removed: the history the merge rules need, and the record
of who changed what), and which change files were read or written.

``team_writes`` holds ``domain.team_merge`` writes as rows, keyed (record, field, stamp); stamps
are the hybrid clock's sortable text. ``team_values`` keeps each register's current value (its
latest write) beside the history, so a sync reads only what it needs; ``team_dirty`` names the
rows changed since the last sync (triggers, only while the vault is in a team: a timestamp is
not a safe marker, two edits can share one), so a sync compares only those. ``team_files`` says,
per member and number, whether a file was published here, imported, or refused (and why, for the
status line); a file that may still be arriving is tried again. Migration 9 creates the tables.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from screening_app.domain.hlc import Stamp
from screening_app.domain.team_merge import Key, Register, Write
from screening_app.storage.db import Connection, Store, rows_in, transaction, translated

_V9 = (
    """CREATE TABLE team (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    uuid TEXT NOT NULL,
    name TEXT NOT NULL,
    folder TEXT NOT NULL,
    member TEXT NOT NULL,
    clock TEXT NOT NULL,
    created_at TEXT NOT NULL
)""",
    # A rowid table: a version's payload is kilobytes, and SQLite keeps WITHOUT ROWID tables for small rows.
    """CREATE TABLE team_writes (
    id INTEGER PRIMARY KEY,
    record TEXT NOT NULL,
    field TEXT NOT NULL,
    stamp TEXT NOT NULL,
    value_json TEXT NOT NULL,
    bases_json TEXT NOT NULL,
    UNIQUE (record, field, stamp)
)""",
    """CREATE TABLE team_values (
    record TEXT NOT NULL,
    field TEXT NOT NULL,
    stamp TEXT NOT NULL,
    PRIMARY KEY (record, field)
) WITHOUT ROWID""",
    "CREATE INDEX team_values_by_field ON team_values (field, record)",
    """CREATE TABLE team_dirty (
    tbl TEXT NOT NULL,
    id INTEGER NOT NULL,
    PRIMARY KEY (tbl, id)
) WITHOUT ROWID""",
    *(f"""CREATE TRIGGER {table}_team_{event.lower()} AFTER {event} ON {table} WHEN EXISTS (SELECT 1 FROM team)
BEGIN INSERT OR IGNORE INTO team_dirty (tbl, id) VALUES ('{table}', NEW.id); END"""
      for table in ("children", "assessments", "chronology_entries", "escalations") for event in ("INSERT", "UPDATE")),
    "CREATE TABLE team_waiting (record TEXT PRIMARY KEY) WITHOUT ROWID",  # read, but its parent is not here yet
    """CREATE TABLE team_files (
    member TEXT NOT NULL,
    seq INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('published', 'imported', 'unreadable', 'not_for_us', 'forged',
                                           'bad_input')),
    at TEXT NOT NULL,
    PRIMARY KEY (member, seq)
) WITHOUT ROWID""",
)
DONE = ("published", "imported")


def migrate_to_9(conn: Connection) -> None:
    for statement in _V9:
        conn.execute(statement)


# People, places and groups go to the team too: a change to a context, one of its identifiers or
# one of its links marks the context (``storage/team_contexts.py``). ``team_erased``: the global
# ids (never names) of a child erased here or by another member and of every record of theirs, so
# a change about them that arrives later is dropped, not brought back (``storage/team_erase.py``).
_V10 = (*(
    f"""CREATE TRIGGER {table}_team_{event.lower()} AFTER {event} ON {table} WHEN EXISTS (SELECT 1 FROM team)
BEGIN INSERT OR IGNORE INTO team_dirty (tbl, id) VALUES ('contexts', NEW.{column}); END"""
    for table, column in (("contexts", "id"), ("context_keys", "context_id"), ("context_links", "context_id"))
    for event in ("INSERT", "UPDATE")),
    """CREATE TABLE team_erased (
    record TEXT PRIMARY KEY,
    child TEXT NOT NULL,
    on_date TEXT NOT NULL
) WITHOUT ROWID""",
)


def migrate_to_10(conn: Connection) -> None:
    for statement in _V10:
        conn.execute(statement)


@dataclass(frozen=True)
class Team:
    uuid: str
    name: str
    folder: str
    member: str  # this vault's fingerprint
    clock: Stamp


def write_row(write: Write) -> tuple:
    return (write.key[0], write.key[1], write.stamp.text(), json.dumps(write.value, sort_keys=True),
            json.dumps([b.text() for b in write.bases]))


def row_write(row: tuple) -> Write:
    return Write((row[0], row[1]), Stamp.parse(row[2]), json.loads(row[3]),
                 tuple(Stamp.parse(b) for b in json.loads(row[4])))


class TeamStore(Store):
    def team(self) -> Team | None:
        with translated():
            row = self.conn.execute("SELECT uuid, name, folder, member, clock FROM team").fetchone()
        return None if row is None else Team(row[0], row[1], row[2], row[3], Stamp.parse(row[4]))

    def start(self, uuid: str, name: str, folder: str, member: str, clock: Stamp) -> None:
        with translated(), transaction(self.conn):
            if self.conn.execute("SELECT 1 FROM team").fetchone():
                raise ValueError("this vault already belongs to a team")
            self.conn.execute("INSERT INTO team (id, uuid, name, folder, member, clock, created_at)"
                              " VALUES (1, ?, ?, ?, ?, ?, ?)", (uuid, name, folder, member, clock.text(), self._now()))
            self._audit_row("team.joined", "team", None)

    def set_clock(self, clock: Stamp) -> None:
        self.conn.execute("UPDATE team SET clock = ?", (clock.text(),))

    def add_writes(self, writes: Iterable[Write]) -> list[Key]:
        """Keep each write (once), and which is each register's latest; the keys written (a write
        already here changes nothing)."""
        rows = [write_row(w) for w in writes]
        self.conn.executemany("INSERT OR IGNORE INTO team_writes (record, field, stamp, value_json, bases_json)"
                              " VALUES (?, ?, ?, ?, ?)", rows)
        self.conn.executemany(
            "INSERT INTO team_values (record, field, stamp) VALUES (?, ?, ?) ON CONFLICT (record, field)"
            " DO UPDATE SET stamp = excluded.stamp WHERE excluded.stamp > team_values.stamp",
            [r[:3] for r in rows])
        return [(r[0], r[1]) for r in rows]

    def values_of(self, records: Iterable[str]) -> dict[Key, Any]:
        rows = rows_in(self.conn, "SELECT v.record, v.field, w.value_json FROM team_values v JOIN team_writes w"
                       " ON w.record = v.record AND w.field = v.field AND w.stamp = v.stamp"
                       " WHERE v.record IN ({marks})", dict.fromkeys(records))
        return {(r[0], r[1]): json.loads(r[2]) for r in rows}

    def clean(self, table: str, ids: Iterable[int]) -> None:
        """These rows are as the team has them now."""
        rows_in(self.conn, f"DELETE FROM team_dirty WHERE tbl = '{table}' AND id IN ({{marks}})", ids)

    def register(self, key: Key) -> Register:
        rows = self.conn.execute("SELECT record, field, stamp, value_json, bases_json FROM team_writes"
                                 " WHERE record = ? AND field = ?", key).fetchall()
        register = Register(key)
        for row in rows:
            register.add(row_write(row))
        return register

    def registers_of(self, records: Iterable[str]) -> dict[Key, Register]:
        rows = rows_in(self.conn, "SELECT record, field, stamp, value_json, bases_json FROM team_writes"
                       " WHERE record IN ({marks})", dict.fromkeys(records))
        found: dict[Key, Register] = {}
        for row in rows:
            write = row_write(row)
            found.setdefault(write.key, Register(write.key)).add(write)
        return found

    def current_values(self, field_prefix: str) -> dict[Key, Any]:
        """The value of every register whose field starts so (the latest write)."""
        rows = self.conn.execute("SELECT v.record, v.field, w.value_json FROM team_values v JOIN team_writes w"
                                 " ON w.record = v.record AND w.field = v.field AND w.stamp = v.stamp"
                                 " WHERE v.field >= ? AND v.field < ?",
                                 (field_prefix, field_prefix + "\uffff")).fetchall()
        return {(r[0], r[1]): json.loads(r[2]) for r in rows}

    def records_with(self, field: str) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT DISTINCT record FROM team_writes WHERE field = ?", (field,))}

    def conflicts(self) -> dict[Key, list[Write]]:
        """Every register with more than one head (a write no other builds on)."""
        candidates = self.conn.execute(
            "SELECT record, field FROM team_writes GROUP BY record, field HAVING count(*) > 1").fetchall()
        return self._heads_of(candidates)

    def conflicts_of(self, records: Iterable[str]) -> dict[Key, list[Write]]:
        candidates = rows_in(self.conn, "SELECT record, field FROM team_writes WHERE record IN ({marks})"
                             " GROUP BY record, field HAVING count(*) > 1", dict.fromkeys(records))
        return self._heads_of(candidates)

    def _heads_of(self, candidates: Iterable[tuple]) -> dict[Key, list[Write]]:
        found = {}
        for key in candidates:
            competing = self.register((key[0], key[1])).conflict()
            if competing:
                found[(key[0], key[1])] = competing
        return found

    # ------------------------------------------------------------ files

    def file_status(self) -> dict[tuple[str, int], str]:
        return {(r[0], int(r[1])): r[2] for r in self.conn.execute("SELECT member, seq, status FROM team_files")}

    def mark_file(self, member: str, seq: int, status: str) -> None:
        self.conn.execute("INSERT INTO team_files (member, seq, status, at) VALUES (?, ?, ?, ?)"
                          " ON CONFLICT (member, seq) DO UPDATE SET status = excluded.status, at = excluded.at",
                          (member, seq, status, self._now()))

    def all_writes(self, chunk: int, member: str | None = None) -> Iterator[list[Write]]:
        """The whole history (or one member's changes), ``chunk`` writes at a time (a catch-up of a
        large vault is many files)."""
        after: tuple = ("", "", "")
        mine = "%" if member is None else f"%-{member}"
        while True:
            rows = self.conn.execute(
                "SELECT record, field, stamp, value_json, bases_json FROM team_writes"
                " WHERE (record, field, stamp) > (?, ?, ?) AND stamp LIKE ? ORDER BY record, field, stamp LIMIT ?",
                (*after, mine, chunk)).fetchall()
            if not rows:
                return
            yield [row_write(r) for r in rows]
            after = tuple(rows[-1][:3])

    def last_sync(self) -> str | None:
        row = self.conn.execute("SELECT max(at) FROM team_files WHERE status IN ('published', 'imported')").fetchone()
        return row[0] if row else None

    def waiting(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT record FROM team_waiting")}

    def set_waiting(self, records: Iterable[str]) -> None:
        self.conn.execute("DELETE FROM team_waiting")
        self.conn.executemany("INSERT INTO team_waiting (record) VALUES (?)", [(r,) for r in records])

    def full_scan(self) -> bool:
        """Look at every row for records never shared (the first sync after create or join); after
        that the triggers name every new or changed row."""
        row = self.conn.execute("SELECT value_json FROM settings WHERE key = 'team.full_scan'").fetchone()
        return row is None or json.loads(row[0]) is True

    def set_full_scan(self, needed: bool) -> None:
        self.conn.execute("INSERT INTO settings (key, value_json) VALUES ('team.full_scan', ?) ON CONFLICT (key)"
                          " DO UPDATE SET value_json = excluded.value_json", (json.dumps(needed),))

    def fingerprints(self) -> dict[str, str]:
        """recipient -> fingerprint of each member whose change file was read here."""
        row = self.conn.execute("SELECT value_json FROM settings WHERE key = 'team.fingerprints'").fetchone()
        return json.loads(row[0]) if row else {}

    def note_fingerprint(self, recipient: str, fingerprint: str) -> None:
        known = self.fingerprints()
        if known.get(recipient) != fingerprint:
            known[recipient] = fingerprint
            self.conn.execute("INSERT INTO settings (key, value_json) VALUES ('team.fingerprints', ?)"
                              " ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json",
                              (json.dumps(known, sort_keys=True),))

    def caught_up(self) -> set[str]:
        """The members this vault last sent everything it holds to (a catch-up file)."""
        row = self.conn.execute("SELECT value_json FROM settings WHERE key = 'team.caught_up'").fetchone()
        return set(json.loads(row[0])) if row else set()

    def set_caught_up(self, recipients: Iterable[str]) -> None:
        self.conn.execute("INSERT INTO settings (key, value_json) VALUES ('team.caught_up', ?) ON CONFLICT (key)"
                          " DO UPDATE SET value_json = excluded.value_json", (json.dumps(sorted(recipients)),))

    def published(self, member: str) -> int:
        row = self.conn.execute("SELECT max(seq) FROM team_files WHERE member = ? AND status = 'published'",
                                (member,)).fetchone()
        return int(row[0] or 0)
