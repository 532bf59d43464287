"""Screenshots of the review's lessons in the flow of work (1366x768, offscreen):
``QT_QPA_PLATFORM=offscreen python tests/ui_lessons/make_screenshots.py`` -> docs/screenshots/lesson-*.png.
Every name and note is invented."""

from __future__ import annotations

import importlib.util
import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)


def _seed_module():
    spec = importlib.util.spec_from_file_location("seed", ROOT / "tests" / "ui_shell" / "seed.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def overlay(base: QWidget, popup: QWidget, at: QPoint, name: str) -> None:
    """Popups are their own windows offscreen: paint one onto the grab where it would appear."""
    picture = base.grab()
    painter = QPainter(picture)
    painter.drawPixmap(at, popup.grab())
    painter.end()
    picture.save(str(OUT / name))


def language(app, pack) -> None:
    from screening_app.domain.navigation import new_state
    from screening_app.ui.wizard import AssessmentWizard

    form = pack["cse-screening"]
    state = new_state(form, date(2026, 11, 1))
    state["details"]["child"] = {"first_name": "Ana", "last_name": "Nowak", "date_of_birth": "2012-01-09"}
    state["answers"]["out_late"] = {"answer": "yes", "when": "current",
                                    "note": "Out until 2am most weekends; staff think she is putting herself at "
                                            "risk by getting into cars."}
    wizard = AssessmentWizard(form, state)
    wizard.resize(*SIZE)
    wizard.show()
    wizard.go("section:missing", "out_late.note")
    settle(app)
    note = wizard.findChild(QWidget, "out_late.note")
    cursor = note.textCursor()
    cursor.setPosition(note.toPlainText().index("putting") + 3)
    menu = note.flag_menu(cursor)
    menu.adjustSize()
    rect = note.cursorRect(cursor)
    at = note.mapTo(wizard, rect.bottomLeft() + QPoint(0, 6))
    overlay(wizard, menu, at, "lesson-language.png")
    wizard.close()


def decision_record(app, pack) -> None:
    from screening_app.domain.navigation import new_state
    from screening_app.ui.wizard import AssessmentWizard

    form = pack["cse-screening"]
    state = new_state(form, date(2026, 11, 1))
    state["details"]["child"] = {"first_name": "Ana", "last_name": "Nowak", "date_of_birth": "2012-01-09"}
    state["answers"]["sexual_activity"] = {"answer": "possible", "when": "current",
                                           "note": "Told a friend she sleeps at an older man's flat."}
    state["details"]["decision_record"] = {"discussed_with": "R Patel", "discussed_agency": "DSL, Northgate School"}
    state["visited"] = ["group:decision_record"]
    wizard = AssessmentWizard(form, state)
    wizard.resize(*SIZE)
    wizard.show()
    wizard.go("group:decision_record")
    settle(app)
    wizard.grab().save(str(OUT / "lesson-decision-record.png"))
    wizard.close()


def shell(app, pack, folder: Path) -> None:
    from screening_app.services import vault_service as vs
    from screening_app.services.escalations import EscalationService, NewEscalation
    from screening_app.services.records import RecordsService
    from screening_app.ui.escalation import EscalationDialog
    from screening_app.ui.shell.main_window import MainWindow
    from screening_app.ui.shell.session import Session
    from screening_app.ui.shell.style import apply_style

    kdf = vs.KdfParams(time_cost=1, memory_kib=8 * 1024)
    vault, _code = vs.create_vault(folder, "tangerine otter carousel lamp", kdf)
    records = RecordsService(vault, "screens", pack)
    children = _seed_module().seed_children(records, date.today(), count=12)
    service, today = EscalationService(records), date.today()
    for child, agency, stage, days in ((children[0], "Children's Social Care (MASH)", 2, 23),
                                       (children[3], "Police", 1, 6), (children[5], "Northgate Academy", 3, 41)):
        service.record(NewEscalation(agency=agency, stage=stage, raised_on=today - timedelta(days=days),
                                     child_id=child, decision="No further action on the referral"))
    vault.close()
    apply_style(app)
    window = MainWindow(Session(folder, kdf=kdf), remember_geometry=False)
    window.resize(*SIZE)
    window.start()
    window.show()
    window.unlock_page.passphrase.setText("tangerine otter carousel lamp")
    window.unlock_page.submit()
    while window.current_screen in ("unlock", ""):
        settle(app, 1)
    settle(app, 20)
    window.grab().save(str(OUT / "lesson-home-escalations.png"))
    window.open_child(children[0])
    settle(app)
    dialog = EscalationDialog(window.session, children[0], parent=window)
    dialog.agency.setText("Children's Social Care (MASH)")
    dialog.decision.setPlainText("No further action on our referral of 3 October; she is still going missing.")
    dialog.stage.button(2).setChecked(True)
    dialog.what_was_said.setPlainText("Spoke to the duty team manager; she said the girl consented and "
                                      "is streetwise. Asked for a strategy discussion.")
    dialog.show()
    settle(app)
    dialog.resize(dialog.sizeHint().expandedTo(dialog.minimumSize()))
    settle(app)
    at = QPoint((SIZE[0] - dialog.width()) // 2, max(0, (SIZE[1] - dialog.height()) // 2))
    overlay(window, dialog, at, "lesson-escalation.png")
    dialog.close()
    window.session.lock()
    window.close()


def main() -> None:
    from screening_app.domain.loader import load_form_pack

    app = QApplication.instance() or QApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    pack = load_form_pack()
    language(app, pack)
    decision_record(app, pack)
    with tempfile.TemporaryDirectory() as tmp:
        shell(app, pack, Path(tmp) / "records")
    print("written:", ", ".join(sorted(p.name for p in OUT.glob("lesson-*.png"))))


if __name__ == "__main__":
    main()
