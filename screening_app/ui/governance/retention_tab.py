"""Settings, Retention (issue 16): the children's records due for review at the end of retention
(date of birth + 25 years by default, the organisation's rule named), each kept with a reason and
the next review date, or deleted after a question (no readable trace; in a team, every member's
copy too). Keyboard first: the list, then Alt+K or Alt+D."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QFormLayout, QListWidget, QListWidgetItem, QMessageBox, QVBoxLayout, QWidget

from screening_app.ui.shell import fmt
from screening_app.ui.shell import widgets as w

USER_ROLE = 256


class RetentionTab(QWidget):
    def __init__(self, session: Any) -> None:
        super().__init__()
        self.session = session
        self.setObjectName("settings.retention")
        layout = QVBoxLayout(self)
        self.rule = w.label("", "intro", "retention.rule")
        layout.addWidget(self.rule)
        self.list = QListWidget()
        w.named(self.list, "retention.due", "Records due for review")
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        layout.addWidget(self.list, 1)
        form = QFormLayout()
        self.until = QDateEdit()
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("d MMM yyyy")
        w.named(self.until, "retention.until", "Review again on")
        form.addRow("Review again on", w.row(self.until))
        self.reason = w.line_edit("retention.reason", "Why the record is kept",
                                  "for example: a police investigation is still open")
        self.reason.setMinimumWidth(420)
        form.addRow("Why it is kept", w.row(self.reason))
        layout.addLayout(form)
        self.keep_button = w.button("&Keep the selected record", "retention.keep", self.keep)
        self.delete_button = w.button("&Delete the selected record...", "retention.delete", self.delete)
        layout.addWidget(w.row(self.keep_button, self.delete_button))
        self.status = w.label("", "help", "retention.status")
        self.status.hide()
        layout.addWidget(self.status)

    def _service(self) -> Any:
        from screening_app.services.retention import RetentionService

        records = self.session.records
        return RetentionService(records.vault, records.actor, self.session.clock)

    def confirm(self, question: str) -> bool:  # replaced in tests
        answer = QMessageBox.question(self, "Delete a child's record", question)
        return answer == QMessageBox.StandardButton.Yes

    def load(self) -> None:
        service = self._service()
        rule, due = service.rule(), service.due()
        self.rule.setText(f"{len(due)} due now. The rule: date of birth + {rule.years} years, then review "
                          f"({rule.policy}). Each record due is kept, with the reason and when to review it again, "
                          "or deleted.")
        self.list.clear()
        for item in due:
            born = f"born {fmt.day(item.date_of_birth)}" if item.date_of_birth else "date of birth not recorded"
            kept = f". Kept last time because: {item.last_reason}" if item.last_reason else ""
            row = QListWidgetItem(f"Due {fmt.day(item.review_due)}: {item.name or '(no name recorded)'}, {born}, "
                                  f"{item.reference or 'no completed assessment'}{kept}")
            row.setData(USER_ROLE, (item.child_id, item.name or "this child"))
            self.list.addItem(row)
        if not due:
            self.list.addItem("None due.")
        else:
            self.list.setCurrentRow(0)
        today = self.session.clock.today()
        self.until.setMinimumDate(QDate(today.year, today.month, today.day).addDays(1))
        self.until.setDate(QDate(today.year + 1, today.month, min(today.day, 28)))
        self._enable()

    def _chosen(self) -> tuple[int, str] | None:
        item = self.list.currentItem()
        return item.data(USER_ROLE) if item is not None else None

    def _enable(self) -> None:
        chosen = self._chosen() is not None
        self.keep_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def keep(self) -> None:
        from screening_app.services.retention import RetentionError

        chosen = self._chosen()
        if chosen is None:
            return
        picked = self.until.date()
        until = date(picked.year(), picked.month(), picked.day())
        try:
            self._service().keep(chosen[0], until, self.reason.text())
        except RetentionError as exc:
            self._say(f"Not kept: {exc}.")
            self.reason.setFocus()
            return
        self.reason.clear()
        self.load()
        self._say(f"Kept {chosen[1]}'s record; it is due again on {fmt.day(until)}.")

    def delete(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        if not self.confirm(f"Delete {chosen[1]}'s whole record: every assessment, the chronology, escalations "
                            "and links? It cannot be undone, and nothing readable is left. In a team, every "
                            "member's copy is deleted too. A backup taken before still holds it."):
            return
        self._service().delete(chosen[0])
        self.load()
        self._say(f"Deleted {chosen[1]}'s record. The audit trail says a record was deleted, without naming anyone.")

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def clear(self) -> None:
        self.list.clear()
        self.rule.clear()
        self.reason.clear()
        self._say("")
