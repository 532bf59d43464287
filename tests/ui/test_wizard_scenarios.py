"""End to end (nearly): drive the wizard through every page with widgets found
by object name to reproduce scenario cases, then read the result page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from screening_app.domain.navigation import new_state

pytestmark = pytest.mark.gui
SCENARIOS = Path(__file__).resolve().parents[1] / "data" / "scenarios"


def find(wizard, name: str) -> QWidget:
    widget = wizard.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def answer_section(qtbot, wizard, answers: dict) -> None:
    page = wizard.current_page()
    for indicator_id in page.rows:
        given = answers.get(indicator_id)
        if given is None:
            qtbot.keyClick(find(wizard, f"{indicator_id}.answer"), Qt.Key.Key_3)  # No
            continue
        qtbot.mouseClick(find(wizard, f"{indicator_id}.{given['answer']}"), Qt.MouseButton.LeftButton)
        if given.get("when"):
            when: QComboBox = find(wizard, f"{indicator_id}.when")
            when.setCurrentIndex(when.findData(given["when"]))
        qtbot.keyClicks(find(wizard, f"{indicator_id}.note"), given["note"])


def fill(qtbot, widget: QWidget) -> None:
    """Fill a required field the way a practitioner would, by its kind of editor."""
    if isinstance(widget, QComboBox):
        widget.setCurrentIndex(1)
    elif isinstance(widget, QLineEdit) and widget.placeholderText() == "DD/MM/YYYY":
        qtbot.keyClicks(widget, "30/10/2026")
    elif isinstance(widget, QLineEdit | QPlainTextEdit):
        qtbot.keyClicks(widget, "Recorded by the practitioner.")


def fill_page_gaps(qtbot, wizard) -> None:
    page_id = wizard.session.current_page().id
    for gap in [g for g in wizard.session.gaps(page_id) if g.blocking]:
        fill(qtbot, find(wizard, gap.field_id))


def drive(qtbot, wizard, case: dict) -> list[str]:
    seen = []
    while True:
        page = wizard.session.current_page()
        seen.append(page.id)
        if page.id == "group:child":
            qtbot.keyClicks(find(wizard, "child.first_name"), "Maja")
            qtbot.keyClicks(find(wizard, "child.last_name"), "Kowalczyk")
            born = case["child"]["date_of_birth"].split("-")
            qtbot.keyClicks(find(wizard, "child.date_of_birth"), "/".join(reversed(born)))
        elif page.kind == "section":
            answer_section(qtbot, wizard, case["answers"])
        elif page.id == "group:people":
            for person in case.get("people", []):
                qtbot.mouseClick(find(wizard, "people.add"), Qt.MouseButton.LeftButton)
                qtbot.keyClicks(find(wizard, "people.approx_age"), str(person["approx_age"]))
                qtbot.keyClicks(find(wizard, "people.relationship"), person["relationship"])
        elif page.id == "group:child_voice":
            qtbot.keyClicks(find(wizard, "child_voice.child_words"), "She said: I just want it to stop.")
        else:
            fill_page_gaps(qtbot, wizard)
        if page.id == "result":
            return seen
        qtbot.mouseClick(find(wizard, "nav.next"), Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("scenario", ["v03-classic-pattern", "v02-under13-sexual"])
def test_scenario_through_every_page(make_wizard, qtbot, pack, scenario):
    case = json.loads((SCENARIOS / f"{scenario}.json").read_text())
    from datetime import date

    form = pack[case["form"]]
    wizard, _ = make_wizard(case["form"], new_state(form, date.fromisoformat(case["assessed_on"])))
    seen = drive(qtbot, wizard, case)
    assert seen == [p.id for p in wizard.session.visible_pages()]
    assert ("group:decision_record" in seen) is ("consider_referral_13_15" in case["expect"]["flags"])
    expect = case["expect"]
    assert find(wizard, "result.level").text() == expect["computed_level"].capitalize()
    reasons = find(wizard, "result.reasons").text()
    assert f"Score {expect['score']}" in find(wizard, "result.score").text()
    descriptions = {rule.id: rule.description for rule in form.scoring.floors}
    for floor in expect["floors"]:
        assert descriptions[floor] in reasons.replace("<br>", " ")
    for flag in expect["flags"]:
        assert find(wizard, f"result.flag.{flag}").isVisible()
    flag_rows = [w.objectName() for w in wizard.current_page().body.findChildren(QWidget)]
    first_flag = next(i for i, n in enumerate(flag_rows) if n.startswith("result.flag."))
    assert first_flag < flag_rows.index("result.level"), "statutory flags come first"
    assert flag_rows.index("result.meaning") < flag_rows.index("result.score"), "reasons lead; the number is last"
    for indicator_id in case["answers"]:
        assert wizard.session.form.indicator(indicator_id).label in find(wizard, "result.contributions").text()
    complete = find(wizard, "result.complete")
    assert complete.isEnabled()
    with qtbot.waitSignal(wizard.completeRequested) as done:
        qtbot.mouseClick(complete, Qt.MouseButton.LeftButton)
    assert wizard.session.result().computed_level.value == expect["computed_level"]
    assert done.args[0]["details"]["child"]["first_name"] == "Maja"
