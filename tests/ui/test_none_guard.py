"""PySide6 6.12 on Python 3.11 releases None once too often on every void Qt call; the app keeps
None alive (``ui/none_guard.py``). Each case runs in its own process, as the app would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROBE = Path(__file__).with_name("none_probe.py")


def probe(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(PROBE), *args], capture_output=True, text=True, timeout=300, env=env)


def test_the_app_survives_a_million_void_calls():
    run = probe("guarded", "1000000")
    assert run.returncode == 0 and "survived" in run.stdout, run.stderr[-2000:]


def test_without_the_guard_a_pyside_that_over_releases_none_aborts():
    run = probe("bare", "200000")
    drift = int(run.stdout.split()[1])
    if drift < 0:  # the bug is in this PySide6: the guard is what keeps the app alive
        assert run.returncode != 0 and "deallocating None" in run.stderr
    else:  # a PySide6 without it: the guard is harmless, and this says when it can go
        assert drift >= 0 and run.returncode == 0
