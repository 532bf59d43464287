"""Preview, Save PDF... and Print... for one document (a referral or a comparison).

Rendering, saving and printing run off the UI thread (``workers.run_task``); the
window stays responsive and says what happened in words. Dialogs are injectable
(``ask_save``, ``ask_printer``) so tests drive everything without a modal loop.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from screening_app.ui.referral.pdf import PdfProblem, new_printer, print_pdf
from screening_app.ui.referral.save_dialog import SaveChoice, ask_save
from screening_app.ui.shell import widgets as w
from screening_app.ui.shell.errors import explain
from screening_app.ui.shell.workers import run_task


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
    dialog.setAccessibleName("Print")
    return dialog.exec() == QDialog.DialogCode.Accepted


def failure(exc: BaseException, doing: str) -> str:
    """Export errors name the field, never its content; anything unexpected gets a plain message."""
    from screening_app.domain.errors import AnswerError
    from screening_app.services.export import ExportError

    if isinstance(exc, ExportError | PdfProblem):
        return f"{doing}: {exc}."
    if isinstance(exc, AnswerError):
        return f"{doing}: {exc.message}."
    return f"{doing}. {explain(exc)}"


class PdfActions(QWidget):
    def __init__(self, name: str, preview_text: str = "Preview referral") -> None:
        super().__init__()
        self.setObjectName(name)
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
        self.preview_button = w.button(preview_text, f"{name}.preview", self.preview, primary=True)
        self.save_button = w.button("Save PDF...", f"{name}.save", self.save)
        self.print_button = w.button("Print...", f"{name}.print", self.print_)
        for button in (self.preview_button, self.save_button, self.print_button):
            row.addWidget(button)
        self.busy = w.busy_bar(f"{name}.busy", "Working")
        self.busy.setMaximumWidth(120)
        row.addWidget(self.busy)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = w.label("", "help", f"{name}.status")
        self.status.setAccessibleName("PDF status")
        self.status.hide()
        layout.addWidget(self.status)
        self.set_source(None)

    def set_source(self, source: PdfSource | None) -> None:
        self.source = source
        self._set_busy(False)
        self._say("")

    # ------------------------------------------------------------ the three actions

    def preview(self) -> None:
        if self._start("Preparing the preview..."):
            source = self.source
            run_task(lambda _p: source.render(), self._show_preview, lambda e: self._fail(e, "No preview"))

    def save(self) -> None:
        if self.source is None:
            return
        try:
            preferred = self.source.language()
        except Exception:  # the record could not be read now: offered as before; saving says what is wrong
            preferred = None
        choice = self.ask_save(self.window(), self.source.file_name, self.source.what, preferred)
        if choice is None or not self._start("Saving..."):
            return
        export = self.source.export
        args = (choice.path, choice.password) + ((choice.language,) if choice.language != "en" else ())
        run_task(lambda _p: export(*args), lambda path: self._saved(path, choice),
                 lambda e: self._fail(e, "Not saved"))

    def print_(self) -> None:
        if self.source is None:
            return
        printer = new_printer()
        if not self.ask_printer(self.window(), printer) or not self._start("Printing..."):
            return
        self.printer, render = printer, self.source.render
        # The PDF is made on a worker; Qt paints it onto the printer here, on the UI thread. Painting on
        # a worker deadlocked once: it held the GIL while QPainter waited for a Qt lock that the UI
        # thread held while waiting for the GIL (seen with py-spy in a CI run).
        run_task(lambda _progress: render(), lambda data: self._print_now(data, printer),
                 lambda e: self._fail(e, "Not printed"))

    def _print_now(self, data: bytes, printer: QPrinter) -> None:
        try:
            pages = print_pdf(data, printer)
        except Exception as exc:  # a printer that will not start, a PDF Qt cannot read: said, never a crash
            self._fail(exc, "Not printed")
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
            self._say(failure(exc, "No preview"), error=True)
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
        protected = " It is protected with the password you chose." if choice.password else ""
        self._say(f"Saved as {Path(path).name} in {Path(path).parent}.{protected} "
                  "The export is recorded in the audit trail.")

    def _printed(self, pages: int) -> None:
        self.printer = None
        self._set_busy(False)
        if self.source is not None:
            self.source.printed()
        self._say(f"Sent {pages} page{'s' if pages != 1 else ''} to the printer. Collect them straight away: "
                  "the pages are marked OFFICIAL-SENSITIVE.")

    def _fail(self, exc: BaseException, doing: str) -> None:
        self.printer = None
        self._set_busy(False)
        self._say(failure(exc, doing), error=True)

    # ------------------------------------------------------------ helpers

    def _start(self, message: str) -> bool:
        if self.source is None or self.working:
            return False
        self._set_busy(True)
        self._say(message)
        return True

    def _set_busy(self, busy: bool) -> None:
        self.working = busy
        self.busy.setVisible(busy)
        for button in (self.preview_button, self.save_button, self.print_button):
            button.setEnabled(not busy and self.source is not None)

    def _say(self, message: str, error: bool = False) -> None:
        self.status.setProperty("role", "error" if error else "help")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(message)
        self.status.setVisible(bool(message))

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
    return PdfSource("referral", f"Referral {reference}", f"{reference} referral.pdf",
                     lambda: service.render(reference),
                     lambda path, password, language="en": service.export(reference, path, password,
                                                                          language=language),
                     lambda: session.records.record_print(session.records.get_by_reference(reference).id),
                     lambda: service.child_language(reference))
