"""Issue 6 item 7: nothing typed is ever lost to a lock, in dialogs and on screens too. For each, text
is typed (invented words, not among the seeded records), the records are locked by Ctrl+L and by the
idle timer, no live widget (nor any field's undo history) holds the text while locked, and after
unlocking the dialog or screen is back with the text and the caret. A PDF password is never kept.

Modal dialogs (the review and correction prompts, the save-PDF dialog) run their own event loop, so
each step inside them is scheduled on a timer before the call that opens them, as the
practitioner's keystrokes would arrive inside that loop.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from screening_app.ui.shell.session import RESUME_KEY
from tests.ui_shell import lockscan
from tests.ui_shell.lockscan import leaks

HOW = pytest.mark.parametrize("how", ["ctrl_l", "idle"])
AGENCY = "Gorsebrook Youth Offending Team"
SAID = "Spoke to Wenceslas Pardoe about the strategy meeting"
OUTCOME = "Agreed a Quillmarsh review panel"
CHANGED = "Seen twice near the Fennimore arcade since the last review"
REASON = "The Hobbledown episode date was wrong"
OTHER_NAME = "Brindlewick"
REFERRER = "Ottoline Farrowby"
SECRET = "pangolin-lantern-77"


# ------------------------------------------------------------------ helpers

def find(root: QWidget, name: str) -> QWidget:
    widget = root.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def shown(name: str) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]


def ready(qtbot, make_window, seeded, do_unlock):
    """Unlocked, with Ctrl+L reaching into dialogs (armed just after the first paint)."""
    window = make_window(seeded)
    do_unlock(window)
    qtbot.waitUntil(lambda: getattr(window, "lock_reach", None) is not None, timeout=2_000)
    return window


def spy_resume(window) -> list[str]:
    """What the lock writes as resume state (into the encrypted vault), as JSON text."""
    writes: list[str] = []
    original = window.session.set_setting

    def spy(key, value):
        if key == RESUME_KEY and value is not None:
            writes.append(json.dumps(value))
        return original(key, value)

    window.session.set_setting = spy
    return writes


def lock_by(qtbot, window, clock, how: str, field: QWidget) -> None:
    if how == "ctrl_l":
        dialog = field.window()
        if dialog is not window:  # the shortcut reaches a dialog once the focus has entered it
            qtbot.waitUntil(lambda: window.lock_action in QWidget.actions(dialog), timeout=2_000)
        qtbot.keyClick(field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    else:
        clock.advance(6 * 60)
        window.idle.check()


def assert_locked_and_clean(window, *typed: str) -> None:
    assert not window.session.unlocked and window.current_screen == "unlock"
    assert window.session.vault is None  # the vault is closed and its key dropped
    QApplication.processEvents()
    assert leaks(*typed) == []


def caret_at(edit: QWidget) -> int:
    return edit.cursorPosition() if isinstance(edit, QLineEdit) else edit.textCursor().position()


def put_caret(edit: QWidget, position: int) -> None:
    if isinstance(edit, QLineEdit):
        edit.setCursorPosition(position)
    else:
        cursor = edit.textCursor()
        cursor.setPosition(position)
        edit.setTextCursor(cursor)


def type_into(qtbot, edit: QWidget, text: str, caret: int) -> None:
    edit.setFocus()
    qtbot.keyClicks(edit, text)
    put_caret(edit, caret)  # the practitioner's caret is in the middle of the text


def assert_focus_back(qtbot, root: QWidget, edit: QWidget, caret: int) -> None:
    qtbot.waitUntil(lambda: root.window().focusWidget() is edit and caret_at(edit) == caret, timeout=2_000)
    if isinstance(edit, QLineEdit):
        assert not edit.hasSelectedText()


def run_modal(name: str, open_call: Callable[[], object], inside: Callable[[QWidget], None]) -> list[str]:
    """``open_call`` opens the dialog ``name`` modally; ``inside(dialog)`` runs in its event loop.
    Returns errors (never left hanging in the modal loop)."""
    errors: list[str] = []
    tries = [0]

    def step() -> None:
        if not shown(name) and tries[0] < 200:
            tries[0] += 1
            QTimer.singleShot(10, step)
            return
        try:
            inside(shown(name)[0])
        except BaseException as exc:
            errors.append(repr(exc))
        finally:
            for dialog in shown(name):
                errors.append(f"{name} was still open after the lock")
                dialog.reject()

    QTimer.singleShot(0, step)
    open_call()
    return errors


def when_back(qtbot, name: str, unlock: Callable[[], None], act: Callable[[QWidget], None]) -> None:
    """Unlock; ``act`` gets the dialog called ``name`` once it is back, and must close it."""
    lockscan.when_back(qtbot, lambda: shown(name), unlock, act)


def completed_child(window) -> int:
    from tests.ui_referral.helpers import completed_child as pick

    return pick(window, 1)


# ------------------------------------------------------------------ the escalation dialog

@HOW
def test_new_escalation_typing_survives_lock(qtbot, make_window, seeded, do_unlock, clock, how):
    window = ready(qtbot, make_window, seeded, do_unlock)
    writes = spy_resume(window)
    window.open_child(1)
    window.record_escalation()
    dialog = window.escalation_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=2_000)
    qtbot.keyClicks(find(dialog, "escalation.agency"), AGENCY)
    find(dialog, "escalation.stage2").setChecked(True)
    find(dialog, "escalation.closed").setChecked(True)
    said = find(dialog, "escalation.what_was_said")
    type_into(qtbot, said, SAID, 9)

    lock_by(qtbot, window, clock, how, said)
    assert_locked_and_clean(window, AGENCY, SAID)
    assert writes and SAID in writes[-1]  # kept in the vault's resume state, not in a widget

    do_unlock(window)
    assert window.current_screen == "child" and window.child_record.child_id == 1
    qtbot.waitUntil(lambda: bool(shown("escalationDialog")), timeout=2_000)
    back = shown("escalationDialog")[0]
    assert back is window.escalation_dialog and (back.child_id, back.assessment_id) == (1, None)
    assert find(back, "escalation.agency").text() == AGENCY
    said = find(back, "escalation.what_was_said")
    assert said.toPlainText() == SAID
    assert find(back, "escalation.stage2").isChecked() and find(back, "escalation.closed").isChecked()
    assert_focus_back(qtbot, back, said, 9)
    find(back, "escalation.save").click()  # and it still saves, for the same child
    (stored,) = window.session.escalations_for_child(1)
    assert (stored.details.agency, stored.details.what_was_said, stored.details.stage) == (AGENCY, SAID, 2)


def add_escalation(window, child_id: int, agency: str) -> int:
    s = window.session
    return s.record_escalation(s.new_escalation(
        agency=agency, stage=1, raised_on=s.today(), assessment_id=None, child_id=child_id, decision=None,
        decided_on=None, what_was_said=None, outcome=None, status="open"))


@HOW
def test_escalation_edited_from_home_survives_lock(qtbot, make_window, seeded, do_unlock, clock, how):
    window = ready(qtbot, make_window, seeded, do_unlock)
    add_escalation(window, 1, "Police")
    chosen = add_escalation(window, 2, "Health visiting")
    window.go_home()
    home = window.home
    row = next(r for r in range(home.escalations.count())
               if home.escalations.item(r).data(Qt.ItemDataRole.UserRole + 40) == chosen)
    home.escalations.setCurrentRow(row)
    home.edit_escalation()
    dialog = home.escalation_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=2_000)
    outcome = find(dialog, "escalation.outcome")
    type_into(qtbot, outcome, OUTCOME, 4)

    lock_by(qtbot, window, clock, how, outcome)
    assert_locked_and_clean(window, OUTCOME, "Health visiting")

    do_unlock(window)
    assert window.current_screen == "home"
    assert home.escalations.currentItem().data(Qt.ItemDataRole.UserRole + 40) == chosen  # the list's choice
    qtbot.waitUntil(lambda: bool(shown("escalationDialog")), timeout=2_000)
    back = shown("escalationDialog")[0]
    assert back.existing is not None and back.existing.id == chosen
    assert find(back, "escalation.agency").text() == "Health visiting"
    outcome = find(back, "escalation.outcome")
    assert outcome.toPlainText() == OUTCOME
    assert_focus_back(qtbot, back, outcome, 4)
    back.reject()


# ------------------------------------------------------------------ the review and correction prompts

@HOW
def test_review_note_survives_lock_and_starts_the_review(qtbot, make_window, seeded, do_unlock, clock, how):
    window = ready(qtbot, make_window, seeded, do_unlock)
    window.open_child(completed_child(window))
    record = window.child_record

    def type_then_lock(prompt) -> None:
        text = find(prompt, "reviewPrompt.whatChanged")
        type_into(qtbot, text, CHANGED, 11)
        lock_by(qtbot, window, clock, how, text)

    assert run_modal("reviewPrompt", record.start_review, type_then_lock) == []
    assert_locked_and_clean(window, CHANGED)

    seen: dict = {}

    def check_then_start(prompt) -> None:
        text = find(prompt, "reviewPrompt.whatChanged")
        seen.update(text=text.toPlainText(), focus=prompt.focusWidget() is text, caret=caret_at(text))
        prompt.accept()  # Start review: the restored note starts it

    when_back(qtbot, "reviewPrompt", lambda: do_unlock(window), check_then_start)
    assert seen == {"text": CHANGED, "focus": True, "caret": 11}
    qtbot.waitUntil(lambda: window.current_screen == "assessment", timeout=10_000)
    assert CHANGED in window.assessment.banner.text()


@HOW
def test_correction_reason_survives_lock_and_corrects(qtbot, make_window, seeded, do_unlock, clock, how):
    window = ready(qtbot, make_window, seeded, do_unlock)
    window.open_child(completed_child(window))
    record = window.child_record
    item = record.completed()[0]
    record.table.selectRow(next(r for r in range(record.model.rowCount()) if record.model.summary(r).id == item.id))

    def type_then_lock(prompt) -> None:
        text = find(prompt, "correctionPrompt.reason")
        type_into(qtbot, text, REASON, 6)
        lock_by(qtbot, window, clock, how, text)

    assert run_modal("correctionPrompt", record.correct_selected, type_then_lock) == []
    assert_locked_and_clean(window, REASON)

    seen: dict = {}

    def check_then_correct(prompt) -> None:
        text = find(prompt, "correctionPrompt.reason")
        seen.update(text=text.toPlainText(), focus=prompt.focusWidget() is text, caret=caret_at(text))
        prompt.accept()

    when_back(qtbot, "correctionPrompt", lambda: do_unlock(window), check_then_correct)
    assert seen == {"text": REASON, "focus": True, "caret": 6}
    qtbot.waitUntil(lambda: window.current_screen == "assessment", timeout=10_000)
    assert window.assessment.assessment.id == item.id and window.assessment.correction_reason == REASON


def test_correction_prompt_needs_a_reason(qtbot, make_window, seeded, do_unlock):
    window = ready(qtbot, make_window, seeded, do_unlock)
    window.open_child(completed_child(window))

    def try_empty(prompt) -> None:
        prompt.accept()
        assert prompt.isVisible() and "why" in find(prompt, "correctionPrompt.error").text().lower()
        prompt.reject()

    record = window.child_record
    record.table.selectRow(next(r for r in range(record.model.rowCount())
                                if record.model.summary(r).status == "completed"))
    assert run_modal("correctionPrompt", record.correct_selected, try_empty) == []
    assert window.current_screen == "child"


# ------------------------------------------------------------------ screens

@HOW
def test_child_details_being_edited_survive_lock(qtbot, make_window, seeded, do_unlock, clock, how):
    window = ready(qtbot, make_window, seeded, do_unlock)
    window.open_child(1)
    record = window.child_record
    other = record.details.edits["other_names"]
    other.setText("")
    type_into(qtbot, other, OTHER_NAME, 5)
    assert record.dirty

    lock_by(qtbot, window, clock, how, other)
    assert_locked_and_clean(window, OTHER_NAME)

    do_unlock(window)
    assert window.current_screen == "child" and record.child_id == 1 and record.dirty
    assert other.text() == OTHER_NAME
    assert_focus_back(qtbot, window, other, 5)


@HOW
def test_settings_profile_typed_not_saved_survives_lock(qtbot, make_window, seeded, do_unlock, clock, how):
    window = ready(qtbot, make_window, seeded, do_unlock)
    window.show_settings()
    name = window.settings_page.profile.edits["name"]
    type_into(qtbot, name, REFERRER, 8)

    lock_by(qtbot, window, clock, how, name)
    assert_locked_and_clean(window, REFERRER)

    do_unlock(window)
    assert window.current_screen == "settings" and window.settings_page.tabs.currentIndex() == 0
    assert name.text() == REFERRER
    assert_focus_back(qtbot, window, name, 8)


@HOW
def test_home_search_survives_lock(qtbot, make_window, seeded, do_unlock, clock, how):
    window = ready(qtbot, make_window, seeded, do_unlock)
    search = window.home.search
    type_into(qtbot, search, "Kacper", 3)
    window.home.run_search()
    assert "Kacper" in window.home.recent_box.title()

    lock_by(qtbot, window, clock, how, search)
    assert_locked_and_clean(window, "Kacper")  # nor in the results box's title, nor the undo history

    do_unlock(window)
    assert window.current_screen == "home" and search.text() == "Kacper"
    assert window.home.recent_model.rowCount() >= 1
    assert_focus_back(qtbot, window, search, 3)


# ------------------------------------------------------------------ never kept: a PDF password

@HOW
def test_pdf_password_is_never_kept(qtbot, make_window, seeded, do_unlock, clock, tmp_path, how):
    """The password is dropped with the dialog and never written anywhere; the save dialog is not
    reopened (its file name is chosen again in one click)."""
    from tests.ui_referral.helpers import open_latest

    window = ready(qtbot, make_window, seeded, do_unlock)
    writes = spy_resume(window)
    open_latest(window, completed_child(window))
    actions = window.assessment.summary_panel.referral

    def type_then_lock(dialog) -> None:
        find(dialog, "savePdf.path").setText(str(tmp_path / "referral.pdf"))
        find(dialog, "savePdf.protect").setChecked(True)
        for name in ("savePdf.password", "savePdf.confirm"):
            type_into(qtbot, find(dialog, name), SECRET, 4)
        lock_by(qtbot, window, clock, how, find(dialog, "savePdf.confirm"))

    assert run_modal("savePdf", actions.save, type_then_lock) == []
    assert_locked_and_clean(window, SECRET)
    assert writes and not any(SECRET in text for text in writes)
    assert not list(tmp_path.glob("*.pdf"))

    do_unlock(window)
    assert window.current_screen == "assessment"
    qtbot.wait(200)
    assert not shown("savePdf")


def test_every_kept_dialog_has_the_protocol():
    """A kept dialog says how to reopen it and can snapshot, restore and clear itself."""
    from screening_app.ui.chronology import ConcernDialog
    from screening_app.ui.compare.review import ReviewPrompt
    from screening_app.ui.escalation.dialog import EscalationDialog
    from screening_app.ui.shell.child_picker import ChildPicker
    from screening_app.ui.shell.note_prompt import NotePrompt

    for cls in (ReviewPrompt, EscalationDialog, ChildPicker, NotePrompt, ConcernDialog):
        assert all(callable(getattr(cls, name, None)) for name in ("snapshot", "restore", "clear")), cls
