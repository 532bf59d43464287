"""Lock on idle: an application-wide event filter notes the last input, and a one-second timer
compares it with a clock that keeps counting while the laptop sleeps (so opening the lid after
lunch finds the records locked). The clock is injectable for tests."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

Clock = Callable[[], float]

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
    QEvent.Type.InputMethod,
})


def sleep_counting_clock() -> float:
    """Seconds that include suspend: CLOCK_BOOTTIME on Linux; elsewhere ``time.monotonic``
    (Windows counts sleep there) with the wall clock as a floor for macOS."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:
        return time.clock_gettime(boottime)
    return time.time()


class IdleWatch(QObject):
    """Emits ``idle`` once when no input has arrived for the limit; restarts on ``start``."""

    idle = Signal()

    def __init__(self, clock: Clock = sleep_counting_clock, check_ms: int = 1000) -> None:
        super().__init__()
        self.clock = clock
        self.limit_seconds = 300.0
        self._last = clock()
        self.timer = QTimer(self)
        self.timer.setInterval(check_ms)
        self.timer.timeout.connect(self.check)

    def start(self, minutes: float) -> None:
        self.limit_seconds = max(1.0, minutes * 60.0)
        self.touch()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    @property
    def active(self) -> bool:
        return self.timer.isActive()

    def touch(self) -> None:
        self._last = self.clock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._last = self.clock()
        return False

    def check(self) -> None:
        if self.timer.isActive() and self.clock() - self._last >= self.limit_seconds:
            self.timer.stop()
            self.idle.emit()
