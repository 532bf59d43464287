"""Settings, Transfers: this vault's transfer key (the age1... line a sender pastes, with a Copy
button and the fingerprint to read out on the phone), the transfers sent and received with the
5-school-day receipt rule, and the box where the receiver's receipt code is typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from screening_app.ui.shell import fmt
from screening_app.ui.shell import widgets as w

STATUS_WORDS = {"sent": "awaiting receipt", "received": "receipt confirmed", "overdue": "OVERDUE: no receipt in 5 "
                "school days: chase it"}


class TransfersTab(QWidget):
    def __init__(self, session: Any) -> None:
        super().__init__()
        self.session = session
        self.setObjectName("settings.transfers")
        layout = QVBoxLayout(self)
        key_box = QGroupBox("This vault's transfer key (give it to whoever sends you a child's file)")
        key_layout = QVBoxLayout(key_box)
        self.recipient = QLineEdit()
        w.named(self.recipient, "transfers.recipient", "This vault's transfer key, age1...")
        self.recipient.setReadOnly(True)
        self.copy_button = w.button("&Copy the key", "transfers.copy", self.copy_key)
        key_layout.addLayout(_row(self.recipient, self.copy_button))
        self.fingerprint = w.label("", "help", "transfers.fingerprint")
        key_layout.addWidget(self.fingerprint)
        layout.addWidget(key_box)
        log_box = QGroupBox("Transfers sent and received")
        log_layout = QVBoxLayout(log_box)
        self.log = QListWidget()
        w.named(self.log, "transfers.log", "Transfers sent and received, newest first")
        log_layout.addWidget(self.log)
        self.code = w.line_edit("transfers.code", "Receipt code read back by the receiver", "XXXX-XXXX-XXXX-XXXX")
        self.code.returnPressed.connect(self.confirm)
        log_layout.addLayout(_row(w.label("Receipt code read back to you:"), self.code,
                                  w.button("Confirm &receipt", "transfers.confirm", self.confirm),
                                  w.button("Or a receipt f&ile...", "transfers.confirmFile", self.confirm_file)))
        self.choose_receipt = self._ask_receipt  # tests replace the file dialog
        self.status = w.label("", "help", "transfers.status")
        self.status.hide()
        log_layout.addWidget(self.status)
        layout.addWidget(log_box, 1)
        rule_box = QGroupBox("Once a receipt is confirmed, this vault's copy of the child's file is")
        rule_layout = QHBoxLayout(rule_box)
        self.keep = QRadioButton("&kept here, read-only (the default)")
        self.delete = QRadioButton("&deleted, as the organisation's policy says (the transfer log and an audit entry "
                                   "stay, naming no one)")
        for button, value in ((self.keep, "keep"), (self.delete, "delete")):
            w.named(button, f"transfers.afterReceipt.{value}", "After a receipt, the child's file here is "
                    + ("kept read-only" if value == "keep" else "deleted"))
            button.toggled.connect(lambda on, v=value: on and self._set_rule(v))
            rule_layout.addWidget(button)
        rule_layout.addStretch(1)
        layout.addWidget(rule_box)
        holiday_box = QGroupBox("School holidays (not school days for the 5-day receipt rule)")
        holiday_layout = QVBoxLayout(holiday_box)
        self.holidays = QPlainTextEdit()
        w.named(self.holidays, "transfers.holidays", "School holidays, one a line: dd/mm/yyyy - dd/mm/yyyy")
        self.holidays.setPlaceholderText("21/12/2026 - 01/01/2027\n04/01/2027 (an INSET day)")
        self.holidays.setTabChangesFocus(True)
        self.holidays.setMaximumHeight(90)
        holiday_layout.addWidget(self.holidays)
        holiday_layout.addWidget(w.row(w.button("Save &holidays", "transfers.saveHolidays", self.save_holidays)))
        layout.addWidget(holiday_box)

    def load(self) -> None:
        from screening_app.services.transfer import identity_card

        records = self.session.records
        card = identity_card(records.vault, self.session.clock)  # made on first use, sealed by the vault key
        self.recipient.setText(card.recipient)
        self.fingerprint.setText(f"Fingerprint to read out on the phone: {card.fingerprint}")
        service = self._service()
        rows = service.transfers()
        self.holidays.setPlainText("\n".join(_range(a, b) for a, b in service.holidays()))
        self._loading = True
        (self.delete if service.after_receipt() == "delete" else self.keep).setChecked(True)
        self._loading = False
        names = self.session.child_names(r["child_id"] for r in rows if r.get("child_id"))
        self.log.clear()
        for row in reversed(rows):
            who = names.get(row.get("child_id")) or "a child"
            verb = "Sent" if row["direction"] == "sent" else "Received"
            status = STATUS_WORDS.get(row["status"], row["status"]) if row["direction"] == "sent" else "received here"
            self.log.addItem(f"{verb} {fmt.day(row['sent_on'])}: {who}: {status}")
        if not rows:
            self.log.addItem("No transfers yet.")

    def _service(self) -> Any:
        from screening_app.services.transfer import TransferService

        records = self.session.records
        return TransferService(records.vault, records.actor, self.session.clock)

    def _set_rule(self, value: str) -> None:
        if getattr(self, "_loading", False):
            return
        self._service().set_after_receipt(value)
        self._say("From now on, a child's file is deleted here once its receipt is confirmed." if value == "delete"
                  else "From now on, a child's file is kept here read-only once its receipt is confirmed.")

    def save_holidays(self) -> None:
        try:
            count = self._service().set_holidays(self.holidays.toPlainText().splitlines())
        except ValueError as exc:  # the line named; nothing saved
            self._say(f"Not saved: {exc}")
            return
        self._say(f"Saved {count} holiday{'s' if count != 1 else ''}.")
        self.load()

    def copy_key(self) -> None:
        QApplication.clipboard().setText(self.recipient.text())  # a public key: no child's data
        self._say("Copied. Read the fingerprint to the sender so they know the key is yours.")

    def confirm(self) -> None:
        code = self.code.text().strip()
        if not code:
            return
        done = self._service().confirm(code)
        self.code.clear()
        self._say("No transfer is waiting for this code (or it was confirmed already). Check it with the receiver."
                  if done is None else "Receipt confirmed: the transfer is recorded as received." + _erased(done))
        self.load()

    def _ask_receipt(self) -> str:
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getOpenFileName(self, "The receipt file the receiver sent back")
        return path

    def confirm_file(self) -> None:
        """The receiving app's signed receipt: the same confirmation as the code, without reading it out."""
        from screening_app.services.transfer import TransferError

        path = self.choose_receipt()
        if not path:
            return
        try:
            with open(path, "rb") as handle:
                data = handle.read(1024 * 1024 + 1)
            done = self._service().confirm_receipt(data)
        except OSError as exc:
            self._say(f"The receipt cannot be read ({exc.strerror or 'no such file'}).")
            return
        except TransferError as exc:
            self._say(f"Refused, nothing changed: {exc}")
            return
        self._say("No transfer is waiting for this receipt (or it was confirmed already)." if done is None else
                  f"Receipt confirmed, signed by the receiver with fingerprint {done.receiver}: the transfer is "
                  "recorded as received." + _erased(done))
        self.load()

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

    def clear(self) -> None:
        self.recipient.clear()
        self.fingerprint.clear()
        self.log.clear()
        self.code.clear()
        self.holidays.clear()
        self.status.hide()


def _erased(done: Any) -> str:
    return " The child's file here was deleted, as the rule below says." if done.erased else ""


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget, 1 if isinstance(widget, QLineEdit) else 0)
    return row


def _range(first, last) -> str:
    a, b = first.strftime("%d/%m/%Y"), last.strftime("%d/%m/%Y")
    return a if first == last else f"{a} - {b}"
