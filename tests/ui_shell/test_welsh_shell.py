"""The shell's remaining screens in Welsh (issue 17): the completed assessment's summary and its
referral buttons, the PDF preview and save dialogs, the child picker, the profile and maintenance
tabs of Settings, the recovery sheet, the note prompt and the error messages. Each still says its
English word for word; the screens that stay built (the summary, the PDF buttons, Settings' tabs,
the restore box) change language live, without being rebuilt."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton

from screening_app.ui import i18n
from screening_app.ui.referral.actions import PdfActions
from screening_app.ui.shell.errors import explain
from tests.ui_referral.helpers import completed_child, open_latest


def _switch(qtbot, language: str, done) -> None:
    """Switch the interface's language and wait for the LanguageChange events to arrive."""
    assert i18n.use(language)
    qtbot.waitUntil(done, timeout=5_000)


def _open_summary(window):
    open_latest(window, completed_child(window, 1))
    assert window.assessment.stack.currentWidget() is window.assessment.summary_panel
    return window.assessment.summary_panel


def test_summary_and_its_referral_buttons_change_language_live(qtbot, make_window, seeded, do_unlock,
                                                                welsh_built):
    window = make_window(seeded)
    do_unlock(window)
    panel = _open_summary(window)
    actions, summary = panel.referral, panel.summary
    text = summary.toPlainText()
    assert "final level" in text and "What to do" in text and "completed and locked" in text
    assert panel.continue_button.text() == "Continue as a full assessment" or panel.continue_button.isHidden()
    assert (actions.preview_button.text(), actions.save_button.text(), actions.print_button.text()) == \
        ("Preview referral", "Save PDF...", "Print...")
    actions.preview()
    qtbot.waitUntil(lambda: actions.preview_dialog is not None, timeout=10_000)
    assert actions.preview_dialog.windowTitle().startswith("Referral CSE-")
    assert "Shown from memory; nothing is saved until you choose Save PDF." in actions.preview_dialog.caption.text()
    actions.close_preview()
    compare = PdfActions("compare.pdf", "Preview PDF")  # as the comparison dialog's, which stays open
    qtbot.addWidget(compare)
    compare._fail(MemoryError(), "Not saved")  # a status line in the old language is said again in the new one
    assert compare.status.text() == "Not saved. The computer ran out of memory. Close other programs and try again."

    _switch(qtbot, "cy", lambda: actions.save_button.text() == "Cadw PDF...")
    assert actions.preview_button.text() == "Rhagolwg o'r atgyfeiriad"
    assert actions.print_button.text() == "Argraffu..." and actions.print_button.accessibleName() == "Argraffu"
    qtbot.waitUntil(lambda: compare.preview_button.text() == "Rhagolwg o'r PDF", timeout=5_000)
    assert compare.status.text() == ("Heb ei gadw. Mae'r cyfrifiadur wedi rhedeg allan o gof. Caewch raglenni eraill "
                                     "a rhowch gynnig arall arni.")
    qtbot.waitUntil(lambda: window.assessment.summary_panel.referral.source is not None, timeout=5_000)
    assert panel.continue_button.text() == "Parhau fel asesiad llawn"
    assert summary.accessibleName() == "Canlyniad yr asesiad"
    text = summary.toPlainText()
    assert "lefel derfynol" in text and "Beth i'w wneud" in text and "wedi'i gwblhau a'i gloi" in text
    assert "final level" not in text
    actions.preview()  # a dialog opened in Welsh is built in Welsh
    qtbot.waitUntil(lambda: actions.preview_dialog is not None, timeout=10_000)
    dialog = actions.preview_dialog
    assert dialog.windowTitle().startswith("Atgyfeiriad CSE-")
    assert "Wedi'i dangos o'r cof" in dialog.caption.text()
    actions.close_preview()

    _switch(qtbot, "en", lambda: actions.save_button.text() == "Save PDF...")
    assert "final level" in summary.toPlainText() and panel.continue_button.text() == "Continue as a full assessment"


