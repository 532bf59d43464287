"""The Qt wizard, offscreen: answer controls, reveal of when and note, gaps and
review links, the override panel, prompts, names for assistive technology,
and the debounced autosave and resume."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)

from screening_app.ui.wizard.window import AUTOSAVE_MS

pytestmark = pytest.mark.gui


def find(wizard, name: str):
    widget = wizard.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def set_child(qtbot, wizard, born="01/09/2011"):
    qtbot.keyClicks(find(wizard, "child.first_name"), "Ana")
    qtbot.keyClicks(find(wizard, "child.last_name"), "Nowak")
    qtbot.keyClicks(find(wizard, "child.date_of_birth"), born)


def test_answer_buttons_reveal_when_and_note(make_wizard, qtbot):
    wizard, _ = make_wizard()
    wizard.go("section:missing")
    row = find(wizard, "out_late")
    note = wizard.findChild(QWidget, "out_late.note")
    assert note is None or not note.isVisibleTo(row)
    qtbot.mouseClick(find(wizard, "out_late.yes"), Qt.MouseButton.LeftButton)
    assert wizard.session.answer("out_late") == {"answer": "yes"}
    assert find(wizard, "out_late.note").isVisibleTo(row)
    assert find(wizard, "out_late.when").isVisibleTo(row)
    assert find(wizard, "out_late.note").placeholderText() == wizard.session.form.note_prompt
    qtbot.mouseClick(find(wizard, "out_late.no"), Qt.MouseButton.LeftButton)
    assert not find(wizard, "out_late.note").isVisibleTo(row)
    assert [b.isChecked() for b in find(wizard, "out_late.answer").group.buttons()] == [False, False, True, False]


def test_answer_control_keyboard_digits_and_arrows(make_wizard, qtbot):
    wizard, _ = make_wizard()
    wizard.go("section:missing")
    selector = find(wizard, "out_late.answer")
    assert selector.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.keyClick(selector, Qt.Key.Key_2)
    assert wizard.session.answer("out_late")["answer"] == "possible"
    qtbot.keyClick(selector, Qt.Key.Key_Right)
    assert wizard.session.answer("out_late")["answer"] == "no"
    qtbot.keyClick(selector, Qt.Key.Key_Left)
    qtbot.keyClick(selector, Qt.Key.Key_Left)
    assert wizard.session.answer("out_late")["answer"] == "yes"
    qtbot.keyClick(selector, Qt.Key.Key_4)
    assert wizard.session.answer("out_late")["answer"] == "not_known"


def test_when_and_note_are_stored_and_the_help_expands(make_wizard, qtbot):
    wizard, _ = make_wizard()
    wizard.go("section:missing")
    qtbot.keyClick(find(wizard, "out_late.answer"), Qt.Key.Key_1)
    when = find(wizard, "out_late.when")
    when.setCurrentIndex(when.findData("recent"))
    qtbot.keyClicks(find(wizard, "out_late.note"), "Told by the child.")
    assert wizard.session.answer("out_late") == {"answer": "yes", "when": "recent", "note": "Told by the child."}
    assert not find(wizard, "out_late.helpText").isVisibleTo(wizard)
    find(wizard, "out_late.help").click()
    assert find(wizard, "out_late.helpText").isVisibleTo(wizard)


def test_child_age_shown_in_words(make_wizard, qtbot):
    wizard, _ = make_wizard()
    set_child(qtbot, wizard, "01/09/2013")
    assert find(wizard, "child.age_words").text().startswith("13 years 2 months on the assessment date")


def test_required_fields_block_completion_and_review_links_jump_to_the_place(make_wizard, qtbot):
    wizard, _ = make_wizard()
    set_child(qtbot, wizard)
    wizard.go("section:missing")
    qtbot.keyClick(find(wizard, "out_late.answer"), Qt.Key.Key_1)
    wizard.go("result")
    assert not find(wizard, "result.complete").isEnabled()
    assert "missing" in find(wizard, "result.gaps").text()
    wizard.go("review")
    todo = find(wizard, "review.todo.list")
    todo.itemActivated.emit(todo.item_for("out_late.note"))
    assert wizard.session.current_page().id == "section:missing"
    assert wizard.focusWidget() is find(wizard, "out_late.note")


def test_not_known_is_listed_to_follow_up_not_blocking(make_wizard, qtbot):
    wizard, _ = make_wizard()
    wizard.go("section:online")
    qtbot.keyClick(find(wizard, "phone_secrecy.answer"), Qt.Key.Key_4)
    wizard.go("review")
    assert find(wizard, "review.followup").isVisible()
    assert find(wizard, "review.followup.list").item_for("phone_secrecy").text().startswith("Online: Not known")


def test_side_list_shows_status_in_words_and_jumps(make_wizard, qtbot):
    wizard, _ = make_wizard()
    wizard.go("section:missing")
    qtbot.keyClick(find(wizard, "out_late.answer"), Qt.Key.Key_1)
    wizard.refresh_status()
    side = find(wizard, "sectionList")
    texts = [side.item(i).text() for i in range(side.count())]
    assert "Missing and whereabouts\nIncomplete · concerns recorded" in texts
    assert "Harm now\nNot started" in texts
    side.itemClicked.emit(side.item(texts.index("Harm now\nNot started")))
    assert wizard.session.current_page().id == "section:harm_now"


def test_decision_record_page_appears_for_a_14_year_old_with_a_sexual_indicator(make_wizard, qtbot):
    wizard, _ = make_wizard()
    set_child(qtbot, wizard, "01/09/2012")
    wizard.go("section:harm_now")
    qtbot.keyClick(find(wizard, "sexual_activity.answer"), Qt.Key.Key_2)
    wizard.refresh_status()
    side = find(wizard, "sectionList")
    assert any(side.item(i).text().startswith("Decision about discussion") for i in range(side.count()))


def test_age_gap_prompt_beside_people_and_on_relationships(make_wizard, qtbot):
    wizard, _ = make_wizard()
    set_child(qtbot, wizard)
    wizard.go("group:people")
    qtbot.mouseClick(find(wizard, "people.add"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(find(wizard, "people.approx_age"), "24")
    wizard.refresh_status()
    assert find(wizard, "group:people.prompt").isVisible()
    wizard.go("section:relationships")
    prompt = find(wizard, "section:relationships.prompt.text")
    assert prompt.isVisible() and "older or controlling" in prompt.text() and "Suggested: answer" in prompt.text()
    qtbot.keyClick(find(wizard, "older_or_controlling_person.answer"), Qt.Key.Key_2)
    wizard.refresh_status()
    assert "Answered: “The child is close to an older or controlling person" in prompt.text()  # reads as done
    assert prompt.text().endswith(": Possible.") and "you decide" not in prompt.text()


def test_people_table_add_edit_remove(make_wizard, qtbot):
    wizard, _ = make_wizard()
    wizard.go("group:people")
    for name in ("Kaz", "Lee"):
        qtbot.mouseClick(find(wizard, "people.add"), Qt.MouseButton.LeftButton)
        qtbot.keyClicks(find(wizard, "people.name"), name)
    table = find(wizard, "people.table")
    assert table.model().rowCount() == 2
    assert table.model().index(1, 0).data() == "Lee"
    table.selectRow(0)
    assert find(wizard, "people.name").text() == "Kaz"
    qtbot.mouseClick(find(wizard, "people.remove"), Qt.MouseButton.LeftButton)
    assert [r["name"] for r in wizard.session.state["details"]["people"]] == ["Lee"]


def _medium_case(qtbot, wizard):
    """A 16-year-old with one significant indicator, current: computed Medium, nothing locked."""
    set_child(qtbot, wizard, "01/01/2010")
    session = wizard.session
    for indicator in session.form.indicators():
        session.set_answer(indicator.id, answer="no")
    session.set_answer("missing_overnight", answer="yes", when="current", note="Police report.")
    session.set_field("child_voice", "child_words", "She said she is scared.")
    session.set_field("consent", "parents_told", "yes")
    session.set_field("referrer", "name", "J Smith")
    session.set_reflective("area_background", "Yes, the same anywhere.")
    wizard.go("result")


def test_override_panel_applies_the_rules_and_shows_the_error(make_wizard, qtbot):
    wizard, _ = make_wizard()
    _medium_case(qtbot, wizard)
    assert find(wizard, "result.level").text() == "Medium"
    assert find(wizard, "result.complete").isEnabled()
    level = find(wizard, "override.level")
    level.setCurrentIndex(level.findData("high"))
    find(wizard, "override.apply").click()
    assert "reason" in find(wizard, "override.error").text().lower()
    qtbot.keyClicks(find(wizard, "override.reason"), "Escalating pattern this week.")
    find(wizard, "override.apply").click()
    assert find(wizard, "result.level").text() == "High"
    assert wizard.session.state["override"]["level"] == "high"
    level = find(wizard, "override.level")
    level.setCurrentIndex(level.findData("low"))
    find(wizard, "override.apply").click()
    assert "name of the dsl" in find(wizard, "override.error").text().lower()
    assert wizard.session.state["override"]["level"] == "high"
    qtbot.keyClicks(find(wizard, "override.name"), "R Patel")
    qtbot.keyClicks(find(wizard, "override.role"), "DSL")
    find(wizard, "override.apply").click()
    assert find(wizard, "result.level").text() == "Low"
    assert "Computed level Medium" in find(wizard, "result.override").text()


def test_locked_floor_is_explained_and_cannot_be_lowered(make_wizard, qtbot):
    wizard, _ = make_wizard()
    _medium_case(qtbot, wizard)
    wizard.session.set_field("child", "date_of_birth", "2014-03-10")
    wizard.go("result")
    assert "cannot be lowered below" in find(wizard, "override.locked").text()
    level = find(wizard, "override.level")
    level.setCurrentIndex(level.findData("low"))
    qtbot.keyClicks(find(wizard, "override.reason"), "x")
    qtbot.keyClicks(find(wizard, "override.name"), "R Patel")
    qtbot.keyClicks(find(wizard, "override.role"), "DSL")
    find(wizard, "override.apply").click()
    assert "cannot be lower than" in find(wizard, "override.error").text().lower()
    assert wizard.session.state["override"] is None


def test_no_indicators_text_on_a_low_result(make_wizard, qtbot):
    wizard, _ = make_wizard()
    set_child(qtbot, wizard)
    wizard.go("result")
    assert find(wizard, "result.no_indicators").text() == wizard.session.form.no_indicators_text


def test_complete_emits_the_state(make_wizard, qtbot):
    wizard, saved = make_wizard()
    _medium_case(qtbot, wizard)
    with qtbot.waitSignal(wizard.completeRequested) as blocker:
        find(wizard, "result.complete").click()
    assert blocker.args[0]["answers"]["missing_overnight"]["answer"] == "yes"
    assert saved, "the final state is saved before completion"


def test_autosave_is_debounced_and_not_on_the_typing_path(make_wizard, qtbot):
    wizard, saved = make_wizard()
    qtbot.wait(AUTOSAVE_MS + 200)
    saved.clear()
    wizard.go("section:missing")
    qtbot.wait(AUTOSAVE_MS + 200)
    saved.clear()
    qtbot.keyClick(find(wizard, "out_late.answer"), Qt.Key.Key_1)
    qtbot.keyClicks(find(wizard, "out_late.note"), "Seen by me at the station.")
    assert saved == []
    with qtbot.waitSignal(wizard.answersChanged, timeout=2000):
        pass
    assert len(saved) == 1
    assert saved[0]["answers"]["out_late"]["note"] == "Seen by me at the station."


def test_reopening_returns_to_the_same_page_and_field(make_wizard, qtbot, pack):
    wizard, saved = make_wizard()
    wizard.go("section:online")
    qtbot.mouseClick(find(wizard, "phone_secrecy.yes"), Qt.MouseButton.LeftButton)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    find(wizard, "phone_secrecy.note").setFocus()
    wizard.save_now()
    state = saved[-1]
    assert (state["page"], state["focus"]) == ("section:online", "phone_secrecy.note")
    reopened, _ = make_wizard(state=state)
    assert reopened.session.current_page().id == "section:online"
    assert reopened.focusWidget() is find(reopened, "phone_secrecy.note")


INTERACTIVE = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractItemView)


@pytest.mark.parametrize("form_id", ["cse-screening", "cse-risk-assessment", "child-exploitation"])
def test_every_interactive_widget_has_object_and_accessible_names(make_wizard, qtbot, form_id):
    wizard, _ = make_wizard(form_id)
    wizard.session.set_field("child", "date_of_birth", "2012-01-01")
    wizard.session.set_answer("sexual_activity", answer="yes")
    for page in wizard.session.visible_pages():
        wizard.go(page.id)
    missing = [
        f"{type(w).__name__}:{w.objectName() or (w.text() if hasattr(w, 'text') else '')}"
        for w in wizard.findChildren(QWidget)
        if isinstance(w, INTERACTIVE) and not _inside_qt_internal(w) and not (w.objectName() and w.accessibleName())
    ]
    assert missing == []


def _inside_qt_internal(widget: QWidget) -> bool:
    """Scroll bars, header buttons and combo popups belong to Qt, not to us."""
    parent = widget.parentWidget()
    while parent is not None:
        if type(parent).__name__ in ("QComboBoxPrivateContainer", "QScrollBar") or isinstance(
            parent, QAbstractItemView | QComboBox
        ):
            return True
        parent = parent.parentWidget()
    return widget.objectName().startswith("qt_") or type(widget).__name__ == "QTableCornerButton"


def test_level_preview_in_words_and_why(make_wizard, qtbot):
    wizard, _ = make_wizard()
    assert find(wizard, "preview.level").text() == "Not yet"
    set_child(qtbot, wizard)
    wizard.go("section:missing")
    qtbot.keyClick(find(wizard, "missing_overnight.answer"), Qt.Key.Key_1)
    find(wizard, "missing_overnight.when").setCurrentIndex(1)
    qtbot.keyClicks(find(wizard, "missing_overnight.note"), "Police report.")
    wizard.refresh_status()
    assert find(wizard, "preview.level").text() == "Medium"
    find(wizard, "preview.why").click()
    reasons: QLabel = find(wizard, "preview.reasons")
    assert reasons.isVisible() and "At least Medium: A significant indicator is current." in reasons.text()


def test_review_groups_a_sections_unanswered_questions(make_wizard):
    wizard, _ = make_wizard()
    wizard.go("review")
    todo = wizard.findChild(QListWidget, "review.todo.list")
    texts = [todo.item(i).text() for i in range(todo.count())]
    assert any(t.startswith("Harm now: 5 questions not answered yet") for t in texts)
    unanswered = [g for g in wizard.session.gaps() if g.message.startswith("Not answered yet")]
    assert todo.count() < len(unanswered)
    second = next(g for g in unanswered if g.page_id == "section:harm_now" and g.field_id != unanswered[0].field_id)
    assert todo.item_for(second.field_id) is not None


@pytest.mark.parametrize("form_id", ["cse-screening", "cse-risk-assessment", "child-exploitation"])
def test_every_page_fits_a_small_laptop_at_150_percent(make_wizard, qtbot, form_id):
    """1366 x 768 at 150% scaling leaves 910 x 512 logical pixels: pages scroll down, never sideways."""
    from PySide6.QtWidgets import QApplication, QScrollArea

    wizard, _ = make_wizard(form_id)
    wizard.resize(910, 512)
    for page in wizard.session.visible_pages():
        wizard.go(page.id)
        QApplication.processEvents()
        for area in wizard.findChildren(QScrollArea):
            if area.isVisible():
                assert area.horizontalScrollBar().maximum() == 0, (page.id, area.objectName())


def test_what_a_lead_reads_at_a_glance_says_one_thing_each(make_wizard, qtbot):
    """Issue 12 at 1366x768: strengths are not 'concerns'; one counter (sections at the top, where Next
    goes at the bottom); the level box in two sentences of a fixed shape; What to do now under the level."""
    wizard, _ = make_wizard()
    set_child(qtbot, wizard, "01/09/2011")
    assert find(wizard, "preview.level").text() == "Not yet"  # nothing answered: no "Low"
    wizard.go("section:strengths")
    qtbot.keyClick(find(wizard, "trusted_adult.answer"), Qt.Key.Key_1)
    wizard.go("section:missing")
    qtbot.keyClick(find(wizard, "missing_overnight.answer"), Qt.Key.Key_1)
    wizard.session.set_answer("missing_overnight", when="current", note="Seen by me.")
    wizard.refresh_status()
    side = find(wizard, "sectionList")
    texts = [side.item(i).text() for i in range(side.count())]
    assert any(t.startswith("Strengths") and t.endswith("strengths recorded") for t in texts), texts
    assert not any(t.startswith("Strengths") and "concerns" in t for t in texts)
    assert find(wizard, "page.position").text() == "Next: Relationships and contacts"
    assert find(wizard, "preview.details").text() == (
        "1 answer counts (score 5). A rule sets at least Medium. Complete answers only.")
    wizard.go("result")
    body = [w.objectName() for w in find(wizard, "result.level").parent().findChildren(QWidget)
            if w.objectName().startswith("result.")]
    assert body.index("result.actions") < body.index("result.contributions")


def test_the_language_suggestion_is_reachable_by_keyboard(make_wizard, qtbot):
    wizard, _ = make_wizard()
    wizard.go("section:missing")
    qtbot.keyClick(find(wizard, "out_late.answer"), Qt.Key.Key_1)
    note = find(wizard, "out_late.note")
    note.setFocus()
    qtbot.keyClicks(note, "Staff say she is putting herself at risk most weekends.")
    shown = []
    note.show_menu = lambda menu, _where: shown.append([a.text() for a in menu.actions()])
    qtbot.keyClick(note, Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)
    assert note.textCursor().position() == note.toPlainText().index("putting herself")
    (actions,) = shown
    assert any(a.startswith("Replace with") and "put at risk" in a for a in actions), actions
    assert "Ctrl+full stop" in note.accessibleDescription()
