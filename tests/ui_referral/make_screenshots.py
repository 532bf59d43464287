"""Screenshots of the referral, comparison and review screens at 1366x768 (run offscreen):

    QT_QPA_PLATFORM=offscreen python tests/ui_referral/make_screenshots.py

Dialogs are drawn over the main window where they would open, as a practitioner sees them.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEventLoop, QPoint, QTimer
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"
PASSPHRASE = "tangerine otter carousel lamp"


def settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(condition, limit_ms: int = 15_000) -> None:
    waited = 0
    while not condition() and waited < limit_ms:
        settle(50)
        waited += 50


def shot(window, name: str, dialog=None) -> None:
    settle(250)
    image = window.grab().toImage()
    if dialog is not None:
        painter = QPainter(image)
        painter.fillRect(image.rect(), QColor(0, 0, 0, 60))
        top_left = QPoint((image.width() - dialog.width()) // 2, max(0, (image.height() - dialog.height()) // 2))
        painter.drawPixmap(top_left, dialog.grab())
        painter.end()
    image.save(str(OUT / f"{name}.png"))
    print("saved", name)


def seed(records) -> int:
    spec = importlib.util.spec_from_file_location("ui_shell_seed", ROOT / "tests" / "ui_shell" / "seed.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    children = module.seed_children(records, date.today(), count=12)
    return max(children, key=lambda c: len(records.search(module_query(c), 50, None).items))


def module_query(child_id: int):
    from screening_app.services.records import SearchQuery

    return SearchQuery(child_id=child_id, status="completed")


def main() -> int:
    from screening_app.services import vault_service as vs
    from screening_app.services.records import RecordsService
    from screening_app.ui.compare.review import ReviewPrompt
    from screening_app.ui.referral.save_dialog import SavePdfDialog
    from screening_app.ui.shell import fmt
    from screening_app.ui.shell.main_window import MainWindow
    from screening_app.ui.shell.session import Session
    from screening_app.ui.shell.style import apply_style

    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_style(app)
    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="referral-shots-"))
    fast = vs.KdfParams(time_cost=1, memory_kib=8 * 1024)
    try:
        vault, _code = vs.create_vault(work / "records", PASSPHRASE, fast)
        records = RecordsService(vault, "screenshots")
        child_id = seed(records)
        latest = records.search(module_query(child_id), 1, None).items[0]
        data = json.loads(records.get(latest.id).input_json)
        data["answers"]["exchange_sex"] = {"answer": "yes", "when": "current",
                                           "note": "Invented: she told the school nurse the next day."}
        records.correct(latest.id, data, "A disclosure made the day after the assessment")
        vault.close()
        window = MainWindow(Session(work / "records", kdf=fast), remember_geometry=False)
        window.resize(1366, 768)
        window.start()
        window.show()
        window.unlock_page.passphrase.setText(PASSPHRASE)
        window.unlock_page.submit()
        wait_for(lambda: window.current_screen == "home")
        window.open_child(child_id)
        record = window.child_record
        shot(window, "compare-child-record")
        record.compare_selected()
        record.compare_dialog.resize(1326, 728)
        shot(window, "compare-view", record.compare_dialog)
        record.compare_dialog.close()
        last = record.completed()[0]
        prompt = ReviewPrompt(window, f"screening {last.reference} of {fmt.day(last.assessed_on)}")
        prompt.text.setPlainText("Missing twice since the last review; school reports a new older contact "
                                 "collecting her at the gate.")
        prompt.adjustSize()
        shot(window, "compare-review-prompt", prompt)
        window.open_assessment(record.completed()[0].id)
        panel = window.assessment.summary_panel
        shot(window, "referral-summary")
        window.assessment.show_correction(2)
        window.assessment.versions_dialog.resize(1326, 728)
        shot(window, "compare-correction", window.assessment.versions_dialog)
        window.assessment.versions_dialog.close()
        panel.referral.preview()
        wait_for(lambda: panel.referral.preview_dialog is not None)
        dialog = panel.referral.preview_dialog
        dialog.resize(1000, 728)
        shot(window, "referral-preview", dialog)
        dialog.close()
        save = SavePdfDialog(window, f"{window.assessment.assessment.reference} referral.pdf")
        save.path.setText(str(work / f"{window.assessment.assessment.reference} referral.pdf"))
        save.protect.setChecked(True)
        save.password.setText("a long password")
        save.confirm.setText("a long passwor")
        save.accept()
        save.adjustSize()
        shot(window, "referral-save", save)
        window.lock()
        window.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
