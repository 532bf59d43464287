"""Record a concern from the child's record, keyboard only, in the real main window on a real
encrypted vault: the fact goes into the chronology, latest first, with its source; suggestions
appear under the text and answer nothing; a correction asks why; typing survives a lock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.ui_shell.lockscan import leaks

FACT = "Missing overnight; found by police at a flat on Quillmarsh Road with an older man."


def find(root: QWidget, name: str) -> QWidget:
    widget = root.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def open_dialog(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(window, "concern_dialog", None) is not None
                    and window.concern_dialog.isVisible(), timeout=2_000)
    return window.concern_dialog


def test_record_a_concern_by_keyboard(qtbot, make_window, seeded, do_unlock):
    window = make_window(seeded)
    do_unlock(window)
    window.open_child(1)
    before = len(window.child_record.chronology.entries)
    dialog = open_dialog(qtbot, window)
    what, when = find(dialog, "concern.what"), find(dialog, "concern.date")
    qtbot.waitUntil(lambda: dialog.focusWidget() is what, timeout=2_000)  # the fact first
    assert when.text() == "22/11/2026"  # today, by the injected clock
    qtbot.keyClicks(what, FACT)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # the date comes after the fact
    assert dialog.focusWidget() is when
    qtbot.keyClick(when, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(when, "07/11/2026")
    qtbot.keyClick(when, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)  # about
    assert find(dialog, "concern.about").isChecked()
    qtbot.waitUntil(lambda: "\u201cMissing\u201d: The child goes missing overnight" in
                    find(dialog, "concern.suggestions").text(), timeout=2_000)
    assert "nothing is answered for you" in find(dialog, "concern.suggestions").text()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # the source in one key
    qtbot.waitUntil(find(dialog, "concern.told_by_other").isChecked, timeout=2_000)  # Qt's animated click
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is find(dialog, "concern.source_detail")
    qtbot.keyClicks(find(dialog, "concern.source_detail"), "Police (PC invented)")
    assert find(dialog, "concern.source_detail").text() == "Police (PC invented)"
    qtbot.keyClicks(find(dialog, "concern.reference"), "INV/2026/0042")
    qtbot.keyClick(find(dialog, "concern.reference"), Qt.Key.Key_Return)  # Enter saves
    assert find(dialog, "concern.error").text() == "" and find(dialog, "concern.date").text() == "07/11/2026"
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2_000)
    panel = window.child_record.chronology
    assert len(panel.entries) == before + 1
    newest = panel.list.item(0).text()
    assert newest.startswith("about 7 Nov 2026 · Told by Police (PC invented) · ref. INV/2026/0042")
    assert FACT in newest and "not yet in a screening" in newest


def test_a_refused_entry_says_why_and_keeps_the_typing(qtbot, make_window, seeded, do_unlock):
    window = make_window(seeded)
    do_unlock(window)
    window.open_child(1)
    dialog = open_dialog(qtbot, window)
    find(dialog, "concern.date").setText("23/11/2026")  # tomorrow
    qtbot.keyClicks(find(dialog, "concern.what"), FACT)
    find(dialog, "concern.save").click()
    assert dialog.isVisible() and "future" in find(dialog, "concern.error").text()
    assert dialog.focusWidget() is find(dialog, "concern.date")
    find(dialog, "concern.date").setText("7th of November")
    find(dialog, "concern.save").click()
    assert "day/month/year (14/11/2026)" in find(dialog, "concern.error").text()
    assert find(dialog, "concern.what").toPlainText() == FACT


def test_correction_asks_why_and_keeps_the_earlier_text(qtbot, make_window, seeded, do_unlock):
    window = make_window(seeded)
    do_unlock(window)
    service = window.session.chronology_service()
    entry_id = service.record(1, {"date": "2026-11-18", "what": "A grey car outside school.", "source": "seen"})
    window.open_child(1)
    panel = window.child_record.chronology
    find(panel, "chronology.correct").click()
    dialog = window.concern_dialog
    what = find(dialog, "concern.what")
    what.selectAll()
    qtbot.keyClicks(what, "A silver car outside school.")
    find(dialog, "concern.save").click()
    assert "why" in find(dialog, "concern.error").text().lower()
    qtbot.keyClicks(find(dialog, "concern.reason"), "Colour misheard")
    find(dialog, "concern.save").click()
    assert [v.body["what"] for v in service.history(entry_id)] == ["A grey car outside school.",
                                                                   "A silver car outside school."]
    assert "corrected (version 2)" in panel.list.item(0).text()


def test_typing_survives_a_lock(qtbot, make_window, seeded, do_unlock):
    window = make_window(seeded)
    do_unlock(window)
    qtbot.waitUntil(lambda: getattr(window, "lock_reach", None) is not None, timeout=2_000)
    window.open_child(1)
    dialog = open_dialog(qtbot, window)
    what = find(dialog, "concern.what")
    qtbot.keyClicks(what, FACT)
    window.lock()
    assert not window.session.unlocked and leaks(FACT) == []
    do_unlock(window)
    qtbot.waitUntil(lambda: window.concern_dialog is not dialog and window.concern_dialog.isVisible(),
                    timeout=2_000)
    assert find(window.concern_dialog, "concern.what").toPlainText() == FACT


def test_a_screening_starts_from_the_entries_and_cites_them(qtbot, make_window, seeded, do_unlock, tmp_path):
    """Log first, screen later: the new screening holds the entries not yet assessed; an answer evidenced
    by an entry needs no note; completing marks the entry as used; the referral's page 1 shows it."""
    import io

    from pypdf import PdfReader

    window = make_window(seeded)
    do_unlock(window)
    service = window.session.chronology_service()
    entry_id = service.record(1, {"date": "2026-11-18", "what": "Found by police at a flat in Quillmarsh at 2am.",
                                  "source": "told_by_other", "source_detail": "Police"})
    window.start_assessment("cse-screening", 1)
    wizard = window.assessment.wizard
    assert [e["id"] for e in wizard.session.state["events"]] == [str(entry_id)]
    wizard.session.set_answer("missing_overnight", answer="yes", when="current", events=[str(entry_id)])
    for indicator in wizard.session.form.indicators():
        if indicator.id != "missing_overnight":
            wizard.session.set_answer(indicator.id, answer="no")
    assert not [g for g in wizard.session.gaps() if g.field_id.startswith("missing_overnight")]
    assessment_id = window.assessment.assessment.id
    wizard.completeRequested.emit(wizard.session.state)
    assert window.assessment.banner.text().startswith("Completed"), window.assessment.banner.text()
    assert service.not_yet_assessed(1) == []
    reference = window.session.records.get(assessment_id).reference
    pdf = window.session.export_service().render(reference)
    first = " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    assert "18 Nov 2026 · Told by Police" in first and "Found by police at a flat in Quillmarsh at 2am." in first


