"""The interface in Welsh (issue 17, part 3, first screens): Qt's own translation tools, the
unlock screen in Welsh from the first paint, switched from its link by keyboard without a
restart, kept per records folder; every marked string has its Welsh; the committed .ts is
current with the code."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt

from screening_app.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "cse_screening_cy.ts"
BIN = Path(sys.executable).parent


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(c.findtext("name"), m.findtext("source")): m.find("translation")
            for c in root.iter("context") for m in c.iter("message")}


def test_every_marked_string_has_its_welsh_and_the_ts_is_current(tmp_path):
    committed = _messages(TS)
    assert committed and all(t is not None and t.get("type") != "unfinished" and (t.text or "").strip()
                             for t in committed.values())
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    subprocess.run([str(BIN / "pyside6-lupdate"), "-extensions", "py", str(ROOT / "screening_app"), "-ts", str(fresh),
                    "-no-obsolete", "-locations", "none", "-silent"], check=True, timeout=300, cwd=ROOT)
    assert set(_messages(fresh)) == set(committed), "run the lupdate line in scripts/build-translations.sh"
    for (_context, source), translation in committed.items():  # what is filled in stays filled in
        assert source.count("%1") == (translation.text or "").count("%1"), source


def test_the_vault_messages_marked_are_the_vaults_own_words():
    from screening_app.storage import errors

    defaults = {c.default_message for c in vars(errors).values() if isinstance(c, type) and
                issubclass(c, errors.VaultError) and hasattr(c, "default_message")}
    assert set(i18n.VAULT_MESSAGES) <= defaults


def test_the_unlock_screen_in_welsh_switched_by_keyboard_and_kept(qtbot, make_window, seeded, welsh_built):
    i18n.save(seeded, "cy")
    window = make_window(seeded)  # a Welsh speaker's folder opens in Welsh, before the first word
    page = window.unlock_page
    assert page.title.text() == "Datgloi'r cofnodion"
    assert page.submit_button.text() == "Datgloi"
    assert page.folder_label.text().startswith("Ffolder y cofnodion: ")
    assert page.language.text() == "English" and page.language.accessibleName() == "Show the app in English"
    page.passphrase.setText("not the passphrase at all")
    page.submit()
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=10_000)
    assert page.error.text().startswith("Nid yw'r cyfrinymadrodd hwnnw'n agor y cofnodion hyn.")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.language.setFocus()
    qtbot.keyClick(page.language, Qt.Key.Key_Space)  # keyboard only
    qtbot.waitUntil(lambda: page.title.text() == "Unlock the records")
    assert i18n.current() == "en" and i18n.saved(seeded) == "en"
    assert page.language.text() == "Cymraeg" and page.language.accessibleName() == "Dangos yr ap yn Gymraeg"
    assert not page.error.isVisible()  # a message in the old language is not left behind
    page._mode(1)  # the recovery code's screen: the link is there too
    page.language.setFocus()
    qtbot.keyClick(page.language, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.recovery_submit.text() == "Datgloi a gosod y cyfrinymadrodd newydd")
    assert page.recovery_form.labelForField(page.code).text() == "Cod adfer"


def test_a_folder_without_a_choice_or_an_install_without_welsh_shows_english(qtbot, make_window, seeded, tmp_path,
                                                                              monkeypatch):
    monkeypatch.setattr(i18n, "qm_path", lambda language: tmp_path / "missing.qm")
    assert i18n.saved(seeded) == "en" and not i18n.available("cy") and not i18n.use("cy")
    window = make_window(seeded)
    assert window.unlock_page.title.text() == "Unlock the records"
    assert not window.unlock_page.language.isVisibleTo(window)  # no link to a language not built here


def test_settings_choose_the_language_and_the_lock_screen_follows(qtbot, make_window, seeded, do_unlock,
                                                                  welsh_built):
    window = make_window(seeded)
    do_unlock(window)
    window.show_settings()
    choice = window.settings_page.language
    assert choice.isEnabled() and choice.currentData() == "en"
    choice.setFocus()
    qtbot.keyClick(choice, Qt.Key.Key_Down)  # keyboard only: English -> Cymraeg
    assert choice.currentData() == "cy" and i18n.current() == "cy" and i18n.saved(seeded) == "cy"
    window.lock()
    assert window.current_screen == "unlock"
    qtbot.waitUntil(lambda: window.unlock_page.title.text() == "Datgloi'r cofnodion")  # Qt posts the change
    window.unlock_page.language.click()  # back to English from the lock screen: Settings shows it
    qtbot.waitUntil(lambda: window.settings_page.language.currentData() == "en")


def _mnemonics(texts: list[str]) -> list[str]:
    return [t[t.index("&") + 1].lower() for t in texts if "&" in t]


def test_the_menus_and_status_bar_in_welsh_each_letter_once(qtbot, make_window, seeded, welsh_built):
    from PySide6.QtWidgets import QMenu

    i18n.save(seeded, "cy")
    window = make_window(seeded)
    menus = [a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]
    titles = [m.title() for m in menus]
    assert titles == ["&Cofnodion", "&Mynd i"] and len(set(_mnemonics(titles))) == 2
    for menu in menus:
        texts = [a.text() for a in menu.actions() if not a.isSeparator()]
        assert all("&" in t for t in texts) and len(set(_mnemonics(texts))) == len(texts), texts
    assert window.lock_label.text() == "Wedi'i gloi"
    assert window.folder_label.text().startswith("Ffolder y cofnodion: ")
    window.choose_language("en")
    qtbot.waitUntil(lambda: menus[0].title() == "&Records")
    assert window.lock_label.text() == "Locked"


def test_first_run_in_welsh_from_its_first_screen_and_kept_once_the_records_exist(qtbot, make_window, folder,
                                                                                  passphrase, welsh_built):
    from PySide6.QtWidgets import QLabel, QPushButton

    window = make_window(folder)
    page = window.first_run
    assert window.current_screen == "first_run" and page.language.text() == "Cymraeg"
    window.prepare()  # as the app does once the welcome is up: the other steps are built, in English
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.language.setFocus()
    qtbot.keyClick(page.language, Qt.Key.Key_Space)
    start = page.findChild(QPushButton, "firstRun.start")
    qtbot.waitUntil(lambda: start.text() == "Gosod")
    save_sheet = page.findChild(QPushButton, "firstRun.savePdf")
    assert (start.accessibleName(), save_sheet.accessibleName()) == ("Gosod", "Cadw'r daflen adfer fel PDF")
    assert any(label.text() == "Croeso i CSE Screening" for label in page.findChildren(QLabel))
    assert not (folder / "window.ini").exists()  # nothing written before the records exist
    start.click()
    page.passphrase.setText(passphrase)
    page.confirm.setText("something else")
    assert page.create_error.text() == "Mae'r ddau gyfrinymadrodd yn wahanol."
    page.confirm.setText(passphrase)
    page.create_button.click()
    qtbot.waitUntil(lambda: page.steps.currentIndex() == 2, timeout=10_000)
    assert page.saved_check.text().startswith("Rwyf wedi cadw")
    page.saved_check.setChecked(True)
    page.code_next.click()
    page.findChild(QPushButton, "firstRun.profileNext").click()
    page.findChild(QPushButton, "firstRun.finish").click()
    assert window.current_screen == "home" and i18n.saved(folder) == "cy"


def test_first_run_starts_on_set_up_not_on_the_language_link(qtbot, make_window, folder, welsh_built):
    window = make_window(folder)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.focusWidget() is window.first_run.start_button  # Enter sets up, as before the link


def test_home_in_welsh_and_back_without_a_restart(qtbot, make_window, seeded, do_unlock, welsh_built):
    """Home's own words, its lists' headers and rows (type, level, status, dates), the counts and a
    search's title follow the language, switched while Home is on screen."""
    from PySide6.QtCore import Qt as _Qt

    i18n.save(seeded, "cy")
    window = make_window(seeded)
    do_unlock(window)
    home = window.home
    qtbot.waitUntil(lambda: bool(home.counts_label.text()), timeout=5_000)
    model = home.recent_model
    headers = [model.headerData(c, _Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Plentyn", "Math", "Lefel", "Statws", "Dyddiad", "Cyfeirnod"]
    words = {model.index(r, c).data() for r in range(model.rowCount()) for c in (1, 2, 3)}
    assert words & {"Sgrinio", "Asesiad llawn"} and words & {"Uchel", "Canolig", "Isel", "—"}
    assert words & {"Wedi'i gwblhau", "Drafft"} and not words & {"Screening", "Completed", "High", "Medium", "Low"}
    months = {"Ion", "Chwef", "Maw", "Ebr", "Mai", "Meh", "Gorff", "Awst", "Medi", "Hyd", "Tach", "Rhag"}
    assert model.index(0, 4).data().split()[1] in months
    assert " plentyn · " in home.counts_label.text() and "wedi'u cwblhau" in home.counts_label.text()
    assert home.recent_box.title() == "Asesiadau diweddar"
    assert home.search.placeholderText().startswith("Chwiliwch yn ôl enw")
    home.search.setText("Zz")
    home.run_search()
    assert home.recent_box.title() == "Canlyniadau chwilio am “Zz”"
    window.choose_language("en")
    qtbot.waitUntil(lambda: home.recent_box.title() == "Search results for “Zz”")
    assert model.headerData(0, _Qt.Orientation.Horizontal) == "Child"
    assert " children · " in home.counts_label.text() or " child · " in home.counts_label.text()


def test_the_passphrase_strength_is_said_in_welsh_and_follows_a_switch(qtbot, welsh_built):
    """The verdict under a new passphrase was English on the Welsh first-run screen (seen in its
    screenshot), and then zxcvbn's advice after it: both Welsh now."""
    from screening_app.ui.shell.widgets import StrengthMeter

    meter = StrengthMeter("test")
    qtbot.addWidget(meter)
    assert meter.update_for("tangerine otter carousel lamp")
    i18n.use("cy")
    qtbot.waitUntil(lambda: meter.words.text() == "Cryf iawn: wedi'i dderbyn.")
    assert not meter.update_for("password1")
    assert meter.words.text().startswith(("Gwan iawn: heb ei dderbyn eto.", "Gwan: heb ei dderbyn eto."))
    assert not meter.update_for("letmein")
    assert meter.words.text() == ("Gwan iawn: heb ei dderbyn eto. Mae hwn yn un o'r 100 cyfrinair mwyaf cyffredin. "
                                  "Ychwanegwch air neu ddau arall. Mae geiriau anghyffredin yn well.")
    meter.names = ("Invented Academy",)
    assert not meter.update_for("invented academy 2026")
    assert "Osgowch enw'r ap, eich enw chi neu enw'ch sefydliad" in meter.words.text()
    meter.update_for("")
    assert meter.words.text().startswith("Cryfder: dim eto.")
    i18n.use("en")
    qtbot.waitUntil(lambda: meter.words.text().startswith("Strength: none yet."))


def test_every_line_of_zxcvbns_advice_has_its_welsh(welsh_built):
    """zxcvbn's advice is a fixed set of English lines (its feedback.py); each is named for the
    translation tools and translated, so a Welsh screen never shows one in English. A new zxcvbn
    with a new line fails here first."""
    import re
    from pathlib import Path

    import zxcvbn

    from screening_app.storage.passphrase import GUESSABLE_WARNING
    from screening_app.ui.i18n import translate
    from screening_app.ui.shell.widgets import STRENGTH_ADVICE

    source = (Path(zxcvbn.__file__).parent / "feedback.py").read_text(encoding="utf-8")
    lines = {"".join(a or b for a, b in re.findall(r"'([^']*)'|\"([^\"]*)\"", call))
             for call in re.findall(r"_\(((?:\s*(?:'[^']*'|\"[^\"]*\")\s*\\?\s*)+)\)", source)}
    assert len(lines) >= 25  # the parse found zxcvbn's lines
    assert lines | {GUESSABLE_WARNING, "Enter a passphrase."} == set(STRENGTH_ADVICE)
    i18n.use("cy")
    try:
        untranslated = [line for line in STRENGTH_ADVICE if translate("Strength", line) == line]
    finally:
        i18n.use("en")
    assert untranslated == []
