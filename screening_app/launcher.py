"""The composition root: command-line tools when a command is given, the
self-test with ``--self-test``, else the desktop application."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


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
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--self-test"]:
        return self_test()
    if _wants_gui(argv):
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
