"""Lock on idle: an application-wide event filter notes the last input, and a one-second timer
compares it with a clock that keeps counting while the laptop sleeps (so opening the lid after
lunch finds the records locked). The clock is injectable for tests.

Lock when the system says so: Windows session and power messages, Qt's "application suspended",
and on Linux systemd-logind over the system D-Bus (a local Unix socket, never the network):
``PrepareForSleep(true)`` and the session's ``Lock`` signal or ``LockedHint``. A delay inhibitor
holds the suspend back (up to logind's few seconds) until the draft is saved and the vault closed.
The bus is reached only once the records are first unlocked, and silently not at all where there
is none (CI, containers, Windows, macOS).

Ctrl+L locks from inside modal dialogs too: Qt ignores a window's shortcuts while a modal dialog
shadows it, so the lock action is added to each dialog the focus enters."""

from __future__ import annotations

import contextlib
import itertools
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import SLOT, QAbstractNativeEventFilter, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from screening_app.clock import SYSTEM_CLOCK, Clock
from screening_app.ui import app_signals
from screening_app.ui.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
    QEvent.Type.InputMethod,
})


class IdleWatch(QObject):
    """Emits ``idle`` once when no input has arrived for the limit; restarts on ``start``."""

    idle = Signal()

    def __init__(self, clock: Clock = SYSTEM_CLOCK, check_ms: int = 1000) -> None:
        super().__init__()
        self.clock = clock
        self.limit_seconds = 300.0
        self._last = clock.elapsed()
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
        self._last = self.clock.elapsed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._last = self.clock.elapsed()
        return False

    def check(self) -> None:
        if self.timer.isActive() and self.clock.elapsed() - self._last >= self.limit_seconds:
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


# ------------------------------------------------------------------ Linux: systemd-logind over D-Bus

LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
MANAGER = "org.freedesktop.login1.Manager"
SESSION = "org.freedesktop.login1.Session"
PROPERTIES = "org.freedesktop.DBus.Properties"
SYSTEM_BUS_DEFAULT = "unix:path=/var/run/dbus/system_bus_socket"  # libdbus's own default
# What the system shows while the app holds the sleep back (``systemd-inhibit --list``, a desktop's
# power menu): in the interface's language, looked up when asked (context "Lock")
INHIBIT_WHY = QT_TRANSLATE_NOOP("Lock", "Locking the case records before the computer sleeps")
INHIBIT = ("sleep", "CSE Screening", INHIBIT_WHY, "delay")
_names = itertools.count(1)


def local_bus_address(address: str | None) -> str | None:
    """The address if every transport in it is a Unix socket (a D-Bus address may also name
    ``tcp:``, which this app must never use); for ``unix:path=`` the socket must exist, so a
    machine without a system bus is skipped at once."""
    entries = [entry for entry in (address or "").split(";") if entry]
    if not entries or not all(entry.startswith("unix:") for entry in entries):
        return None
    for entry in entries:
        keys = dict(part.split("=", 1) for part in entry[len("unix:"):].split(",") if "=" in part)
        if "path" in keys and not os.path.exists(keys["path"]):
            return None
    return address


def system_bus_address() -> str | None:
    return local_bus_address(os.environ.get("DBUS_SYSTEM_BUS_ADDRESS") or SYSTEM_BUS_DEFAULT)


def _plain(value: Any) -> Any:
    """A D-Bus reply value as Python: object paths and variants unwrapped."""
    for unwrap in ("path", "variant"):
        method = getattr(value, unwrap, None)
        if callable(method):
            return method()
    return value


