"""The links between children, the picture of a pattern, the escalation dialog, the comparison and
the review prompt in Welsh (issue 17): the panels on home and the child's record, and an open
comparison, change words while on screen, rows and all, and back again; the dialogs opened in Welsh
are in Welsh, with their own Alt letters; what they store is as in English. Real window, real
vault: the invented cases of tests/data/contexts and the seeded records."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from screening_app.ui import i18n
from tests.ui_shell.test_patterns import _eve, _rows, linked  # noqa: F401  (the invented cases' vault)

PATTERNS_CY = "Patrymau: plant sy'n gysylltiedig drwy berson, lle, cerbyd neu ffôn"


def _letters(root: QWidget, window) -> list[str]:
    """Every Alt letter the practitioner can press on ``root``'s screen: its buttons, group boxes
    and buddied labels, and the menu bar's own menus."""
    texts = [b.text() for b in root.findChildren(QAbstractButton) if b.isVisibleTo(window)]
    texts += [g.title() for g in root.findChildren(QGroupBox) if g.isVisibleTo(window)]
    texts += [lab.text() for lab in root.findChildren(QLabel) if lab.buddy() is not None and lab.isVisibleTo(window)]
    texts += [a.text() for a in window.menuBar().actions()] if window is not root else []
    return [t[t.index("&") + 1].lower() for t in texts if "&" in t.replace("&&", "")]


def test_patterns_on_home_and_links_on_the_record_change_words_on_screen(qtbot, make_window, linked, do_unlock,  # noqa: F811
                                                                         welsh_built):
    window = make_window(linked)
    do_unlock(window)
    panel = window.home.patterns
    qtbot.waitUntil(lambda: panel.isVisible(), timeout=5_000)
    assert panel.title() == "Patterns: children linked by a person, place, vehicle or phone"
    panel.list.setCurrentRow(0)
    window.choose_language("cy")  # while home is on screen
    qtbot.waitUntil(lambda: panel.title() == PATTERNS_CY)
    (row,) = _rows(panel)
    assert row.startswith("4 o blant: Amy Invented, Bea Invented, Cat Invented, Dee Invented\nyn rhannu: ")
    assert panel.picture_button.text() == "Gweld &darlun y patrwm hwn"
    assert panel.list.accessibleName().startswith("Patrymau, y diweddaraf yn gyntaf")
    assert panel.list.currentRow() == 0  # the row chosen stays chosen

    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)  # the pattern's first child: Amy
    record = window.child_record
    links = record.links
    qtbot.waitUntil(lambda: record.heading.text() == "Amy Invented", timeout=5_000)
    assert links.title() == "Yn gysylltiedig ag 1 plentyn arall (yn y cofnodion hyn)"
    assert _rows(links) == ["Bea Invented: yn rhannu cerbyd AB12 CDE"]  # what is shared, in Welsh too
    window.choose_language("en")  # on the child's record
    qtbot.waitUntil(lambda: links.title() == "Linked to 1 other child (in this vault)")
    assert _rows(links) == ["Bea Invented: shares vehicle AB12 CDE"]
    assert panel.title() == "Patterns: children linked by a person, place, vehicle or phone"  # home, hidden, too
    assert _rows(panel)[0].startswith("4 children: Amy Invented")
    window.lock()
    qtbot.waitUntil(lambda: window.current_screen == "unlock", timeout=5_000)
    window.choose_language("cy")  # locked: nothing to show, nothing asked of the vault
    qtbot.waitUntil(lambda: window.unlock_page.title.text() == "Datgloi'r cofnodion")
    assert links.list.count() == 0 and panel.list.count() == 0 and not panel.found


