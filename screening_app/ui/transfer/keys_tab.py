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
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from screening_app.ui.i18n import QT_TRANSLATE_NOOP, FollowsLanguage, Words, translate
from screening_app.ui.shell import fmt
from screening_app.ui.shell import widgets as w

# A transfer sent, as the log says it (one whole line each: %1 the day, %2 the child)
SENT_WORDS = {"sent": QT_TRANSLATE_NOOP("Keys", "Sent %1: %2: awaiting receipt"),
              "received": QT_TRANSLATE_NOOP("Keys", "Sent %1: %2: receipt confirmed"),
              "overdue": QT_TRANSLATE_NOOP("Keys", "Sent %1: %2: OVERDUE: no receipt in 5 school days: chase it")}
SENT_OTHER = QT_TRANSLATE_NOOP("Keys", "Sent %1: %2: %3")
RECEIVED = QT_TRANSLATE_NOOP("Keys", "Received %1: %2: received here")
A_CHILD = QT_TRANSLATE_NOOP("Keys", "a child")


class TransfersTab(FollowsLanguage, QWidget):
    def __init__(self, session: Any) -> None:
        super().__init__()
        self.session = session
        self.setObjectName("settings.transfers")
        self.words = Words("Keys")  # on screen in Settings when the language is switched: set again then
        self._said: tuple[str, tuple[object, ...]] | None = None
        self._fingerprint = ""
        self._rows: list[tuple[dict[str, Any], str | None]] | None = None
        say = self.words.say
        layout = QVBoxLayout(self)
        key_box = QGroupBox()
        say(key_box.setTitle, QT_TRANSLATE_NOOP("Keys", "This vault's transfer key (give it to whoever sends you a "
                                                        "child's file)"))
        key_layout = QVBoxLayout(key_box)
        self.recipient = QLineEdit()
        w.named(self.recipient, "transfers.recipient", "")
        say(self.recipient.setAccessibleName, QT_TRANSLATE_NOOP("Keys", "This vault's transfer key, age1..."))
        self.recipient.setReadOnly(True)
        self.copy_button = self._button(QT_TRANSLATE_NOOP("Keys", "&Copy the key"), "transfers.copy", self.copy_key)
        key_layout.addLayout(_row(self.recipient, self.copy_button))
        self.fingerprint = w.label("", "help", "transfers.fingerprint")
        key_layout.addWidget(self.fingerprint)
        layout.addWidget(key_box)
        log_box = QGroupBox()
        say(log_box.setTitle, QT_TRANSLATE_NOOP("Keys", "Transfers sent and received"))
        log_layout = QVBoxLayout(log_box)
        self.log = QListWidget()
        w.named(self.log, "transfers.log", "")
        say(self.log.setAccessibleName, QT_TRANSLATE_NOOP("Keys", "Transfers sent and received, newest first"))
        log_layout.addWidget(self.log)
        self.code = w.line_edit("transfers.code", "", "XXXX-XXXX-XXXX-XXXX")
        say(self.code.setAccessibleName, QT_TRANSLATE_NOOP("Keys", "Receipt code read back by the receiver"))
        self.code.returnPressed.connect(self.confirm)
        code_label = w.label("")
        code_label.setWordWrap(False)  # one line beside the box, in Welsh too (the box takes what is left)
        say(code_label.setText, QT_TRANSLATE_NOOP("Keys", "Receipt code read back to you:"))
        log_layout.addLayout(_row(code_label, self.code,
                                  self._button(QT_TRANSLATE_NOOP("Keys", "Confirm &receipt"), "transfers.confirm",
                                               self.confirm),
                                  self._button(QT_TRANSLATE_NOOP("Keys", "Or a receipt f&ile..."),
                                               "transfers.confirmFile", self.confirm_file)))
        self.choose_receipt = self._ask_receipt  # tests replace the file dialog
        self.status = w.label("", "help", "transfers.status")
        self.status.hide()
        log_layout.addWidget(self.status)
        layout.addWidget(log_box, 1)
        rule_box = QGroupBox()
        say(rule_box.setTitle, QT_TRANSLATE_NOOP("Keys", "Once a receipt is confirmed, this vault's copy of the "
                                                         "child's file is"))
        rule_layout = QHBoxLayout(rule_box)
        self.keep = QRadioButton()
        say(self.keep.setText, QT_TRANSLATE_NOOP("Keys", "&kept here, read-only (the default)"))
        self.delete = QRadioButton()
        say(self.delete.setText, QT_TRANSLATE_NOOP("Keys", "&deleted, as the organisation's policy says (the transfer "
                                                           "log and an audit entry stay, naming no one)"))
        for button, value, accessible in (
                (self.keep, "keep", QT_TRANSLATE_NOOP("Keys", "After a receipt, the child's file here is kept "
                                                              "read-only")),
                (self.delete, "delete", QT_TRANSLATE_NOOP("Keys", "After a receipt, the child's file here is "
                                                                  "deleted"))):
            w.named(button, f"transfers.afterReceipt.{value}", "")
            say(button.setAccessibleName, accessible)
            button.toggled.connect(lambda on, v=value: on and self._set_rule(v))
            rule_layout.addWidget(button)
        rule_layout.addStretch(1)
        layout.addWidget(rule_box)
        holiday_box = QGroupBox()
        say(holiday_box.setTitle, QT_TRANSLATE_NOOP("Keys", "School holidays (not school days for the 5-day receipt "
                                                            "rule)"))
        holiday_layout = QVBoxLayout(holiday_box)
        self.holidays = QPlainTextEdit()
        w.named(self.holidays, "transfers.holidays", "")
        say(self.holidays.setAccessibleName, QT_TRANSLATE_NOOP("Keys", "School holidays, one a line: dd/mm/yyyy - "
                                                                       "dd/mm/yyyy"))
        say(self.holidays.setPlaceholderText, QT_TRANSLATE_NOOP("Keys", "21/12/2026 - 01/01/2027\n04/01/2027 (an "
                                                                        "INSET day)"))
        self.holidays.setTabChangesFocus(True)
        self.holidays.setMaximumHeight(90)
        holiday_layout.addWidget(self.holidays)
        holiday_layout.addWidget(w.row(self._button(QT_TRANSLATE_NOOP("Keys", "Save &holidays"),
                                                    "transfers.saveHolidays", self.save_holidays)))
        layout.addWidget(holiday_box)

    def _button(self, text: str, name: str, on_click: Any) -> QPushButton:
        """A button whose words, and the name a screen reader says, follow the interface's language."""
        button = w.button("", name, on_click)
        self.words.name_button(button, text)
        return button


    def retranslate(self) -> None:
        """Every word the tab shows in the interface's language: its own, the log's and what it last said."""
        self.words.retranslate()
        self._show_fingerprint()
        self._show_log()
        if self._said is not None:
            self.status.setText(self.words.words(self._said[0], *self._said[1]))

    def load(self) -> None:
        from screening_app.services.transfer import identity_card

        records = self.session.records
        card = identity_card(records.vault, self.session.clock)  # made on first use, sealed by the vault key
        self.recipient.setText(card.recipient)
        self._fingerprint = card.fingerprint
        self._show_fingerprint()
        service = self._service()
        rows = service.transfers()
        self.holidays.setPlainText("\n".join(_range(a, b) for a, b in service.holidays()))
        self._loading = True
        (self.delete if service.after_receipt() == "delete" else self.keep).setChecked(True)
        self._loading = False
        names = self.session.child_names(r["child_id"] for r in rows if r.get("child_id"))
        self._rows = [(row, names.get(row.get("child_id")) or None) for row in reversed(rows)]
        self._show_log()

    def _show_fingerprint(self) -> None:
        self.fingerprint.setText(self.words.words(QT_TRANSLATE_NOOP("Keys", "Fingerprint to read out on the phone: %1"),
                                                  self._fingerprint) if self._fingerprint else "")

    def _show_log(self) -> None:
        if self._rows is None:
            return
        words = self.words.words
        self.log.clear()
        for row, name in self._rows:
            who, day = name or words(A_CHILD), fmt.day(row["sent_on"])
            if row["direction"] != "sent":
                self.log.addItem(words(RECEIVED, day, who))
            elif row["status"] in SENT_WORDS:
                self.log.addItem(words(SENT_WORDS[row["status"]], day, who))
            else:
                self.log.addItem(words(SENT_OTHER, day, who, row["status"]))
        if not self._rows:
            self.log.addItem(words(QT_TRANSLATE_NOOP("Keys", "No transfers yet.")))

    def _service(self) -> Any:
        from screening_app.services.transfer import TransferService

        records = self.session.records
        return TransferService(records.vault, records.actor, self.session.clock)

    def _set_rule(self, value: str) -> None:
        if getattr(self, "_loading", False):
            return
        self._service().set_after_receipt(value)
        self._say(QT_TRANSLATE_NOOP("Keys", "From now on, a child's file is deleted here once its receipt is "
                                            "confirmed.") if value == "delete" else
                  QT_TRANSLATE_NOOP("Keys", "From now on, a child's file is kept here read-only once its receipt is "
                                            "confirmed."))

    def save_holidays(self) -> None:
        try:
            count = self._service().set_holidays(self.holidays.toPlainText().splitlines())
        except ValueError as exc:  # the line named; nothing saved
            self._say(QT_TRANSLATE_NOOP("Keys", "Not saved: %1"), exc)
            return
        self._say(QT_TRANSLATE_NOOP("Keys", "Saved 1 holiday.") if count == 1 else
                  QT_TRANSLATE_NOOP("Keys", "Saved %1 holidays."), count)
        self.load()

    def copy_key(self) -> None:
        QApplication.clipboard().setText(self.recipient.text())  # a public key: no child's data
        self._say(QT_TRANSLATE_NOOP("Keys", "Copied. Read the fingerprint to the sender so they know the key is "
                                            "yours."))

    def confirm(self) -> None:
        code = self.code.text().strip()
        if not code:
            return
        done = self._service().confirm(code)
        self.code.clear()
        if done is None:
            self._say(QT_TRANSLATE_NOOP("Keys", "No transfer is waiting for this code (or it was confirmed already). "
                                                "Check it with the receiver."))
        elif done.erased:
            self._say(QT_TRANSLATE_NOOP("Keys", "Receipt confirmed: the transfer is recorded as received. The child's "
                                                "file here was deleted, as the rule below says."))
        else:
            self._say(QT_TRANSLATE_NOOP("Keys", "Receipt confirmed: the transfer is recorded as received."))
        self.load()

    def _ask_receipt(self) -> str:
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getOpenFileName(self, translate("Keys", "The receipt file the receiver sent back"))
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
            if exc.strerror:
                self._say(QT_TRANSLATE_NOOP("Keys", "The receipt cannot be read (%1)."), exc.strerror)
            else:
                self._say(QT_TRANSLATE_NOOP("Keys", "The receipt cannot be read (no such file)."))
            return
        except TransferError as exc:
            self._say(QT_TRANSLATE_NOOP("Keys", "Refused, nothing changed: %1"), exc)
            return
        if done is None:
            self._say(QT_TRANSLATE_NOOP("Keys", "No transfer is waiting for this receipt (or it was confirmed "
                                                "already)."))
        elif done.erased:
            self._say(QT_TRANSLATE_NOOP("Keys", "Receipt confirmed, signed by the receiver with fingerprint %1: the "
                                                "transfer is recorded as received. The child's file here was deleted, "
                                                "as the rule below says."), done.receiver)
        else:
            self._say(QT_TRANSLATE_NOOP("Keys", "Receipt confirmed, signed by the receiver with fingerprint %1: the "
                                                "transfer is recorded as received."), done.receiver)
        self.load()

    def _say(self, text: str, *values: object) -> None:
        """``text`` (marked in context Keys, %1... filled from ``values``), said again if the language changes."""
        self._said = (text, values)
        self.status.setText(self.words.words(text, *values))
        self.status.show()

    def clear(self) -> None:
        self.recipient.clear()
        self.fingerprint.clear()
        self._fingerprint = ""
        self._rows = None
        self._said = None
        self.log.clear()
        self.code.clear()
        self.holidays.clear()
        self.status.hide()


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget, 1 if isinstance(widget, QLineEdit) else 0)
    return row


def _range(first, last) -> str:
    a, b = first.strftime("%d/%m/%Y"), last.strftime("%d/%m/%Y")
    return a if first == last else f"{a} - {b}"
