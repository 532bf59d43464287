"""Evidence from the chronology in the wizard (SPEC 11), keyboard only: a fact recorded once is
ticked under each indicator it evidences; entries that suggest the indicator come first and are
marked, and none is ticked for the practitioner; a ticked entry is evidence enough (no note)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QWidget

from screening_app.domain.navigation import new_state
from tests.conftest import DATA, WIZARD_DATE

pytestmark = pytest.mark.gui
EVENTS = json.loads((DATA / "scenarios" / "v14-chronology-events.json").read_text(encoding="utf-8"))["events"]


def find(wizard, name: str):
    widget = wizard.findChild(QWidget, name)
    assert widget is not None, name
    return widget


@pytest.fixture
def wizard(make_wizard, pack):
    state = new_state(pack["cse-screening"], WIZARD_DATE)
    state["events"] = EVENTS
    built, _saved = make_wizard("cse-screening", state)
    return built


def test_suggested_entries_come_first_and_none_is_ticked(wizard, qtbot):
    wizard.go("section:missing")
    qtbot.keyClick(find(wizard, "missing_overnight.answer"), Qt.Key.Key_1)
    picker = find(wizard, "missing_overnight.events")
    boxes = [w for w in picker.tab_stops() if isinstance(w, QCheckBox)]  # in Tab (and screen) order
    assert boxes[0].objectName() == "missing_overnight.events.e1"  # "Missing overnight; found by police..."
    assert "suggested: \u201cMissing\u201d" in boxes[0].text() and "suggested" not in boxes[-1].text()
    assert not any(b.isChecked() for b in boxes)
    assert wizard.session.answer("missing_overnight").get("events") in (None, [])


def test_one_fact_ticked_under_two_indicators_needs_no_note(wizard, qtbot):
    wizard.go("section:missing")
    qtbot.keyClick(find(wizard, "missing_overnight.answer"), Qt.Key.Key_1)
    box = find(wizard, "missing_overnight.events.e1")
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert wizard.session.answer("missing_overnight")["events"] == ["e1"]
    wizard.go("section:relationships")
    qtbot.keyClick(find(wizard, "older_or_controlling_person.answer"), Qt.Key.Key_1)
    for entry_id in ("e1", "e2"):
        box = find(wizard, f"older_or_controlling_person.events.{entry_id}")
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)
    assert sorted(wizard.session.answer("older_or_controlling_person")["events"]) == ["e1", "e2"]
    gaps = [g.field_id for g in wizard.session.gaps()]
    assert "missing_overnight.note" not in gaps and "older_or_controlling_person.note" not in gaps
    assert "Note (required unless an entry above is ticked)" in {
        w.text() for w in find(wizard, "older_or_controlling_person").findChildren(QWidget)
        if hasattr(w, "text") and isinstance(w.text(), str)}


def test_without_entries_the_row_asks_for_a_note_as_before(make_wizard, qtbot):
    wizard, _ = make_wizard()
    wizard.go("section:missing")
    qtbot.keyClick(find(wizard, "out_late.answer"), Qt.Key.Key_1)
    assert not find(wizard, "out_late.events").isVisible()
    assert "out_late.note" in [g.field_id for g in wizard.session.gaps()]


def test_looked_after_on_the_child_page_shows_as_answered_from_the_childs_details(make_wizard, qtbot):
    wizard, _ = make_wizard()
    wizard.go("section:vulnerabilities")  # built once before the child page changes
    wizard.go("group:child")
    status = find(wizard, "child.legal_status")
    status.setCurrentIndex(status.findData("looked_after"))
    wizard.go("section:vulnerabilities")
    assert find(wizard, "looked_after.answer").value() == "yes"
    assert find(wizard, "looked_after.note").toPlainText() == "From the child's details: Looked after (in care)."


def test_learning_needs_and_education_on_the_child_page_answer_their_indicators_changeably(make_wizard, qtbot):
    wizard, _ = make_wizard()
    wizard.go("group:child")
    needs, education = find(wizard, "child.learning_needs"), find(wizard, "child.education")
    needs.setCurrentIndex(needs.findData("yes"))
    education.setCurrentIndex(education.findData("not_in_education"))
    assert wizard.session.answer("learning_disability") == {
        "answer": "yes", "note": "From the child's details: Has a learning disability or difficulty."}
    assert wizard.session.answer("school_absence")["note"] == (
        "From the child's details: Not in education, employment or training.")
    wizard.go("section:vulnerabilities")
    assert find(wizard, "learning_disability.answer").value() == "yes"
    wizard.go("group:child")
    education.setCurrentIndex(education.findData("full_time"))  # corrected: the answer it gave is taken back
    assert not wizard.session.answer("school_absence").get("answer")
    assert wizard.session.answer("learning_disability")["answer"] == "yes"
