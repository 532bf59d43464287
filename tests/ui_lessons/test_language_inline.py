"""Lesson 1, victims not participants: the language check underlines as you type, in notes and
single-line fields, explains itself, offers a fix, follows the people table's adult context,
and what is kept is listed on the review page and counted at completion."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QWidget

from screening_app.ui.wizard.language import LanguageLineEdit, fixes, tooltip

pytestmark = pytest.mark.gui


def find(root, name: str):
    widget = root.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def wavy_ranges(edit) -> list[tuple[int, int]]:
    block = edit.document().begin()
    return [(r.start, r.start + r.length) for r in block.layout().formats()
            if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline]


def red_pixels(widget) -> int:
    image = widget.grab().toImage()
    return sum(1 for x in range(image.width()) for y in range(image.height())
               if (c := image.pixelColor(x, y)).red() > 140 and c.green() < 100 and c.blue() < 100)


def open_note(qtbot, wizard, indicator="out_late"):
    wizard.go("section:missing")
    qtbot.mouseClick(find(wizard, f"{indicator}.yes"), Qt.MouseButton.LeftButton)
    return find(wizard, f"{indicator}.note")


def test_note_underlines_flagged_phrase_as_typed_and_replace_applies(make_wizard, qtbot):
    wizard, _ = make_wizard()
    note = open_note(qtbot, wizard)
    qtbot.keyClicks(note, "She keeps putting herself at risk")
    assert wavy_ranges(note) == [(10, 33)]
    ((_offset, flag),) = note.flags()
    assert "being put at risk by others" in tooltip(flag) and flag.reason in tooltip(flag)
    cursor = note.textCursor()
    cursor.setPosition(15)
    menu = note.flag_menu(cursor)
    replace = next(a for a in menu.actions() if a.text().startswith("Replace with"))
    replace.trigger()
    assert note.toPlainText() == "She keeps being put at risk by others"
    assert wizard.session.answer("out_late")["note"] == "She keeps being put at risk by others"
    assert wavy_ranges(note) == []


def test_guidance_is_never_pasted_remove_or_keep(make_wizard, qtbot):
    wizard, _ = make_wizard()
    note = open_note(qtbot, wizard)
    qtbot.keyClicks(note, "She consented to going")
    cursor = note.textCursor()
    cursor.setPosition(6)
    texts = [a.text() for a in note.flag_menu(cursor).actions()]
    assert not any(t.startswith("Replace") for t in texts)
    assert any(t.startswith("Instead: a child cannot consent") for t in texts)
    assert any(t.startswith("Keep my wording") for t in texts)
    remove = next(a for a in note.flag_menu(cursor).actions() if a.text().startswith("Remove the phrase"))
    remove.trigger()
    assert note.toPlainText() == "She to going"


def test_single_line_field_underlines_and_adult_context_flips_boyfriend(make_wizard, qtbot):
    wizard, _ = make_wizard()
    wizard.go("group:people")
    qtbot.mouseClick(find(wizard, "people.add"), Qt.MouseButton.LeftButton)
    relationship = find(wizard, "people.relationship")
    assert isinstance(relationship, LanguageLineEdit)
    qtbot.keyClicks(relationship, "her boyfriend")
    assert relationship.flags() == []  # no adult recorded yet: a boyfriend may be a child's peer
    baseline = red_pixels(relationship)
    qtbot.keyClicks(find(wizard, "people.approx_age"), "24")
    assert [f.phrase for f in relationship.flags()] == ["boyfriend"]
    assert red_pixels(relationship) > baseline + 5, "the wavy underline is painted"
    menu = relationship.flag_menu(8)
    next(a for a in menu.actions() if a.text() == "Replace with “the adult”").trigger()
    assert relationship.text() == "the adult"
    assert wizard.session.state["details"]["people"][0]["relationship"] == "the adult"


def test_single_line_fields_in_form_groups_are_checked(make_wizard, qtbot, pack):
    wizard, _ = make_wizard("cse-risk-assessment")
    wizard.go("group:people")
    qtbot.mouseClick(find(wizard, "people.add"), Qt.MouseButton.LeftButton)
    relationship = find(wizard, "people.relationship")
    qtbot.keyClicks(relationship, "streetwise friend")
    assert [f.phrase for f in relationship.flags()] == ["streetwise"]


def test_notes_recheck_when_an_adult_is_added(make_wizard, qtbot):
    wizard, _ = make_wizard()
    note = open_note(qtbot, wizard)
    qtbot.keyClicks(note, "Seen with her boyfriend")
    assert wavy_ranges(note) == []
    wizard.session.add_row("people", {"approx_age": 31})
    wizard._rows_changed()
    assert wavy_ranges(note) == [(14, 23)]


def test_fixes_read_naturally():
    from screening_app.domain.language import LanguageFlag

    flag = LanguageFlag("boyfriend", 4, 13, "the adult, or the person of concern", "why")
    assert [f.text for f in fixes(flag, "her boyfriend")] == ["the adult", "the person of concern"]
    assert fixes(flag, "her boyfriend")[0].start == 0
    guidance = LanguageFlag("promiscuous", 4, 15, "describe what the adults did", "why")
    assert [f.text for f in fixes(guidance, "Was promiscuous now")] == [""]
    assert fixes(guidance, "Was promiscuous now")[0].end == 16  # no double space left


def _ready_to_review(qtbot, wizard):
    session = wizard.session
    session.set_field("child", "first_name", "Ana")
    session.set_field("child", "last_name", "Nowak")
    session.set_field("child", "date_of_birth", "2010-01-01")
    for indicator in session.form.indicators():
        session.set_answer(indicator.id, answer="no")
    session.set_answer("missing_overnight", answer="yes", when="current", note="He says she is streetwise.")
    session.set_field("child_voice", "child_words", "She said she is scared.")
    session.set_field("consent", "parents_told", "yes")
    session.set_field("referrer", "name", "J Smith")
    session.set_reflective("area_background", "Yes, the same wherever she lived.")


def test_review_lists_kept_flags_as_links_and_completion_counts_them(make_wizard, qtbot):
    wizard, _ = make_wizard()
    _ready_to_review(qtbot, wizard)
    wizard.go("review")
    flags = find(wizard, "review.language.list")
    assert flags.isVisible() and flags.count() == 1
    assert "“streetwise”" in flags.item(0).text() and "at risk" in flags.item(0).text()
    assert "Wording to check (1)" in find(wizard, "review.language").text()
    flags.itemActivated.emit(flags.item(0))
    assert wizard.session.current_page().id == "section:missing"
    assert wizard.focusWidget() is find(wizard, "missing_overnight.note")
    wizard.go("result")
    complete = find(wizard, "result.complete")
    assert complete.isEnabled(), "a flag never blocks completion"
    with qtbot.waitSignal(wizard.completeRequested) as done:
        qtbot.mouseClick(complete, Qt.MouseButton.LeftButton)
    assert done.args[0]["language_flags_kept"] == 1
    assert wizard.session.to_input().details["language_flags_kept"] == 1
