"""What home runs just after an unlock reads indexes, never a whole table: at 50,000 children a
scan of the children table was 28 ms on the UI thread (issue 18). Checked by SQLite's own query
plan of every statement the counts line and the retention check run, not by timing them."""

from __future__ import annotations

from datetime import date

from screening_app.clock import FixedClock
from screening_app.storage.records import ChildDetails
from screening_app.storage.repository import Repository
from screening_app.storage.retention import RetentionStore
from screening_app.storage.vault import Vault

WHOLE_TABLES = ("SCAN children", "SCAN assessments", "SCAN c", "SCAN a")


def _statements(vault: Vault, run) -> list[str]:
    seen: list[str] = []
    vault.connection.raw.set_trace_callback(seen.append)
    try:
        run()
    finally:
        vault.connection.raw.set_trace_callback(None)
    return [s for s in seen if s.lstrip().upper().startswith("SELECT")]


def _scans(vault: Vault, statements: list[str]) -> list[tuple[str, str]]:
    found = []
    for sql in statements:
        for row in vault.connection.execute("EXPLAIN QUERY PLAN " + sql).fetchall():
            if str(row[3]).strip() in WHOLE_TABLES:
                found.append((sql, row[3]))
    return found


def _some_children(vault: Vault) -> None:
    repo = Repository(vault.connection)
    for n in range(30):
        repo.add_child(ChildDetails(first_name=f"Ava{n}", last_name="Test", date_of_birth=date(2011, 1, 1 + n % 28)))


def test_home_counts_read_indexes_only(vault: Vault) -> None:
    _some_children(vault)
    statements = _statements(vault, Repository(vault.connection).counts)
    assert any("joined_into IS NULL" in s for s in statements)
    assert _scans(vault, statements) == []


def test_the_retention_check_reads_indexes_only(vault: Vault) -> None:
    _some_children(vault)
    store = RetentionStore(vault.connection, "lead", FixedClock(date(2026, 12, 3)))
    statements = _statements(vault, lambda: store.facts(date(2001, 12, 4)))
    assert statements and _scans(vault, statements) == []
