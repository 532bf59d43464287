"""The team syncing in the background while the records are unlocked (issue 15): when a member's
file lands in the team folder (the sync service writes it; a folder watcher sees it, and waits a
few seconds for it to finish), and every few minutes anyway (a watcher can miss a network share's
changes). One sync at a time, off the UI thread; the status bar says when it last synced, what is
waiting and what needs deciding. Nothing runs while locked, and a sync still running when the
records lock reports to no one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from screening_app.ui.shell.workers import run_task

EVERY_MS = 3 * 60 * 1000
SETTLE_MS = 5 * 1000  # a file still being written by the sync service: wait, then read it
FIRST_MS = 4 * 1000  # after unlock: not before the first paint, not in the way of the first search


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

    def _service(self) -> Any:
        from screening_app.services.team import TeamService

        records = self.session.records
        return TeamService(records.vault, records.actor, self.session.clock)

    def start(self) -> None:
        """After unlock: only when this vault is in a team."""
        team = self._service().team()
        if team is None:
            self.said.emit("")
            return
        self.folder = Path(team.folder)
        self.said.emit("Team: not synced yet")
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
        self.said.emit("")

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

        parts = [f"Team: synced {fmt.moment(status['last_sync'])}"]
        if status["pending"]:
            parts.append(f"{status['pending']} waiting")
        if status["conflicts"]:
            parts.append(f"{len(status['conflicts'])} to decide (Settings, Team)")
        self.said.emit(" · ".join(parts))
        self._watch()

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        if self.session.unlocked and self.folder is not None:
            self.said.emit(f"Team: not synced ({exc})")
