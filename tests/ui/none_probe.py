"""Run by tests/ui/test_none_guard.py in its own process: ``guarded`` makes the application as
the app does; then ``CALLS`` calls of a Qt method returning void. Prints None's count drift per
100 calls before the loop (measured on a fresh label) and exits 0 if the process survived."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel  # importing makes no call that releases None

CALLS = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000

if sys.argv[1] == "guarded":
    from screening_app.ui.app import make_application

    app = make_application([])
else:
    app = QApplication([])

label = QLabel()
before = sys.getrefcount(None)
for _ in range(100):
    label.setText("x")
print(f"drift {sys.getrefcount(None) - before}", flush=True)
for _ in range(CALLS):
    label.setText("x")
print("survived", flush=True)
