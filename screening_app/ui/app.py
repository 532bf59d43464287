"""The desktop application's composition root: arguments, QApplication, the session, the window.

Kept light so the first window appears quickly: the wizard, the PDF code and
form parsing are imported only when first needed, and the work that can wait
(importing the services, building the screens behind the lock, the idle watch)
starts once the first window has been painted. With the environment variable
``SCREENING_APP_STARTUP_PROBE=1`` the app prints the wall-clock time at which its
first window had been painted and quits (for ``bench/startup.py``).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

PROBE_ENV = "SCREENING_APP_STARTUP_PROBE"
FREEZE_AFTER_MS = 2_000  # after the first paint: ui/gc_guard.freeze_long_lived


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


def make_application(argv: Sequence[str], *, first_paint_first: bool = False):
    """The QApplication with the app's names, style and collector. With ``first_paint_first`` (the
    desktop's start) the None guard and the app icon wait for ``finish_application``, just after
    the first window is painted: ctypes and QIcon cost ~4 ms before it, and nothing needs them
    sooner (the window system shows the executable's icon meanwhile; None's count, ~5,400 at
    start, falls by one per void Qt call where PySide over-releases it, yet rises to ~5,700 by the
    first paint: ``tests/ui_shell/test_startup_enums.py`` checks it stays far from 0)."""
    from PySide6.QtWidgets import QApplication

    from screening_app.ui import pyside_sources

    pyside_sources.skip()  # before the app's other modules are imported: see ui/pyside_sources.py
    app = QApplication.instance()
    fusion_given = app is None
    if app is None:  # the style as an argument: app.setStyle() would hand a QStyle to Python (~7 ms)
        app = QApplication([sys.argv[0] if sys.argv else "screening-app", "-style", "Fusion", *argv])
    app.setApplicationName("CSE Screening")
    app.setOrganizationName("CSE Screening")
    app.setApplicationDisplayName("CSE Screening")
    from screening_app.ui.gc_guard import collect_on_ui_thread
    from screening_app.ui.shell.style import apply_style

    apply_style(app, set_style=not fusion_given, icon=False)  # the icon: finish_application
    collect_on_ui_thread(app)  # Qt objects are only ever destroyed on this thread
    if not first_paint_first:
        finish_application(app)
    return app


def finish_application(app) -> None:
    """The None guard and the app icon: at once from ``make_application``, or just after the first
    paint when it was asked for ``first_paint_first``."""
    from screening_app.ui.none_guard import keep_none_alive
    from screening_app.ui.shell.style import app_icon

    keep_none_alive()  # PySide6 6.12 on Python 3.11 over-releases None: see ui/none_guard.py
    app.setWindowIcon(app_icon())


def after_first_paint(window, callback, fallback_ms: int = 2_000) -> None:
    """Call ``callback`` once, just after ``window`` (shown) has been exposed and painted for the
    first time, or after ``fallback_ms`` if the window system never exposes it (minimised)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    handle = window.windowHandle()
    done = False

    def run() -> None:
        nonlocal done
        if not done:
            done = True
            if handle is not None:
                handle.removeEventFilter(watcher)
            callback()

    class FirstExpose(QObject):
        def eventFilter(self, watched, event) -> bool:  # the window paints on this event:
            if event.type() == QEvent.Type.Expose and handle.isExposed():
                handle.removeEventFilter(self)
                QTimer.singleShot(0, run)  # so run straight after it
            return False

    watcher = FirstExpose(window)
    if handle is not None and handle.isExposed():  # a platform that exposes inside show()
        QTimer.singleShot(0, run)
    elif handle is not None:
        handle.installEventFilter(watcher)
    QTimer.singleShot(fallback_ms, run)


def main(argv: Sequence[str] | None = None, on_first_paint: Callable[[], object] | None = None) -> int:
    """The desktop application. ``on_first_paint`` (the launcher's process hardening) runs in the
    event-loop turn after the window's first paint: before a person could have read the screen and
    typed into it, and before anything is unlocked."""
    argv = list(sys.argv[1:] if argv is None else argv)
    app = make_application([], first_paint_first=True)
    from PySide6.QtCore import QTimer

    from screening_app.ui.shell.main_window import MainWindow
    from screening_app.ui.shell.session import Session

    window = MainWindow(Session(data_folder(argv)))
    window.start()
    window.show()
    probe = os.environ.get(PROBE_ENV) == "1"

    def painted() -> None:
        if probe:  # the benchmark's start-up probe: nothing after the first paint is measured
            print(f"window-shown {time.time():.6f}", flush=True)
            app.quit()
            return
        if on_first_paint is not None:
            on_first_paint()
        finish_application(app)
        window.fill_menus()
        from screening_app.ui.gc_guard import freeze_long_lived
        from screening_app.ui.shell.session import warm_up
        from screening_app.ui.shell.workers import run_task

        run_task(lambda _p: warm_up(), lambda _r: None, lambda _e: None)
        QTimer.singleShot(250, window.prepare)
        QTimer.singleShot(FREEZE_AFTER_MS, freeze_long_lived)  # the screens and the services are in by then

    after_first_paint(window, painted)
    code = app.exec()
    from screening_app.ui.shell.workers import wait_for_tasks

    wait_for_tasks(5_000)
    return int(code)
