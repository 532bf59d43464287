"""Screenshots of the shell at 1366x768 with ~50 invented children (run offscreen):

    QT_QPA_PLATFORM=offscreen python tests/ui_shell/make_screenshots.py
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"
PASSPHRASE = "tangerine otter carousel lamp"


def _seed_module():
    spec = importlib.util.spec_from_file_location("ui_shell_seed", Path(__file__).with_name("seed.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def settle(app: QApplication, ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(app: QApplication, condition, limit_ms: int = 15_000) -> None:
    waited = 0
    while not condition() and waited < limit_ms:
        settle(app, 50)
        waited += 50


def shot(app: QApplication, window, name: str) -> None:
    settle(app)
    window.grab().save(str(OUT / f"shell-{name}.png"))
    print("saved", name)


def main() -> int:
    from screening_app.services import vault_service as vs
    from screening_app.services.records import RecordsService
    from screening_app.ui.shell.main_window import MainWindow
    from screening_app.ui.shell.session import CONTACTS_KEY, PROFILE_KEY, Session
    from screening_app.ui.shell.style import apply_style

    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_style(app)
    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="shell-shots-"))
    fast = vs.KdfParams(time_cost=1, memory_kib=8 * 1024)
    try:
        first = MainWindow(Session(work / "empty", kdf=fast), remember_geometry=False)
        first.resize(1366, 768)
        first.start()
        first.show()
        first.activateWindow()  # as a window manager would (Xvfb has none): the focus shows
        shot(app, first, "first-run")
        first.prepare()  # as the app does once the welcome is up: the other steps are built
        first.choose_language("cy")
        first.first_run.steps.setCurrentIndex(1)
        first.first_run.passphrase.setText("tangerine otter carousel")
        shot(app, first, "first-run-passphrase-cy")
        first.choose_language("en")
        first.first_run.passphrase.clear()
        first.first_run.steps.setCurrentIndex(1)
        first.first_run.passphrase.setText("tangerine otter carousel")
        shot(app, first, "first-run-passphrase")
        first.first_run.passphrase.setText(PASSPHRASE)
        first.first_run.confirm.setText(PASSPHRASE)
        first.first_run.create_button.click()
        wait_for(app, lambda: first.first_run.steps.currentIndex() == 2)
        shot(app, first, "first-run-recovery-code")
        first.close()

        vault, code = vs.create_vault(work / "records", PASSPHRASE, fast)
        vs.confirm_recovery_code_saved(vault, code)
        records = RecordsService(vault, "screenshots")
        _seed_module().seed_children(records, date.today(), count=50)
        records.casework.set_setting(PROFILE_KEY, {"name": "Sam Example", "role": "Designated Safeguarding Lead",
                                                   "organisation": "Example Academy"})
        records.casework.set_setting(CONTACTS_KEY, {"mash_phone": "01234 567890", "police_non_emergency": "101"})
        vault.close()

        window = MainWindow(Session(work / "records", kdf=fast), remember_geometry=False)
        window.resize(1366, 768)
        window.start()
        window.show()
        window.activateWindow()  # as a window manager would (Xvfb has none): the caret in the passphrase
        shot(app, window, "unlock")
        window.choose_language("cy")  # the Welsh interface (built from resources/translations by the set-up)
        window.unlock_page.passphrase.setText("not the passphrase")
        window.unlock_page.submit()
        wait_for(app, lambda: window.unlock_page.error.isVisible())
        shot(app, window, "unlock-cy")
        window.choose_language("en")
        window.unlock_page.passphrase.setText(PASSPHRASE)
        window.unlock_page.submit()
        wait_for(app, lambda: window.current_screen == "home")
        shot(app, window, "home")
        window.choose_language("cy")
        settle(app, 300)
        shot(app, window, "home-cy")
        window.choose_language("en")
        settle(app, 300)
        window.home.search.setText("Ai")
        settle(app, 400)
        shot(app, window, "home-search")
        window.home.search.clear()
        model = window.home.recent_model
        best = max(range(model.rowCount()), key=lambda r: 0)
        child_id = model.summary(best).child_id
        for row in range(model.rowCount()):
            window.child_record.show_child(model.summary(row).child_id)
            if len(window.child_record.timeline.points) >= 3:
                child_id = model.summary(row).child_id
                break
        window.open_child(child_id)
        shot(app, window, "child-record")
        window.show_settings()
        shot(app, window, "settings")
        window.settings_page.tabs.setCurrentIndex(1)
        shot(app, window, "settings-security")
        window.settings_page.tabs.setCurrentIndex(2)
        window.settings_page.maintenance.start_check()
        wait_for(app, lambda: not window.settings_page.maintenance.check.result.isHidden())
        shot(app, window, "settings-backup")
        window.settings_page.tabs.setCurrentIndex(3)
        shot(app, window, "settings-about")
        window.start_assessment("cse-screening", child_id)
        shot(app, window, "assessment")
        window.lock()
        shot(app, window, "locked")
        window.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
