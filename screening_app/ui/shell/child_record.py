"""A child's record: details (editable, audited by the service), the level over time, and every
screening and assessment with its level, status and review date; open, continue, correct, start;
what changed between two assessments (two rows or timeline points selected, else the latest against
the one before); start a review from the last completed assessment.

Every word the record itself shows is in the interface's language (context "ChildRecord"), set
again when the language changes (Qt's ``LanguageChange``): the buttons, the child's summary, the
list's words and the timeline's; the panels it holds follow their own."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from screening_app.ui.chronology import ChronologyPanel
from screening_app.ui.contexts import LinksPanel
from screening_app.ui.contexts.alike import AlikePanel
from screening_app.ui.i18n import QT_TRANSLATE_NOOP, FollowsLanguage, Words
from screening_app.ui.shell import fmt
from screening_app.ui.shell import widgets as w
from screening_app.ui.shell.child_details import ChildDetailsForm, DetailsProblem, values_of
from screening_app.ui.shell.errors import explain
from screening_app.ui.shell.home import make_table, size_columns
from screening_app.ui.shell.keep import caret, put_caret_when_shown
from screening_app.ui.shell.models import AssessmentListModel
from screening_app.ui.shell.session import Session
from screening_app.ui.shell.timeline import Point, TimelineWidget
from screening_app.ui.shell.types import SearchQuery
from screening_app.ui.transfer.same_child import SameChildPanel
from screening_app.ui.transfer.team_child import TeamChildPanel

COLUMNS = ("assessed", "kind", "level", "status", "review", "reference")
# The child's preference as the summary says it (as domain.child_language.WORDS: a test holds them to it)
LANGUAGE_WORDS = {"en": QT_TRANSLATE_NOOP("ChildRecord", "English"), "cy": QT_TRANSLATE_NOOP("ChildRecord", "Welsh")}


class ChildRecordPage(FollowsLanguage, QWidget):
    openChild = Signal(int)  # another child linked to this one (SPEC 12)
    openAssessment = Signal(int)
    correctAssessment = Signal(int, str)
    newAssessment = Signal(str, int)
    goHome = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.setObjectName("childRecord")
        self.words = Words("ChildRecord")  # what the record says, set again when the interface's language changes
        self.words.say(self.setAccessibleName, QT_TRANSLATE_NOOP("ChildRecord", "Child record"))
        self._details: Any = None  # the child's details the heading and summary show
        self._error: Any = None  # () -> the error shown, in the interface's language; None: none shown
        self._saved_said = False  # "Details saved" is shown
        self.child_id: int | None = None
        self.transfer_dialog: Any = None
        self.ask_reason = self._ask_reason  # () -> reason or ""; tests inject
        self._correcting: int | None = None
        self.ask_what_changed = _ask_what_changed  # (parent, previous) -> note or ""; tests inject
        self.items: list[Any] = []
        self.compare_dialog: Any = None
        self._last_point: int | None = None
        self.model = AssessmentListModel(COLUMNS, today=session.today)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        self._scroll = scroll
        body = QWidget()
        scroll.setWidget(body)
        outer.addWidget(scroll)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addLayout(self._header())
        row = QHBoxLayout()
        row.addWidget(self._details_box(), 2)
        row.addWidget(self._history_box(), 3)
        layout.addLayout(row, 1)

    # ------------------------------------------------------------ language

    def _button(self, text: str, name: str, on_click, *, primary: bool = False, accessible: str = "") -> QPushButton:
        """A button whose words (and accessible name) follow the interface's language."""
        button = w.button("", name, on_click, primary=primary)
        self.words.name_button(button, text, accessible)
        return button


    def retranslate(self) -> None:
        """Every word the record shows, in the interface's language: its own, the list's (headers,
        rows, column widths), the timeline's points, the child's summary, what a save or a problem
        said, and what the service says of a transfer (asked again)."""
        self.words.retranslate()
        self._fit_header()
        self.model.retranslate()
        size_columns(self.table)
        self._set_points()
        self._set_dirty(self.dirty)
        self._selection_changed()
        if self._details is not None:
            self._set_heading(self._details)
        if self._saved_said:
            self._say_saved()
        if self._error is not None:
            w.show_error(self.details_error, self._error())
        if self.child_id is not None and self.session.unlocked:
            self._show_transfer(self.child_id)

    def _show_problem(self, words: Any) -> None:
        """``words()`` says what went wrong, now and again if the language changes; None clears it."""
        self._error = words
        w.show_error(self.details_error, words() if words is not None else "")

    # ------------------------------------------------------------ layout

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_header()

    def _fit_header(self) -> None:
        """The record-wide actions (transfer, audit trail, subject access) go on a line of their own
        when one line is wider than the page (Welsh words are longer; a narrow window): a button is
        never cut short nor out of sight to the side."""
        bar = self._scroll.verticalScrollBar()
        available = self.width() - 40 - (bar.sizeHint().width() if bar.isVisible() else 0)
        parts = [self.home_button, *self.new_buttons, self.review_button, *self.record_actions]
        spacing = max(self._header_row.spacing(), 6)
        needed = self.heading.minimumSizeHint().width() + sum(p.sizeHint().width() + spacing for p in parts)
        wrap = needed > available
        if wrap == self._wrapped:
            return
        self._wrapped = wrap
        for button in self.record_actions:
            (self._header_row if wrap else self._actions_row).removeWidget(button)
            (self._actions_row if wrap else self._header_row).addWidget(button)

    def _header(self) -> QVBoxLayout:
        header = QVBoxLayout()
        row = QHBoxLayout()
        self._header_row, self._wrapped = row, False
        self.home_button = self._button(QT_TRANSLATE_NOOP("ChildRecord", "‹ Home"), "childRecord.home",
                                        self.goHome.emit)
        row.addWidget(self.home_button)
        self.heading = w.title("", "childRecord.name")
        row.addWidget(self.heading, 1)
        self.new_buttons = (
            self._button(QT_TRANSLATE_NOOP("ChildRecord", "New screening"), "childRecord.newScreening",
                         lambda: self._new("cse-screening"), primary=True),
            self._button(QT_TRANSLATE_NOOP("ChildRecord", "New full assessment"), "childRecord.newAssessment",
                         lambda: self._new("cse-risk-assessment")),
            self._button(QT_TRANSLATE_NOOP("ChildRecord", "New exploitation screening"),
                         "childRecord.newExploitationScreening", lambda: self._new("child-exploitation")))
        for button in self.new_buttons:
            row.addWidget(button)
        self.review_button = self._button(QT_TRANSLATE_NOOP("ChildRecord", "Start review"), "childRecord.startReview",
                                          self.start_review)
        self.words.say(self.review_button.setToolTip, QT_TRANSLATE_NOOP(
            "ChildRecord", "A new assessment of the same kind, starting from the last completed one."))
        row.addWidget(self.review_button)
        self.record_actions = (
            self._button(QT_TRANSLATE_NOOP("ChildRecord", "Transfer this child's file..."), "childRecord.transfer",
                         self.transfer),
            self._button(QT_TRANSLATE_NOOP("ChildRecord", "Audit tra&il..."), "childRecord.audit", self.show_audit),
            self._button(QT_TRANSLATE_NOOP("ChildRecord", "Subject &access..."), "childRecord.subjectAccess",
                         self.show_subject_access))
        for button in self.record_actions:
            row.addWidget(button)
        self._actions_row = QHBoxLayout()  # empty (no height) until the actions need a line of their own
        self._actions_row.addStretch(1)
        header.addLayout(row)
        header.addLayout(self._actions_row)
        return header

    def show_subject_access(self) -> None:
        """A subject access request (issue 16): the redaction step, then the response as a PDF."""
        from screening_app.ui.governance.subject_access_dialog import SubjectAccessDialog

        if self.child_id is None:
            return
        self.subject_access_dialog = SubjectAccessDialog(self.window(), self.session, self.child_id,
                                                         self.heading.text())
        self.subject_access_dialog.finished.connect(lambda _r: self.subject_access_dialog.deleteLater())
        self.subject_access_dialog.open()

    def show_audit(self) -> None:
        """Who did what in this record, and when (issue 16): a dialog, exportable as CSV."""
        from screening_app.ui.governance.audit_dialog import AuditDialog

        if self.child_id is None:
            return
        self.audit_dialog = AuditDialog(self.window(), self.session, self.child_id, self.heading.text())
        self.audit_dialog.finished.connect(lambda _r: self.audit_dialog.deleteLater())
        self.audit_dialog.open()

    def transfer(self) -> None:
        """To the next school or a colleague (SPEC 13): a dialog, the file written where chosen."""
        from screening_app.ui.transfer.send_dialog import SendDialog

        if self.child_id is None:
            return
        completed = [s.reference for s in self.items if s.status == "completed"]
        self.transfer_dialog = SendDialog(self.window(), self.session, self.child_id,
                                          completed[0] if completed else f"child-{self.child_id}")
        self.transfer_dialog.finished.connect(lambda _r: self._transfer_closed())
        self.transfer_dialog.open()

    def _transfer_closed(self) -> None:
        dialog, self.transfer_dialog = self.transfer_dialog, None
        if dialog is not None:
            dialog.clear()
            dialog.deleteLater()
        if self.child_id is not None and self.session.unlocked:
            self._show_transfer(self.child_id)  # sent: the record says so

    def _details_box(self) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = w.label("", "intro", "childRecord.summary")
        self.transferred = w.label("", "prompt", "childRecord.transferred")
        self.transferred.hide()
        self.read_only = False
        self.details = ChildDetailsForm("childRecord", language=True)
        self.details.edited.connect(self._edited)
        self.details_error = w.error_label("childRecord.detailsError")
        self.details_status = w.label("", "help", "childRecord.detailsStatus")
        self.details_status.hide()
        self.save_button = w.button("", "childRecord.saveDetails", self.save_details)  # worded by _set_dirty
        self.words.say(self.save_button.setAccessibleName, QT_TRANSLATE_NOOP("ChildRecord", "Save details"))
        self._set_dirty(False)
        layout.addWidget(self.summary)
        layout.addWidget(self.transferred)
        self.same_child = SameChildPanel(self.session)  # a file received may be a child already here
        self.same_child.openChild.connect(self.openChild.emit)
        layout.addWidget(self.same_child)
        self.team = TeamChildPanel(self.session)  # in a team: who receives this child; details to decide
        self.team.decided.connect(self._team_decided)
        layout.addWidget(self.team)
        layout.addWidget(self.details)
        layout.addWidget(self.details_error)
        layout.addWidget(self.details_status)
        layout.addWidget(w.row(self.save_button))
        self.chronology = ChronologyPanel(self.session)
        layout.addWidget(self.chronology, 1)
        self.links = LinksPanel(self.session)
        self.links.openChild.connect(self.openChild.emit)
        layout.addWidget(self.links)
        self.alike = AlikePanel(self.session)
        self.alike.changed.connect(self.links.show_child)
        layout.addWidget(self.alike)
        return column

    def _history_box(self) -> QWidget:
        box = QGroupBox()
        self.words.say(box.setTitle, QT_TRANSLATE_NOOP("ChildRecord", "Screenings and assessments (newest first)"))
        layout = QVBoxLayout(box)
        self.timeline = TimelineWidget()
        self.timeline.pointClicked.connect(self.point_clicked)
        help_label = w.label("", "help")
        self.words.say(help_label.setText, QT_TRANSLATE_NOOP(
            "ChildRecord", "Final level over time. Select two assessments (click points, or Ctrl+click rows) and "
                           "press What changed."))
        layout.addWidget(help_label)
        layout.addWidget(self.timeline)
        self.table = make_table("childRecord.assessments", "", self.model)
        self.words.say(self.table.setAccessibleName, QT_TRANSLATE_NOOP("ChildRecord", "Screenings and assessments"))
        self.table.activated.connect(lambda _i: self.open_selected())
        self.table.setMinimumHeight(180)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.open_button = w.button("", "childRecord.open", self.open_selected)  # worded by _selection_changed
        self.words.say(self.open_button.setAccessibleName, QT_TRANSLATE_NOOP("ChildRecord", "Open"))
        self.correct_button = self._button(QT_TRANSLATE_NOOP("ChildRecord", "Correct..."), "childRecord.correct",
                                           self.correct_selected)
        self.compare_button = self._button(QT_TRANSLATE_NOOP("ChildRecord", "What changed"), "childRecord.compare",
                                           self.compare_selected)
        row.addWidget(self.open_button)
        row.addWidget(self.correct_button)
        row.addWidget(self.compare_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self._selection_changed()
        return box

    # ------------------------------------------------------------ data

    def show_child(self, child_id: int) -> None:
        self.child_id = child_id
        child = self.session.child(child_id)
        self.details.set_values(values_of(child.details))
        self._set_heading(child.details)
        self._set_dirty(False)
        self._show_problem(None)
        self._saved_said = False
        self.details_status.hide()
        self.reload_assessments()
        self.chronology.show_child(child_id)
        self.links.show_child(child_id)
        self.alike.show_child(child_id)
        self.same_child.show_child(child_id)
        self.team.show_child(child_id)
        self._show_transfer(child_id)

    def _show_transfer(self, child_id: int) -> None:
        """A file sent on (SPEC 13): said here; once its receipt is confirmed the record is kept
        read-only (the receiving school holds the file now): no new assessment, no correction."""
        said, self.read_only = self.session.transferred_out(child_id)
        self.transferred.setText(said)
        self.transferred.setVisible(bool(said))
        for button in self.new_buttons:
            button.setEnabled(not self.read_only)
        self._selection_changed()

    def _set_heading(self, details: Any) -> None:
        self._details = details
        self.heading.setText(details.full_name or self.words.words(QT_TRANSLATE_NOOP("ChildRecord",
                                                                                     "(no name recorded)")))
        self.summary.setText(self._summary(details))

    def _summary(self, details: Any) -> str:
        """The child's age, and their language preference when recorded (the box below lets it be
        changed): one whole sentence for each case."""
        say, born, age = self.words.words, details.date_of_birth, details.approx_age
        language = LANGUAGE_WORDS.get(details.language or "")
        if language is None:
            if born is not None:
                return say(QT_TRANSLATE_NOOP("ChildRecord", "born %1, age %2"), fmt.day(born),
                           fmt.years_old(born, self.session.today()))
            if age is not None:
                return say(QT_TRANSLATE_NOOP("ChildRecord", "about %1 years old (date of birth not known)"), age)
            return say(QT_TRANSLATE_NOOP("ChildRecord", "age not recorded"))
        preference = say(language)
        if born is not None:
            return say(QT_TRANSLATE_NOOP("ChildRecord", "born %1, age %2. Language preference: %3"), fmt.day(born),
                       fmt.years_old(born, self.session.today()), preference)
        if age is not None:
            return say(QT_TRANSLATE_NOOP(
                "ChildRecord", "about %1 years old (date of birth not known). Language preference: %2"),
                age, preference)
        return say(QT_TRANSLATE_NOOP("ChildRecord", "age not recorded. Language preference: %1"), preference)

    def reload_assessments(self) -> None:
        items, before = [], None
        while True:
            page = self.session.page(SearchQuery(child_id=self.child_id), 200, before)
            items.extend(page.items)
            if page.next_before_id is None:
                break
            before = page.next_before_id
        items.sort(key=lambda s: (s.assessed_on or s.updated_at[:10], s.id), reverse=True)
        self.items = items
        completed = [s.id for s in items if s.status == "completed"]
        self.model.set_items(items, set(completed[1:]))
        self._set_points()
        self._selection_changed()

    def _set_points(self) -> None:
        """The timeline's points, each named in the interface's language."""
        self.timeline.set_points([
            Point(fmt.parse_day(s.assessed_on), s.final_level, fmt.form_word(s.form_id), s.id, s.form_id)
            for s in self.items if s.status == "completed" and s.final_level and fmt.parse_day(s.assessed_on)
        ])

    def clear(self) -> None:
        if getattr(self, "transfer_dialog", None) is not None:  # locking: it names the child
            self.transfer_dialog.reject()
        self.child_id = None
        self.items = []
        self._details = None  # nothing about the child stays, even for a change of language
        self._error = None
        self._saved_said = False
        self._close_compare()
        self.details.clear()
        self.heading.clear()
        self.summary.clear()
        self.model.clear()
        self.timeline.clear()
        self.chronology.clear()
        self.links.clear()
        self.alike.clear()
        self.same_child.clear()
        self.team.clear()
        self.transferred.clear()
        self.transferred.hide()
        self.read_only = False
        self.details_status.clear()
        self._show_problem(None)
        self._set_dirty(False)

    # ------------------------------------------------------------ details

    def _edited(self) -> None:
        self._set_dirty(True)
        self._saved_said = False
        self.details_status.hide()

    def _team_decided(self) -> None:
        """A decision on a detail changed on two laptops: the form shows the value kept, unless
        something typed here is not saved yet (then it stays, and the decision shows after Save)."""
        if self.child_id is not None and not self.dirty:
            self.details.set_values(values_of(self.session.child(self.child_id).details))
            self._set_dirty(False)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.save_button.setEnabled(dirty)
        self.save_button.setText(self.words.words(QT_TRANSLATE_NOOP("ChildRecord", "Save details (unsaved changes)"))
                                 if dirty else self.words.words(QT_TRANSLATE_NOOP("ChildRecord", "Save details")))

    def save_details(self) -> bool:
        try:
            details = self.details.details(self.session.today())
            self.session.records.update_child(self.child_id, details)
        except DetailsProblem as exc:
            self._show_problem(exc.__str__)  # says it in the language shown, now and after a change
            return False
        except Exception as exc:  # vault errors carry a practitioner message
            self._show_problem(lambda problem=exc: explain(problem))
            return False
        self._show_problem(None)
        self._set_heading(details)
        self._set_dirty(False)
        self._say_saved()
        return True

    def _say_saved(self) -> None:
        self._saved_said = True
        self.details_status.setText(self.words.words(QT_TRANSLATE_NOOP(
            "ChildRecord", "Details saved. The change is recorded in the audit trail.")))
        self.details_status.show()

    # ------------------------------------------------------------ assessments

    def _selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.summary(rows[0].row()) if len(rows) == 1 else None

    def _selected_items(self) -> list[Any]:
        return [self.model.summary(index.row()) for index in self.table.selectionModel().selectedRows()]

    def completed(self) -> list[Any]:
        """Completed assessments, newest first."""
        return [item for item in self.items if item.status == "completed"]

    def _selection_changed(self) -> None:
        item = self._selected()
        self.open_button.setEnabled(item is not None)
        self.open_button.setText(self.words.words(QT_TRANSLATE_NOOP("ChildRecord", "Continue draft"))
                                 if item is not None and item.status == "draft"
                                 else self.words.words(QT_TRANSLATE_NOOP("ChildRecord", "Open")))
        self.correct_button.setEnabled(item is not None and item.status == "completed" and not self.read_only)
        self.compare_button.setEnabled(self.compare_pair() is not None)
        self.review_button.setEnabled(bool(self.completed()) and not self.read_only)
        self.timeline.set_selected({i.id for i in self._selected_items()})

    def open_selected(self) -> None:
        item = self._selected()
        if item is not None:
            self.openAssessment.emit(item.id)

    def correct_selected(self) -> None:
        item = self._selected()
        if item is None or item.status != "completed":
            return
        self.correct(item.id)

    def correct(self, assessment_id: int, restore: dict[str, Any] | None = None) -> None:
        """Ask why, then correct. ``restore`` is the reason half-typed when a lock came."""
        self._correcting = assessment_id
        try:
            reason = self.ask_reason(restore) if restore else self.ask_reason()
        finally:
            self._correcting = None
        if reason.strip() and self.session.unlocked:
            self.correctAssessment.emit(assessment_id, reason.strip())

    def _ask_reason(self, restore: dict[str, Any] | None = None) -> str:
        from screening_app.ui.shell.note_prompt import NotePrompt, ask_note

        say = self.words.words
        dialog = NotePrompt(
            self, name="correctionPrompt",
            title=say(QT_TRANSLATE_NOOP("ChildRecord", "Correct a completed assessment")),
            question=say(QT_TRANSLATE_NOOP("ChildRecord", "Why is this assessment being corrected?")),
            help_text=say(QT_TRANSLATE_NOOP(
                "ChildRecord", "The reason is kept with the new version; the earlier version stays readable.")),
            placeholder=say(QT_TRANSLATE_NOOP(
                "ChildRecord", "For example: the date of the missing episode was wrong.")),
            ok_text=say(QT_TRANSLATE_NOOP("ChildRecord", "Correct")),
            empty=say(QT_TRANSLATE_NOOP("ChildRecord", "Say why the assessment is being corrected.")),
            kind="correction", args={"assessment_id": self._correcting}, text_name="reason")
        return ask_note(dialog, restore)

    def _new(self, form_id: str) -> None:
        if self.child_id is not None and not self.read_only:
            self.newAssessment.emit(form_id, self.child_id)

    # ------------------------------------------------------------ lock

    def snapshot(self) -> dict[str, Any]:
        """The child, the details being edited (if changed) and the caret in them."""
        focus = QApplication.focusWidget() or self.window().focusWidget()
        return {"child_id": self.child_id, "dirty": self.dirty, "details": self.details.values(),
                "caret": caret(self.details.edits, focus)}

    def restore(self, state: dict[str, Any]) -> None:
        if state.get("child_id") is None:
            return
        self.show_child(int(state["child_id"]))
        if state.get("dirty"):
            self.details.set_values(state.get("details") or {})
            self._set_dirty(True)
        put_caret_when_shown(self, self.details.edits, state.get("caret") or {})

    def has_assessment(self, assessment_id: int) -> bool:
        return any(item.id == assessment_id for item in self.items)

    # ------------------------------------------------------------ what changed, reviews

    def compare_pair(self) -> tuple[int, int] | None:
        """Two selected completed assessments; one selected with the one before it (the oldest with the
        one after it); else the latest with the one before. The service puts the earlier on the left."""
        done = self.completed()
        chosen = [i for i in self._selected_items() if i.status == "completed"]
        if len(chosen) >= 2:
            return chosen[0].id, chosen[1].id
        if len(chosen) == 1 and len(done) >= 2:
            at = done.index(chosen[0])
            other = done[at + 1] if at + 1 < len(done) else done[at - 1]
            return other.id, chosen[0].id
        return (done[1].id, done[0].id) if len(done) >= 2 else None

    def point_clicked(self, assessment_id: int) -> None:
        """A timeline point is selected with the point clicked before it (or the one row selected)."""
        selected = [i.id for i in self._selected_items() if i.status == "completed" and i.id != assessment_id]
        kept = [self._last_point] if self._last_point in selected else selected[:1] if len(selected) == 1 else []
        self._last_point = assessment_id
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in range(self.model.rowCount()):
            if self.model.summary(row).id in (*kept, assessment_id):
                selection.select(self.model.index(row, 0), flags)

    def compare_selected(self) -> None:
        from screening_app.ui.compare.dialog import CompareDialog, show_over

        pair = self.compare_pair()
        if pair is None:
            return
        self._close_compare()
        service = self.session.compare_service()
        self.compare_dialog = show_over(self.window(), CompareDialog(self.window(), service, self.completed(), *pair))

    def _close_compare(self) -> None:
        from screening_app.ui.compare.dialog import dispose

        self.compare_dialog = dispose(self.compare_dialog)

    def start_review(self, restore: dict[str, Any] | None = None) -> None:
        """A new draft of the same form, pre-filled from the last completed assessment. ``restore`` is
        the note half-typed when a lock came."""
        from screening_app.ui.shell.assessment import child_prefill

        done = self.completed()
        if not done or self.child_id is None:
            return
        last = done[0]
        # "screening CSE-2026-000001 of 3 Nov 2026": what the review prompt says it starts from
        previous = self.words.words(QT_TRANSLATE_NOOP("ChildRecord", "%1 %2 of %3"),
                                    fmt.form_word(last.form_id).lower(), last.reference, fmt.day(last.assessed_on))
        note = self.ask_what_changed(self, previous, restore) if restore else self.ask_what_changed(self, previous)
        if not note.strip() or not self.session.unlocked:
            return
        try:
            child = self.session.child(self.child_id)
            ref = self.session.compare_service().start_review(last.id, note, child_prefill(child.details))
        except Exception as exc:
            self._show_problem(lambda problem=exc: self.words.words(
                QT_TRANSLATE_NOOP("ChildRecord", "The review was not started. %1"), explain(problem)))
            return
        self.openAssessment.emit(ref.id)


def _ask_what_changed(parent: QWidget, previous: str, restore: dict[str, Any] | None = None) -> str:
    from screening_app.ui.compare.review import ask_what_changed

    return ask_what_changed(parent, previous, restore)
