"""The team syncing in the background while the records are unlocked (issue 15): when a member's
file lands in the team folder (the sync service writes it; a folder watcher sees it, and waits a
few seconds for it to finish), and every few minutes anyway (a watcher can miss a network share's
changes). One sync at a time, off the UI thread; the status bar says when it last synced, what is
waiting and what needs deciding. Nothing runs while locked, and a sync still running when the
records lock reports to no one. The line is said again in the interface's language when it changes
(the syncer is the main window's child: Qt's ``LanguageChange`` reaches it there)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QFileSystemWatcher, QObject, QTimer, Signal

from screening_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from screening_app.ui.shell.workers import run_task
from screening_app.words import fill

EVERY_MS = 3 * 60 * 1000
SETTLE_MS = 5 * 1000  # a file still being written by the sync service: wait, then read it
FIRST_MS = 4 * 1000  # after unlock: not before the first paint, not in the way of the first search
# The status bar's line after a sync: (files waiting, details to decide) -> the line
SYNCED_WORDS = {(False, False): QT_TRANSLATE_NOOP("Team", "Team: synced %1"),
                (True, False): QT_TRANSLATE_NOOP("Team", "Team: synced %1 · %2 waiting"),
                (False, True): QT_TRANSLATE_NOOP("Team", "Team: synced %1 · %2 to decide (Settings, Team)"),
                (True, True): QT_TRANSLATE_NOOP("Team", "Team: synced %1 · %2 waiting · %3 to decide (Settings, Team)")}


class TeamSyncer(QObject):
    said = Signal(str)  # the status bar's line ("" when the vault is not in a team)

    def __init__(self, session: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.running = False
        self.folder: Path | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sync)
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.timeout.connect(self.sync)
        self.watcher: QFileSystemWatcher | None = None
        self._said: Callable[[], str] | None = None  # the line last said, in the language shown

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and self._said is not None:
            self.said.emit(self._said())
        return super().event(event)

    def _say(self, line: Callable[[], str] | None) -> None:
        """The status bar's line (None: nothing, the vault is not in a team), said again when the
        interface's language changes."""
        self._said = line
        self.said.emit(line() if line is not None else "")

    def _service(self) -> Any:
        from screening_app.services.team import TeamService

        records = self.session.records
        return TeamService(records.vault, records.actor, self.session.clock)

    def start(self) -> None:
        """After unlock: only when this vault is in a team."""
        team = self._service().team()
        if team is None:
            self._say(None)
            return
        self.folder = Path(team.folder)
        self._say(lambda: translate("Team", "Team: not synced yet"))
        self.timer.start(EVERY_MS)
        QTimer.singleShot(FIRST_MS, self, self.sync)
        self._watch()

    def _watch(self) -> None:
        if self.folder is None or not self.folder.is_dir():
            return
        if self.watcher is None:
            self.watcher = QFileSystemWatcher(self)
            self.watcher.directoryChanged.connect(lambda _path: self.settle.start(SETTLE_MS))
        wanted = [str(self.folder), *(str(p) for p in self.folder.iterdir() if p.is_dir())]
        missing = [p for p in wanted if p not in self.watcher.directories()]
        if missing:
            self.watcher.addPaths(missing)  # a new member's folder, once it appears

    def stop(self) -> None:
        self.timer.stop()
        self.settle.stop()
        if self.watcher is not None and self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        self.folder = None
        self._say(None)

    def sync(self) -> None:
        if self.running or not self.session.unlocked or self.folder is None:
            return
        self.running = True
        service = self._service()
        run_task(lambda _p: (service.sync(), service.status()), self._done, self._failed)

    def _done(self, result: Any) -> None:
        self.running = False
        if not self.session.unlocked or self.folder is None:
            return
        _report, status = result
        from screening_app.ui.shell import fmt

        last, pending, deciding = status["last_sync"], status["pending"], len(status["conflicts"])
        self._say(lambda: fill(translate("Team", SYNCED_WORDS[(bool(pending), bool(deciding))]),
                               fmt.moment(last, translate("Team", "never")), *(n for n in (pending, deciding) if n)))
        self._watch()

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        if self.session.unlocked and self.folder is not None:
            self._say(lambda: fill(translate("Team", "Team: not synced (%1)"), exc))
