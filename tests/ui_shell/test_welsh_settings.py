"""Settings and the chronology screens ready for Welsh (issue 17): every word they show goes through
the translation (contexts "Settings" and "Chronology") and is set again when the interface's
language changes, while they are on screen; in English they say exactly what they said before.

The Welsh itself is asserted once lupdate has put these strings into the committed .ts: here the
switch is made with the .qm built from it, and the words must come back as they were."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QGroupBox, QLabel, QPushButton, QRadioButton, QWidget

from screening_app.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "cse_screening_cy.ts"
BIN = Path(sys.executable).parent

SETTINGS_TABS = ["Your details", "Security", "Backup and checks", "Transfers", "Team", "Retention", "About"]


def _mnemonics(texts: list[str]) -> list[str]:
    return [t[t.index("&") + 1].lower() for t in texts if "&" in t]


def _own_texts(root: QWidget) -> list[str]:
    """What a screen shows on its buttons and labels (where an & letter would be)."""
    return [w.text() for w in root.findChildren(QAbstractButton)] + [w.text() for w in root.findChildren(QLabel)]


def _tab_texts(page, index: int) -> list[str]:
    tab = page.tabs.widget(index)
    frame = [w for w in page.findChildren(QAbstractButton) + page.findChildren(QLabel)
             if not page.tabs.isAncestorOf(w)]
    return [w.text() for w in frame] + _own_texts(tab) + [page.tabs.tabText(i) for i in range(page.tabs.count())]


def _switch(qtbot, window, language: str, done) -> None:
    window.choose_language(language)
    assert i18n.current() == language
    qtbot.waitUntil(done, timeout=5_000)  # Qt posts the LanguageChange


def _counting(monkeypatch, cls) -> list[object]:
    calls: list[object] = []
    original = cls.retranslate

    def counted(self):
        calls.append(self)
        original(self)

    monkeypatch.setattr(cls, "retranslate", counted)
    return calls


# ------------------------------------------------------------ Settings


def _settings_words(page) -> dict[str, object]:
    form = page.idle_minutes.parentWidget().layout()
    return {
        "tabs": [page.tabs.tabText(i) for i in range(page.tabs.count())],
        "names": (page.accessibleName(), page.tabs.accessibleName(), page.about.accessibleName()),
        "idle": (page.idle_minutes.suffix(), page.idle_minutes.accessibleName(),
                 form.labelForField(page.idle_minutes).text()),
        "boxes": [b.title() for b in page.findChildren(QGroupBox)],
        "buttons": [(b.text(), b.accessibleName()) for b in page.findChildren(QPushButton)
                    if b.objectName().startswith("settings.") and b.objectName() != "settings.language"],
        "check": (page.code_saved.text(), page.code_saved.accessibleName()),
        "secrets": [e.accessibleName() for e in (page.old_passphrase, page.new_passphrase, page.new_confirm,
                                                   page.rotate_passphrase)],
        "notice": page.unconfirmed_notice.text(),
    }


def test_settings_in_english_say_what_they_said(qtbot, make_window, seeded, do_unlock):
    window = make_window(seeded)
    do_unlock(window)
    window.show_settings()
    page = window.settings_page
    words = _settings_words(page)
    assert words["tabs"] == SETTINGS_TABS
    assert words["names"] == ("Settings", "Settings sections", "About this application")
    assert words["idle"] == (" minutes", "Minutes without use before the records lock", "Lock after")
    assert {"Language / Iaith", "Lock automatically", "Change the passphrase", "New recovery code"} <= \
        set(words["boxes"])
    buttons = dict(words["buttons"])
    assert buttons["‹ Home"] == "‹ Home" and buttons["Save details"] == "Save details"
    assert buttons["Done"] == "Done: the new recovery code is saved"
    assert buttons["Save recovery sheet as PDF..."] == "Save recovery sheet as PDF"
    assert {"Make a new recovery code", "Change passphrase", "Print the new recovery sheet..."} <= set(buttons)
    assert words["check"] == ("I have saved or printed the new recovery code and will keep it safe",
                              "I have saved or printed the new recovery code")
    assert words["secrets"] == ["Current passphrase", "New passphrase", "Type the new passphrase again",
                                "Current passphrase"]
    assert words["notice"].startswith("The recovery code for these records was not confirmed as saved.")
    security = page.old_passphrase.parentWidget().layout()
    assert [security.labelForField(e).text() for e in (page.old_passphrase, page.new_passphrase,
                                                        page.new_confirm)] == \
        ["Current passphrase", "New passphrase", "Type it again"]
    assert page.about.text().splitlines()[-1] == ("Settings about people and cases are stored inside the encrypted "
                                                  "records, not on the computer.")
    assert any(line.startswith("Records folder: ") for line in page.about.text().splitlines())
    for index in range(page.tabs.count()):  # what is on screen at once: one tab's page and the frame
        mnemonics = _mnemonics(_tab_texts(page, index))
        assert len(mnemonics) == len(set(mnemonics)), (page.tabs.tabText(index), mnemonics)


def test_settings_follow_a_language_switch_made_in_settings(qtbot, make_window, seeded, do_unlock, welsh_built,
                                                            monkeypatch):
    """The chooser is on Settings: the switch retranslates it while it is on screen, and switching back
    gives every word as it was, the message last shown included."""
    from PySide6.QtCore import Qt

    from screening_app.ui.shell.settings import SettingsPage

    calls = _counting(monkeypatch, SettingsPage)
    window = make_window(seeded)
    do_unlock(window)
    window.show_settings()
    page = window.settings_page
    page.profile.edits["name"].setText("Jo Example")
    page.save_profile()
    assert page.profile_status.text() == "Saved."
    english = _settings_words(page)
    about = page.about.text()
    page.language.setFocus()
    qtbot.keyClick(page.language, Qt.Key.Key_Down)  # the chooser, by keyboard: Cymraeg
    assert i18n.current() == "cy"
    qtbot.waitUntil(lambda: page in calls, timeout=5_000)
    assert page.language.currentData() == "cy"
    assert all(page.tabs.tabText(i) for i in range(page.tabs.count())) and page.profile_status.text()
    calls.clear()
    _switch(qtbot, window, "en", lambda: page in calls)
    assert _settings_words(page) == english
    assert page.language.currentData() == "en"
    assert page.profile_status.text() == "Saved." and page.about.text() == about


def test_a_failure_shown_in_settings_is_said_again_and_held_by_no_lock(qtbot, make_window, seeded, do_unlock,
                                                                      welsh_built):
    window = make_window(seeded)
    do_unlock(window)
    window.show_settings()
    page = window.settings_page
    page.old_passphrase.setText("not the passphrase at all")
    page.new_passphrase.setText("violet harbour sixty kettles")
    page.new_confirm.setText("violet harbour sixty kettles")
    page.change_passphrase()
    qtbot.waitUntil(lambda: page.passphrase_result.text() != "", timeout=10_000)
    wrong = page.passphrase_result.text()
    assert wrong == "That passphrase does not open these records. Check it and try again."
    _switch(qtbot, window, "cy", lambda: page.passphrase_result.text() != wrong)  # the vault's words in Welsh
    _switch(qtbot, window, "en", lambda: page.passphrase_result.text() == wrong)
    page.new_passphrase.setText("one")
    page.new_confirm.setText("two")
    page.change_passphrase()
    assert page.passphrase_result.text() == "The two new passphrases differ."
    window.lock()
    assert page._messages == {} and page.passphrase_result.text() == ""


def test_a_new_recovery_code_shown_keeps_through_a_language_switch(qtbot, make_window, seeded, do_unlock,
                                                                   passphrase, welsh_built):
    window = make_window(seeded)
    do_unlock(window)
    window.show_settings()
    page = window.settings_page
    page.rotate_passphrase.setText(passphrase)
    page.rotate()
    qtbot.waitUntil(lambda: page.rotate_result.text() != "", timeout=20_000)
    code, result = page.rotate_code.text(), page.rotate_result.text()
    assert result.startswith("New recovery code (shown once).")
    _switch(qtbot, window, "cy", lambda: page.tabs.tabText(0) != "" and i18n.current() == "cy")
    _switch(qtbot, window, "en", lambda: page.rotate_result.text() == result)
    assert page.rotate_code.text() == code and not page.code_widgets[1].isHidden()  # still shown, once
    page.code_saved.setChecked(True)
    page.confirm_saved()
    assert page.rotate_result.text().startswith("New recovery code saved")


# ------------------------------------------------------------ the chronology


def _entry(date_text: str, source: str, detail: str | None = None, reference: str | None = None):
    from screening_app.domain.chronology import ChronologyEntry

    return ChronologyEntry(id="e1", date=date_text, what="A grey car outside school.", source=source,
                           source_detail=detail, reference=reference)


@pytest.mark.parametrize("date_text", ["2026-11-07", "2026-11", "about 2026-11-07", "2026-01-31"])
@pytest.mark.parametrize(("source", "detail"), [("seen", None), ("seen", "at the bus station"),
                                                ("told_by_child", None), ("told_by_other", "Police (PC invented)")])
def test_the_lists_words_are_the_domains_in_english(qtbot, date_text, source, detail):
    """The panel makes its dates and sources in the interface's language; in English they are the
    domain's own words (those the case file and the referral use)."""
    from screening_app.ui.chronology.panel import entry_line, source_words, when_words

    entry = _entry(date_text, source, detail, reference="INV/1")
    assert when_words(entry.when) == entry.when.words()
    assert source_words(entry) == entry.source_words()
    line = entry_line(SimpleNamespace(entry=entry, cited=False, version=2))
    assert line == (f"{entry.when.words()} · {entry.source_words()} · ref. INV/1 · not yet in a screening · "
                    f"corrected (version 2)\nA grey car outside school.")
    assert entry_line(SimpleNamespace(entry=_entry(date_text, source, detail), cited=True, version=1)) == \
        f"{entry.when.words()} · {entry.source_words()}\nA grey car outside school."


