"""The governance screens and the transfer dialogs in Welsh (issue 17): Settings, Retention (on
screen when the language is switched) sets its words, its list and what it last said again, live,
and works from the keyboard by its Welsh letters; the audit trail, the partnership's picture,
subject access and sending and receiving a child's file open in Welsh, each Alt letter used once;
in English nothing changes. A real vault; every child invented."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from screening_app.domain.subject_access import LEGAL_DUTY
from screening_app.ui import i18n
from tests.ui_shell.test_subject_access_ui import _vault as sar_vault


def _letters(dialog) -> list[str]:
    """The Alt letters of a dialog's buttons and of the labels that name a field."""
    texts = [b.text() for b in dialog.findChildren(QAbstractButton)]
    texts += [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    return [t[t.index("&") + 1].lower() for t in texts if "&" in t]


def _once_each(dialog) -> None:
    letters = _letters(dialog)
    assert letters and len(letters) == len(set(letters)), letters


def _retention(qtbot, window, clock):
    clock.at = datetime(2040, 1, 10, 9, 0)  # children of the seed born before 2015 are due
    window.show_settings()
    settings = window.settings_page
    settings.tabs.setCurrentWidget(settings.retention)
    tab = settings.retention
    window.activateWindow()
    qtbot.waitUntil(tab.isVisible, timeout=3_000)
    return tab


def _due(tab) -> list[str]:
    return [tab.list.item(i).text() for i in range(tab.list.count())]


def test_retention_follows_the_language_live_and_keeps_by_its_welsh_letter(qtbot, make_window, seeded, do_unlock,
                                                                           clock, welsh_built):
    window = make_window(seeded)
    do_unlock(window)
    tab = _retention(qtbot, window, clock)
    english = _due(tab)
    assert len(english) >= 2 and all(t.startswith("Due ") for t in english)
    tab.list.setCurrentRow(1)
    assert i18n.use("cy")  # as Settings' language box does, with the tab on screen
    qtbot.waitUntil(lambda: tab.keep_button.text() == "C&adw'r cofnod a ddewiswyd", timeout=3_000)
    assert tab.delete_button.text() == "&Dileu'r cofnod a ddewiswyd..."
    assert tab.keep_button.accessibleName() == "Cadw'r cofnod a ddewiswyd"
    assert tab.list.accessibleName() == "Cofnodion i'w hadolygu"
    assert tab.reason.placeholderText().startswith("er enghraifft: ")
    assert tab.rule.text().startswith(f"{len(english)} yn ddyledus nawr. Y rheol: dyddiad geni + 25 o flynyddoedd")
    welsh = _due(tab)
    assert len(welsh) == len(english) and all(t.startswith("Yn ddyledus ") for t in welsh), welsh
    assert ", ganwyd " in welsh[0] and tab.list.currentRow() == 1  # the selection is kept
    assert tab.until.text() == "10 Ion 2041"  # the date box's month in Welsh too

    tab.list.setCurrentRow(0)
    qtbot.keyClicks(tab.reason, "Mae ymchwiliad gan yr heddlu yn dal ar agor")
    qtbot.keyClick(tab, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # Cadw, by its Welsh letter (C is the menu's)
    qtbot.waitUntil(lambda: tab.status.text().startswith("Cadwyd cofnod "), timeout=3_000)
    assert "bydd yn ddyledus eto ar 10 Ion 2041" in tab.status.text()
    assert len(_due(tab)) == len(english) - 1

    asked: list[str] = []
    tab.confirm = lambda question: asked.append(question) or False  # No: nothing deleted
    tab.list.setCurrentRow(0)
    qtbot.keyClick(tab, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # Dileu (the button clicks itself soon after)
    qtbot.waitUntil(lambda: bool(asked), timeout=3_000)
    assert asked[0].startswith("Dileu cofnod cyfan ") and "Ni ellir dadwneud hyn" in asked[0]

    assert i18n.use("en")  # and back: what was said is said again in English
    qtbot.waitUntil(lambda: tab.status.text().startswith("Kept "), timeout=3_000)
    assert "it is due again on 10 Jan 2041" in tab.status.text()
    assert all(t.startswith("Due ") for t in _due(tab)) and tab.keep_button.text() == "&Keep the selected record"
    assert tab.rule.text().startswith(f"{len(english) - 1} due now") and tab.until.text() == "10 Jan 2041"


def test_retention_in_english_is_unchanged_by_a_language_change_event(qtbot, make_window, seeded, do_unlock, clock):
    window = make_window(seeded)
    do_unlock(window)
    tab = _retention(qtbot, window, clock)
    before = (_due(tab), tab.rule.text(), tab.keep_button.text(), tab.list.currentRow())
    QCoreApplication.sendEvent(tab, QEvent(QEvent.Type.LanguageChange))
    assert (_due(tab), tab.rule.text(), tab.keep_button.text(), tab.list.currentRow()) == before
    assert tab.keep_button.accessibleName() == "Keep the selected record"
    assert tab.delete_button.accessibleName() == "Delete the selected record"
    tab.clear()
    QCoreApplication.sendEvent(tab, QEvent(QEvent.Type.LanguageChange))  # locked: nothing to show again
    assert tab.list.count() == 0 and not tab.status.isVisibleTo(tab)


def test_the_audit_trail_and_the_partnerships_picture_in_welsh(qtbot, make_window, seeded, do_unlock, tmp_path: Path,
                                                               welsh_built):
    window = make_window(seeded)
    do_unlock(window)
    assert i18n.use("cy")
    child_id = window.session.records.list(limit=1).items[0].child_id
    window.open_child(child_id)
    record = window.child_record
    record.show_audit()
    dialog = record.audit_dialog
    assert dialog.windowTitle().startswith("Trywydd archwilio: ")
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(4)]
    assert headers == ["Pryd", "Pwy", "Beth", "Cofnod"] and dialog.table.accessibleName() == "Y trywydd archwilio"
    assert dialog.save_button.text() == "&Cadw fel CSV..." and dialog.save_button.accessibleName() == "Cadw fel CSV"
    target = tmp_path / "trywydd.csv"
    dialog.choose_path = lambda: str(target)
    dialog.save_button.click()
    assert dialog.status.text() == f"Wedi'i gadw yn {target}."
    _once_each(dialog)
    dialog.accept()

    window.partnership_picture()
    picture = window.picture_dialog
    assert picture.windowTitle() == "Darlun y bartneriaeth"
    assert picture.pdf_button.text() == "Cadw fel &PDF..." and picture.csv_button.text() == "Cadw fel &CSV..."
    labels = {label.text() for label in picture.findChildren(QLabel)}
    welsh_dates = QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom)
    assert picture.start.text() == welsh_dates.toString(picture.start.date(), "d MMM yyyy")  # "1 Medi 2026"
    assert {"&O", "&Hyd at"} <= labels and any(t.startswith("Cyfrifon dienw ar gyfer llywodraethwyr") for t in labels)
    assert " asesiad · " in picture.headline.text() and " plentyn · " in picture.headline.text()
    _once_each(picture)
    picture.end.setDate(picture.start.date().addDays(-1))  # a period that ends before it starts
    assert picture.status.text().startswith("Dewiswch gyfnod arall: ")
    picture.accept()


def test_subject_access_in_welsh(qtbot, make_window, do_unlock, folder, pack, clock, tmp_path: Path,
                                 welsh_built):
    seeded = sar_vault(folder, pack, clock)
    window = make_window(folder)
    do_unlock(window)
    assert i18n.use("cy")
    window.open_child(seeded.child)
    record = window.child_record
    record.show_subject_access()
    dialog = record.subject_access_dialog
    assert dialog.windowTitle().startswith("Cais gwrthrych am wybodaeth: ")
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(5)]
    assert headers == ["Ble", "Beth ydyw", "Y darn a farciwyd", "Yr esemptiad y dibynnwyd arno", "Atal"]
    count = dialog.findChild(QLabel, "subjectAccess.count").text()
    assert count.startswith(f"{dialog.table.rowCount()} darn wedi'u marcio i'w hatal. ")
    assert all(dialog.table.item(r, 4).text() == "wedi'i atal" for r in range(dialog.table.rowCount()))
    kinds = {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}  # the words the domain marks
    assert kinds == {"plentyn arall", "person sy'n peri pryder", "ffynhonnell a ofynnodd am aros yn ddienw"}, kinds
    assert dialog.findChild(QLabel, "subjectAccess.duty").text() != LEGAL_DUTY
    assert dialog.exemption.itemText(0) == "gwybodaeth am berson arall (DPA 2018 Sch. 2 Part 3 para 16)"
    dialog.table.setCurrentCell(0, 0)
    dialog.confirm_release = lambda name: True
    dialog.set_withheld(0, False)
    assert dialog.table.item(0, 4).text() == "wedi'i ryddhau"
    target = tmp_path / "cais.pdf"
    dialog.choose_path = lambda: str(target)
    dialog.save()
    withheld = dialog.table.rowCount() - 1
    said = "1 darn wedi'i atal" if withheld == 1 else f"{withheld} darn wedi'u hatal"
    assert dialog.status.text() == f"Wedi'i gadw yn {target}: {said}, 1 wedi'u rhyddhau.", dialog.status.text()
    _once_each(dialog)
    dialog.reject()


