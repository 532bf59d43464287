"""The audit trail is tamper-evident (issue 16): every entry is chained to the one before by hash,
so an entry edited, removed or moved after the fact is found, by ``audit verify`` and ``vault
check``. A real SQLCipher vault; the tampering is done with the key, as someone holding it could."""

from __future__ import annotations

from pathlib import Path

import pytest

from screening_app.storage.audit_chain import verify
from screening_app.storage.db import transaction, write_audit
from screening_app.storage.vault import Vault


def _entries(vault: Vault, n: int = 6) -> None:
    with transaction(vault.connection):
        for i in range(n):
            write_audit(vault.connection, f"2026-11-22T10:0{i}:00Z", "R Patel", "assessment.opened", "assessment", i)


def test_a_chain_written_entry_by_entry_verifies(vault: Vault):
    _entries(vault)
    report = verify(vault.connection)
    assert report.intact and report.entries >= 6
    rows = vault.connection.execute("SELECT hash FROM audit_log ORDER BY id").fetchall()
    assert all(len(r[0]) == 64 for r in rows) and len({r[0] for r in rows}) == len(rows)


@pytest.mark.parametrize("tamper, found", [
    ("UPDATE audit_log SET actor = 'someone else' WHERE id = {third}", "audit entry {third} does not match"),
    ("DELETE FROM audit_log WHERE id = {third}", "audit entry {third} is missing"),
    ("UPDATE audit_log SET id = -id WHERE id IN ({third}, {fourth});"
     " UPDATE audit_log SET id = {fourth} WHERE id = -{third};"
     " UPDATE audit_log SET id = {third} WHERE id = -{fourth}", "audit entry {third} does not match"),
])
def test_an_entry_edited_removed_or_moved_breaks_the_chain(vault: Vault, tamper: str, found: str):
    _entries(vault)
    first = vault.connection.execute("SELECT min(id) FROM audit_log").fetchone()[0]
    marks = {"third": first + 2, "fourth": first + 3}
    with transaction(vault.connection):
        for statement in tamper.format(**marks).split(";"):
            vault.connection.execute(statement)
    report = verify(vault.connection)
    assert not report.intact and report.problems[0].startswith(found.format(**marks)), report.problems


def test_the_migration_chains_the_entries_already_there(tmp_path: Path):
    from sqlcipher3 import dbapi2  # a plain database at schema 10 shape: the audit table only

    from screening_app.storage import migrations
    from screening_app.storage.audit_chain import migrate_to_11
    conn = dbapi2.connect(str(tmp_path / "old.db"))
    conn.execute("CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL,"
                 " action TEXT NOT NULL, record_kind TEXT, record_id INTEGER)")
    conn.executemany("INSERT INTO audit_log (at, actor, action, record_kind, record_id) VALUES (?, ?, ?, ?, ?)",
                     [(f"2026-0{m}-01", "lead", "assessment.completed", "assessment", m) for m in range(1, 8)])
    migrate_to_11(conn)
    assert verify(conn).intact and verify(conn).entries == 7
    write_audit(conn, "2026-11-01", "lead", "assessment.opened", "assessment", 9)  # chained from then on
    assert verify(conn).intact and verify(conn).entries == 8
    assert migrations.LATEST == 14
    conn.close()


def _rewrite_whole_chain(vault: Vault) -> None:
    """What someone holding the data key could do: change an entry, then re-hash every entry after it."""
    from screening_app.storage.audit_chain import entry_hash
    conn = vault.connection
    with transaction(conn):
        first = conn.execute("SELECT min(id) FROM audit_log").fetchone()[0]
        conn.execute("UPDATE audit_log SET actor = 'someone else' WHERE id = ?", (first + 1,))
        previous = ""
        for row in conn.execute("SELECT id, at, actor, action, record_kind, record_id FROM audit_log ORDER BY id"
                                ).fetchall():
            previous = entry_hash(previous, tuple(row))
            conn.execute("UPDATE audit_log SET hash = ? WHERE id = ?", (previous, row[0]))


def test_every_change_of_keys_anchors_the_head_in_the_key_file(created: tuple[Path, str]):
    from storage_support import PASSPHRASE

    from screening_app.storage import keyslots
    from screening_app.storage.audit_chain import head
    folder = created[0]
    with Vault.open(folder, PASSPHRASE) as vault:
        _entries(vault)
        vault.change_passphrase(PASSPHRASE, "otter lamp carousel tangerine quince")
        anchored = head(vault.connection)
        _entries(vault, 2)  # written after the change: vouched for by the chain alone
    on_disk = keyslots.read_slot_file(Vault.slot_path(folder))
    assert (on_disk.audit_entry, on_disk.audit_hash) == anchored and anchored[0] > 0
    assert b'"version": 2' in Vault.slot_path(folder).read_bytes()


def test_a_whole_chain_rewritten_with_the_key_is_caught_by_the_anchor(created: tuple[Path, str]):
    from storage_support import PASSPHRASE

    from screening_app.services.vault_service import check_vault, verify_audit
    folder = created[0]
    with Vault.open(folder, PASSPHRASE) as vault:
        _entries(vault)
        vault.change_passphrase(PASSPHRASE, "otter lamp carousel tangerine quince")
        _rewrite_whole_chain(vault)
        assert verify(vault.connection).intact  # the chain alone cannot tell: it was rewritten consistently
        report = verify_audit(vault)  # with the key file's anchor, it can
        assert not report.intact and "recorded in the key file" in report.problems[0], report.problems
        assert not check_vault(vault).healthy


def test_a_key_file_from_before_the_anchor_still_opens_and_verifies(created: tuple[Path, str]):
    import json

    from storage_support import PASSPHRASE

    from screening_app.services.vault_service import verify_audit
    folder = created[0]
    path = Vault.slot_path(folder)
    body = json.loads(path.read_bytes())
    body["version"] = 1
    for name in ("audit_entry", "audit_hash"):
        body.pop(name, None)
    path.write_bytes(json.dumps(body).encode())
    with Vault.open(folder, PASSPHRASE) as vault:
        _entries(vault)
        assert verify_audit(vault).intact
