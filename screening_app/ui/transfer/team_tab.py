"""Settings, Team (issue 15): the team this vault shares records with through a synced folder,
its members, when it last synced, what is waiting, the fields changed on two laptops apart (to
decide), and "Sync now". Not in a team yet: start one in a synced folder, or join the one a
colleague invited this vault's key to. In a team: invite a member by their transfer key, remove
one. Everything that reads or writes the folder runs off the UI thread (a large vault's first
sync or a join takes minutes: the tab says so and stays usable)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
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
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from screening_app.domain.child_language import FIELD as LANGUAGE_FIELD
from screening_app.ui import i18n
from screening_app.ui.i18n import QT_TRANSLATE_NOOP, FollowsLanguage, Words, translate
from screening_app.ui.shell import fmt
from screening_app.ui.shell import widgets as w
from screening_app.ui.shell.workers import run_task

USER_ROLE = 256

NOT_IN_A_TEAM = QT_TRANSLATE_NOOP(
    "Team", "This vault is not in a team. A lead and deputies can share records through a folder the organisation "
            "already syncs (OneDrive or SharePoint, a network share): no server, and the files there are encrypted to "
            "the members only. The first member starts the team in that folder; each other member gives them their "
            "transfer key (Settings, Transfers), is invited, waits for the folder to sync, then joins here.")
JOINED = QT_TRANSLATE_NOOP("Team", "Joined. Read each member's fingerprint (below) back to them by phone before "
                                   "relying on the team: a fingerprint that differs means a file that is not theirs.")
# What each field changed apart is called (as the domain's field names: "child.upn")
FIELD_WORDS = {"child.date_of_birth": QT_TRANSLATE_NOOP("Team", "date of birth"),
               "child.first_name": QT_TRANSLATE_NOOP("Team", "first name"),
               "child.last_name": QT_TRANSLATE_NOOP("Team", "surname"),
               "child.upn": QT_TRANSLATE_NOOP("Team", "UPN"),
               "child.nhs_number": QT_TRANSLATE_NOOP("Team", "NHS number"),
               "child.other_names": QT_TRANSLATE_NOOP("Team", "other names"),
               "child.approx_age": QT_TRANSLATE_NOOP("Team", "approximate age"),
               "child.la_case_number": QT_TRANSLATE_NOOP("Team", "local authority case number"),
               "child.language": QT_TRANSLATE_NOOP("Team", "language preference"),
               "escalation.status": QT_TRANSLATE_NOOP("Team", "an escalation's status"),
               "escalation.outcome": QT_TRANSLATE_NOOP("Team", "an escalation's outcome"),
               "assessment.current": QT_TRANSLATE_NOOP("Team", "which version of an assessment is current"),
               "chronology.current": QT_TRANSLATE_NOOP("Team", "which version of a chronology entry is current"),
               "context.body": QT_TRANSLATE_NOOP("Team", "what is recorded about a person or place"),
               "context.merged_into": QT_TRANSLATE_NOOP("Team", "which record a person or place counts as")}
# A language preference as a value (as domain.child_language.WORDS: "Welsh", not "cy")
LANGUAGE_WORDS = {"en": QT_TRANSLATE_NOOP("Team", "English"), "cy": QT_TRANSLATE_NOOP("Team", "Welsh")}
# A member as the list says it: (this vault, removed, a fingerprint known) -> the line
MEMBER_WORDS = {(False, False, True): QT_TRANSLATE_NOOP("Team", "%1, fingerprint %2"),
                (True, False, True): QT_TRANSLATE_NOOP("Team", "%1 (this vault), fingerprint %2"),
                (False, True, True): QT_TRANSLATE_NOOP("Team", "%1 (removed), fingerprint %2"),
                (True, True, True): QT_TRANSLATE_NOOP("Team", "%1 (this vault) (removed), fingerprint %2"),
                (False, False, False): QT_TRANSLATE_NOOP("Team", "%1"),
                (True, False, False): QT_TRANSLATE_NOOP("Team", "%1 (this vault)"),
                (False, True, False): QT_TRANSLATE_NOOP("Team", "%1 (removed)"),
                (True, True, False): QT_TRANSLATE_NOOP("Team", "%1 (this vault) (removed)")}
# What a sync did, one part each (a list: "Synced: %1." joins them with "; ")
SYNC_PARTS = {"published": (QT_TRANSLATE_NOOP("Team", "1 change published"),
                            QT_TRANSLATE_NOOP("Team", "%1 changes published")),
              "read": (QT_TRANSLATE_NOOP("Team", "1 file read"), QT_TRANSLATE_NOOP("Team", "%1 files read")),
              "changed": (QT_TRANSLATE_NOOP("Team", "1 record here brought up to date"),
                          QT_TRANSLATE_NOOP("Team", "%1 records here brought up to date")),
              "waiting": (QT_TRANSLATE_NOOP("Team", "1 file still arriving (tried again next time)"),
                          QT_TRANSLATE_NOOP("Team", "%1 files still arriving (tried again next time)")),
              "refused": (QT_TRANSLATE_NOOP("Team", "1 file refused (not for this vault, or not genuine)"),
                          QT_TRANSLATE_NOOP("Team", "%1 files refused (not for this vault, or not genuine)"))}


_words = partial(i18n.say, "Team")  # a marked sentence of this screen, filled in


class TeamTab(FollowsLanguage, QWidget):
    teamChanged = Signal()  # started or joined here: the background sync starts watching the folder

    def __init__(self, session: Any) -> None:
        super().__init__()
        self.session = session
        self.setObjectName("settings.team")
        self.words = Words("Team")  # on screen in Settings when the language is switched: set again then
        self._said: Callable[[], str] | None = None  # what the tab last said, in the language shown
        self._status: dict[str, Any] | None = None  # the team as last loaded (None: not in a team, or not loaded)
        self._names: dict[str, str] = {}  # a conflict's record -> the child's name, where it is a child
        say = self.words.say
        layout = QVBoxLayout(self)
        self.summary = w.label("", "intro", "team.summary")
        layout.addWidget(self.summary)
        self.setup = QGroupBox()
        say(self.setup.setTitle, QT_TRANSLATE_NOOP("Team", "Start or join a team"))
        form = QFormLayout(self.setup)
        self.folder = w.line_edit("team.folder", "")
        say(self.folder.setAccessibleName, QT_TRANSLATE_NOOP("Team", "The team folder"))
        say(self.folder.setPlaceholderText, QT_TRANSLATE_NOOP("Team", "a folder inside the organisation's synced "
                                                                      "folder"))
        self.folder.setMinimumWidth(420)
        self.choose_button = self._button(QT_TRANSLATE_NOOP("Team", "C&hoose..."), "team.chooseFolder", self._choose)
        folder_label = w.label("")
        folder_label.setWordWrap(False)
        say(folder_label.setText, QT_TRANSLATE_NOOP("Team", "Team folder"))
        form.addRow(folder_label, w.row(self.folder, self.choose_button))
        self.team_name = w.line_edit("team.name", "")
        say(self.team_name.setAccessibleName, QT_TRANSLATE_NOOP("Team", "The team's name (to start one)"))
        say(self.team_name.setPlaceholderText, QT_TRANSLATE_NOOP("Team", "for example: Northgate Academy "
                                                                         "safeguarding"))
        self.team_name.setMinimumWidth(420)
        name_label = w.label("")
        name_label.setWordWrap(False)
        say(name_label.setText, QT_TRANSLATE_NOOP("Team", "Team name (to start one)"))
        form.addRow(name_label, w.row(self.team_name))
        self.start_button = self._button(QT_TRANSLATE_NOOP("Team", "Start a &team in this folder"), "team.start",
                                         self.start)
        self.join_button = self._button(QT_TRANSLATE_NOOP("Team", "&Join the team in this folder"), "team.join",
                                        self.join)
        form.addRow(w.row(self.start_button, self.join_button))
        layout.addWidget(self.setup)
        self.filler = QWidget()  # not in a team: the form at the top, the space below it
        layout.addWidget(self.filler, 1)
        self.members_box = QGroupBox()
        say(self.members_box.setTitle, QT_TRANSLATE_NOOP("Team", "Members"))
        members_layout = QVBoxLayout(self.members_box)
        self.members = QListWidget()
        w.named(self.members, "team.members", "")
        say(self.members.setAccessibleName, QT_TRANSLATE_NOOP("Team", "The team's members"))
        self.members.setMaximumHeight(120)
        members_layout.addWidget(self.members)
        self.invitee = w.line_edit("team.inviteKey", "")
        say(self.invitee.setAccessibleName, QT_TRANSLATE_NOOP("Team", "The new member's transfer key"))
        say(self.invitee.setPlaceholderText, QT_TRANSLATE_NOOP("Team", "age1... (their transfer key)"))
        self.invitee.setMinimumWidth(420)
        self.invitee_name = w.line_edit("team.inviteName", "")
        say(self.invitee_name.setAccessibleName, QT_TRANSLATE_NOOP("Team", "The new member's name and role"))
        say(self.invitee_name.setPlaceholderText, QT_TRANSLATE_NOOP("Team", "name and role"))
        self.invite_button = self._button(QT_TRANSLATE_NOOP("Team", "&Invite"), "team.invite", self.invite)
        self.remove_button = self._button(QT_TRANSLATE_NOOP("Team", "Re&move the selected member..."), "team.remove",
                                          self.remove)
        members_layout.addWidget(w.row(self.invitee, self.invitee_name, self.invite_button))
        members_layout.addWidget(w.row(self.remove_button))
        layout.addWidget(self.members_box)
        conflicts_box = QGroupBox()
        say(conflicts_box.setTitle, QT_TRANSLATE_NOOP("Team", "Changed on two laptops apart (the later is shown; "
                                                              "decide which is right)"))
        conflicts_layout = QVBoxLayout(conflicts_box)
        self.conflicts = QListWidget()
        w.named(self.conflicts, "team.conflicts", "")
        say(self.conflicts.setAccessibleName, QT_TRANSLATE_NOOP("Team", "Fields changed on two laptops apart"))
        self.conflicts.setWordWrap(True)
        conflicts_layout.addWidget(self.conflicts)
        self.keep_button = self._button(QT_TRANSLATE_NOOP("Team", "&Keep the selected value"), "team.keep", self.keep)
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
        w.named(self.progress, "team.progress", "")
        say(self.progress.setAccessibleName, QT_TRANSLATE_NOOP("Team", "Working"))
        self.progress.setRange(0, 0)  # how long a join or a first sync takes is not known in advance
        self.progress.hide()
        layout.addWidget(self.progress)
        self.sync_button = self._button(QT_TRANSLATE_NOOP("Team", "S&ync now"), "team.sync", self.sync, primary=True)
        layout.addWidget(w.row(self.sync_button))
        self.syncing = False
        self.in_team = False

    def _button(self, text: str, name: str, on_click: Any, *, primary: bool = False) -> QPushButton:
        """A button whose words, and the name a screen reader says, follow the interface's language."""
        button = w.button("", name, on_click, primary=primary)
        self.words.name_button(button, text)
        return button


    def retranslate(self) -> None:
        """Every word the tab shows in the interface's language: its own, the team's as last loaded
        (nothing asked of the folder again) and what it last said."""
        self.words.retranslate()
        if self.summary.text():  # loaded: the lists again, where they were
            rows = self.members.currentRow(), self.conflicts.currentRow()
            self._show()
            self.members.setCurrentRow(rows[0])
            self.conflicts.setCurrentRow(rows[1])
        if self._said is not None:
            self.status.setText(self._said())

    def choose_folder(self) -> str:  # replaced in tests
        return QFileDialog.getExistingDirectory(self, translate("Team", "The team folder"), self.folder.text())

    def confirm(self, question: str) -> bool:  # replaced in tests
        box = QMessageBox(QMessageBox.Icon.Question, translate("Team", "Remove a member"), question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(translate("Team", "&Yes"))
        box.button(QMessageBox.StandardButton.No).setText(translate("Team", "&No"))
        return box.exec() == QMessageBox.StandardButton.Yes

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
        self.in_team = service.team() is not None
        self.setup.setVisible(not self.in_team)
        self.filler.setVisible(not self.in_team)
        for part in (self.members_box, self.conflicts_box, self.sync_button):
            part.setVisible(self.in_team)
        self._enable()
        self._status, self._names = None, {}
        if self.in_team:
            self._status = service.status()
            children = {c["record"]: self._child_of(c["record"]) for c in self._status["conflicts"]}
            names = self.session.child_names(c for c in children.values() if c is not None)
            self._names = {record: names[child] for record, child in children.items() if child in names}
        self._show()

    def _show(self) -> None:
        """The team as last loaded, in the interface's language."""
        self.members.clear()
        self.conflicts.clear()
        status = self._status
        if status is None:
            self.summary.setText(_words(NOT_IN_A_TEAM))
            return
        self.summary.setText(_words(QT_TRANSLATE_NOOP("Team", "Team: %1. Folder: %2. Last sync: %3. Files waiting: "
                                                              "%4."), status["team"], status["folder"],
                                    fmt.moment(status["last_sync"], translate("Team", "never")), status["pending"]))
        for member in status["members"]:
            mine = member["fingerprint"] == status["member"]
            line = MEMBER_WORDS[(mine, not member["active"], bool(member["fingerprint"]))]
            item = QListWidgetItem(_words(line, member["name"], member["fingerprint"]))
            item.setData(USER_ROLE, None if mine or not member["active"] else (member["recipient"], member["name"]))
            self.members.addItem(item)
        fill_conflicts(self.conflicts, status["conflicts"],
                       lambda record: self._names.get(record) or translate("Team", "a person, place or record"))
        if not status["conflicts"]:
            self.conflicts.addItem(translate("Team", "None."))
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
        self._run(QT_TRANSLATE_NOOP("Team", "Recording the decision..."), lambda: service.decide(*chosen),
                  lambda report: self._synced(report, decided=True))

    def sync(self) -> None:
        if self.syncing or not self.in_team:
            return
        service = self._service()
        self._run(QT_TRANSLATE_NOOP("Team", "Syncing..."), service.sync, self._synced)

    # ------------------------------------------------------------ start, join, invite, remove

    def _folder(self) -> Path | None:
        text = self.folder.text().strip()
        if not text:
            self._say(QT_TRANSLATE_NOOP("Team", "Choose the team folder first: a folder inside the organisation's "
                                                "synced folder."))
            self.folder.setFocus()
            return None
        return Path(text).expanduser()

    def start(self) -> None:
        folder = self._folder()
        if folder is None or self.syncing:
            return
        if not self.team_name.text().strip():
            self._say(QT_TRANSLATE_NOOP("Team", "Give the team a name (for example the school's name and "
                                                "'safeguarding')."))
            self.team_name.setFocus()
            return
        service, name = self._service(), self.team_name.text()

        def work() -> Any:
            service.create(folder, name)
            return service.sync()  # every shared record goes out once: the long part

        self._run(QT_TRANSLATE_NOOP("Team", "Starting the team and writing this vault's records to the folder... For "
                                            "a large vault this takes some minutes; the window stays usable."), work,
                  lambda _report: self._set_up(QT_TRANSLATE_NOOP("Team", "Team started. Invite each member by their "
                                                                         "transfer key.")))

    def join(self) -> None:
        folder = self._folder()
        if folder is None or self.syncing:
            return
        service = self._service()
        self._run(QT_TRANSLATE_NOOP("Team", "Joining: reading the team's files... For a large vault this takes some "
                                            "minutes; the window stays usable."), lambda: service.join(folder),
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
            self._say(QT_TRANSLATE_NOOP("Team", "Paste the new member's transfer key: the age1... line in Settings, "
                                                "Transfers, in their app."))
            self.invitee.setFocus()
            return
        service = self._service()

        def done(member: Any) -> None:
            self.invitee.clear()
            self.invitee_name.clear()
            self.load()
            self._say(QT_TRANSLATE_NOOP("Team", "Invited %1. Once the folder has synced to their laptop they join in "
                                                "their Settings, Team; then read each other's fingerprints by phone."),
                      member.name)

        self._run(QT_TRANSLATE_NOOP("Team", "Inviting: writing the team's records for the new member too... For a "
                                            "large vault this takes some minutes; the window stays usable."),
                  lambda: service.invite(key, name), done)

    def remove(self) -> None:
        item = self.members.currentItem()
        chosen = item.data(USER_ROLE) if item is not None else None
        if self.syncing or chosen is None:
            self._say(QT_TRANSLATE_NOOP("Team", "Select another member to remove (not this vault, not one already "
                                                "removed)."))
            return
        recipient, name = chosen
        if not self.confirm(_words(QT_TRANSLATE_NOOP("Team", "Remove %1 from the team? What they hold already stays "
                                                             "on their laptop; nothing written from now on can be "
                                                             "read by them, and their key is never used again."),
                                   name)):
            return
        service = self._service()

        def done(_result: Any) -> None:
            self.load()
            self._say(QT_TRANSLATE_NOOP("Team", "Removed %1: later files are not readable by them."), name)

        self._run(QT_TRANSLATE_NOOP("Team", "Removing..."), lambda: service.remove(recipient), done)

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
        counts = [("published", report.published), ("read", report.read), ("changed", report.changed)]
        if report.waiting:
            counts.append(("waiting", report.waiting))
        refused = sum(report.refused.values())
        if refused:
            counts.append(("refused", refused))
        self._said = lambda: self._synced_words(decided, counts)
        self.status.setText(self._said())
        self.status.show()
        self.load()

    def _synced_words(self, decided: bool, counts: list[tuple[str, int]]) -> str:
        parts = [_words(SYNC_PARTS[key][0 if number == 1 else 1], f"{number:,}") for key, number in counts]
        text = QT_TRANSLATE_NOOP("Team", "Decided, for every member. Synced: %1.") if decided else \
            QT_TRANSLATE_NOOP("Team", "Synced: %1.")
        return _words(text, "; ".join(parts))  # a list of what was done, each part a whole phrase

    def _failed(self, exc: BaseException) -> None:
        self.syncing = False
        if not self.session.unlocked:
            return
        self._enable()
        self._say(QT_TRANSLATE_NOOP("Team", "Not done: %1"), exc)

    def _say(self, text: str, *values: object) -> None:
        """``text`` (marked in context Team, %1... filled from ``values``), said again if the language changes."""
        self._said = lambda: _words(text, *values)
        self.status.setText(self._said())
        self.status.show()

    def clear(self) -> None:
        self.summary.clear()
        self.members.clear()
        self.conflicts.clear()
        self._status, self._names, self._said = None, {}, None
        for edit in (self.folder, self.team_name, self.invitee, self.invitee_name):
            edit.clear()
        self.status.hide()


def fill_conflicts(widget: QListWidget, conflicts: list[dict[str, Any]], whose: Any) -> None:
    """One row per competing value (the first is the one shown now), each carrying (record, field,
    value) for "Keep the selected value"; ``whose(record)`` names what the row is about ("" for none:
    on the child's own record)."""
    for conflict in conflicts:
        field = conflict["field"]
        what = translate("Team", FIELD_WORDS[field]) if field in FIELD_WORDS else field
        name = whose(conflict["record"])
        for n, value in enumerate(conflict["values"]):
            words = _value_words(value, field)
            if name:
                line = QT_TRANSLATE_NOOP("Team", "%1: %2: %3 (shown now)") if n == 0 else \
                    QT_TRANSLATE_NOOP("Team", "%1: %2: %3")
                text = _words(line, name, what, words)
            else:
                line = QT_TRANSLATE_NOOP("Team", "%1: %2 (shown now)") if n == 0 else \
                    QT_TRANSLATE_NOOP("Team", "%1: %2")
                text = _words(line, what, words)
            item = QListWidgetItem(text)
            item.setData(USER_ROLE, (conflict["record"], field, value))
            widget.addItem(item)


def _value_words(value: Any, field: str = "") -> str:
    if field == LANGUAGE_FIELD:  # "Welsh", not "cy"; a value this version does not record, as it is
        if value is None:
            return translate("Team", "(not recorded)")
        return translate("Team", LANGUAGE_WORDS[str(value)]) if str(value) in LANGUAGE_WORDS else str(value)
    if value is None or value == "":
        return translate("Team", "(left empty)")
    return str(value)
