"""A pack that follows a level scheme, seen in the wizard (offscreen): the "Level so far" box, the
result, the override's choices and the locked floor speak the scheme's words, in its colours, and
a combined pack names the kinds of exploitation indicated as the answers come."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from screening_app.domain.loader import load_form_pack, scheme_words
from screening_app.domain.navigation import new_state
from screening_app.ui.shell import fmt
from screening_app.ui.shell.timeline import Point, TimelineWidget
from screening_app.ui.wizard import AssessmentWizard
from tests.conftest import WIZARD_DATE
from tests.domain.test_level_schemes import scheme_forms


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return scheme_forms(tmp_path_factory.mktemp("schemed") / "forms")


def _wizard(qtbot, form):
    wizard = AssessmentWizard(form, new_state(form, WIZARD_DATE), lambda _s: None)
    qtbot.addWidget(wizard)
    wizard.resize(1366, 768)
    wizard.show()
    return wizard


def _find(wizard, name):
    widget = wizard.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def _fits(label: QLabel) -> bool:
    return QFontMetrics(label.font()).horizontalAdvance(label.text()) <= label.width()


def test_the_wizard_speaks_the_schemes_words(qtbot, folder):
    form = load_form_pack(folder)["child-exploitation"]
    wizard = _wizard(qtbot, form)
    session = wizard.session
    session.set_field("child", "date_of_birth", "2014-03-01")  # 12: under 13
    session.set_answer("missing_overnight", answer="no")
    wizard.refresh_status()
    assert "Kinds: none yet." in _find(wizard, "preview.details").text()
    session.set_answer("county_lines", answer="yes", when="current", note="Found in another town by police.")
    wizard.refresh_status()
    level: QLabel = _find(wizard, "preview.level")
    assert level.text() == "Indicators of exploitation" and "#B25E00" in level.styleSheet()
    qtbot.waitUntil(lambda: _fits(level))  # the box is not cut off at 1366 x 768
    assert "Kinds: criminal." in _find(wizard, "preview.details").text()
    session.set_answer("sextortion", answer="yes", when="current", note="She showed me the messages.")
    wizard.refresh_status()
    assert level.text() == "Exploited"
    wizard.go("result")
    assert _find(wizard, "result.level").text() == "Exploited"
    assert "victim" in _find(wizard, "result.meaning").text()
    assert "sexual exploitation, criminal exploitation" in _find(wizard, "result.kinds").text()
    choices: QComboBox = _find(wizard, "override.level")
    assert [choices.itemText(i) for i in range(choices.count())] == [
        "Keep the computed level (Exploited)", "Vulnerable to exploitation", "Indicators of exploitation"]
    assert "Exploited" in _find(wizard, "override.locked").text()  # under 13, sexual: locked


def test_lists_and_the_timeline_name_each_forms_level_in_its_words(qtbot, folder):
    fmt.use_scheme_words(scheme_words(folder))
    try:
        assert fmt.level_word("high", "cse-screening") == "Exploited"
        assert fmt.level_word("high", "concern") == "High"  # a form without a scheme: the ranks' words
        assert fmt.level_colour("medium", "cse-screening") == "#B25E00"
        timeline = TimelineWidget()
        qtbot.addWidget(timeline)
        timeline.resize(700, 160)
        timeline.set_points([Point(WIZARD_DATE, "medium", "Screening", 1, "cse-screening")])
        timeline.show()
        bold = timeline.font()
        bold.setBold(True)
        assert timeline._left() >= QFontMetrics(bold).horizontalAdvance("Indicators of exploitation") + 26
        assert "Indicators of exploitation" in timeline.accessibleDescription()
    finally:
        fmt.use_scheme_words(None)


def test_harming_others_is_ticked_with_a_reason_and_the_level_stands(qtbot, folder):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QCheckBox, QPlainTextEdit

    form = load_form_pack(folder)["child-exploitation"]
    wizard = _wizard(qtbot, form)
    session = wizard.session
    session.set_field("child", "date_of_birth", "2011-03-01")
    session.set_answer("drug_running", answer="yes", when="current", note="Stopped at the station by police.")
    wizard.go("result")
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    before = _find(wizard, "result.level").text()
    box: QCheckBox = _find(wizard, "also.harming_others")
    reason: QPlainTextEdit = _find(wizard, "also.harming_others.reason")
    assert not reason.isVisible()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)  # keyboard only: Space ticks, the reason takes the focus
    assert box.isChecked() and reason.isVisible() and reason.hasFocus()
    assert session.also_recorded_gap() == "write the reason for recording Harming others"  # Complete waits
    qtbot.keyClicks(reason, "Invented: he sends a younger boy to carry for him.")
    assert session.state["also_recorded"] == {"harming_others": "Invented: he sends a younger boy to carry for him."}
    assert _find(wizard, "result.level").text() == before  # never instead of the level
    assert "Harming others" in _find(wizard, "result.also.0").text()
    assert session.also_recorded_gap() == ""
    assert session.to_input().also_recorded == {"harming_others": "Invented: he sends a younger boy to carry for him."}
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert "harming_others" not in session.state["also_recorded"]


def test_a_form_without_a_scheme_has_no_such_box(qtbot, pack):
    wizard = _wizard(qtbot, pack["child-exploitation"])
    wizard.go("result")
    assert wizard.findChild(QWidget, "also.harming_others") is None


def test_the_home_lists_level_column_has_room_for_the_schemes_longest_word(qtbot, folder):
    from screening_app.ui.shell.home import make_table
    from screening_app.ui.shell.models import AssessmentListModel

    fmt.use_scheme_words(scheme_words(folder))
    try:
        assert "Indicators of exploitation" in fmt.level_words()
        model = AssessmentListModel(("child", "level", "status"), today=lambda: WIZARD_DATE)
        table = make_table("test.list", "A list", model)
        qtbot.addWidget(table)
        needed = table.fontMetrics().horizontalAdvance("Indicators of exploitation")
        assert table.horizontalHeader().sectionSize(1) >= needed + 14
    finally:
        fmt.use_scheme_words(None)
