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

from screening_app.clock import FixedClock
from screening_app.domain.contacts import PROFILE_SETTING
from tests.services.partnership_case import TODAY, seed
from tests.ui_shell.shot_support import new_records, styled_app, unlocked_window


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    styled_app()
    clock = FixedClock(datetime.combine(TODAY, datetime.min.time()).replace(hour=10))
    folder = Path(tempfile.mkdtemp()) / "records"
    vault, records = new_records(folder, clock)
    seed(records)
    records.casework.set_setting(PROFILE_SETTING, {"name": "R Patel", "organisation": "Northgate Academy"})
    vault.close()

    window = unlocked_window(folder, clock)
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
