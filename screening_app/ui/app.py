"""The desktop application's composition root: arguments, QApplication, the session, the window.

Kept light so the first window appears quickly: the wizard, the PDF code and
form parsing are imported only when first needed. With the environment
variable ``SCREENING_APP_STARTUP_PROBE=1`` the app prints the wall-clock time
at which its first window was shown and quits (for ``bench/startup.py``).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

PROBE_ENV = "SCREENING_APP_STARTUP_PROBE"


def parse_data_dir(argv: Sequence[str]) -> Path | None:
    """``--data-dir FOLDER`` or ``--data-dir=FOLDER``; anything else is left to Qt. (No argparse:
    it costs ~10 ms of start-up for one option.)"""
    args = list(argv)
    for index, arg in enumerate(args):
        if arg.startswith("--data-dir="):
            return Path(arg.split("=", 1)[1])
        if arg == "--data-dir" and index + 1 < len(args):
            return Path(args[index + 1])
    return None


def data_folder(argv: Sequence[str]) -> Path:
    chosen = parse_data_dir(argv)
    if chosen is not None:
        return chosen.expanduser().resolve()
    from screening_app.paths import default_data_dir

    return default_data_dir()


def make_application(argv: Sequence[str]):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "screening-app", *argv])
    app.setApplicationName("CSE Screening")
    app.setOrganizationName("CSE Screening")
    app.setApplicationDisplayName("CSE Screening")
    from screening_app.ui.shell.style import apply_style

    apply_style(app)
    return app




def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    app = make_application([])
    from PySide6.QtCore import QTimer

    from screening_app.ui.shell.main_window import MainWindow
    from screening_app.ui.shell.session import Session

    window = MainWindow(Session(data_folder(argv)))
    window.start()
    window.show()
    from screening_app.ui.shell.session import warm_up
    from screening_app.ui.shell.workers import run_task

    QTimer.singleShot(0, lambda: run_task(lambda _p: warm_up(), lambda _r: None, lambda _e: None))
    QTimer.singleShot(250, window.prepare)
    if os.environ.get(PROBE_ENV) == "1":
        QTimer.singleShot(0, lambda: (print(f"window-shown {time.time():.6f}", flush=True), app.quit()))
    code = app.exec()
    from screening_app.ui.shell.workers import wait_for_tasks

    wait_for_tasks(5_000)
    return int(code)
