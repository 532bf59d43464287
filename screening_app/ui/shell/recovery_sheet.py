"""The recovery sheet: the recovery code on paper (PDF or printer), written by Qt.

The reporting layer has no recovery-sheet function, so the sheet is a small
QTextDocument printed through QPdfWriter or a QPrinter. The code is never
written anywhere else.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QWidget

SHEET_HTML = """
<h1 style="font-size:20pt">CSE Screening: recovery sheet</h1>
<p style="font-size:11pt">OFFICIAL-SENSITIVE. Created {created}.</p>
<p style="font-size:11pt">Records folder: {folder}</p>
<p style="font-size:12pt">Recovery code:</p>
<p style="font-family:'DejaVu Sans Mono',monospace; font-size:22pt; font-weight:bold">{code}</p>
<h2 style="font-size:14pt">What this is for</h2>
<p style="font-size:11pt">If the passphrase is forgotten, this code opens the records and lets you set a new
passphrase. Nobody else can recover the records: not IT support, not the makers of this application.
If both the passphrase and this code are lost, the records cannot be read by anyone.</p>
<h2 style="font-size:14pt">Keep it safe</h2>
<ul style="font-size:11pt">
<li>Store this sheet locked away, apart from the laptop (for example in the safeguarding office safe).</li>
<li>Anyone holding this code and the records folder can read the records.</li>
<li>Do not photograph it, email it or keep it in the laptop bag.</li>
</ul>
"""


def sheet_document(code: str, folder: Path, created: date) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(SHEET_HTML.format(
        created=created.strftime("%d %B %Y"), folder=html.escape(str(folder)), code=html.escape(code),
    ))
    return document


def write_recovery_sheet(path: Path, code: str, folder: Path, created: date) -> None:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(300)
    writer.setTitle("CSE Screening recovery sheet")
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
