"""The app starts no process that outlives it: no D-Bus daemon autolaunched where there is no bus.

With no session bus (no ``DBUS_SESSION_BUS_ADDRESS``, no ``$XDG_RUNTIME_DIR/bus``) and an X
display named, the first Qt component that asks for the session bus (the xcb platform's
accessibility bridge, the desktop portal theme...) makes libdbus run ``dbus-launch
--autolaunch``: a ``dbus-daemon`` that outlives the app and writes ``~/.dbus/``. Measured here:
under ``xvfb-run`` (xcb), and offscreen with ``QT_QPA_PLATFORMTHEME=xdgdesktopportal`` and
``DISPLAY`` set, libdbus execs ``dbus-launch --autolaunch <machine-id> --binary-syntax
--close-stderr``.

The test runs the real app (offscreen, that theme, a made-up ``DISPLAY``, a temporary HOME) with
a stand-in ``dbus-launch`` first on PATH that does what the real one does (leaves a process
behind and writes ``~/.dbus``), lets it paint its first window and quit, then looks for any
process still carrying that HOME, for ``~/.dbus`` and for a call to ``dbus-launch``. (Where the
real ``dbus-launch`` is installed, libdbus runs it instead; the process scan catches its daemon.)
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from screening_app.launcher import no_session_bus_autolaunch

STAND_IN = """#!/bin/sh
echo "$@" >> "$HOME/dbus-launch-called"
mkdir -p "$HOME/.dbus/session-bus"
echo "DBUS_SESSION_BUS_ADDRESS=unix:path=$HOME/no-such-bus" > "$HOME/.dbus/session-bus/autolaunched"
sleep 300 </dev/null >/dev/null 2>&1 &
exit 1
"""


def _processes_with_home(home: Path) -> list[int]:
    """Processes (other than this one) whose environment says HOME=home."""
    marker = f"HOME={home}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and int(entry.name) != os.getpid():
            try:
                if marker in (entry / "environ").read_bytes().split(b"\0"):
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="libdbus autolaunch is a Linux/X11 matter")
def test_the_app_leaves_no_bus_daemon_and_no_dot_dbus(tmp_path: Path) -> None:
    home, bin_dir = tmp_path / "home", tmp_path / "bin"
    home.mkdir()
    bin_dir.mkdir()
    (bin_dir / "dbus-launch").write_text(STAND_IN)
    (bin_dir / "dbus-launch").chmod(0o755)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "XDG_RUNTIME_DIR"))}
    env.update(HOME=str(home), PATH=f"{bin_dir}:{env.get('PATH', '/usr/bin:/bin')}", DISPLAY=":4321",
               QT_QPA_PLATFORM="offscreen", QT_QPA_PLATFORMTHEME="xdgdesktopportal",
               SCREENING_APP_STARTUP_PROBE="1", XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"))
    try:
        result = subprocess.run([sys.executable, "-m", "screening_app", "--data-dir", str(tmp_path / "records")],
                                env=env, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        assert "window-shown" in result.stdout
        left = _processes_with_home(home)
        assert left == [], f"processes outlived the app: {left}"
        assert not (home / ".dbus").exists()
        assert not (home / "dbus-launch-called").exists()
    finally:
        for pid in _processes_with_home(home):  # only what this test's app started
            os.kill(pid, signal.SIGKILL)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (None, "disabled:"),
        ("", "disabled:"),
        ("autolaunch:", "disabled:"),
        ("unix:path=/run/user/1000/bus", "unix:path=/run/user/1000/bus"),  # a bus was named: use it
        ("unix:abstract=/tmp/dbus-x,guid=0", "unix:abstract=/tmp/dbus-x,guid=0"),
    ],
)
def test_only_a_bus_that_exists_is_used(tmp_path: Path, given: str | None, expected: str) -> None:
    environ = {"XDG_RUNTIME_DIR": str(tmp_path)}
    if given is not None:
        environ["DBUS_SESSION_BUS_ADDRESS"] = given
    no_session_bus_autolaunch(environ)
    assert environ["DBUS_SESSION_BUS_ADDRESS"] == expected


def test_the_user_bus_in_the_runtime_folder_is_left_to_libdbus(tmp_path: Path) -> None:
    """systemd's per-user bus: libdbus finds ``$XDG_RUNTIME_DIR/bus`` itself, without autolaunch."""
    import socket

    with socket.socket(socket.AF_UNIX) as bus:
        bus.bind(str(tmp_path / "bus"))
        environ = {"XDG_RUNTIME_DIR": str(tmp_path)}
        no_session_bus_autolaunch(environ)
    assert "DBUS_SESSION_BUS_ADDRESS" not in environ
