"""Transfer this child's file from the window (SPEC 13): the readable PDF route end to end through
the real window and vault, the receipt code shown once, then confirmed in Settings, Transfers,
where this vault's key, its Copy button and fingerprint are. Every child invented."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_send_a_childs_file_as_a_pdf_and_confirm_its_receipt(qtbot, make_window, seeded, do_unlock, tmp_path: Path,
                                                            clock):
    window = make_window(seeded)
    do_unlock(window)
    child_id = window.session.records.list(limit=1).items[0].child_id
    window.open_child(child_id)
    record = window.child_record
    qtbot.mouseClick(record.findChild(type(record.review_button), "childRecord.transfer"), Qt.MouseButton.LeftButton)
    dialog = record.transfer_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3_000)
    target = tmp_path / "out" / "file.pdf"
    target.parent.mkdir()
    dialog.choose_path = lambda: str(target)
    dialog.to_pdf.setChecked(True)
    qtbot.mouseClick(dialog.findChild(type(dialog.send_button), "transferSend.choose"), Qt.MouseButton.LeftButton)
    assert dialog.path.text() == str(target)
    dialog.password.setText("short")
    dialog.repeat.setText("short")
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert "at least 12 characters" in dialog.error.text() and not target.exists()
    for edit in (dialog.password, dialog.repeat):
        edit.setText("copper violin harbour 58")
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)  # made off the UI thread, with progress
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1 or bool(dialog.error.text()), timeout=10_000)
    assert dialog.pages.currentIndex() == 1 and not dialog.progress.isVisible(), dialog.error.text()
    code = dialog.code.text()
    assert len(code) == 19 and target.exists() and oct(target.stat().st_mode & 0o777) == "0o600"
    reader = PdfReader(target)
    assert reader.is_encrypted and reader.decrypt("copper violin harbour 58")
    assert code in reader.pages[0].extract_text()
    assert "by phone" in dialog.after.text() and "Settings, Transfers" in dialog.after.text()
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)  # Enter: Done, the default button
    qtbot.waitUntil(lambda: record.transfer_dialog is None, timeout=3_000)

    assert record.transferred.isVisible() and "its receipt is awaited" in record.transferred.text()
    assert all(b.isEnabled() for b in record.new_buttons)
    window.go_home()  # home says what awaits its receipt, and when it is overdue (5 school days)
    home = window.home
    qtbot.waitUntil(lambda: home.transfers_row.isVisible(), timeout=3_000)
    assert home.transfers_label.text() == "1 transfer awaiting receipt"
    clock.at += timedelta(days=8)  # the date only: advance() moves elapsed time too, and 8 idle days lock the window
    home.refresh()
    qtbot.waitUntil(lambda: "OVERDUE" in home.transfers_label.text(), timeout=3_000)
    assert home.transfers_label.text().endswith("1 OVERDUE (no receipt in 5 school days): chase the receiver")
    home.transfers_button.click()  # straight to Settings, Transfers
    settings = window.settings_page
    assert window.current_screen == "settings" and settings.tabs.currentWidget() is settings.transfers
    tab = settings.transfers
    assert tab.recipient.text().startswith("age1") and "Fingerprint to read out" in tab.fingerprint.text()
    assert "OVERDUE" in tab.log.item(0).text()
    tab.copy_button.click()
    assert QApplication.clipboard().text() == tab.recipient.text()
    tab.code.setText(code.lower())
    qtbot.keyClick(tab.code, Qt.Key.Key_Return)
    assert tab.status.text().startswith("Receipt confirmed") and "receipt confirmed" in tab.log.item(0).text()
    window.open_child(child_id)  # received: the record is kept here read-only
    assert record.transferred.isVisible() and "receipt confirmed" in record.transferred.text()
    assert not any(b.isEnabled() for b in record.new_buttons) and not record.review_button.isEnabled()
    window.lock()
    qtbot.waitUntil(lambda: window.current_screen == "unlock", timeout=5_000)
    assert tab.recipient.text() == "" and tab.log.count() == 0


def test_a_key_that_is_not_a_transfer_key_is_refused_before_anything_is_written(qtbot, make_window, seeded, do_unlock,
                                                                                 tmp_path: Path):
    window = make_window(seeded)
    do_unlock(window)
    window.open_child(window.session.records.list(limit=1).items[0].child_id)
    window.child_record.transfer()
    dialog = window.child_record.transfer_dialog
    dialog.path.setText(str(tmp_path / "x.cse-transfer"))
    dialog.recipient.setText("not a key")
    dialog.send()
    assert "Paste the receiver's transfer key" in dialog.error.text() and not (tmp_path / "x.cse-transfer").exists()
    dialog.recipient.setText("age1notvalid")
    dialog.send()
    qtbot.waitUntil(lambda: dialog.error.text().startswith("Not sent:"), timeout=5_000)
    assert dialog.send_button.isEnabled() and dialog.recipient.isEnabled()
    assert not (tmp_path / "x.cse-transfer").exists()


def test_receive_a_transfer_pdf_from_the_records_menu(qtbot, make_window, seeded, do_unlock, tmp_path: Path, clock):
    """Vault A (the seeded one) sends as a PDF through the service; vault B receives it in the window."""
    from screening_app.services import vault_service as vs
    from screening_app.services.export import ExportService
    from screening_app.services.records import RecordsService
    from screening_app.services.transfer import TransferService
    from tests.ui_shell.conftest import FAST_KDF, PASSPHRASE

    vault = vs.open_vault(seeded, PASSPHRASE)
    try:
        records = RecordsService(vault, "tester", clock=clock)
        child_id = records.list(limit=1).items[0].child_id
        name = records.get_child(child_id).details.full_name
        sent = TransferService(vault, "tester", clock).send_pdf(child_id, "copper violin harbour 58",
                                                               ExportService(records))
    finally:
        vault.close()
    pdf = tmp_path / "received.pdf"
    pdf.write_bytes(sent.data)
    other = tmp_path / "b"
    vault, code = vs.create_vault(other, PASSPHRASE, FAST_KDF)
    vs.confirm_recovery_code_saved(vault, code)
    vault.close()
    window = make_window(other)
    do_unlock(window)
    window.receive_action.trigger()
    dialog = window.receive_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3_000)
    dialog.choose_path = lambda: str(pdf)
    dialog._choose()
    dialog.receive()
    assert "needs its password" in dialog.error.text()
    dialog.password.setText("not the password")
    dialog.receive()
    assert dialog.error.text().startswith("Refused, nothing changed")
    dialog.password.setText("copper violin harbour 58")
    dialog.receive()
    assert dialog.code.text() == sent.receipt_code and "Added: 1 child" in dialog.result.text()
    dialog.password.setText("copper violin harbour 58")  # cleared once used
    dialog.receive()  # the same file again
    assert "received before: nothing was added" in dialog.result.text()
    qtbot.keyClick(dialog.code, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.current_screen == "child", timeout=5_000)
    assert window.child_record.heading.text() == name


def test_school_holidays_in_settings_stop_the_receipt_clock(qtbot, make_window, seeded, do_unlock, tmp_path: Path,
                                                            clock):
    window = make_window(seeded)
    do_unlock(window)
    window.open_child(window.session.records.list(limit=1).items[0].child_id)
    window.child_record.transfer()
    dialog = window.child_record.transfer_dialog
    dialog.to_pdf.setChecked(True)
    dialog.path.setText(str(tmp_path / "f.pdf"))
    for edit in (dialog.password, dialog.repeat):
        edit.setText("copper violin harbour 58")
    dialog.send()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    dialog.accept()
    window.show_settings()
    settings = window.settings_page
    settings.tabs.setCurrentWidget(settings.transfers)
    tab = settings.transfers
    tab.holidays.setPlainText("2026-11-23")
    tab.save_holidays()
    assert tab.status.text() == "Not saved: line 1: write a holiday as dd/mm/yyyy - dd/mm/yyyy"
    today = clock.today()
    tab.holidays.setPlainText(f"{today.strftime('%d/%m/%Y')} - {(today.replace(day=28)).strftime('%d/%m/%Y')}")
    tab.save_holidays()
    assert tab.status.text() == "Saved 1 holiday."
    clock.at += timedelta(days=8)  # the date only (8 elapsed days would lock); without the holiday, overdue
    tab.load()
    assert "awaiting receipt" in tab.log.item(0).text()


def test_a_child_received_who_is_already_here_is_joined_and_separated_by_keyboard(qtbot, make_window, seeded,
                                                                                   do_unlock, tmp_path: Path, clock):
    """Vault B already has a record of the child (the same name and date of birth): the received file
    is kept apart, the record says who may be the same child, Alt+N joins, Alt+S separates."""
    from screening_app.services import vault_service as vs
    from screening_app.services.records import RecordsService
    from screening_app.services.transfer import TransferService, identity_card
    from tests.ui_shell.conftest import FAST_KDF, PASSPHRASE

    other = tmp_path / "b"
    vault_b, code = vs.create_vault(other, PASSPHRASE, FAST_KDF)
    vs.confirm_recovery_code_saved(vault_b, code)
    vault = vs.open_vault(seeded, PASSPHRASE)
    try:
        records = RecordsService(vault, "tester", clock=clock)
        child_id = records.list(limit=1).items[0].child_id
        details = records.get_child(child_id).details
        sent = TransferService(vault, "tester", clock).send(child_id, recipient=identity_card(vault_b).recipient)
        here = RecordsService(vault_b, "tester", clock=clock).create_child(details)
    finally:
        vault.close()
        vault_b.close()
    transfer = tmp_path / "file.cse-transfer"
    transfer.write_bytes(sent.data)
    window, dialog = _receive_in_window(qtbot, make_window, do_unlock, other, transfer)
    assert f"{details.full_name} already has a record here" in dialog.result.text()
    qtbot.keyClick(dialog.code, Qt.Key.Key_Escape)
    record = window.child_record
    qtbot.waitUntil(lambda: window.current_screen == "child", timeout=5_000)
    received = record.child_id
    assert received != here and record.same_child.isVisible()
    assert "the same name and date of birth" in record.same_child.list.item(0).text()

    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: record.child_id == here, timeout=3_000)
    assert record.same_child.status.text().startswith("Joined:") and record.model.rowCount() >= 1
    assert "Joined into this record by " in record.same_child.list.item(0).text()

    window.activateWindow()  # offscreen, the closed dialog leaves no window active
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3_000)
    assert window.focusWidget() is record.same_child.list  # where the keyboard was left
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: record.same_child.status.text().startswith("Separated:"), timeout=3_000)
    assert record.child_id == here and record.model.rowCount() == 0
    assert "Not joined unless you decide" in record.same_child.list.item(0).text()


def test_the_receiver_saves_a_signed_receipt_and_the_sender_confirms_it(qtbot, make_window, seeded, do_unlock,
                                                                        tmp_path: Path, clock):
    """No code read out: vault B's window saves the receipt file, vault A's Settings confirms it."""
    from screening_app.services import vault_service as vs
    from screening_app.services.records import RecordsService
    from screening_app.services.transfer import TransferService, identity_card
    from tests.ui_shell.conftest import FAST_KDF, PASSPHRASE

    other = tmp_path / "b"
    vault_b, code = vs.create_vault(other, PASSPHRASE, FAST_KDF)
    vs.confirm_recovery_code_saved(vault_b, code)
    vault = vs.open_vault(seeded, PASSPHRASE)
    try:
        child_id = RecordsService(vault, "tester", clock=clock).list(limit=1).items[0].child_id
        sent = TransferService(vault, "tester", clock).send(child_id, recipient=identity_card(vault_b).recipient)
    finally:
        vault.close()
        vault_b.close()
    transfer, receipt = tmp_path / "file.cse-transfer", tmp_path / "receipt.cse-transfer"
    transfer.write_bytes(sent.data)
    window, dialog = _receive_in_window(qtbot, make_window, do_unlock, other, transfer)
    assert dialog.receipt_button.isVisible() and dialog.code.text() == sent.receipt_code
    dialog.choose_receipt_path = lambda: str(receipt)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3_000)
    qtbot.keyClick(dialog, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(receipt.exists, timeout=3_000)
    assert oct(receipt.stat().st_mode & 0o777) == "0o600" and "Receipt saved" in dialog.receipt_said.text()
    window.lock()

    sender = make_window(seeded)
    do_unlock(sender)
    tab = sender.settings_page.transfers
    tab.load()
    assert tab.keep.isChecked()  # the default: kept read-only
    tab.delete.click()  # this organisation deletes its copy once received
    assert "deleted here once its receipt is confirmed" in tab.status.text()
    tab.choose_receipt = lambda: str(transfer)  # the child's file itself is not a receipt
    tab.confirm_file()
    assert tab.status.text().startswith("Refused, nothing changed")
    tab.choose_receipt = lambda: str(receipt)
    tab.confirm_file()
    assert tab.status.text().startswith("Receipt confirmed, signed by the receiver"), tab.status.text()
    assert tab.status.text().endswith("The child's file here was deleted, as the rule below says.")
    assert "a child: receipt confirmed" in tab.log.item(0).text() and tab.delete.isChecked()
    assert sender.session.records.list(limit=5).items == [] or all(
        i.child_id != child_id for i in sender.session.records.list(limit=5).items)


def test_settings_team_shows_members_conflicts_and_syncs_off_the_ui_thread(qtbot, make_window, seeded, do_unlock,
                                                                          tmp_path: Path, clock):
    """A lead's vault in a team with a deputy: Settings, Team lists both, a field changed on both
    laptops apart as a conflict with both values, and Sync now reads the deputy's change."""
    from tests.ui_shell.team_case import upn_changed_apart

    _child, deputy_vault = upn_changed_apart(seeded, tmp_path, clock, lead_reads=False)
    deputy_vault.close()
    window = make_window(seeded)
    do_unlock(window)
    window.show_settings()
    settings = window.settings_page
    settings.tabs.setCurrentWidget(settings.team)
    tab = settings.team
    assert "Team: Northgate safeguarding" in tab.summary.text() and tab.members.count() == 2
    assert any("(this vault)" in tab.members.item(i).text() for i in range(2))
    assert tab.conflicts.item(0).text() == "None."
    tab.sync()
    qtbot.waitUntil(lambda: tab.status.text().startswith("Synced:"), timeout=10_000)
    assert "1 file read" in tab.status.text(), tab.status.text()
    assert tab.conflicts.count() == 2
    assert tab.conflicts.item(0).text().endswith("UPN: A222222222222 (shown now)")
    assert tab.conflicts.item(1).text().endswith("UPN: A111111111111")
    tab.conflicts.setCurrentRow(1)  # the lead's value was right
    assert tab.keep_button.isEnabled()
    tab.keep()
    qtbot.waitUntil(lambda: tab.status.text().startswith("Decided, for every member."), timeout=10_000)
    assert tab.conflicts.item(0).text() == "None."
    assert window.session.records.get_child(window.session.records.list(limit=1).items[0].child_id
                                            ).details.upn == "A111111111111"
    window.lock()
    qtbot.waitUntil(lambda: window.current_screen == "unlock", timeout=5_000)
    assert tab.members.count() == 0 and tab.conflicts.count() == 0


