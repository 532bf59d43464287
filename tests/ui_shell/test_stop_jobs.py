"""Settings, Maintenance: a backup or an integrity check can be stopped (issue 18), by keyboard:
Stop takes the focus when the job starts, Space presses it, and the result says what stopping
left (no backup written; nothing changed). The job is held at its start by the vault's one-long-
job lock, so the Stop always comes before its first step. A real vault; every child invented."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt


def _stopped(qtbot, window, job, start) -> None:
    vault = window.session.vault
    vault._long_job.acquire()  # the job waits for this, as for another backup already running
    try:
        start()
        qtbot.waitUntil(lambda: job.stop.isVisible() and job.stop.hasFocus(), timeout=3_000)
        qtbot.keyClick(job.stop, Qt.Key.Key_Space)
        assert job.stop.text() == "Stopping..."
    finally:
        vault._long_job.release()
    qtbot.waitUntil(lambda: not job.result.isHidden(), timeout=20_000)
    assert job.result.text() == job.stopped and job.result.property("role") == "help"
    assert job.stop.isHidden() and job.button.isEnabled() and job.button.hasFocus()


def test_a_backup_and_a_check_stopped_from_the_keyboard(qtbot, make_window, seeded, do_unlock, tmp_path: Path):
    window = make_window(seeded)
    do_unlock(window)
    window.show_settings()
    tab = window.settings_page.maintenance
    window.settings_page.tabs.setCurrentWidget(tab)
    window.activateWindow()
    qtbot.waitUntil(tab.isVisible, timeout=3_000)
    backup = tmp_path / "records.cseb"
    tab.choose_backup_file = lambda: str(backup)

    _stopped(qtbot, window, tab.backup, tab.start_backup)
    assert "no backup was written" in tab.backup.result.text()
    assert not backup.exists() and list(tmp_path.glob("*.cseb*")) == []

    _stopped(qtbot, window, tab.check, tab.start_check)
    tab.start_check()  # and then run to the end
    qtbot.waitUntil(lambda: tab.check.result.text().startswith("No problems found"), timeout=20_000)
    assert tab.check.stop.isHidden()
