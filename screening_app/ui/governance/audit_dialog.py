"""A child's audit trail in the window (issue 16): who did what in this record and when, oldest
first, never what a record says; "Save as CSV..." exports it (and the export is audited)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from screening_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from screening_app.ui.shell import fmt
from screening_app.ui.shell import widgets as w
from screening_app.words import fill

HEADERS = (QT_TRANSLATE_NOOP("Audit", "When"), QT_TRANSLATE_NOOP("Audit", "Who"), QT_TRANSLATE_NOOP("Audit", "What"),
           QT_TRANSLATE_NOOP("Audit", "Record"))


class AuditDialog(QDialog):
    def __init__(self, parent: Any, session: Any, child_id: int, name: str) -> None:
        super().__init__(parent)
        from screening_app.services.audit import AuditService

        records = session.records
        self.service = AuditService(records.vault, records.actor, session.clock)
        self.child_id = child_id
        self.setObjectName("auditTrail")
        self.setWindowTitle(fill(translate("Audit", "Audit trail: %1"), name))
        self.resize(900, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(w.label(translate("Audit", "Who did what in this child's record, and when. The trail never "
                                           "holds what a record says; each entry is chained to the one before, so a "
                                           "change after the fact shows ('vault check')."), "intro"))
        lines = self.service.of_child(child_id)
        self.table = QTableWidget(len(lines), 4)
        w.named(self.table, "auditTrail.table", translate("Audit", "The audit trail"))
        self.table.setHorizontalHeaderLabels([translate("Audit", header) for header in HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        for row, line in enumerate(lines):
            for column, text in enumerate((fmt.moment(line.when), line.who, line.what, line.record)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column in (0, 1, 3):
            self.table.resizeColumnToContents(column)
        layout.addWidget(self.table, 1)
        self.status = w.label("", "help", "auditTrail.status")
        self.status.hide()
        layout.addWidget(self.status)
        self.save_button = w.button(translate("Audit", "&Save as CSV..."), "auditTrail.save", self.save)
        close = w.button(translate("Audit", "Close"), "auditTrail.close", self.accept, primary=True)
        layout.addWidget(w.row(self.save_button, close, right=True))

    def choose_path(self) -> str:  # replaced in tests
        return QFileDialog.getSaveFileName(self, translate("Audit", "Save the audit trail"), "audit-trail.csv",
                                           "CSV (*.csv)")[0]

    def save(self) -> None:
        from screening_app.fileio import replace_atomically

        path = self.choose_path()
        if not path:
            return
        target = Path(path)
        replace_atomically(target, [self.service.csv(self.child_id).encode("utf-8")])
        self.status.setText(fill(translate("Audit", "Saved to %1."), target))
        self.status.show()
