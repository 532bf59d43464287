"""Screenshots of the chronology at 1366x768 (run offscreen, by hand):

    QT_QPA_PLATFORM=offscreen python tests/ui_chronology/make_screenshots.py
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.ui_shell.make_screenshots import OUT, PASSPHRASE, _seed_module, settle, wait_for

FACTS = [
    {"date": "2026-09", "what": "Attendance fell from 96% to 71% since September.", "source": "seen"},
    {"date": "about 2026-11-07", "what": "Missing overnight; found by police at a flat in town with an older man.",
     "source": "told_by_other", "source_detail": "Police (PC invented)", "reference": "INV/2026/0042"},
    {"date": "2026-11-18", "what": "A grey car with two older men waited outside school at 3pm.", "source": "seen"},
    {"date": "2026-11-20", "what": "She said her boyfriend, who is about 24, gives her vodka.",
     "source": "told_by_child"},
]


def main() -> int:
    from screening_app.services import vault_service as vs
    from screening_app.services.records import RecordsService
    from screening_app.ui.shell.main_window import MainWindow
    from screening_app.ui.shell.session import Session
    from screening_app.ui.shell.style import apply_style

    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_style(app)
    work = Path(tempfile.mkdtemp(prefix="chronology-shots-"))
    try:
        fast = vs.KdfParams(time_cost=1, memory_kib=8 * 1024)
        vault, code = vs.create_vault(work / "records", PASSPHRASE, fast)
        vs.confirm_recovery_code_saved(vault, code)
        records = RecordsService(vault, "Invented DSL")
        (child, *_) = _seed_module().seed_children(records, date.today(), count=3)
        vault.close()
        window = MainWindow(Session(work / "records", kdf=fast), remember_geometry=False)
        window.resize(1366, 768)
        window.start()
        window.show()
        window.session.unlock(PASSPHRASE)
        window._after_unlock()
        service = window.session.chronology_service()
        for fact in FACTS:
            service.record(child, fact)
        window.open_child(child)
        settle(app, 300)
        window.grab().save(str(OUT / "chronology-child-record.png"))
        window.record_concern()
        dialog = window.concern_dialog
        settle(app, 200)
        dialog.what.setPlainText("Told by her foster carer: she came home at 2am in a taxi with new trainers "
                                 "and said a man called Kaz paid.")
        wait_for(app, lambda: bool(dialog.suggested.text()))
        settle(app, 300)
        dialog.grab().save(str(OUT / "chronology-record-concern.png"))
        print("saved chronology-child-record.png, chronology-record-concern.png")
        dialog.reject()
        window.session.lock()
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
