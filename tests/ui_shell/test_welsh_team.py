"""Settings' Transfers and Team tabs, the team's line in the status bar, and the child record's
team and same-child panels in Welsh (issue 17): each says what it said in English, and follows a
language switch made while it is built (Settings switches it with the tabs on screen) without
asking the vault or the team folder again; each & letter once per screen in Welsh. Every name
and number invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QAbstractButton

from screening_app.ui import i18n
from screening_app.ui.i18n import QT_TRANSLATE_NOOP


def _letters(widget) -> list[str]:
    """The Alt letters of the buttons a screen shows (hidden ones are not reachable)."""
    texts = [b.text() for b in widget.findChildren(QAbstractButton) if b.isVisibleTo(widget)]
    return [t[t.index("&") + 1].lower() for t in texts if "&" in t]


def _in_team(qtbot, make_window, seeded, do_unlock, tmp_path: Path, clock, monkeypatch):
    from screening_app.ui.transfer import team_sync
    from tests.ui_shell.team_case import upn_changed_apart

    monkeypatch.setattr(team_sync, "FIRST_MS", 10)
    child, deputy_vault = upn_changed_apart(seeded, tmp_path, clock, lead_reads=True)
    deputy_vault.close()
    window = make_window(seeded)
    do_unlock(window)
    qtbot.waitUntil(lambda: window.team_label.text().startswith("Team: synced"), timeout=10_000)
    return window, child


def test_settings_transfers_follows_the_language_switched_on_screen(qtbot, make_window, seeded, do_unlock,
                                                                   welsh_built):
    window = make_window(seeded)
    do_unlock(window)
    window.show_settings()
    settings = window.settings_page
    settings.tabs.setCurrentWidget(settings.transfers)
    tab = settings.transfers
    qtbot.waitUntil(lambda: tab.recipient.text().startswith("age1"), timeout=3_000)
    assert tab.copy_button.text() == "&Copy the key" and tab.copy_button.accessibleName() == "Copy the key"
    assert tab.fingerprint.text().startswith("Fingerprint to read out on the phone: ")
    assert tab.log.item(0).text() == "No transfers yet."
    assert tab.keep.accessibleName() == "After a receipt, the child's file here is kept read-only"
    tab.copy_key()
    assert tab.status.text() == "Copied. Read the fingerprint to the sender so they know the key is yours."

    i18n.use("cy")
    qtbot.waitUntil(lambda: tab.copy_button.text() == "Copïo'r &allwedd", timeout=3_000)
    assert tab.copy_button.accessibleName() == "Copïo'r allwedd"
    assert tab.fingerprint.text().startswith("Ôl bys i'w ddarllen yn uchel ar y ffôn: ")
    assert tab.log.item(0).text() == "Dim trosglwyddiadau eto."
    assert tab.status.text().startswith("Wedi'i chopïo. Darllenwch yr ôl bys i'r anfonwr")
    assert tab.keep.text() == "&gadw yma, i'w ddarllen yn unig (y rhagosodiad)"
    assert tab.holidays.placeholderText().endswith("(diwrnod HMS)")
    letters = _letters(tab)
    assert len(letters) == len(set(letters)) == 6 and not {"c", "m"} & set(letters), letters
    today = window.session.today()
    tab.holidays.setPlainText(today.strftime("%d/%m/%Y"))
    tab.save_holidays()  # said in Welsh, and said again in English after the switch back
    assert tab.status.text() == "Cadwyd 1 cyfnod gwyliau."

    i18n.use("en")
    qtbot.waitUntil(lambda: tab.copy_button.text() == "&Copy the key", timeout=3_000)
    assert tab.status.text() == "Saved 1 holiday." and tab.log.item(0).text() == "No transfers yet."
    assert tab.fingerprint.text().startswith("Fingerprint to read out on the phone: ")


def test_settings_team_and_the_status_bar_follow_the_language_without_asking_the_folder_again(
        qtbot, make_window, seeded, do_unlock, tmp_path: Path, clock, monkeypatch, welsh_built):
    window, _child = _in_team(qtbot, make_window, seeded, do_unlock, tmp_path, clock, monkeypatch)
    window.show_settings()
    settings = window.settings_page
    settings.tabs.setCurrentWidget(settings.team)
    tab = settings.team
    qtbot.waitUntil(lambda: tab.summary.text().startswith("Team: Northgate safeguarding. Folder: "), timeout=3_000)
    rows = [tab.conflicts.item(i).text() for i in range(tab.conflicts.count())]
    assert len(rows) == 2 and rows[0].endswith(": UPN: A222222222222 (shown now)"), rows
    assert rows[1].endswith(": UPN: A111111111111")
    tab.conflicts.setCurrentRow(1)
    tab.invitee.setText("not a key")
    tab.invite()
    assert tab.status.text().startswith("Paste the new member's transfer key")
    asked = []
    tab._service = lambda: asked.append(1)  # nothing asked of the vault or the folder to say it again

    i18n.use("cy")
    qtbot.waitUntil(lambda: tab.sync_button.text() == "Cysoni &nawr", timeout=3_000)
    assert not asked
    assert tab.summary.text().startswith("Tîm: Northgate safeguarding. Ffolder: ")
    assert "Cysoni diwethaf: " in tab.summary.text()
    assert any(tab.members.item(i).text().endswith(" (y storfa gofnodion hon)") or
               "(y storfa gofnodion hon), ôl bys " in tab.members.item(i).text() for i in range(tab.members.count()))
    assert tab.conflicts.item(0).text().endswith(": UPN: A222222222222 (yn cael ei ddangos nawr)")
    assert tab.conflicts.currentRow() == 1 and tab.keep_button.isEnabled()  # the choice is kept
    assert tab.status.text().startswith("Gludwch allwedd drosglwyddo'r aelod newydd")
    assert tab.members_box.title() == "Aelodau" and tab.keep_button.accessibleName() == "Cadw'r gwerth a ddewiswyd"
    assert window.team_label.text().startswith("Tîm: cysonwyd ")
    letters = _letters(tab)
    assert len(letters) == len(set(letters)) and not {"c", "m"} & set(letters), letters
    del tab._service
    tab.sync()  # what a sync did, said in Welsh
    qtbot.waitUntil(lambda: tab.status.text().startswith("Cysonwyd: "), timeout=10_000)

    i18n.use("en")
    qtbot.waitUntil(lambda: tab.sync_button.text() == "S&ync now", timeout=3_000)
    assert tab.status.text().startswith("Synced: ") and tab.summary.text().startswith("Team: Northgate")
    assert window.team_label.text().startswith("Team: synced ")


def test_the_childs_team_panel_and_its_dialog_in_welsh(qtbot, make_window, seeded, do_unlock, tmp_path: Path, clock,
                                                       monkeypatch, welsh_built):
    window, child = _in_team(qtbot, make_window, seeded, do_unlock, tmp_path, clock, monkeypatch)
    window.open_child(child)
    panel = window.child_record.team
    qtbot.waitUntil(panel.isVisible, timeout=3_000)
    assert panel.title() == "Team: changed on two laptops apart (the first is shown; keep the right one)"
    assert panel.access.text() == "Every member of the team receives this child's records."

    i18n.use("cy")
    qtbot.waitUntil(lambda: panel.access.text() == "Mae pob aelod o'r tîm yn derbyn cofnodion y plentyn hwn.",
                    timeout=3_000)
    assert panel.title().startswith("Tîm: wedi'u newid ar ddau liniadur ar wahân")
    assert [panel.conflicts.item(i).text() for i in range(panel.conflicts.count())] == [
        "UPN: A222222222222 (yn cael ei ddangos nawr)", "UPN: A111111111111"]
    assert panel.keep_button.text() == "Cadw'r gw&erth a ddewiswyd"
    panel.access_button.click()
    dialog = panel.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3_000)
    assert dialog.windowTitle() == "Pwy yn y tîm sy'n derbyn cofnodion y plentyn hwn"
    assert dialog.only.text() == "&Dim ond yr aelodau a diciwyd:"
    assert {b.text() for b in dialog.findChildren(QAbstractButton)} >= {"Cadw", "Canslo"}
    letters = _letters(dialog)
    assert len(letters) == len(set(letters)), letters
    dialog.reject()
    panel.dialog = None

    i18n.use("en")
    qtbot.waitUntil(lambda: panel.access.text() == "Every member of the team receives this child's records.",
                    timeout=3_000)
    assert panel.conflicts.item(0).text() == "UPN: A222222222222 (shown now)"


def _same_child_session():
    other = SimpleNamespace(child_id=7, received=True, completed=2, since="2026-11-03", why=("the same UPN",),
                            details=SimpleNamespace(full_name="Tegan Invented", date_of_birth=date(2011, 2, 1)))
    join = SimpleNamespace(kept=5, joined=9, actor="R Patel", at="2026-11-04T10:00:00Z", id=3)
    service = SimpleNamespace(same_as=lambda _c: [other], joins_of=lambda _c: [join])
    return SimpleNamespace(child_joins=lambda: service, child_names=lambda _ids: {9: "Tegan Invented"})


def test_the_same_child_panel_says_what_it_said_in_english(qtbot):
    from screening_app.ui.transfer.same_child import SameChildPanel

    panel = SameChildPanel(_same_child_session())
    qtbot.addWidget(panel)
    panel.show_child(5, QT_TRANSLATE_NOOP("SameChild", "Not joined: %1."), "it was joined already")
    assert [panel.list.item(i).text() for i in range(panel.list.count())] == [
        "Another record of Tegan Invented, born 1 Feb 2011, received in a transfer file on 3 Nov 2026, with 2 "
        "completed assessments: the same UPN. Not joined unless you decide.",
        "Joined into this record by R Patel on 4 Nov 2026: another record of Tegan Invented."]
    assert panel.status.text() == "Not joined: it was joined already."
    assert panel.title() == "The same child? Other records here with the same identifiers"
    assert panel.join_button.text() == "The same child: joi&n the two records"
    QCoreApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))  # in English, said again the same
    assert panel.list.item(1).text().startswith("Joined into this record by R Patel")
    assert panel.status.text() == "Not joined: it was joined already."


def test_the_same_child_panel_in_welsh(qtbot, welsh_built):
    from screening_app.ui.transfer.same_child import SameChildPanel

    panel = SameChildPanel(_same_child_session())
    qtbot.addWidget(panel)
    panel.show_child(5, QT_TRANSLATE_NOOP("SameChild", "Not joined: %1."), "it was joined already")
    panel.list.setCurrentRow(1)
    i18n.use("cy")
    qtbot.waitUntil(lambda: panel.join_button.text() == "&Yr un plentyn: uno'r ddau gofnod", timeout=3_000)
    first = panel.list.item(0).text()
    assert first.startswith("Cofnod arall am Tegan Invented, ganwyd 1 ") and "2011, a dderbyniwyd mewn ffeil " \
        "drosglwyddo ar " in first and first.endswith("gyda 2 asesiad wedi'u cwblhau: yr un UPN. Nid yw'n cael ei "
                                                      "uno oni bai eich bod chi'n penderfynu."), first
    assert panel.list.item(1).text().startswith("Wedi'i uno â'r cofnod hwn gan R Patel ar 4 ")
    assert panel.list.currentRow() == 1 and panel.undo_button.isEnabled()
    assert panel.status.text() == "Heb ei uno: it was joined already."
    assert panel.undo_button.accessibleName() == "Gwahanu'r ddau gofnod eto"
    assert panel.title() == "Yr un plentyn? Cofnodion eraill yma sydd â'r un dynodwyr"


def test_the_team_line_in_the_status_bar_is_said_again_when_the_language_changes(qtbot):
    from screening_app.ui.transfer.team_sync import TeamSyncer

    syncer = TeamSyncer(SimpleNamespace(unlocked=True))
    heard: list[str] = []
    syncer.said.connect(heard.append)
    syncer.folder = Path("team")
    syncer._done((None, {"last_sync": None, "pending": 2, "conflicts": [{}, {}, {}]}))
    assert heard == ["Team: synced never · 2 waiting · 3 to decide (Settings, Team)"]
    syncer._watch = lambda: None
    QCoreApplication.sendEvent(syncer, QEvent(QEvent.Type.LanguageChange))
    assert heard[-1] == heard[0] and len(heard) == 2
    syncer._failed(RuntimeError("the folder is not there"))
    assert heard[-1] == "Team: not synced (the folder is not there)"
    syncer.stop()
    QCoreApplication.sendEvent(syncer, QEvent(QEvent.Type.LanguageChange))  # not in a team: nothing said
    assert heard[-1] == ""


def test_a_conflict_row_names_whose_it_is_as_before(qtbot):
    from PySide6.QtWidgets import QListWidget

    from screening_app.ui.transfer.team_tab import fill_conflicts

    widget = QListWidget()
    qtbot.addWidget(widget)
    fill_conflicts(widget, [{"record": "r1", "field": "child.upn", "values": ["A2", ""]},
                            {"record": "r2", "field": "custom.field", "values": ["x"]}],
                   lambda record: "Tegan Invented" if record == "r1" else "")
    assert [widget.item(i).text() for i in range(widget.count())] == [
        "Tegan Invented: UPN: A2 (shown now)", "Tegan Invented: UPN: (left empty)", "custom.field: x (shown now)"]
