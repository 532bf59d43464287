"""First run on an empty folder: what the app is, the passphrase, the recovery code (once),
the referrer profile and local contacts, and an optional first backup location."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from screening_app.ui.shell import widgets as w
from screening_app.ui.shell.errors import explain
from screening_app.ui.shell.profile import ProfileForm
from screening_app.ui.shell.session import BACKUP_FOLDER_KEY, Session
from screening_app.ui.shell.workers import run_task

WELCOME = (
    "CSE Screening helps you recognise when a child may be being sexually exploited, record what you "
    "know, and refer to Children's Social Care. Everything you record stays on this computer, "
    "encrypted. Nothing is sent anywhere."
)
WARNING = (
    "Important: if you forget this passphrase and also lose the recovery code, the records cannot be "
    "recovered by anyone: not IT support, not the makers of this application."
)


def _page(heading: str, name: str, *parts: QWidget) -> QWidget:
    page = QWidget()
    page.setObjectName(name)
    layout = QVBoxLayout(page)
    layout.setSpacing(12)
    layout.addWidget(w.title(heading))
    for part in parts:
        layout.addWidget(part)
    layout.addStretch(1)
    return page


class FirstRunPage(QWidget):
    """A short setup; ``completed`` fires when the vault exists and the profile is stored."""

    completed = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.setObjectName("firstRun")
        self.setAccessibleName("First-time setup")
        self._code = ""
        self.choose_pdf_path: Callable[[], str] = self._ask_pdf_path
        self.choose_backup_folder: Callable[[], str] = self._ask_backup_folder
        self.steps = QStackedWidget()
        self.steps.setObjectName("firstRun.steps")
        for build in (self._welcome, self._passphrase, self._recovery, self._profile, self._backup):
            self.steps.addWidget(build())
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(self.steps)
        outer.addLayout(column, 3)
        outer.addStretch(1)

    # ------------------------------------------------------------ steps

    def _welcome(self) -> QWidget:
        start = w.button("Set up", "firstRun.start", lambda: self.steps.setCurrentIndex(1), primary=True)
        return _page("Welcome to CSE Screening", "firstRun.welcome", w.label(WELCOME, "intro"),
                     w.label("Setting up takes about two minutes. You will choose a passphrase, save a "
                             "recovery code and enter your details for referrals.", "intro"), _right(start))

    def _passphrase(self) -> QWidget:
        self.passphrase = w.line_edit("firstRun.passphrase", "New passphrase", secret=True)
        self.confirm = w.line_edit("firstRun.confirm", "Type the passphrase again", secret=True)
        self.meter = w.StrengthMeter("firstRun.strength")
        self.create_error = w.error_label("firstRun.error")
        self.create_busy = w.busy_bar("firstRun.busy", "Creating the encrypted records")
        self.create_button = w.button("Create encrypted records", "firstRun.create", self._create, primary=True)
        self.create_button.setEnabled(False)
        form = w.form_layout()
        form.addRow("Passphrase", self.passphrase)
        form.addRow("", self.meter)
        form.addRow("Type it again", self.confirm)
        holder = QWidget()
        holder.setLayout(form)
        self.passphrase.textChanged.connect(self._passphrase_changed)
        self.confirm.textChanged.connect(self._passphrase_changed)
        self.confirm.returnPressed.connect(self._create)
        intro = w.label("The passphrase locks the records. Use four or more unrelated words, for example "
                        "words from a sentence only you would think of.", "intro")
        return _page("Choose a passphrase", "firstRun.passphrasePage", intro, holder,
                     w.label(WARNING, "prompt"), self.create_error, self.create_busy, _right(self.create_button))

    def _recovery(self) -> QWidget:
        self.code_label = QLabel()
        self.code_label.setObjectName("firstRun.recoveryCode")
        self.code_label.setAccessibleName("Recovery code")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(18)
        mono.setWeight(QFont.Weight.Bold)
        self.code_label.setFont(mono)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setProperty("role", "prompt")
        self.saved_check = QCheckBox("I have saved or printed the recovery code and will keep it safe")
        w.named(self.saved_check, "firstRun.codeSaved", "I have saved or printed the recovery code")
        self.sheet_status = w.label("", "help", "firstRun.sheetStatus")
        self.sheet_status.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(w.button("Save recovery sheet as PDF...", "firstRun.savePdf", self._save_pdf))
        buttons.addWidget(w.button("Print...", "firstRun.print", self._print))
        buttons.addStretch(1)
        row = QWidget()
        row.setLayout(buttons)
        self.code_next = w.button("Next", "firstRun.codeNext", self._leave_recovery, primary=True)
        self.code_next.setEnabled(False)
        self.saved_check.toggled.connect(self.code_next.setEnabled)
        intro = w.label("This code is shown once. It opens the records if the passphrase is forgotten. Save "
                        "the recovery sheet or print it, and keep it locked away from the laptop.", "intro")
        return _page("Your recovery code", "firstRun.recoveryPage", intro, self.code_label, row,
                     self.sheet_status, self.saved_check, _right(self.code_next))

    def _profile(self) -> QWidget:
        self.profile = ProfileForm("firstRun")
        intro = w.label("These details are printed on referrals and kept in the encrypted records. You can "
                        "change them later in Settings.", "intro")
        done = w.button("Next", "firstRun.profileNext", self._save_profile, primary=True)
        return _page("Your details and local contacts", "firstRun.profilePage", intro, self.profile, _right(done))

    def _backup(self) -> QWidget:
        self.backup_label = w.label("No backup folder chosen.", "help", "firstRun.backupFolder")
        choose = w.button("Choose a backup folder...", "firstRun.chooseBackup", self._choose_backup)
        finish = w.button("Finish", "firstRun.finish", self._finish, primary=True)
        intro = w.label("Optional. Choose where backups go, for example an encrypted USB drive or your "
                        "organisation's network folder. Backups are encrypted with your passphrase.", "intro")
        return _page("Backups", "firstRun.backupPage", intro, self.backup_label, _left(choose), _right(finish))

    def keyPressEvent(self, event) -> None:
        """Enter does the default action on every step (issue 12): on a focused button it presses
        it; elsewhere (the tick box, the code) it presses the step's main button when it can."""
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or (
                event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            super().keyPressEvent(event)
            return
        focused = self.focusWidget()
        if isinstance(focused, QPushButton) and focused.isEnabled():
            focused.click()
        else:
            step = self.steps.currentWidget()
            main = next((b for b in step.findChildren(QPushButton) if b.property("role") == "primary"
                         and b.isVisible() and b.isEnabled()), None) if step is not None else None
            if main is not None:
                main.click()
        event.accept()

    # ------------------------------------------------------------ actions

    def _passphrase_changed(self) -> None:
        strong = self.meter.update_for(self.passphrase.text())
        matches = self.passphrase.text() == self.confirm.text()
        w.show_error(self.create_error, "" if matches or not self.confirm.text() else "The two passphrases differ.")
        self.create_button.setEnabled(strong and matches)

    def _create(self) -> None:
        if not self.create_button.isEnabled():
            return
        passphrase = self.passphrase.text()
        self.create_button.setEnabled(False)
        self.create_busy.show()
        run_task(lambda _p: self.session.create(passphrase), self._created, self._create_failed)

    def _created(self, code: str) -> None:
        self.create_busy.hide()
        self.passphrase.clear()
        self.confirm.clear()
        self._code = code
        self.code_label.setText(code)
        self.steps.setCurrentIndex(2)

    def _create_failed(self, exc: BaseException) -> None:
        self.create_busy.hide()
        self.create_button.setEnabled(True)
        w.show_error(self.create_error, explain(exc))

    def _save_pdf(self) -> None:
        path = self.choose_pdf_path()
        if not path:
            return
        from screening_app.ui.shell.recovery_sheet import write_recovery_sheet  # PDF code: not at start

        try:
            write_recovery_sheet(Path(path), self._code, self.session.folder, self.session.today())
        except OSError as exc:
            self.sheet_status.setText(f"The sheet could not be saved: {exc.strerror or exc}.")
        else:
            self.sheet_status.setText(f"Recovery sheet saved to {path}. Print it, then move the file somewhere safe.")
        self.sheet_status.show()

    def _print(self) -> None:
        from screening_app.ui.shell.recovery_sheet import print_recovery_sheet

        print_recovery_sheet(self, self._code, self.session.folder, self.session.today())

    def _leave_recovery(self) -> None:
        try:  # until this is stored, a crash leaves the records asking for a new recovery code
            self.session.confirm_recovery_code(self._code)
        except Exception as exc:
            self.sheet_status.setText(explain(exc))
            self.sheet_status.show()
            return
        self._code = ""
        self.code_label.clear()  # shown once, then gone
        self.profile.load(self.session)
        self.steps.setCurrentIndex(3)

    def _save_profile(self) -> None:
        self.profile.save(self.session)
        self.steps.setCurrentIndex(4)

    def _choose_backup(self) -> None:
        folder = self.choose_backup_folder()
        if folder:
            self.session.set_setting(BACKUP_FOLDER_KEY, folder)
            self.backup_label.setText(f"Backups will be offered in: {folder}")

    def _finish(self) -> None:
        self.profile.clear()
        self.completed.emit()

    def _ask_pdf_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(self, "Save recovery sheet", "recovery-sheet.pdf", "PDF (*.pdf)")
        return path

    def _ask_backup_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, "Choose a backup folder")


def _right(widget: QWidget) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addStretch(1)
    layout.addWidget(widget)
    return row


def _left(widget: QWidget) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
    layout.addStretch(1)
    return row
