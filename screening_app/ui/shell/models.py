"""Qt item models as thin adapters over the services' keyset-paged queries.

A model holds only the rows fetched so far (50 at a time through
``fetchMore``), so a list over 100,000 assessments opens as fast as one over
ten. ``clear`` empties it at lock time: no child's data is left in memory.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from screening_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from screening_app.ui.shell import fmt

Fetch = Callable[[int, int | None], Any]  # (limit, before_id) -> Page
Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
CHILD_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3

COLUMNS = ("child", "kind", "level", "status", "assessed", "review")
HEADERS = {
    "child": QT_TRANSLATE_NOOP("Lists", "Child"),
    "kind": QT_TRANSLATE_NOOP("Lists", "Type"),
    "level": QT_TRANSLATE_NOOP("Lists", "Level"),
    "status": QT_TRANSLATE_NOOP("Lists", "Status"),
    "assessed": QT_TRANSLATE_NOOP("Lists", "Date"),
    "review": QT_TRANSLATE_NOOP("Lists", "Review"),
    "reference": QT_TRANSLATE_NOOP("Lists", "Reference"),
}
NO_NAME = QT_TRANSLATE_NOOP("Lists", "(no name recorded)")
REPLACED = QT_TRANSLATE_NOOP("Lists", "Replaced by a later assessment")



class AssessmentListModel(QAbstractTableModel):
    """Rows of ``AssessmentSummary``; the newest first, as the service pages them."""

    PAGE_SIZE = 50

    def __init__(self, columns: tuple[str, ...] = COLUMNS, *, today: Callable[[], date]) -> None:
        super().__init__()
        self.columns = columns
        self._rows: list[Any] = []
        self._fetch: Fetch | None = None
        self._cursor: int | None = None
        self._more = False
        self._today = today
        self.superseded: set[int] = set()  # completed assessments a later one replaces (no review due)

    # ------------------------------------------------------------ source

    def set_source(self, fetch: Fetch | None) -> None:
        """Replace the query; loads the first page straight away."""
        self.beginResetModel()
        self._rows, self._fetch, self._cursor, self._more = [], fetch, None, fetch is not None
        self.endResetModel()
        if fetch is not None:
            self.fetchMore(QModelIndex())

    def set_items(self, items: list[Any], superseded: set[int] | None = None) -> None:
        """A short, already complete list (one child's assessments)."""
        self.beginResetModel()
        self.superseded = set(superseded or ())
        self._rows, self._fetch, self._cursor, self._more = list(items), None, None, False
        self.endResetModel()

    def clear(self) -> None:
        self.set_source(None)

    def summary(self, row: int) -> Any:
        return self._rows[row]

    def retranslate(self) -> None:
        """The interface's language changed: the headers and every row's words say so."""
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))

    # ------------------------------------------------------------ paging

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and self._fetch is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        page = self._fetch(self.PAGE_SIZE, self._cursor)
        self._cursor, self._more = page.next_before_id, page.next_before_id is not None
        if page.items:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.items) - 1)
            self._rows.extend(page.items)
            self.endInsertRows()

    # ------------------------------------------------------------ Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("Lists", HEADERS[self.columns[section]])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item, column = self._rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(item, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "child":
            return item.reference
        return {ID_ROLE: item.id, CHILD_ROLE: item.child_id, STATUS_ROLE: item.status}.get(role)

    def _text(self, item: Any, column: str) -> str:
        if column == "child":
            return item.child_name or translate("Lists", NO_NAME)
        if column == "kind":
            return fmt.form_word(item.form_id)
        if column == "level":
            return fmt.level_word(item.final_level, item.form_id) if item.status == "completed" else "—"
        if column == "status":
            return fmt.status_word(item.status)
        if column == "assessed":
            return fmt.day(item.assessed_on or item.updated_at)
        if column == "review":
            if item.id in self.superseded:
                return translate("Lists", REPLACED)
            return fmt.review_words(item.review_date, self._today()) if item.status == "completed" else ""
        return str(getattr(item, column, ""))

    def _foreground(self, item: Any, column: str) -> QBrush | None:
        if column == "level" and item.status == "completed":
            return QBrush(QColor(fmt.level_colour(item.final_level, item.form_id)))
        if column == "review" and item.id in self.superseded:
            return QBrush(QColor(fmt.NO_LEVEL_COLOUR))
        if column == "review" and (due := fmt.parse_day(item.review_date)) and due < self._today():
            return QBrush(QColor(fmt.LEVEL_COLOURS["high"]))
        return None
