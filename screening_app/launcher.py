"""The composition root: command-line tools when a command is given, the
self-test with ``--self-test``, else the desktop application."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import MutableMapping, Sequence


def _wants_gui(argv: Sequence[str]) -> bool:
    return not argv or argv[0].startswith("--data-dir")


def _ensure_streams() -> None:
    """A windowed build (console=False) has no stdout on Windows: attach to the
    console it was started from, if any, so the CLI and self-test can print."""
    if sys.stdout is not None and sys.stderr is not None:
        return
    if sys.platform == "win32":
        import ctypes

        if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
            sys.stdout = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115
            sys.stderr = sys.stdout
            return
    sink = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    sys.stdout = sys.stdout or sink
    sys.stderr = sys.stderr or sink


def make_non_dumpable() -> bool:
    """Linux: no core dump, and no attaching by other processes of the same user (KeePassXC does
    the same): a dump would hold the data key and the records in the clear. True if it took."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    pr_set_dumpable = 4
    try:
        return ctypes.CDLL(None, use_errno=True).prctl(pr_set_dumpable, 0, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def no_session_bus_autolaunch(environ: MutableMapping[str, str] = os.environ) -> None:
    """Connect only to a D-Bus session bus that exists; never let libdbus start one.

    With no bus named and none at ``$XDG_RUNTIME_DIR/bus`` (where libdbus looks next), the first
    Qt part that asks for the session bus (the xcb accessibility bridge, the portal theme) makes
    libdbus run ``dbus-launch --autolaunch``: a ``dbus-daemon`` that outlives the app and writes
    ``~/.dbus/``. ``disabled:`` is an address libdbus refuses at once. A bus that exists (and the
    system bus logind is reached on, by its own address) is left alone. Windows and macOS have no
    libdbus autolaunch to stop.
    """
    if sys.platform in ("win32", "darwin"):
        return
    address = environ.get("DBUS_SESSION_BUS_ADDRESS", "")
    if address and "autolaunch:" not in address:
        return
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    if not address and runtime and stat.S_ISSOCK(_mode(os.path.join(runtime, "bus"))):
        return
    environ["DBUS_SESSION_BUS_ADDRESS"] = "disabled:"


def _mode(path: str) -> int:
    try:
        return os.stat(path).st_mode
    except OSError:
        return 0


def self_test() -> int:
    from screening_app.services.self_test import run_self_test

    def report(line: str) -> None:
        print(line, flush=True)

    try:
        from screening_app.ui.self_test import qt_steps, qt_version
    except ImportError as exc:  # Qt missing: the self-test says so and fails
        report(f"FAIL Qt: {exc}")
        return 1
    ok = run_self_test(report, extra_steps=qt_steps(), extra_versions=[qt_version])
    return 0 if ok else 1


def main(argv: Sequence[str] | None = None) -> int:
    _ensure_streams()
    make_non_dumpable()
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--self-test"]:
        no_session_bus_autolaunch()
        return self_test()
    if _wants_gui(argv):
        no_session_bus_autolaunch()
        try:
            from screening_app.ui.app import main as gui_main
        except ModuleNotFoundError as exc:
            print(f"screening-app: the desktop application is not available ({exc.name})", file=sys.stderr)
            return 1
        return gui_main(argv)
    from screening_app.cli.main import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
