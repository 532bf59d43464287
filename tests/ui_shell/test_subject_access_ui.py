"""The redaction step of a subject access request in the window (issue 16), on a real vault with
real widgets: "Subject access..." (Alt+A) on the child's record lists what is marked for
withholding; Space releases a row; another child's name asks first (No keeps it withheld); the
exemption is changed from the keyboard; "Save PDF..." writes the response with those choices.
Every child invented."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from screening_app.services import vault_service as vs
from screening_app.services.records import RecordsService
from tests.services import sar_case
from tests.ui_shell.conftest import FAST_KDF, PASSPHRASE


def _vault(folder: Path, pack, clock) -> sar_case.Seeded:
    vault, code = vs.create_vault(folder, PASSPHRASE, FAST_KDF)
    try:
        vs.confirm_recovery_code_saved(vault, code)
        return sar_case.seed(RecordsService(vault, "tester", pack, clock=clock))
    finally:
        vault.close()


def open_dialog(qtbot, make_window, do_unlock, folder, pack, clock):
    seeded = _vault(folder, pack, clock)
    window = make_window(folder)
    do_unlock(window)
    window.open_child(seeded.child)
    record = window.child_record
    window.activateWindow()
    qtbot.wait(50)
    qtbot.keyClick(record, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # Subject access...
    qtbot.waitUntil(lambda: getattr(record, "subject_access_dialog", None) is not None
                    and record.subject_access_dialog.isVisible(), timeout=5_000)
    return window, record.subject_access_dialog


def rows(dialog) -> list[list[str]]:
    return [[dialog.table.item(r, c).text() for c in range(5)] for r in range(dialog.table.rowCount())]


def test_the_practitioner_releases_and_changes_items_by_keyboard_and_saves_the_pdf(
        qtbot, make_window, do_unlock, folder, pack, clock, tmp_path: Path):
    _window, dialog = open_dialog(qtbot, make_window, do_unlock, folder, pack, clock)
    table = rows(dialog)
    assert all(r[4] == "withheld" for r in table)
    kinds = {r[1] for r in table}
    assert kinds == {"another child", "a person of concern", "a source who asked to stay anonymous"}
    assert "one month" in dialog.findChild(type(dialog.status), "subjectAccess.duty").text()

    asked: list[str] = []
    dialog.confirm_release = lambda name: asked.append(name) or False  # No: it stays withheld
    child_row = next(i for i, r in enumerate(table) if r[2] == sar_case.OTHER_CHILD)
    dialog.table.setFocus()
    dialog.table.setCurrentCell(child_row, 0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert asked == [sar_case.OTHER_CHILD] and rows(dialog)[child_row][4] == "withheld"
    dialog.confirm_release = lambda name: True  # Yes, for this one item
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert rows(dialog)[child_row][4] == "released"

    source_row = next(i for i, r in enumerate(table) if r[1].startswith("a source"))
    dialog.table.setCurrentCell(source_row, 0)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2_000)  # offscreen: a shortcut needs the active window
    qtbot.keyClick(dialog, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)  # E&xemption
    qtbot.waitUntil(lambda: dialog.exemption.hasFocus(), timeout=2_000)
    dialog.exemption.setCurrentIndex(dialog.exemption.findData("serious_harm"))
    dialog.exemption.activated.emit(dialog.exemption.currentIndex())
    assert rows(dialog)[source_row][3] == "DPA 2018 Sch. 3 Part 3 para 11"

    target = tmp_path / "response.pdf"
    dialog.choose_path = lambda: str(target)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # Save PDF...
    qtbot.waitUntil(lambda: target.exists(), timeout=5_000)
    assert dialog.status.text().startswith(f"Saved to {target}")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages).split())
    assert f"with {sar_case.OTHER_CHILD} and" in text  # released, confirmed
    assert sar_case.GROUP_MEMBER not in text and sar_case.SOURCE not in text  # still withheld
    assert "DPA 2018 Sch. 3 Part 3 para 11" in text
    dialog.reject()
