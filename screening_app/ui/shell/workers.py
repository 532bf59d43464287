"""Long work off the UI thread (Anki's ``operations`` pattern): KDF, backup, restore, integrity.

``run_task`` runs a plain function in the global QThreadPool and calls back on
the UI thread with its result or its exception; the function may report
progress (0.0-1.0) through the callable it is given. The window never freezes
while Argon2 or a backup runs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Progress = Callable[[float], None]
Work = Callable[[Progress], Any]

_running: set[Task] = set()  # keeps tasks and relays alive until they report


class _Relay(QObject):
    """Lives on the UI thread; signals emitted by the worker arrive here queued."""

    progressed = Signal(float)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: Callable[[Any], None], on_error: Callable[[BaseException], None],
                 on_progress: Progress | None) -> None:
        super().__init__()
        self._on_done, self._on_error, self._on_progress = on_done, on_error, on_progress
        self.task: Task | None = None
        self.progressed.connect(self._progress)
        self.succeeded.connect(self._done)
        self.failed.connect(self._error)

    @Slot(float)
    def _progress(self, fraction: float) -> None:
        if self._on_progress is not None:
            self._on_progress(fraction)

    @Slot(object)
    def _done(self, result: Any) -> None:
        _running.discard(self.task)
        self._on_done(result)

    @Slot(object)
    def _error(self, exc: Any) -> None:
        _running.discard(self.task)
        self._on_error(exc)


class Task(QRunnable):
    """One piece of work run on a pool thread."""

    def __init__(self, work: Work, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.work, self.relay = work, relay

    def run(self) -> None:
        try:
            result = self.work(self.relay.progressed.emit)
        except BaseException as exc:  # reported to the UI, never swallowed
            self.relay.failed.emit(exc)
        else:
            self.relay.succeeded.emit(result)


def run_task(
    work: Work,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    on_progress: Progress | None = None,
) -> Task:
    relay = _Relay(on_done, on_error, on_progress)
    task = Task(work, relay)
    relay.task = task
    _running.add(task)
    QThreadPool.globalInstance().start(task)
    return task


def wait_for_tasks(timeout_ms: int = 30_000) -> bool:
    """For shutdown and tests: wait until every running task has finished."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


def busy() -> bool:
    return bool(_running)
