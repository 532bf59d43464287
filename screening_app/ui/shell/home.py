"""Home: reviews due and overdue, drafts in progress, recent assessments, open escalations
(each with how many days it has been open; double-click or Enter edits it; print a child's
escalation summary), a search box answering as you type (debounced), and the two ways to start."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from screening_app.ui import i18n
from screening_app.ui.contexts import PatternsPanel
from screening_app.ui.i18n import QT_TRANSLATE_NOOP, FollowsLanguage, Words
from screening_app.ui.shell import fmt
from screening_app.ui.shell import widgets as w
from screening_app.ui.shell.models import CHILD_ROLE, ID_ROLE, AssessmentListModel
from screening_app.ui.shell.session import Session
from screening_app.ui.shell.types import SearchQuery

SEARCH_DELAY_MS = 150
COUNTS_DELAY_MS = 50  # after the first paint
REVIEW_HORIZON_DAYS = 14
ESCALATION_ROLE = Qt.ItemDataRole.UserRole + 40
# What sizes each column, in English and in Welsh (sized again when the language changes)
COLUMN_SAMPLES = {"kind": {"en": "Full assessment", "cy": "Asesiad llawn"},
                  "status": {"en": "Completed", "cy": "Wedi'i gwblhau"},
                  "assessed": {"en": "30 Sep 2026", "cy": "30 Chwef 2026"},
                  "review": {"en": "30 Sep 2026 (overdue by 99 days)", "cy": "30 Chwef 2026 (yn hwyr o 99 diwrnod)"},
                  "reference": {"en": "CSE-2026-000000"}}
DATE_FORMATS = ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%y")
RECOVERY_BANNER_TITLE = QT_TRANSLATE_NOOP("Home", "Make a new recovery code")
RECOVERY_BANNER_TEXT = QT_TRANSLATE_NOOP(
    "Home", "The recovery code for these records was not confirmed as saved. If the passphrase is forgotten, only "
            "that code opens the records. Make a new recovery code now in Settings, and keep it somewhere safe.")
# Calm, not alarming: the prompt colours, with room to read. No close button: it goes when a new code is saved.
RECOVERY_BANNER_STYLE = """
QFrame#home\\.recoveryBanner { background: #FFF4E0; border: 1px solid #8A4B00; border-radius: 6px; }
QFrame#home\\.recoveryBanner QLabel { background: transparent; border: none; }
"""


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
    table.setTabKeyNavigation(False)  # one Tab stop: arrows move inside, Tab leaves (it trapped the focus)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(26)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(False)
    size_columns(table)
    return table


def size_columns(table: QTableView) -> None:
    """Fixed widths from sample text in the interface's language, not ResizeToContents: measuring
    every row costs ~100 ms. The child's name takes what is left."""
    model, header = table.model(), table.horizontalHeader()
    table.ensurePolished()
    metrics = table.fontMetrics()
    stretch = "child" if "child" in model.columns else "review"
    for column, key in enumerate(model.columns):
        if key == stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            sample = COLUMN_SAMPLES.get(key, {}).get(i18n.current()) or COLUMN_SAMPLES.get(key, {}).get("en")
            samples = fmt.level_words() if key == "level" else [sample or "MMMMMMMM"]
            header.resizeSection(column, max(metrics.horizontalAdvance(text) for text in samples) + 14)


