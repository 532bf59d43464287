"""A repeatable group as a table with an editor below: add, edit, remove.

``RowsModel`` is a thin Qt adapter over the session's own list of dicts; the
editor below the table edits the selected entry in place. Keyboard: Tab into
the table, arrows choose an entry, Tab on to its fields; Add and Remove are
buttons (Alt+A / Alt+R).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from screening_app.domain.language import people_include_adult
from screening_app.domain.navigation import WizardSession
from screening_app.domain.schema import FieldGroup
from screening_app.ui.i18n import translate
from screening_app.ui.wizard.fields import make_editor, set_editor_value
from screening_app.ui.wizard.people_links import CHOSEN, LOOKUP_MS, PeopleLinks, PeopleLookup
from screening_app.words import fill

MAX_COLUMNS = 4
LINKED_AFTER = {"people": "name", "places": "place"}  # the groups whose rows may be in other children's records
LOOKED_UP = ("name", "vehicle_phone", "address_area", "place")  # edits that change what a row is linked to


class RowsModel(QAbstractTableModel):
    def __init__(self, session: WizardSession, group: FieldGroup, linked: bool = False) -> None:
        super().__init__()
        self.session, self.group = session, group
        self.columns = group.fields[:MAX_COLUMNS]
        self.linked: dict[int, str] | None = {} if linked else None  # row -> "2 other children"

    def rows(self) -> list[dict[str, Any]]:
        return self.session.group_value(self.group.id)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt override)
        return 0 if parent.isValid() else len(self.rows())

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt override)
        return 0 if parent.isValid() else len(self.columns) + (self.linked is not None)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole) or not index.isValid():
            return None
        if index.column() == len(self.columns):
            return (self.linked or {}).get(index.row(), "")
        field = self.columns[index.column()]
        value = self.rows()[index.row()].get(field.id)
        options = {o.value: o.label for o in field.options} | {"yes": translate("Wizard", "Yes"),
                                                              "no": translate("Wizard", "No")}
        if isinstance(value, list):
            return ", ".join(options.get(v, v) for v in value)
        return "" if value is None else options.get(value, str(value)) if isinstance(value, str) else str(value)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in (Qt.ItemDataRole.ToolTipRole,
                                                                 Qt.ItemDataRole.DisplayRole):
            # the whole label as a tooltip when the column is narrow
            return self.columns[section].label if section < len(self.columns) else translate("Wizard", "Also linked to")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return str(section + 1)

    def row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def set_linked(self, row: int, text: str) -> None:
        if self.linked is not None and self.linked.get(row, "") != text:
            self.linked[row] = text
            self.row_changed(row)

    def reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()


class RepeatableEditor(QWidget):
    def __init__(self, session: WizardSession, group: FieldGroup,
                 on_field: Callable[[str, str, Any, int | None], None], on_rows: Callable[[], None],
                 lookup: PeopleLookup | None = None) -> None:
        super().__init__()
        self.session, self.group, self.on_field, self.on_rows = session, group, on_field, on_rows
        self.lookup = lookup if group.id in LINKED_AFTER else None
        self.links: PeopleLinks | None = None
        self.setObjectName(group.id)
        self.setAccessibleName(group.title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = RowsModel(session, group, linked=self.lookup is not None)
        self._lookup_timer = QTimer(self)
        self._lookup_timer.setSingleShot(True)
        self._lookup_timer.setInterval(LOOKUP_MS)
        self._lookup_timer.timeout.connect(lambda: self._linked_row(self.selected()))
        self.table = self._table()
        layout.addWidget(self.table)
        layout.addLayout(self._buttons())
        self.empty = QLabel(translate("Wizard", "No entries yet. Use “Add” to record one."))
        self.empty.setProperty("role", "intro")
        layout.addWidget(self.empty)
        self.form_box = QWidget()
        self.form_box.setProperty("role", "card")
        self.form_title = QLabel()
        self.form_title.setProperty("role", "indicator")
        self.editors = self._editors()
        layout.addWidget(self.form_box)
        self.gaps = QLabel()
        self.gaps.setProperty("role", "gap")
        self.gaps.setWordWrap(True)
        layout.addWidget(self.gaps)
        self.select(0 if self.model.rowCount() else -1)
        self._linked_all()

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName(f"{self.group.id}.table")
        table.setAccessibleName(f"{self.group.title}: entries")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # a narrow column shows the start of its label and "…", never a middle cut ("ress (if different")
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.setTabKeyNavigation(False)
        table.setMinimumHeight(150)
        table.setMaximumHeight(220)
        table.selectionModel().currentRowChanged.connect(lambda current, _p: self.select(current.row()))
        return table

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_button = QPushButton(translate("Wizard", "&Add an entry"))
        self.add_button.setObjectName(f"{self.group.id}.add")
        self.add_button.setAccessibleName(fill(translate("Wizard", "Add to %1"), self.group.title))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(translate("Wizard", "&Remove selected entry"))
        self.remove_button.setObjectName(f"{self.group.id}.remove")
        self.remove_button.setAccessibleName(fill(translate("Wizard", "Remove the selected entry from %1"),
                                                  self.group.title))
        self.remove_button.clicked.connect(self.remove)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        return row

    def _editors(self) -> dict[str, QWidget]:
        outer = QVBoxLayout(self.form_box)
        outer.addWidget(self.form_title)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setVerticalSpacing(10)
        outer.addLayout(form)
        editors = {}
        for field in self.group.fields:
            editor = make_editor(field, f"{self.group.id}.{field.id}", None, lambda v, f=field.id: self._edited(f, v),
                                 self.session.form.language_check, self._adult)
            if field.help:
                editor.setToolTip(field.help)
            label = QLabel(fill(translate("Wizard", "%1 (required)"), field.label) if field.required else field.label)
            label.setBuddy(editor)
            form.addRow(label, editor)
            editors[field.id] = editor
            if self.lookup is not None and field.id == LINKED_AFTER[self.group.id]:  # straight after the name typed
                self.links = PeopleLinks(self.group.id, self.lookup, self._current_row, self._choose,
                                         offers=self.group.id == "people")
                form.addRow(self.links)
        return editors

    def _current_row(self) -> dict[str, Any] | None:
        row = self.selected()
        return self.model.rows()[row] if 0 <= row < self.model.rowCount() else None

    def _choose(self, uuid: str | None, fill: dict[str, Any]) -> None:
        """Link the selected entry to the vault's record (or unlink it); fill what it leaves empty."""
        row = self.selected()
        if row < 0:
            return
        self.on_field(self.group.id, CHOSEN, uuid, row)
        values = self.model.rows()[row]
        for field_id, value in fill.items():
            if field_id in self.editors and values.get(field_id) in (None, ""):
                self.on_field(self.group.id, field_id, value, row)
                set_editor_value(self.editors[field_id], value)
        self._linked_row(row)
        self.model.row_changed(row)

    def _linked_row(self, row: int) -> None:
        if self.lookup is not None and 0 <= row < self.model.rowCount():
            self.model.set_linked(row, self.lookup.seen(self.model.rows()[row])[0])
            if self.links is not None and row == self.selected():
                self.links.refresh()

    def _linked_all(self) -> None:
        if self.lookup is not None and self.model.linked is not None:
            self.model.linked.clear()
            for row in range(self.model.rowCount()):
                self._linked_row(row)

    def _adult(self) -> bool:
        return people_include_adult(self.session.people_ages())

    def selected(self) -> int:
        return self.table.currentIndex().row()

    def select(self, row: int) -> None:
        has_row = 0 <= row < self.model.rowCount()
        self.form_box.setVisible(has_row)
        self.empty.setVisible(self.model.rowCount() == 0)
        self.remove_button.setEnabled(has_row)
        if not has_row:
            return
        if self.table.currentIndex().row() != row:
            self.table.selectRow(row)
        self.form_title.setText(fill(translate("Wizard", "Entry %1 of %2"), row + 1, self.model.rowCount()))
        values = self.model.rows()[row]
        for field_id, editor in self.editors.items():
            set_editor_value(editor, values.get(field_id))
        if self.links is not None:
            self.links.refresh()

    def _edited(self, field_id: str, value: Any) -> None:
        row = self.selected()
        if row >= 0:
            self.on_field(self.group.id, field_id, value, row)
            self.model.row_changed(row)
            if self.links is not None and field_id in LOOKED_UP:
                self._lookup_timer.start()  # once typing pauses: typing never waits for the vault

    def add(self) -> None:
        row = self.session.add_row(self.group.id)
        self.model.reset()
        self._linked_all()
        self.select(row)
        self.on_rows()
        next(iter(self.editors.values())).setFocus()

    def remove(self) -> None:
        row = self.selected()
        if row < 0:
            return
        self.session.remove_row(self.group.id, row)
        self.model.reset()
        self._linked_all()
        self.select(min(row, self.model.rowCount() - 1))
        self.on_rows()
        self.table.setFocus()

    def refresh_gaps(self, show: bool) -> None:
        gaps = [g.message for g in self.session.gaps(f"group:{self.group.id}")] if show else []
        self.gaps.setText("\n".join(gaps))
        self.gaps.setVisible(bool(gaps))

    def focus_field(self, field_id: str) -> QWidget | None:
        """``people[1].name``: select entry 2 and focus its name."""
        head, _, field = field_id.partition(".")
        if "[" in head:
            self.select(int(head.split("[")[1].rstrip("]")))
        editor = self.editors.get(field) or self.table
        editor.setFocus()
        return editor
