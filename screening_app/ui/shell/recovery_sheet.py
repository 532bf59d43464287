"""The recovery sheet: the recovery code on paper (PDF or printer), written by Qt.

The reporting layer has no recovery-sheet function, so the sheet is a small
QTextDocument printed through QPdfWriter or a QPrinter. The code is never
written anywhere else. It is written in the interface's language (context "Recovery").
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QWidget

from screening_app.ui.i18n import QT_TRANSLATE_NOOP, current, translate
from screening_app.words import fill

SHEET_HTML = """
<h1 style="font-size:20pt">{title}</h1>
<p style="font-size:11pt">{created}</p>
<p style="font-size:11pt">{folder}</p>
<p style="font-size:12pt">{code_label}</p>
<p style="font-family:'DejaVu Sans Mono',monospace; font-size:22pt; font-weight:bold">{code}</p>
<h2 style="font-size:14pt">{for_heading}</h2>
<p style="font-size:11pt">{for_text}</p>
<h2 style="font-size:14pt">{safe_heading}</h2>
<ul style="font-size:11pt">
<li>{safe_1}</li>
<li>{safe_2}</li>
<li>{safe_3}</li>
</ul>
"""
# The sheet's words, in the interface's language when it is made (context "Recovery")
SHEET_WORDS = {
    "title": QT_TRANSLATE_NOOP("Recovery", "CSE Screening: recovery sheet"),
    "created": QT_TRANSLATE_NOOP("Recovery", "OFFICIAL-SENSITIVE. Created %1."),
    "folder": QT_TRANSLATE_NOOP("Recovery", "Records folder: %1"),
    "code_label": QT_TRANSLATE_NOOP("Recovery", "Recovery code:"),
    "for_heading": QT_TRANSLATE_NOOP("Recovery", "What this is for"),
    "for_text": QT_TRANSLATE_NOOP("Recovery", "If the passphrase is forgotten, this code opens the records and lets "
                                              "you set a new passphrase. Nobody else can recover the records: not IT "
                                              "support, not the makers of this application. If both the passphrase "
                                              "and this code are lost, the records cannot be read by anyone."),
    "safe_heading": QT_TRANSLATE_NOOP("Recovery", "Keep it safe"),
    "safe_1": QT_TRANSLATE_NOOP("Recovery", "Store this sheet locked away, apart from the laptop (for example in the "
                                            "safeguarding office safe)."),
    "safe_2": QT_TRANSLATE_NOOP("Recovery", "Anyone holding this code and the records folder can read the records."),
    "safe_3": QT_TRANSLATE_NOOP("Recovery", "Do not photograph it, email it or keep it in the laptop bag."),
}
PDF_TITLE = QT_TRANSLATE_NOOP("Recovery", "CSE Screening recovery sheet")


def created_words(created: date) -> str:
    """'04 December 2026'; in Welsh, the month in Welsh ('04 Rhagfyr 2026')."""
    if current() == "cy":
        from PySide6.QtCore import QDate, QLocale

        welsh = QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom)
        return welsh.toString(QDate(created.year, created.month, created.day), "dd MMMM yyyy")
    return created.strftime("%d %B %Y")


def sheet_document(code: str, folder: Path, created: date) -> QTextDocument:
    values = {"created": created_words(created), "folder": str(folder)}
    words = {key: html.escape(fill(translate("Recovery", text), values.get(key, "")))
             for key, text in SHEET_WORDS.items()}
    document = QTextDocument()
    document.setHtml(SHEET_HTML.format(code=html.escape(code), **words))
    return document


def write_recovery_sheet(path: Path, code: str, folder: Path, created: date) -> None:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(300)
    writer.setTitle(translate("Recovery", PDF_TITLE))
    sheet_document(code, folder, created).print_(writer)


def print_recovery_sheet(parent: QWidget, code: str, folder: Path, created: date) -> bool:
    """Show the system print dialog; QtPrintSupport is imported only when asked for."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("recoveryPrintDialog")
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    sheet_document(code, folder, created).print_(printer)
    return True
