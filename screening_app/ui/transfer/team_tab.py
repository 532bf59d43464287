"""Settings, Team (issue 15): the team this vault shares records with through a synced folder,
its members, when it last synced, what is waiting, the fields changed on two laptops apart (to
decide), and "Sync now". Not in a team yet: start one in a synced folder, or join the one a
colleague invited this vault's key to. In a team: invite a member by their transfer key, remove
one. Everything that reads or writes the folder runs off the UI thread (a large vault's first
sync or a join takes minutes: the tab says so and stays usable)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from screening_app.domain.child_language import FIELD as LANGUAGE_FIELD
from screening_app.domain.child_language import WORDS as LANGUAGE_WORDS
from screening_app.ui.shell import fmt
from screening_app.ui.shell import widgets as w
from screening_app.ui.shell.workers import run_task

USER_ROLE = 256

NOT_IN_A_TEAM = ("This vault is not in a team. A lead and deputies can share records through a folder the "
                 "organisation already syncs (OneDrive or SharePoint, a network share): no server, and the files "
                 "there are encrypted to the members only. The first member starts the team in that folder; "
                 "each other member gives them their transfer key (Settings, Transfers), is invited, waits for "
                 "the folder to sync, then joins here.")
JOINED = ("Joined. Read each member's fingerprint (below) back to them by phone before relying on the team: "
          "a fingerprint that differs means a file that is not theirs.")
LONG = " For a large vault this takes some minutes; the window stays usable."
FIELD_WORDS = {"child.date_of_birth": "date of birth", "child.first_name": "first name", "child.last_name": "surname",
               "child.upn": "UPN", "child.nhs_number": "NHS number", "child.other_names": "other names",
               "child.approx_age": "approximate age", "child.la_case_number": "local authority case number",
               "child.language": "language preference",
               "escalation.status": "an escalation's status", "escalation.outcome": "an escalation's outcome",
               "assessment.current": "which version of an assessment is current",
               "chronology.current": "which version of a chronology entry is current",
               "context.body": "what is recorded about a person or place",
               "context.merged_into": "which record a person or place counts as"}


class TeamTab(QWidget):
    teamChanged = Signal()  # started or joined here: the background sync starts watching the folder

    def __init__(self, session: Any) -> None:
        super().__init__()
        self.session = session
        self.setObjectName("settings.team")
        layout = QVBoxLayout(self)
        self.summary = w.label("", "intro", "team.summary")
        layout.addWidget(self.summary)
        self.setup = QGroupBox("Start or join a team")
        form = QFormLayout(self.setup)
        self.folder = w.line_edit("team.folder", "The team folder", "a folder inside the organisation's synced folder")
        self.folder.setMinimumWidth(420)
        self.choose_button = w.button("C&hoose...", "team.chooseFolder", self._choose)
        form.addRow("Team folder", w.row(self.folder, self.choose_button))
        self.team_name = w.line_edit("team.name", "The team's name (to start one)",
                                     "for example: Northgate Academy safeguarding")
        self.team_name.setMinimumWidth(420)
        form.addRow("Team name (to start one)", w.row(self.team_name))
        self.start_button = w.button("Start a &team in this folder", "team.start", self.start)
        self.join_button = w.button("&Join the team in this folder", "team.join", self.join)
        form.addRow(w.row(self.start_button, self.join_button))
        layout.addWidget(self.setup)
        self.filler = QWidget()  # not in a team: the form at the top, the space below it
        layout.addWidget(self.filler, 1)
        self.members_box = QGroupBox("Members")
        members_layout = QVBoxLayout(self.members_box)
        self.members = QListWidget()
        w.named(self.members, "team.members", "The team's members")
        self.members.setMaximumHeight(120)
        members_layout.addWidget(self.members)
        self.invitee = w.line_edit("team.inviteKey", "The new member's transfer key",
                                   "age1... (their transfer key)")
        self.invitee.setMinimumWidth(420)
        self.invitee_name = w.line_edit("team.inviteName", "The new member's name and role", "name and role")
        self.invite_button = w.button("&Invite", "team.invite", self.invite)
        self.remove_button = w.button("Re&move the selected member...", "team.remove", self.remove)
        members_layout.addWidget(w.row(self.invitee, self.invitee_name, self.invite_button))
        members_layout.addWidget(w.row(self.remove_button))
        layout.addWidget(self.members_box)
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
        self.conflicts_box = conflicts_box
        self.status = w.label("", "help", "team.status")
        self.status.hide()
        layout.addWidget(self.status)
        self.progress = QProgressBar()
        w.named(self.progress, "team.progress", "Working")
        self.progress.setRange(0, 0)  # how long a join or a first sync takes is not known in advance
        self.progress.hide()
        layout.addWidget(self.progress)
        self.sync_button = w.button("S&ync now", "team.sync", self.sync, primary=True)
        layout.addWidget(w.row(self.sync_button))
        self.syncing = False
        self.in_team = False

    def choose_folder(self) -> str:  # replaced in tests
        return QFileDialog.getExistingDirectory(self, "The team folder", self.folder.text())

    def confirm(self, question: str) -> bool:  # replaced in tests
        answer = QMessageBox.question(self, "Remove a member", question)
        return answer == QMessageBox.StandardButton.Yes

    def _choose(self) -> None:
        chosen = self.choose_folder()
        if chosen:
            self.folder.setText(chosen)

    def _service(self) -> Any:
        from screening_app.services.team import TeamService

        records = self.session.records
        return TeamService(records.vault, records.actor, self.session.clock)

    def load(self) -> None:
        service = self._service()
        self.members.clear()
        self.conflicts.clear()
        self.in_team = service.team() is not None
        self.setup.setVisible(not self.in_team)
        self.filler.setVisible(not self.in_team)
        for part in (self.members_box, self.conflicts_box, self.sync_button):
            part.setVisible(self.in_team)
        self._enable()
        if not self.in_team:
            self.summary.setText(NOT_IN_A_TEAM)
            return
        status = service.status()
        last = status["last_sync"]
        self.summary.setText(f"Team: {status['team']}. Folder: {status['folder']}. Last sync: "
                             f"{fmt.moment(last)}. Files waiting: {status['pending']}.")
        for member in status["members"]:
            you = " (this vault)" if member["fingerprint"] == status["member"] else ""
            gone = " (removed)" if not member["active"] else ""
            print_ = f", fingerprint {member['fingerprint']}" if member["fingerprint"] else ""
            item = QListWidgetItem(f"{member['name']}{you}{gone}{print_}")
            mine = member["fingerprint"] == status["member"]
            item.setData(USER_ROLE, None if mine or not member["active"] else (member["recipient"], member["name"]))
            self.members.addItem(item)
        children = {c["record"]: self._child_of(c["record"]) for c in status["conflicts"]}
        names = self.session.child_names(c for c in children.values() if c is not None)
        fill_conflicts(self.conflicts, status["conflicts"],
                       lambda record: names.get(children[record], "a person, place or record") + ": ")
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
        service = self._service()
        self._run("Recording the decision...", lambda: service.decide(*chosen),
                  lambda report: self._synced(report, decided=True))

    def sync(self) -> None:
        if self.syncing or not self.in_team:
            return
        service = self._service()
        self._run("Syncing...", service.sync, self._synced)

    # ------------------------------------------------------------ start, join, invite, remove

    def _folder(self) -> Path | None:
        text = self.folder.text().strip()
        if not text:
            self._say("Choose the team folder first: a folder inside the organisation's synced folder.")
            self.folder.setFocus()
            return None
        return Path(text).expanduser()

    def start(self) -> None:
        folder = self._folder()
        if folder is None or self.syncing:
            return
        if not self.team_name.text().strip():
            self._say("Give the team a name (for example the school's name and 'safeguarding').")
            self.team_name.setFocus()
            return
        service, name = self._service(), self.team_name.text()

        def work() -> Any:
            service.create(folder, name)
            return service.sync()  # every shared record goes out once: the long part

        self._run("Starting the team and writing this vault's records to the folder..." + LONG, work,
                  lambda _report: self._set_up("Team started. Invite each member by their transfer key."))

    def join(self) -> None:
        folder = self._folder()
        if folder is None or self.syncing:
            return
        service = self._service()
        self._run("Joining: reading the team's files..." + LONG, lambda: service.join(folder),
                  lambda _team: self._set_up(JOINED))

    def _set_up(self, said: str) -> None:
        self.folder.clear()
        self.team_name.clear()
        self.load()
        self._say(said)
        self.teamChanged.emit()

    def invite(self) -> None:
        key, name = self.invitee.text().strip(), self.invitee_name.text().strip()
        if self.syncing or not self.in_team:
            return
        if not key.startswith("age1"):
            self._say("Paste the new member's transfer key: the age1... line in Settings, Transfers, in their app.")
            self.invitee.setFocus()
            return
        service = self._service()

        def done(member: Any) -> None:
            self.invitee.clear()
            self.invitee_name.clear()
            self.load()
            self._say(f"Invited {member.name}. Once the folder has synced to their laptop they join in their "
                      "Settings, Team; then read each other's fingerprints by phone.")

        self._run("Inviting: writing the team's records for the new member too..." + LONG,
                  lambda: service.invite(key, name), done)

    def remove(self) -> None:
        item = self.members.currentItem()
        chosen = item.data(USER_ROLE) if item is not None else None
        if self.syncing or chosen is None:
            self._say("Select another member to remove (not this vault, not one already removed).")
            return
        recipient, name = chosen
        if not self.confirm(f"Remove {name} from the team? What they hold already stays on their laptop; "
                            "nothing written from now on can be read by them, and their key is never used again."):
            return
        service = self._service()

        def done(_result: Any) -> None:
            self.load()
            self._say(f"Removed {name}: later files are not readable by them.")

        self._run("Removing...", lambda: service.remove(recipient), done)

    def _run(self, said: str, work: Any, on_done: Any) -> None:
        """``work`` off the UI thread with the busy bar; ``on_done(result)`` after, unless the
        records were locked meanwhile (then nothing is shown)."""
        self.syncing = True
        self._enable()
        self.progress.show()
        self._say(said)

        def finished(result: Any) -> None:
            self.progress.hide()
            self.syncing = False
            if self.session.unlocked:
                on_done(result)
            self._enable()

        def failed(exc: BaseException) -> None:
            self.progress.hide()
            self._failed(exc)

        run_task(lambda _p: work(), finished, failed)

    def _enable(self) -> None:
        idle = not self.syncing
        for part in (self.sync_button, self.start_button, self.join_button, self.choose_button, self.invite_button,
                     self.remove_button):
            part.setEnabled(idle)
        self.keep_button.setEnabled(idle and self._chosen() is not None)

    def _synced(self, report: Any, decided: bool = False) -> None:
        count = fmt.count

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
        self._enable()
        self._say(f"Not done: {exc}")

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

    def clear(self) -> None:
        self.summary.clear()
        self.members.clear()
        self.conflicts.clear()
        for edit in (self.folder, self.team_name, self.invitee, self.invitee_name):
            edit.clear()
        self.status.hide()


def fill_conflicts(widget: QListWidget, conflicts: list[dict[str, Any]], whose: Any) -> None:
    """One row per competing value (the first is the one shown now), each carrying (record, field,
    value) for "Keep the selected value"; ``whose(record)`` begins the row."""
    for conflict in conflicts:
        what = FIELD_WORDS.get(conflict["field"], conflict["field"])
        for n, value in enumerate(conflict["values"]):
            shown = " (shown now)" if n == 0 else ""
            words = _value_words(value, conflict["field"])
            item = QListWidgetItem(f"{whose(conflict['record'])}{what}: {words}{shown}")
            item.setData(USER_ROLE, (conflict["record"], conflict["field"], value))
            widget.addItem(item)


def _value_words(value: Any, field: str = "") -> str:
    if field == LANGUAGE_FIELD:  # "Welsh", not "cy"; a value this version does not record, as it is
        return "(not recorded)" if value is None else LANGUAGE_WORDS.get(str(value), str(value))
    if value is None or value == "":
        return "(left empty)"
    return str(value)