def test_the_chronology_panel_follows_the_language_and_keeps_its_place(qtbot, make_window, seeded, do_unlock,
                                                                       welsh_built, monkeypatch):
    from screening_app.ui.chronology import ChronologyPanel

    calls = _counting(monkeypatch, ChronologyPanel)
    window = make_window(seeded)
    do_unlock(window)
    service = window.session.chronology_service()
    for day in ("2026-11-10", "2026-11-18"):
        service.record(1, {"date": day, "what": f"Seen with an older man ({day}).", "source": "seen"})
    window.open_child(1)
    panel = window.child_record.chronology
    assert panel.title() == "Chronology: what happened (latest first)"
    assert panel.list.accessibleName() == "Chronology entries, latest first"
    record = panel.findChild(QPushButton, "chronology.record")
    assert (record.text(), record.accessibleName()) == ("Record a concern...", "Record a concern")
    assert (panel.correct_button.text(), panel.correct_button.accessibleName()) == ("Correct...", "Correct")
    assert panel.empty.text().startswith("Nothing recorded yet.")
    lines = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert lines[0].startswith("18 Nov 2026 · Seen by me · not yet in a screening")
    panel.list.setCurrentRow(1)
    _switch(qtbot, window, "cy", lambda: panel in calls)
    assert panel.list.count() == len(lines) and panel.list.currentRow() == 1
    calls.clear()
    _switch(qtbot, window, "en", lambda: panel in calls)
    assert [panel.list.item(i).text() for i in range(panel.list.count())] == lines
    assert panel.title() == "Chronology: what happened (latest first)" and panel.list.currentRow() == 1


