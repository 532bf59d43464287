"""Home: reviews due and overdue, drafts in progress, recent assessments, open escalations,
a search box answering as you type (debounced), and the two ways to start."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from screening_app.ui.shell import fmt
from screening_app.ui.shell import widgets as w
from screening_app.ui.shell.models import CHILD_ROLE, ID_ROLE, AssessmentListModel
from screening_app.ui.shell.session import Session
from screening_app.ui.shell.types import SearchQuery

SEARCH_DELAY_MS = 150
COUNTS_DELAY_MS = 50  # after the first paint
REVIEW_HORIZON_DAYS = 14
COLUMN_SAMPLES = {"kind": "Full assessment", "level": "Medium", "status": "Completed", "assessed": "30 Sep 2026",
                  "review": "30 Sep 2026 (overdue by 99 days)", "reference": "CSE-2026-000000"}
DATE_FORMATS = ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%y")


def parse_search(text: str) -> SearchQuery:
    """A date searches dates of birth; anything with a digit is an identifier; else names."""
    text = text.strip()
    for pattern in DATE_FORMATS:
        try:
            return SearchQuery(date_of_birth=datetime.strptime(text, pattern).date())
        except ValueError:
            continue
    if re.search(r"\d", text):
        return SearchQuery(identifier=text)
    return SearchQuery(text=text)


def make_table(name: str, accessible: str, model: AssessmentListModel) -> QTableView:
    table = QTableView()
    w.named(table, name, accessible)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(26)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(False)
    # Fixed widths from sample text, not ResizeToContents: measuring every row costs ~100 ms.
    table.ensurePolished()
    metrics = table.fontMetrics()
    stretch = "child" if "child" in model.columns else "review"
    for column, key in enumerate(model.columns):
        if key == stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(COLUMN_SAMPLES.get(key, "MMMMMMMM")) + 14)
    return table


class HomePage(QWidget):
    openChild = Signal(int)
    openAssessment = Signal(int)
    newAssessment = Signal(str)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.setObjectName("home")
        self.setAccessibleName("Home")
        self.today = date.today
        self.due_model = AssessmentListModel(("child", "level", "review"), today=self._today)
        self.due_model.PAGE_SIZE = 25  # each due row is checked against the child's newest assessment
        self.drafts_model = AssessmentListModel(("child", "kind", "assessed"), today=self._today)
        self.recent_model = AssessmentListModel(("child", "kind", "level", "status", "assessed", "reference"),
                                                today=self._today)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.addLayout(self._top_row())
        self.counts_label = w.label("", "intro", "home.counts")
        layout.addWidget(self.counts_label)
        layout.addLayout(self._grid(), 1)

    def _today(self) -> date:
        return self.today()

    def _top_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search = w.line_edit("home.search", "Search children",
                                  "Search by name, other name, date of birth (dd/mm/yyyy) or identifier")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        row.addWidget(self.search, 1)
        row.addSpacing(12)
        row.addWidget(w.button("New screening", "home.newScreening",
                               lambda: self.newAssessment.emit("cse-screening"), primary=True))
        row.addWidget(w.button("New full assessment", "home.newAssessment",
                               lambda: self.newAssessment.emit("cse-risk-assessment")))
        return row

    def _grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(12)
        self.due_table = make_table("home.due", "Reviews due and overdue", self.due_model)
        self.drafts_table = make_table("home.drafts", "Drafts in progress", self.drafts_model)
        self.recent_table = make_table("home.recent", "Recent assessments", self.recent_model)
        self.escalations = QListWidget()
        w.named(self.escalations, "home.escalations", "Open escalations")
        self.escalations.itemActivated.connect(self._escalation_activated)
        self.recent_box = self._box("Recent assessments", self.recent_table)
        grid.addWidget(self._box(f"Reviews due in the next {REVIEW_HORIZON_DAYS} days or overdue",
                                 self.due_table), 0, 0)
        grid.addWidget(self._box("Drafts in progress", self.drafts_table), 1, 0)
        grid.addWidget(self.recent_box, 0, 1, 2, 1)
        self.escalations_box = self._box("Open escalations (professional disagreements)", self.escalations)
        grid.addWidget(self.escalations_box, 2, 0, 1, 2)
        grid.setColumnStretch(0, 4)
        grid.setColumnStretch(1, 7)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        for table in (self.due_table, self.recent_table):
            table.activated.connect(self._open_child_at)
        self.drafts_table.activated.connect(self._open_assessment_at)
        return grid

    @staticmethod
    def _box(heading: str, body: QWidget) -> QGroupBox:
        box = QGroupBox(heading)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(body)
        return box

    # ------------------------------------------------------------ data

    def refresh(self) -> None:
        """Re-run every query (first page only; more pages arrive as the lists scroll)."""
        due_by = self._today() + timedelta(days=REVIEW_HORIZON_DAYS)
        due = SearchQuery(review_due_by=due_by)
        self.due_model.set_source(lambda limit, before: self.session.latest_page(due, limit, before))
        self.drafts_model.set_source(self._fetcher(SearchQuery(status="draft")))
        self.run_search()
        self._load_escalations()
        QTimer.singleShot(COUNTS_DELAY_MS, self._show_counts)  # a summary line need not hold up the first paint

    def _show_counts(self) -> None:
        if not self.session.unlocked:
            return
        counts = self.session.counts()
        self.counts_label.setText(
            f"{counts.get('children', 0):,} children · {counts.get('completed', 0):,} completed · "
            f"{counts.get('drafts', 0):,} drafts · {counts.get('open_escalations', 0):,} open escalations"
        )

    def _fetcher(self, query: SearchQuery):
        session = self.session
        return lambda limit, before: session.page(query, limit, before)

    def run_search(self) -> None:
        self._search_timer.stop()
        if not self.session.unlocked:
            return
        text = self.search.text().strip()
        query = parse_search(text) if text else SearchQuery()
        self.recent_box.setTitle(f"Search results for “{text}”" if text else "Recent assessments")
        self.recent_model.set_source(self._fetcher(query))

    def _load_escalations(self) -> None:
        self.escalations.clear()
        items = self.session.open_escalations()
        for item in items:
            details = item.details
            text = f"Stage {details.stage} with {details.agency}, raised {fmt.day(details.raised_on)}"
            entry = QListWidgetItem(text)
            entry.setData(CHILD_ROLE, details.child_id)
            self.escalations.addItem(entry)
        self.escalations_box.setVisible(bool(items))

    def clear(self) -> None:
        """At lock: nothing about any child stays in a widget."""
        self._search_timer.stop()
        for model in (self.due_model, self.drafts_model, self.recent_model):
            model.clear()
        self.escalations.clear()
        self.counts_label.clear()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)

    # ------------------------------------------------------------ navigation

    def _open_child_at(self, index: QModelIndex) -> None:
        self.openChild.emit(int(index.data(CHILD_ROLE)))

    def _open_assessment_at(self, index: QModelIndex) -> None:
        self.openAssessment.emit(int(index.data(ID_ROLE)))

    def _escalation_activated(self, item: QListWidgetItem) -> None:
        child_id = item.data(CHILD_ROLE)
        if child_id:
            self.openChild.emit(int(child_id))

    def snapshot(self) -> dict:
        return {"search": self.search.text()}

    def restore(self, state: dict) -> None:
        self.search.setText(str(state.get("search", "")))
        self.run_search()