def test_from_home_ctrl_k_asks_which_child_then_records(qtbot, make_window, seeded, do_unlock):
    """From home there is no child on screen: Ctrl+K asks which child (the picker), then the concern
    dialog opens for that child. The picker runs its own event loop, so its steps are scheduled."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    window = make_window(seeded)
    do_unlock(window)
    assert window.current_screen == "home" and window.concern_action.isEnabled()

    def choose() -> None:
        picker = next((w for w in QApplication.topLevelWidgets() if w.objectName() == "childPicker"
                       and w.isVisible()), None)
        if picker is None:
            QTimer.singleShot(20, choose)
            return
        assert picker.windowTitle() == "New concern: choose the child"
        picker.child_id = 2
        picker.accept()

    QTimer.singleShot(0, choose)
    window.record_concern()
    qtbot.waitUntil(lambda: getattr(window, "concern_dialog", None) is not None
                    and window.concern_dialog.isVisible(), timeout=3_000)
    assert window.concern_dialog.child_id == 2


def test_a_fact_recorded_while_screening_can_be_ticked_at_once(qtbot, make_window, seeded, do_unlock):
    """Ctrl+K inside the screening records the fact for this child; the open screening offers it as
    evidence straight away (rows already open included), unticked."""
    window = make_window(seeded)
    do_unlock(window)
    window.start_assessment("cse-screening", 1)
    wizard = window.assessment.wizard
    wizard.go("section:missing")
    qtbot.keyClick(find(wizard, "missing_overnight.answer"), Qt.Key.Key_1)  # its evidence picker is built now
    dialog = open_dialog(qtbot, window)
    qtbot.keyClicks(find(dialog, "concern.what"), FACT)
    qtbot.keyClick(find(dialog, "concern.reference"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2_000)
    (entry,) = [e for e in wizard.session.state["events"] if e["what"] == FACT]
    box = find(wizard, f"missing_overnight.events.{entry['id']}")
    assert not box.isChecked() and "suggested" in box.text()
    box.setChecked(True)
    assert wizard.session.answer("missing_overnight")["events"] == [entry["id"]]
