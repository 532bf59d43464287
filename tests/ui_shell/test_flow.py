"""End-to-end: the real main window, driven by object names, on throwaway data folders."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QPushButton


def find(window, kind, name):
    widget = window.findChild(kind, name)
    assert widget is not None, name
    return widget


def test_an_unfinished_set_up_starts_again_at_first_run(qtbot, make_window, folder: Path, passphrase):
    """A create killed after the key file was written (marker still there) used to open at unlock and fail."""
    from screening_app.storage.vault import SETUP_MARKER

    folder.mkdir(parents=True, exist_ok=True)
    for name in (SETUP_MARKER, "keyslots.json", ".tmp-vault.db-0123456789ab"):
        (folder / name).write_bytes(b"left by a set-up cut short")
    window = make_window(folder)
    assert window.current_screen == "first_run"
    qtbot.mouseClick(find(window, QPushButton, "firstRun.start"), Qt.MouseButton.LeftButton)
    find(window, QLineEdit, "firstRun.passphrase").setText(passphrase)
    find(window, QLineEdit, "firstRun.confirm").setText(passphrase)
    qtbot.mouseClick(find(window, QPushButton, "firstRun.create"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.first_run.steps.currentIndex() == 2, timeout=10_000)
    assert sorted(p.name for p in folder.iterdir()) == ["keyslots.json", "vault.db", "vault.db-shm", "vault.db-wal",
                                                         "vault.lock"]


def test_first_run_creates_vault_and_shows_code_once(qtbot, make_window, folder: Path, tmp_path: Path, passphrase):
    window = make_window(folder)
    assert window.current_screen == "first_run"
    qtbot.mouseClick(find(window, QPushButton, "firstRun.start"), Qt.MouseButton.LeftButton)
    create = find(window, QPushButton, "firstRun.create")
    find(window, QLineEdit, "firstRun.passphrase").setText("password1")
    find(window, QLineEdit, "firstRun.confirm").setText("password1")
    assert not create.isEnabled()  # weak: zxcvbn score below 3
    find(window, QLineEdit, "firstRun.passphrase").setText(passphrase)
    find(window, QLineEdit, "firstRun.confirm").setText(passphrase)
    assert create.isEnabled()
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.first_run.steps.currentIndex() == 2, timeout=10_000)
    code = window.first_run.code_label.text()
    assert len(code) > 20
    sheet = tmp_path / "sheet.pdf"
    window.first_run.choose_pdf_path = lambda: str(sheet)
    save = find(window, QPushButton, "firstRun.savePdf")
    save.setFocus()
    qtbot.keyClick(save, Qt.Key.Key_Return)  # Enter presses the focused button (issue 12)
    assert sheet.read_bytes().startswith(b"%PDF")
    next_button = find(window, QPushButton, "firstRun.codeNext")
    assert not next_button.isEnabled()
    saved = window.first_run.saved_check
    saved.setFocus()
    qtbot.keyClick(saved, Qt.Key.Key_Space)
    qtbot.keyClick(saved, Qt.Key.Key_Return)  # and elsewhere the step's main button: Next
    assert window.first_run.code_label.text() == ""  # shown once
    find(window, QLineEdit, "firstRun.profile.name").setText("Sam Example")
    find(window, QLineEdit, "firstRun.contacts.mash_phone").setText("01234 567890")
    qtbot.mouseClick(find(window, QPushButton, "firstRun.profileNext"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(find(window, QPushButton, "firstRun.finish"), Qt.MouseButton.LeftButton)
    assert window.current_screen == "home"
    assert window.session.setting("referrer_profile")["name"] == "Sam Example"
    assert window.session.setting("local_contacts")["mash_phone"] == "01234 567890"
    assert window.windowTitle() == "CSE Screening"


def test_unlock_wrong_passphrase_is_specific_then_unlocks(qtbot, make_window, seeded, do_unlock):
    window = make_window(seeded)
    assert window.current_screen == "unlock"
    window.unlock_page.passphrase.setText("not the right words at all")
    window.unlock_page.submit()
    error = window.unlock_page.error
    qtbot.waitUntil(lambda: error.isVisible() and error.text() != "", timeout=10_000)
    assert "passphrase does not open" in error.text()
    assert window.current_screen == "unlock"
    do_unlock(window)
    assert window.current_screen == "home"
    assert window.home.recent_model.rowCount() > 0
    assert "Unlocked" in window.lock_label.text()


def test_unlock_damaged_vault_says_restore(qtbot, make_window, seeded):
    db = seeded / "vault.db"
    data = bytearray(db.read_bytes())
    data[4096:8192] = b"\x00" * 4096
    db.write_bytes(bytes(data))
    window = make_window(seeded)
    window.unlock_page.passphrase.setText("tangerine otter carousel lamp")
    window.unlock_page.submit()
    error = window.unlock_page.error
    qtbot.waitUntil(lambda: error.text() != "", timeout=10_000)
    assert "backup" in error.text().lower()
    assert window.unlock_page.restore_button.isVisibleTo(window)


def test_unlock_vault_already_open(qtbot, make_window, seeded, passphrase):
    from screening_app.services import vault_service as vs

    other = vs.open_vault(seeded, passphrase)
    try:
        window = make_window(seeded)
        window.unlock_page.passphrase.setText(passphrase)
        window.unlock_page.submit()
        qtbot.waitUntil(lambda: window.unlock_page.error.text() != "", timeout=10_000)
        assert "already open" in window.unlock_page.error.text()
    finally:
        other.close()


def test_search_open_child_lock_by_shortcut_keeps_typing(qtbot, make_window, seeded, do_unlock):
    window = make_window(seeded)
    do_unlock(window)
    search = find(window, QLineEdit, "home.search")
    qtbot.keyClicks(search, "Kacper")
    qtbot.waitUntil(lambda: window.home.recent_box.title().startswith("Search results"), timeout=2_000)
    model = window.home.recent_model
    assert model.rowCount() >= 1
    assert all(model.summary(row).child_name.startswith("Kacper") for row in range(model.rowCount()))
    window.home.openChild.emit(model.summary(0).child_id)
    assert window.current_screen == "child"
    assert window.child_record.heading.text().startswith("Kacper")
    assert window.child_record.timeline.points
    assert window.windowTitle() == "CSE Screening"
    other_names = find(window, QLineEdit, "childRecord.other_names")
    qtbot.keyClicks(other_names, "Kas")
    assert window.child_record.dirty
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen == "unlock"
    assert not window.session.unlocked
    assert other_names.text() == "" and window.child_record.heading.text() == ""
    assert window.home.recent_model.rowCount() == 0 and window.child_record.model.rowCount() == 0
    do_unlock(window)
    assert window.current_screen == "child"
    assert find(window, QLineEdit, "childRecord.other_names").text() == "Kas"
    assert window.child_record.dirty


def test_idle_lock_uses_the_clock(qtbot, make_window, seeded, clock, do_unlock):
    window = make_window(seeded)
    do_unlock(window)
    window.idle.check()
    assert window.session.unlocked
    clock.advance(4 * 60)
    window.idle.check()
    assert window.session.unlocked
    clock.advance(61)  # five minutes by default; sleep counts because the clock says so
    window.idle.check()
    assert not window.session.unlocked
    assert window.current_screen == "unlock"


def test_backup_and_restore_into_new_folder(qtbot, make_window, seeded, tmp_path, do_unlock, passphrase):
    window = make_window(seeded)
    do_unlock(window)
    names = {window.home.recent_model.summary(r).child_name for r in range(window.home.recent_model.rowCount())}
    window.show_settings()
    tab = window.settings_page.maintenance
    backup = tmp_path / "records.cseb"
    tab.choose_backup_file = lambda: str(backup)
    tab.start_backup()
    qtbot.waitUntil(lambda: not tab.backup.result.isHidden(), timeout=20_000)
    assert backup.exists(), tab.backup.result.text()
    restored = tmp_path / "restored"
    box = tab.restore_box
    box.choose_restore_file = lambda: str(backup)
    box.choose_restore_folder = lambda: str(restored)
    box.restore_passphrase.setText(passphrase)
    box.start_restore()
    qtbot.waitUntil(lambda: not box.open_restored.isHidden(), timeout=20_000)
    box.open_restored.click()
    assert window.current_screen == "unlock" and window.session.folder == restored
    do_unlock(window)
    again = {window.home.recent_model.summary(r).child_name for r in range(window.home.recent_model.rowCount())}
    assert again == names


def test_new_screening_typing_survives_lock_then_completes(qtbot, make_window, seeded, do_unlock, monkeypatch):
    from tests.ui_shell.seed import pick_in_picker

    window = make_window(seeded)
    do_unlock(window)
    pick_in_picker(monkeypatch, "Kacper")
    window.new_assessment("cse-screening")
    assert window.current_screen == "assessment"
    wizard = window.assessment.wizard
    assert wizard is not None, "the wizard is hosted"
    other = wizard.findChild(QLineEdit, "child.other_names")
    qtbot.keyClicks(other, "Kaz")
    window.lock()  # before the wizard's debounce fired: the draft is saved first
    assert window.assessment.wizard is None
    do_unlock(window)
    assert window.current_screen == "assessment"
    assert window.assessment.wizard.findChild(QLineEdit, "child.other_names").text() == "Kaz"


def test_complete_from_wizard_shows_read_only_result(qtbot, make_window, seeded, do_unlock):
    window = make_window(seeded)
    do_unlock(window)
    child_id = window.home.recent_model.summary(0).child_id
    window.start_assessment("cse-screening", child_id)
    wizard = window.assessment.wizard
    wizard.session.set_answer("missing_overnight", answer="yes", when="current", note="Seen by me.")
    wizard.session.set_answer("unexplained_items", answer="possible", when="current", note="Told by a teacher.")
    wizard.completeRequested.emit(wizard.session.state)
    assert window.assessment.banner.text().startswith("Completed"), window.assessment.banner.text()
    assert window.assessment.wizard is None
    assert "High" in window.assessment.summary.toPlainText()
    assessment_id = window.assessment.assessment.id
    assert window.session.records.get(assessment_id).status == "completed"
    window.assessment.close_assessment()
    assert window.current_screen == "child"
    assert window.child_record.model.summary(0).final_level == "high"


def test_killed_mid_draft_reopens_where_it_stopped(seeded, pack, passphrase, qtbot, make_window, do_unlock):
    """SIGKILL the real app after autosave: the draft keeps the typing, the page and the field."""
    import json
    import os
    import signal
    import subprocess
    import sys
    import threading

    from screening_app.services import vault_service as vs
    from screening_app.services.records import RecordsService, SearchQuery

    vault = vs.open_vault(seeded, passphrase)
    child_id = RecordsService(vault, "t", pack).search(SearchQuery()).items[0].child_id
    vault.close()
    child = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("kill_draft_child.py")), str(seeded), passphrase, str(child_id)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    watchdog = threading.Timer(120, child.kill)  # a hung child must fail the test, never hang CI
    watchdog.start()
    try:
        line = child.stdout.readline()
        assert line.startswith("saved"), child.stderr.read()[-3000:] if child.poll() is not None else line
        assessment_id = int(line.split()[1])
    finally:
        watchdog.cancel()
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)

    window = make_window(seeded)  # the lock of the killed process died with it
    do_unlock(window)
    state = json.loads(window.session.records.get(assessment_id).input_json)
    assert state["answers"]["out_late"]["note"] == "Seen by me at 2am; typed just before the laptop died."
    assert state["page"] == "section:missing"
    assert state["focus"] == "out_late.note"
    window.open_assessment(assessment_id)
    wizard = window.assessment.wizard
    assert wizard.session.current_page().id == "section:missing"
    assert wizard.findChild(QPlainTextEdit, "out_late.note").toPlainText().startswith("Seen by me at 2am")


def test_earlier_versions_stay_readable(seeded, pack, passphrase, qtbot, make_window, do_unlock):
    """SPEC 10: a correction makes a new version with a reason; the earlier one can still be read."""
    from PySide6.QtCore import QUrl

    from tests.ui_shell.seed import correct_first_completed

    done = correct_first_completed(seeded, pack, passphrase, "Invented correction: a disclosure the next day")

    window = make_window(seeded)
    do_unlock(window)
    window.open_assessment(done.id)
    view = window.assessment.summary_panel.summary
    text = view.toPlainText()
    assert "Versions" in text and "corrected: Invented correction: a disclosure the next day" in text
    assert "Version 1" in text and "first completed" in text
    view.anchorClicked.emit(QUrl("version:1"))
    earlier = view.toPlainText()
    assert "an earlier version, replaced by version 2" in earlier and "Version 1" in earlier
    view.anchorClicked.emit(QUrl("version:2"))
    assert "an earlier version" not in view.toPlainText()
