"""Unlock: passphrase first, verified in a worker thread (Argon2 takes a second) with a busy bar;
specific messages for a wrong passphrase, a damaged vault and a vault open elsewhere; and the
recovery code route, which sets a new passphrase straight away."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from screening_app.ui.shell import widgets as w

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLineEdit

    from screening_app.ui.shell.session import Session

DAMAGED_HINT = (
    " To restore: choose Restore from a backup below; the backup is restored into a new folder and the "
    "damaged records are left untouched."
)


class UnlockPage(QWidget):
    """``unlocked`` fires once the session holds an open vault."""

    unlocked = Signal()
    unlockStarted = Signal()  # the KDF is running: a good moment to build the screens behind
    restoreRequested = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.setObjectName("unlock")
        self.setAccessibleName("Unlock the records")
        self.modes = QStackedWidget()
        self.modes.addWidget(self._passphrase_mode())
        self.recovery_page: QWidget | None = None  # built when first asked for: not before the first paint
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(self.modes, 2)
        outer.addStretch(1)

    # ------------------------------------------------------------ layouts

    def _passphrase_mode(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(w.title("Unlock the records", "unlock.title"))
        self.folder_label = w.label("", "intro", "unlock.folder")
        layout.addWidget(self.folder_label)
        self.passphrase = w.line_edit("unlock.passphrase", "Passphrase", "Passphrase", secret=True)
        self.passphrase.returnPressed.connect(self.submit)
        layout.addWidget(self.passphrase)
        self.error = w.error_label("unlock.error")
        layout.addWidget(self.error)
        self.busy = w.busy_bar("unlock.busy", "Unlocking")
        layout.addWidget(self.busy)
        self.submit_button = w.button("Unlock", "unlock.submit", self.submit, primary=True)
        self.restore_button = w.button("Restore from a backup...", "unlock.restore", self.restoreRequested.emit)
        self.restore_button.hide()
        row = QHBoxLayout()
        row.addWidget(w.button("Use recovery code", "unlock.useRecovery", lambda: self._mode(1)))
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(self.submit_button)
        layout.addLayout(row)
        layout.addStretch(2)
        return page

    def _ensure_recovery_mode(self) -> None:
        if self.recovery_page is None:
            self.recovery_page = self._recovery_mode()
            self.modes.addWidget(self.recovery_page)
            self._set_busy(not self.submit_button.isEnabled())

    def _recovery_mode(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(w.title("Unlock with the recovery code"))
        layout.addWidget(w.label("Type the code from your recovery sheet, then choose a new passphrase. "
                                 "The old passphrase stops working.", "intro"))
        self.code = w.line_edit("recovery.code", "Recovery code", "XXXXX-XXXXX-...")
        self.new_passphrase = w.line_edit("recovery.newPassphrase", "New passphrase", secret=True)
        self.new_confirm = w.line_edit("recovery.confirm", "Type the new passphrase again", secret=True)
        self.meter = w.StrengthMeter("recovery.strength")
        form = w.form_layout()
        form.addRow("Recovery code", self.code)
        form.addRow("New passphrase", self.new_passphrase)
        form.addRow("", self.meter)
        form.addRow("Type it again", self.new_confirm)
        layout.addLayout(form)
        self.recovery_error = w.error_label("recovery.error")
        self.recovery_busy = w.busy_bar("recovery.busy", "Unlocking with the recovery code")
        layout.addWidget(self.recovery_error)
        layout.addWidget(self.recovery_busy)
        self.recovery_submit = w.button("Unlock and set the new passphrase", "recovery.submit",
                                        self.submit_recovery, primary=True)
        row = QHBoxLayout()
        row.addWidget(w.button("Back", "recovery.back", lambda: self._mode(0)))
        row.addStretch(1)
        row.addWidget(self.recovery_submit)
        layout.addLayout(row)
        layout.addStretch(2)
        self.new_passphrase.textChanged.connect(self.meter.update_for)
        return page

    def _mode(self, index: int) -> None:
        if index == 1:
            self._ensure_recovery_mode()
        self.modes.setCurrentIndex(index)
        (self.passphrase if index == 0 else self.code).setFocus()

    # ------------------------------------------------------------ state

    def reset(self) -> None:
        """Shown again (start or lock): empty fields, no stale error."""
        for edit in self._edits():
            edit.clear()
        w.show_error(self.error, "")
        if self.recovery_page is not None:
            w.show_error(self.recovery_error, "")
        self.restore_button.hide()
        self.folder_label.setText(f"Records folder: {self.session.folder}")
        self._set_busy(False)
        self._mode(0)

    def _edits(self) -> tuple[QLineEdit, ...]:
        if self.recovery_page is None:
            return (self.passphrase,)
        return self.passphrase, self.code, self.new_passphrase, self.new_confirm

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.submit_button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        if self.recovery_page is not None:
            self.recovery_busy.setVisible(busy)
            self.recovery_submit.setEnabled(not busy)
            self.code.setEnabled(not busy)

    # ------------------------------------------------------------ unlocking

    def submit(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            w.show_error(self.error, "Enter your passphrase.")
            return
        from screening_app.ui.shell.workers import run_task

        self._set_busy(True)
        w.show_error(self.error, "")
        run_task(lambda _p: self.session.unlock(passphrase), self._done, self._failed)
        self.unlockStarted.emit()

    def submit_recovery(self) -> None:
        code, new = self.code.text().strip(), self.new_passphrase.text()
        if new != self.new_confirm.text():
            w.show_error(self.recovery_error, "The two new passphrases differ.")
            return
        from screening_app.ui.shell.workers import run_task

        self._set_busy(True)
        w.show_error(self.recovery_error, "")
        run_task(lambda _p: self.session.unlock_with_recovery_code(code, new), self._done, self._failed)
        self.unlockStarted.emit()

    def _done(self, _result: object) -> None:
        self._set_busy(False)
        for edit in self._edits():
            edit.clear()
        self.unlocked.emit()

    def _failed(self, exc: BaseException) -> None:
        from screening_app.services.vault_service import VaultDamagedError, WrongSecretError
        from screening_app.ui.shell.errors import explain

        self._set_busy(False)
        message = explain(exc)
        if isinstance(exc, VaultDamagedError):
            message += DAMAGED_HINT
            self.restore_button.show()
        target = self.error if self.modes.currentIndex() == 0 else self.recovery_error
        w.show_error(target, message)
        if isinstance(exc, WrongSecretError):
            edit = self.passphrase if self.modes.currentIndex() == 0 else self.code
            edit.selectAll()
            edit.setFocus()