def test_names_alike_joined_and_undone_in_welsh_by_its_own_alt_letters(qtbot, make_window, linked, do_unlock,  # noqa: F811
                                                                       welsh_built):
    window = make_window(linked)
    do_unlock(window)
    window.open_child(_eve(window))
    record = window.child_record
    alike, links = record.alike, record.links
    window.choose_language("cy")
    qtbot.waitUntil(lambda: alike.join_button.text() == "Yr un person: un&o'r cofnodion")
    assert alike.title() == "Enwau tebyg yng nghofnodion plant eraill (heb eu cysylltu oni bai eich bod chi'n " \
                            "penderfynu)"
    assert alike.undo_button.text() == "Dadwneud y&r uno" and alike.undo_button.accessibleName() == "Dadwneud yr uno"
    assert _rows(alike) == ["Muhammad (cofnod y plentyn hwn) a'r enw Mohammed (cofnod Dee Invented): "
                            "they sound alike (Muhammad, Mohammed)"]  # why they are alike: the domain's words
    letters = _letters(record, window)
    # none of the letters the record's other panels have, in English or in Welsh: the same child's
    # (joi&n, &Separate; "&uno", "&Gwahanu") and the team's (&team, &Keep; "&tîm", "gw&erth")
    assert "o" in letters and "r" in letters and not set("nsugtke") & set(letters), letters
    assert len(letters) == len(set(letters)), letters
    alike.list.setFocus()
    qtbot.keyClick(alike.list, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # "un&o": join
    qtbot.waitUntil(lambda: links.isVisible(), timeout=3_000)
    assert _rows(alike) == ["Wedi'u huno gennych: mae Muhammad yn cyfrif fel Mohammed"]
    assert alike.status.text().startswith("Wedi'u huno: mae'r ddau blentyn bellach yn gysylltiedig")
    assert links.title() == "Yn gysylltiedig ag 1 plentyn arall (yn y cofnodion hyn)"
    window.choose_language("en")  # what was said follows the language too
    qtbot.waitUntil(lambda: alike.status.text().startswith("Joined: both children are now linked"))
    assert _rows(alike) == ["Joined by you: Muhammad counts as Mohammed"] and alike.undo_button.isEnabled()
    window.choose_language("cy")
    qtbot.waitUntil(lambda: alike.undo_button.text() == "Dadwneud y&r uno")
    alike.list.setFocus()
    qtbot.keyClick(alike.list, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # "Dadwneud y&r uno": undo
    qtbot.waitUntil(lambda: not links.isVisible(), timeout=3_000)
    assert alike.status.text() == "Dadwnaed yr uno: mae'r ddau gofnod ar wahân eto."
    actions = [e.action for e in window.session.records.casework.audit_entries(20)]
    assert "context.merged" in actions


def test_the_picture_of_a_pattern_in_welsh(qtbot, make_window, linked, do_unlock, welsh_built):  # noqa: F811
    window = make_window(linked)
    do_unlock(window)
    window.choose_language("cy")
    panel = window.home.patterns
    qtbot.waitUntil(lambda: panel.isVisible() and panel.title() == PATTERNS_CY, timeout=5_000)
    panel.list.setFocus()
    panel.list.setCurrentRow(0)
    qtbot.keyClick(panel.list, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # "Gweld &darlun y patrwm hwn"
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible(), timeout=3_000)
    dialog = panel.dialog
    assert dialog.windowTitle() == "Darlun o batrwm"
    assert dialog.open_button.text() == "&Agor cofnod y plentyn hwn"
    assert dialog.findChild(QAbstractButton, "picture.close").text() == "Cau"
    texts = [lab.text() for lab in dialog.findChildren(QLabel)]
    assert any(t.startswith("4 o blant yn gysylltiedig drwy ") for t in texts), texts
    assert any(t.startswith("Y cofnodion hyn yn unig.") for t in texts), texts
    assert dialog.list.accessibleName().startswith("Pwy sy'n gysylltiedig drwy beth")
    dialog.list.setCurrentRow(1)
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)  # still opens the child
    qtbot.waitUntil(lambda: window.current_screen == "child", timeout=5_000)


def test_the_people_page_lookup_says_its_sentences_in_welsh(qtbot, make_window, linked, do_unlock,  # noqa: F811
                                                            welsh_built):
    from screening_app.ui.contexts.lookup import VaultPeopleLookup

    window = make_window(linked)
    do_unlock(window)
    lookup = VaultPeopleLookup(window.session, _eve(window))
    english = [o.text for o in lookup.offers("Daniel")]
    assert english[0].startswith("Dan (about 24, male, car AB12 CDE): ")
    i18n.use("cy")
    offers = lookup.offers("Daniel")
    assert offers[0].text == ("Dan (tua 24 oed, gwryw, car AB12 CDE): one may be a short form of the other "
                              "(Daniel, Dan); plant sy'n gysylltiedig: Amy Invented")
    chosen = lookup.chosen(offers[0].uuid)
    assert chosen is not None
    assert chosen.text == ("Wedi'i gysylltu â'r cofnod sydd eisoes yma, “Dan”. Plant eraill sy'n gysylltiedig: "
                           "Amy Invented.")
    count, said = lookup.seen({"vehicle_phone": "calls on 07700 900123"})
    assert count.endswith("o blant eraill") or count == "1 plentyn arall"
    assert said.startswith("Mae ") and "hefyd yn gysylltiedig â'r ffôn hwn: " in said, said
    i18n.use("en")
    count, said = lookup.seen({"vehicle_phone": "calls on 07700 900123"})
    assert said.startswith("This phone is also linked to "), said


def test_the_escalation_dialog_in_welsh_stores_as_in_english(qtbot, make_window, seeded, do_unlock, welsh_built):
    from PySide6.QtCore import QDate

    from screening_app.ui.escalation import EscalationDialog

    window = make_window(seeded)
    do_unlock(window)
    child = window.session.records.list(limit=1).items[0].child_id
    english = EscalationDialog(window.session, child)
    qtbot.addWidget(english)
    assert english.windowTitle() == "Record a professional disagreement"
    assert english.findChild(QAbstractButton, "escalation.stage1").text() == "Stage 1: practitioner to practitioner"
    assert english.save_button.text() == "Save" and english.save_button.accessibleName() == "Save the escalation"
    window.choose_language("cy")
    dialog = EscalationDialog(window.session, child)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Cofnodi anghytundeb proffesiynol"
    assert dialog.findChild(QAbstractButton, "escalation.stage1").text() == "Cam 1: ymarferydd i ymarferydd"
    assert dialog.findChild(QAbstractButton, "escalation.open").text() == "Agored: heb ei ddatrys eto"
    assert dialog.findChild(QAbstractButton, "escalation.has_decision").text() == "Penderfynwyd ar"
    assert dialog.save_button.text() == "Cadw"
    assert dialog.findChild(QAbstractButton, "escalation.cancel").text() == "Canslo"
    assert dialog.agency.placeholderText().startswith("Er enghraifft: ")
    labels = [lab.text() for lab in dialog.findChildren(QLabel)]
    assert "Asiantaeth (gofynnol)" in labels and "Cam (gofynnol)" in labels and "Dyddiadau" in labels
    assert any(t.startswith("Siaradwch â'r ymarferydd") for t in labels)
    qtbot.keyClicks(dialog.agency, "Heddlu")
    dialog.findChild(QAbstractButton, "escalation.stage2").setChecked(True)
    today = window.session.today()
    dialog.raised_on.setDate(QDate(today.year, today.month, today.day).addDays(-3))
    dialog.save_button.click()
    (stored,) = window.session.escalations_for_child(child)
    assert (stored.details.agency, stored.details.stage, stored.details.status) == ("Heddlu", 2, "open")
    edit = EscalationDialog(window.session, None, existing=stored)
    qtbot.addWidget(edit)
    assert edit.windowTitle() == "Golygu anghytundeb proffesiynol"


def test_a_summary_not_saved_is_said_in_welsh(qtbot, make_window, seeded, do_unlock, welsh_built,
                                              monkeypatch, tmp_path):
    from screening_app.ui import escalation

    window = make_window(seeded)
    do_unlock(window)
    window.choose_language("cy")
    asked, said = [], []
    monkeypatch.setattr(escalation.QFileDialog, "getSaveFileName",
                        lambda *args: asked.append(args) or (str(tmp_path / "nowhere" / "x.pdf"), ""))
    monkeypatch.setattr(escalation.QMessageBox, "warning", lambda *args: said.append(args))

    def refuse(*_args):
        raise OSError("disk full")

    monkeypatch.setattr(window.session, "save_escalation_summary", refuse)
    assert escalation.print_summary(window, window.session, 1) is None
    assert asked[0][1:] == ("Cadw crynodeb yr uwchgyfeiriad", "crynodeb-uwchgyfeirio.pdf", "Ffeiliau PDF (*.pdf)")
    assert said[0][1:] == ("Heb ei gadw", "Ni chadwyd crynodeb yr uwchgyfeiriad: nid oedd modd ysgrifennu'r ffeil. "
                                          "Rhowch gynnig ar ffolder arall.")


def test_an_open_comparison_changes_words_on_screen(qtbot, make_window, seeded, do_unlock, welsh_built):
    from tests.ui_referral.helpers import completed_child

    window = make_window(seeded)
    do_unlock(window)
    window.open_child(completed_child(window, 2))
    record = window.child_record
    record.compare_button.click()
    dialog = record.compare_dialog
    assert dialog.windowTitle() == "What changed" and "Earlier" in dialog.header.text()
    english_item = dialog.first.itemText(0)
    window.choose_language("cy")  # Settings while the comparison is open beside it
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Beth sydd wedi newid")
    assert "Cynharach" in dialog.header.text() and "Diweddarach" in dialog.header.text()
    assert "Lefel derfynol" in dialog.header.text() and "Final level" not in dialog.header.text()
    assert dialog.accessibleName() == "Beth sydd wedi newid rhwng dau asesiad"
    assert dialog.first.accessibleName() == "Yr asesiad cyntaf i'w gymharu"
    assert dialog.first.itemText(0) != english_item  # its date and type in Welsh
    assert dialog.findChild(QAbstractButton, "compare.close").text() == "Cau"
    assert dialog.actions.source is not None and dialog.actions.source.title.startswith("Beth sydd wedi newid, ")
    assert dialog.actions.save_button.isEnabled()
    # what changed is said again from the records: the movement and the counts in Welsh too
    assert "Arhosodd y lefel" in dialog.header.text() or "lefel o" in dialog.header.text(), dialog.header.text()
    assert "The level" not in dialog.header.text()
    window.choose_language("en")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "What changed")
    assert "Earlier" in dialog.header.text() and dialog.first.itemText(0) == english_item
    assert "The level" in dialog.header.text()
    assert dialog.actions.source.file_name.endswith(" what changed.pdf")


