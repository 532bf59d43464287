"""Transfer this child's file (SPEC 13, KCSIE Annex C): to another school or practitioner who
uses this app (their transfer key, pasted, checked by its fingerprint on the phone), or as a
readable password-protected PDF for a school without it. What will be sent is said before
sending; after it, the receipt code and what to do with it. The file is written owner-only, never
over another file; nothing is sent anywhere by the app: the practitioner sends the file by the
organisation's secure route.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from screening_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from screening_app.ui.shell import widgets as w
from screening_app.ui.shell.errors import explain
from screening_app.ui.shell.workers import run_task
from screening_app.words import fill

AFTER_APP = QT_TRANSLATE_NOOP(
    "TransferSend", "Send the file by your organisation's secure route (secure email, its file sync, or the receiving "
                    "school's secure inbox), never by post and never carried by a parent. Tell the receiver the "
                    "password by phone, and read them the fingerprint beside your key in Settings. When they read "
                    "this receipt code back to you, type it in Settings, Transfers: until then the transfer shows as "
                    "awaiting receipt, and as overdue after 5 school days.")
AFTER_PDF = QT_TRANSLATE_NOOP(
    "TransferSend", "Send the file by your organisation's secure route (secure email, its file sync, or the receiving "
                    "school's secure inbox), never by post and never carried by a parent. Tell the receiver the "
                    "password by phone (never in the same email as the PDF). When they read this receipt code back "
                    "to you, type it in Settings, Transfers: until then the transfer shows as awaiting receipt, and "
                    "as overdue after 5 school days.")


class SendDialog(QDialog):
    def __init__(self, parent: QWidget | None, session: Any, child_id: int, reference: str) -> None:
        super().__init__(parent)
        self.session, self.child_id, self.reference = session, child_id, reference
        self.choose_path = self._ask_path  # tests replace the file dialog
        self.sending: Any = None  # the running send, if any
        self.gone = False  # closed: a send still running reports to no one
        self.finished.connect(self._closed)
        self.setObjectName("transferSend")
        self.setWindowTitle(translate("TransferSend", "Transfer this child's file"))
        self.resize(760, 520)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._form_page())
        self.pages.addWidget(self._done_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    # ------------------------------------------------------------ pages

    def _form_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        name = self.session.child_names([self.child_id]).get(self.child_id)
        layout.addWidget(w.title(fill(translate("TransferSend", "Transfer %1's file"), name) if name else
                                 translate("TransferSend", "Transfer this child's file")))
        layout.addWidget(w.label(self._contents(), "intro", "transferSend.contents"))
        self.to_app = QRadioButton(translate("TransferSend", "To a school or practitioner who uses this app (their "
                                                             "&transfer key)"))
        self.to_pdf = QRadioButton(translate("TransferSend", "As a readable PDF with a password, for a school "
                                                             "&without this app"))
        for radio, name_ in ((self.to_app, "transferSend.toApp"), (self.to_pdf, "transferSend.toPdf")):
            radio.setObjectName(name_)
        group = QButtonGroup(self)
        group.addButton(self.to_app)
        group.addButton(self.to_pdf)
        self.to_app.setChecked(True)
        group.buttonToggled.connect(lambda *_: self._route_changed())
        layout.addWidget(self.to_app)
        layout.addWidget(self.to_pdf)
        form = QFormLayout()
        self.recipient = w.line_edit("transferSend.recipient",
                                     translate("TransferSend", "The receiver's transfer key, age1..."),
                                     translate("TransferSend", "age1... (Settings, Transfers, in the receiver's app)"))
        self.password = w.line_edit("transferSend.password", translate("TransferSend", "Password for the PDF"),
                                    translate("TransferSend", "at least 12 characters"), secret=True)
        self.repeat = w.line_edit("transferSend.repeat", translate("TransferSend", "The password again"), "",
                                  secret=True)
        self.path = w.line_edit("transferSend.path", translate("TransferSend", "Save the file as"), "")
        choose = w.button(translate("TransferSend", "C&hoose..."), "transferSend.choose", self._choose)
        choose.setAutoDefault(False)  # Enter is Send, even after choosing a file
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(choose)
        form.addRow(translate("TransferSend", "Receiver's key"), self.recipient)
        form.addRow(translate("TransferSend", "PDF password"), self.password)
        form.addRow(translate("TransferSend", "Password again"), self.repeat)
        form.addRow(translate("TransferSend", "Save as"), path_row)
        layout.addLayout(form)
        self.error = w.error_label("transferSend.error")
        layout.addWidget(self.error)
        self.progress = QProgressBar()
        w.named(self.progress, "transferSend.progress", translate("TransferSend", "Making the file"))
        self.progress.setRange(0, 100)
        self.progress.setFormat(translate("TransferSend", "Making the file: %p%"))
        self.progress.hide()
        layout.addWidget(self.progress)
        layout.addStretch(1)
        self.send_button = w.button(translate("TransferSend", "&Send: write the file"), "transferSend.send", self.send,
                                    primary=True)
        cancel = w.button(translate("TransferSend", "Cancel"), "transferSend.cancel", self.reject)
        cancel.setAutoDefault(False)
        layout.addWidget(w.row(self.send_button, cancel))
        self._route_changed()
        return page

    def _done_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(w.title(translate("TransferSend", "The file is ready to send")))
        self.written = w.label("", "", "transferSend.written")
        layout.addWidget(self.written)
        layout.addWidget(w.label(translate("TransferSend", "Receipt code (the receiver reads it back to you):"),
                                 "indicator"))
        self.code = QLineEdit()
        w.named(self.code, "transferSend.code", translate("TransferSend", "Receipt code"))
        self.code.setReadOnly(True)
        font = self.code.font()
        font.setPointSize(18)
        font.setBold(True)
        self.code.setFont(font)
        layout.addWidget(self.code)
        self.after = w.label("", "help", "transferSend.after")
        layout.addWidget(self.after)
        layout.addStretch(1)
        self.done_button = w.button(translate("TransferSend", "&Done"), "transferSend.done", self.accept, primary=True)
        layout.addWidget(w.row(self.done_button))
        return page

    @staticmethod
    def _contents() -> str:
        return translate("TransferSend", "What is sent: the child's details, every completed assessment with all its "
                                         "versions, the chronology, the escalations, and the people and places of "
                                         "concern linked to this child (never another child's). Drafts stay here. It "
                                         "is encrypted and signed; it holds nothing readable without the key or the "
                                         "password.")

    def _route_changed(self) -> None:
        pdf = self.to_pdf.isChecked()
        self.recipient.setEnabled(not pdf)
        self.password.setEnabled(pdf)
        self.repeat.setEnabled(pdf)
        stem = "".join(c if c.isalnum() else "-" for c in self.reference)
        suffix = ".pdf" if pdf else ".cse-transfer"
        current = self.path.text()
        if not current or current.endswith((".pdf", ".cse-transfer")):
            folder = Path(current).parent if current else Path.home()
            self.path.setText(str(folder / f"transfer-{stem}{suffix}"))

    def _ask_path(self) -> str:
        path, _filter = QFileDialog.getSaveFileName(self, translate("TransferSend", "Save the transfer file as"),
                                                    self.path.text())
        return path

    def _choose(self) -> None:
        path = self.choose_path()
        if path:
            self.path.setText(path)

    # ------------------------------------------------------------ sending

    def send(self) -> None:
        from screening_app.domain.contacts import PROFILE_SETTING
        from screening_app.fileio import replace_atomically
        from screening_app.services.export import ExportService
        from screening_app.services.transfer import TransferService, sender_words

        target = Path(self.path.text().strip())
        pdf = self.to_pdf.isChecked()
        problem = self._problem(target, pdf)
        if problem:
            w.show_error(self.error, problem)
            return
        records = self.session.records
        service = TransferService(records.vault, records.actor, self.session.clock)
        password, recipient = self.password.text(), self.recipient.text().strip()
        sender = None if pdf else sender_words(records.get_setting(PROFILE_SETTING) or {})

        def work(progress: Any) -> Any:  # off the UI thread: a large file's PDF takes seconds
            if pdf:
                sent = service.send_pdf(self.child_id, password, ExportService(records), progress)
            else:
                sent = service.send(self.child_id, recipient, None, sender)
            replace_atomically(target, [sent.data])
            return sent

        w.show_error(self.error, "")
        self._busy(True)
        self.sending = run_task(work, lambda sent: self._sent(sent, target, pdf), self._failed, self._progressed)

    def _progressed(self, fraction: float) -> None:
        if not self.gone:
            self.progress.setValue(int(fraction * 100))

    def _closed(self, _result: int) -> None:
        self.gone = True

    def _busy(self, busy: bool) -> None:
        self.progress.setValue(0)
        self.progress.setVisible(busy)
        for widget in (self.send_button, self.to_app, self.to_pdf, self.recipient, self.password, self.repeat,
                       self.path):
            widget.setEnabled(not busy)
        if not busy:
            self._route_changed()

    def _failed(self, exc: BaseException) -> None:
        from screening_app.services.transfer import TransferError

        self.sending = None
        if self.gone:  # closed (locked) while it ran: the file is written and logged all the same
            return
        self._busy(False)
        if isinstance(exc, TransferError):
            w.show_error(self.error, fill(translate("TransferSend", "Not sent: %1"), exc))
        elif isinstance(exc, OSError):
            w.show_error(self.error, fill(translate("TransferSend", "Not written: %1"), exc.strerror or exc))
        else:
            w.show_error(self.error, fill(translate("TransferSend", "Not sent: %1"), explain(exc)))

    def _sent(self, sent: Any, target: Path, pdf: bool) -> None:
        self.sending = None
        if self.gone:
            return
        self._busy(False)
        self.password.clear()
        self.repeat.clear()
        self.written.setText(fill(translate("TransferSend", "Written to %1."), target))
        self.code.setText(sent.receipt_code)
        self.after.setText(translate("TransferSend", AFTER_PDF if pdf else AFTER_APP))
        self.pages.setCurrentIndex(1)
        self.done_button.setDefault(True)  # Enter: Done
        self.code.setFocus()
        self.code.selectAll()

    def _problem(self, target: Path, pdf: bool) -> str:
        if not target.name:
            return translate("TransferSend", "Choose where to save the file.")
        if not target.parent.is_dir():
            return translate("TransferSend", "The folder to save the file in does not exist.")
        if target.exists():
            return translate("TransferSend", "A file is already there: choose another name.")
        if pdf:
            if len(self.password.text()) < 12:
                return translate("TransferSend", "The PDF's password is at least 12 characters: three random words "
                                                 "read out by phone.")
            if self.password.text() != self.repeat.text():
                return translate("TransferSend", "The two passwords are not the same.")
        elif not self.recipient.text().strip().startswith("age1"):
            return translate("TransferSend", "Paste the receiver's transfer key: the age1... line in Settings, "
                                             "Transfers, in their app.")
        return ""

    def clear(self) -> None:
        for edit in (self.recipient, self.password, self.repeat, self.code):
            edit.clear()