def test_sending_and_receiving_a_childs_file_in_welsh(qtbot, make_window, seeded, do_unlock, tmp_path: Path,
                                                      welsh_built):
    window = make_window(seeded)
    do_unlock(window)
    assert i18n.use("cy")
    child_id = window.session.records.list(limit=1).items[0].child_id
    window.open_child(child_id)
    record = window.child_record
    record.transfer()
    send = record.transfer_dialog
    assert send.windowTitle() == "Trosglwyddo ffeil y plentyn hwn"
    assert send.to_pdf.text() == "Fel PDF darllenadwy gyda chyfrinair, i ysgol &heb yr ap hwn"
    assert send.send_button.text() == "A&nfon: ysgrifennu'r ffeil" and send.done_button.text() == "&Wedi gorffen"
    assert send.recipient.placeholderText() == "age1... (Gosodiadau, Trosglwyddiadau, yn ap y derbynnydd)"
    _once_each(send)
    there = tmp_path / "there.cse-transfer"
    there.write_bytes(b"")
    send.path.setText(str(there))
    send.send()
    assert send.error.text() == "Mae ffeil yno eisoes: dewiswch enw arall."
    send.path.setText(str(tmp_path / "new.cse-transfer"))
    send.recipient.setText("not a key")
    send.send()
    assert send.error.text().startswith("Gludwch allwedd drosglwyddo'r derbynnydd: ")
    send.reject()

    window.receive_transfer()
    receive = window.receive_dialog
    assert receive.windowTitle() == "Derbyn ffeil plentyn" and receive.receive_button.text() == "De&rbyn"
    assert receive.password.accessibleName() == "Cyfrinair (PDF trosglwyddo, neu gyfrinymadrodd untro)"
    _once_each(receive)
    receive.path.setText(str(tmp_path / "nothing-here.cse-transfer"))
    receive.receive()
    assert receive.error.text().startswith("Nid oes modd darllen y ffeil (")
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.7 not really")
    receive.path.setText(str(pdf))
    receive.receive()
    assert receive.error.text() == "Mae angen cyfrinair PDF trosglwyddo (yr un a gawsoch dros y ffôn)."
    other = tmp_path / "other.bin"
    other.write_bytes(b"not a transfer file")
    receive.path.setText(str(other))
    receive.receive()
    assert receive.error.text().startswith("Gwrthodwyd, ni newidiwyd dim: ")
    receive.reject()
