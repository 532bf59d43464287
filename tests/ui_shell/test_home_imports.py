"""Unlocking to home must not wait for the PDF stack: reportlab (~270 ms of imports) loads only
when something is printed. Home lists open escalations, whose service once imported reportlab at
module level, so unlock-to-home took 264 ms beyond the KDF at 100,000 assessments instead of ~75.
Checked in a fresh interpreter, where nothing has been imported by other tests; what Home does
just after its first paint (counts, transfers awaiting receipt, retention, patterns, the team) too."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import os, sys
    from datetime import date
    from pathlib import Path
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication
    from screening_app.services import vault_service as vs
    from screening_app.services.escalations import EscalationService
    from screening_app.services.records import ChildDetails, RecordsService
    from screening_app.storage.records import NewEscalation
    from screening_app.ui.shell.main_window import MainWindow
    from screening_app.ui.shell.session import Session

    fast = vs.KdfParams(time_cost=1, memory_kib=8 * 1024)
    folder = Path.cwd() / "records"  # the test's tmp_path
    vault, _ = vs.create_vault(folder, "plum lantern otter 93 quietly", fast)
    records = RecordsService(vault, "t")
    child = records.create_child(ChildDetails(first_name="Invented", last_name="Child"))
    EscalationService(records).record(NewEscalation(agency="Police", stage=1, raised_on=date(2026, 1, 5),
                                                    child_id=child))
    vault.close()
    app = QApplication(sys.argv[:1])
    window = MainWindow(Session(folder, kdf=fast), remember_geometry=False)
    window.start()
    window.show()
    window.session.unlock("plum lantern otter 93 quietly")
    window._after_unlock()
    app.processEvents()
    assert window.current_screen == "home", window.current_screen
    assert window.home.escalations.count() == 1
    # and what Home does just after its first paint, run now rather than left to timers (under a
    # shifted clock they fired inside processEvents; transfers awaiting receipt once loaded reportlab)
    window.home._show_counts()
    window.home._show_due_lines()
    window.home._show_patterns()
    window._start_team_sync()
    loaded = sorted(m for m in sys.modules if m.split(".")[0] == "reportlab")
    print("reportlab modules:", len(loaded))
    window.session.lock()
    """
)


def test_unlock_to_home_does_not_import_reportlab(tmp_path):
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120,
                          cwd=tmp_path, env={**__import__("os").environ, "HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr[-2000:]
    assert "reportlab modules: 0" in done.stdout, done.stdout
