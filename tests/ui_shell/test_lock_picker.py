"""Issue 6 item 7: nothing typed is lost to a lock, including a new child half-typed in the child
picker; and while locked no widget holds it.

The picker runs modally (``exec``), so each step inside it is scheduled on a timer before the
call that opens it, as the practitioner's keystrokes would arrive inside its event loop.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from tests.ui_shell import lockscan
from tests.ui_shell.lockscan import leaks

FIRST, LAST, BORN = "Marisol", "Thistlewood", "14/02/2012"  # invented; not among the seeded names


def open_pickers() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == "childPicker" and w.isVisible()]


def open_picker(window) -> object:
    pickers = open_pickers()
    assert len(pickers) == 1, "the child picker is open"
    return pickers[0]


def type_new_child(qtbot, picker) -> QLineEdit:
    picker.tabs.setCurrentIndex(1)
    edits = picker.new_child.edits
    qtbot.keyClicks(edits["first_name"], FIRST)
    qtbot.keyClicks(edits["last_name"], LAST)
    dob = edits["date_of_birth"]
    dob.setFocus()
    qtbot.keyClicks(dob, BORN)
    dob.setCursorPosition(3)  # the practitioner's caret is in the middle of the date
    return dob


def run_picker_then(window, inside) -> list[str]:
    """Open the picker (modal) and run ``inside(picker)`` within its event loop; returns errors."""
    errors: list[str] = []

    def step() -> None:
        try:
            inside(open_picker(window))
        except BaseException as exc:  # reported by the test body: never left hanging in the modal loop
            errors.append(repr(exc))
        finally:
            for picker in open_pickers():  # the lock did not come: do not hang in the modal loop
                errors.append("the picker was still open after the lock")
                picker.reject()

    QTimer.singleShot(0, step)
    window.new_assessment("cse-screening")
    return errors


def watch_for_picker(qtbot, unlock, on_picker) -> None:
    """Unlock; ``on_picker`` gets the picker once it is back (it reopens modally), and must close it."""
    lockscan.when_back(qtbot, open_pickers, unlock, on_picker)


def reopened_picker_state(qtbot, unlock) -> dict:
    """Unlock; the picker comes back (modally): note what it shows, then cancel it."""
    seen: dict = {}

    def note(picker) -> None:
        edits = picker.new_child.edits
        focus = picker.focusWidget()
        seen.update(tab=picker.tabs.currentIndex(), first=edits["first_name"].text(),
                    last=edits["last_name"].text(), dob=edits["date_of_birth"].text(),
                    focus=focus.objectName() if focus is not None else None,
                    cursor=edits["date_of_birth"].cursorPosition(), form=picker.form_id)
        picker.reject()

    watch_for_picker(qtbot, unlock, note)
    return seen


@pytest.mark.parametrize("how", ["ctrl_l", "idle"])
def test_new_child_typed_in_picker_survives_lock(qtbot, make_window, seeded, do_unlock, clock, how):
    window = make_window(seeded)
    do_unlock(window)
    assert window.current_screen == "home"

    def type_then_lock(picker) -> None:
        dob = type_new_child(qtbot, picker)
        if how == "ctrl_l":  # the shortcut must reach the lock from inside the modal picker
            qtbot.keyClick(dob, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        else:
            clock.advance(6 * 60)
            window.idle.check()

    errors = run_picker_then(window, type_then_lock)
    assert not errors, errors
    assert not window.session.unlocked and window.current_screen == "unlock"
    assert window.session.vault is None  # the vault is closed and its key dropped
    QApplication.processEvents()
    assert leaks(FIRST, LAST, BORN) == []

    seen = reopened_picker_state(qtbot, lambda: do_unlock(window))
    assert seen == {"tab": 1, "first": FIRST, "last": LAST, "dob": BORN, "focus": "childPicker.new.date_of_birth",
                    "cursor": 3, "form": "cse-screening"}
    assert window.current_screen == "home"


def test_picker_search_typing_survives_lock_and_completes(qtbot, make_window, seeded, do_unlock):
    """The first tab too: the search and the chosen child come back, and Start then works."""
    window = make_window(seeded)
    do_unlock(window)

    def search_then_lock(picker) -> None:
        qtbot.keyClicks(picker.search, "Kacper")
        picker.search_now()
        assert picker.results.count() >= 1
        window.lock()

    assert run_picker_then(window, search_then_lock) == []
    assert not window.session.unlocked
    QApplication.processEvents()
    assert leaks("Kacper") == []

    chosen: dict = {}

    def start(picker) -> None:
        chosen.update(search=picker.search.text(), rows=picker.results.count(), tab=picker.tabs.currentIndex())
        picker.choose()  # Start: the restored choice opens the new screening

    watch_for_picker(qtbot, lambda: do_unlock(window), start)
    qtbot.waitUntil(lambda: window.current_screen == "assessment", timeout=10_000)
    assert chosen["search"] == "Kacper" and chosen["rows"] >= 1 and chosen["tab"] == 0
    assert window.assessment.assessment.child_id is not None


def test_picker_typing_survives_closing_the_window(qtbot, make_window, seeded, do_unlock):
    """Quitting with the picker open locks first, so the next start offers the same typing."""
    window = make_window(seeded)
    do_unlock(window)

    def type_then_quit(picker) -> None:
        type_new_child(qtbot, picker)
        window.close()

    assert run_picker_then(window, type_then_quit) == []
    assert not window.session.unlocked
    again = make_window(seeded)
    seen = reopened_picker_state(qtbot, lambda: do_unlock(again))
    assert (seen["first"], seen["last"], seen["dob"]) == (FIRST, LAST, BORN)
