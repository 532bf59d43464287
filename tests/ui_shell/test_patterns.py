"""Patterns where the practitioner looks (SPEC 12): on home, the children joined by a shared car,
phone or place; on a child's record, the other children linked and how; Enter opens the child;
locking empties both. Real window, real vault, the invented cases of tests/data/contexts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from screening_app.services import vault_service as vs
from screening_app.services.records import RecordsService
from tests.ui_shell.conftest import FAST_KDF, PASSPHRASE

CASES = sorted((Path(__file__).parents[1] / "data" / "contexts").glob("*.json"))


@pytest.fixture
def linked(folder: Path, pack, clock) -> Path:
    vault, code = vs.create_vault(folder, PASSPHRASE, FAST_KDF)
    try:
        vs.confirm_recovery_code_saved(vault, code)
        records = RecordsService(vault, "tester", pack, clock=clock)
        for case in CASES:
            records.import_case(json.loads(case.read_text(encoding="utf-8")))
    finally:
        vault.close()
    return folder


def _rows(panel) -> list[str]:
    return [panel.list.item(i).text() for i in range(panel.list.count())]


def test_home_shows_the_pattern_and_the_childs_record_its_links(qtbot, make_window, linked, do_unlock):
    window = make_window(linked)
    do_unlock(window)
    panel = window.home.patterns
    qtbot.waitUntil(lambda: panel.isVisible(), timeout=5_000)
    (row,) = _rows(panel)
    assert row.startswith("4 children: Amy Invented, Bea Invented, Cat Invented, Dee Invented")
    assert "vehicle AB12 CDE" in row and "phone 07700 900123" in row and "Eve" not in row
    assert "Muhammad" not in row  # a name alone links nobody

    panel.list.setFocus()
    panel.list.setCurrentRow(0)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_screen == "child", timeout=5_000)
    links = window.child_record.links
    assert window.child_record.heading.text() == "Amy Invented"
    assert links.isVisible() and links.title() == "Linked to 1 other child (in this vault)"
    assert _rows(links) == ["Bea Invented: shares vehicle AB12 CDE"]

    links.list.setFocus()
    links.list.setCurrentRow(0)
    qtbot.keyClick(links.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.child_record.heading.text() == "Bea Invented", timeout=5_000)
    assert links.title() == "Linked to 2 other children (in this vault)"
    # each identifier as this child's record writes it
    assert _rows(links) == ["Amy Invented: shares vehicle ab12-cde", "Cat Invented: shares phone 07700 900123"]

    window.lock()
    qtbot.waitUntil(lambda: window.current_screen == "unlock", timeout=5_000)
    assert links.list.count() == 0 and panel.list.count() == 0


def test_a_child_with_no_links_shows_no_panel(qtbot, make_window, seeded, do_unlock):
    window = make_window(seeded)
    do_unlock(window)
    child_id = window.session.records.list(limit=1).items[0].child_id
    window.open_child(child_id)
    assert not window.child_record.links.isVisible() and not window.home.patterns.isVisible()


def _eve(window) -> int:
    records = window.session.records
    return next(a.child_id for a in records.list(limit=10).items
                if records.get_child(a.child_id).details.first_name == "Eve")


def test_the_people_page_offers_the_vaults_record_and_says_who_else_a_car_is_linked_to(
        qtbot, make_window, linked, do_unlock):
    from PySide6.QtWidgets import QWidget

    window = make_window(linked)
    do_unlock(window)
    eve = _eve(window)
    window.start_assessment("cse-screening", eve)
    wizard = window.assessment.wizard
    wizard.go("group:people")

    def find(name):
        widget = wizard.findChild(QWidget, name)
        assert widget is not None, name
        return widget

    qtbot.mouseClick(find("people.add"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(find("people.name"), "Daniel")
    offers = find("people.offers")
    qtbot.waitUntil(lambda: offers.isVisible() and offers.count() >= 1, timeout=3_000)
    texts = [offers.item(i).text() for i in range(offers.count())]
    assert texts[0] == ("Dan (about 24, male, car AB12 CDE): one may be a short form of the other (Daniel, Dan);"
                        " linked to Amy Invented"), texts
    assert any(t.startswith("Danny (about 25, car ab12-cde, phone 07700 900123): ") for t in texts), texts
    qtbot.keyClick(find("people.name"), Qt.Key.Key_Tab)  # the offers are the next Tab stop
    assert offers.hasFocus()
    qtbot.keyClick(offers, Qt.Key.Key_Return)  # the first offer: Dan, Amy's adult of concern
    row = wizard.session.state["details"]["people"][0]
    assert row["context"] and row["approx_age"] == 24 and row["name"] == "Daniel"
    chosen = find("people.chosen")
    assert chosen.isVisible() and chosen.text() == "Linked to this vault's record “Dan”, also linked to Amy Invented."
    assert find("people.unlink").hasFocus() and not offers.isVisible()
    seen = find("people.seen")
    assert seen.text() == "This person is also linked to 1 other child: Amy Invented (Dan)."

    qtbot.keyClicks(find("people.vehicle_phone"), "silver car XY19ZZZ, calls on 07700 900123")
    qtbot.waitUntil(lambda: "Cat Invented" in seen.text(), timeout=3_000)
    assert seen.text().startswith("What this entry says is also linked to 3 other children: ")
    assert "Bea Invented (07700 900123)" in seen.text() and "Eve" not in seen.text()
    table = find("people.table")
    assert table.model().headerData(4, Qt.Orientation.Horizontal) == "Also linked to"
    assert table.model().index(0, 4).data() == "3 other children"

    qtbot.mouseClick(find("people.unlink"), Qt.MouseButton.LeftButton)
    assert "context" not in wizard.session.state["details"]["people"][0]
    qtbot.waitUntil(lambda: offers.isVisible(), timeout=3_000)


def test_the_picture_of_a_pattern_with_its_list_by_keyboard(qtbot, make_window, linked, do_unlock):
    window = make_window(linked)
    do_unlock(window)
    panel = window.home.patterns
    qtbot.waitUntil(lambda: panel.isVisible(), timeout=5_000)
    panel.list.setFocus()
    panel.list.setCurrentRow(0)
    qtbot.keyClick(panel.list, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # "See the picture"
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible(), timeout=3_000)
    dialog = panel.dialog
    rows = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert rows[0] == "Amy Invented (child): linked through vehicle AB12 CDE"
    assert "vehicle AB12 CDE: shared by Amy Invented, Bea Invented" in rows
    assert len(rows) == 4 + 3 and not any("Eve" in r for r in rows)
    qtbot.waitUntil(dialog.list.hasFocus, timeout=3_000)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    assert dialog.chosen_child() is not None and dialog.open_button.isEnabled()
    bea = dialog.chosen_child()
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Up)  # the picture moves as the list does
    qtbot.keyClick(dialog.view, Qt.Key.Key_Down)
    assert dialog.chosen_child() == bea
    dialog.list.setCurrentRow(len(rows) - 1)  # an item, not a child: nothing to open
    assert not dialog.open_button.isEnabled()
    dialog.list.setCurrentRow(1)
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_screen == "child", timeout=5_000)
    assert window.child_record.heading.text() == "Bea Invented"
    qtbot.waitUntil(lambda: panel.dialog is None, timeout=3_000)


def test_names_alike_on_a_childs_record_joined_and_undone_by_keyboard(qtbot, make_window, linked, do_unlock):
    window = make_window(linked)
    do_unlock(window)
    window.open_child(_eve(window))
    record = window.child_record
    alike, links = record.alike, record.links
    assert alike.isVisible() and not links.isVisible()  # Eve is in no pattern; a name alone links nobody
    assert _rows(alike) == ["Muhammad (this child's record) and Mohammed (Dee Invented's record): "
                            "they sound alike (Muhammad, Mohammed)"]
    alike.list.setFocus()
    qtbot.keyClick(alike.list, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)  # a mnemonic clicks 100 ms later
    qtbot.waitUntil(lambda: links.isVisible(), timeout=3_000)
    assert _rows(links) == ["Dee Invented: shares person of concern Mohammed"]
    assert _rows(alike) == ["Joined by you: Muhammad counts as Mohammed"]
    assert alike.status.text().startswith("Joined: both children are now linked")
    assert alike.list.hasFocus() and alike.undo_button.isEnabled() and not alike.join_button.isEnabled()
    actions = [e.action for e in window.session.records.casework.audit_entries(20)]
    assert "context.merged" in actions
    qtbot.keyClick(alike.list, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not links.isVisible(), timeout=3_000)
    assert not links.isVisible() and _rows(alike)[0].startswith("Muhammad (this child's record) and Mohammed")
    window.lock()
    qtbot.waitUntil(lambda: window.current_screen == "unlock", timeout=5_000)
    assert alike.list.count() == 0


def test_a_full_assessments_place_says_which_children_it_is_linked_to(qtbot, make_window, linked, do_unlock):
    from PySide6.QtWidgets import QWidget

    window = make_window(linked)
    do_unlock(window)
    window.start_assessment("cse-risk-assessment", _eve(window))
    wizard = window.assessment.wizard
    wizard.go("group:places")
    qtbot.mouseClick(wizard.findChild(QWidget, "places.add"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(wizard.findChild(QWidget, "places.place"), "12 Mill Road, zz1 4qq")
    seen = wizard.findChild(QWidget, "places.seen")
    qtbot.waitUntil(lambda: seen.isVisible(), timeout=3_000)
    assert seen.text() == ("This address is also linked to 2 other children: Cat Invented (12 Mill Road, ZZ1 4QQ); "
                           "Dee Invented (12 Mill Road, ZZ1 4QQ).")
    assert wizard.findChild(QWidget, "places.offers").count() == 0  # places offer no name likenesses
