"""Screenshots of receiving a child who is already here (SPEC 13), at 1366x768: vault A sends an
invented child's file; vault B, which has a record of the same child typed by hand, receives it
(the dialog, its receipt file button), shows who may be the same child on the record, joins the
two, and Settings, Transfers with the rule for the sender's copy.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui_shell/make_transfer_screenshots.py OUT_DIR
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QScrollArea

from screening_app.clock import FixedClock
from screening_app.domain.loader import load_form_pack
from screening_app.services import vault_service as vs
from screening_app.services.records import RecordsService
from screening_app.services.transfer import TransferService, identity_card
from tests.ui_shell.shot_support import FAST_KDF, PASSPHRASE, styled_app, unlocked_window

ROOT = Path(__file__).parents[2]
CASE = ROOT / "tests" / "data" / "scenarios" / "v14-chronology-events.json"


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    styled_app()
    clock = FixedClock(datetime(2026, 11, 20, 10, 30))
    base = Path(tempfile.mkdtemp())
    pack = load_form_pack()
    vault_a, _code = vs.create_vault(base / "a", PASSPHRASE, FAST_KDF)
    vault_b, code_b = vs.create_vault(base / "b", PASSPHRASE, FAST_KDF)
    vs.confirm_recovery_code_saved(vault_b, code_b)
    case = json.loads(CASE.read_text(encoding="utf-8"))
    case["child"].update(first_name="Tegan", last_name="Invented", upn="A123456789012")
    records_a = RecordsService(vault_a, "tester", pack, clock=clock)
    child = records_a.get(records_a.import_case(case).id).child_id
    sent = TransferService(vault_a, "R Patel", clock).send(child, recipient=identity_card(vault_b).recipient,
                                                           sender_name="R Patel, Northgate Academy")
    records_b = RecordsService(vault_b, "tester", pack, clock=clock)
    records_b.create_child(records_a.get_child(child).details)
    vault_a.close()
    vault_b.close()
    transfer = base / "tegan.cse-transfer"
    transfer.write_bytes(sent.data)

    window = unlocked_window(base / "b", clock)

    def shot(name: str) -> None:
        QTest.qWait(300)
        window.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    window.receive_transfer()
    receive = window.receive_dialog
    receive.path.setText(str(transfer))
    receive.receive()
    QTest.qWait(300)
    receive.grab().save(str(out / "transfer-receive-same-child.png"))
    print(out / "transfer-receive-same-child.png")
    receive.accept()
    QTest.qWait(500)
    record = window.child_record
    record.findChild(QScrollArea).ensureWidgetVisible(record.same_child)
    shot("transfer-same-child")
    record.same_child.join_button.click()
    QTest.qWait(400)
    record.findChild(QScrollArea).ensureWidgetVisible(record.same_child)
    shot("transfer-same-child-joined")
    window.show_settings()
    window.settings_page.tabs.setCurrentWidget(window.settings_page.transfers)
    shot("transfer-settings-rule")
    # Settings, Team: this vault (B) with a deputy, a field changed on both laptops apart
    from screening_app.services.records import ChildDetails
    from screening_app.services.team import TeamService

    team_folder = base / "team"
    team_folder.mkdir()
    window.settings_page.tabs.setCurrentWidget(window.settings_page.team)
    window.settings_page.team.load()
    window.settings_page.team.folder.setText(str(team_folder))
    shot("team-setup")  # not in a team yet: start one, or join
    vault_b = window.session.records.vault
    lead = TeamService(vault_b, "R Patel", clock)
    lead.create(team_folder, "Northgate Academy safeguarding")
    vault_c, _code = vs.create_vault(base / "c", PASSPHRASE, FAST_KDF)
    deputy = TeamService(vault_c, "S Khan", clock)
    lead.invite(identity_card(vault_c).recipient, "S Khan (deputy DSL)")
    deputy.join(team_folder)
    records_c = RecordsService(vault_c, "S Khan", pack, clock=clock)
    theirs = vault_c.connection.execute("SELECT id FROM children WHERE first_name = 'Tegan'").fetchone()[0]
    details = records_c.get_child(theirs).details
    records_c.update_child(theirs, ChildDetails(**{**details.__dict__, "upn": "A123456789099"}))
    deputy.sync()
    vault_c.close()
    mine = window.session.records.get_child(record.child_id).details
    window.session.records.update_child(record.child_id, ChildDetails(**{**mine.__dict__, "upn": "A123456789077"}))
    lead.sync()
    window.settings_page.tabs.setCurrentWidget(window.settings_page.team)
    window.settings_page.team.load()
    shot("team-settings")
    window.open_child(record.child_id)  # the same conflict beside the child's details, and who receives them
    QTest.qWait(300)
    record.findChild(QScrollArea).ensureWidgetVisible(record.team)
    shot("team-child-record")
    record.team.change_access()
    QTest.qWait(300)
    record.team.dialog.grab().save(str(out / "team-access-dialog.png"))
    print(out / "team-access-dialog.png")
    record.team.dialog.reject()
    window.show_settings()
    window.team_syncer.start()  # as after an unlock in a team: the status bar says how the team stands
    window.team_syncer.sync()
    while not window.team_label.text().startswith("Team: synced"):
        QTest.qWait(100)
    window.go_home()
    shot("team-home-status")
    window.session.lock()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots"))
