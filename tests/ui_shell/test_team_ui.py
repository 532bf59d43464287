"""Setting a team up from the window (issue 15), keyboard first: the lead starts a team in a
synced folder and invites a deputy by their transfer key; a vault joins the team a colleague
invited it to and sees the members' fingerprints to read back by phone; a member is removed after
a question. Real vaults, a real folder; every name invented."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from screening_app.services import vault_service as vs
from screening_app.services.records import RecordsService
from screening_app.services.team import TeamService
from screening_app.services.transfer import identity_card
from tests.ui_shell.conftest import FAST_KDF, PASSPHRASE


def _team_tab(qtbot, window):
    window.show_settings()
    settings = window.settings_page
    settings.tabs.setCurrentWidget(settings.team)
    tab = settings.team
    window.activateWindow()
    qtbot.waitUntil(lambda: tab.isVisible(), timeout=3_000)
    return tab


def test_the_lead_starts_a_team_invites_a_deputy_and_removes_them(qtbot, make_window, seeded, do_unlock,
                                                                  tmp_path: Path, clock):
    folder = tmp_path / "OneDrive - Northgate" / "Safeguarding"
    folder.mkdir(parents=True)
    deputy_vault, _ = vs.create_vault(tmp_path / "deputy", PASSPHRASE, FAST_KDF)
    deputy_key = identity_card(deputy_vault).recipient
    window = make_window(seeded)
    do_unlock(window)
    tab = _team_tab(qtbot, window)
    assert tab.setup.isVisible() and not tab.members_box.isVisible() and "not in a team" in tab.summary.text()
    tab.choose_folder = lambda: str(folder)
    tab.start_button.click()  # no folder yet: said, nothing written
    assert "Choose the team folder first" in tab.status.text()
    qtbot.keyClick(tab, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # Choose...
    qtbot.waitUntil(lambda: tab.folder.text() == str(folder), timeout=3_000)
    tab.start_button.click()  # no name yet
    assert "Give the team a name" in tab.status.text() and not any(folder.iterdir())
    qtbot.keyClicks(tab.team_name, "Northgate Academy safeguarding")
    qtbot.keyClick(tab, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # Start a team in this folder
    qtbot.waitUntil(lambda: tab.status.text().startswith("Team started."), timeout=20_000)
    assert not tab.setup.isVisible() and tab.members.count() == 1 and "(this vault)" in tab.members.item(0).text()
    assert window.team_syncer.folder == folder  # the background sync watches the folder from now on
    assert "Northgate Academy safeguarding" in tab.summary.text()

    tab.invitee.setFocus()
    qtbot.keyClicks(tab.invitee, deputy_key)
    qtbot.keyClicks(tab.invitee_name, "S Khan, deputy DSL")
    qtbot.keyClick(tab, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # Invite
    qtbot.waitUntil(lambda: tab.status.text().startswith("Invited S Khan"), timeout=20_000)
    assert tab.members.count() == 2 and tab.invitee.text() == ""
    try:  # the deputy joins on their laptop and has the lead's records
        deputy = TeamService(deputy_vault, "S Khan", clock)
        deputy.join(folder)
        assert RecordsService(deputy_vault, "S Khan", clock=clock).list(limit=50).items
    finally:
        deputy_vault.close()

    asked = []
    tab.confirm = lambda question: asked.append(question) or True
    tab.members.setCurrentRow(next(i for i in range(tab.members.count())  # this vault: not removable
                                   if "(this vault)" in tab.members.item(i).text()))
    qtbot.keyClick(tab, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "Select another member" in tab.status.text(), timeout=3_000)
    assert not asked
    row = next(i for i in range(tab.members.count()) if "S Khan" in tab.members.item(i).text())
    tab.members.setCurrentRow(row)
    qtbot.keyClick(tab, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # Remove the selected member...
    qtbot.waitUntil(lambda: tab.status.text().startswith("Removed S Khan"), timeout=20_000)
    assert "never used again" in asked[0]
    assert "(removed)" in tab.members.item(row).text()


def test_a_vault_joins_the_team_it_was_invited_to_and_sees_the_fingerprints(qtbot, make_window, seeded, do_unlock,
                                                                            tmp_path: Path, clock):
    folder = tmp_path / "team"
    folder.mkdir()
    mine = vs.open_vault(seeded, PASSPHRASE)
    try:
        my_key = identity_card(mine).recipient
    finally:
        mine.close()
    lead_vault, _ = vs.create_vault(tmp_path / "lead", PASSPHRASE, FAST_KDF)
    try:
        lead = TeamService(lead_vault, "R Patel", clock)
        lead.create(folder, "Northgate safeguarding")
        lead.invite(my_key, "S Khan")
        lead_print = lead.me
    finally:
        lead_vault.close()
    window = make_window(seeded)
    do_unlock(window)
    tab = _team_tab(qtbot, window)
    tab.join_button.click()  # no folder chosen: said, nothing done
    assert "Choose the team folder first" in tab.status.text()
    tab.folder.setText(str(folder))
    qtbot.keyClick(tab, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)  # Join the team in this folder
    qtbot.waitUntil(lambda: tab.status.text().startswith("Joined."), timeout=30_000)
    assert "by phone" in tab.status.text() and "Team: Northgate safeguarding" in tab.summary.text()
    texts = [tab.members.item(i).text() for i in range(tab.members.count())]
    assert any(lead_print in t and t.startswith("R Patel") for t in texts), texts
    assert window.team_syncer.folder == folder


def test_a_childs_record_says_who_in_the_team_receives_it_and_decides_its_details_beside_them(
        qtbot, make_window, seeded, do_unlock, tmp_path: Path, clock):
    from tests.ui_shell.team_case import upn_changed_apart

    child, deputy_vault = upn_changed_apart(seeded, tmp_path, clock, lead_reads=True)
    window = make_window(seeded)
    do_unlock(window)
    window.open_child(child)
    record = window.child_record
    panel = record.team
    qtbot.waitUntil(panel.isVisible, timeout=3_000)
    assert panel.access.text().startswith("Every member")
    assert [panel.conflicts.item(i).text() for i in range(panel.conflicts.count())] == [
        "UPN: A222222222222 (shown now)", "UPN: A111111111111"]
    assert record.details.values()["upn"] == "A222222222222"
    panel.conflicts.setCurrentRow(1)  # the lead's value was right: decided beside the field
    panel.keep_button.click()
    qtbot.waitUntil(lambda: panel.status.text() == "Decided, for every member.", timeout=10_000)
    assert not panel.conflicts.isVisible() and record.details.values()["upn"] == "A111111111111"

    panel.access_button.click()  # only this vault from now on
    dialog = panel.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3_000)
    assert dialog.everyone.isChecked() and not dialog.list.isEnabled()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3_000)
    qtbot.keyClick(dialog, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # Only the members ticked
    qtbot.waitUntil(dialog.list.isEnabled, timeout=3_000)
    deputy_row = next(i for i in range(dialog.list.count()) if dialog.list.item(i).text() == "S Khan")
    dialog.list.item(deputy_row).setCheckState(Qt.CheckState.Unchecked)
    dialog.accept()
    qtbot.waitUntil(lambda: panel.status.text().startswith("Saved"), timeout=10_000)
    assert panel.access.text().startswith("Only these members receive this child's records from now on: R Patel")
    assert "S Khan" not in panel.access.text()
    team = TeamService(window.session.records.vault, "R Patel", clock)
    assert team.access(child) == [identity_card(window.session.records.vault).recipient]
    deputy_vault.close()


def test_a_language_preference_changed_apart_is_worded_not_coded(qtbot):
    from PySide6.QtWidgets import QListWidget

    from screening_app.ui.transfer.team_tab import USER_ROLE, fill_conflicts

    widget = QListWidget()
    qtbot.addWidget(widget)
    fill_conflicts(widget, [{"record": "r1", "field": "child.language", "values": ["cy", None, "en"]}], lambda _r: "")
    assert [widget.item(i).text() for i in range(widget.count())] == [
        "language preference: Welsh (shown now)", "language preference: (not recorded)",
        "language preference: English"]
    assert widget.item(0).data(USER_ROLE) == ("r1", "child.language", "cy")  # kept as the code, decided as it
