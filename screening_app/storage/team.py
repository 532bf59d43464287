"""A team's state in the vault (issue 15): the team this vault belongs to, every change of every
register ever written or read (nothing removed: the history the merge rules need, and the record
of who changed what), and which change files were read or written.

``team_writes`` holds ``domain.team_merge`` writes as rows, keyed (record, field, stamp); stamps
are the hybrid clock's sortable text. ``team_files`` says, per member and number, whether a file
was published here, imported, or refused (and why, for the status line); a refused file that may
still be arriving is tried again. Migration 9 creates the tables.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
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
    """CREATE TABLE team_writes (
    record TEXT NOT NULL,
    field TEXT NOT NULL,
    stamp TEXT NOT NULL,
    value_json TEXT NOT NULL,
    bases_json TEXT NOT NULL,
    PRIMARY KEY (record, field, stamp)
) WITHOUT ROWID""",
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
        """Keep each write (once); the keys that gained one."""
        changed = []
        for write in writes:
            cursor = self.conn.execute(
                "INSERT OR IGNORE INTO team_writes (record, field, stamp, value_json, bases_json)"
                " VALUES (?, ?, ?, ?, ?)", write_row(write))
            if cursor.rowcount:
                changed.append(write.key)
        return changed

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

    def current_values(self, field_prefix: str = "") -> dict[Key, Any]:
        """The value of every register (the latest write), optionally only fields starting so."""
        rows = self.conn.execute(
            "SELECT w.record, w.field, w.value_json FROM team_writes w JOIN"
            " (SELECT record, field, max(stamp) AS stamp FROM team_writes WHERE field >= ? AND field < ?"
            "  GROUP BY record, field) m ON m.record = w.record AND m.field = w.field AND m.stamp = w.stamp",
            (field_prefix, field_prefix + "\uffff")).fetchall()
        return {(r[0], r[1]): json.loads(r[2]) for r in rows}

    def records_with(self, field: str) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT DISTINCT record FROM team_writes WHERE field = ?", (field,))}

    def conflicts(self) -> dict[Key, list[Write]]:
        """Every register with more than one head (a write no other builds on)."""
        candidates = self.conn.execute(
            "SELECT record, field FROM team_writes GROUP BY record, field HAVING count(*) > 1").fetchall()
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

    def all_writes(self) -> list[Write]:
        rows = self.conn.execute("SELECT record, field, stamp, value_json, bases_json FROM team_writes"
                                 " ORDER BY stamp").fetchall()
        return [row_write(r) for r in rows]

    def last_sync(self) -> str | None:
        row = self.conn.execute("SELECT max(at) FROM team_files WHERE status IN ('published', 'imported')").fetchone()
        return row[0] if row else None

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
