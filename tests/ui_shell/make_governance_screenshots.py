"""Screenshots of Home when records are due for retention review, and of a backup being stopped
(issue 16, issue 18), at 1366x768 with 50 invented children; the clock fixed (2040 for the review):

    QT_QPA_PLATFORM=offscreen python tests/ui_shell/make_governance_screenshots.py
"""
import shutil
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_screenshots import PASSPHRASE, _seed_module, settle, wait_for
from PySide6.QtWidgets import QApplication

from screening_app.clock import FixedClock
from screening_app.services import vault_service as vs
from screening_app.services.records import RecordsService
from screening_app.ui.shell.main_window import MainWindow
from screening_app.ui.shell.session import Session
from screening_app.ui.shell.style import apply_style

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
app = QApplication.instance() or QApplication(sys.argv[:1])
apply_style(app)
work = Path(tempfile.mkdtemp())
fast = vs.KdfParams(time_cost=1, memory_kib=8 * 1024)
clock = FixedClock(datetime(2026, 11, 22, 10, 0))
vault, code = vs.create_vault(work / "records", PASSPHRASE, fast)
vs.confirm_recovery_code_saved(vault, code)
records = RecordsService(vault, "screenshots", clock=clock)
_seed_module().seed_children(records, date(2026, 11, 22), count=50)
vault.close()
clock.at = datetime(2040, 1, 10, 9, 0)
window = MainWindow(Session(work / "records", kdf=fast, clock=clock), remember_geometry=False)
window.resize(1366, 768)
window.start()
window.show()
window.unlock_page.passphrase.setText(PASSPHRASE)
window.unlock_page.submit()
wait_for(app, lambda: window.current_screen == "home")
wait_for(app, lambda: window.home.retention_row.isVisible())
settle(app, 600)
window.grab().save(str(OUT / "governance-home-retention-due.png"))
window.show_settings()
tab = window.settings_page.maintenance
window.settings_page.tabs.setCurrentWidget(tab)
tab.choose_backup_file = lambda: str(work / "b.cseb")
v = window.session.vault
v._long_job.acquire()
tab.start_backup()
settle(app, 300)
window.grab().save(str(OUT / "shell-settings-backup-stop.png"))
tab.backup.stop.click()
v._long_job.release()
wait_for(app, lambda: not tab.backup.result.isHidden())
settle(app, 200)
window.grab().save(str(OUT / "shell-settings-backup-stopped.png"))
window.close()
shutil.rmtree(work, ignore_errors=True)
print("ok")
