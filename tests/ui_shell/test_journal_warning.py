"""Unlocking a vault whose journal was damaged: the window says what was not recovered.

The journal a killed writer left is damaged (one flipped bit); the unlock keeps a copy aside and
opens with what was committed, and the window shows a warning naming the copy and the backup,
over home. Locking closes it; the next unlock (journal gone, copy kept) shows none.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from screening_app.storage import wal
from tests.storage.storage_support import vault_with_saves_in_journal


def _damaged(folder: Path) -> Path:
    vault_with_saves_in_journal(folder, 6)
    journal = folder / "vault.db-wal"
    data = bytearray(journal.read_bytes())
    data[wal.HEADER_BYTES + 3 * (wal.FRAME_HEADER_BYTES + 4096) + 200] ^= 0x04
    journal.write_bytes(bytes(data))
    return folder


def test_unlock_shows_what_the_damaged_journal_lost(qtbot, make_window, folder: Path, do_unlock) -> None:
    window = make_window(_damaged(folder))
    do_unlock(window)
    box = window.journal_warning
    qtbot.waitUntil(lambda: box is not None and box.isVisible(), timeout=5_000)
    assert isinstance(box, QMessageBox) and box.objectName() == "journalWarning"
    assert "vault.db-wal.damaged-1" in box.text() and "backup" in box.text()
    assert window.current_screen == "home"
    assert (folder / "vault.db-wal.damaged-1").exists()
    window.lock()
    assert not box.isVisible()
    window.journal_warning = None
    do_unlock(window)
    assert window.journal_warning is None  # said once, for the open that found it


def test_the_check_in_settings_tells_what_the_journal_lost(folder: Path) -> None:
    from screening_app.services import vault_service as vs
    from screening_app.ui.shell.maintenance import describe_health

    with vs.open_vault(_damaged(folder), "tangerine otter carousel lamp") as vault:
        report = vs.check_vault(vault)
    assert not report.healthy and "vault.db-wal.damaged-1" in describe_health(report)
    with vs.open_vault(folder, "tangerine otter carousel lamp") as vault:
        report = vs.check_vault(vault)
    assert report.healthy and "vault.db-wal.damaged-1" in describe_health(report)  # still pointed to