class LogindWatch(QObject):
    """Calls ``on_lock`` when logind says the machine is about to sleep or this session is locked.

    ``address`` is the bus to use (tests pass a private bus); by default the system bus, if it is a
    local socket that exists. Every step that can fail (no bus, no logind, no session) fails
    silently: the idle lock against a sleep-counting clock still covers it."""

    def __init__(self, on_lock: Callable[[], None], address: str | None = None,
                 session_id: str | None = None) -> None:
        super().__init__()
        self.on_lock = on_lock
        self.address = address
        self.session_id = session_id or os.environ.get("XDG_SESSION_ID") or "auto"
        self.session_path: str | None = None
        self.bus: Any = None
        self.inhibitor: Any = None  # the delay lock's file descriptor: closing it lets sleep go on
        self._name = f"cse-screening-logind-{next(_names)}"
        self._pending: list[Any] = []

    def start(self) -> bool:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return False
        address = local_bus_address(self.address) if self.address else system_bus_address()
        if address is None:
            return False
        bus = QDBusConnection.connectToBus(address, self._name)
        if not bus.isConnected():
            QDBusConnection.disconnectFromBus(self._name)
            return False
        self.bus = bus
        bus.connect(LOGIN1, LOGIN1_PATH, MANAGER, "PrepareForSleep", self, SLOT("prepare_for_sleep(QDBusMessage)"))
        self._call(LOGIN1_PATH, MANAGER, "GetSession", [self.session_id], self._got_session)
        self._take_inhibitor()
        return True

    def stop(self) -> None:
        if self.bus is None:
            return
        from PySide6.QtDBus import QDBusConnection

        self.bus.disconnect(LOGIN1, LOGIN1_PATH, MANAGER, "PrepareForSleep", self,
                            SLOT("prepare_for_sleep(QDBusMessage)"))
        if self.session_path:
            self.bus.disconnect(LOGIN1, self.session_path, SESSION, "Lock", self, SLOT("session_lock(QDBusMessage)"))
            self.bus.disconnect(LOGIN1, self.session_path, PROPERTIES, "PropertiesChanged", self,
                                SLOT("properties_changed(QDBusMessage)"))
        self.bus = self.inhibitor = None
        QDBusConnection.disconnectFromBus(self._name)
        # QtDBus's thread now destroys the connection's objects; a destructor asks for Python's GIL
        # (PySide looks for an override) while holding one of Qt's shared signal locks. If this
        # thread, holding the GIL, then needs that lock (closing the window disconnects a caret's
        # blink timer), both wait for ever (CI: a hang on close, seen with gdb). So give the GIL
        # away for a moment, several times, while that thread finishes.
        import time

        for _ in range(10):
            time.sleep(0.02)

    @property
    def active(self) -> bool:
        return self.bus is not None

    # ------------------------------------------------------------ asynchronous calls (never block the UI)

    def _call(self, path: str, interface: str, method: str, args: list[Any],
              on_reply: Callable[[list[Any]], None]) -> None:
        from PySide6.QtDBus import QDBusMessage, QDBusPendingCallWatcher

        if self.bus is None:
            return
        message = QDBusMessage.createMethodCall(LOGIN1, path, interface, method)
        message.setArguments(args)
        watcher = QDBusPendingCallWatcher(self.bus.asyncCall(message), self)
        self._pending.append(watcher)

        def finished(done: Any) -> None:
            reply = done.reply()
            with contextlib.suppress(ValueError):
                self._pending.remove(done)
            done.deleteLater()
            if reply.type() == QDBusMessage.MessageType.ReplyMessage and self.bus is not None:
                on_reply([_plain(value) for value in reply.arguments()])

        watcher.finished.connect(finished)

    def _got_session(self, args: list[Any]) -> None:
        if not args or not isinstance(args[0], str) or self.session_path:
            return
        self.session_path = args[0]
        self.bus.connect(LOGIN1, self.session_path, SESSION, "Lock", self, SLOT("session_lock(QDBusMessage)"))
        self.bus.connect(LOGIN1, self.session_path, PROPERTIES, "PropertiesChanged", self,
                         SLOT("properties_changed(QDBusMessage)"))

    def _take_inhibitor(self) -> None:
        if self.inhibitor is None:
            what, who, why, mode = INHIBIT
            self._call(LOGIN1_PATH, MANAGER, "Inhibit", [what, who, translate("Lock", why), mode], self._got_inhibitor)

    def _got_inhibitor(self, args: list[Any]) -> None:
        self.inhibitor = args[0] if args else None

    def _lock_then_release(self) -> None:
        try:
            self.on_lock()
        finally:
            self.inhibitor = None  # the last reference: the descriptor closes and the sleep goes on

    # ------------------------------------------------------------ logind's signals

    @Slot("QDBusMessage")
    def prepare_for_sleep(self, message: Any) -> None:
        args = message.arguments()
        if args and args[0] is True:
            self._lock_then_release()
        elif args and args[0] is False and self.bus is not None:  # awake again: hold the next sleep too
            self._take_inhibitor()

    @Slot("QDBusMessage")
    def session_lock(self, _message: Any) -> None:
        self.on_lock()

    @Slot("QDBusMessage")
    def properties_changed(self, message: Any) -> None:
        """Desktops that lock the screen themselves (GNOME, KDE) set the session's LockedHint.
        The changed values arrive as a map PySide6 cannot read, so the hint is asked for."""
        args = message.arguments()
        if args and args[0] == SESSION and self.session_path:
            self._call(self.session_path, PROPERTIES, "Get", [SESSION, "LockedHint"], self._locked_hint)

    def _locked_hint(self, args: list[Any]) -> None:
        if args and args[0] is True:
            self.on_lock()


