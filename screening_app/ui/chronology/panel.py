"""A child's chronology as a list, latest first: date, source and what happened, with Record a
concern and Correct. Entries not yet used by a completed screening are marked, since the next
screening starts from them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout

from screening_app.ui.shell import widgets as w


def entry_line(item: Any) -> str:
    entry = item.entry
    reference = f" · ref. {entry.reference}" if entry.reference else ""
    fresh = "" if item.cited else " · not yet in a screening"
    corrected = f" · corrected (version {item.version})" if item.version > 1 else ""
    return f"{entry.when.words()} · {entry.source_words()}{reference}{fresh}{corrected}\n{entry.what}"


class ChronologyPanel(QGroupBox):
    """``recordConcern()`` and ``correctEntry(entry)`` ask the main window to open the dialog."""

    recordConcern = Signal()
    correctEntry = Signal(object)

    def __init__(self, session: Any) -> None:
        super().__init__("Chronology: what happened (latest first)")
        self.session = session
        self.setObjectName("chronology")
        self.entries: list[Any] = []
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setObjectName("chronology.entries")
        self.list.setAccessibleName("Chronology entries, latest first")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumHeight(150)
        self.list.itemActivated.connect(lambda _item: self._correct())
        self.empty = w.label("Nothing recorded yet. Record a concern as soon as you know of it; screen later.",
                             "help", "chronology.empty")
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(w.button("Record a concern...", "chronology.record", self.recordConcern.emit, primary=True))
        self.correct_button = w.button("Correct...", "chronology.correct", self._correct)
        row.addWidget(self.correct_button)
        row.addStretch(1)
        layout.addLayout(row)

    def show_child(self, child_id: int) -> None:
        self.entries = self.session.chronology_service().for_child(child_id)
        self.list.clear()
        for item in self.entries:
            row = QListWidgetItem(entry_line(item))
            row.setData(256, item.id)  # Qt.UserRole, without building the Qt namespace
            self.list.addItem(row)
        self.empty.setVisible(not self.entries)
        self.list.setVisible(bool(self.entries))
        self.correct_button.setEnabled(bool(self.entries))
        if self.entries:
            self.list.setCurrentRow(0)

    def clear(self) -> None:
        self.entries = []
        self.list.clear()

    def _correct(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.entries):
            self.correctEntry.emit(self.entries[row])
