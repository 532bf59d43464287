"""Screenshots of where patterns show (SPEC 12), at 1366x768, from the invented cases of
tests/data/contexts: home's Patterns, a child's links, the people page's offers and "also linked
to", the picture of a pattern, names alike joined; then transferring a child's file (SPEC 13).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui_shell/make_contexts_screenshots.py OUT_DIR
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from screening_app.clock import FixedClock
from tests.ui_shell.shot_support import new_records, styled_app, unlocked_window

ROOT = Path(__file__).parents[2]
CASES = sorted((ROOT / "tests" / "data" / "contexts").glob("*.json"))


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    styled_app()
    clock = FixedClock(datetime(2026, 11, 20, 10, 30))
    folder = Path(tempfile.mkdtemp()) / "records"
    vault, records = new_records(folder, clock)
    for case in CASES:
        records.import_case(json.loads(case.read_text(encoding="utf-8")))
    vault.close()

    window = unlocked_window(folder, clock)

    def shot(name: str) -> None:
        QTest.qWait(300)
        window.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    shot("contexts-home-patterns")
    eve = next(a.child_id for a in window.session.records.list(limit=10).items
               if window.session.records.get_child(a.child_id).details.first_name == "Eve")
    window.start_assessment("cse-screening", eve)
    wizard = window.assessment.wizard
    wizard.go("group:people")
    find = lambda name: wizard.findChild(QWidget, name)  # noqa: E731
    find("people.add").click()
    QTest.keyClicks(find("people.name"), "Daniel")
    QTest.qWait(400)
    shot("contexts-wizard-offers")
    QTest.keyClick(find("people.name"), Qt.Key.Key_Tab)
    QTest.keyClick(find("people.offers"), Qt.Key.Key_Return)
    QTest.keyClicks(find("people.vehicle_phone"), "silver car XY19ZZZ, calls on 07700 900123")
    QTest.qWait(400)
    scroll = window.assessment.wizard.pages["group:people"][0]
    scroll.ensureWidgetVisible(find("people.seen"))
    shot("contexts-wizard-linked")
    window.assessment.save_now()
    window.go_home()
    QTest.qWait(600)
    panel = window.home.patterns
    panel.list.setCurrentRow(0)
    panel.show_picture()
    QTest.qWait(500)
    panel.dialog.grab().save(str(out / "contexts-picture.png"))
    print(out / "contexts-picture.png")
    QTest.keyClick(panel.dialog.list, Qt.Key.Key_Down)
    QTest.qWait(200)
    panel.dialog.grab().save(str(out / "contexts-picture-item.png"))
    panel.dialog.reject()
    QTest.qWait(200)
    window.open_child(eve)
    QTest.qWait(400)
    from PySide6.QtWidgets import QScrollArea

    window.child_record.findChild(QScrollArea).ensureWidgetVisible(window.child_record.alike)
    shot("contexts-child-alike")
    window.child_record.alike.join_button.click()
    QTest.qWait(400)
    shot("contexts-child-joined")
    # transfer this child's file (issue 14): the dialog, the receipt, Settings' Transfers tab
    window.child_record.transfer()
    dialog = window.child_record.transfer_dialog
    dialog.to_pdf.setChecked(True)
    dialog.path.setText(str(folder.parent / "transfer.pdf"))
    for edit in (dialog.password, dialog.repeat):
        edit.setText("copper violin harbour 58")
    QTest.qWait(300)
    dialog.grab().save(str(out / "transfer-send.png"))
    dialog.send()
    while dialog.pages.currentIndex() != 1:
        QTest.qWait(100)
    dialog.grab().save(str(out / "transfer-sent.png"))
    dialog.accept()
    window.show_settings()
    window.settings_page.tabs.setCurrentWidget(window.settings_page.transfers)
    shot("transfer-settings")
    window.receive_transfer()
    receive = window.receive_dialog
    receive.path.setText(str(folder.parent / "transfer.pdf"))
    receive.password.setText("copper violin harbour 58")
    receive.receive()
    QTest.qWait(300)
    receive.grab().save(str(out / "transfer-receive.png"))
    receive.reject()
    window.session.lock()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots"))