def _dialog_words(dialog) -> dict[str, object]:
    return {
        "title": (dialog.windowTitle(), dialog.accessibleName()),
        "labels": sorted(label.text() for label in dialog.findChildren(QLabel) if label.text()),
        "buttons": sorted((b.text(), b.accessibleName()) for b in dialog.findChildren(QAbstractButton)),
        "fields": sorted((w.objectName(), w.accessibleName()) for w in dialog.findChildren(QWidget)
                         if w.objectName().startswith("concern.")),
        "tip": dialog.about.toolTip(),
        "placeholders": (dialog.what.placeholderText(), dialog.who.placeholderText()),
    }


def test_the_concern_dialog_in_english_one_letter_each(qtbot, make_window, seeded, do_unlock):
    window = make_window(seeded)
    do_unlock(window)
    service = window.session.chronology_service()
    service.record(1, {"date": "2026-11-18", "what": "A grey car outside school.", "source": "seen"})
    window.open_child(1)
    window.record_concern(1)
    dialog = window.concern_dialog
    assert dialog.windowTitle() == "Record a concern" == dialog.accessibleName()
    texts = _own_texts(dialog)
    assert {"Record a concern", "W&hat happened", "&When", "Source", "Who &told you", "&Reference",
            "day/month/year, or month/year"} <= set(texts)
    assert any(t.startswith("Write what happened once, in plain words") for t in texts)
    radios = {r.objectName(): (r.text(), r.accessibleName()) for r in dialog.findChildren(QRadioButton)}
    assert radios == {"concern.seen": ("Seen by &me", "Seen by me"),
                      "concern.told_by_child": ("Told by the &child", "Told by the child"),
                      "concern.told_by_other": ("Told by an&other person or agency",
                                                "Told by another person or agency")}
    assert dialog.findChild(QCheckBox, "concern.about").text() == "About"
    assert dialog.about.accessibleName() == "The date is approximate"
    assert dialog.about.toolTip() == "Tick when you are not sure of the exact day"
    assert dialog.what.accessibleName() == "What happened"
    assert dialog.what.placeholderText() == "What you saw or were told, in plain words"
    assert dialog.who.placeholderText() == "For example: the school nurse; Police (PC name); her foster carer"
    assert dialog.when.accessibleName() == "When it happened: day/month/year, or month/year"
    buttons = {b.objectName(): (b.text(), b.accessibleName()) for b in dialog.findChildren(QPushButton)}
    assert buttons["concern.cancel"] == ("Cancel", "Cancel without saving")
    assert buttons["concern.save"] == ("Save", "Save to the chronology")
    assert sorted(_mnemonics(texts)) == sorted("hwmcotr")
    dialog.reject()
    window.record_concern(1, window.child_record.chronology.entries[0])
    correcting = window.concern_dialog
    assert correcting.windowTitle() == "Correct a chronology entry"
    texts = _own_texts(correcting)
    assert "Why corr&ected" in texts and correcting.reason.accessibleName() == "Why this entry is corrected"
    mnemonics = _mnemonics(texts)
    assert sorted(mnemonics) == sorted("hwmcotre") and len(set(mnemonics)) == len(mnemonics)


