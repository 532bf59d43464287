"""Nothing before the first paint may touch PySide6's ``Qt`` namespace: in PySide6 6.12 the first
touch builds all ~94 of its enums (~21 ms, a sixth of start-up; issue 6 target <= 1.5x a bare
window). Even ``QAction.setShortcut`` does it, so shortcuts are set by property. Checked in a fresh
interpreter running the real entry point to its first paint of the unlock window (the first-run
window, shown once per install, is not held to this)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import sys
    import PySide6.QtCore as QtCore
    import screening_app.ui.app as app_module

    real = app_module.after_first_paint
    seen = []

    def spy(window, callback, fallback_ms=2_000):
        def painted():
            seen.append("Qt" in QtCore.__dict__)
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
