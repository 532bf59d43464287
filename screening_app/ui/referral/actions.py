"""Preview, Save PDF... and Print... for one document (a referral or a comparison).

Rendering, saving and printing run off the UI thread (``workers.run_task``); the
window stays responsive and says what happened in words. Dialogs are injectable
(``ask_save``, ``ask_printer``) so tests drive everything without a modal loop.

The buttons sit on pages that stay built while Settings switches the language: their words and the
status line (context "ReferralUI") are set again on Qt's ``LanguageChange``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from screening_app.ui import i18n
from screening_app.ui.i18n import QT_TRANSLATE_NOOP, FollowsLanguage, Words, translate
from screening_app.ui.referral.pdf import PdfProblem, new_printer, print_pdf
from screening_app.ui.referral.save_dialog import SaveChoice, ask_save
from screening_app.ui.shell import widgets as w
from screening_app.ui.shell.errors import explain
from screening_app.ui.shell.workers import run_task

# The preview button's words (a screen names its own: marked here, so either is translated)
PREVIEW_REFERRAL = QT_TRANSLATE_NOOP("ReferralUI", "Preview referral")
PREVIEW_PDF = QT_TRANSLATE_NOOP("ReferralUI", "Preview PDF")
# What did not happen, said before why (``failure``); the compare dialog's own is marked here too
NO_PREVIEW = QT_TRANSLATE_NOOP("ReferralUI", "No preview")
NOT_SAVED = QT_TRANSLATE_NOOP("ReferralUI", "Not saved")
NOT_PRINTED = QT_TRANSLATE_NOOP("ReferralUI", "Not printed")
CANNOT_COMPARE = QT_TRANSLATE_NOOP("ReferralUI", "Cannot compare")


say = partial(i18n.say, "ReferralUI")  # a marked sentence of this screen, filled in


@dataclass(frozen=True)
class PdfSource:
    what: str  # "referral", "comparison": used in labels and messages
    title: str  # "Referral CSE-2026-000012"
    file_name: str  # suggested; never a child's name
    render: Callable[[], bytes]  # called on a worker thread
    export: Callable[..., Path]  # (path, password[, language]) on a worker thread; audited by the service
    printed: Callable[[], None] = lambda: None  # audits a print (what and when, never content)
    language: Callable[[], str | None] = lambda: None  # the child's recorded preference, read at Save PDF...


def ask_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    dialog.setAccessibleName(say(QT_TRANSLATE_NOOP("ReferralUI", "Print")))
    return dialog.exec() == QDialog.DialogCode.Accepted


def failure(exc: BaseException, doing: str) -> str:
    """Export errors name the field, never its content; anything unexpected gets a plain message.
    ``doing`` (what did not happen) and a PDF problem are English marked in "ReferralUI", or words
    already in the interface's language; the export service's and the domain's words are as made."""
    from screening_app.domain.errors import AnswerError
    from screening_app.services.export import ExportError

    doing = translate("ReferralUI", doing)
    if isinstance(exc, PdfProblem):
        return say(QT_TRANSLATE_NOOP("ReferralUI", "%1: %2."), doing, translate("ReferralUI", str(exc)))
    if isinstance(exc, ExportError):
        return say(QT_TRANSLATE_NOOP("ReferralUI", "%1: %2."), doing, exc)
    if isinstance(exc, AnswerError):
        return say(QT_TRANSLATE_NOOP("ReferralUI", "%1: %2."), doing, exc.message)
    return say(QT_TRANSLATE_NOOP("ReferralUI", "%1. %2"), doing, explain(exc))


