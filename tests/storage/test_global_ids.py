"""Migration 6: every record that can leave the vault has a stable global id (UUID4)."""

from __future__ import annotations

import shutil
import uuid
from datetime import date
from pathlib import Path

import pytest

from screening_app.storage import db, keyslots, migrations
from screening_app.storage.casework import Casework
from screening_app.storage.chronology import ChronologyStore
from screening_app.storage.errors import VaultDamagedError
from screening_app.storage.global_ids import UUID_TABLES
from screening_app.storage.records import ChildDetails, CompletedPayload, NewEscalation
from screening_app.storage.repository import Repository
from screening_app.storage.vault import Vault

FIXTURES = Path(__file__).parents[1] / "data" / "vaults"
FIXTURE_PASSPHRASE = "fixture harbour lantern seventy"


def _uuids(conn, table: str) -> list[tuple[int, str]]:
    return conn.execute(f"SELECT rowid, uuid FROM {table} ORDER BY rowid").fetchall()


def _is_uuid4(text: str) -> bool:
    parsed = uuid.UUID(text)
    return parsed.version == 4 and str(parsed) == text


def _copy(tmp_path: Path, name: str) -> Path:
    copy = tmp_path / name
    shutil.copytree(FIXTURES / name, copy)
    return copy


def _raw(folder: Path) -> db.Connection:
    slots = keyslots.read_slot_file(Vault.slot_path(folder))
    return db.connect(Vault.db_path(folder), keyslots.open_with_passphrase(slots, FIXTURE_PASSPHRASE))


@pytest.mark.parametrize("name", ["v1", "v2"])
def test_fixture_rows_get_distinct_uuid4s_that_stay(tmp_path: Path, name: str) -> None:
    folder = _copy(tmp_path, name)
    with Vault.open(folder, FIXTURE_PASSPHRASE) as vault:
        first = {t: _uuids(vault.connection, t) for t in UUID_TABLES}
    assert first["children"] and first["assessments"]
    every = [u for rows in first.values() for _, u in rows]
    assert all(_is_uuid4(u) for u in every) and len(set(every)) == len(every)
    with Vault.open(folder, FIXTURE_PASSPHRASE) as vault:  # opening again changes none
        assert {t: _uuids(vault.connection, t) for t in UUID_TABLES} == first


def test_a_schema_4_vault_migrates_to_6(tmp_path: Path) -> None:
    """The v2 fixture brought to 4 (the last schema before global ids), then opened by this version."""
    folder = _copy(tmp_path, "v2")
    conn = _raw(folder)
    migrations.migrate(conn, 4)
    before = conn.execute("SELECT count(*) FROM assessment_versions").fetchone()[0]
    conn.close()
    with Vault.open(folder, FIXTURE_PASSPHRASE) as vault:
        assert vault.schema_version() == migrations.LATEST == 14
        rows = _uuids(vault.connection, "assessment_versions")
        assert len(rows) == before and all(_is_uuid4(u) for _, u in rows)


def test_migration_6_is_one_transaction(tmp_path: Path) -> None:
    folder = _copy(tmp_path, "v2")
    conn = _raw(folder)
    migrations.migrate(conn, 5)
    conn.execute("CREATE TEMP TRIGGER fail_late BEFORE UPDATE OF uuid ON main.escalations"
                 " BEGIN SELECT RAISE(ABORT, 'interrupted'); END")
    with pytest.raises(VaultDamagedError):
        migrations.migrate(conn)
    assert migrations.schema_version(conn) == 5
    columns = [row[1] for row in conn.execute("PRAGMA table_info(children)").fetchall()]
    assert "uuid" not in columns
    conn.close()


def test_new_rows_get_a_uuid_and_it_never_changes(vault: Vault, clock) -> None:
    repo = Repository(vault.connection)
    child = repo.add_child(ChildDetails(first_name="Test", last_name="Child"))
    ref = repo.start_assessment(child, "cse-screening", "1.0", "{}")
    payload = CompletedPayload('{"n": 1}', '{"s": 1}', None, "low", "low", None, "2026-02-01")
    repo.complete(ref.id, payload)
    repo.correct(ref.id, payload, "a fix")
    ChronologyStore(vault.connection, clock=clock).add_entry(child, "2026-11-01", {"what": "x"})
    Casework(vault.connection).add_escalation(NewEscalation(
        assessment_id=ref.id, agency="Police", stage=1, raised_on=date(2026, 11, 2)))
    for table in UUID_TABLES:
        rows = _uuids(vault.connection, table)
        assert rows and all(_is_uuid4(u) for _, u in rows), table
    with pytest.raises(Exception, match="never changes"):
        vault.connection.execute("UPDATE children SET uuid = ? WHERE id = ?", (str(uuid.uuid4()), child))
    with pytest.raises(Exception, match="read-only"):
        vault.connection.execute("UPDATE assessment_versions SET reason = 'x'")


def test_a_received_record_keeps_the_uuid_it_came_with(vault: Vault) -> None:
    given = str(uuid.uuid4())
    vault.connection.execute(
        "INSERT INTO children (uuid, created_at, updated_at) VALUES (?, 'now', 'now')", (given,))
    assert vault.connection.execute("SELECT uuid FROM children").fetchall() == [(given,)]
