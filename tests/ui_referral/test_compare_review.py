"""What changed (from the child record: default pair, two rows, timeline points; PDF save and
print from the dialog) and reviews (prompt, pre-filled draft, banner, kept on completion)."""

from __future__ import annotations

import json

from pypdf import PdfReader
from PySide6.QtCore import QPointF, Qt

from screening_app.ui.compare.review import ReviewPrompt
from screening_app.ui.referral.save_dialog import SaveChoice
from tests.ui_referral.helpers import completed_child

NOTE = "Missing twice since the last review; a new older contact was reported by school."


def record_for(qtbot, make_window, seeded, do_unlock, at_least: int = 3):
    window = make_window(seeded)
    do_unlock(window)
    window.open_child(completed_child(window, at_least))
    return window, window.child_record


def test_default_compares_latest_with_the_one_before(qtbot, make_window, seeded, do_unlock):
    window, record = record_for(qtbot, make_window, seeded, do_unlock)
    done = record.completed()
    assert record.compare_button.isEnabled() and record.compare_pair() == (done[1].id, done[0].id)
    record.compare_button.click()
    dialog = record.compare_dialog
    assert dialog is not None and dialog.isVisible()
    view = dialog.view
    assert view.later.reference == done[0].reference and view.earlier.reference == done[1].reference
    header = dialog.header.text()
    assert view.movement_words in header and "Earlier" in header and "Later" in header
    text = dialog.body.toPlainText()
    assert view.counts_line in text
    for group in view.groups:
        assert f"{group.title} ({len(group.rows)})" in text
    window.lock()  # locking closes it and forgets the comparison
    assert record.compare_dialog is None


def test_two_rows_or_timeline_points_choose_the_pair(qtbot, make_window, seeded, do_unlock):
    _window, record = record_for(qtbot, make_window, seeded, do_unlock)
    done = record.completed()
    rows = {record.model.summary(r).id: r for r in range(record.model.rowCount())}
    record.table.selectRow(rows[done[-1].id])
    assert set(record.compare_pair()) == {done[-1].id, done[-2].id}  # the oldest: with the one after it
    record.table.selectRow(rows[done[1].id])
    assert record.compare_pair() == (done[2].id, done[1].id)  # any other: with the one before it
    record.point_clicked(done[0].id)
    record.point_clicked(done[-1].id)
    assert {i.id for i in record._selected_items()} == {done[0].id, done[-1].id}
    assert record.timeline.selected == {done[0].id, done[-1].id}
    record.compare_selected()
    dialog = record.compare_dialog
    assert dialog.view.earlier.reference == done[-1].reference and dialog.view.later.reference == done[0].reference
    dialog.second.setCurrentIndex(dialog.first.currentIndex())  # the same one twice: said plainly
    assert "two different" in dialog.error.text() and not dialog.actions.save_button.isEnabled()


def test_timeline_click_hits_a_point(qtbot, make_window, seeded, do_unlock):
    _window, record = record_for(qtbot, make_window, seeded, do_unlock)
    timeline = record.timeline
    point = timeline.points[0]
    plot = timeline._plot()
    centre = QPointF(timeline._x(plot, point.on), timeline._row_y(plot, point.level))
    with qtbot.waitSignal(timeline.pointClicked) as signal:
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=centre.toPoint())
    assert signal.args == [point.assessment_id]
    assert point.assessment_id in {i.id for i in record._selected_items()}


