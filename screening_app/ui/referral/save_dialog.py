"""Where to save a PDF, and an optional password for files sent by email (SPEC 8).

A dialog opened after the language is chosen: its words (context "ReferralUI": "Referral" holds the
referral PDF's own words) are translated when it is built."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QVBoxLayout, QWidget

from screening_app.domain.pdf_password import MIN_PDF_PASSWORD as MIN_PASSWORD
from screening_app.ui import i18n
from screening_app.ui.i18n import QT_TRANSLATE_NOOP
from screening_app.ui.shell import widgets as w

PASSWORD_WORDS = QT_TRANSLATE_NOOP("ReferralUI", "At least %1 characters. Send the password by a different route "
                                                 "from the file (for example by phone), never in the same email.")
# One whole sentence for each kind of document (``PdfSource.what``); another kind: the last of each
TITLES = {"referral": QT_TRANSLATE_NOOP("ReferralUI", "Save the referral as a PDF"),
          "comparison": QT_TRANSLATE_NOOP("ReferralUI", "Save the comparison as a PDF")}
OTHER_TITLE = QT_TRANSLATE_NOOP("ReferralUI", "Save the %1 as a PDF")
MARKINGS = {"referral": QT_TRANSLATE_NOOP("ReferralUI", "The referral is marked OFFICIAL-SENSITIVE. Save it only "
                                                        "where your organisation allows case records."),
            "comparison": QT_TRANSLATE_NOOP("ReferralUI", "The comparison is marked OFFICIAL-SENSITIVE. Save it "
                                                          "only where your organisation allows case records.")}
OTHER_MARKING = QT_TRANSLATE_NOOP("ReferralUI", "The %1 is marked OFFICIAL-SENSITIVE. Save it only where your "
                                               "organisation allows case records.")


say = partial(i18n.say, "ReferralUI")  # a marked sentence of this screen, filled in


def for_what(what: str, sentences: dict[str, str], other: str) -> str:
    return say(sentences[what]) if what in sentences else say(other, what)


@dataclass(frozen=True)
class SaveChoice:
    path: Path
    password: str | None
    language: str = "en"  # a referral's: en or cy (offered first: the child's preference, else the interface's)


def default_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def pick_path(parent: QWidget, suggested: Path) -> Path | None:
    title = say(QT_TRANSLATE_NOOP("ReferralUI", "Save PDF"))
    name, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested),
                                                say(QT_TRANSLATE_NOOP("ReferralUI", "PDF files (*.pdf)")))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


class SavePdfDialog(w.CheckedDialog):
    """File name (chosen with the system's file dialog) and "Protect with a password"."""

    def __init__(self, parent: QWidget | None, file_name: str, what: str = "referral",
                 language: str | None = None) -> None:
        """``language``: the child's recorded preference (en or cy), offered first; None: not recorded."""
        super().__init__(parent)
        self.setObjectName("savePdf")
        self.setAccessibleName(for_what(what, TITLES, OTHER_TITLE))
        self.setWindowTitle(for_what(what, TITLES, OTHER_TITLE))
        self.setMinimumWidth(720)
        self.pick = pick_path  # tests inject a path; production asks with QFileDialog
        layout = QVBoxLayout(self)
        layout.addWidget(w.label(for_what(what, MARKINGS, OTHER_MARKING), "help"))
        layout.addLayout(self._path_form(file_name))
        self.language: QComboBox | None = None
        if what == "referral":  # correspondence the product writes can be in Welsh (issue 17)
            layout.addLayout(self._language_form(language))
        layout.addWidget(self._password_box())
        self.error = w.error_label("savePdf.error")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        for button, name, text in ((save, "savePdf.save", say(QT_TRANSLATE_NOOP("ReferralUI", "Save"))),
                                   (cancel, "savePdf.cancel", say(QT_TRANSLATE_NOOP("ReferralUI", "Cancel")))):
            button.setText(text)
            w.named(button, name, text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._protect_toggled(False)

    def _path_form(self, file_name: str):
        form = w.form_layout()
        self.path = w.line_edit("savePdf.path", say(QT_TRANSLATE_NOOP("ReferralUI", "File to save")))
        self.path.setText(str(default_folder() / file_name))
        self.path.setMinimumWidth(480)
        choose = w.button(say(QT_TRANSLATE_NOOP("ReferralUI", "Choose...")), "savePdf.choose", self.choose)
        form.addRow(say(QT_TRANSLATE_NOOP("ReferralUI", "Save as")), w.row(self.path, choose))
        return form

    def _language_form(self, preferred: str | None):
        from screening_app.ui import i18n

        form = w.form_layout()
        self.language = QComboBox()
        # Named in both languages in English (a Welsh speaker finds it), in Welsh only in Welsh
        w.named(self.language, "savePdf.language",
                say(QT_TRANSLATE_NOOP("ReferralUI", "Language of the referral / Iaith yr atgyfeiriad")))
        self.language.addItem("English", "en")  # each language named in itself
        self.language.addItem(say(QT_TRANSLATE_NOOP(
            "ReferralUI", "Cymraeg (Welsh: headings, level and dates; form text in English for now)")), "cy")
        w.named(self.language.view(), "savePdf.language.list",
                say(QT_TRANSLATE_NOOP("ReferralUI", "Languages / Ieithoedd")))
        offered = self.language.findData(preferred) if preferred else -1  # the child's own language first
        self.language.setCurrentIndex(offered if offered >= 0 else max(self.language.findData(i18n.current()), 0))
        form.addRow(say(QT_TRANSLATE_NOOP("ReferralUI", "Language / Iaith")), self.language)
        if offered >= 0:
            form.addRow("", w.label(say(QT_TRANSLATE_NOOP(
                "ReferralUI", "Offered first: the child's recorded language preference.")), "help",
                "savePdf.language.why"))
        return form

    def _password_box(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 6, 0, 0)
        protect = say(QT_TRANSLATE_NOOP("ReferralUI", "Protect with a password"))
        self.protect = QCheckBox(protect)
        w.named(self.protect, "savePdf.protect", protect)
        self.protect.toggled.connect(self._protect_toggled)
        layout.addWidget(self.protect)
        form = w.form_layout()
        password, confirm = say(QT_TRANSLATE_NOOP("ReferralUI", "Password")), \
            say(QT_TRANSLATE_NOOP("ReferralUI", "Confirm password"))
        self.password = w.line_edit("savePdf.password", password, secret=True)
        self.confirm = w.line_edit("savePdf.confirm", confirm, secret=True)
        form.addRow(password, self.password)
        form.addRow(confirm, self.confirm)
        layout.addLayout(form)
        self.password_help = w.label(say(PASSWORD_WORDS, MIN_PASSWORD), "help")
        layout.addWidget(self.password_help)
        return box

    def _protect_toggled(self, on: bool) -> None:
        for widget in (self.password, self.confirm, self.password_help):
            widget.setEnabled(on)
        if not on:
            self.password.clear()
            self.confirm.clear()

    def choose(self) -> None:
        chosen = self.pick(self, Path(self.path.text().strip() or default_folder()))
        if chosen is not None:
            self.path.setText(str(chosen))

    def problem(self) -> str:
        text = self.path.text().strip()
        if not text:
            return say(QT_TRANSLATE_NOOP("ReferralUI", "Choose where to save the file."))
        if not Path(text).parent.is_dir():
            return say(QT_TRANSLATE_NOOP("ReferralUI", "That folder does not exist. Choose another with Choose..."))
        if self.protect.isChecked():
            if len(self.password.text()) < MIN_PASSWORD:
                return say(QT_TRANSLATE_NOOP("ReferralUI", "The password needs at least %1 characters."), MIN_PASSWORD)
            if self.password.text() != self.confirm.text():
                return say(QT_TRANSLATE_NOOP("ReferralUI", "The two passwords are not the same."))
        return ""

    def choice(self) -> SaveChoice:
        path = Path(self.path.text().strip())
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        language = self.language.currentData() if self.language is not None else "en"
        return SaveChoice(path, self.password.text() if self.protect.isChecked() else None, language)

    def done(self, result: int) -> None:
        super().done(result)
        if result != QDialog.DialogCode.Accepted:
            self.password.clear()
            self.confirm.clear()


def ask_save(parent: QWidget | None, file_name: str, what: str, language: str | None = None) -> SaveChoice | None:
    dialog = SavePdfDialog(parent, file_name, what, language)
    try:
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.password.clear()
        dialog.confirm.clear()
        dialog.deleteLater()
