"""Records, Partnership picture... (issue 16), on a real vault with real widgets: the last school
term by default (from the injected clock), the same figures as the CLI drawn as bars with "<5"
for hidden counts, a period that ends before it starts refused, the PDF and the CSV saved from the
keyboard and each save audited without a name or a figure; locking closes it."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from screening_app.clock import FixedClock
from screening_app.services import vault_service as vs
from screening_app.services.records import RecordsService
from tests.services.partnership_case import TODAY, seed
from tests.ui_shell.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture
def term(folder: Path, pack) -> tuple[Path, list[dict]]:
    vault, code = vs.create_vault(folder, PASSPHRASE, FAST_KDF)
    try:
        vs.confirm_recovery_code_saved(vault, code)
        secrets = seed(RecordsService(vault, "tester", pack, clock=FixedClock(TODAY)))
    finally:
        vault.close()
    return folder, secrets


def open_picture(qtbot, make_window, do_unlock, clock, folder):
    window = make_window(folder)
    do_unlock(window)
    clock.at = datetime(2027, 1, 11, 9, 0)  # the date only: moving elapsed time would lock the window
    window.picture_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "picture_dialog", None) is not None
                    and window.picture_dialog.isVisible(), timeout=5_000)
    return window, window.picture_dialog


def test_the_picture_shows_the_term_and_saves_pdf_and_csv(qtbot, make_window, do_unlock, clock, term, tmp_path):
    folder, secrets = term
    window, dialog = open_picture(qtbot, make_window, do_unlock, clock, folder)
    assert (dialog.start.date().toPython(), dialog.end.date().toPython()) == (date(2026, 9, 1), date(2026, 12, 31))
    levels = dialog.bars["assessments_by_level"]
    assert levels.rows == [("High", 8), ("Medium", "<5"), ("Low", "<5")]
    assert "Medium: fewer than 5" in levels.accessibleDescription()
    assert dialog.bars["escalations_by_stage"].rows[0] == ("Stage 1: practitioner to practitioner", 6)
    assert dialog.bars["children_by_exploitation_type"].rows == [("Sexual", 8)]
    assert dialog.headline.text().startswith("16 assessments · 16 children · 9 escalations · median 57 days")
    for bars in dialog.bars.values():
        assert bars.objectName() and bars.accessibleName()
        for child in secrets:
            assert child["name"] not in bars.accessibleDescription()

    dialog.end.setDate(dialog.start.date().addDays(-1))
    assert dialog.status.text().startswith("Choose another period") and not dialog.pdf_button.isEnabled()
    dialog.end.setDate(dialog.start.date().addMonths(4).addDays(-1))
    assert dialog.pdf_button.isEnabled() and not dialog.status.isVisible()

    asked = []
    dialog.choose_path = lambda title, suggested, kind: asked.append(suggested) or str(tmp_path / suggested[:-4])
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3_000)
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # a mnemonic clicks 100 ms later
    qtbot.waitUntil(lambda: (tmp_path / "partnership-picture.pdf").exists(), timeout=10_000)
    qtbot.keyClick(dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: (tmp_path / "partnership-picture.csv").exists(), timeout=5_000)
    assert asked == ["partnership-picture.pdf", "partnership-picture.csv"]
    assert (tmp_path / "partnership-picture.pdf").read_bytes().startswith(b"%PDF")
    assert "assessments_by_level,high,8" in (tmp_path / "partnership-picture.csv").read_text(encoding="utf-8")
    assert dialog.status.text().startswith("Saved to ")
    audit = window.session.records.casework.audit_entries(5)
    saved = [(e.action, e.actor) for e in audit if e.action.startswith("report.")]
    assert sorted(a for a, _who in saved) == ["report.exported_csv", "report.exported_pdf"]

    window.lock()
    qtbot.waitUntil(lambda: window.current_screen == "unlock", timeout=5_000)
    assert not dialog.isVisible()


def test_the_records_menu_keeps_one_letter_per_item(qtbot, make_window, term):
    window = make_window(term[0])
    records = window.menuBar().actions()[0].menu()
    letters = [a.text().split("&")[1][0].lower() for a in records.actions() if "&" in a.text()]
    assert "Partnership p&icture..." in [a.text() for a in records.actions()]
    assert len(letters) == len(set(letters)), letters
