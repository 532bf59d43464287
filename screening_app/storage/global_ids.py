"""Migration 6: a global id (a UUID) for every record that can leave the vault, and the transfer tables.

Local ids (``children.id``...) number rows in one vault only; a child's file sent to another
school must be recognised there when it comes twice, or back again, or by two routes. So
children, assessments, assessment versions, chronology entries and their versions, and
escalations get a ``uuid`` column (unique; a random UUID4). Existing rows are given one here;
a trigger gives one to every new row (so no insert anywhere has to remember), and a received
record keeps the one it came with. A uuid once set never changes (another trigger refuses).

The same migration adds what a transfer needs (``exchange`` and ``storage.transfers``):
``sealed_secrets`` (the vault's transfer keys, wrapped by the data key), ``transfers`` (the
log of files sent and received), ``transfer_history`` (other vaults' transfers of a child,
carried in by bundles) and ``received_records`` (which records arrived by which transfer).
"""

from __future__ import annotations

import uuid

from screening_app.storage.db import Connection

UUID_TABLES = (
    "children",
    "assessments",
    "assessment_versions",
    "chronology_entries",
    "chronology_versions",
    "escalations",
)

# A UUID4 made by SQLite (its PRNG is seeded from the OS): 8-4-4-4-12 hex, version 4, variant 10xx.
NEW_UUID_SQL = (
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2)"
    " || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2)"
    " || '-' || lower(hex(randomblob(6)))"
)

# Versions stay read-only, as in v1, except that a missing uuid may be filled in once.
_VERSION_COLUMNS = (
    "id, assessment_id, version, reason, input_json, result_json, override_json, computed_level, final_level,"
    " review_date, assessed_on, created_at"
)

_TRANSFER_TABLES = (
    """CREATE TABLE sealed_secrets (
    name TEXT PRIMARY KEY,
    nonce BLOB NOT NULL,
    sealed BLOB NOT NULL,
    created_at TEXT NOT NULL
)""",
    """CREATE TABLE transfers (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
    child_id INTEGER REFERENCES children (id),
    child_uuid TEXT NOT NULL,
    at TEXT NOT NULL,
    sent_on TEXT NOT NULL,
    counterpart TEXT NOT NULL,
    receipt_hash TEXT,
    receipt_code TEXT,
    confirmed_at TEXT,
    bundle_sha256 TEXT,
    summary_json TEXT NOT NULL DEFAULT '{}',
    UNIQUE (uuid, direction)
)""",
    "CREATE INDEX transfers_by_child ON transfers (child_id)",
    "CREATE UNIQUE INDEX transfers_by_receipt ON transfers (receipt_hash) WHERE receipt_hash IS NOT NULL",
    """CREATE TABLE transfer_history (
    transfer_uuid TEXT NOT NULL,
    event TEXT NOT NULL CHECK (event IN ('sent', 'received')),
    by_vault TEXT NOT NULL,
    child_uuid TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (transfer_uuid, event, by_vault)
)""",
    "CREATE INDEX transfer_history_by_child ON transfer_history (child_uuid)",
    """CREATE TABLE received_records (
    record_uuid TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    transfer_id INTEGER NOT NULL REFERENCES transfers (id)
)""",
)


def new_uuid() -> str:
    return str(uuid.uuid4())


def _add_uuid_column(conn: Connection, table: str) -> None:
    conn.execute(f"ALTER TABLE {table} ADD COLUMN uuid TEXT")
    rowids = [row[0] for row in conn.execute(f"SELECT rowid FROM {table} ORDER BY rowid").fetchall()]
    conn.executemany(f"UPDATE {table} SET uuid = ? WHERE rowid = ?", [(new_uuid(), rowid) for rowid in rowids])
    conn.execute(f"CREATE UNIQUE INDEX {table}_by_uuid ON {table} (uuid)")
    conn.execute(
        f"CREATE TRIGGER {table}_uuid_given AFTER INSERT ON {table} WHEN NEW.uuid IS NULL"
        f" BEGIN UPDATE {table} SET uuid = ({NEW_UUID_SQL}) WHERE rowid = NEW.rowid; END"
    )
    conn.execute(
        f"CREATE TRIGGER {table}_uuid_fixed BEFORE UPDATE OF uuid ON {table} WHEN OLD.uuid IS NOT NULL"
        " BEGIN SELECT RAISE(ABORT, 'a global id never changes'); END"
    )


def _migrate_to_6(conn: Connection) -> None:
    # v1's trigger refuses every update of a version: narrow it to the columns that hold the record.
    conn.execute("DROP TRIGGER assessment_versions_read_only")
    for table in UUID_TABLES:
        _add_uuid_column(conn, table)
    conn.execute(
        f"CREATE TRIGGER assessment_versions_read_only BEFORE UPDATE OF {_VERSION_COLUMNS} ON assessment_versions"
        " BEGIN SELECT RAISE(ABORT, 'assessment versions are read-only'); END"
    )
    for statement in _TRANSFER_TABLES:
        conn.execute(statement)
