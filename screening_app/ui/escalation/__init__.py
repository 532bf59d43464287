"""Professional disagreement and escalation (SPEC 9.3): the record/edit dialog and
printing a child's escalation summary. Reached from the main window's menu, the
wizard's result page and the open escalations on home."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from screening_app.ui.escalation.dialog import STAGE_HELP, EscalationDialog
from screening_app.ui.i18n import translate
from screening_app.words import fill

__all__ = ["STAGE_HELP", "EscalationDialog", "print_summary"]


def print_summary(parent: QWidget, session: Any, child_id: int) -> Path | None:
    """Ask where to save the child's escalation summary PDF, then write it atomically."""
    name, _filter = QFileDialog.getSaveFileName(parent, translate("Escalation", "Save the escalation summary"),
                                                translate("Escalation", "escalation-summary.pdf"),
                                                translate("Escalation", "PDF files (*.pdf)"))
    if not name:
        return None
    path = Path(name if name.lower().endswith(".pdf") else f"{name}.pdf")
    try:
        return session.save_escalation_summary(child_id, path)
    except Exception as exc:  # a full disk or a read-only folder must be said, in words
        message = getattr(exc, "message", None) or translate("Escalation", "the file could not be written. Try "
                                                                           "another folder.")
        QMessageBox.warning(parent, translate("Escalation", "Not saved"),
                            fill(translate("Escalation", "The escalation summary was not saved: %1"), message))
        return None
