"""The database schema as numbered migrations, tracked by ``PRAGMA user_version``.

Each migration runs in one transaction with its version bump, so a crash
leaves the database at the old version or the new one. Never edit a
released migration: add the next one. ``tests/data/vaults/v1`` is a vault
written by migration 1 alone, to prove that old vaults still open.

Lists and searches scan ``children`` and ``assessments`` only; the large JSON
(answers, notes, results) lives in ``assessment_payloads`` and
``assessment_versions``, read one row at a time. Since v3 each payload is
stored once: a draft's working payload in ``assessment_payloads``; a
completed assessment's in its versions, the current one being the row whose
``version`` equals ``assessments.version`` (``tests/data/vaults/v2`` is a
vault written by the v2 application, to prove the move keeps every payload).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable

from screening_app.storage.contexts import migrate_to_7
from screening_app.storage.db import Connection, transaction
from screening_app.storage.errors import VaultDamagedError
from screening_app.storage.global_ids import _migrate_to_6

_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE children (
    id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    other_names TEXT NOT NULL DEFAULT '[]',
    date_of_birth TEXT,
    approx_age INTEGER,
    upn TEXT,
    nhs_number TEXT,
    la_case_number TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX children_dob ON children (date_of_birth);
CREATE INDEX children_upn ON children (upn) WHERE upn IS NOT NULL;
CREATE INDEX children_nhs ON children (nhs_number) WHERE nhs_number IS NOT NULL;
CREATE INDEX children_la ON children (la_case_number) WHERE la_case_number IS NOT NULL;
CREATE TABLE reference_counters (year INTEGER PRIMARY KEY, last INTEGER NOT NULL);
CREATE TABLE assessments (
    id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    child_id INTEGER NOT NULL REFERENCES children (id),
    form_id TEXT NOT NULL,
    form_version TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'completed')),
    version INTEGER NOT NULL DEFAULT 0,
    assessed_on TEXT,
    computed_level TEXT,
    final_level TEXT,
    review_date TEXT,
    resume_page TEXT,
    resume_field TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX assessments_child ON assessments (child_id, id);
CREATE INDEX assessments_status ON assessments (status, id);
CREATE INDEX assessments_level ON assessments (final_level, id);
CREATE INDEX assessments_review ON assessments (review_date) WHERE status = 'completed';
CREATE TABLE assessment_payloads (
    assessment_id INTEGER PRIMARY KEY REFERENCES assessments (id) ON DELETE CASCADE,
    input_json TEXT NOT NULL,
    result_json TEXT,
    override_json TEXT
);
CREATE TABLE assessment_versions (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    reason TEXT,
    input_json TEXT NOT NULL,
    result_json TEXT NOT NULL,
    override_json TEXT,
    computed_level TEXT NOT NULL,
    final_level TEXT NOT NULL,
    review_date TEXT,
    assessed_on TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (assessment_id, version)
);
CREATE TRIGGER assessment_versions_read_only BEFORE UPDATE ON assessment_versions
BEGIN SELECT RAISE(ABORT, 'assessment versions are read-only'); END;
CREATE TABLE escalations (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER REFERENCES assessments (id) ON DELETE CASCADE,
    child_id INTEGER REFERENCES children (id) ON DELETE CASCADE,
    agency TEXT NOT NULL,
    decision TEXT,
    stage INTEGER NOT NULL CHECK (stage BETWEEN 1 AND 3),
    raised_on TEXT NOT NULL,
    decided_on TEXT,
    what_was_said TEXT,
    outcome TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (assessment_id IS NOT NULL OR child_id IS NOT NULL)
);
CREATE INDEX escalations_assessment ON escalations (assessment_id);
CREATE INDEX escalations_child ON escalations (child_id);
CREATE INDEX escalations_open ON escalations (status, raised_on);
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    record_kind TEXT,
    record_id INTEGER
);
CREATE TABLE settings (key TEXT PRIMARY KEY, value_json TEXT NOT NULL);
"""

# Name search by index: one row per normalised name word, prefix-matched.
_V2 = """
CREATE TABLE child_names (
    name TEXT NOT NULL,
    child_id INTEGER NOT NULL REFERENCES children (id) ON DELETE CASCADE,
    PRIMARY KEY (name, child_id)
) WITHOUT ROWID;
CREATE INDEX child_names_child ON child_names (child_id);
"""

# Each completed payload once: drop the working copy that equals the current version.
# A payload row without a matching version (only ever written by hand, as in the v1
# fixture) is kept, and read in preference to the versions, so nothing can be lost.
_V3 = """
DELETE FROM assessment_payloads WHERE assessment_id IN (
    SELECT a.id FROM assessments a
    JOIN assessment_payloads p ON p.assessment_id = a.id
    JOIN assessment_versions v ON v.assessment_id = a.id AND v.version = a.version
    WHERE a.status = 'completed' AND p.input_json IS v.input_json AND p.result_json IS v.result_json
        AND p.override_json IS v.override_json
);
"""

