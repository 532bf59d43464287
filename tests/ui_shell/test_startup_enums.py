"""Nothing before the first paint may touch PySide6's ``Qt`` namespace: in PySide6 6.12 the first
touch builds all ~94 of its enums (~21 ms, a sixth of start-up; issue 6 target <= 1.5x a bare
window). Even ``QAction.setShortcut`` does it, so shortcuts are set by property. Nor import ctypes
(the None guard and the launcher's hardening wait for the paint: ~1.5 ms), nor let PySide6 read the
source of the app's modules (``ui/pyside_sources.py``); and the None guard may wait only because
the first window leaves None's count far from 0. Checked in a fresh interpreter running the real
entry point to its first paint of the unlock window (the first-run window, shown once per install,
is not held to the Qt namespace rule)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import linecache, sys
    import PySide6.QtCore as QtCore
    import screening_app.ui.app as app_module

    real = app_module.after_first_paint
    seen = []
    start = sys.getrefcount(None)

    def spy(window, callback, fallback_ms=2_000):
        def painted():
            seen.append("Qt" in QtCore.__dict__)
            print("ctypes before paint:", "ctypes" in sys.modules)
            print("sources read:", sorted(f for f in linecache.cache if "main_window" in f or "unlock" in f))
            print("None's count at start and at paint:", start, sys.getrefcount(None))
            callback()
        real(window, painted, fallback_ms)

    app_module.after_first_paint = spy
    code = app_module.main(["--data-dir", sys.argv[1]])
    print("Qt built before paint:", seen)
    """
)


def test_first_paint_of_the_unlock_window_does_not_build_the_qt_namespace(tmp_path):
    from screening_app.services import vault_service as vs

    vault, _code = vs.create_vault(tmp_path / "records", "plum lantern otter 93 quietly",
                                   vs.KdfParams(time_cost=1, memory_kib=8 * 1024))
    vault.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SCREENING_APP_STARTUP_PROBE": "1", "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "records")], capture_output=True,
                          text=True, timeout=120, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Qt built before paint: [False]" in done.stdout, done.stdout + done.stderr[-2000:]
    assert "ctypes before paint: False" in done.stdout, done.stdout
    assert "sources read: []" in done.stdout, done.stdout
    line = next(x for x in done.stdout.splitlines() if x.startswith("None's count"))
    start, at_paint = (int(n) for n in line.split(":")[1].split())
    # the guard comes after the paint: the first window must leave None far above 0 even where PySide
    # over-releases it (Python 3.11); a loop of Qt calls before the paint would show here first
    assert at_paint > start // 2 and at_paint > 2_000, line