def test_the_team_syncs_in_the_background_when_a_members_file_lands(qtbot, make_window, seeded, do_unlock,
                                                                     tmp_path: Path, clock, monkeypatch):
    """Unlocked, the window syncs when the folder changes (after the file settles) and says so in
    the status bar; locked, it stops."""
    from screening_app.services import vault_service as vs
    from screening_app.services.chronology import ChronologyService
    from screening_app.services.records import RecordsService
    from screening_app.services.team import TeamService
    from screening_app.services.transfer import identity_card
    from screening_app.ui.transfer import team_sync
    from tests.ui_shell.conftest import FAST_KDF, PASSPHRASE

    monkeypatch.setattr(team_sync, "SETTLE_MS", 50)
    monkeypatch.setattr(team_sync, "FIRST_MS", 10)
    folder = tmp_path / "team"
    folder.mkdir()
    deputy_vault, _ = vs.create_vault(tmp_path / "deputy", PASSPHRASE, FAST_KDF)
    lead_vault = vs.open_vault(seeded, PASSPHRASE)
    try:
        lead = TeamService(lead_vault, "R Patel", clock)
        lead.create(folder, "Northgate safeguarding")
        lead.invite(identity_card(deputy_vault).recipient, "S Khan")
        TeamService(deputy_vault, "S Khan", clock).join(folder)
    finally:
        lead_vault.close()
    try:
        window = make_window(seeded)
        do_unlock(window)
        label = window.team_label
        qtbot.waitUntil(lambda: label.text().startswith("Team: synced"), timeout=10_000)
        before = window.session.records.vault.connection.execute("SELECT count(*) FROM chronology_entries"
                                                                  ).fetchone()[0]
        records = RecordsService(deputy_vault, "S Khan", clock=clock)
        child = deputy_vault.connection.execute("SELECT id FROM children LIMIT 1").fetchone()[0]
        ChronologyService(records).record(child, {"date": "2026-11-20", "source": "seen",
                                                  "what": "Seen getting into a grey car after school."})
        TeamService(deputy_vault, "S Khan", clock).sync()  # the deputy's file lands in the folder
        qtbot.waitUntil(lambda: window.session.records.vault.connection.execute(
            "SELECT count(*) FROM chronology_entries").fetchone()[0] == before + 1, timeout=10_000)
        window.lock()
        qtbot.waitUntil(lambda: window.current_screen == "unlock", timeout=5_000)
        assert not label.isVisible() and not window.team_syncer.timer.isActive()
    finally:
        deputy_vault.close()


def _receive_in_window(qtbot, make_window, do_unlock, folder: Path, transfer: Path):
    """Vault ``folder`` unlocked in the window, Records, Receive a child's file, ``transfer`` received."""
    window = make_window(folder)
    do_unlock(window)
    window.receive_action.trigger()
    dialog = window.receive_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3_000)
    dialog.path.setText(str(transfer))
    dialog.receive()
    return window, dialog
