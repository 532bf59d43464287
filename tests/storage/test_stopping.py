"""Backup and the integrity check can be stopped (issue 18): a progress callback that raises
``CancelledError`` stops the job at its next step, leaving nothing written and the records as they
were, and the connection usable (SQLite's progress handler is taken away again). A real vault with
enough pages for several steps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from screening_app.storage.audit_chain import verify
from screening_app.storage.backup import write_backup
from screening_app.storage.db import integrity_problems, transaction, write_audit
from screening_app.storage.errors import CancelledError
from screening_app.storage.vault import Vault


def _fill(vault: Vault) -> None:
    """About 2,000 pages of invented text, and 6,000 audit entries (two of verify's chunks)."""
    with transaction(vault.connection):
        vault.connection.execute("CREATE TABLE bulk (body TEXT)")
        vault.connection.executemany("INSERT INTO bulk VALUES (?)",
                                     [(json.dumps({"note": f"invented {n} " * 200}),) for n in range(3_000)])
        for n in range(6_000):
            write_audit(vault.connection, "2026-11-22T10:00:00Z", "R Patel", "assessment.opened", "assessment", n)


def _stop_after(calls: int, seen: list[float]):
    def progress(fraction: float) -> None:
        seen.append(fraction)
        if len(seen) >= calls:
            raise CancelledError()
    return progress


def test_a_backup_stopped_part_way_writes_nothing(vault: Vault, tmp_path: Path):
    _fill(vault)
    destination = tmp_path / "out" / "records.cseb"
    destination.parent.mkdir()
    seen: list[float] = []
    with pytest.raises(CancelledError):
        write_backup(vault, destination, _stop_after(2, seen))
    assert len(seen) == 2 and 0 < seen[-1] < 0.8  # during the copy, after a batch of pages
    assert list(destination.parent.iterdir()) == []  # no backup, no half-copied temporary file
    write_backup(vault, destination)  # the next one runs to the end
    assert destination.stat().st_size > 1_000_000


def test_the_integrity_check_stopped_in_its_structure_pass_leaves_the_connection_as_it_was(vault: Vault):
    _fill(vault)
    seen: list[float] = []
    with pytest.raises(CancelledError):
        integrity_problems(vault.connection, _stop_after(4, seen))
    assert seen[:2] == [0.0, 0.35] and 0.35 < seen[-1] < 1.0  # stopped inside quick_check
    progress: list[float] = []
    assert integrity_problems(vault.connection, progress.append) == []  # no handler left behind
    assert progress[0] == 0.0 and progress[-1] == 1.0 and len(progress) > 3 and progress == sorted(progress)


def test_the_audit_walk_reports_its_progress_and_stops_between_chunks(vault: Vault):
    _fill(vault)
    seen: list[float] = []
    assert verify(vault.connection, progress=seen.append).intact
    assert seen[0] == 0.0 and len(seen) >= 3 and seen == sorted(seen)
    with pytest.raises(CancelledError):
        verify(vault.connection, progress=_stop_after(2, []))