def test_settings_profile_and_maintenance_change_language_live(qtbot, make_window, seeded, do_unlock,
                                                               welsh_built):
    window = make_window(seeded)
    do_unlock(window)
    profile, tab = window.settings_page.profile, window.settings_page.maintenance
    titles = lambda widget: [box.title() for box in widget.findChildren(QGroupBox)]  # noqa: E731
    assert titles(profile) == ["About you (printed on referrals)", "Local contacts"]
    assert profile.edits["role"].placeholderText() == "for example Designated Safeguarding Lead"
    assert profile.edits["mash_phone"].accessibleName() == "MASH / Children's Social Care"
    assert titles(tab) == ["Backup", "Restore", "Integrity check"]
    tab.start_check()
    qtbot.waitUntil(lambda: tab.check.result.text().startswith("No problems found"), timeout=20_000)
    assert "children" in tab.check.result.text() or "1 child," in tab.check.result.text()

    _switch(qtbot, "cy", lambda: titles(profile) == ["Amdanoch chi (wedi'i argraffu ar atgyfeiriadau)",
                                                    "Cysylltiadau lleol"])
    labels = [label.text() for label in profile.findChildren(QLabel)]
    assert "Eich enw" in labels and "Sefydliad" in labels and "Gofal cymdeithasol y tu allan i oriau" in labels
    assert profile.edits["name"].accessibleName() == "Eich enw"
    assert titles(tab) == ["Copi wrth gefn", "Adfer", "Gwiriad cywirdeb"]
    assert tab.backup.button.text() == "Gwneud copi wrth gefn nawr..."
    assert tab.backup.button.accessibleName() == "Gwneud copi wrth gefn nawr"
    assert tab.backup.stop.accessibleName() == "Stopio: Gwneud copi wrth gefn nawr"
    assert tab.restore_box.restore_passphrase.placeholderText() == "Cyfrinymadrodd y copi wrth gefn"
    assert tab.check.result.text().startswith("Ni chafwyd hyd i unrhyw broblemau.")  # the result said again

    _switch(qtbot, "en", lambda: titles(tab) == ["Backup", "Restore", "Integrity check"])
    assert tab.check.result.text().startswith("No problems found") and profile.edits["name"].accessibleName() == \
        "Your name"


def test_the_restore_box_on_the_unlock_screen_changes_language(qtbot, welsh_built):
    from screening_app.ui.shell.maintenance import RestoreBox

    box = RestoreBox("unlock")
    qtbot.addWidget(box)
    assert box.title() == "Restore" and box.restore.button.text() == "Restore a backup..."
    _switch(qtbot, "cy", lambda: box.title() == "Adfer")
    assert box.restore.button.text() == "Adfer copi wrth gefn..."
    assert box.open_restored.text() == "Agor y cofnodion a adferwyd"


def test_the_child_picker_in_english_and_in_welsh(qtbot, make_window, seeded, do_unlock, welsh_built):
    from screening_app.ui.shell.child_picker import ChildPicker, child_words

    window = make_window(seeded)
    do_unlock(window)
    picker = ChildPicker(window.session, "cse-screening", window)
    qtbot.addWidget(picker)
    assert picker.windowTitle() == "New screening: choose the child"
    assert [picker.tabs.tabText(i) for i in range(2)] == ["A child already &recorded", "A &new child"]
    assert child_words("Ann Example", date(2012, 5, 3), None, date(2026, 5, 2)) == \
        "Ann Example (born 3 May 2012, age 13)"
    assert child_words("", None, 14, date(2026, 5, 2)) == \
        "(no name recorded) (about 14 years old (date of birth not known))"
    picker.search.setText("a")
    picker.search_now()
    english = picker.results.item(0).text() if picker.results.count() else ""
    assert not english or "born " in english or "about " in english or "age not recorded" in english
    picker.deleteLater()

    assert i18n.use("cy")
    picker = ChildPicker(window.session, "cse-risk-assessment", window)
    qtbot.addWidget(picker)
    assert picker.windowTitle() == "Asesiad llawn newydd: dewiswch y plentyn"
    tabs = [picker.tabs.tabText(i) for i in range(2)]
    assert tabs == ["Plentyn sydd eisoes wedi'i &gofnodi", "Plentyn &newydd"]
    assert picker.new_child.title() == "Y plentyn"  # the child details form's own Welsh
    assert child_words("Ann Example", date(2012, 5, 3), None, date(2026, 5, 2)) == \
        "Ann Example (ganwyd 3 Mai 2012, oed 13)"
    picker.tabs.setCurrentIndex(0)
    picker.choose()
    assert picker.error.text() == "Chwiliwch am y plentyn a'i ddewis, neu ychwanegwch blentyn newydd."


