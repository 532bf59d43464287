"""The redaction step of a subject access request (issue 16): the passages marked for withholding
(another child, a person of concern, a source who asked to stay anonymous), each with the DPA 2018
exemption relied on, which the practitioner may change (serious harm, Sch. 3 Part 3 para 11) or
release; releasing another child's name asks first, item by item. "Save PDF..." writes the response
with these choices (``services.subject_access``), and the export is audited.

Keyboard: the table takes Up/Down and Space (withhold or release the row); "E&xemption" sets the
selected row's exemption; "Request &received" the day the request came; "&Save PDF..."."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from screening_app.domain.subject_access import EXEMPTIONS, KINDS, LEGAL_DUTY, SubjectAccessError, choose
from screening_app.ui.i18n import QT_TRANSLATE_NOOP, dates_locale, translate
from screening_app.ui.shell import widgets as w
from screening_app.words import fill

COLUMNS = (QT_TRANSLATE_NOOP("SubjectAccess", "Where"), QT_TRANSLATE_NOOP("SubjectAccess", "What it is"),
           QT_TRANSLATE_NOOP("SubjectAccess", "Marked"), QT_TRANSLATE_NOOP("SubjectAccess", "Exemption relied on"),
           QT_TRANSLATE_NOOP("SubjectAccess", "Withhold"))
WITHHOLD = 4
WIDTHS = {1: 165, 2: 150, 3: 250, 4: 100}  # "Where" takes the rest


class SubjectAccessDialog(QDialog):
    def __init__(self, parent: Any, session: Any, child_id: int, name: str) -> None:
        super().__init__(parent)
        from screening_app.services.subject_access import SubjectAccessService

        self.session = session
        self.service = SubjectAccessService(session.records)
        self.prepared = self.service.prepare(child_id)
        self.items = self.prepared.items
        self.setObjectName("subjectAccess")
        self.setWindowTitle(fill(translate("SubjectAccess", "Subject access: %1"), name))
        self.resize(1100, 620)
        layout = QVBoxLayout(self)
        layout.addWidget(w.label(translate("SAR", LEGAL_DUTY), "intro", "subjectAccess.duty"))  # marked in the domain
        marked = translate("SubjectAccess", "1 passage marked for withholding. Everything else held about the child "
                                            "goes into the response as it is.") if len(self.items) == 1 else \
            fill(translate("SubjectAccess", "%1 passages marked for withholding. Everything else held about the child "
                                            "goes into the response as it is."), f"{len(self.items):,}")
        layout.addWidget(w.label(marked, "help", "subjectAccess.count"))
        self.table = QTableWidget(len(self.items), len(COLUMNS))
        w.named(self.table, "subjectAccess.table",
                translate("SubjectAccess", "Passages marked for withholding"))
        self.table.setHorizontalHeaderLabels([translate("SubjectAccess", column) for column in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self._fill()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in WIDTHS.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.table.itemChanged.connect(self._toggled)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_row(row))
        self.table.installEventFilter(self)
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        self.exemption = QComboBox()
        w.named(self.exemption, "subjectAccess.exemption",
                translate("SubjectAccess", "Exemption relied on for the selected passage"))
        for exemption in EXEMPTIONS:
            self.exemption.addItem(_exemption_words(exemption), exemption.code)
        self.exemption.activated.connect(self._exemption_chosen)
        exemption_label = QLabel(translate("SubjectAccess", "E&xemption for the selected passage"))
        exemption_label.setBuddy(self.exemption)
        form.addRow(exemption_label, self.exemption)
        self.requested = QDateEdit()
        w.named(self.requested, "subjectAccess.requested",
                translate("SubjectAccess", "The day the request was received"))
        self.requested.setCalendarPopup(True)
        self.requested.setDisplayFormat("d MMM yyyy")
        self.requested.setLocale(dates_locale())
        today = session.clock.today()
        self.requested.setMaximumDate(QDate(today.year, today.month, today.day))
        self.requested.setDate(QDate(today.year, today.month, today.day))
        requested_label = QLabel(translate("SubjectAccess", "Request &received on"))
        requested_label.setBuddy(self.requested)
        form.addRow(requested_label, self.requested)
        layout.addLayout(form)
        self.status = w.label("", "help", "subjectAccess.status")
        self.status.hide()
        layout.addWidget(self.status)
        self.save_button = w.button(translate("SubjectAccess", "&Save PDF..."), "subjectAccess.save", self.save,
                                    primary=True)
        close = w.button(translate("SubjectAccess", "Close"), "subjectAccess.close", self.reject)
        layout.addWidget(w.row(self.save_button, close, right=True))
        if self.items:
            self.table.setCurrentCell(0, 0)

    def showEvent(self, event: Any) -> None:  # Qt's name: rows sized once "Where" has its width
        super().showEvent(event)
        self.table.resizeRowsToContents()

    # ------------------------------------------------------------ the table

    def _fill(self) -> None:
        self.table.blockSignals(True)
        for row, item in enumerate(self.items):
            exemption = next(e for e in EXEMPTIONS if e.code == item.exemption)
            cells = (item.where, translate("SAR", KINDS[item.kind][0]), item.text, exemption.reference)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(_exemption_words(exemption) if column == 3 else text)
                self.table.setItem(row, column, cell)
            check = QTableWidgetItem(translate("SubjectAccess", "withheld") if item.withheld else
                                     translate("SubjectAccess", "released"))
            check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            check.setCheckState(Qt.CheckState.Checked if item.withheld else Qt.CheckState.Unchecked)
            self.table.setItem(row, WITHHOLD, check)
        self.table.blockSignals(False)
        self.table.resizeRowsToContents()

    def eventFilter(self, watched: Any, event: Any) -> bool:  # Qt's name
        """Space withholds or releases the selected row, wherever the cursor is in it."""
        from PySide6.QtCore import QEvent

        if watched is self.table and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Space:
            row = self.table.currentRow()
            if row >= 0:
                self.set_withheld(row, not self.items[row].withheld)
            return True
        return super().eventFilter(watched, event)

    def _toggled(self, cell: QTableWidgetItem) -> None:
        if cell.column() == WITHHOLD:
            self.set_withheld(cell.row(), cell.checkState() == Qt.CheckState.Checked)

    def set_withheld(self, row: int, withheld: bool) -> None:
        item = self.items[row]
        confirmed = False
        if not withheld and item.kind == "other_child":
            confirmed = self.confirm_release(item.text)
            if not confirmed:
                self._fill()
                return
        try:
            self.items = choose(self.items, item.id, withheld=withheld, confirmed=confirmed)
        except SubjectAccessError as exc:
            self._say(str(exc))
        self._fill()

    def confirm_release(self, name: str) -> bool:  # replaced in tests
        answer = QMessageBox.question(
            self, translate("SubjectAccess", "Release another child's name"),
            fill(translate("SubjectAccess", "This releases the name \u201c%1\u201d, another child's, to the person "
                                            "asking. Release it only when the law allows it (for example, that "
                                            "child's consent). Release this one item?"), name))
        return answer == QMessageBox.StandardButton.Yes

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.items):
            self.exemption.setCurrentIndex(self.exemption.findData(self.items[row].exemption))

    def _exemption_chosen(self, index: int) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        item = self.items[row]
        self.items = choose(self.items, item.id, withheld=item.withheld, exemption=self.exemption.itemData(index))
        self._fill()

    # ------------------------------------------------------------ saving

    def choose_path(self) -> str:  # replaced in tests
        return QFileDialog.getSaveFileName(self, translate("SubjectAccess", "Save the subject access response"),
                                           "subject-access.pdf", "PDF (*.pdf)")[0]

    def save(self) -> None:
        from screening_app.services.subject_access import ExportError

        path = self.choose_path()
        if not path:
            return
        chosen = self.requested.date()
        try:
            target = self.service.export(self.prepared, Path(path), date(chosen.year(), chosen.month(), chosen.day()),
                                         self.items)
        except (ExportError, OSError) as exc:
            self._say(fill(translate("SubjectAccess", "Not saved: %1"), exc))
            return
        withheld = sum(1 for i in self.items if i.withheld)
        released = len(self.items) - withheld
        self._say(fill(translate("SubjectAccess", "Saved to %1: 1 passage withheld, %2 released."), target, released)
                  if withheld == 1 else
                  fill(translate("SubjectAccess", "Saved to %1: %2 passages withheld, %3 released."), target,
                       f"{withheld:,}", released))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()


def _exemption_words(exemption: Any) -> str:
    """An exemption in the interface's words (the domain marks them, in the response's context) and
    its legal reference, which stays as the law writes it."""
    return f"{translate('SAR', exemption.words)} ({exemption.reference})"
