"""A child's record in a team (issue 15): who in the team receives this child's records (KCSIE:
access only for those who need it), changed from here; and this child's details changed on two
laptops apart, decided beside them. Hidden when the vault is not in a team."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
)

from screening_app.ui import i18n
from screening_app.ui.contexts.panels import fit_rows
from screening_app.ui.i18n import QT_TRANSLATE_NOOP, FollowsLanguage, Words, translate
from screening_app.ui.shell import widgets as w
from screening_app.ui.shell.workers import run_task
from screening_app.ui.transfer.team_tab import USER_ROLE, fill_conflicts

EVERYONE = QT_TRANSLATE_NOOP("TeamChild", "Every member of the team receives this child's records.")
ONLY = QT_TRANSLATE_NOOP("TeamChild", "Only these members receive this child's records from now on: %1. What a member "
                                      "already holds stays on their laptop: access can be limited from now on, not "
                                      "taken back.")
TITLE = QT_TRANSLATE_NOOP("TeamChild", "Team")
TITLE_CONFLICTS = QT_TRANSLATE_NOOP("TeamChild", "Team: changed on two laptops apart (the first is shown; keep the "
                                                 "right one)")


_words = partial(i18n.say, "TeamChild")  # a marked sentence of this screen, filled in


class TeamChildPanel(FollowsLanguage, QGroupBox):
    decided = Signal()  # a detail of the child changed by a decision: the record shows it

    def __init__(self, session: Any) -> None:
        super().__init__(_words(TITLE))
        self.session = session
        self.child_id: int | None = None
        self.busy = False
        self.words = Words("TeamChild")  # the record stays built while Settings switches the language
        self._said: Callable[[], str] | None = None  # what the panel last said, in the language shown
        self._conflicts: list[dict[str, Any]] = []
        self._loaded = False  # a child in a team is shown (members, access and details known)
        self.setObjectName("teamChild")
        layout = QVBoxLayout(self)
        self.access = w.label("", "help", "teamChild.access")
        layout.addWidget(self.access)
        self.access_button = w.button("", "teamChild.changeAccess", self.change_access)
        self._button_words(self.access_button, QT_TRANSLATE_NOOP("TeamChild", "Who in the &team receives this "
                                                                              "child's records..."))
        layout.addWidget(w.row(self.access_button))
        self.conflicts = QListWidget()
        w.named(self.conflicts, "teamChild.conflicts", "")
        self.words.say(self.conflicts.setAccessibleName, QT_TRANSLATE_NOOP(
            "TeamChild", "This child's details changed on two laptops apart"))
        self.conflicts.setWordWrap(True)
        layout.addWidget(self.conflicts)
        self.keep_button = w.button("", "teamChild.keep", self.keep)
        self._button_words(self.keep_button, QT_TRANSLATE_NOOP("TeamChild", "&Keep the selected value"))
        layout.addWidget(w.row(self.keep_button))
        self.status = w.label("", "help", "teamChild.status")
        layout.addWidget(self.status)
        self.dialog: AccessDialog | None = None
        self.hide()

    def _button_words(self, button: Any, text: str) -> None:
        self.words.name_button(button, text)


    def retranslate(self) -> None:
        """The panel's words in the interface's language: its own, the child's as last shown (nothing
        asked of the vault again) and what it last said."""
        self.words.retranslate()
        if self.child_id is not None and self._loaded:
            row = self.conflicts.currentRow()
            self._show()
            self.conflicts.setCurrentRow(row)
        if self._said is not None:
            self.status.setText(self._said())

    def _service(self) -> Any:
        from screening_app.services.team import TeamService

        records = self.session.records
        return TeamService(records.vault, records.actor, self.session.clock)

    def show_child(self, child_id: int) -> None:
        self.child_id = child_id
        service = self._service()
        if service.team() is None:
            self._loaded = False
            self.hide()
            return
        self.members = {m.recipient: m for m in service.members().values() if m.active}
        self.me = service.identity.recipient
        self.allowed = service.access(child_id)
        self._conflicts = service.conflicts_of_child(child_id)
        self._loaded = True
        self._show()
        if self.conflicts.count():
            self.conflicts.setCurrentRow(0)
        self.status.setVisible(bool(self.status.text()))
        self._enable()
        self.show()

    def _show(self) -> None:
        """The child's team access and details to decide, as last asked, in the interface's language."""
        if self.allowed is None:
            self.access.setText(_words(EVERYONE))
        else:
            self.access.setText(_words(ONLY, ", ".join(self._name(r) for r in self.allowed)))
        self.conflicts.clear()
        fill_conflicts(self.conflicts, self._conflicts, lambda _record: "")
        has = self.conflicts.count() > 0
        if has:
            fit_rows(self.conflicts, 6)
        self.setTitle(_words(TITLE_CONFLICTS if has else TITLE))
        self.conflicts.setVisible(has)
        self.keep_button.setVisible(has)

    def _name(self, recipient: str) -> str:
        member = self.members.get(recipient)
        name = member.name if member else translate("TeamChild", "a former member")
        return _words(QT_TRANSLATE_NOOP("TeamChild", "%1 (this vault)"), name) if recipient == self.me else name

    def _enable(self) -> None:
        self.access_button.setEnabled(not self.busy)
        self.keep_button.setEnabled(not self.busy and self.conflicts.currentItem() is not None)

    def change_access(self) -> None:
        if self.child_id is None or self.busy:
            return
        self.dialog = AccessDialog(self.window(), [(r, self._name(r)) for r in self.members], self.me, self.allowed)
        self.dialog.accepted.connect(self._access_chosen)
        self.dialog.open()

    def _access_chosen(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None or self.child_id is None:
            return
        chosen = dialog.chosen()
        dialog.deleteLater()
        service, child = self._service(), self.child_id
        self._run(QT_TRANSLATE_NOOP("TeamChild", "Saving who receives this child's records, and syncing..."),
                  lambda: service.restrict(child, chosen),
                  QT_TRANSLATE_NOOP("TeamChild", "Saved: from now on, only as said above."))

    def keep(self) -> None:
        item = self.conflicts.currentItem()
        if item is None or self.busy:
            return
        service, chosen = self._service(), item.data(USER_ROLE)
        self._run(QT_TRANSLATE_NOOP("TeamChild", "Recording the decision..."), lambda: service.decide(*chosen),
                  QT_TRANSLATE_NOOP("TeamChild", "Decided, for every member."), self.decided.emit)

    def _run(self, said: str, work: Any, done: str, then: Any = None) -> None:
        self.busy = True
        self._enable()
        self._say(said)

        def finished(_result: Any) -> None:
            self.busy = False
            if self.session.unlocked and self.child_id is not None:
                self._say(done)
                self.show_child(self.child_id)
                if then is not None:
                    then()

        def failed(exc: BaseException) -> None:
            self.busy = False
            if self.session.unlocked:
                self._say(QT_TRANSLATE_NOOP("TeamChild", "Not done: %1"), exc)
                self._enable()

        run_task(lambda _p: work(), finished, failed)

    def _say(self, text: str, *values: object) -> None:
        """``text`` (marked in context TeamChild, %1... filled from ``values``; "" for nothing), said
        again if the language changes."""
        self._said = (lambda: _words(text, *values)) if text else None
        self.status.setText(self._said() if self._said else "")
        self.status.setVisible(bool(text))

    def clear(self) -> None:
        self.child_id = None
        self.conflicts.clear()
        self._conflicts = []
        self._loaded = False
        self._say("")
        self.hide()


class AccessDialog(QDialog):
    """Every member, or only those ticked (this vault always: it holds the record). Opened in the
    language chosen: its words are set when it is made."""

    def __init__(self, parent: Any, members: list[tuple[str, str]], me: str, allowed: list[str] | None) -> None:
        super().__init__(parent)
        self.setObjectName("teamAccess")
        self.setWindowTitle(translate("TeamChild", "Who in the team receives this child's records"))
        self.resize(560, 380)
        layout = QVBoxLayout(self)
        layout.addWidget(w.label(translate("TeamChild", "KCSIE: a child protection record is seen only by those who "
                                                        "need to. What a member already holds stays on their laptop: "
                                                        "access can be limited from now on, not taken back."),
                                 "intro"))
        self.everyone = QRadioButton(translate("TeamChild", "&Every member of the team, and anyone who joins later "
                                                            "(the default)"))
        self.only = QRadioButton(translate("TeamChild", "&Only the members ticked:"))
        self.everyone.setObjectName("teamAccess.everyone")
        self.only.setObjectName("teamAccess.only")
        layout.addWidget(self.everyone)
        layout.addWidget(self.only)
        self.list = QListWidget()
        w.named(self.list, "teamAccess.members", translate("TeamChild", "Members who receive this child's records"))
        for recipient, name in members:
            item = QListWidgetItem(name)
            item.setData(USER_ROLE, recipient)
            mine = recipient == me
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            if mine:  # this vault holds the record: always ticked
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            ticked = mine or allowed is None or recipient in allowed
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        (self.everyone if allowed is None else self.only).setChecked(True)
        self.only.toggled.connect(self.list.setEnabled)
        self.list.setEnabled(allowed is not None)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        for which, text in ((QDialogButtonBox.StandardButton.Save, translate("TeamChild", "Save")),
                            (QDialogButtonBox.StandardButton.Cancel, translate("TeamChild", "Cancel"))):
            button = buttons.button(which)
            button.setText(text)
            button.setAccessibleName(text.replace("&", ""))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[str] | None:
        if self.everyone.isChecked():
            return None
        return [self.list.item(i).data(USER_ROLE) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]
