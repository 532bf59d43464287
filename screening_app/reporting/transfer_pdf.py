"""The readable transfer of a child's file (SPEC 13): the summary pages, then each assessment's
referral pages joined after them, the signed and encrypted transfer file attached inside, the
whole PDF AES-256 with the password the receiver is told by phone.

``attached_file`` takes the transfer file back out (the receiving app's import). A wrong
password, a PDF that is not a transfer, or an attachment that is not whole are refused, each
with a kind the command line turns into its exit code.
"""

from __future__ import annotations

import io

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from screening_app.domain.transfer_summary import HOW_TO_CONFIRM, KCSIE, TransferSummary
from screening_app.reporting.errors import ExportError
from screening_app.reporting.story import Story
from screening_app.reporting.templates import Furniture, build_pdf

ATTACHMENT = "child-file.cse-transfer"


class TransferPdfError(ExportError):
    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind  # bad_input, not_for_us, damaged: as a transfer bundle's refusals


def render_transfer_summary(summary: TransferSummary) -> bytes:
    furniture = Furniture(form_line="Transfer of a child protection file", reference=summary.reference,
                          footer_note="Keep separate from the main pupil file · confirm receipt to the sender")
    return build_pdf(TransferStory(summary).flowables(), furniture, "Transfer of a child protection file",
                     "transfer summary")


class TransferStory(Story):
    def __init__(self, summary: TransferSummary) -> None:
        super().__init__()
        self.summary = summary

    def flowables(self) -> list:
        s = self.summary
        self.out.append(Paragraph("Transfer of a child protection file", self.s.title))
        self.out.append(self._form(KCSIE, self.s.muted))
        self._group(s.child)
        self._group(s.transfer)
        self._heading("Receipt code")
        code = ParagraphStyle("receipt", parent=self.s.body, fontSize=18, leading=26, spaceAfter=4)
        self.out.append(Paragraph(f"<b>{s.receipt_code}</b>", code))  # the code's alphabet needs no escaping
        self.out.append(self._form(HOW_TO_CONFIRM, self.s.body))
        if s.latest.items:
            self._group(s.latest)
        for table in (s.chronology, s.assessments, s.escalations):
            if table.rows:
                self._table(table)
        return self.out


def transfer_pdf(parts: list[bytes], attachment: bytes, password: str) -> bytes:
    """The parts as one PDF, ``attachment`` inside it, encrypted AES-256 with ``password``."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for part in parts:
        writer.append(PdfReader(io.BytesIO(part)))
    writer.add_attachment(ATTACHMENT, attachment)
    writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def attached_file(data: bytes, password: str) -> bytes:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(password):
            raise TransferPdfError("the password does not open this PDF", "not_for_us")
        files = reader.attachments
    except TransferPdfError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise TransferPdfError(f"the PDF cannot be read ({type(exc).__name__}); it was refused", "damaged") from None
    found = files.get(ATTACHMENT)
    if not found:
        raise TransferPdfError("this PDF holds no transfer file (a referral PDF is read, not imported)", "bad_input")
    return bytes(found[0])