def test_save_dialog_and_messages_in_welsh(qtbot, welsh_built, tmp_path):
    from screening_app.ui.referral.actions import failure
    from screening_app.ui.referral.pdf import UNREADABLE, PdfProblem
    from screening_app.ui.referral.save_dialog import SavePdfDialog

    english = SavePdfDialog(None, "x referral.pdf", "referral")
    qtbot.addWidget(english)
    assert english.windowTitle() == "Save the referral as a PDF"
    english.path.setText("")
    assert english.problem() == "Choose where to save the file."
    assert failure(PdfProblem(UNREADABLE), "Not printed") == "Not printed: the PDF could not be read."
    assert failure(MemoryError(), "Not saved") == \
        "Not saved. The computer ran out of memory. Close other programs and try again."

    assert i18n.use("cy")
    dialog = SavePdfDialog(None, "x referral.pdf", "comparison")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Cadw'r gymhariaeth fel PDF"
    assert dialog.protect.text() == "Diogelu gyda chyfrinair"
    dialog.path.setText(str(tmp_path / "x.pdf"))
    dialog.protect.setChecked(True)
    dialog.password.setText("short")
    assert dialog.problem().startswith("Mae angen o leiaf ") and dialog.problem().endswith(" nod yn y cyfrinair.")
    assert failure(PdfProblem(UNREADABLE), "Not printed") == "Heb ei argraffu: nid oedd modd darllen y PDF."
    assert failure(MemoryError(), "Not saved").startswith("Heb ei gadw. Mae'r cyfrifiadur wedi rhedeg allan o gof.")


def test_errors_recovery_sheet_and_note_prompt_in_welsh(qtbot, welsh_built):
    from types import SimpleNamespace

    from screening_app.ui.shell.maintenance import describe_health
    from screening_app.ui.shell.note_prompt import NotePrompt
    from screening_app.ui.shell.recovery_sheet import sheet_document

    def Report():
        return SimpleNamespace(healthy=True, journal="", problems=[], notes=[],
                               counts={"children": 1, "completed": 1204, "drafts": 2})

    assert explain(OSError()) == "The computer reported a problem with a file or folder (unknown). Try again."
    assert describe_health(Report()) == ("No problems found. The records file is whole and readable: 1 child, "
                                         "1,204 completed assessments, 2 drafts.")
    sheet = sheet_document("ABCDE-FGHIJ", Path("/records"), date(2026, 12, 4)).toPlainText()
    assert "CSE Screening: recovery sheet" in sheet and "Created 04 December 2026." in sheet

    assert i18n.use("cy")
    assert explain(ValueError("a child's name")) == ("Aeth rhywbeth o'i le ac ni newidiwyd dim. Rhowch gynnig arall "
                                                     "arni; os yw'n dal i ddigwydd, gofynnwch i'r gwasanaeth cymorth "
                                                     "TG.")
    assert explain(OSError()).endswith("(anhysbys). Rhowch gynnig arall arni.")
    assert describe_health(Report()) == ("Ni chafwyd hyd i unrhyw broblemau. Mae ffeil y cofnodion yn gyflawn ac yn "
                                         "ddarllenadwy: 1 plentyn, 1,204 asesiad wedi'u cwblhau, 2 drafft.")
    sheet = sheet_document("ABCDE-FGHIJ", Path("/records"), date(2026, 12, 4)).toPlainText()
    assert "CSE Screening: taflen adfer" in sheet and "Crëwyd 04 Rhagfyr 2026." in sheet and "ABCDE-FGHIJ" in sheet
    prompt = NotePrompt(None, name="reviewPrompt", title="Dechrau adolygiad", question="Beth sydd wedi newid?",
                        help_text="", placeholder="", ok_text="Dechrau adolygiad", empty="Dywedwch", kind="review",
                        max_chars=5)
    qtbot.addWidget(prompt)
    assert prompt.findChild(QPushButton, "reviewPrompt.start") is not None  # named by its kind, not its words
    assert prompt.findChild(QPushButton, "reviewPrompt.cancel").text() == "Canslo"
    prompt.text.setPlainText("rhy hir o lawer")
    assert prompt.problem() == "Cadwch ef yn fyr (5 nod ar y mwyaf); mae'r manylion yn mynd yn yr asesiad ei hun."
