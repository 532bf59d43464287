"""Settings: your details and local contacts, security (auto-lock, passphrase, recovery code),
backup / restore / integrity (see ``maintenance``), and about.

Its words follow the interface's language while it is on screen (its own language chooser is
here): each is set through ``self.words`` (context "Settings") and again in ``retranslate()`` on
Qt's ``LanguageChange``, tab titles and the last message shown included."""

from __future__ import annotations

import platform
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal, qVersion
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from screening_app.services import vault_service as vs
from screening_app.ui import i18n
from screening_app.ui.governance.retention_tab import RetentionTab
from screening_app.ui.i18n import QT_TRANSLATE_NOOP, FollowsLanguage, Words, translate
from screening_app.ui.shell import widgets as w
from screening_app.ui.shell.errors import explain
from screening_app.ui.shell.maintenance import MaintenanceTab, progress_bar
from screening_app.ui.shell.profile import ProfileForm
from screening_app.ui.shell.recovery_sheet import print_recovery_sheet
from screening_app.ui.shell.session import IDLE_KEY, Session
from screening_app.ui.shell.workers import run_task
from screening_app.ui.transfer.keys_tab import TransfersTab
from screening_app.ui.transfer.team_tab import TeamTab
from screening_app.ui.wheel import wheel_only_when_focused
from screening_app.words import fill

UNCONFIRMED_NOTICE = QT_TRANSLATE_NOOP(
    "Settings", "The recovery code for these records was not confirmed as saved. If the passphrase is forgotten, "
                "only that code opens the records. Make a new recovery code now, and keep it somewhere safe.")


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return translate("Settings", "not installed")


def about_text(session: Session) -> str:
    import PySide6

    from screening_app.domain.loader import load_form_pack

    try:
        forms = ", ".join(f"{f.title} {f.version}" for f in load_form_pack().values())
    except Exception:  # a broken pack is reported by the wizard; here we only list
        forms = translate("Settings", "could not be read")
    return "\n".join((
        f"CSE Screening {_version('cse-screening')}",  # names and numbers: the same in every language
        f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {PySide6.__version__}",
        fill(translate("Settings", "SQLCipher binding (sqlcipher3) %1 · reportlab %2"), _version("sqlcipher3"),
             _version("reportlab")),
        fill(translate("Settings", "Form packs: %1"), forms),
        fill(translate("Settings", "Records folder: %1"), session.folder),
        translate("Settings", "Settings about people and cases are stored inside the encrypted records, not on the "
                              "computer."),
    ))


