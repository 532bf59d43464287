"""The child's language preference in the window (issue 17), keyboard first: the record's details
have "Language preference" (Not recorded / English / Cymraeg (Welsh)), reached with Alt+L (no other
Alt+L on the record), chosen with the arrow keys, saved with the other details and said beside the
child's age; chosen-but-not-saved survives a lock. Real vaults, real offscreen widgets, a fixed
clock; every child invented."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel


def _record(qtbot, window, child_id: int = 1):
    window.open_child(child_id)
    record = window.child_record
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow() and record.isVisible(), timeout=3_000)
    return record


def _mnemonics(window, page) -> list[str]:
    """Every Alt+letter the page can offer (its panels shown or not): buttons, labels with a buddy,
    and the menus."""
    texts = [b.text() for b in page.findChildren(QAbstractButton)]
    texts += [label.text() for label in page.findChildren(QLabel) if label.buddy() is not None]
    texts += [action.text() for action in window.menuBar().actions()]
    return [m.group(1).lower() for t in texts for m in re.finditer(r"(?<!&)&([^&\s])", t)]


def test_the_record_asks_for_the_preference_by_keyboard_and_keeps_it(qtbot, make_window, seeded, do_unlock):
    window = make_window(seeded)
    do_unlock(window)
    record = _record(qtbot, window)
    box = record.details.language
    assert isinstance(box, QComboBox) and box.objectName() == "childRecord.language"
    assert box.accessibleName() == "Language preference" and box.view().objectName() == "childRecord.language.list"
    assert [box.itemText(i) for i in range(box.count())] == ["Not recorded", "English", "Cymraeg (Welsh)"]
    assert box.currentData() == "" and "Language preference" not in record.summary.text()
    assert _mnemonics(window, record).count("l") == 1  # Alt+L is this box's alone

    qtbot.keyClick(record, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(box.hasFocus, timeout=2_000)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentText() == "Cymraeg (Welsh)" and record.dirty  # chosen: Save details is offered
    assert record.save_details()
    assert window.session.child(1).details.language == "cy"
    assert record.summary.text().endswith("Language preference: Welsh")
    assert not record.dirty

    window.go_home()
    record = _record(qtbot, window)  # opened again: read back from the vault
    assert box.currentData() == "cy"
    box.setCurrentIndex(box.findData(""))  # and un-recorded again
    assert record.save_details() and window.session.child(1).details.language is None
    assert "Language preference" not in record.summary.text()


def test_a_preference_chosen_but_not_saved_survives_a_lock(qtbot, make_window, seeded, do_unlock, clock):
    window = make_window(seeded)
    do_unlock(window)
    record = _record(qtbot, window)
    record.details.language.setFocus()
    qtbot.keyClick(record.details.language, Qt.Key.Key_Down)  # English, not saved
    assert record.dirty and record.details.language.currentData() == "en"
    clock.advance(6 * 60)
    window.idle.check()
    assert not window.session.unlocked and record.details.language.currentData() == ""  # cleared at lock
    do_unlock(window)
    assert window.current_screen == "child" and record.dirty
    assert record.details.language.currentData() == "en"
    assert window.session.child(1).details.language is None  # still only chosen, not saved
