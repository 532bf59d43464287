"""Run by tests/ui/test_gc_guard.py in its own process: windows left as cyclic garbage, then a
worker thread that allocates (as a PDF render does). Prints where each window was destroyed;
exit 0 when all were destroyed on the UI thread. ``guarded`` builds the application as the app
does (``make_application``); without it, the collector runs wherever it likes."""

from __future__ import annotations

import gc
import sys
import threading
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

if sys.argv[1:] == ["guarded"]:
    from screening_app.ui.app import make_application

    app = make_application([])
else:
    app = QApplication([])
from screening_app.ui.shell.workers import run_task, wait_for_tasks

destroyed_on: list[str] = []


class Window(QWidget):
    def __del__(self) -> None:
        destroyed_on.append(threading.current_thread().name)


def leave_windows(count: int = 200) -> None:
    for _ in range(count):
        window = Window()
        QVBoxLayout(window).addWidget(QLabel("a closed dialog", window))
        QTimer(window).start(100_000)
        window.me = window  # a cycle, as a lambda naming the widget makes one
        window.show()


def allocate(_progress) -> str:
    junk = []
    for i in range(200_000):
        junk.append([i])
        junk[-1].append(junk[-1])
    return threading.current_thread().name


leave_windows()
finished: list[object] = []
run_task(allocate, finished.append, finished.append)
deadline = time.monotonic() + 60
while not finished and time.monotonic() < deadline:
    app.processEvents()
wait_for_tasks()
gc.collect()
app.processEvents()
elsewhere = sum(1 for name in destroyed_on if name != threading.main_thread().name)
print(f"destroyed {len(destroyed_on)}, off the UI thread {elsewhere}", flush=True)
sys.exit(1 if elsewhere or not finished else 0)
