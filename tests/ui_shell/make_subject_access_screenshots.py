"""Screenshots of subject access (issue 16): the redaction step's dialog, and page 1 of the
response (pdftoppm -r 60), from the invented children of tests/services/sar_case.py.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. .venv/bin/python tests/ui_shell/make_subject_access_screenshots.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

from PySide6.QtTest import QTest

from screening_app.clock import FixedClock
from screening_app.services.subject_access import SubjectAccessService
from tests.services import sar_case
from tests.ui_shell.shot_support import new_records, styled_app, unlocked_window

ROOT = Path(__file__).parents[2]


def main(docs: Path, keep_pages: Path | None = None) -> None:
    from screening_app.ui.governance.subject_access_dialog import SubjectAccessDialog

    styled_app()
    clock = FixedClock(datetime(2026, 11, 20, 10, 30))
    folder = Path(tempfile.mkdtemp()) / "records"
    vault, records = new_records(folder, clock, actor="R Patel")
    seeded = sar_case.seed(records)
    service = SubjectAccessService(records)
    pdf = Path(tempfile.mkdtemp()) / "sar.pdf"
    service.export(service.prepare(seeded.child), pdf, date(2026, 11, 18))
    vault.close()
    pages = keep_pages or Path(tempfile.mkdtemp())
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(pages / "sar-page")], check=True)
    (docs / "subject-access-page-1.png").write_bytes((pages / "sar-page-1.png").read_bytes())

    window = unlocked_window(folder, clock)
    window.open_child(seeded.child)
    QTest.qWait(300)
    dialog = SubjectAccessDialog(window, window.session, seeded.child, "Tegan Invented")
    dialog.show()
    QTest.qWait(400)
    dialog.grab().save(str(docs / "screenshots" / "subject-access.png"))
    print(docs / "screenshots" / "subject-access.png")
    dialog.reject()
    window.close()


if __name__ == "__main__":
    main(ROOT / "docs", Path(sys.argv[1]) if len(sys.argv) > 1 else None)