# ------------------------------------------------------------------ all of it together

class SystemLockWatch(QAbstractNativeEventFilter):
    """Locks when the machine suspends or the user's session is locked, where Qt can tell:
    Windows power and session messages, Qt's own "application suspended" state, and on Linux
    systemd-logind (started by ``arm`` once the records are open; ``bus_address`` is for tests).
    (Elsewhere the idle check against a sleep-counting clock locks at the first tick after wake.)"""

    def __init__(self, on_lock: Callable[[], None], bus_address: str | None = None) -> None:
        super().__init__()
        self.on_lock = on_lock
        self.bus_address = bus_address
        self.logind: LogindWatch | None = None
        self.watching_state = False

    def watch_state(self) -> None:
        """Qt's "application suspended" state, once there are records to lock. (Not at start: the
        signal's ``Qt.ApplicationState`` argument needs the ``Qt`` namespace, which is left unbuilt
        until after the first paint, ~20 ms; a signal before that cannot reach Python.)"""
        if not self.watching_state:
            self.watching_state = True
            app_signals.listen("applicationStateChanged", self.application_state_changed)

    def arm(self) -> None:
        """Start listening to logind, once; a no-op off Linux or without a system bus."""
        if self.logind is None and sys.platform.startswith("linux"):
            self.logind = LogindWatch(self.on_lock, self.bus_address)
            try:
                self.logind.start()
            except Exception:  # whatever the bus does, the app goes on (the idle lock still holds)
                with contextlib.suppress(Exception):
                    self.logind.stop()

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
        from PySide6.QtCore import Qt

        if state == Qt.ApplicationState.ApplicationSuspended:
            self.on_lock()

    def stop(self) -> None:
        if self.logind is not None:
            with contextlib.suppress(Exception):
                self.logind.stop()
        app = QApplication.instance()
        app.removeNativeEventFilter(self)
        if self.watching_state:
            self.watching_state = False
            app_signals.unlisten("applicationStateChanged", self.application_state_changed)


def watch_system_lock(window: QWidget, on_lock: Callable[[], None]) -> SystemLockWatch:
    watch = SystemLockWatch(on_lock)
    # Qt's application state: watch_state, at the first unlock. The native filter reads only
    # Windows messages; elsewhere it would put every native event (each X11 mouse move) through Python.
    if sys.platform == "win32":  # session lock messages come only to windows that ask for them
        QApplication.instance().installNativeEventFilter(watch)
        with contextlib.suppress(AttributeError, OSError):
            import ctypes

            ctypes.windll.wtsapi32.WTSRegisterSessionNotification(int(window.winId()), NOTIFY_FOR_THIS_SESSION)
    return watch


class LockShortcutReach(QObject):
    """Adds the lock action to every dialog the focus enters, so Ctrl+L works inside modal
    dialogs (the child picker, the escalation dialog, the referral save dialog...)."""

    def __init__(self, action: QAction) -> None:
        super().__init__(action)
        self.action = action
        app_signals.listen("focusChanged", self.focus_changed)

    def focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        window = new.window() if new is not None else None
        # QWidget's own methods: a dialog may use the names for something else (PdfActions.actions)
        if isinstance(window, QDialog) and self.action not in QWidget.actions(window):
            QWidget.addAction(window, self.action)

    def stop(self) -> None:
        app_signals.unlisten("focusChanged", self.focus_changed)
