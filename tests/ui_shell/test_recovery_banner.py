"""A recovery code nobody confirmed as saved: home says so until a new one is saved.

Rotation (Settings, new recovery code) and first run show a code once. If the
app dies, locks or is left before the practitioner confirms it is saved, the
vault's key file keeps a flag; home then shows a banner that cannot be closed,
whose button leads to Settings, new recovery code. Saving the new code (tick,
Done) clears it.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

from screening_app.services import vault_service as vs

SHOT_ENV = "RECOVERY_BANNER_SHOT"  # a path: keep the screenshot of home with the banner there


def find(window, kind, name):
    widget = window.findChild(kind, name)
    assert widget is not None, name
    return widget


def _rotated_but_never_confirmed(folder: Path, passphrase: str) -> None:
    """What a crash (or a lock) right after "new recovery code" leaves behind."""
    with vs.open_vault(folder, passphrase) as vault:
        vs.rotate_data_key(vault, passphrase)


def _make_new_code(qtbot, window, passphrase: str) -> str:
    page = window.settings_page
    page.rotate_passphrase.setText(passphrase)
    page.rotate()
    qtbot.waitUntil(lambda: page.rotate_code.text() != "", timeout=20_000)
    return page.rotate_code.text()


def test_unconfirmed_code_shows_a_banner_that_leads_to_a_new_code(qtbot, make_window, seeded, do_unlock,
                                                                  passphrase, tmp_path):
    _rotated_but_never_confirmed(seeded, passphrase)
    window = make_window(seeded)
    do_unlock(window)
    assert window.current_screen == "home"
    banner = window.home.recovery_banner
    assert banner.isVisible()
    assert "not confirmed as saved" in find(banner, QLabel, "home.recoveryBanner.text").text()
    assert not [b for b in banner.findChildren(QPushButton) if "close" in b.text().lower()]  # no way to wave it off
    shot = Path(os.environ.get(SHOT_ENV) or tmp_path / "home-recovery-banner.png")
    assert window.grab().save(str(shot))

    qtbot.mouseClick(find(window, QPushButton, "home.recoveryBanner.newCode"), Qt.MouseButton.LeftButton)
    page = window.settings_page
    assert window.current_screen == "settings" and page.tabs.currentIndex() == 1
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.rotate_passphrase, timeout=2_000)
    assert page.unconfirmed_notice.isVisible()

    window.home.refresh()  # still set while only Settings is open
    assert not window.home.recovery_banner.isHidden()
    code = _make_new_code(qtbot, window, passphrase)
    assert page.rotate_result.text().startswith("New recovery code")
    assert not page.unconfirmed_notice.isVisible()
    sheet = tmp_path / "sheet.pdf"
    page.choose_pdf_path = lambda: str(sheet)
    qtbot.mouseClick(find(window, QPushButton, "settings.rotate.savePdf"), Qt.MouseButton.LeftButton)
    assert sheet.read_bytes().startswith(b"%PDF")
    assert window.session.recovery_code_unconfirmed()  # a saved PDF is not yet the practitioner's word
    assert not page.confirm_code.isEnabled()
    page.code_saved.setChecked(True)
    with qtbot.waitSignal(page.recoveryConfirmed, timeout=2_000):
        qtbot.mouseClick(page.confirm_code, Qt.MouseButton.LeftButton)
    assert not window.session.recovery_code_unconfirmed()
    assert page.rotate_code.text() == "" and not page.rotate_code.isVisible()  # shown once, then gone
    assert page.rotate_result.text().startswith("New recovery code saved")

    qtbot.mouseClick(find(window, QPushButton, "settings.home"), Qt.MouseButton.LeftButton)
    assert window.current_screen == "home" and not window.home.recovery_banner.isVisible()
    window.lock()
    do_unlock(window)
    window.go_home()
    assert not window.home.recovery_banner.isVisible()
    window.session.lock()
    vs.unlock_with_recovery_code(seeded, code, "violet harbour sixty kettles").close()  # the saved code works


def test_a_lock_before_done_leaves_the_banner(qtbot, make_window, seeded, do_unlock, passphrase):
    window = make_window(seeded)
    do_unlock(window)
    assert not window.home.recovery_banner.isVisible()
    window.show_settings()
    window.settings_page.show_recovery()
    _make_new_code(qtbot, window, passphrase)
    window.lock()  # the code was on screen, but nobody said it was saved
    assert window.settings_page.rotate_code.text() == ""
    do_unlock(window)
    assert window.current_screen == "settings"  # back where they were, the code not shown again
    page = window.settings_page
    assert page.rotate_code.text() == "" and page.unconfirmed_notice.isVisible()
    window.go_home()
    assert window.home.recovery_banner.isVisible()


def test_an_older_code_cannot_be_confirmed_after_a_newer_one(qtbot, make_window, seeded, do_unlock, passphrase):
    window = make_window(seeded)
    do_unlock(window)
    window.show_settings()
    page = window.settings_page
    first = _make_new_code(qtbot, window, passphrase)
    page.code_saved.setChecked(True)
    page.rotate_passphrase.setText(passphrase)
    page.rotate()  # a second new code: the first one is taken off the screen at once
    assert page.rotate_code.text() == "" and not page.confirm_code.isVisible()
    qtbot.waitUntil(lambda: page.rotate_code.text() not in ("", first), timeout=20_000)
    assert not page.code_saved.isChecked() and not page.confirm_code.isEnabled()
    assert window.session.recovery_code_unconfirmed()


def _first_run_until_code(qtbot, window, passphrase: str) -> str:
    qtbot.mouseClick(find(window, QPushButton, "firstRun.start"), Qt.MouseButton.LeftButton)
    find(window, QLineEdit, "firstRun.passphrase").setText(passphrase)
    find(window, QLineEdit, "firstRun.confirm").setText(passphrase)
    qtbot.mouseClick(find(window, QPushButton, "firstRun.create"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.first_run.steps.currentIndex() == 2, timeout=10_000)
    return window.first_run.code_label.text()


def test_first_run_left_before_the_code_was_confirmed_shows_the_banner(qtbot, make_window, folder, do_unlock,
                                                                       passphrase):
    window = make_window(folder)
    _first_run_until_code(qtbot, window, passphrase)
    window.session.lock()  # the app dies on the recovery-code page
    again = make_window(folder)
    assert again.current_screen == "unlock"
    do_unlock(again)
    assert again.current_screen == "home" and again.home.recovery_banner.isVisible()


def test_first_run_next_confirms_the_code(qtbot, make_window, folder, passphrase):
    window = make_window(folder)
    _first_run_until_code(qtbot, window, passphrase)
    assert window.session.recovery_code_unconfirmed()
    window.first_run.saved_check.setChecked(True)
    qtbot.mouseClick(find(window, QPushButton, "firstRun.codeNext"), Qt.MouseButton.LeftButton)
    assert not window.session.recovery_code_unconfirmed()
    qtbot.mouseClick(find(window, QPushButton, "firstRun.profileNext"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(find(window, QPushButton, "firstRun.finish"), Qt.MouseButton.LeftButton)
    assert window.current_screen == "home" and not window.home.recovery_banner.isVisible()
