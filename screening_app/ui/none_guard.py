"""Keep ``None`` alive under PySide6 6.12 on Python 3.11.

PySide6 6.12.0 (shiboken6 6.12.0, the abi3 wheels) releases ``None`` once more than it takes it
each time Python calls a Qt method that returns void (``setText``, ``update``, ``processEvents``
...). Python 3.12 made ``None`` immortal, so there the extra release does nothing; on 3.11
``None``'s count (about 25,000 in this app) falls by three or four a keystroke, and when it
reaches 0 Python aborts ("Fatal Python error: none_dealloc: deallocating None"): in a lead's
hands, after some thousands of keystrokes, losing what was typed since the last save. CI found it
as an occasional crash in ``tests/ui/gc_worker_probe.py``, which calls ``processEvents`` in a loop.

The fix does for 3.11 what 3.12 does: it raises ``None``'s count so far (2**50) that no session
can release it to 0. On 3.12 and later nothing is done. ``tests/ui/test_none_guard.py`` proves a
process that makes the application survives a million void calls, and that without this it does
not. Remove this module when the lowest supported PySide6 or Python no longer needs it."""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 2**50  # the count None is raised by: at a million releases a second, 35 years


def keep_none_alive() -> bool:
    """Raise ``None``'s reference count out of reach on Python before 3.12; True if done now."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt: the first field of every object
    if count.value >= HEADROOM:
        return False
    count.value += HEADROOM
    return True