class SettingsPage(FollowsLanguage, QWidget):
    languageChosen = Signal(str)  # "en" or "cy": the interface's language for this records folder
    idleChanged = Signal(int)
    goHome = Signal()
    recoveryConfirmed = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.choose_pdf_path = self._ask_pdf_path  # tests replace the file dialog
        self._new_code = ""
        self.words = Words("Settings")  # what Settings says, set again when the interface's language changes
        self._messages: dict[QLabel, Callable[[], str]] = {}  # each result line's words, made again on a change
        self.setObjectName("settings")
        self.words.say(self.setAccessibleName, QT_TRANSLATE_NOOP("Settings", "Settings"))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settings.tabs")
        self.words.say(self.tabs.setAccessibleName, QT_TRANSLATE_NOOP("Settings", "Settings sections"))
        self.profile = ProfileForm("settings")
        self.maintenance = MaintenanceTab(session)
        self._tab(self._details_tab(), QT_TRANSLATE_NOOP("Settings", "Your details"))
        self._tab(self._security_tab(), QT_TRANSLATE_NOOP("Settings", "Security"))
        self._tab(self.maintenance, QT_TRANSLATE_NOOP("Settings", "Backup and checks"))
        self.transfers = TransfersTab(session)
        self._tab(self.transfers, QT_TRANSLATE_NOOP("Settings", "Transfers"))
        self.team = TeamTab(session)
        self._tab(self.team, QT_TRANSLATE_NOOP("Settings", "Team"))
        self.retention = RetentionTab(session)
        self._tab(self.retention, QT_TRANSLATE_NOOP("Settings", "Retention"))
        self.tabs.currentChanged.connect(self._tab_shown)  # the key is made on first use: only when looked at
        self.about = w.label("", "", "settings.about")
        self.words.say(self.about.setAccessibleName, QT_TRANSLATE_NOOP("Settings", "About this application"))
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        about_page = QWidget()
        QVBoxLayout(about_page).addWidget(self.about)
        about_page.layout().addStretch(1)
        self._tab(about_page, QT_TRANSLATE_NOOP("Settings", "About"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        heading = w.title("")
        self.words.say(heading.setText, QT_TRANSLATE_NOOP("Settings", "Settings"))
        layout.addWidget(w.row(self._button(QT_TRANSLATE_NOOP("Settings", "‹ Home"), "settings.home", self.goHome.emit),
                               heading))
        layout.addWidget(self.tabs, 1)

    # ------------------------------------------------------------ words

    def _tab(self, page: QWidget, text: str) -> None:
        """A tab whose title follows the interface's language."""
        self.tabs.addTab(page, "")
        self.words.say(lambda words: self.tabs.setTabText(self.tabs.indexOf(page), words), text)

    def _button(self, text: str, name: str, on_click: Callable[[], None], *, primary: bool = False,
                accessible: str = "") -> QPushButton:
        """A button whose words (and accessible name) follow the interface's language."""
        button = w.button("", name, on_click, primary=primary)
        self.words.name_button(button, text, accessible)
        return button

    def _row(self, form: QFormLayout, text: str, field: QWidget) -> None:
        """A form row whose label (the field's buddy) follows the interface's language."""
        form.addRow(self.words.words(text), field)
        self.words.say(form.labelForField(field).setText, text)

    def _box(self, text: str) -> QGroupBox:
        box = QGroupBox()
        self.words.say(box.setTitle, text)
        return box

    def _label(self, text: str, role: str, name: str = "") -> QLabel:
        label = w.label("", role, name)
        self.words.say(label.setText, text)
        return label

    def _show(self, label: QLabel, text: str, *values: object) -> None:
        """A result line in the interface's language (said again in a new one while it is shown)."""
        self._show_made(label, lambda: self.words.words(text, *values))

    def _show_made(self, label: QLabel, words: Callable[[], str]) -> None:
        self._messages[label] = words
        label.setText(words())

    def _show_error(self, label: QLabel, exc: BaseException) -> None:
        """Why something failed: the vault's own messages in the interface's language."""
        self._show_made(label, lambda: i18n.vault_words(explain(exc)))


    def retranslate(self) -> None:
        """Every word Settings shows, in the interface's language (the chooser shows the new choice)."""
        self.words.retranslate()
        self._show_language()
        for label, words in self._messages.items():
            if label.text():  # a line cleared since (a lock, a newer result) stays clear
                label.setText(words())
        if self.about.text() and self.session.unlocked:
            self.about.setText(about_text(self.session))

    # ------------------------------------------------------------ tabs

    def _details_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.profile_status = w.label("", "help", "settings.profile.status")
        self.profile_status.hide()
        layout.addWidget(w.narrow(self.profile))
        layout.addWidget(w.row(self._button(QT_TRANSLATE_NOOP("Settings", "Save details"), "settings.profile.save",
                                            self.save_profile, primary=True)))
        layout.addWidget(self.profile_status)
        layout.addWidget(w.narrow(self._language_box(), 900))
        layout.addStretch(1)
        return page

    def _language_box(self) -> QGroupBox:
        """The interface's language, named in both (so it can be found in either): its words are the
        same in English and in Welsh, so they are not marked for translation."""
        box = QGroupBox("Language / Iaith")
        form = w.form_layout()
        box.setLayout(form)
        self.language = QComboBox()
        wheel_only_when_focused(self.language)
        w.named(self.language, "settings.language", "Language of the app / Iaith yr ap")
        w.named(self.language.view(), "settings.language.list", "Languages / Ieithoedd")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self._show_language()
        self.language.setEnabled(i18n.available("cy"))
        self.language.currentIndexChanged.connect(lambda _i: self.languageChosen.emit(self.language.currentData()))
        form.addRow("App / Ap", self.language)
        # in both languages at once, whichever is shown: it is about the choice itself
        form.addRow("", w.label("The screens and the documents the app writes (referrals, transfers, subject "
                                "access) are in Welsh too; what a practitioner types stays as typed. The Welsh awaits "
                                "review by a Welsh-language reviewer. / Mae'r sgriniau a'r dogfennau y mae'r ap yn eu "
                                "hysgrifennu yn Gymraeg hefyd. Mae'r Gymraeg yn aros am adolygiad gan adolygydd "
                                "Cymraeg.", "help", "settings.language.note"))
        return box

    def _security_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(w.narrow(self._idle_box(), 900))
        layout.addWidget(w.narrow(self._passphrase_box(), 900))
        layout.addWidget(w.narrow(self._recovery_box(), 900))
        layout.addStretch(1)
        scroll = QScrollArea()  # a new recovery code adds rows: scroll rather than squash them
        scroll.setObjectName("settings.security")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        self.security_scroll = scroll
        return scroll

    def _idle_box(self) -> QGroupBox:
        box = self._box(QT_TRANSLATE_NOOP("Settings", "Lock automatically"))
        form = w.form_layout()
        box.setLayout(form)
        self.idle_minutes = QSpinBox()
        wheel_only_when_focused(self.idle_minutes)
        w.named(self.idle_minutes, "settings.idleMinutes", "")
        self.words.say(self.idle_minutes.setAccessibleName,
                       QT_TRANSLATE_NOOP("Settings", "Minutes without use before the records lock"))
        self.idle_minutes.setRange(1, 60)
        # The word after the number, with its space (Welsh puts the singular after a number: 5 munud).
        self.words.say(self.idle_minutes.setSuffix, QT_TRANSLATE_NOOP("Settings", " minutes"))
        self.idle_minutes.valueChanged.connect(self._idle_changed)
        self._row(form, QT_TRANSLATE_NOOP("Settings", "Lock after"), self.idle_minutes)
        return box

    def _secret(self, name: str, accessible: str) -> QLineEdit:
        edit = w.line_edit(name, "", secret=True)
        self.words.say(edit.setAccessibleName, accessible)
        return edit

    def _passphrase_box(self) -> QGroupBox:
        box = self._box(QT_TRANSLATE_NOOP("Settings", "Change the passphrase"))
        form = w.form_layout()
        box.setLayout(form)
        self.old_passphrase = self._secret("settings.oldPassphrase",
                                           QT_TRANSLATE_NOOP("Settings", "Current passphrase"))
        self.new_passphrase = self._secret("settings.newPassphrase", QT_TRANSLATE_NOOP("Settings", "New passphrase"))
        self.new_confirm = self._secret("settings.confirmPassphrase",
                                        QT_TRANSLATE_NOOP("Settings", "Type the new passphrase again"))
        self.meter = w.StrengthMeter("settings.strength")
        self.new_passphrase.textChanged.connect(self.meter.update_for)
        self.passphrase_result = w.label("", "help", "settings.passphrase.result")
        self.passphrase_result.hide()
        self.passphrase_busy = w.busy_bar("settings.passphrase.busy", "")
        self.words.say(self.passphrase_busy.setAccessibleName, QT_TRANSLATE_NOOP("Settings", "Changing the passphrase"))
        self._row(form, QT_TRANSLATE_NOOP("Settings", "Current passphrase"), self.old_passphrase)
        self._row(form, QT_TRANSLATE_NOOP("Settings", "New passphrase"), self.new_passphrase)
        form.addRow("", self.meter)
        self._row(form, QT_TRANSLATE_NOOP("Settings", "Type it again"), self.new_confirm)
        form.addRow("", self._button(QT_TRANSLATE_NOOP("Settings", "Change passphrase"), "settings.changePassphrase",
                                     self.change_passphrase))
        form.addRow("", self.passphrase_busy)
        form.addRow("", self.passphrase_result)
        return box

    def _recovery_box(self) -> QGroupBox:
        box = self._box(QT_TRANSLATE_NOOP("Settings", "New recovery code"))
        form = w.form_layout()
        box.setLayout(form)
        form.addRow(self._label(QT_TRANSLATE_NOOP(
            "Settings", "Makes a new recovery code and re-encrypts the records; the old code stops working. Use it if "
                        "the recovery sheet may have been seen by someone else."), "intro"))
        self.unconfirmed_notice = self._label(UNCONFIRMED_NOTICE, "prompt", "settings.rotate.unconfirmed")
        self.unconfirmed_notice.hide()
        form.addRow(self.unconfirmed_notice)
        self.rotate_passphrase = self._secret("settings.rotatePassphrase",
                                              QT_TRANSLATE_NOOP("Settings", "Current passphrase"))
        self.rotate_passphrase.returnPressed.connect(self.rotate)
        # Indeterminate while the new key is wrapped (the KDF has no steps), then the share of the
        # records re-encrypted so far.
        self.rotate_busy = progress_bar("settings.rotate.busy", "")
        self.words.say(self.rotate_busy.setAccessibleName, QT_TRANSLATE_NOOP("Settings", "Re-encrypting the records"))
        self.rotate_result = w.label("", "prompt", "settings.rotate.result")
        self.rotate_result.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)  # full width
        self.rotate_result.hide()
        self.rotate_code = w.label("", "prompt", "settings.rotate.code")
        self.words.say(self.rotate_code.setAccessibleName, QT_TRANSLATE_NOOP("Settings", "New recovery code"))
        self.rotate_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rotate_code.setWordWrap(False)  # one line, never broken inside a group
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
        # The stylesheet sets every widget's size, so the code's own size goes in one too.
        self.rotate_code.setStyleSheet(f"font-family: '{mono}'; font-size: 16pt; font-weight: 700; "
                                       "padding: 8px 16px;")
        self.save_code = self._button(QT_TRANSLATE_NOOP("Settings", "Save recovery sheet as PDF..."),
                                      "settings.rotate.savePdf", self._save_code)
        self.print_code = self._button(QT_TRANSLATE_NOOP("Settings", "Print the new recovery sheet..."),
                                       "settings.rotate.print", self._print_code)
        self.sheet_status = w.label("", "help", "settings.rotate.sheetStatus")
        self.code_saved = QCheckBox()
        w.named(self.code_saved, "settings.rotate.codeSaved", "")
        self.words.say(self.code_saved.setText, QT_TRANSLATE_NOOP(
            "Settings", "I have saved or printed the new recovery code and will keep it safe"))
        self.words.say(self.code_saved.setAccessibleName,
                       QT_TRANSLATE_NOOP("Settings", "I have saved or printed the new recovery code"))
        self.confirm_code = self._button(QT_TRANSLATE_NOOP("Settings", "Done"), "settings.rotate.confirm",
                                         self.confirm_saved, primary=True, accessible=QT_TRANSLATE_NOOP(
                                             "Settings", "Done: the new recovery code is saved"))
        self.confirm_code.setEnabled(False)
        self.code_saved.toggled.connect(self.confirm_code.setEnabled)
        self.code_widgets = (self.rotate_code, w.row(self.save_code, self.print_code), self.sheet_status,
                             self.code_saved, w.row(self.confirm_code))
        self._row(form, QT_TRANSLATE_NOOP("Settings", "Current passphrase"), self.rotate_passphrase)
        self.rotate_button = self._button(QT_TRANSLATE_NOOP("Settings", "Make a new recovery code"), "settings.rotate",
                                          self.rotate)
        form.addRow("", self.rotate_button)
        form.addRow("", self.rotate_busy)
        form.addRow("", self.rotate_result)
        for widget in self.code_widgets:
            form.addRow("", widget)
        self._hide_code()
        return box

    def show_recovery(self) -> None:
        """From home's banner: the Security tab, ready for the passphrase."""
        self.tabs.setCurrentIndex(1)
        self.security_scroll.ensureWidgetVisible(self.rotate_passphrase)
        self.rotate_passphrase.setFocus()

    def _show_language(self) -> None:
        """The choice as it is now (it may have been changed from the unlock screen)."""
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(self.language.findData(i18n.current()), 0))
        self.language.blockSignals(False)

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.transfers and self.session.unlocked:
            self.transfers.load()
        if self.tabs.widget(index) is self.team and self.session.unlocked:
            self.team.load()
        if self.tabs.widget(index) is self.retention and self.session.unlocked:
            self.retention.load()

    # ------------------------------------------------------------ data

    def load(self) -> None:
        self.profile.load(self.session)
        self.meter.names = vs.profile_names(self.session.vault)  # as the change itself will judge it
        self.idle_minutes.blockSignals(True)
        self.idle_minutes.setValue(self.session.idle_minutes())
        self.idle_minutes.blockSignals(False)
        self.about.setText(about_text(self.session))
        self.profile_status.hide()
        self.unconfirmed_notice.setVisible(self.session.recovery_code_unconfirmed() and not self._new_code)

    def save_profile(self) -> None:
        self.profile.save(self.session)
        self.meter.names = vs.profile_names(self.session.vault)
        self._show(self.profile_status, QT_TRANSLATE_NOOP("Settings", "Saved."))
        self.profile_status.show()

    def _idle_changed(self, minutes: int) -> None:
        if self.session.unlocked:
            self.session.set_setting(IDLE_KEY, minutes)
            self.idleChanged.emit(minutes)

    def change_passphrase(self) -> None:
        old, new = self.old_passphrase.text(), self.new_passphrase.text()
        if new != self.new_confirm.text():
            self._passphrase_done()
            self._show(self.passphrase_result, QT_TRANSLATE_NOOP("Settings", "The two new passphrases differ."))
            return
        vault = self.session.vault
        self.passphrase_busy.show()
        run_task(lambda _p: vs.change_passphrase(vault, old, new), lambda _r: (self._passphrase_done(), self._show(
            self.passphrase_result, QT_TRANSLATE_NOOP(
                "Settings", "Passphrase changed. Backups made before today still open with the old passphrase."))),
            lambda exc: (self._passphrase_done(), self._show_error(self.passphrase_result, exc)))

    def _passphrase_done(self) -> None:
        """The change is over (its result is shown next): the passphrases typed go."""
        self.passphrase_busy.hide()
        for edit in (self.old_passphrase, self.new_passphrase, self.new_confirm):
            edit.clear()
        self.passphrase_result.show()

    def rotate(self) -> None:
        passphrase, vault = self.rotate_passphrase.text(), self.session.vault
        if not self.rotate_button.isEnabled():
            return
        self._hide_code()  # a code shown earlier stops counting once a newer one is made
        self.rotate_result.hide()
        self.rotate_button.setEnabled(False)
        self.rotate_busy.setRange(0, 0)
        self.rotate_busy.show()
        run_task(lambda progress: vs.rotate_data_key(vault, passphrase, progress), self._rotated,
                 lambda exc: (self._rotate_done(), self._show_error(self.rotate_result, exc)), self._rotate_progress)

    def _rotate_progress(self, fraction: float) -> None:
        if fraction > 0.0:
            self.rotate_busy.setRange(0, 100)
            self.rotate_busy.setValue(round(fraction * 100))

    def _rotated(self, code: str) -> None:
        self._new_code = code
        self._rotate_done()
        self._show(self.rotate_result, QT_TRANSLATE_NOOP(
            "Settings", "New recovery code (shown once). The old code no longer works. Save the recovery sheet or "
                        "print it, and keep it locked away from the laptop."))
        self.unconfirmed_notice.hide()
        self.rotate_code.setText(code)
        self.sheet_status.hide()
        self.code_saved.setChecked(False)
        for widget in self.code_widgets:
            widget.setVisible(widget is not self.sheet_status)
        self.code_saved.setFocus()
        QTimer.singleShot(0, self, lambda: self.security_scroll.ensureWidgetVisible(self.confirm_code))

    def confirm_saved(self) -> None:
        """The practitioner has the new code: only now does the app stop asking for one."""
        if not self._new_code or not self.code_saved.isChecked():
            return
        try:
            self.session.confirm_recovery_code(self._new_code)
        except Exception as exc:
            self._show_error(self.sheet_status, exc)
            self.sheet_status.show()
            return
        self._hide_code()
        self._show(self.rotate_result, QT_TRANSLATE_NOOP(
            "Settings", "New recovery code saved. Keep the recovery sheet somewhere safe, away from the laptop."))
        self.rotate_result.show()
        self.unconfirmed_notice.hide()
        self.recoveryConfirmed.emit()

    def _hide_code(self) -> None:
        self._new_code = ""
        self.rotate_code.clear()
        self.code_saved.setChecked(False)
        self.sheet_status.clear()
        for widget in self.code_widgets:
            widget.hide()

    def _save_code(self) -> None:
        path = self.choose_pdf_path()
        if not path or not self._new_code:
            return
        from screening_app.ui.shell.recovery_sheet import write_recovery_sheet  # PDF code: not at start

        try:
            write_recovery_sheet(Path(path), self._new_code, self.session.folder, self.session.today())
        except OSError as exc:
            self._show(self.sheet_status, QT_TRANSLATE_NOOP("Settings", "The sheet could not be saved: %1."),
                       exc.strerror or exc)
        else:
            self._show(self.sheet_status, QT_TRANSLATE_NOOP(
                "Settings", "Recovery sheet saved to %1. Print it, then move the file somewhere safe."), path)
        self.sheet_status.show()

    def _ask_pdf_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(self, translate("Settings", "Save recovery sheet"), "recovery-sheet.pdf",
                                              "PDF (*.pdf)")
        return path

    def _rotate_done(self) -> None:
        """Making the code is over (its result is shown next): the passphrase typed goes."""
        self.rotate_button.setEnabled(True)
        self.rotate_busy.hide()
        self.rotate_passphrase.clear()
        self.rotate_result.show()

    def _print_code(self) -> None:
        if self._new_code:
            print_recovery_sheet(self, self._new_code, self.session.folder, self.session.today())

    def clear(self) -> None:
        self.profile.clear()
        self.maintenance.clear()
        for edit in (self.old_passphrase, self.new_passphrase, self.new_confirm, self.rotate_passphrase):
            edit.clear()
        self._hide_code()  # shown once: a lock before "Done" leaves the records asking for a new code
        self.unconfirmed_notice.hide()
        self.rotate_result.clear()
        self.rotate_result.hide()
        self.passphrase_result.clear()
        self.passphrase_result.hide()
        self.about.clear()
        self._messages.clear()  # nothing a failure said is held past a lock
        self.transfers.clear()
        self.team.clear()
        self.retention.clear()

    def snapshot(self) -> dict:
        return {"tab": self.tabs.currentIndex(), "profile": self.profile.snapshot()}

    def restore(self, state: dict) -> None:
        self.load()
        self.tabs.setCurrentIndex(int(state.get("tab", 0)))
        self.profile.restore(state.get("profile") or {})