# v4: the chronology (SPEC 11). An entry belongs to a child; its text lives in versions, so
# a correction keeps the earlier text readable with its reason. ``occurred_on`` is the first
# day of the entry's (perhaps rough) date, for ordering. ``assessment_evidence`` says which
# entries a completed assessment cited, so the next screening starts from the rest.
_V4 = """
CREATE TABLE chronology_entries (
    id INTEGER PRIMARY KEY,
    child_id INTEGER NOT NULL REFERENCES children (id),
    version INTEGER NOT NULL DEFAULT 1,
    occurred_on TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX chronology_by_child ON chronology_entries (child_id, occurred_on);
CREATE TABLE chronology_versions (
    entry_id INTEGER NOT NULL REFERENCES chronology_entries (id),
    version INTEGER NOT NULL,
    body_json TEXT NOT NULL,
    reason TEXT,
    actor TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (entry_id, version)
);
CREATE TABLE assessment_evidence (
    assessment_id INTEGER NOT NULL REFERENCES assessments (id),
    entry_id INTEGER NOT NULL REFERENCES chronology_entries (id),
    PRIMARY KEY (assessment_id, entry_id)
);
CREATE INDEX evidence_by_entry ON assessment_evidence (entry_id);
"""

_WORD = re.compile(r"\w+", re.UNICODE)


def name_words(*names: str) -> set[str]:
    """Search keys: case-folded, accents removed (Zoë finds Zoe), split into words."""
    words: set[str] = set()
    for name in names:
        decomposed = unicodedata.normalize("NFKD", name.casefold())
        plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        words.update(_WORD.findall(plain))
    return words


def _migrate_to_1(conn: Connection) -> None:
    _run_script(conn, _V1)


def _migrate_to_2(conn: Connection) -> None:
    _run_script(conn, _V2)
    rows = conn.execute("SELECT id, first_name, last_name, other_names FROM children").fetchall()
    for child_id, first, last, others in rows:
        words = name_words(first, last, *json.loads(others or "[]"))
        conn.executemany("INSERT INTO child_names (name, child_id) VALUES (?, ?)", [(w, child_id) for w in words])


def _migrate_to_3(conn: Connection) -> None:
    _run_script(conn, _V3)


def _migrate_to_4(conn: Connection) -> None:
    _run_script(conn, _V4)


def _run_script(conn: Connection, script: str) -> None:
    # executescript would COMMIT our transaction; run statement by statement instead.
    for statement in _statements(script):
        conn.execute(statement)


def _statements(script: str) -> list[str]:
    statements, current = [], []
    for line in script.strip().splitlines():
        current.append(line)
        joined = "\n".join(current)
        if line.rstrip().endswith(";") and _complete(joined):
            statements.append(joined)
            current = []
    return statements


def _complete(statement: str) -> bool:
    # A trigger body holds inner semicolons; it ends with END;
    return "BEGIN" not in statement or statement.rstrip().endswith("END;")


# Migration 5 was reserved for the contexts tables while they were written on another branch; it
# shipped as a no-op and stays one (never edit a released migration). The contexts came as 7.
def _migrate_to_5(conn: Connection) -> None:
    pass


def _migrate_to_8(conn: Connection) -> None:
    # Imported here: the joins' module builds on the repository, which needs this module's name_words.
    from screening_app.storage.child_joins import migrate_to_8

    migrate_to_8(conn)


def _migrate_to_9(conn: Connection) -> None:
    from screening_app.storage.team import migrate_to_9

    migrate_to_9(conn)


def _migrate_to_10(conn: Connection) -> None:
    from screening_app.storage.team import migrate_to_10

    migrate_to_10(conn)


def _migrate_to_11(conn: Connection) -> None:
    from screening_app.storage.audit_chain import migrate_to_11

    migrate_to_11(conn)


def _migrate_to_12(conn: Connection) -> None:
    from screening_app.storage.retention import migrate_to_12

    migrate_to_12(conn)


# v13: each child's language preference (Welsh Language Standards, issue 17). NULL is "not
# recorded", which every child written before reads as; the CHECK refuses anything but the two
# codes the product records (``domain/child_language.py``), whatever writes the row.
_V13 = "ALTER TABLE children ADD COLUMN language TEXT CHECK (language IN ('en', 'cy'))"


def _migrate_to_13(conn: Connection) -> None:
    conn.execute(_V13)


# v14: the children not joined into another record, by an index of their own (issue 18). Home's
# counts line counted them by reading the whole children table: at 50,000 children, 28 ms on the
# UI thread just after an unlock (the pages not yet in SQLCipher's cache); by this index, 3 ms.
_V14 = "CREATE INDEX children_current ON children (id) WHERE joined_into IS NULL"


def _migrate_to_14(conn: Connection) -> None:
    conn.execute(_V14)


MIGRATIONS: tuple[Callable[[Connection], None], ...] = (
    _migrate_to_1, _migrate_to_2, _migrate_to_3, _migrate_to_4, _migrate_to_5, _migrate_to_6, migrate_to_7,
    _migrate_to_8, _migrate_to_9, _migrate_to_10, _migrate_to_11, _migrate_to_12, _migrate_to_13, _migrate_to_14,
)
LATEST = len(MIGRATIONS)


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection, target: int = LATEST) -> int:
    """Bring the schema up to ``target``; returns the version reached."""
    current = schema_version(conn)
    if current > LATEST:
        raise VaultDamagedError(
            "These records were saved by a newer version of this application. Update it to open them."
        )
    for version in range(current + 1, target + 1):
        with transaction(conn):
            MIGRATIONS[version - 1](conn)
            conn.execute(f"PRAGMA user_version = {int(version)}")
    return schema_version(conn)