def test_the_concern_dialog_follows_the_language_with_its_typing_and_refusal(qtbot, make_window, seeded, do_unlock,
                                                                            welsh_built, monkeypatch):
    from screening_app.ui.chronology import ConcernDialog

    calls = _counting(monkeypatch, ConcernDialog)
    window = make_window(seeded)
    do_unlock(window)
    window.open_child(1)
    window.record_concern(1)
    dialog = window.concern_dialog
    dialog.what.setPlainText("Missing overnight; found by police.")
    dialog.when.setText("7th of November")
    dialog.save_button.click()
    refusal = dialog.error.text()
    assert refusal == ("Not saved: Write the date as day/month/year (14/11/2026), or month/year (11/2026) if only "
                       "the month is known.")
    dialog.show_suggestions()
    suggestions = dialog.suggested.text()
    assert suggestions.startswith("This may point to (the screening asks you to confirm each; nothing is "
                                  "answered for you):\n\u2022 ")
    english = _dialog_words(dialog)
    _switch(qtbot, window, "cy", lambda: dialog in calls)
    assert dialog.what.toPlainText() == "Missing overnight; found by police."
    assert dialog.when.text() == "7th of November"
    assert dialog.error.text() and dialog.suggested.text()
    calls.clear()
    _switch(qtbot, window, "en", lambda: dialog in calls)
    assert _dialog_words(dialog) == english
    assert dialog.error.text() == refusal and dialog.suggested.text() == suggestions
    dialog.when.setText("22/11/2026")
    dialog.clear_error()
    assert dialog.error.text() == "" and dialog._refusal == ""


def test_the_months_the_list_uses_are_the_ones_home_translates():
    from screening_app.domain.chronology import WhenItHappened
    from screening_app.ui.chronology.panel import when_words

    assert when_words(WhenItHappened(date(2026, 2, 3), "day")) == "3 Feb 2026"
    assert when_words(WhenItHappened(date(2026, 2, 1), "month")) == "Feb 2026"
    assert when_words(WhenItHappened(date(2026, 2, 3), "about")) == "about 3 Feb 2026"