class PdfActions(FollowsLanguage, QWidget):
    def __init__(self, name: str, preview_text: str = PREVIEW_REFERRAL) -> None:
        """``preview_text``: English marked in "ReferralUI" (as the two above), or already translated."""
        super().__init__()
        self.setObjectName(name)
        self.words = Words("ReferralUI")
        self._message: Callable[[], str] | None = None  # the status shown, said again in a new language
        self.source: PdfSource | None = None
        self.ask_save: Callable[[QWidget | None, str, str, str | None], SaveChoice | None] = ask_save
        self.ask_printer: Callable[[QWidget | None, QPrinter], bool] = ask_printer
        self.printer: QPrinter | None = None  # kept alive until the pages are sent
        self.preview_dialog: Any = None
        self.last_saved: Path | None = None
        self.working = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.preview_button = w.button("", f"{name}.preview", self.preview, primary=True)
        self.save_button = w.button("", f"{name}.save", self.save)
        self.print_button = w.button("", f"{name}.print", self.print_)
        for button, text in ((self.preview_button, preview_text),
                             (self.save_button, QT_TRANSLATE_NOOP("ReferralUI", "Save PDF...")),
                             (self.print_button, QT_TRANSLATE_NOOP("ReferralUI", "Print..."))):
            self.words.say(lambda said, b=button: (b.setText(said), b.setAccessibleName(said.rstrip("."))), text)
            row.addWidget(button)
        self.busy = w.busy_bar(f"{name}.busy", "")
        self.words.say(self.busy.setAccessibleName, QT_TRANSLATE_NOOP("ReferralUI", "Working"))
        self.busy.setMaximumWidth(120)
        row.addWidget(self.busy)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = w.label("", "help", f"{name}.status")
        self.words.say(self.status.setAccessibleName, QT_TRANSLATE_NOOP("ReferralUI", "PDF status"))
        self.status.hide()
        layout.addWidget(self.status)
        self.set_source(None)


    def retranslate(self) -> None:
        """The buttons and the status line in the interface's language."""
        self.words.retranslate()
        if self._message is not None:
            self.status.setText(self._message())

    def set_source(self, source: PdfSource | None) -> None:
        self.source = source
        self._set_busy(False)
        self._say("")

    # ------------------------------------------------------------ the three actions

    def preview(self) -> None:
        if self._start(QT_TRANSLATE_NOOP("ReferralUI", "Preparing the preview...")):
            source = self.source
            run_task(lambda _p: source.render(), self._show_preview, lambda e: self._fail(e, NO_PREVIEW))

    def save(self) -> None:
        if self.source is None:
            return
        try:
            preferred = self.source.language()
        except Exception:  # the record could not be read now: offered as before; saving says what is wrong
            preferred = None
        choice = self.ask_save(self.window(), self.source.file_name, self.source.what, preferred)
        if choice is None or not self._start(QT_TRANSLATE_NOOP("ReferralUI", "Saving...")):
            return
        export = self.source.export
        args = (choice.path, choice.password) + ((choice.language,) if choice.language != "en" else ())
        run_task(lambda _p: export(*args), lambda path: self._saved(path, choice),
                 lambda e: self._fail(e, NOT_SAVED))

    def print_(self) -> None:
        if self.source is None:
            return
        printer = new_printer()
        if not self.ask_printer(self.window(), printer) or not self._start(QT_TRANSLATE_NOOP("ReferralUI",
                                                                                                "Printing...")):
            return
        self.printer, render = printer, self.source.render
        # The PDF is made on a worker; Qt paints it onto the printer here, on the UI thread. Painting on
        # a worker deadlocked once: it held the GIL while QPainter waited for a Qt lock that the UI
        # thread held while waiting for the GIL (seen with py-spy in a CI run).
        run_task(lambda _progress: render(), lambda data: self._print_now(data, printer),
                 lambda e: self._fail(e, NOT_PRINTED))

    def _print_now(self, data: bytes, printer: QPrinter) -> None:
        try:
            pages = print_pdf(data, printer)
        except Exception as exc:  # a printer that will not start, a PDF Qt cannot read: said, never a crash
            self._fail(exc, NOT_PRINTED)
            return
        self._printed(pages)

    # ------------------------------------------------------------ results

    def _show_preview(self, data: bytes) -> None:
        from screening_app.ui.referral.preview import PdfPreviewDialog

        self._set_busy(False)
        self.close_preview()
        try:
            self.preview_dialog = PdfPreviewDialog(self.window(), data, self.source.title, self.save, self.print_)
        except PdfProblem as exc:
            self._say(lambda problem=exc: failure(problem, NO_PREVIEW), error=True)
            return
        self.preview_dialog.destroyed.connect(self._preview_gone)
        self.preview_dialog.resize(min(1000, self.window().width() - 40), self.window().height() - 40)
        self.preview_dialog.show()
        self._say("")

    def _preview_gone(self, *_args: object) -> None:
        self.preview_dialog = None

    def _saved(self, path: Path, choice: SaveChoice) -> None:
        self._set_busy(False)
        self.last_saved = Path(path)
        saved = QT_TRANSLATE_NOOP("ReferralUI", "Saved as %1 in %2. It is protected with the password you chose. The "
                                                "export is recorded in the audit trail.") if choice.password else \
            QT_TRANSLATE_NOOP("ReferralUI", "Saved as %1 in %2. The export is recorded in the audit trail.")
        self._say(lambda: say(saved, Path(path).name, Path(path).parent))

    def _printed(self, pages: int) -> None:
        self.printer = None
        self._set_busy(False)
        if self.source is not None:
            self.source.printed()
        sent = QT_TRANSLATE_NOOP("ReferralUI", "Sent 1 page to the printer. Collect them straight away: the pages "
                                               "are marked OFFICIAL-SENSITIVE.") if pages == 1 else \
            QT_TRANSLATE_NOOP("ReferralUI", "Sent %1 pages to the printer. Collect them straight away: the pages are "
                                            "marked OFFICIAL-SENSITIVE.")
        self._say(lambda: say(sent, pages))

    def _fail(self, exc: BaseException, doing: str) -> None:
        self.printer = None
        self._set_busy(False)
        self._say(lambda: failure(exc, doing), error=True)

    # ------------------------------------------------------------ helpers

    def _start(self, message: str) -> bool:
        """``message``: English marked in "ReferralUI"."""
        if self.source is None or self.working:
            return False
        self._set_busy(True)
        self._say(lambda: say(message))
        return True

    def _set_busy(self, busy: bool) -> None:
        self.working = busy
        self.busy.setVisible(busy)
        for button in (self.preview_button, self.save_button, self.print_button):
            button.setEnabled(not busy and self.source is not None)

    def _say(self, message: str | Callable[[], str], error: bool = False) -> None:
        """``message``: words already in the interface's language, or a function saying them (said
        again when the language changes)."""
        self._message = message if callable(message) else None
        text = message() if callable(message) else message
        self.status.setProperty("role", "error" if error else "help")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def close_preview(self) -> None:
        if self.preview_dialog is not None:
            self.preview_dialog.close()
            self.preview_dialog = None

    def clear(self) -> None:
        """On lock or leaving: the preview (case data) goes, and so does the source."""
        self.close_preview()
        self.set_source(None)


def referral_source(session: Any, reference: str) -> PdfSource:
    """The stored assessment's referral, through the export service (which audits each save)."""
    service = session.export_service()
    return PdfSource("referral", say(QT_TRANSLATE_NOOP("ReferralUI", "Referral %1"), reference),
                     say(QT_TRANSLATE_NOOP("ReferralUI", "%1 referral.pdf"), reference),
                     lambda: service.render(reference),
                     lambda path, password, language="en": service.export(reference, path, password,
                                                                          language=language),
                     lambda: session.records.record_print(session.records.get_by_reference(reference).id),
                     lambda: service.child_language(reference))
