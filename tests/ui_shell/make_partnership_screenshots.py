"""Screenshots of the partnership's picture (issue 16) from an invented school term
(tests/services/partnership_case.py: some counts 5 or more, some "<5"): the dialog at 1366x768,
and the PDF's first page at 60 dpi (and every page, to look at, in OUT_DIR).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui_shell/make_partnership_screenshots.py OUT_DIR
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from screening_app.clock import FixedClock
from screening_app.domain.contacts import PROFILE_SETTING
from screening_app.domain.loader import load_form_pack
from screening_app.services import vault_service as vs
from screening_app.services.records import RecordsService
from tests.services.partnership_case import TODAY, seed

PASSPHRASE = "tangerine otter carousel lamp"
FAST_KDF = vs.KdfParams(time_cost=1, memory_kib=8 * 1024)


def main(out: Path) -> None:
    from screening_app.ui.shell.main_window import MainWindow
    from screening_app.ui.shell.session import Session
    from screening_app.ui.shell.style import apply_style

    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    apply_style(app)
    clock = FixedClock(datetime.combine(TODAY, datetime.min.time()).replace(hour=10))
    folder = Path(tempfile.mkdtemp()) / "records"
    vault, code = vs.create_vault(folder, PASSPHRASE, FAST_KDF)
    vs.confirm_recovery_code_saved(vault, code)
    records = RecordsService(vault, "tester", load_form_pack(), clock=clock)
    seed(records)
    records.casework.set_setting(PROFILE_SETTING, {"name": "R Patel", "organisation": "Northgate Academy"})
    vault.close()

    window = MainWindow(Session(folder, kdf=FAST_KDF, clock=clock), remember_geometry=False)
    window.resize(1366, 768)
    window.start()
    window.show()
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.submit()
    QTest.qWait(800)
    window.partnership_picture()
    dialog = window.picture_dialog
    QTest.qWait(500)
    dialog.grab().save(str(out / "partnership-picture.png"))
    print(out / "partnership-picture.png")
    pdf = out / "partnership-report.pdf"
    pdf.unlink(missing_ok=True)
    dialog.service.save_pdf(dialog.report, pdf)
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(out / "partnership-report-page")], check=True)
    print(pdf)
    window.lock()
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
