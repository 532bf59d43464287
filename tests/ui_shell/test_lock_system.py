"""Issue 6 item 7: lock when the machine is about to sleep or the session is locked, as Linux's
systemd-logind announces over D-Bus; and Ctrl+L from inside modal dialogs.

The logind tests run a private ``dbus-daemon`` (Debian package ``dbus-daemon``) with a fake logind
on it: the real one is on the system bus, which tests must not touch. Without the daemon they
skip, and the slot tests below still check the wiring.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from screening_app.ui.shell import lock as lock_module
from screening_app.ui.shell.lock import LOGIN1, LOGIN1_PATH, MANAGER, PROPERTIES, SESSION, LogindWatch

SESSION_PATH = "/org/freedesktop/login1/session/_31"  # logind's encoding of session "1"


# ------------------------------------------------------------------ no bus, no network, no crash

def test_only_unix_socket_buses_are_used(tmp_path):
    socket_file = tmp_path / "bus"
    socket_file.touch()
    assert lock_module.local_bus_address(f"unix:path={socket_file}") == f"unix:path={socket_file}"
    assert lock_module.local_bus_address("unix:abstract=/tmp/dbus-x,guid=0") == "unix:abstract=/tmp/dbus-x,guid=0"
    assert lock_module.local_bus_address("tcp:host=127.0.0.1,port=9") is None  # never a network transport
    assert lock_module.local_bus_address(f"unix:path={socket_file};tcp:host=10.0.0.1,port=9") is None
    assert lock_module.local_bus_address(f"unix:path={tmp_path / 'none'}") is None  # no system bus here
    assert lock_module.local_bus_address("") is None and lock_module.local_bus_address(None) is None


def test_without_a_system_bus_nothing_happens_and_nothing_waits(qapp, monkeypatch, tmp_path):
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
    started = time.perf_counter()
    watch = LogindWatch(lambda: pytest.fail("locked with no bus"))
    assert watch.start() is False and not watch.active
    watch.stop()
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", "tcp:host=127.0.0.1,port=9")  # refused before any connect
    assert LogindWatch(lambda: None).start() is False
    assert time.perf_counter() - started < 0.5


def test_system_lock_watch_arms_once_and_survives_a_broken_bus(qapp, monkeypatch):
    watch = lock_module.SystemLockWatch(lambda: None, bus_address="tcp:host=127.0.0.1,port=9")
    watch.arm()
    if watch.logind is not None:  # Linux
        assert not watch.logind.active
        first = watch.logind
        watch.arm()
        assert watch.logind is first

    def broken(self):
        raise RuntimeError("the bus went away")

    monkeypatch.setattr(LogindWatch, "start", broken)
    again = lock_module.SystemLockWatch(lambda: None)
    again.arm()  # no exception reaches the app
    if again.logind is not None:
        assert not again.logind.active


def test_logind_slots_lock(qapp):
    """The handlers themselves, as the bus would call them."""
    locks: list[str] = []
    watch = LogindWatch(lambda: locks.append("locked"))

    def message(*args):
        return SimpleNamespace(arguments=lambda: list(args))

    watch.inhibitor = object()
    watch.prepare_for_sleep(message(False))  # waking: no lock
    assert locks == []
    watch.prepare_for_sleep(message(True))
    assert locks == ["locked"] and watch.inhibitor is None  # the delay lock released after locking
    watch.session_lock(message())
    assert locks == ["locked", "locked"]
    watch.properties_changed(message("org.freedesktop.login1.User", {}, []))  # not ours: nothing asked
    watch._locked_hint([False])
    watch._locked_hint([True])
    assert locks == ["locked"] * 3


# ------------------------------------------------------------------ a private bus with a fake logind

def _fake_logind_class():
    from PySide6.QtDBus import QDBusObjectPath, QDBusUnixFileDescriptor, QDBusVariant, QDBusVirtualObject

    class FakeLogind(QDBusVirtualObject):
        """Answers GetSession, Inhibit (with a pipe's write end) and Get(LockedHint)."""

        def __init__(self) -> None:
            super().__init__()
            self.calls: list[str] = []
            self.locked_hint = False
            self.read_ends: list[int] = []  # one pipe per Inhibit, as logind keeps a FIFO's read end

        def introspect(self, _path: str) -> str:
            return ""

        def handleMessage(self, message, connection) -> bool:  # Qt's name
            self.calls.append(message.member())
            reply = message.createReply()
            if message.member() == "GetSession":
                reply.setArguments([QDBusObjectPath(SESSION_PATH)])
            elif message.member() == "Inhibit":
                read_end, write_end = os.pipe()
                self.read_ends.append(read_end)
                reply.setArguments([QDBusUnixFileDescriptor(write_end)])  # a copy; the caller gets its own
                os.close(write_end)
            elif message.member() == "Get":
                reply.setArguments([QDBusVariant(self.locked_hint)])
            else:
                reply = message.createErrorReply("org.freedesktop.DBus.Error.UnknownMethod", "not faked")
            connection.send(reply)
            return True

        def inhibitor_released(self) -> bool:
            """True once the app has closed the first delay lock it was given (end of file)."""
            os.set_blocking(self.read_ends[0], False)
            try:
                return os.read(self.read_ends[0], 1) == b""
            except BlockingIOError:
                return False

        def close(self) -> None:
            for fd in self.read_ends:
                os.close(fd)

    return FakeLogind


@pytest.fixture
def private_bus(qapp):
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed (Debian package dbus-daemon)")
    from PySide6.QtDBus import QDBusConnection

    proc = subprocess.Popen([daemon, "--session", "--nofork", "--print-address"], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    try:
        address = proc.stdout.readline().strip()
        assert address.startswith("unix:"), address
        bus = QDBusConnection.connectToBus(address, "test-fake-logind")
        assert bus.isConnected()
        assert bus.registerService(LOGIN1)
        fake = _fake_logind_class()()
        assert bus.registerVirtualObject(LOGIN1_PATH, fake, QDBusConnection.VirtualObjectRegisterOption.SubPath)

        def emit(path: str, interface: str, name: str, *args) -> None:
            from PySide6.QtDBus import QDBusMessage

            signal = QDBusMessage.createSignal(path, interface, name)
            signal.setArguments(list(args))
            assert bus.send(signal)

        yield SimpleNamespace(address=address, fake=fake, emit=emit)
        bus.unregisterObject(LOGIN1_PATH)
        QDBusConnection.disconnectFromBus("test-fake-logind")
        fake.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def wait_armed(qtbot, window) -> LogindWatch:
    qtbot.waitUntil(lambda: window.system_lock.logind is not None, timeout=5_000)
    watch = window.system_lock.logind
    qtbot.waitUntil(lambda: watch.session_path == SESSION_PATH and watch.inhibitor is not None, timeout=5_000)
    return watch


def open_screening_with_typing(qtbot, window, monkeypatch) -> None:
    """A new screening for a seeded child with "Kaz" typed, before the wizard's own save fires."""
    from tests.ui_shell.seed import pick_in_picker

    pick_in_picker(monkeypatch, "Kacper")
    window.new_assessment("cse-screening")
    assert window.current_screen == "assessment"
    qtbot.keyClicks(window.assessment.wizard.findChild(QLineEdit, "child.other_names"), "Kaz")


@pytest.mark.parametrize("how", ["prepare_for_sleep", "session_lock", "locked_hint"])
def test_logind_locks_the_records(qtbot, make_window, seeded, do_unlock, monkeypatch, private_bus, how):
    window = make_window(seeded)
    window.system_lock.bus_address = private_bus.address  # the private bus, never the system one
    do_unlock(window)
    watch = wait_armed(qtbot, window)
    assert {"GetSession", "Inhibit"} <= set(private_bus.fake.calls)
    open_screening_with_typing(qtbot, window, monkeypatch)

    if how == "prepare_for_sleep":
        private_bus.emit(LOGIN1_PATH, MANAGER, "PrepareForSleep", True)
    elif how == "session_lock":
        private_bus.emit(SESSION_PATH, SESSION, "Lock")
    else:
        private_bus.fake.locked_hint = True
        private_bus.emit(SESSION_PATH, PROPERTIES, "PropertiesChanged", SESSION, {"LockedHint": True}, ["x"])
    qtbot.waitUntil(lambda: not window.session.unlocked, timeout=5_000)
    assert window.current_screen == "unlock"
    assert window.session.vault is None and window.session._records is None  # vault closed, key dropped
    assert window.assessment.wizard is None  # no case data left in the wizard
    if how == "prepare_for_sleep":  # the delay lock is let go only now, so sleep waited for the lock
        qtbot.waitUntil(private_bus.fake.inhibitor_released, timeout=5_000)
        private_bus.emit(LOGIN1_PATH, MANAGER, "PrepareForSleep", False)  # awake: hold the next sleep too
        qtbot.waitUntil(lambda: watch.inhibitor is not None, timeout=5_000)

    private_bus.fake.locked_hint = False
    do_unlock(window)
    assert window.current_screen == "assessment"  # the draft was saved before the lock
    assert window.assessment.wizard.findChild(QLineEdit, "child.other_names").text() == "Kaz"


def test_signals_for_other_sessions_do_not_lock(qtbot, make_window, seeded, do_unlock, private_bus):
    window = make_window(seeded)
    window.system_lock.bus_address = private_bus.address
    do_unlock(window)
    wait_armed(qtbot, window)
    private_bus.emit("/org/freedesktop/login1/session/_32", SESSION, "Lock")  # someone else's session
    private_bus.emit(LOGIN1_PATH, MANAGER, "PrepareForSleep", False)
    qtbot.wait(200)
    assert window.session.unlocked
    window.close()  # closing lets go of the bus
    assert window.system_lock.logind.bus is None


# ------------------------------------------------------------------ Ctrl+L inside other modal dialogs

def test_ctrl_l_locks_from_inside_a_dialog(qtbot, make_window, seeded, do_unlock):
    window = make_window(seeded)
    do_unlock(window)
    window.open_child(1)
    qtbot.waitUntil(lambda: getattr(window, "lock_reach", None) is not None, timeout=2_000)
    window.record_escalation()
    dialog = window.escalation_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=2_000)
    field = dialog.findChild(QLineEdit)
    assert field is not None
    field.setFocus()
    qtbot.waitUntil(lambda: window.lock_action in dialog.actions(), timeout=2_000)
    qtbot.keyClick(field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.session.unlocked and window.current_screen == "unlock"
