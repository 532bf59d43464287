"""The self-test's Qt steps: the platform plugin loads, a widget paints, the
PDF viewer module is there. Runs offscreen when there is no display.

The painting runs in a child process (``paint_probe``): when Qt cannot use
the display (an unreachable ``DISPLAY``, a missing xcb library) it aborts the
whole process, which would end the self-test with no FAILED line and its
temporary folder left behind. The parent reports the child's death as a
failed step, with Qt's own explanation.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import Any

QT_CHILD_TIMEOUT_S = 60


def _ensure_platform() -> None:
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def paint_probe() -> int:
    """The child's side: paint a widget and print the platform's name. Qt may abort in here."""
    _ensure_platform()
    from PySide6.QtWidgets import QApplication, QLabel

    from screening_app.ui.none_guard import keep_none_alive

    keep_none_alive()  # see ui/none_guard.py
    app = QApplication.instance() or QApplication([sys.argv[0]])
    label = QLabel("CSE Screening self-test")
    label.resize(240, 40)
    painted = not label.grab().isNull()
    out = sys.stdout if painted else sys.stderr  # a windowed build's child may have neither: the exit code tells
    if out is not None:
        print(f"platform {app.platformName()}" if painted else "Qt could not paint a widget", file=out, flush=True)
    return 0 if painted else 1


def _qt_paints(child_command: list[str], _run: Any) -> str:
    try:
        done = subprocess.run(
            child_command,
            capture_output=True,
            text=True,
            errors="replace",
            timeout=QT_CHILD_TIMEOUT_S,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        raise AssertionError(
            f"Qt did not start within {QT_CHILD_TIMEOUT_S} s with {_display()}; "
            "the desktop application would hang the same way"
        ) from None
    if done.returncode == 0:
        return done.stdout.strip()  # empty when a windowed build has no stdout to print to
    raise AssertionError(
        f"Qt could not start with {_display()} ({_why(done)}); the desktop application would not start either"
    )


def _display() -> str:
    names = ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "DISPLAY")
    given = [f"{name}={os.environ[name]}" for name in names if os.environ.get(name)]
    return ", ".join(given) or "no display set"


def _why(done: subprocess.CompletedProcess) -> str:
    """Qt's own words when it gave any (its platform lines first), else how the child ended."""
    lines = [line.strip() for line in done.stderr.splitlines() if line.strip()]
    qt_lines = [line for line in lines if line.startswith("qt.qpa")]
    said = (qt_lines or lines or [""])[0][:200]
    if not said:
        said = f"stopped by signal {-done.returncode}" if done.returncode < 0 else f"exit code {done.returncode}"
    return "; ".join(filter(None, (said, _x_server_missing())))


def _x_server_missing() -> str:
    """Qt's message can mislead (it may blame a library): say when no local X server is there at all."""
    display = os.environ.get("DISPLAY", "")
    host, _, number = display.partition(":")
    number = number.split(".")[0]
    socket = Path(f"/tmp/.X11-unix/X{number}")
    if sys.platform.startswith("linux") and host in ("", "unix") and number.isdigit() and not socket.exists():
        return f"no X server is listening at {socket}"
    return ""


def _pdf_viewer(_run: Any) -> str:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    return f"{QPdfDocument.__name__} and {QPdfView.__name__} available"


def qt_steps(child_command: Sequence[str]) -> tuple:
    """``child_command`` starts this application so that it runs ``paint_probe`` and exits."""
    return (("Qt paints a window", partial(_qt_paints, list(child_command))), ("PDF preview module", _pdf_viewer))


def qt_version() -> str:
    import PySide6
    from PySide6.QtCore import qVersion

    return f"Qt {qVersion()} (PySide6 {PySide6.__version__})"
