"""Qt objects die on the UI thread: Python's cycle collector runs here, on a timer, never in a worker.

Python's automatic cycle collection runs in whichever thread happens to allocate when a
generation's threshold is crossed. A PDF rendered off the UI thread allocates a great deal, so the
collector ran there, found the cyclic garbage of a window or dialog closed earlier (a widget whose
signal is connected to a lambda naming it is a cycle) and destroyed its Qt objects from the
worker: "QObject::killTimer: Timers cannot be stopped from another thread", then a crash on the UI
thread (CI: "Fatal Python error: Segmentation fault" with the worker in reportlab, while a
transfer PDF was made; ``tests/ui/test_gc_guard.py`` shows it with nothing else running).

So automatic collection is switched off and the same generational rule is applied by a timer on
the UI thread (the recipe Anki and the PyQt mailing list use). Objects without cycles are still
freed at once by reference counting; only cycles wait, for at most ``INTERVAL_MS``.

A full collection walks every object the app holds: once the screens are built that is ~65,000
(modules, classes, the form pack, the screens) and 17-22 ms on the UI thread, a dropped frame
while a lead types, every ``FULL_EVERY_S`` at most. ``freeze_long_lived`` (once, from ``ui.app``
after the screens behind the lock are built) takes what is alive then out of the collector's way
for good (``gc.freeze``), so later collections walk only what came after.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1_000
FULL_EVERY_S = 30.0  # a full collection walks every object: not more often than this

_installed: list[QObject] = []


def collect_due(now: float | None = None) -> int:
    """Collect the generations whose counts passed their thresholds, as Python itself would;
    the oldest at most every ``FULL_EVERY_S`` seconds. Returns the generation collected, or -1."""
    global _last_full
    now = time.monotonic() if now is None else now
    counts, thresholds = gc.get_count(), gc.get_threshold()
    generation = -1
    for level in range(3):
        if counts[level] > thresholds[level]:
            generation = level
    if generation == 2 and now - _last_full < FULL_EVERY_S:
        generation = 1
    if generation >= 0:
        gc.collect(generation)
        if generation == 2:
            _last_full = now
    return generation


_last_full = 0.0


class _Collector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(collect_due)
        self.timer.start()


def collect_on_ui_thread(app: QObject) -> None:
    """Switch automatic collection off and collect on ``app``'s thread from now on (once per app)."""
    if any(c.parent() is app for c in _installed):
        return
    gc.disable()  # garbage made so far waits for the timer too (a full collection here: ~3 ms of start-up)
    _installed.append(_Collector(app))


def freeze_long_lived() -> int:
    """Collect, then freeze every object still alive (``gc.freeze``): they are never walked, nor
    collected, again. For what lives as long as the app (run once, after start-up; never from a
    screen, whose objects come and go). Returns how many objects were frozen."""
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()
