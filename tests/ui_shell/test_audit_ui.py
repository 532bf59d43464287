"""A child's audit trail from their record (issue 16): who did what and when, never content;
saved as CSV (owner-only), and the saving is itself in the trail. A real vault; every child
invented."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt


def test_the_audit_trail_of_a_childs_record_is_shown_and_saved(qtbot, make_window, seeded, do_unlock,
                                                               tmp_path: Path):
    window = make_window(seeded)
    do_unlock(window)
    child_id = window.session.records.list(limit=1).items[0].child_id
    window.open_child(child_id)
    record = window.child_record
    window.activateWindow()
    qtbot.keyClick(record, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # Audit trail...
    qtbot.waitUntil(lambda: getattr(record, "audit_dialog", None) is not None and record.audit_dialog.isVisible(),
                    timeout=3_000)
    dialog = record.audit_dialog
    rows = [[dialog.table.item(r, c).text() for c in range(4)] for r in range(dialog.table.rowCount())]
    whats = [r[2] for r in rows]
    assert "completed an assessment" in whats and "recorded the child" in whats, whats
    assert whats[-1] == "opened the child's record"  # opening it just now is in the trail
    assert all(r[0][:2].isdigit() and r[1] for r in rows) and any(r[3].startswith("CSE-") for r in rows)
    target = tmp_path / "trail.csv"
    dialog.choose_path = lambda: str(target)
    dialog.save_button.click()
    assert dialog.status.text() == f"Saved to {target}." and oct(target.stat().st_mode & 0o777) == "0o600"
    saved = list(csv.reader(target.read_text(encoding="utf-8").splitlines()))
    assert saved[0] == ["when", "who", "what", "record"] and len(saved) == len(rows) + 1
    dialog.accept()
    from screening_app.services.audit import AuditService

    lines = AuditService(window.session.records.vault).of_child(child_id)
    assert lines[-1].what == "saved this audit trail"
