"""Settings, Team (issue 15): the team this vault shares records with through a synced folder,
its members, when it last synced, what is waiting, the fields changed on two laptops apart (to
decide), and "Sync now". Setting a team up stays on the command line for now (``team create``,
``invite``, ``join``): the tab says how. Sync runs off the UI thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from screening_app.ui.shell import widgets as w
from screening_app.ui.shell.workers import run_task

USER_ROLE = 256

NOT_IN_A_TEAM = ("This vault is not in a team. A lead and deputies can share records through a folder the "
                 "organisation already syncs (OneDrive or SharePoint, a network share): see 'Team' in the "
                 "README, or run 'screening-app team create --folder F --name NAME'.")
FIELD_WORDS = {"child.date_of_birth": "date of birth", "child.first_name": "first name", "child.last_name": "surname",
               "child.upn": "UPN", "child.nhs_number": "NHS number", "child.other_names": "other names",
               "child.approx_age": "approximate age", "child.la_case_number": "local authority case number",
               "escalation.status": "an escalation's status", "escalation.outcome": "an escalation's outcome",
               "assessment.current": "which version of an assessment is current",
               "chronology.current": "which version of a chronology entry is current"}


class TeamTab(QWidget):
    def __init__(self, session: Any) -> None:
        super().__init__()
        self.session = session
        self.setObjectName("settings.team")
        layout = QVBoxLayout(self)
        self.summary = w.label("", "intro", "team.summary")
        layout.addWidget(self.summary)
        members_box = QGroupBox("Members")
        members_layout = QVBoxLayout(members_box)
        self.members = QListWidget()
        w.named(self.members, "team.members", "The team's members")
        members_layout.addWidget(self.members)
        layout.addWidget(members_box)
        conflicts_box = QGroupBox("Changed on two laptops apart (the later is shown; decide which is right)")
        conflicts_layout = QVBoxLayout(conflicts_box)
        self.conflicts = QListWidget()
        w.named(self.conflicts, "team.conflicts", "Fields changed on two laptops apart")
        self.conflicts.setWordWrap(True)
        conflicts_layout.addWidget(self.conflicts)
        self.keep_button = w.button("&Keep the selected value", "team.keep", self.keep)
        self.keep_button.setEnabled(False)
        self.conflicts.currentRowChanged.connect(
            lambda _row: self.keep_button.setEnabled(self._chosen() is not None and not self.syncing))
        conflicts_layout.addWidget(w.row(self.keep_button))
        layout.addWidget(conflicts_box, 1)
        self.status = w.label("", "help", "team.status")
        self.status.hide()
        layout.addWidget(self.status)
        self.sync_button = w.button("S&ync now", "team.sync", self.sync, primary=True)
        layout.addWidget(w.row(self.sync_button))
        self.syncing = False

    def _service(self) -> Any:
        from screening_app.services.team import TeamService

        records = self.session.records
        return TeamService(records.vault, records.actor, self.session.clock)

    def load(self) -> None:
        service = self._service()
        self.members.clear()
        self.conflicts.clear()
        if service.team() is None:
            self.summary.setText(NOT_IN_A_TEAM)
            self.sync_button.setEnabled(False)
            return
        status = service.status()
        self.sync_button.setEnabled(not self.syncing)
        last = status["last_sync"]
        self.summary.setText(f"Team: {status['team']}. Folder: {status['folder']}. Last sync: "
                             f"{when_words(last)}. Files waiting: {status['pending']}.")
        for member in status["members"]:
            you = " (this vault)" if member["fingerprint"] == status["member"] else ""
            gone = " (removed)" if not member["active"] else ""
            print_ = f", fingerprint {member['fingerprint']}" if member["fingerprint"] else ""
            self.members.addItem(f"{member['name']}{you}{gone}{print_}")
        children = {c["record"]: self._child_of(c["record"]) for c in status["conflicts"]}
        names = self.session.child_names(c for c in children.values() if c is not None)
        for conflict in status["conflicts"]:  # one row per competing value; the first is the one shown now
            what = FIELD_WORDS.get(conflict["field"], conflict["field"])
            whose = names.get(children[conflict["record"]], "a record")
            for n, value in enumerate(conflict["values"]):
                shown = " (shown now)" if n == 0 else ""
                item = QListWidgetItem(f"{whose}: {what}: {_value_words(value)}{shown}")
                item.setData(USER_ROLE, (conflict["record"], conflict["field"], value))
                self.conflicts.addItem(item)
        if not status["conflicts"]:
            self.conflicts.addItem("None.")
        self.keep_button.setEnabled(False)

    def _child_of(self, uuid: str) -> int | None:
        row = self.session.records.vault.connection.execute("SELECT id FROM children WHERE uuid = ?",
                                                            (uuid,)).fetchone()
        return int(row[0]) if row else None

    def _chosen(self) -> tuple | None:
        item = self.conflicts.currentItem()
        return item.data(USER_ROLE) if item is not None else None

    def keep(self) -> None:
        """The practitioner's decision: the selected value, written for every member (then a sync)."""
        chosen = self._chosen()
        if chosen is None or self.syncing:
            return
        self.syncing = True
        self.sync_button.setEnabled(False)
        self.keep_button.setEnabled(False)
        self._say("Recording the decision...")
        service = self._service()
        run_task(lambda _p: service.decide(*chosen), lambda report: self._synced(report, decided=True),
                 self._failed)

    def sync(self) -> None:
        if self.syncing:
            return
        self.syncing = True
        self.sync_button.setEnabled(False)
        self._say("Syncing...")
        service = self._service()
        run_task(lambda _p: service.sync(), self._synced, self._failed)

    def _synced(self, report: Any, decided: bool = False) -> None:
        self.syncing = False
        if not self.session.unlocked:
            return
        from screening_app.ui.shell.fmt import count

        refused = sum(report.refused.values())
        said = [f"{count(report.published, 'change')} published", f"{count(report.read, 'file')} read",
                f"{count(report.changed, 'record')} here brought up to date"]
        if report.waiting:
            said.append(f"{count(report.waiting, 'file')} still arriving (tried again next time)")
        if refused:
            said.append(f"{count(refused, 'file')} refused (not for this vault, or not genuine)")
        self._say(("Decided, for every member. " if decided else "") + "Synced: " + "; ".join(said) + ".")
        self.load()

    def _failed(self, exc: BaseException) -> None:
        self.syncing = False
        if not self.session.unlocked:
            return
        self.sync_button.setEnabled(True)
        self._say(f"Not synced: {exc}")

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

    def clear(self) -> None:
        self.summary.clear()
        self.members.clear()
        self.conflicts.clear()
        self.status.hide()


def _value_words(value: Any) -> str:
    if value is None or value == "":
        return "(left empty)"
    return str(value)


def when_words(stamp: str | None) -> str:
    if not stamp:
        return "never"
    from datetime import datetime

    from screening_app.ui.shell import fmt

    try:
        when = datetime.fromisoformat(stamp).astimezone()  # stored in UTC; shown in this laptop's time
    except ValueError:
        return stamp
    return f"{fmt.day(when.date())} at {when.strftime('%H:%M')}"
