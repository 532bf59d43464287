"""Unlock: passphrase first, verified in a worker thread (Argon2 takes a second) with a busy bar;
specific messages for a wrong passphrase, a damaged vault and a vault open elsewhere; and the
recovery code route, which sets a new passphrase straight away."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from screening_app.ui import i18n
from screening_app.ui.i18n import FollowsLanguage, translate
from screening_app.ui.shell import widgets as w
from screening_app.words import fill

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLineEdit

    from screening_app.ui.shell.session import Session


def _damaged_hint() -> str:
    return translate("Unlock", "To restore: choose Restore from a backup below; the backup is restored into a new "
                               "folder and the damaged records are left untouched.")


class UnlockPage(FollowsLanguage, QWidget):
    """``unlocked`` fires once the session holds an open vault."""

    unlocked = Signal()
    unlockStarted = Signal()  # the KDF is running: a good moment to build the screens behind
    restoreRequested = Signal()
    languageChosen = Signal(str)  # "cy" or "en": the other language, from the link at the top

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.setObjectName("unlock")
        self.setAccessibleName("Unlock the records")
        self.modes = QStackedWidget()
        self.modes.addWidget(self._passphrase_mode())
        self.recovery_page: QWidget | None = None  # built when first asked for: not before the first paint
        page = QVBoxLayout(self)
        top = QHBoxLayout()  # the other language, at the top right of both modes
        top.addStretch(1)
        self.language = w.button("", "unlock.language", self._other_language)
        self.language.setProperty("role", "link")
        top.addWidget(self.language)
        page.addLayout(top)
        outer = QHBoxLayout()
        outer.addStretch(1)
        outer.addWidget(self.modes, 2)
        outer.addStretch(1)
        page.addLayout(outer, 1)
        self.retranslate()


    def retranslate(self) -> None:
        """Every word on the screen, in the interface's language (set again when it changes)."""
        self.setAccessibleName(translate("Unlock", "Unlock the records"))
        self.title.setText(translate("Unlock", "Unlock the records"))
        i18n.show_language_link(self.language)
        self.passphrase.setAccessibleName(translate("Unlock", "Passphrase"))
        self.passphrase.setPlaceholderText(translate("Unlock", "Passphrase"))
        self.busy.setAccessibleName(translate("Unlock", "Unlocking"))
        self.submit_button.setText(translate("Unlock", "Unlock"))
        self.submit_button.setAccessibleName(translate("Unlock", "Unlock"))
        self.restore_button.setText(translate("Unlock", "Restore from a backup..."))
        self.restore_button.setAccessibleName(translate("Unlock", "Restore from a backup"))
        self.recovery_button.setText(translate("Unlock", "Use recovery code"))
        self.recovery_button.setAccessibleName(translate("Unlock", "Use recovery code"))
        self._show_folder()
        w.show_error(self.error, "")  # a message from before the change would stay in the old language
        if self.recovery_page is not None:
            self._retranslate_recovery()

    def _show_folder(self) -> None:
        self.folder_label.setText(fill(translate("Unlock", "Records folder: %1"), self.session.folder))

    def _retranslate_recovery(self) -> None:
        self.recovery_title.setText(translate("Unlock", "Unlock with the recovery code"))
        self.recovery_intro.setText(translate("Unlock", "Type the code from your recovery sheet, then choose a new "
                                                        "passphrase. The old passphrase stops working."))
        for edit, words in ((self.code, translate("Unlock", "Recovery code")),
                            (self.new_passphrase, translate("Unlock", "New passphrase")),
                            (self.new_confirm, translate("Unlock", "Type the new passphrase again"))):
            edit.setAccessibleName(words)
        self.recovery_form.labelForField(self.code).setText(translate("Unlock", "Recovery code"))
        self.recovery_form.labelForField(self.new_passphrase).setText(translate("Unlock", "New passphrase"))
        self.recovery_form.labelForField(self.new_confirm).setText(translate("Unlock", "Type it again"))
        self.recovery_busy.setAccessibleName(translate("Unlock", "Unlocking with the recovery code"))
        self.recovery_submit.setText(translate("Unlock", "Unlock and set the new passphrase"))
        self.recovery_submit.setAccessibleName(translate("Unlock", "Unlock and set the new passphrase"))
        self.recovery_back.setText(translate("Unlock", "Back"))
        self.recovery_back.setAccessibleName(translate("Unlock", "Back"))
        w.show_error(self.recovery_error, "")

    # ------------------------------------------------------------ layouts

    def _passphrase_mode(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.title = w.title("", "unlock.title")
        layout.addWidget(self.title)
        self.folder_label = w.label("", "intro", "unlock.folder")
        layout.addWidget(self.folder_label)
        self.passphrase = w.line_edit("unlock.passphrase", "", "", secret=True)
        self.passphrase.returnPressed.connect(self.submit)
        layout.addWidget(self.passphrase)
        self.error = w.error_label("unlock.error")
        layout.addWidget(self.error)
        self.busy = w.busy_bar("unlock.busy", "")
        layout.addWidget(self.busy)
        self.submit_button = w.button("", "unlock.submit", self.submit, primary=True)
        self.restore_button = w.button("", "unlock.restore", self.restoreRequested.emit)
        self.restore_button.hide()
        row = QHBoxLayout()
        self.recovery_button = w.button("", "unlock.useRecovery", lambda: self._mode(1))
        row.addWidget(self.recovery_button)
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
        self.recovery_title = w.title("")
        layout.addWidget(self.recovery_title)
        self.recovery_intro = w.label("", "intro")
        layout.addWidget(self.recovery_intro)
        self.code = w.line_edit("recovery.code", "", "XXXXX-XXXXX-...")
        self.new_passphrase = w.line_edit("recovery.newPassphrase", "", secret=True)
        self.new_confirm = w.line_edit("recovery.confirm", "", secret=True)
        self.meter = w.StrengthMeter("recovery.strength")
        form = self.recovery_form = w.form_layout()
        for edit in (self.code, self.new_passphrase, self.meter, self.new_confirm):
            row_label = QLabel()  # the words: _retranslate_recovery
            row_label.setBuddy(edit)
            form.addRow(row_label, edit)
        layout.addLayout(form)
        self.recovery_error = w.error_label("recovery.error")
        self.recovery_busy = w.busy_bar("recovery.busy", "")
        layout.addWidget(self.recovery_error)
        layout.addWidget(self.recovery_busy)
        self.recovery_submit = w.button("", "recovery.submit", self.submit_recovery, primary=True)
        row = QHBoxLayout()
        self.recovery_back = w.button("", "recovery.back", lambda: self._mode(0))
        row.addWidget(self.recovery_back)
        row.addStretch(1)
        row.addWidget(self.recovery_submit)
        layout.addLayout(row)
        layout.addStretch(2)
        self.new_passphrase.textChanged.connect(self.meter.update_for)
        self._retranslate_recovery()
        return page

    def _other_language(self) -> None:
        self.languageChosen.emit(i18n.other_language())

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
        self._show_folder()
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
            w.show_error(self.error, translate("Unlock", "Enter your passphrase."))
            return
        from screening_app.ui.shell.workers import run_task

        self._set_busy(True)
        w.show_error(self.error, "")
        run_task(lambda _p: self.session.unlock(passphrase), self._done, self._failed)
        self.unlockStarted.emit()

    def submit_recovery(self) -> None:
        code, new = self.code.text().strip(), self.new_passphrase.text()
        if new != self.new_confirm.text():
            w.show_error(self.recovery_error, translate("Unlock", "The two new passphrases differ."))
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
        message = i18n.vault_words(explain(exc))
        if isinstance(exc, VaultDamagedError):
            message += " " + _damaged_hint()
            self.restore_button.show()
        target = self.error if self.modes.currentIndex() == 0 else self.recovery_error
        w.show_error(target, message)
        if isinstance(exc, WrongSecretError):
            edit = self.passphrase if self.modes.currentIndex() == 0 else self.code
            edit.selectAll()
            edit.setFocus()