class HomePage(FollowsLanguage, QWidget):
    openChild = Signal(int)
    openAssessment = Signal(int)
    newAssessment = Signal(str)
    newRecoveryCode = Signal()  # the banner's button: Settings, new recovery code
    showTransfers = Signal()  # a transfer awaits its receipt: Settings, Transfers
    showRetention = Signal()  # records are due for retention review: Settings, Retention

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.setObjectName("home")
        self.words = Words("Home")  # what Home says, set again when the interface's language changes
        self.words.say(self.setAccessibleName, QT_TRANSLATE_NOOP("Home", "Home"))
        self.today = session.today
        self._escalations: dict[int, object] = {}
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
        layout.addWidget(self._recovery_banner())
        layout.addLayout(self._top_row())
        self.counts_label = w.label("", "intro", "home.counts")
        layout.addWidget(self.counts_label)
        self.transfers_label, self.transfers_button, self.transfers_row = self._notice(
            "home.transfers", QT_TRANSLATE_NOOP("Home", "Transfers..."), self.showTransfers,
            QT_TRANSLATE_NOOP("Home", "Transfers awaiting receipt: Settings, Transfers"))
        self.retention_label, self.retention_button, self.retention_row = self._notice(
            "home.retention", QT_TRANSLATE_NOOP("Home", "Retention..."), self.showRetention,
            QT_TRANSLATE_NOOP("Home", "Records due for retention review: Settings, Retention"))
        layout.addWidget(self.transfers_row)
        layout.addWidget(self.retention_row)
        layout.addLayout(self._grid(), 1)
        QWidget.setTabOrder(self.search, self.recent_table)  # Tab from the search reaches its results

    def _today(self) -> date:
        return self.today()

    def _button(self, text: str, name: str, on_click, *, primary: bool = False, accessible: str = "") -> QPushButton:
        """A button whose words (and accessible name) follow the interface's language."""
        button = w.button("", name, on_click, primary=primary)
        self.words.name_button(button, text, accessible)
        return button


    def retranslate(self) -> None:
        """Every word Home shows, in the interface's language: its own, the lists' and the counts'."""
        self.words.retranslate()
        for model in (self.due_model, self.drafts_model, self.recent_model):
            model.retranslate()
        for table in (self.due_table, self.drafts_table, self.recent_table):
            size_columns(table)
        self._title_results()
        if self.session.unlocked:
            self._show_counts()
            self._load_escalations()

    def _notice(self, name: str, button_text: str, signal: SignalInstance,
                accessible: str) -> tuple[QLabel, QPushButton, QWidget]:
        """A line that something waits on the lead, with the button that goes to it; hidden until then."""
        label = w.label("", "gap", name)
        label.setWordWrap(False)  # one line beside its button: the row has the window's width
        button = self._button(button_text, f"{name}.open", signal.emit, accessible=accessible)
        button.setDefault(False)
        row = w.row(label, button)
        row.hide()
        return label, button, row

    def _recovery_banner(self) -> QFrame:
        """Shown while the recovery code in force was never confirmed as saved (see ``refresh``)."""
        banner = QFrame()
        w.named(banner, "home.recoveryBanner", "")
        self.words.say(banner.setAccessibleName,
                       QT_TRANSLATE_NOOP("Home", "The recovery code was not confirmed as saved"))
        banner.setStyleSheet(RECOVERY_BANNER_STYLE)
        heading = w.label("", "", "home.recoveryBanner.title")
        self.words.say(heading.setText, RECOVERY_BANNER_TITLE)
        heading.setStyleSheet("font-weight: 600; font-size: 11.5pt;")
        text = w.label("", "", "home.recoveryBanner.text")
        self.words.say(text.setText, RECOVERY_BANNER_TEXT)
        button = self._button(QT_TRANSLATE_NOOP("Home", "Make a new recovery code..."), "home.recoveryBanner.newCode",
                              self.newRecoveryCode.emit, primary=True,
                              accessible=QT_TRANSLATE_NOOP("Home", "Make a new recovery code in Settings"))
        button.setDefault(False)  # Enter in the search box must not jump to Settings
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(heading)
        words.addWidget(text)
        row = QHBoxLayout(banner)
        row.setContentsMargins(14, 10, 14, 10)
        row.setSpacing(16)
        row.addLayout(words, 1)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        banner.hide()
        self.recovery_banner = banner
        return banner

    def _top_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search = w.line_edit("home.search", "")
        self.words.say(self.search.setAccessibleName, QT_TRANSLATE_NOOP("Home", "Search children"))
        self.words.say(self.search.setPlaceholderText, QT_TRANSLATE_NOOP(
            "Home", "Search by name, other name, date of birth (dd/mm/yyyy) or identifier"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self.to_results)
        row.addWidget(self.search, 1)
        row.addSpacing(12)
        row.addWidget(self._button(QT_TRANSLATE_NOOP("Home", "New screening"), "home.newScreening",
                                   lambda: self.newAssessment.emit("cse-screening"), primary=True))
        row.addWidget(self._button(QT_TRANSLATE_NOOP("Home", "New full assessment"), "home.newAssessment",
                                   lambda: self.newAssessment.emit("cse-risk-assessment")))
        row.addWidget(self._button(
            QT_TRANSLATE_NOOP("Home", "New exploitation screening"), "home.newExploitationScreening",
            lambda: self.newAssessment.emit("child-exploitation"), accessible=QT_TRANSLATE_NOOP(
                "Home", "New exploitation screening: sexual, criminal, trafficking and online")))
        return row

    def _grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(12)
        self.due_table = make_table("home.due", "", self.due_model)
        self.drafts_table = make_table("home.drafts", "", self.drafts_model)
        self.recent_table = make_table("home.recent", "", self.recent_model)
        self.words.say(self.due_table.setAccessibleName, QT_TRANSLATE_NOOP("Home", "Reviews due and overdue"))
        self.words.say(self.drafts_table.setAccessibleName, QT_TRANSLATE_NOOP("Home", "Drafts in progress"))
        self.words.say(self.recent_table.setAccessibleName, QT_TRANSLATE_NOOP("Home", "Recent assessments"))
        self.escalations = QListWidget()
        w.named(self.escalations, "home.escalations", "")
        self.words.say(self.escalations.setAccessibleName,
                       QT_TRANSLATE_NOOP("Home", "Open escalations: Enter or double-click to edit"))
        self.escalations.itemActivated.connect(self._escalation_activated)
        self.escalations.currentRowChanged.connect(lambda _row: self._enable_escalation_buttons())
        self.recent_box = self._box("", self.recent_table)  # titled by _title_results: recent, or a search's
        due_box = self._box("", self.due_table)
        self.words.say(due_box.setTitle, QT_TRANSLATE_NOOP("Home", "Reviews due in the next %1 days or overdue"),
                       REVIEW_HORIZON_DAYS)
        grid.addWidget(due_box, 0, 0)
        drafts_box = self._box("", self.drafts_table)
        self.words.say(drafts_box.setTitle, QT_TRANSLATE_NOOP("Home", "Drafts in progress"))
        grid.addWidget(drafts_box, 1, 0)
        grid.addWidget(self.recent_box, 0, 1, 2, 1)
        self.escalations_box = self._box("", self.escalations, self._escalation_buttons())
        self.words.say(self.escalations_box.setTitle,
                       QT_TRANSLATE_NOOP("Home", "Open escalations (professional disagreements)"))
        self.patterns = PatternsPanel(self.session)
        self.patterns.openChild.connect(self.openChild.emit)
        bottom = QHBoxLayout()  # side by side; either takes the whole width when the other is hidden
        bottom.setSpacing(12)
        bottom.addWidget(self.escalations_box, 1)
        bottom.addWidget(self.patterns, 1)
        grid.addLayout(bottom, 2, 0, 1, 2)
        grid.setColumnStretch(0, 4)
        grid.setColumnStretch(1, 7)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        for table in (self.due_table, self.recent_table):
            table.activated.connect(self._open_child_at)
        self.drafts_table.activated.connect(self._open_assessment_at)
        return grid

    @staticmethod
    def _box(heading: str, body: QWidget, below: QHBoxLayout | None = None) -> QGroupBox:
        box = QGroupBox(heading)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(body)
        if below is not None:
            layout.addLayout(below)
        return box

    def _escalation_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.escalation_edit = self._button(QT_TRANSLATE_NOOP("Home", "Edit..."), "home.escalations.edit",
                                            self.edit_escalation,
                                            accessible=QT_TRANSLATE_NOOP("Home", "Edit the selected escalation"))
        self.escalation_child = self._button(QT_TRANSLATE_NOOP("Home", "Open child record"), "home.escalations.child",
                                             self._open_escalation_child)
        self.escalation_print = self._button(
            QT_TRANSLATE_NOOP("Home", "Print escalation summary..."), "home.escalations.print", self.print_escalations,
            accessible=QT_TRANSLATE_NOOP("Home", "Print the escalation summary of the selected child"))
        for button in (self.escalation_edit, self.escalation_child, self.escalation_print):
            row.addWidget(button)
        row.addStretch(1)
        return row

    # ------------------------------------------------------------ data

    def refresh(self) -> None:
        """Re-run every query (first page only; more pages arrive as the lists scroll)."""
        due_by = self._today() + timedelta(days=REVIEW_HORIZON_DAYS)
        due = SearchQuery(review_due_by=due_by)
        self.recovery_banner.setVisible(self.session.recovery_code_unconfirmed())
        self.due_model.set_source(lambda limit, before: self.session.latest_page(due, limit, before))
        self.drafts_model.set_source(self._fetcher(SearchQuery(status="draft")))
        self.run_search()
        self._load_escalations()
        QTimer.singleShot(COUNTS_DELAY_MS, self._show_counts)
        QTimer.singleShot(COUNTS_DELAY_MS, self._show_patterns)  # a summary line need not hold up the first paint

    def _show_patterns(self) -> None:
        if self.session.unlocked:
            self.patterns.refresh()

    def _show_counts(self) -> None:
        if not self.session.unlocked:
            return
        counts = self.session.counts()
        say = self.words.words  # whole sentences, one and many each (Welsh: a noun after a number is singular)
        children, completed = counts.get("children", 0), counts.get("completed", 0)
        drafts, escalations = counts.get("drafts", 0), counts.get("open_escalations", 0)
        self.counts_label.setText(" · ".join((
            say(QT_TRANSLATE_NOOP("Home", "%1 child") if children == 1 else
                QT_TRANSLATE_NOOP("Home", "%1 children"), f"{children:,}"),
            say(QT_TRANSLATE_NOOP("Home", "%1 completed"), f"{completed:,}"),
            say(QT_TRANSLATE_NOOP("Home", "%1 draft") if drafts == 1 else
                QT_TRANSLATE_NOOP("Home", "%1 drafts"), f"{drafts:,}"),
            say(QT_TRANSLATE_NOOP("Home", "%1 open escalation") if escalations == 1 else
                QT_TRANSLATE_NOOP("Home", "%1 open escalations"), f"{escalations:,}"),
        )))
        # in a turn of the event loop of their own: a key typed meanwhile waits for one query, not all
        QTimer.singleShot(0, self._show_due_lines)

    def _show_due_lines(self) -> None:
        if not self.session.unlocked:
            return
        say = self.words.words
        waiting, overdue = self.session.transfers_waiting()
        if waiting:  # KCSIE: the sender chases a file whose receipt has not come within 5 school days
            if overdue:
                text = say(QT_TRANSLATE_NOOP("Home", "%1 transfer awaiting receipt, %2 OVERDUE (no receipt in 5 "
                                                     "school days): chase the receiver") if waiting == 1 else
                           QT_TRANSLATE_NOOP("Home", "%1 transfers awaiting receipt, %2 OVERDUE (no receipt in 5 "
                                                     "school days): chase the receiver"), waiting, overdue)
            else:
                text = say(QT_TRANSLATE_NOOP("Home", "%1 transfer awaiting receipt") if waiting == 1 else
                           QT_TRANSLATE_NOOP("Home", "%1 transfers awaiting receipt"), waiting)
            self.transfers_label.setText(text)
        self.transfers_row.setVisible(bool(waiting))
        due = self.session.retention_due()
        if due:  # SPEC 13: a record past its retention date is reviewed, kept with a reason or deleted
            self.retention_label.setText(say(
                QT_TRANSLATE_NOOP("Home", "%1 record due for retention review: keep, with the reason, or delete")
                if due == 1 else
                QT_TRANSLATE_NOOP("Home", "%1 records due for retention review: keep, with the reason, or delete"),
                f"{due:,}"))
        self.retention_row.setVisible(bool(due))

    def _fetcher(self, query: SearchQuery):
        session = self.session
        return lambda limit, before: session.page(query, limit, before)

    def run_search(self) -> None:
        self._search_timer.stop()
        if not self.session.unlocked:
            return
        text = self.search.text().strip()
        query = parse_search(text) if text else SearchQuery()
        self._title_results()
        self.recent_model.set_source(self._fetcher(query))

    def _title_results(self) -> None:
        text = self.search.text().strip() if self.session.unlocked else ""
        self.recent_box.setTitle(self.words.words(QT_TRANSLATE_NOOP("Home", "Search results for “%1”"), text) if text
                                 else self.words.words(QT_TRANSLATE_NOOP("Home", "Recent assessments")))

    def to_results(self) -> None:
        """Enter in the search box: search now and go to the first result (Enter again opens it)."""
        self.run_search()
        if self.recent_model.rowCount() > 0:
            self.recent_table.setFocus()
            self.recent_table.selectRow(0)

    def clear_search(self) -> None:
        """Coming back home starts from the recent assessments, not an old search."""
        self.search.blockSignals(True)
        self.search.setText("")
        self.search.blockSignals(False)

    def _load_escalations(self) -> None:
        self.escalations.clear()
        items = self.session.open_escalations_with_age()
        names: dict[int | None, str] = {}
        for escalation, days in items:
            details = escalation.details
            child_id = self.session.escalation_child(escalation)
            if child_id not in names:
                names[child_id] = self._child_name(child_id)
            say = self.words.words
            if days <= 0:
                text = say(QT_TRANSLATE_NOOP("Home", "Stage %1 with %2 · raised today · %3"),
                           details.stage, details.agency, names[child_id])
            else:
                text = say(QT_TRANSLATE_NOOP("Home", "Stage %1 with %2 · open %3 day (raised %4) · %5") if days == 1
                           else QT_TRANSLATE_NOOP("Home", "Stage %1 with %2 · open %3 days (raised %4) · %5"),
                           details.stage, details.agency, days, fmt.day(details.raised_on), names[child_id])
            entry = QListWidgetItem(text.rstrip(" ·"))
            entry.setData(CHILD_ROLE, child_id)
            entry.setData(ESCALATION_ROLE, escalation.id)
            entry.setToolTip(say(QT_TRANSLATE_NOOP(
                "Home", "Enter or double-click to edit; record the outcome and close it when resolved")))
            self.escalations.addItem(entry)
        self.escalations_box.setVisible(bool(items))
        if items:
            self.escalations.setCurrentRow(0)
        self._escalations = {e.id: e for e, _days in items}
        self._enable_escalation_buttons()

    def _child_name(self, child_id: int | None) -> str:
        if child_id is None:
            return ""
        try:
            details = self.session.child(child_id).details
        except Exception:  # a child removed since: the escalation still shows
            return ""
        return f"{details.first_name} {details.last_name}".strip()

    def _enable_escalation_buttons(self) -> None:
        chosen = self.escalations.currentItem() is not None
        for button in (self.escalation_edit, self.escalation_child, self.escalation_print):
            button.setEnabled(chosen)

    def edit_escalation(self, escalation_id: int | None = None, restore: dict | None = None) -> None:
        """The selected escalation (or ``escalation_id``); ``restore`` is the typing kept across a lock."""
        item = self.escalations.currentItem()
        if escalation_id is None:
            escalation_id = item.data(ESCALATION_ROLE) if item else None
        escalation = self._escalations.get(escalation_id)
        if escalation is None:
            return
        from screening_app.ui.escalation import EscalationDialog

        dialog = EscalationDialog(self.session, None, existing=escalation, parent=self.window())
        if restore:
            dialog.restore(restore)
        dialog.saved.connect(lambda _id: self._load_escalations())
        dialog.finished.connect(dialog.deleteLater)
        self.escalation_dialog = dialog
        dialog.open()

    def _open_escalation_child(self) -> None:
        item = self.escalations.currentItem()
        if item is not None and item.data(CHILD_ROLE):
            self.openChild.emit(int(item.data(CHILD_ROLE)))

    def print_escalations(self) -> None:
        item = self.escalations.currentItem()
        if item is not None and item.data(CHILD_ROLE):
            from screening_app.ui.escalation import print_summary

            print_summary(self, self.session, int(item.data(CHILD_ROLE)))

    def clear(self) -> None:
        """At lock: nothing about any child stays in a widget."""
        self._search_timer.stop()
        for model in (self.due_model, self.drafts_model, self.recent_model):
            model.clear()
        self.escalations.clear()
        self._escalations = {}
        self.patterns.clear()
        self.counts_label.clear()
        self.recent_box.setTitle(self.words.words(QT_TRANSLATE_NOOP("Home", "Recent assessments")))  # not a name
        self.search.blockSignals(True)
        self.search.setText("")  # unlike ``clear()``, this also empties the undo history
        self.search.blockSignals(False)

    # ------------------------------------------------------------ navigation

    def _open_child_at(self, index: QModelIndex) -> None:
        self.openChild.emit(int(index.data(CHILD_ROLE)))

    def _open_assessment_at(self, index: QModelIndex) -> None:
        self.openAssessment.emit(int(index.data(ID_ROLE)))

    def _escalation_activated(self, item: QListWidgetItem) -> None:
        self.escalations.setCurrentItem(item)
        self.edit_escalation()

    def snapshot(self) -> dict:
        """The search typed (and its caret) and the escalation chosen in the list."""
        from PySide6.QtWidgets import QApplication

        from screening_app.ui.shell.keep import caret

        item = self.escalations.currentItem()
        focus = QApplication.focusWidget() or self.window().focusWidget()
        return {"search": self.search.text(), "caret": caret({"search": self.search}, focus),
                "escalation": item.data(ESCALATION_ROLE) if item is not None else None}

    def restore(self, state: dict) -> None:
        from screening_app.ui.shell.keep import put_caret_when_shown

        self.search.setText(str(state.get("search", "")))
        self.run_search()
        for row in range(self.escalations.count()):
            if self.escalations.item(row).data(ESCALATION_ROLE) == state.get("escalation"):
                self.escalations.setCurrentRow(row)
        put_caret_when_shown(self, {"search": self.search}, state.get("caret") or {})



