"""Child process for the kill test (not a test): the real main window, offscreen, on a
vault made by the parent. It starts a screening, types an answer and a note, waits past
the autosave, prints "saved", then idles until the parent kills it with SIGKILL.

    python kill_draft_child.py DATA_FOLDER PASSPHRASE CHILD_ID
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from PySide6.QtCore import QElapsedTimer, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QComboBox, QPlainTextEdit, QWidget

    from screening_app.services.vault_service import KdfParams
    from screening_app.ui.shell.main_window import MainWindow
    from screening_app.ui.shell.session import Session

    folder, passphrase, child_id = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    app = QApplication([sys.argv[0]])
    window = MainWindow(Session(folder, kdf=KdfParams(time_cost=1, memory_kib=8192)), remember_geometry=False)
    window.start()
    window.show()
    window.unlock_page.passphrase.setText(passphrase)
    window.unlock_page.submit()
    timer = QElapsedTimer()
    timer.start()
    while window.current_screen in ("unlock", "") and timer.elapsed() < 20_000:
        QTest.qWait(20)
    window.start_assessment("cse-screening", child_id)
    wizard = window.assessment.wizard
    wizard.go("section:missing", "out_late.note")
    QTest.mouseClick(wizard.findChild(QWidget, "out_late.yes"), Qt.MouseButton.LeftButton)
    when: QComboBox = wizard.findChild(QComboBox, "out_late.when")
    when.setCurrentIndex(when.findData("current"))
    note: QPlainTextEdit = wizard.findChild(QPlainTextEdit, "out_late.note")
    note.setFocus()
    QTest.keyClicks(note, "Seen by me at 2am; typed just before the laptop died.")
    QTest.qWait(1500)  # past the 400 ms autosave
    print("saved", window.assessment.assessment.id, flush=True)
    while True:
        QTest.qWait(200)
        app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
