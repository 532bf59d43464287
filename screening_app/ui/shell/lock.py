"""Lock on idle: an application-wide event filter notes the last input, and a one-second timer
compares it with a clock that keeps counting while the laptop sleeps (so opening the lid after
lunch finds the records locked). The clock is injectable for tests."""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractNativeEventFilter, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

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


# ------------------------------------------------------------------ lock when the system says so

WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
WM_WTSSESSION_CHANGE = 0x02B1
WTS_CONSOLE_DISCONNECT, WTS_REMOTE_DISCONNECT, WTS_SESSION_LOCK = 0x2, 0x4, 0x7
NOTIFY_FOR_THIS_SESSION = 0


def system_wants_lock(message: int, wparam: int) -> bool:
    """A Windows message meaning the laptop is going to sleep or the session is being locked."""
    if message == WM_POWERBROADCAST:
        return wparam == PBT_APMSUSPEND
    if message == WM_WTSSESSION_CHANGE:
        return wparam in (WTS_CONSOLE_DISCONNECT, WTS_REMOTE_DISCONNECT, WTS_SESSION_LOCK)
    return False


class SystemLockWatch(QAbstractNativeEventFilter):
    """Locks when the machine suspends or the user's session is locked, where Qt can tell:
    Windows power and session messages, and Qt's own "application suspended" state.
    (Elsewhere the idle check against a sleep-counting clock locks at the first tick after wake.)"""

    def __init__(self, on_lock: Callable[[], None]) -> None:
        super().__init__()
        self.on_lock = on_lock

    def nativeEventFilter(self, event_type: Any, message: Any) -> tuple[bool, int]:  # Qt's name
        if sys.platform == "win32" and bytes(event_type) == b"windows_generic_MSG":
            try:
                from ctypes import wintypes

                msg = wintypes.MSG.from_address(int(message))
                if system_wants_lock(msg.message, msg.wParam):
                    QTimer.singleShot(0, self.on_lock)  # never lock from inside the native handler
            except (TypeError, ValueError, OSError):
                pass
        return False, 0

    def application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.on_lock()

    def stop(self) -> None:
        app = QApplication.instance()
        app.removeNativeEventFilter(self)
        with contextlib.suppress(RuntimeError, TypeError):
            app.applicationStateChanged.disconnect(self.application_state_changed)


def watch_system_lock(window: QWidget, on_lock: Callable[[], None]) -> SystemLockWatch:
    watch = SystemLockWatch(on_lock)
    app = QApplication.instance()
    app.installNativeEventFilter(watch)
    app.applicationStateChanged.connect(watch.application_state_changed)
    if sys.platform == "win32":  # session lock messages come only to windows that ask for them
        with contextlib.suppress(AttributeError, OSError):
            import ctypes

            ctypes.windll.wtsapi32.WTSRegisterSessionNotification(int(window.winId()), NOTIFY_FOR_THIS_SESSION)
    return watch
