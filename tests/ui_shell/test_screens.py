"""Screens beyond the main path: recovery code, correction, settings, escalations, start-up."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from screening_app.services import vault_service as vs


def test_vault_file_names_match_storage():
    from screening_app.storage import vault
    from screening_app.ui.shell.session import SETUP_MARKER, VAULT_FILES

    assert set(VAULT_FILES) == {vault.DB_FILE, vault.SLOT_FILE}
    assert SETUP_MARKER == vault.SETUP_MARKER


def test_recovery_code_sets_a_new_passphrase(qtbot, make_window, tmp_path, passphrase, do_unlock):
    folder = tmp_path / "rec"
    vault, code = vs.create_vault(folder, passphrase, vs.KdfParams(time_cost=1, memory_kib=8 * 1024))
    vault.close()
    window = make_window(folder)
    page = window.unlock_page
    page.findChild(type(page.submit_button), "unlock.useRecovery").click()
    page.code.setText("AAAAA-" + code[6:])
    page.new_passphrase.setText("marble pigeon orchard violin")
    page.new_confirm.setText("marble pigeon orchard violin")
    page.submit_recovery()
    qtbot.waitUntil(lambda: page.recovery_error.text() != "", timeout=10_000)
    assert "recovery code does not open" in page.recovery_error.text()
    page.code.setText(code)
    page.submit_recovery()
    qtbot.waitUntil(lambda: window.current_screen == "home", timeout=10_000)
    window.lock()
    do_unlock(window, "marble pigeon orchard violin")
    assert window.current_screen == "home"


def test_correction_makes_a_new_version_with_reason(qtbot, make_window, seeded, do_unlock):
    window = make_window(seeded)
    do_unlock(window)
    item = next(window.home.recent_model.summary(r) for r in range(window.home.recent_model.rowCount())
                if window.home.recent_model.summary(r).status == "completed")
    window.open_child(item.child_id)
    window.child_record.ask_reason = lambda: "Date of the missing episode was wrong."
    row = next(r for r in range(window.child_record.model.rowCount())
               if window.child_record.model.summary(r).id == item.id)
    window.child_record.table.selectRow(row)
    window.child_record.correct_selected()
    assert window.current_screen == "assessment"
    wizard = window.assessment.wizard
    assert wizard is not None and window.assessment.correction_reason
    wizard.session.set_answer("missing_overnight", answer="yes", when="current", note="Seen by me.")
    wizard.completeRequested.emit(wizard.session.state)
    assert window.assessment.banner.text().startswith("Completed"), window.assessment.banner.text()
    versions = window.session.records.versions(item.id)
    assert len(versions) == 2 and versions[-1].reason == "Date of the missing episode was wrong."


def test_settings_save_profile_idle_and_check(qtbot, make_window, seeded, do_unlock):
    window = make_window(seeded)
    do_unlock(window)
    window.show_settings()
    page = window.settings_page
    page.profile.edits["name"].setText("Jo Example")
    page.profile.edits["out_of_hours"].setText("0300 000 0000")
    page.save_profile()
    assert window.session.setting("referrer_profile")["name"] == "Jo Example"
    page.idle_minutes.setValue(2)
    assert window.session.idle_minutes() == 2 and window.idle.limit_seconds == 120
    page.maintenance.start_check()
    result = page.maintenance.check.result
    qtbot.waitUntil(lambda: not result.isHidden(), timeout=10_000)
    assert result.text().startswith("No problems found")
    assert "Form packs" in page.about.text() and str(seeded) in page.about.text()


def test_change_passphrase_in_settings(qtbot, make_window, seeded, do_unlock, passphrase):
    window = make_window(seeded)
    do_unlock(window)
    window.show_settings()
    page = window.settings_page
    page.old_passphrase.setText(passphrase)
    page.new_passphrase.setText("violet harbour sixty kettles")
    page.new_confirm.setText("violet harbour sixty kettles")
    page.change_passphrase()
    qtbot.waitUntil(lambda: page.passphrase_result.text() != "", timeout=10_000)
    assert page.passphrase_result.text().startswith("Passphrase changed")
    window.lock()
    do_unlock(window, "violet harbour sixty kettles")
    assert window.session.unlocked


def test_new_recovery_code_in_settings_shows_progress_and_keeps_records(qtbot, make_window, seeded, do_unlock,
                                                                        passphrase):
    window = make_window(seeded)
    do_unlock(window)
    counts = window.session.counts()
    window.show_settings()
    page = window.settings_page
    values: list[int] = []
    page.rotate_busy.valueChanged.connect(values.append)
    page.rotate_passphrase.setText(passphrase)
    page.rotate()
    assert not page.rotate_button.isEnabled()
    qtbot.waitUntil(lambda: page.rotate_result.text() != "", timeout=20_000)
    assert page.rotate_result.text().startswith("New recovery code")
    assert values and max(values) >= 90 and page.rotate_button.isEnabled()  # the pages re-encrypted, not 0/1
    assert window.session.counts() == counts  # the open records carry on under the new key
    window.lock()
    do_unlock(window)
    assert window.session.counts() == counts


def test_open_escalations_listed_on_home(qtbot, make_window, seeded, passphrase, do_unlock):
    from screening_app.services.records import NewEscalation, RecordsService

    vault = vs.open_vault(seeded, passphrase)
    try:
        RecordsService(vault, "t").add_escalation(NewEscalation(agency="Children's Social Care", stage=2,
                                                                raised_on=date(2026, 11, 1), child_id=1))
    finally:
        vault.close()
    window = make_window(seeded)
    do_unlock(window)
    assert window.home.escalations.count() == 1
    assert window.home.escalations.item(0).text().startswith("Stage 2 with Children's Social Care")
    assert not window.home.escalations_box.isHidden()


def test_lock_closes_open_dialogs(qtbot, make_window, seeded, do_unlock):
    from PySide6.QtCore import QTimer

    window = make_window(seeded)
    do_unlock(window)
    QTimer.singleShot(50, window.lock)
    window.new_assessment("cse-screening")  # the picker is open when the lock comes
    assert window.current_screen == "unlock"
    assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == "childPicker" and w.isVisible()]


def test_app_main_probe_starts_and_quits(tmp_path: Path):
    """The real entry point in its own process, as the benchmark runs it (one app per process)."""
    import os
    import subprocess
    import sys

    from screening_app.ui.app import PROBE_ENV, parse_data_dir

    assert parse_data_dir(["--data-dir=/x"]) == Path("/x")
    assert parse_data_dir(["--data-dir", "/y"]) == Path("/y")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{PROBE_ENV: "1"})
    script = "import sys; from screening_app.launcher import main; sys.exit(main(sys.argv[1:]))"
    done = subprocess.run([sys.executable, "-c", script, "--data-dir", str(tmp_path / "empty")], env=env,
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert "window-shown" in done.stdout


def test_damaged_vault_restore_from_unlock_screen(qtbot, make_window, seeded, tmp_path, passphrase, do_unlock):
    backup = tmp_path / "good.cseb"
    vault = vs.open_vault(seeded, passphrase)
    try:
        vs.backup_vault(vault, backup)
    finally:
        vault.close()
    db = seeded / "vault.db"
    data = bytearray(db.read_bytes())
    data[4096:8192] = b"\x00" * 4096
    db.write_bytes(bytes(data))
    window = make_window(seeded)
    window.unlock_page.passphrase.setText(passphrase)
    window.unlock_page.submit()
    qtbot.waitUntil(lambda: window.unlock_page.error.text() != "", timeout=10_000)
    assert not window.unlock_page.restore_button.isHidden(), window.unlock_page.error.text()
    window.unlock_page.restore_button.click()
    from screening_app.ui.shell.maintenance import RestoreBox

    box = window.restore_dialog.findChild(RestoreBox)
    box.choose_restore_file = lambda: str(backup)
    box.choose_restore_folder = lambda: str(tmp_path / "restored")
    box.restore_passphrase.setText(passphrase)
    box.start_restore()
    qtbot.waitUntil(lambda: not box.open_restored.isHidden(), timeout=20_000)
    box.open_restored.click()
    assert window.session.folder == tmp_path / "restored"
    do_unlock(window)
    assert window.current_screen == "home" and window.home.recent_model.rowCount() > 0
    assert db.read_bytes() == bytes(data)  # the damaged file was left as it was
