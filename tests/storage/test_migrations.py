"""Schema versions: vaults made by schema v1 and v2 still open, and are migrated in one step each."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from storage_support import hash_tree

from screening_app.storage import db, keyslots, migrations
from screening_app.storage.casework import Casework
from screening_app.storage.errors import VaultDamagedError
from screening_app.storage.global_ids import UUID_TABLES
from screening_app.storage.records import Assessment, ChildDetails, CompletedPayload, SearchQuery
from screening_app.storage.repository import Repository
from screening_app.storage.vault import Vault

FIXTURE = Path(__file__).parents[1] / "data" / "vaults" / "v1"
FIXTURE_V2 = Path(__file__).parents[1] / "data" / "vaults" / "v2"
FIXTURE_PASSPHRASE = "fixture harbour lantern seventy"


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "v1"
    shutil.copytree(FIXTURE, copy)
    return copy


@pytest.mark.parametrize(("fixture", "version"), [(FIXTURE, 1), (FIXTURE_V2, 2)])
def test_fixture_is_its_schema_version_and_is_not_touched(tmp_path: Path, fixture: Path, version: int) -> None:
    before = hash_tree(fixture)
    copy = tmp_path / "probe"
    shutil.copytree(fixture, copy)
    conn = _raw(copy)
    assert migrations.schema_version(conn) == version
    conn.close()
    with Vault.open(copy, FIXTURE_PASSPHRASE) as vault:
        assert vault.schema_version() == migrations.LATEST
    assert hash_tree(fixture) == before


def test_v1_vault_opens_migrates_and_finds_its_child_by_name(v1_copy: Path) -> None:
    with Vault.open(v1_copy, FIXTURE_PASSPHRASE) as vault:
        assert vault.schema_version() == migrations.LATEST == 14
        assert not vault.integrity_problems()
        repo = Repository(vault.connection)
        for text in ("zoe", "ZOË", "зоя", "angstrom", "fixture-ång"):
            page = repo.search(SearchQuery(text=text))
            assert [item.reference for item in page.items] == ["CSE-2026-000001"], text
        assert repo.get_by_reference("cse-2026-000001").final_level == "medium"


def test_migrated_vault_keeps_numbering_references(v1_copy: Path) -> None:
    with Vault.open(v1_copy, FIXTURE_PASSPHRASE) as vault:
        repo = Repository(vault.connection)
        child = repo.add_child(repo.get_child(1).details)
        reference = repo.start_assessment(child, "cse-screening", "1.0", "{}").reference
        assert reference != "CSE-2026-000001"  # the v1 counter carries on: references stay unique


def test_a_newer_schema_is_refused(vault: Vault) -> None:
    vault.connection.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    with pytest.raises(VaultDamagedError, match="newer version"):
        migrations.migrate(vault.connection)


def test_name_words_fold_case_and_accents_in_any_script() -> None:
    assert migrations.name_words("Zoë Ångström-Smith") == {"zoe", "angstrom", "smith"}
    assert migrations.name_words("Дмитрий") == {"дмитрии"}
    assert migrations.name_words("محمد", "王小明") == {"محمد", "王小明"}


def test_sql_script_splitter_keeps_trigger_bodies_whole() -> None:
    statements = migrations._statements(migrations._V1)
    triggers = [s for s in statements if "CREATE TRIGGER" in s]
    assert len(triggers) == 1 and triggers[0].rstrip().endswith("END;")


# ---------------------------------------------------------------- v2 -> v3: each payload stored once


def _raw(folder: Path) -> db.Connection:
    """The fixture's database opened without migrating it."""
    slots = keyslots.read_slot_file(Vault.slot_path(folder))
    return db.connect(Vault.db_path(folder), keyslots.open_with_passphrase(slots, FIXTURE_PASSPHRASE))


def _v2_reading(conn: db.Connection) -> dict[int, tuple]:
    """What the v2 application read for each assessment: the row and its payload, every version."""
    rows = conn.execute(
        "SELECT a.*, p.input_json, p.result_json, p.override_json FROM assessments a"
        " JOIN assessment_payloads p ON p.assessment_id = a.id ORDER BY a.id"
    ).fetchall()
    versions = conn.execute("SELECT * FROM assessment_versions ORDER BY id").fetchall()
    return {row[0]: (row, [v for v in versions if v[1] == row[0]]) for row in rows}


