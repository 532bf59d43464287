"""The composition root: command-line tools when a command is given, the
self-test with ``--self-test``, else the desktop application.

Only the options before a command are read here, by hand (argparse and the
command modules would slow the window's start): ``--data-dir FOLDER`` for the
desktop, ``--self-test``, and ``--help``/``--version``, which go to the
command-line parser and never start a window. Anything else that looks like
an option is refused with the closest known one.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import MutableMapping, Sequence

LAUNCHER_OPTIONS = ("--data-dir", "--self-test", "--help", "--version")
QT_CHILD_FLAG = "--self-test-qt-child"  # internal: the self-test's Qt step, in a process Qt may abort
Route = tuple[str, list[str]]  # ("desktop" | "self-test" | "cli", the arguments for it)


class LaunchError(Exception):
    """Arguments the launcher cannot act on; the message says what to type instead."""


def route(argv: Sequence[str]) -> Route:
    """Desktop, self-test or a command, from the options before the first command word."""
    data_dir: str | None = None
    index = 0
    while index < len(argv):
        arg = argv[index]
        if arg in ("-h", "--help", "--version"):
            return "cli", ["--help" if arg == "-h" else arg]
        if arg == "--self-test":
            if len(argv) > 1:
                raise LaunchError("--self-test takes no other arguments (it uses a temporary folder)")
            return "self-test", []
        if arg == "--data-dir" or arg.startswith("--data-dir="):
            if data_dir is not None:
                raise LaunchError("--data-dir is given twice")
            data_dir, index = _option_value(argv, index)
            continue
        if arg.startswith("-"):
            raise LaunchError(_unknown_option(arg))
        command = list(argv[index:])  # a command takes its own --data-dir after its name
        return "cli", command + (["--data-dir", data_dir] if data_dir is not None else [])
    return "desktop", ["--data-dir", data_dir] if data_dir is not None else []


def _option_value(argv: Sequence[str], index: int) -> tuple[str, int]:
    arg = argv[index]
    value, after = (arg.split("=", 1)[1], index + 1) if "=" in arg else (_next(argv, index), index + 2)
    if not value:
        raise LaunchError(f"{arg.split('=')[0]} needs a folder")
    return value, after


def _next(argv: Sequence[str], index: int) -> str:
    """The next word, unless it is an option (``--data-dir --help``): ``--data-dir=-x`` names such a folder."""
    value = argv[index + 1] if index + 1 < len(argv) else ""
    return "" if value.startswith("-") else value


def _unknown_option(arg: str) -> str:
    import difflib  # only for a mistyped option: not on the way to the first window

    close = difflib.get_close_matches(arg.split("=")[0], LAUNCHER_OPTIONS, n=1, cutoff=0.6)
    hint = f"did you mean {close[0]}?" if close else "see screening-app --help"
    return f"unknown option {arg} ({hint})"


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


def _self_command() -> list[str]:
    """How to start this application again: the bundle's executable, or ``python -m screening_app``."""
    return [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "screening_app"]


def _stop_on_signals() -> None:
    """SIGTERM/SIGHUP end the self-test through SystemExit, so its temporary folder is still removed."""
    import signal

    def stop(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), stop)


def self_test() -> int:
    from screening_app.services.self_test import run_self_test

    def report(line: str) -> None:
        print(line, flush=True)

    try:
        from screening_app.ui.self_test import qt_steps, qt_version
    except ImportError as exc:  # Qt missing: the self-test says so and fails
        report(f"FAIL Qt: {exc}")
        return 1
    _stop_on_signals()
    steps = qt_steps([*_self_command(), QT_CHILD_FLAG])
    ok = run_self_test(report, extra_steps=steps, extra_versions=[qt_version])
    return 0 if ok else 1


def _qt_child() -> int:
    from screening_app.ui.self_test import paint_probe

    return paint_probe()


def desktop(argv: list[str]) -> int:
    try:
        from screening_app.ui.app import main as gui_main
    except ModuleNotFoundError as exc:
        print(f"screening-app: the desktop application is not available ({exc.name})", file=sys.stderr)
        return 1
    # in the turn after the first paint, before anything is typed or unlocked (nothing secret is in
    # memory until then), so ctypes (~1.5 ms) stays off the way to the first window
    return gui_main(argv, on_first_paint=make_non_dumpable)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # pydantic would look through every installed package's entry points for plugins at its first
    # model (~57M instructions, ~4% of a score; a plugin is code from another package run inside
    # every validation here): the app uses none, so none are looked for or loaded
    os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"
    if argv == [QT_CHILD_FLAG]:  # before _ensure_streams: the child never attaches to a console
        return _qt_child()
    _ensure_streams()
    try:
        where, args = route(argv)
    except LaunchError as exc:
        print(f"screening-app: {exc}", file=sys.stderr)
        return 2  # bad input, as the commands exit (cli.main.EXIT_BAD_INPUT; not imported: start-up time)
    if where != "desktop":  # the desktop does it after its first paint: see desktop()
        make_non_dumpable()
    if where == "self-test":
        no_session_bus_autolaunch()
        return self_test()
    if where == "desktop":
        no_session_bus_autolaunch()
        return desktop(args)
    from screening_app.cli.main import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
