"""Lessons 2, 4 and 5: the 13-15 decision record blocks completion and shows on the review;
the under-13 statutory flag leads the result and cannot be dismissed; the age-gap prompt goes to
its question; reflective answers are sentences; the result leads with reasons, never "safe"."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

pytestmark = pytest.mark.gui


def find(root, name: str):
    widget = root.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def base_case(wizard, born: str, concern: str | None = "sexual_activity"):
    session = wizard.session
    session.set_field("child", "first_name", "Ana")
    session.set_field("child", "last_name", "Nowak")
    session.set_field("child", "date_of_birth", born)
    for indicator in session.form.indicators():
        session.set_answer(indicator.id, answer="no")
    if concern:
        session.set_answer(concern, answer="yes", when="current", note="Told me herself.")
    session.set_field("child_voice", "child_words", "She said she is scared.")
    session.set_field("consent", "parents_told", "yes")
    session.set_field("referrer", "name", "J Smith")
    session.set_reflective("area_background", "Yes, the same wherever she lived.")


def body_names(wizard) -> list[str]:
    return [w.objectName() for w in wizard.current_page().body.findChildren(QWidget) if w.objectName()]


def test_decision_record_blocks_completion_until_filled_and_shows_on_review(make_wizard, qtbot):
    wizard, _ = make_wizard()
    base_case(wizard, "2012-01-01")  # 14 on the assessment date
    assert wizard.session.decision_required()
    wizard.go("review")
    decision = find(wizard, "review.decision")
    assert decision.isVisible() and "Required before completing" in decision.text()
    wizard.go("result")
    assert not find(wizard, "result.complete").isEnabled()
    assert find(wizard, "result.flag.consider_referral_13_15").isVisible()
    wizard.go("group:decision_record")
    qtbot.keyClicks(find(wizard, "decision_record.discussed_with"), "R Patel")
    qtbot.keyClicks(find(wizard, "decision_record.discussed_agency"), "DSL, Northgate School")
    combo = find(wizard, "decision_record.decision")
    combo.setCurrentIndex(combo.findData("referred_csc"))
    qtbot.keyClicks(find(wizard, "decision_record.reason"), "Age gap and gifts: referral agreed with MASH.")
    decided_on = find(wizard, "decision_record.decided_on")
    assert decided_on.text() == "01/11/2026"  # the assessment's date, shown and changeable
    decided_on.clear()
    qtbot.keyClicks(decided_on, "30/10/2026")
    wizard.go("review")
    text = find(wizard, "review.decision").text()
    assert "Recorded." in text and "R Patel" in text and "Referred to Children's Social Care" in text
    wizard.go("result")
    assert find(wizard, "result.complete").isEnabled()
    flag = find(wizard, "result.flag.consider_referral_13_15").text()  # once recorded, it reads as done
    assert ("<b>Recorded:</b> Discussed with R Patel, DSL, Northgate School on 30 October 2026: "
            "Referred to Children&#x27;s Social Care.") in flag


def test_under_13_statutory_flag_first_and_not_dismissible(make_wizard, qtbot):
    wizard, _ = make_wizard()
    base_case(wizard, "2014-06-01")  # 12
    wizard.go("result")
    names = body_names(wizard)
    assert names[0] == "result.flag.statutory_referral"
    flag = find(wizard, "result.flag.statutory_referral")
    assert "referral" in flag.text().lower() and flag.isVisible()
    assert not flag.findChildren(QAbstractButton), "nothing closes the flag"
    level = find(wizard, "override.level")
    level.setCurrentIndex(level.findData("low"))
    find(wizard, "override.reason").setPlainText("Testing")
    find(wizard, "override.apply").click()
    assert body_names(wizard)[0] == "result.flag.statutory_referral"


def test_statutory_flag_shows_even_before_a_level(make_wizard, qtbot):
    wizard, _ = make_wizard()
    wizard.session.set_field("child", "date_of_birth", "2014-06-01")
    wizard.session.set_answer("sexual_activity", answer="yes")  # no note yet: no complete answers
    wizard.go("result")
    assert body_names(wizard)[0] == "result.flag.statutory_referral"


def test_age_gap_prompt_beside_people_table_jumps_to_the_indicator(make_wizard, qtbot):
    wizard, _ = make_wizard()
    wizard.session.set_field("child", "date_of_birth", "2012-01-01")
    wizard.go("group:people")
    qtbot.mouseClick(find(wizard, "people.add"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(find(wizard, "people.approx_age"), "19")
    wizard.refresh_status()
    prompt = find(wizard, "group:people.prompt")
    assert prompt.isVisible() and "older or controlling" in find(wizard, "group:people.prompt.text").text()
    qtbot.mouseClick(find(wizard, "group:people.prompt.go"), Qt.MouseButton.LeftButton)
    target = wizard.session.page_of_indicator("older_or_controlling_person")
    assert wizard.session.current_page().id == target
    assert wizard.focusWidget() is find(wizard, "older_or_controlling_person.answer")
    assert find(wizard, f"{target}.prompt").isVisible(), "and the prompt is on the section too"


def test_reflective_prompt_needs_a_sentence(make_wizard, qtbot):
    wizard, _ = make_wizard()
    wizard.go("reflective")
    edit = find(wizard, "reflective.area_background")
    qtbot.keyClicks(edit, "Yes")
    messages = [g.message for g in wizard.session.gaps("reflective")]
    assert messages and messages[0].startswith("Answer in a sentence")
    qtbot.keyClicks(edit, ", I would assess her the same anywhere.")
    assert wizard.session.gaps("reflective") == []
    assert wizard.session.to_input().details["reflective"]["area_background"].startswith("Yes, I would")


SAFE = re.compile(r"\bsafe\b", re.IGNORECASE)
ALLOWED = "does not mean the child is safe"


def result_text(wizard) -> str:
    page = wizard.current_page()
    return "\n".join(w.text() for w in page.findChildren(QLabel) if w.isVisibleTo(page))


@pytest.mark.parametrize(("born", "concern"), [("2010-01-01", None), ("2010-01-01", "missing_overnight"),
                                               ("2014-06-01", "sexual_activity"), ("2012-01-01", "out_late")])
def test_result_leads_with_meaning_and_reasons_and_never_says_safe(make_wizard, qtbot, born, concern):
    wizard, _ = make_wizard()
    base_case(wizard, born, concern)
    wizard.go("result")
    names = body_names(wizard)
    assert names.index("result.meaning") < names.index("result.score")
    assert names.index("result.actions") < names.index("result.score")
    text = result_text(wizard)
    if concern is None:
        assert find(wizard, "result.no_indicators").isVisible()
        assert ALLOWED in " ".join(find(wizard, "result.no_indicators").text().split())
    leftover = SAFE.findall(" ".join(text.split()).replace(ALLOWED, ""))
    assert leftover == [], "the word 'safe' is never an outcome"
