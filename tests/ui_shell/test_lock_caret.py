"""Unlocking returns to the same field with the caret where it was (issue 6 item 7), in a one-line
field and in a note, locked by Ctrl+L or by idle."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from tests.ui_shell.seed import pick_in_picker


def lock(window, how: str, clock, qtbot) -> None:
    if how == "ctrl_l":
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    else:
        clock.advance(6 * 60)
        window.idle.check()
    qtbot.waitUntil(lambda: not window.session.unlocked, timeout=5_000)


@pytest.mark.parametrize("how", ["ctrl_l", "idle"])
def test_caret_in_a_wizard_field_survives_lock(qtbot, make_window, seeded, do_unlock, monkeypatch, clock, how):
    window = make_window(seeded)
    do_unlock(window)
    pick_in_picker(monkeypatch, "Kacper")
    window.new_assessment("cse-screening")
    wizard = window.assessment.wizard
    other = wizard.findChild(QLineEdit, "child.other_names")
    other.setFocus()
    qtbot.keyClicks(other, "Kaz Kacz")
    other.setCursorPosition(3)
    lock(window, how, clock, qtbot)
    do_unlock(window)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit), timeout=5_000)
    back = window.assessment.wizard.findChild(QLineEdit, "child.other_names")
    assert QApplication.focusWidget() is back and back.text() == "Kaz Kacz"
    qtbot.waitUntil(lambda: back.cursorPosition() == 3 and not back.hasSelectedText(), timeout=2_000)


def test_caret_in_a_note_survives_lock(qtbot, make_window, seeded, do_unlock, monkeypatch, clock):
    window = make_window(seeded)
    do_unlock(window)
    pick_in_picker(monkeypatch, "Kacper")
    window.new_assessment("cse-screening")
    wizard = window.assessment.wizard
    wizard.go("section:missing", "out_late.note")
    QTest.mouseClick(wizard.findChild(QWidget, "out_late.yes"), Qt.MouseButton.LeftButton)
    note = wizard.findChild(QPlainTextEdit, "out_late.note")
    note.setFocus()
    qtbot.keyClicks(note, "Seen by me at 2am near the station.")
    cursor = note.textCursor()
    cursor.setPosition(11)
    note.setTextCursor(cursor)
    lock(window, "ctrl_l", clock, qtbot)
    do_unlock(window)
    back = window.assessment.wizard.findChild(QPlainTextEdit, "out_late.note")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is back, timeout=5_000)
    assert back.toPlainText() == "Seen by me at 2am near the station."
    qtbot.waitUntil(lambda: back.textCursor().position() == 11, timeout=2_000)
