"""Lesson 3, escalation: the dialog from the menu and the wizard's result page, to the service,
home (age in days, double-click edits) and the printed summary; lesson 4: reflective answers
reach the referral PDF."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

pytestmark = pytest.mark.gui


def find(root, name: str):
    widget = root.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).split())


def fill(qtbot, dialog, agency="Children's Social Care (MASH)"):
    qtbot.keyClicks(find(dialog, "escalation.agency"), agency)
    qtbot.keyClicks(find(dialog, "escalation.decision"), "No further action on our referral")
    find(dialog, "escalation.stage2").setChecked(True)
    today = dialog.session.today()
    find(dialog, "escalation.raised_on").setDate(QDate(today.year, today.month, today.day).addDays(-9))
    qtbot.keyClicks(find(dialog, "escalation.what_was_said"), "Spoke to the team manager; asked for a strategy.")


def test_dialog_round_trip_to_service_and_summary_pdf(qtbot, session, tmp_path, monkeypatch):
    from screening_app.services.records import ChildDetails
    from screening_app.ui.escalation import EscalationDialog, print_summary

    child = session.records.create_child(ChildDetails(first_name="Maja", last_name="Kowalska"))
    dialog = EscalationDialog(session, child)
    qtbot.addWidget(dialog)
    find(dialog, "escalation.save").click()
    assert "agency" in find(dialog, "escalation.error").text().lower()  # the service's rule, in words
    fill(qtbot, dialog)
    find(dialog, "escalation.save").click()
    (stored,) = session.escalations_for_child(child)
    assert (stored.details.agency, stored.details.stage, stored.details.status) == (
        "Children's Social Care (MASH)", 2, "open")
    assert stored.details.raised_on == session.today() - timedelta(days=9)
    ((open_one, days),) = session.open_escalations_with_age()
    assert (open_one.id, days) == (stored.id, 9)

    edit = EscalationDialog(session, None, existing=stored)
    qtbot.addWidget(edit)
    assert find(edit, "escalation.agency").text() == "Children's Social Care (MASH)"
    find(edit, "escalation.has_decision").setChecked(True)
    find(edit, "escalation.outcome").setPlainText("Strategy discussion agreed.")
    find(edit, "escalation.closed").setChecked(True)
    find(edit, "escalation.save").click()
    (updated,) = session.escalations_for_child(child)
    assert (updated.details.status, updated.details.outcome) == ("closed", "Strategy discussion agreed.")
    assert session.open_escalations_with_age() == []

    target = tmp_path / "summary.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert print_summary(None, session, child) == target
    text = pdf_text(target.read_bytes())
    assert "Children's Social Care (MASH)" in text and "Stage 2: managers" in text
    assert "Strategy discussion agreed." in text and "Maja" in text
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_menu_and_home_escalations(qtbot, make_window, seeded, do_unlock, tmp_path, monkeypatch):
    window = make_window(seeded)
    do_unlock(window)
    action = window.findChild(type(window.lock_action), "action.recordEscalation")
    assert not action.isEnabled(), "needs a child or an assessment on screen"
    window.open_child(1)
    assert action.isEnabled()
    action.trigger()
    dialog = window.escalation_dialog
    assert dialog.isVisible() and dialog.child_id == 1
    fill(qtbot, dialog, "Police")
    find(dialog, "escalation.save").click()
    assert not dialog.isVisible()
    window.go_home()
    listing = window.home.escalations
    assert listing.count() == 1 and not window.home.escalations_box.isHidden()
    assert listing.item(0).text().startswith("Stage 2 with Police · open 9 days")
    rect = listing.visualItemRect(listing.item(0))
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double-click's press
    qtbot.mouseDClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    edit = window.home.escalation_dialog
    assert edit.isVisible() and find(edit, "escalation.agency").text() == "Police"
    find(edit, "escalation.closed").setChecked(True)
    find(edit, "escalation.save").click()
    assert listing.count() == 0 and window.home.escalations_box.isHidden()
    target = tmp_path / "from-menu.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.open_child(1)
    window.findChild(type(action), "action.printEscalations").trigger()
    assert "Police" in pdf_text(target.read_bytes())


def test_result_page_button_opens_the_dialog_for_this_assessment(qtbot, make_window, seeded, do_unlock):
    window = make_window(seeded)
    do_unlock(window)
    window.start_assessment("cse-screening", 2)
    wizard = window.assessment.wizard
    wizard.go("result")
    qtbot.mouseClick(find(wizard, "result.escalate"), Qt.MouseButton.LeftButton)
    dialog = window.escalation_dialog
    assert dialog.isVisible()
    assert (dialog.child_id, dialog.assessment_id) == (2, window.assessment.assessment.id)
    dialog.reject()


def test_reflective_answers_reach_the_referral_pdf(session, pack):
    from screening_app.domain.navigation import WizardSession, new_state
    from screening_app.services.export import ExportService
    from screening_app.services.records import ChildDetails

    form = pack["cse-screening"]
    wizard = WizardSession(form, new_state(form, session.today()))
    for field, value in (("first_name", "Ana"), ("last_name", "Nowak"), ("date_of_birth", "2011-03-01")):
        wizard.set_field("child", field, value)
    for indicator in form.indicators():
        wizard.set_answer(indicator.id, answer="no")
    wizard.set_field("child_voice", "child_words", "She said school is fine.")
    wizard.set_field("consent", "parents_told", "yes")
    wizard.set_field("referrer", "name", "J Smith")
    answer = "Yes: I would ask the same questions of a child from any postcode."
    wizard.set_reflective("area_background", answer)
    assert wizard.can_complete()
    wizard.mark_language_kept()
    records = session.records
    child = records.create_child(ChildDetails(first_name="Ana", last_name="Nowak"))
    ref = records.start_assessment(child, form.id)
    records.complete(ref.id, wizard.to_input().model_dump(mode="json"))
    text = pdf_text(ExportService(records).render(ref.reference))
    assert answer in text
    assert "Would your assessment be the same if this child lived in a different area" in text