@pytest.fixture
def v2_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "v2"
    shutil.copytree(FIXTURE_V2, copy)
    return copy


def test_v2_vault_migrates_and_every_payload_reads_back_identical(v2_copy: Path) -> None:
    conn = _raw(v2_copy)
    before = _v2_reading(conn)
    other_tables = {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
                    for t in ("children", "child_names", "escalations", "settings", "audit_log", "reference_counters")}
    conn.close()
    assert len(before) == 4 and sum(len(v) for _, v in before.values()) == 4  # 3 versions + 1

    with Vault.open(v2_copy, FIXTURE_PASSPHRASE) as vault:
        assert vault.schema_version() == migrations.LATEST and not vault.integrity_problems()
        repo = Repository(vault.connection)
        for assessment_id, (row, versions) in before.items():
            assert repo.get_assessment(assessment_id) == Assessment(*row)  # every column, every payload byte
            assert [(v.version, v.reason, v.payload.input_json, v.payload.result_json, v.payload.override_json,
                     v.created_at) for v in repo.versions(assessment_id)] == [
                (v[2], v[3], v[4], v[5], v[6], v[11]) for v in versions]
        kept = vault.connection.execute("SELECT assessment_id FROM assessment_payloads ORDER BY 1").fetchall()
        drafts = vault.connection.execute("SELECT id FROM assessments WHERE status = 'draft' ORDER BY 1").fetchall()
        assert kept == drafts and len(drafts) == 2  # completed payloads now live in their versions only
        for table, rows in other_tables.items():
            after = vault.connection.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            added = (table in UUID_TABLES) + (table in ("children", "audit_log")) + (table == "children")
            # v6: a global id; v8: a child's joined_into; v11: an audit entry's hash (the chain:
            # tests/storage/test_audit_chain.py); v13: a child's language preference
            after = [row[:len(row) - added] for row in after]
            assert after == rows, table
        assert Casework(vault.connection).get_setting("auto_lock_minutes") == 7
        from screening_app.storage.audit_chain import verify

        assert verify(vault.connection).intact  # v11 chained the entries v1 and v2 wrote


def test_migrated_v2_vault_keeps_working(v2_copy: Path) -> None:
    with Vault.open(v2_copy, FIXTURE_PASSPHRASE) as vault:
        repo = Repository(vault.connection)
        assert [i.reference for i in repo.search(SearchQuery(text="zoe")).items] == ["CSE-2026-000002"]
        draft = repo.search(SearchQuery(text="дмитрий")).items[0]
        repo.save_draft(draft.id, '{"n": "after"}', "page-4", None)
        payload = CompletedPayload('{"n": "done"}', '{"score": 2}', None, "low", "low", None, "2026-02-01")
        repo.complete(draft.id, payload)
        assert repo.get_assessment(draft.id).input_json == '{"n": "done"}'
        assert repo.correct(1, payload, "one more fix") == 4
        assert repo.get_assessment(1).result_json == '{"score": 2}'
        assert [v.version for v in repo.versions(1)] == [1, 2, 3, 4]


def test_migration_3_is_one_transaction(v2_copy: Path) -> None:
    """A failure half-way through (here SQLite refuses the second delete) leaves v2 exactly as it was."""
    conn = _raw(v2_copy)
    before = _v2_reading(conn)
    conn.execute("CREATE TEMP TRIGGER fail_half_way BEFORE DELETE ON main.assessment_payloads"
                 " WHEN old.assessment_id = 2 BEGIN SELECT RAISE(ABORT, 'interrupted'); END")
    with pytest.raises(VaultDamagedError):
        migrations.migrate(conn)
    assert migrations.schema_version(conn) == 2
    assert _v2_reading(conn) == before
    conn.close()
    with Vault.open(v2_copy, FIXTURE_PASSPHRASE) as vault:
        assert vault.schema_version() == migrations.LATEST


