"""Schema versions: a vault made by schema v1 still opens, and is migrated in one step."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from storage_support import hash_tree

from screening_app.storage import migrations
from screening_app.storage.errors import VaultDamagedError
from screening_app.storage.records import SearchQuery
from screening_app.storage.repository import Repository
from screening_app.storage.vault import Vault

FIXTURE = Path(__file__).parents[1] / "data" / "vaults" / "v1"
FIXTURE_PASSPHRASE = "fixture harbour lantern seventy"


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "v1"
    shutil.copytree(FIXTURE, copy)
    return copy


def test_fixture_is_schema_v1_and_is_not_touched(tmp_path: Path) -> None:
    before = hash_tree(FIXTURE)
    copy = tmp_path / "probe"
    shutil.copytree(FIXTURE, copy)
    with Vault.open(copy, FIXTURE_PASSPHRASE) as vault:
        assert vault.schema_version() == migrations.LATEST
    assert hash_tree(FIXTURE) == before


def test_v1_vault_opens_migrates_and_finds_its_child_by_name(v1_copy: Path) -> None:
    with Vault.open(v1_copy, FIXTURE_PASSPHRASE) as vault:
        assert vault.schema_version() == migrations.LATEST == 2
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
