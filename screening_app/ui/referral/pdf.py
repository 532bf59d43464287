"""PDF bytes into Qt, in memory only: a QPdfDocument read from a QBuffer (no temp file,
ever), and printing by rasterising each page at the printer's resolution."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from screening_app.ui.i18n import QT_TRANSLATE_NOOP, translate

PRINT_DPI = 300  # a full A4 page at 300 dpi is ~35 MB as an image; 1200 dpi would be ~560 MB
# Said after "Not printed: " and the like (``actions.failure``), in the interface's language
UNREADABLE = QT_TRANSLATE_NOOP("ReferralUI", "the PDF could not be read")
NO_PRINTER = QT_TRANSLATE_NOOP("ReferralUI", "the printer could not be started")


class PdfProblem(RuntimeError):
    """The PDF could not be shown or printed (the message names no data)."""


def load_pdf(data: bytes, parent: QObject | None = None) -> QPdfDocument:
    """A document read from memory; the buffer is the document's child, so it lives as long."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() == QPdfDocument.Status.Error or document.pageCount() == 0:
        raise PdfProblem(translate("ReferralUI", UNREADABLE))
    return document


def replace_pdf(document: QPdfDocument, data: bytes) -> None:
    """Show new bytes in an existing document (the old buffer goes with ``close``)."""
    for old in document.findChildren(QBuffer):
        old.deleteLater()
    document.close()
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)


def new_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(PRINT_DPI)
    printer.setFullPage(True)  # the PDF carries its own margins and page furniture
    # the print queue shows this: never a child's name
    printer.setDocName(translate("ReferralUI", QT_TRANSLATE_NOOP("ReferralUI", "CSE Screening document")))
    return printer


def print_pdf(data: bytes, printer: QPrinter, progress: Callable[[float], None] | None = None) -> int:
    """Rasterise every page at the printer's resolution onto the printer; returns the pages printed.

    Called on the UI thread: painting from a worker deadlocked once against the GIL (see actions)."""
    document = load_pdf(data)
    painter = QPainter()
    if not painter.begin(printer):
        raise PdfProblem(translate("ReferralUI", NO_PRINTER))
    try:
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            _print_page(document, index, painter, printer.resolution())
            if progress is not None:
                progress((index + 1) / document.pageCount())
    finally:
        painter.end()
    return document.pageCount()


def _print_page(document: QPdfDocument, index: int, painter: QPainter, dpi: int) -> None:
    points = document.pagePointSize(index)
    image = document.render(index, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)))
    target = painter.viewport()
    scale = min(target.width() / image.width(), target.height() / image.height())
    width, height = round(image.width() * scale), round(image.height() * scale)
    painter.drawImage(QRect(target.x() + (target.width() - width) // 2, target.y(), width, height), image)