def test_comparison_pdf_save_and_print(qtbot, make_window, seeded, do_unlock, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    window, record = record_for(qtbot, make_window, seeded, do_unlock)
    record.compare_selected()
    actions = record.compare_dialog.actions
    actions.ask_save = lambda *_: SaveChoice(tmp_path / "changed.pdf", None)
    actions.save()
    qtbot.waitUntil(lambda: actions.status.text().startswith("Saved"), timeout=10_000)
    text = "\n".join(p.extract_text() for p in PdfReader(tmp_path / "changed.pdf").pages)
    assert "OFFICIAL-SENSITIVE" in text and "What changed" in text
    assert record.compare_dialog.view.later.reference in text
    assert "comparison.exported" in [e.action for e in window.session.records.casework.audit_entries(limit=5)]

    def to_file(_parent, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        return True

    actions.ask_printer = to_file
    actions.print_()
    qtbot.waitUntil(lambda: actions.status.text().startswith("Sent"), timeout=20_000)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) >= 1


def test_review_prompt_requires_a_note(qtbot):
    prompt = ReviewPrompt(None, "screening CSE-2026-000001 of 1 Jan 2026")
    qtbot.addWidget(prompt)
    prompt.accept()
    assert prompt.error.isVisibleTo(prompt) and "what has changed" in prompt.error.text().lower()
    prompt.text.setPlainText("  " + NOTE + "  ")
    assert prompt.problem() == "" and prompt.what_changed() == NOTE


def test_review_prefills_and_keeps_the_note(qtbot, make_window, seeded, do_unlock):
    window, record = record_for(qtbot, make_window, seeded, do_unlock, at_least=1)
    last = record.completed()[0]
    asked: list[str] = []
    record.ask_what_changed = lambda _parent, previous: asked.append(previous) or ""
    record.start_review()
    assert window.current_screen == "child" and asked and last.reference in asked[0]  # cancelled: nothing started
    record.ask_what_changed = lambda *_: NOTE
    record.review_button.click()
    assert window.current_screen == "assessment"
    page = window.assessment
    assert page.assessment.status == "draft" and page.assessment.form_id == last.form_id
    assert page.banner.text().startswith(f"Review of {last.reference}") and NOTE in page.banner.text()
    state = page.wizard.session.state
    previous = json.loads(window.session.records.get(last.id).input_json)
    assert state["details"]["review"] == {"previous_reference": last.reference, "what_changed": NOTE}
    assert {k: v["answer"] for k, v in state["answers"].items()} == {
        k: v["answer"] for k, v in previous["answers"].items()}
    assert "reflective" not in state["details"] and not state.get("override")
    stored = json.loads(window.session.records.get(page.assessment.id).input_json)
    assert stored["details"]["review"]["what_changed"] == NOTE  # the draft is in the vault before any typing
    page.wizard.session.set_reflective("area_background", "Yes, the same anywhere.")
    page.wizard.completeRequested.emit(page.wizard.session.state)
    assert page.banner.text().startswith("Completed"), page.banner.text()
    done = window.session.records.get(page.assessment.id)
    assert json.loads(done.input_json)["details"]["review"]["what_changed"] == NOTE
    assert f"Review of {last.reference}" in page.summary.toPlainText()


def test_what_a_correction_changed(seeded, pack, passphrase, qtbot, make_window, do_unlock):
    """From the list of versions: the correction's changes side by side, the reason shown, PDF ready;
    locking closes the dialog."""
    from PySide6.QtCore import QUrl

    from tests.ui_shell.seed import correct_first_completed

    done = correct_first_completed(seeded, pack, passphrase, "Invented correction: a disclosure the next day")

    window = make_window(seeded)
    do_unlock(window)
    window.open_assessment(done.id)
    screen = window.assessment
    assert "What this correction changed" in screen.summary.toHtml()
    screen.summary.anchorClicked.emit(QUrl("changes:2"))
    dialog = screen.versions_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.view.earlier.reference == f"{done.reference} version 1"
    assert dialog.view.later.reference == f"{done.reference} version 2"
    header = dialog.header.text()
    assert "two versions of one assessment" in header
    assert "Reason given: Invented correction: a disclosure the next day" in header
    changed = [r for g in dialog.view.groups if g.kind in ("new", "answer_changed") for r in g.rows]
    assert [r.indicator_id for r in changed] == ["exchange_sex"]
    assert changed[0].label in dialog.body.toPlainText()
    assert dialog.actions.save_button.isEnabled()
    window.lock()
    assert screen.versions_dialog is None
