"""Screenshots of Home when records are due for retention review, and of a backup being stopped
(issue 16, issue 18), at 1366x768 with 50 invented children; the clock fixed (2040 for the review):

    QT_QPA_PLATFORM=offscreen python tests/ui_shell/make_governance_screenshots.py
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import date, datetime
from pathlib import Path

from screening_app.clock import FixedClock
from tests.ui_shell.make_screenshots import _seed_module, settle, wait_for
from tests.ui_shell.shot_support import new_records, styled_app, unlocked_window

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def main() -> None:
    app = styled_app()
    work = Path(tempfile.mkdtemp())
    clock = FixedClock(datetime(2026, 11, 22, 10, 0))
    try:
        vault, records = new_records(work / "records", clock, actor="screenshots")
        _seed_module().seed_children(records, date(2026, 11, 22), count=50)
        vault.close()
        clock.at = datetime(2040, 1, 10, 9, 0)  # most of the invented children are 25 or more by then
        window = unlocked_window(work / "records", clock)
        wait_for(app, lambda: window.home.retention_row.isVisible())
        settle(app, 600)
        window.grab().save(str(OUT / "governance-home-retention-due.png"))

        window.show_settings()
        tab = window.settings_page.maintenance
        window.settings_page.tabs.setCurrentWidget(tab)
        tab.choose_backup_file = lambda: str(work / "b.cseb")
        held = window.session.vault._long_job  # the backup waits for it: Stop is shown, the job not begun
        held.acquire()
        tab.start_backup()
        settle(app, 300)
        window.grab().save(str(OUT / "shell-settings-backup-stop.png"))
        tab.backup.stop.click()
        held.release()
        wait_for(app, lambda: not tab.backup.result.isHidden())
        settle(app, 200)
        window.grab().save(str(OUT / "shell-settings-backup-stopped.png"))
        window.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