def test_a_completed_payload_without_its_version_row_is_kept(tmp_path: Path) -> None:
    """The v1 fixture was written by hand: a completed payload with no version row survives v3."""
    copy = tmp_path / "v1"
    shutil.copytree(FIXTURE, copy)
    with Vault.open(copy, FIXTURE_PASSPHRASE) as vault:
        repo = Repository(vault.connection)
        stored = repo.get_assessment(1)
        assert stored.status == "completed" and (stored.input_json, stored.result_json) == ("{}", "{}")
        payload = CompletedPayload('{"n": 2}', '{"s": 2}', None, "low", "low", None, "2026-02-01")
        assert repo.correct(1, payload, "fix") == 2
        assert repo.get_assessment(1).input_json == '{"n": 2}'


# ---------------------------------------------------------------- v13: a child's language preference


@pytest.mark.parametrize("fixture", [FIXTURE, FIXTURE_V2])
def test_v13_every_child_already_there_reads_as_not_recorded(tmp_path: Path, fixture: Path) -> None:
    copy = tmp_path / "old"
    shutil.copytree(fixture, copy)
    conn = _raw(copy)
    ids = [r[0] for r in conn.execute("SELECT id FROM children ORDER BY id")]
    before = {i: conn.execute("SELECT * FROM children WHERE id = ?", (i,)).fetchone() for i in ids}
    conn.close()
    assert ids
    with Vault.open(copy, FIXTURE_PASSPHRASE) as vault:
        assert vault.schema_version() == migrations.LATEST == 14 and not vault.integrity_problems()
        repo = Repository(vault.connection)
        for child_id in ids:
            assert repo.get_child(child_id).details.language is None
            row = vault.connection.execute("SELECT * FROM children WHERE id = ?", (child_id,)).fetchone()
            assert row[:len(before[child_id])] == before[child_id]  # every earlier column as it was
        details = repo.get_child(ids[0]).details
        repo.update_child(ids[0], replace(details, language="cy"))  # and a preference can be recorded
        assert repo.get_child(ids[0]).details == replace(details, language="cy")


def test_v13_the_column_refuses_anything_but_the_two_codes(vault: Vault) -> None:
    """The domain refuses first; the column's CHECK stops a write that went round it."""
    repo = Repository(vault.connection)
    child = repo.add_child(ChildDetails(first_name="Invented", approx_age=13))
    for wrong in ("fr", "CY", "Welsh", ""):
        with pytest.raises(VaultDamagedError), db.transaction(vault.connection):  # refused, rolled back
            vault.connection.execute("UPDATE children SET language = ? WHERE id = ?", (wrong, child))
    assert repo.get_child(child).details.language is None


def test_migration_13_is_one_transaction(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Interrupted after the column was added (a stand-in step that fails): the vault stays at 12,
    without the column, and opens at 13 next time."""
    copy = tmp_path / "v2"
    shutil.copytree(FIXTURE_V2, copy)
    conn = _raw(copy)
    migrations.migrate(conn, 12)
    real = migrations.MIGRATIONS[12]

    def interrupted(c: db.Connection) -> None:
        real(c)
        raise VaultDamagedError("interrupted")

    later = migrations.MIGRATIONS[13:]
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS[:12], interrupted, *later))
    with pytest.raises(VaultDamagedError):
        migrations.migrate(conn)
    assert migrations.schema_version(conn) == 12
    assert "language" not in [r[1] for r in conn.execute("PRAGMA table_info(children)")]
    conn.close()
    monkeypatch.undo()
    with Vault.open(copy, FIXTURE_PASSPHRASE) as vault:
        assert vault.schema_version() == migrations.LATEST


def test_migration_14_indexes_the_children_not_joined(v1_copy: Path) -> None:
    """Home's count of children reads this index, not the whole table (test_query_plans)."""
    with Vault.open(v1_copy, FIXTURE_PASSPHRASE) as vault:
        indexes = {r[0]: r[1] for r in vault.connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'children'").fetchall()}
        assert "WHERE joined_into IS NULL" in indexes["children_current"]
        assert Repository(vault.connection).counts()["children"] == 1
        assert not vault.integrity_problems()
