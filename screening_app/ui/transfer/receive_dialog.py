"""Receive a child's file (SPEC 13): a transfer file sent to this vault's key, or a transfer PDF
with its password. Stored in one transaction, no local record ever changed; the same file twice
adds nothing and says so; a child who may already be here is kept separate and said, for the
practitioner to decide. Then the receipt code to read back to the sender, and the sender's
fingerprint to check with them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLineEdit, QVBoxLayout

from screening_app.ui.i18n import translate
from screening_app.ui.shell import widgets as w
from screening_app.words import fill

MAX_READ = 200 * 1024 * 1024


class ReceiveDialog(QDialog):
    def __init__(self, parent: Any, session: Any) -> None:
        super().__init__(parent)
        self.session = session
        self.choose_path = self._ask_path  # tests replace the file dialogs
        self.choose_receipt_path = self._ask_receipt_path
        self.receipt = b""
        self.received_child: int | None = None
        self.setObjectName("transferReceive")
        self.setWindowTitle(translate("TransferReceive", "Receive a child's file"))
        self.resize(720, 460)
        layout = QVBoxLayout(self)
        layout.addWidget(w.title(translate("TransferReceive", "Receive a child's file")))
        layout.addWidget(w.label(translate("TransferReceive", "A transfer file sent to this vault's key (Settings, "
                                                              "Transfers), or a transfer PDF with the password you "
                                                              "were told by phone. Nothing here is changed: what is "
                                                              "new is added."), "intro"))
        form = QFormLayout()
        self.path = w.line_edit("transferReceive.path", translate("TransferReceive", "The file received"), "")
        choose = w.button(translate("TransferReceive", "C&hoose..."), "transferReceive.choose", self._choose)
        choose.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        form.addRow(translate("TransferReceive", "File"), row)
        self.password = w.line_edit("transferReceive.password",
                                    translate("TransferReceive", "Password (a transfer PDF, or a one-off passphrase)"),
                                    translate("TransferReceive", "only for a PDF or a one-off passphrase"), secret=True)
        form.addRow(translate("TransferReceive", "Password"), self.password)
        layout.addLayout(form)
        self.error = w.error_label("transferReceive.error")
        layout.addWidget(self.error)
        self.result = w.label("", "help", "transferReceive.result")
        self.result.hide()
        layout.addWidget(self.result)
        self.code = QLineEdit()
        w.named(self.code, "transferReceive.code",
                translate("TransferReceive", "Receipt code to read back to the sender"))
        self.code.setReadOnly(True)
        self.code.hide()
        layout.addWidget(self.code)
        self.receipt_button = w.button(translate("TransferReceive", "Save the signed receipt &file..."),
                                       "transferReceive.saveReceipt", self.save_receipt)
        self.receipt_button.setAutoDefault(False)
        self.receipt_button.hide()
        self.receipt_said = w.label(translate("TransferReceive", "A receipt file is the same confirmation, signed by "
                                                                 "this vault and readable only by the sender's app: "
                                                                 "send it back by the route the file came."), "help",
                                    "transferReceive.receiptSaid")
        self.receipt_said.hide()
        layout.addWidget(w.row(self.receipt_button))
        layout.addWidget(self.receipt_said)
        layout.addStretch(1)
        self.receive_button = w.button(translate("TransferReceive", "&Receive"), "transferReceive.receive",
                                       self.receive, primary=True)
        close = w.button(translate("TransferReceive", "Close"), "transferReceive.close", self.accept)
        close.setAutoDefault(False)
        layout.addWidget(w.row(self.receive_button, close))

    def _ask_path(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(self, translate("TransferReceive", "The file received"),
                                                    str(Path.home()))
        return path

    def _ask_receipt_path(self) -> str:
        start = str(Path(self.path.text().strip()).with_suffix(".receipt.cse-transfer"))
        path, _filter = QFileDialog.getSaveFileName(self, translate("TransferReceive", "Save the receipt as"), start)
        return path

    def save_receipt(self) -> None:
        from screening_app.fileio import replace_atomically

        if not self.receipt:
            return
        path = self.choose_receipt_path()
        if not path:
            return
        target = Path(path)
        try:
            replace_atomically(target, [self.receipt])  # owner-only; no child's data in it
        except OSError as exc:
            w.show_error(self.error, fill(translate("TransferReceive", "The receipt was not saved (%1)."),
                                          exc.strerror or translate("TransferReceive", "the folder cannot be written")))
            return
        w.show_error(self.error, "")
        self.receipt_said.setText(fill(translate("TransferReceive", "Receipt saved as %1: send it back to the sender "
                                                                    "by the route the file came (or read them the "
                                                                    "code)."), target.name))

    def _choose(self) -> None:
        path = self.choose_path()
        if path:
            self.path.setText(path)

    def receive(self) -> None:
        from screening_app.services.transfer import TransferError, TransferService

        path = Path(self.path.text().strip())
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_READ + 1)
        except OSError as exc:
            w.show_error(self.error, fill(translate("TransferReceive", "The file cannot be read (%1)."),
                                          exc.strerror or translate("TransferReceive", "no such file")))
            return
        if len(data) > MAX_READ:
            w.show_error(self.error, translate("TransferReceive", "The file is too large to be a transfer file."))
            return
        password = self.password.text() or None
        if data.startswith(b"%PDF-") and not password:
            w.show_error(self.error, translate("TransferReceive", "A transfer PDF needs its password (the one you "
                                                                  "were told by phone)."))
            return
        records = self.session.records
        try:
            got = TransferService(records.vault, records.actor, self.session.clock).receive(data, password)
        except TransferError as exc:
            w.show_error(self.error, fill(translate("TransferReceive", "Refused, nothing changed: %1"), exc))
            return
        w.show_error(self.error, "")
        self.password.clear()
        self.result.setText(_said(got, self.session.child_names(got.received.possible_matches if got.received else ())))
        self.result.show()
        self.code.setText(got.receipt_code)
        self.code.show()
        self.receipt = got.receipt
        self.receipt_button.setVisible(bool(got.receipt))
        self.receipt_said.setVisible(bool(got.receipt))
        self.code.setFocus()
        self.code.selectAll()
        if got.received is not None and got.received.child_id:
            self.received_child = got.received.child_id

    def clear(self) -> None:
        self.receipt = b""
        self.password.clear()
        self.code.clear()
        self.result.clear()


def _said(got: Any, names: dict[int, str]) -> str:
    lines = [fill(translate("TransferReceive", "From the sender with fingerprint %1: check it with them by phone."),
                  got.sender_fingerprint)]
    if got.received is None:
        lines.append(translate("TransferReceive", "This file was received before: nothing was added."))
    else:
        from screening_app.services.transfer import added_words

        added = added_words(got.received.added)
        lines.append(fill(translate("TransferReceive", "Added: %1."), added) if added else
                     translate("TransferReceive", "Added: nothing new."))
        lines += [_same_child(names.get(local)) for local in got.received.possible_matches]
        lines += [fill(translate("TransferReceive", "Reference %1 is %2 here."), theirs, here)
                  for theirs, here in got.received.renumbered.items()]
        lines += [fill(translate("TransferReceive", "Not written: %1"), conflict)
                  for conflict in got.received.conflicts]
    lines.append(translate("TransferReceive", "Read this receipt code back to the sender:"))
    return "\n".join(lines)


def _same_child(name: str | None) -> str:
    if name:
        return fill(translate("TransferReceive", "%1 already has a record here with the same UPN, NHS number, or name "
                                                 "and date of birth: the two are kept separate. If they are the same "
                                                 "child, join them on the child's record (it opens when you close "
                                                 "this)."), name)
    return translate("TransferReceive", "A child already has a record here with the same UPN, NHS number, or name and "
                                        "date of birth: the two are kept separate. If they are the same child, join "
                                        "them on the child's record (it opens when you close this).")