def test_the_comparison_says_it_cannot_compare_in_the_new_words(qtbot, make_window, seeded, do_unlock,
                                                                 welsh_built):
    from tests.ui_referral.helpers import completed_child

    window = make_window(seeded)
    do_unlock(window)
    window.open_child(completed_child(window, 2))
    record = window.child_record
    record.compare_button.click()
    dialog = record.compare_dialog
    dialog.second.setCurrentIndex(dialog.first.currentIndex())  # the same one twice
    assert dialog.error.text().startswith("Cannot compare")
    window.choose_language("cy")
    qtbot.waitUntil(lambda: dialog.error.text().startswith("Methu cymharu"))
    assert not dialog.actions.save_button.isEnabled()


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_review_prompt_in_either_language_starts_by_the_same_button(qtbot, language, welsh_built):
    from screening_app.ui.compare.review import ReviewPrompt

    i18n.use(language)
    prompt = ReviewPrompt(None, "CSE-2026-000001")
    qtbot.addWidget(prompt)
    start = prompt.findChild(QAbstractButton, "reviewPrompt.start")
    assert start is not None
    if language == "cy":
        assert prompt.windowTitle() == "Dechrau adolygiad" and start.text() == "Dechrau adolygiad"
        assert prompt.text.placeholderText().startswith("Er enghraifft: ar goll ddwywaith")
        assert prompt.problem() == "Dywedwch yn fyr beth sydd wedi newid; mae \"dim byd newydd\" yn ateb hefyd."
        labels = [lab.text() for lab in prompt.findChildren(QLabel)]
        assert "Beth sydd wedi newid ers yr asesiad diwethaf?" in labels
        assert any(t.startswith("Mae'r adolygiad yn dechrau o CSE-2026-000001: ") for t in labels)
    else:
        assert prompt.windowTitle() == "Start a review" and start.text() == "Start review"
