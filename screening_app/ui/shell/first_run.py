"""First run on an empty folder: what the app is, the passphrase, the recovery code (once),
the referrer profile and local contacts, and an optional first backup location.

Only the welcome is made before the first paint; what the other steps need is imported where they
are built (``FirstRunPage.build_rest``): the first window of a new install comes up sooner (issue 18)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from screening_app.ui import i18n
from screening_app.ui.i18n import QT_TRANSLATE_NOOP, Words
from screening_app.ui.shell import widgets as w
from screening_app.ui.shell.session import BACKUP_FOLDER_KEY, Session

WELCOME = QT_TRANSLATE_NOOP(
    "FirstRun",
    "CSE Screening helps you recognise when a child may be being sexually exploited, record what you "
    "know, and refer to Children's Social Care. Everything you record stays on this computer, "
    "encrypted. Nothing is sent anywhere.")
WARNING = QT_TRANSLATE_NOOP(
    "FirstRun",
    "Important: if you forget this passphrase and also lose the recovery code, the records cannot be "
    "recovered by anyone: not IT support, not the makers of this application.")


def _page(heading: QLabel, name: str, *parts: QWidget) -> QWidget:
    page = QWidget()
    page.setObjectName(name)
    layout = QVBoxLayout(page)
    layout.setSpacing(12)
    layout.addWidget(heading)
    for part in parts:
        layout.addWidget(part)
    layout.addStretch(1)
    return page


class FirstRunPage(QWidget):
    """A short setup; ``completed`` fires when the vault exists and the profile is stored."""

    completed = Signal()
    languageChosen = Signal(str)  # "cy" or "en": from the link at the top, as on the unlock screen

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.setObjectName("firstRun")
        self._code = ""
        self.words = Words("FirstRun")
        self.words.say(self.setAccessibleName, QT_TRANSLATE_NOOP("FirstRun", "First-time setup"))
        self.choose_pdf_path: Callable[[], str] = self._ask_pdf_path
        self.choose_backup_folder: Callable[[], str] = self._ask_backup_folder
        self.steps = QStackedWidget()
        self.steps.setObjectName("firstRun.steps")
        self.steps.addWidget(self._welcome())  # the other steps: ``build_rest``, after the first paint or at "Set up"
        page = QVBoxLayout(self)
        top = QHBoxLayout()  # the other language, as on the unlock screen
        top.addStretch(1)
        self.language = w.button("", "firstRun.language", lambda: self.languageChosen.emit(i18n.other_language()))
        self.language.setProperty("role", "link")
        top.addWidget(self.language)
        page.addLayout(top)
        outer = QHBoxLayout()
        outer.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(self.steps)
        outer.addLayout(column, 3)
        outer.addStretch(1)
        page.addLayout(outer, 1)
        i18n.show_language_link(self.language)

    def build_rest(self) -> None:
        """The steps after the welcome (once). Not before the first paint: every widget that exists
        when the window is first shown is polished by the stylesheet then (about 5 ms for these)."""
        if self.steps.count() == 1:
            for build in (self._passphrase, self._recovery, self._profile, self._backup):
                self.steps.addWidget(build())

    def _set_up(self) -> None:
        self.build_rest()
        self.steps.setCurrentIndex(1)

    def focus_first(self) -> None:
        """The step's main button, not the language link above it (Enter sets up; issue 12)."""
        self.start_button.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.words.retranslate()
            i18n.show_language_link(self.language)
        super().changeEvent(event)

    def _title(self, text: str) -> QLabel:
        label = w.title("")
        self.words.say(label.setText, text)
        return label

    def _label(self, text: str, role: str) -> QLabel:
        label = w.label("", role)
        self.words.say(label.setText, text)
        return label

    def _button(self, text: str, name: str, slot: Callable[[], None], primary: bool = False) -> QPushButton:
        button = w.button("", name, slot, primary=primary)

        def show(words: str) -> None:  # the words and the name they give the button, in one language
            button.setText(words)
            button.setAccessibleName(words.rstrip(".").replace("&", ""))

        self.words.say(show, text)
        return button

    # ------------------------------------------------------------ steps

    def _welcome(self) -> QWidget:
        start = self.start_button = self._button(QT_TRANSLATE_NOOP("FirstRun", "Set up"), "firstRun.start",
                                                 self._set_up, primary=True)
        return _page(self._title(QT_TRANSLATE_NOOP("FirstRun", "Welcome to CSE Screening")), "firstRun.welcome",
                     self._label(WELCOME, "intro"),
                     self._label(QT_TRANSLATE_NOOP("FirstRun", "Setting up takes about two minutes. You will choose a "
                                                               "passphrase, save a recovery code and enter your "
                                                               "details for referrals."), "intro"), _right(start))

    def _passphrase(self) -> QWidget:
        self.passphrase = w.line_edit("firstRun.passphrase", "", secret=True)
        self.words.say(self.passphrase.setAccessibleName, QT_TRANSLATE_NOOP("FirstRun", "New passphrase"))
        self.confirm = w.line_edit("firstRun.confirm", "", secret=True)
        self.words.say(self.confirm.setAccessibleName, QT_TRANSLATE_NOOP("FirstRun", "Type the passphrase again"))
        self.meter = w.StrengthMeter("firstRun.strength")
        self.create_error = w.error_label("firstRun.error")
        self.create_busy = w.busy_bar("firstRun.busy", "")
        self.words.say(self.create_busy.setAccessibleName,
                       QT_TRANSLATE_NOOP("FirstRun", "Creating the encrypted records"))
        self.create_button = self._button(QT_TRANSLATE_NOOP("FirstRun", "Create encrypted records"),
                                          "firstRun.create", self._create, primary=True)
        self.create_button.setEnabled(False)
        form = w.form_layout()
        form.addRow(self._label(QT_TRANSLATE_NOOP("FirstRun", "Passphrase"), ""), self.passphrase)
        form.addRow("", self.meter)
        form.addRow(self._label(QT_TRANSLATE_NOOP("FirstRun", "Type it again"), ""), self.confirm)
        holder = QWidget()
        holder.setLayout(form)
        self.passphrase.textChanged.connect(self._passphrase_changed)
        self.confirm.textChanged.connect(self._passphrase_changed)
        self.confirm.returnPressed.connect(self._create)
        intro = self._label(QT_TRANSLATE_NOOP("FirstRun", "The passphrase locks the records. Use four or more "
                                                          "unrelated words, for example words from a sentence only "
                                                          "you would think of."), "intro")
        return _page(self._title(QT_TRANSLATE_NOOP("FirstRun", "Choose a passphrase")), "firstRun.passphrasePage",
                     intro, holder, self._label(WARNING, "prompt"), self.create_error, self.create_busy,
                     _right(self.create_button))

    def _recovery(self) -> QWidget:
        from PySide6.QtGui import QFont, QFontDatabase
        from PySide6.QtWidgets import QCheckBox

        self.code_label = QLabel()
        self.code_label.setObjectName("firstRun.recoveryCode")
        self.words.say(self.code_label.setAccessibleName, QT_TRANSLATE_NOOP("FirstRun", "Recovery code"))
        # as properties, by name: the ``Qt`` namespace costs ~18 ms to build before the first paint
        self.code_label.setProperty("textInteractionFlags", "TextSelectableByMouse")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(18)
        mono.setWeight(QFont.Weight.Bold)
        self.code_label.setFont(mono)
        self.code_label.setProperty("alignment", "AlignCenter")
        self.code_label.setProperty("role", "prompt")
        self.saved_check = QCheckBox()
        w.named(self.saved_check, "firstRun.codeSaved", "")
        self.words.say(self.saved_check.setText, QT_TRANSLATE_NOOP(
            "FirstRun", "I have saved or printed the recovery code and will keep it safe"))
        self.words.say(self.saved_check.setAccessibleName, QT_TRANSLATE_NOOP(
            "FirstRun", "I have saved or printed the recovery code"))
        self.sheet_status = w.label("", "help", "firstRun.sheetStatus")
        self.sheet_status.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self._button(QT_TRANSLATE_NOOP("FirstRun", "Save recovery sheet as PDF..."),
                                       "firstRun.savePdf", self._save_pdf))
        buttons.addWidget(self._button(QT_TRANSLATE_NOOP("FirstRun", "Print..."), "firstRun.print", self._print))
        buttons.addStretch(1)
        row = QWidget()
        row.setLayout(buttons)
        self.code_next = self._button(QT_TRANSLATE_NOOP("FirstRun", "Next"), "firstRun.codeNext",
                                      self._leave_recovery, primary=True)
        self.code_next.setEnabled(False)
        self.saved_check.toggled.connect(self.code_next.setEnabled)
        intro = self._label(QT_TRANSLATE_NOOP("FirstRun", "This code is shown once. It opens the records if the "
                                                          "passphrase is forgotten. Save the recovery sheet or print "
                                                          "it, and keep it locked away from the laptop."), "intro")
        return _page(self._title(QT_TRANSLATE_NOOP("FirstRun", "Your recovery code")), "firstRun.recoveryPage",
                     intro, self.code_label, row,
                     self.sheet_status, self.saved_check, _right(self.code_next))

    def _profile(self) -> QWidget:
        from screening_app.ui.shell.profile import ProfileForm

        self.profile = ProfileForm("firstRun")
        intro = self._label(QT_TRANSLATE_NOOP("FirstRun", "These details are printed on referrals and kept in the "
                                                          "encrypted records. You can change them later in "
                                                          "Settings."), "intro")
        done = self._button(QT_TRANSLATE_NOOP("FirstRun", "Next"), "firstRun.profileNext", self._save_profile,
                            primary=True)
        return _page(self._title(QT_TRANSLATE_NOOP("FirstRun", "Your details and local contacts")),
                     "firstRun.profilePage", intro, self.profile, _right(done))

    def _backup(self) -> QWidget:
        self.backup_label = w.label("", "help", "firstRun.backupFolder")
        self.backup_label.setText(self.words.words(QT_TRANSLATE_NOOP("FirstRun", "No backup folder chosen.")))
        choose = self._button(QT_TRANSLATE_NOOP("FirstRun", "Choose a backup folder..."), "firstRun.chooseBackup",
                              self._choose_backup)
        finish = self._button(QT_TRANSLATE_NOOP("FirstRun", "Finish"), "firstRun.finish", self._finish, primary=True)
        intro = self._label(QT_TRANSLATE_NOOP("FirstRun", "Optional. Choose where backups go, for example an "
                                                          "encrypted USB drive or your organisation's network "
                                                          "folder. Backups are encrypted with your passphrase."),
                            "intro")
        return _page(self._title(QT_TRANSLATE_NOOP("FirstRun", "Backups")), "firstRun.backupPage", intro,
                     self.backup_label, _left(choose), _right(finish))

    def keyPressEvent(self, event) -> None:
        """Enter does the default action on every step (issue 12): on a focused button it presses
        it; elsewhere (the tick box, the code) it presses the step's main button when it can."""
        from PySide6.QtCore import Qt  # built by then (see _recovery)

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
        w.show_error(self.create_error, "" if matches or not self.confirm.text() else
                     self.words.words(QT_TRANSLATE_NOOP("FirstRun", "The two passphrases differ.")))
        self.create_button.setEnabled(strong and matches)

    def _create(self) -> None:
        if not self.create_button.isEnabled():
            return
        passphrase = self.passphrase.text()
        self.create_button.setEnabled(False)
        self.create_busy.show()
        from screening_app.ui.shell.workers import run_task

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
        from screening_app.ui.shell.errors import explain

        w.show_error(self.create_error, explain(exc))

    def _save_pdf(self) -> None:
        path = self.choose_pdf_path()
        if not path:
            return
        from screening_app.ui.shell.recovery_sheet import write_recovery_sheet  # PDF code: not at start

        try:
            write_recovery_sheet(Path(path), self._code, self.session.folder, self.session.today())
        except OSError as exc:
            self.sheet_status.setText(self.words.words(QT_TRANSLATE_NOOP(
                "FirstRun", "The sheet could not be saved: %1."), exc.strerror or exc))
        else:
            self.sheet_status.setText(self.words.words(QT_TRANSLATE_NOOP(
                "FirstRun", "Recovery sheet saved to %1. Print it, then move the file somewhere safe."), path))
        self.sheet_status.show()

    def _print(self) -> None:
        from screening_app.ui.shell.recovery_sheet import print_recovery_sheet

        print_recovery_sheet(self, self._code, self.session.folder, self.session.today())

    def _leave_recovery(self) -> None:
        try:  # until this is stored, a crash leaves the records asking for a new recovery code
            self.session.confirm_recovery_code(self._code)
        except Exception as exc:
            from screening_app.ui.shell.errors import explain

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
            self.backup_label.setText(self.words.words(QT_TRANSLATE_NOOP("FirstRun", "Backups will be offered in: %1"),
                                                       folder))

    def _finish(self) -> None:
        self.profile.clear()
        self.completed.emit()

    def _ask_pdf_path(self) -> str:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, "Save recovery sheet", "recovery-sheet.pdf", "PDF (*.pdf)")
        return path

    def _ask_backup_folder(self) -> str:
        from PySide6.QtWidgets import QFileDialog

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
