"""The readable transfer of a child's file (SPEC 13), for a school that does not use this app.

One PDF, AES-256 (revision 6) with the password the receiver is told by phone:

1. the transfer summary, one page (KCSIE: receivers want the summary first), with the receipt
   code in large type and how to confirm it;
2. the chronology, oldest first, and an index of the assessments;
3. each completed assessment in full: its referral pages, as ``export`` makes them;
4. the escalations;

every page stamped "Transfer XXXXXXXX: page N of M" (a printed file can be checked for missing
pages: each part also keeps its own numbering), a bookmark for each part, and attached inside
it ``child-file.cse-transfer``: the signed transfer file, encrypted to the same password, which
this app imports with the bundle's own checks.

``attached_file`` takes the transfer file back out. A wrong password, a PDF that holds no
transfer file, and an attachment that is not whole are refused, each with a kind the command
line turns into its exit code (not_for_us 3, bad_input 2, damaged 4).
"""

from __future__ import annotations

import contextlib
import io
import logging
import warnings
from collections.abc import Iterator
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer
from reportlab.platypus import Table as RLTable

from screening_app.domain.referral import Item, Table
from screening_app.domain.transfer_summary import ATTACHMENT_NOTE, TransferSummary
from screening_app.reporting import styles as st
from screening_app.reporting.errors import ExportError
from screening_app.reporting.escalation_pdf import INTRO as ESCALATION_INTRO
from screening_app.reporting.fonts import BOLD, REGULAR, register_primary
from screening_app.reporting.story import Story, column_widths
from screening_app.reporting.templates import Furniture, build_pdf
from screening_app.reporting.text import inline
from screening_app.words import QT_TRANSLATE_NOOP, fill, translate

ATTACHMENT = "child-file.cse-transfer"
TITLE = QT_TRANSLATE_NOOP("Transfer", "Transfer of a child protection file")
FOOTER = QT_TRANSLATE_NOOP("Transfer", "Keep separate from the main pupil file · confirm receipt to the sender")
ESCALATIONS = QT_TRANSLATE_NOOP("Transfer", "Escalations (professional disagreements)")
HALF = st.CONTENT_WIDTH / 2
SIDE_LABEL = 27 * st.mm


class TransferPdfError(ExportError):
    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind  # bad_input, not_for_us, damaged: as a transfer bundle's refusals


@dataclass(frozen=True)
class _Layout:
    """Where each part starts in the whole PDF (1-based pages), once the parts are laid out."""

    front: int  # pages of the summary, chronology and index
    chronology: tuple[int, int]
    assessments: tuple[tuple[int, int], ...]  # each referral's first and last page
    escalations: tuple[int, int] | None

    @classmethod
    def of(cls, front: int, chronology: tuple[int, int], referrals: list[int], escalations: int) -> _Layout:
        spans, at = [], front + 1
        for count in referrals:
            spans.append((at, at + count - 1))
            at += count
        return cls(front, chronology, tuple(spans), (at, at + escalations - 1) if escalations else None)


def pages_words(span: tuple[int, int] | None) -> str:
    if span is None:
        return ""
    first, last = span
    return (fill(translate("Transfer", "page %1"), first) if first == last else
            fill(translate("Transfer", "pages %1\u2013%2"), first, last))


def transfer_pdf(summary: TransferSummary, referrals: list[bytes], attachment: bytes, password: str) -> bytes:
    """The whole readable file: ``referrals`` are the assessments' own PDFs (in ``summary.assessments``'
    order), ``attachment`` the signed transfer file; encrypted AES-256 with ``password``."""
    from pypdf import PdfReader, PdfWriter

    if len(referrals) != len(summary.assessments):
        raise ValueError("one referral for each assessment")
    counts = [len(PdfReader(io.BytesIO(r)).pages) for r in referrals]
    back = _escalations(summary) if summary.escalations else b""
    back_pages = len(PdfReader(io.BytesIO(back)).pages) if back else 0
    front, layout = _front(summary, counts, back_pages)

    writer = PdfWriter()
    parts = [(translate("Transfer", "Transfer summary"), front),
             *((fill(translate("Transfer", "Assessment %1 (%2, %3)"), a.reference, a.level, a.assessed_on), r)
               for a, r in zip(summary.assessments, referrals, strict=True))]
    for _title, part in parts:
        writer.append(PdfReader(io.BytesIO(part)), import_outline=False)
    if back:
        writer.append(PdfReader(io.BytesIO(back)), import_outline=False)
    writer.add_outline_item(title=translate("Transfer", "Transfer summary"), page_number=0)
    writer.add_outline_item(title=translate("Transfer", "Chronology"), page_number=layout.chronology[0] - 1)
    for (title, _part), (first, _last) in zip(parts[1:], layout.assessments, strict=True):
        writer.add_outline_item(title=title, page_number=first - 1)
    if layout.escalations:
        writer.add_outline_item(title=translate("Transfer", "Escalations"), page_number=layout.escalations[0] - 1)
    _stamp(writer, summary.reference)
    writer.page_mode = "/UseOutlines"
    writer.add_metadata({"/Title": translate("Transfer", TITLE), "/Subject": translate("Referral", st.MARKING),
                         "/Creator": "CSE Screening",
                         "/Producer": "CSE Screening"})
    writer.add_attachment(ATTACHMENT, attachment)
    writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _furniture(summary: TransferSummary) -> Furniture:
    # the whole file's "page N of M" is stamped on every page; these parts need no count of their own
    return Furniture(form_line=translate("Transfer", TITLE), reference=summary.reference,
                     footer_note=translate("Transfer", FOOTER), numbered=False)


def _front(summary: TransferSummary, referrals: list[int], escalations: int) -> tuple[bytes, _Layout]:
    """The summary page, the chronology and the index, laid out until the page numbers they print
    are the ones they land on (a second pass is enough unless the numbers change a line break)."""
    layout: _Layout | None = None
    for _attempt in range(4):
        marks: dict[str, int] = {}
        data = build_pdf(TransferStory(summary, layout, marks).flowables(), _furniture(summary), TITLE,
                         "transfer summary")
        found = _Layout.of(marks["end"], (marks["chronology"], marks["chronology_end"]), referrals, escalations)
        if found == layout:
            return data, layout
        layout = found
    raise ExportError("the transfer summary could not be laid out on the page")


def _escalations(summary: TransferSummary) -> bytes:
    story = TransferStory(summary, None, {})
    story.out.append(Paragraph(translate("Transfer", ESCALATIONS), story.s.title))
    story.out.append(story._form(translate("Escalation", ESCALATION_INTRO), story.s.muted))
    for group in summary.escalations:
        story._group(group)
    return build_pdf(story.out, _furniture(summary), translate("Transfer", ESCALATIONS), "escalations")


class _PageMark(Flowable):
    """Records the page it lands on (nothing is drawn)."""

    def __init__(self, marks: dict[str, int], name: str) -> None:
        super().__init__()
        self.marks, self.name = marks, name

    def wrap(self, *_args) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.marks[self.name] = self.canv.getPageNumber()


class TransferStory(Story):
    def __init__(self, summary: TransferSummary, layout: _Layout | None, marks: dict[str, int]) -> None:
        super().__init__()
        self.summary, self.layout, self.marks = summary, layout, marks
        self.side = ParagraphStyle("side", parent=self.s.body, fontSize=9, leading=11.5)
        self.section = ParagraphStyle("section", parent=self.s.h1, fontSize=11, leading=14, spaceBefore=8,
                                      spaceAfter=3)
        self.bullet = ParagraphStyle("bullet", parent=self.side, leftIndent=9, bulletIndent=0, spaceAfter=1.5)

    def flowables(self) -> list:
        s = self.summary
        self.out.append(Paragraph(translate("Transfer", TITLE), self.s.title))
        self.out.append(Paragraph(fill(translate("Transfer", "For the designated safeguarding lead of the school or "
                                                             "college %1 is moving to. Read this page first."),
                                       _b(s.child_name)), self.s.muted))
        self.out.append(Spacer(1, 5))
        self.out.append(self._side_by_side((translate("Transfer", "The child"), s.child),
                                           (translate("Transfer", "Sent by"), s.sender)))
        self.out.append(Spacer(1, 8))
        self.out.append(self._receipt())
        self._latest()
        self._section(translate("Transfer", "Open escalations"))
        self._bullets(s.open_escalations or (translate("Transfer", "None open."),))
        self._section(translate("Transfer", "In this file"))
        self._contents()
        self._section(translate("Transfer", "For the receiving school (KCSIE)"))
        self._bullets(s.kcsie)
        self.out.append(_PageMark(self.marks, "summary_end"))
        self.out.append(PageBreak())

        self.out.append(_PageMark(self.marks, "chronology"))
        if s.chronology.rows:
            self._table(s.chronology, _chronology_widths(s.chronology))
        else:
            self._heading(s.chronology.title)
            self.out.append(self._form(translate("Transfer", "No chronology entries were recorded."), self.s.body))
        self.out.append(_PageMark(self.marks, "chronology_end"))
        self._index()
        self.out.append(_PageMark(self.marks, "end"))
        return self.out

    # ------------------------------------------------------------ the summary page

    def _section(self, title: str) -> None:
        self.out.append(self._form(title, self.section))
        self.out[-1].keepWithNext = 1

    def _bullets(self, lines: tuple[str, ...], where: str = "summary") -> None:
        self.out.extend(Paragraph(inline(line, where), self.bullet, bulletText="\u2022") for line in lines)

    def _side_by_side(self, *groups: tuple[str, tuple[Item, ...]]) -> RLTable:
        cells = []
        for title, items in groups:
            rows = [[Paragraph(inline(i.label, "form"), self.s.label), Paragraph(inline(i.value, i.where), self.side)]
                    for i in items]
            table = RLTable(rows, colWidths=[SIDE_LABEL, HALF - SIDE_LABEL - 8], style=st.KEY_VALUE, hAlign="LEFT")
            cells.append([self._form(title, self.section), table])
        return RLTable([cells], colWidths=[HALF, HALF], hAlign="LEFT",
                       style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (0, -1), 8), ("RIGHTPADDING", (1, 0), (1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])

    def _receipt(self) -> KeepTogether:
        s = self.summary
        code = ParagraphStyle("receipt", parent=self.s.body, fontName=BOLD, fontSize=22, leading=27)
        rows = [[Paragraph(translate("Transfer", "Receipt code"), self.s.label)],
                [Paragraph(s.receipt_code, code)],  # the code's alphabet needs no escaping
                [Paragraph(inline(s.how_to_confirm, "summary"), self.side)]]
        style = [("BACKGROUND", (0, 0), (-1, -1), st.SHADE), ("BOX", (0, 0), (-1, -1), 1.2, st.INK),
                 ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                 ("TOPPADDING", (0, 0), (0, 0), 7), ("TOPPADDING", (0, 1), (-1, -1), 1),
                 ("BOTTOMPADDING", (0, -1), (-1, -1), 8)]
        return KeepTogether(RLTable(rows, colWidths=[st.CONTENT_WIDTH], style=style))

    def _latest(self) -> None:
        s = self.summary
        self._section(translate("Transfer", "The latest assessment"))
        if not s.assessments:
            self.out.append(self._form(translate("Transfer", "No assessment was completed."), self.side))
            return
        fill = colors.HexColor(s.level_colour or "#555555")
        word = ParagraphStyle("level", parent=self.s.level_word, fontSize=15, leading=18)
        details = " · ".join(f"{i.label}: {i.value}" for i in s.latest[1:])  # the first is the level, the chip
        chip = RLTable([[Paragraph(inline(s.level.upper() or "-", "form"), word),
                         Paragraph(inline(details, "summary"), self.side)]],
                       colWidths=[32 * st.mm, st.CONTENT_WIDTH - 32 * st.mm], hAlign="LEFT",
                       style=[("BACKGROUND", (0, 0), (0, 0), fill), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("LEFTPADDING", (0, 0), (0, 0), 7), ("LEFTPADDING", (1, 0), (1, 0), 8),
                              ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)])
        self.out.append(chip)
        if s.reasons:
            why = ParagraphStyle("why", parent=self.side, spaceBefore=4, spaceAfter=1, keepWithNext=1)
            self.out.append(Paragraph("<b>" + translate("Transfer", "Why this level") + "</b>", why))
            self._bullets(s.reasons, "reasons")

    def _contents(self) -> None:
        s, layout = self.summary, self.layout
        chronology, assessments, escalations = s.counts
        spans = layout.assessments if layout else ()
        rows = [(chronology, translate("Transfer", "dated facts and who says so, oldest first; an index of the "
                                                   "assessments"),
                 pages_words(layout.chronology) if layout else ""),
                (assessments, translate("Transfer", "each in full, as its referral"),
                 pages_words((spans[0][0], spans[-1][1])) if spans else ""),
                (escalations, translate("Transfer", "disagreements with other agencies' decisions, and their outcome"),
                 pages_words(layout.escalations) if layout else "")]
        table = RLTable([[Paragraph(f"<b>{a}</b>", self.side), Paragraph(b, self.side), Paragraph(c, self.side)]
                         for a, b, c in rows], colWidths=[56 * st.mm, 94 * st.mm, st.CONTENT_WIDTH - 150 * st.mm],
                        hAlign="LEFT", style=st.KEY_VALUE)
        self.out.append(table)
        note = fill(translate("Transfer", "Transfer %1. %2"), s.transfer, translate("Transfer", ATTACHMENT_NOTE))
        self.out.append(Paragraph(inline(note, "form"), ParagraphStyle(
            "note", parent=self.s.muted, spaceBefore=3)))

    # ------------------------------------------------------------ after the summary

    def _index(self) -> None:
        s = self.summary
        spans = self.layout.assessments if self.layout else ((0, 0),) * len(s.assessments)
        heads = (translate("Transfer", "Reference"), translate("Transfer", "Assessed on"),
                 translate("Transfer", "Level"), translate("Transfer", "Versions"), translate("Transfer", "Pages"))
        rows = tuple((Item(heads[0], a.reference), Item(heads[1], a.assessed_on), Item(heads[2], a.level),
                      Item(heads[3], a.versions, "assessment.versions"),
                      Item(heads[4], pages_words(span) if self.layout else ""))
                     for a, span in zip(s.assessments, spans, strict=True))
        table = Table("assessments", translate("Transfer", "Assessments in this file (each follows in full)"), "",
                      heads, rows)
        if rows:
            widths = [32 * st.mm, 34 * st.mm, 18 * st.mm, 0, 24 * st.mm]
            widths[3] = st.CONTENT_WIDTH - sum(widths)
            self._table(table, widths)
        else:
            self._heading(table.title)
            self.out.append(self._form(translate("Transfer", "No assessment was completed."), self.s.body))


def _chronology_widths(table: Table) -> list[float]:
    widths = column_widths(table)
    fixed = [24 * st.mm, 0, 44 * st.mm, 30 * st.mm if any(r[3].value for r in table.rows) else 16 * st.mm]
    fixed[1] = st.CONTENT_WIDTH - sum(fixed)
    return fixed if fixed[1] > 60 * st.mm else widths


def _b(text: str) -> str:
    return f"<b>{inline(text, 'child.name')}</b>"


def _stamp(writer, reference: str) -> None:
    """Every page of the whole file: "Transfer XXXXXXXX: page N of M", on the marking's line."""
    from pypdf import PdfReader

    total = len(writer.pages)
    register_primary()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=st.PAGE_SIZE, invariant=1)
    for number in range(1, total + 1):
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(st.MUTED)
        canvas.drawRightString(st.PAGE_SIZE[0] - st.MARGIN_X, 9 * st.mm,
                               fill(translate("Transfer", "Transfer %1: page %2 of %3"), reference, number, total))
        canvas.showPage()
    canvas.save()
    overlay = PdfReader(io.BytesIO(buffer.getvalue()))
    for page, stamp in zip(writer.pages, overlay.pages, strict=True):
        page.merge_page(stamp)
        # pypdf (7.1) writes a merged page's new content stream empty once the file is encrypted;
        # compressed, the page has one content stream of its own that survives (a test checks)
        page.compress_content_streams()


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """pypdf reports what it repairs as log lines and warnings; a refusal is one line on stderr."""
    logger = logging.getLogger("pypdf")
    level, logger.level = logger.level, logging.CRITICAL + 1
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def attached_file(data: bytes, password: str, magic: bytes) -> bytes:
    """The transfer file inside a transfer PDF. ``magic``: how a whole transfer file starts; a file
    inside that does not start so was changed (the PDF's AES has no check of its own)."""
    from pypdf import PdfReader

    with _quiet():
        try:
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(password):
                raise TransferPdfError("the password does not open this PDF", "not_for_us")
            found = reader.attachments.get(ATTACHMENT)
            inside = bytes(found[0]) if found else None
        except TransferPdfError:
            raise
        except Exception as exc:  # pypdf raises many kinds on a changed file: each is a refusal
            raise TransferPdfError(f"the PDF cannot be read ({type(exc).__name__}); it was refused",
                                   "damaged") from None
    # The file's structure (names, not strings) is not encrypted: a PDF with attached files but not
    # this one is a transfer PDF whose attachment was changed (or not a transfer PDF at all)
    if inside is None and b"/EmbeddedFiles" in data:
        raise TransferPdfError("the transfer file inside this PDF cannot be read: the PDF has been changed or "
                               "damaged (or it is not a transfer PDF); it was refused", "damaged")
    if inside is None:
        raise TransferPdfError("this PDF holds no transfer file (a referral PDF is read, not imported)", "bad_input")
    if not inside.startswith(magic):
        raise TransferPdfError("the transfer file inside this PDF has been changed or damaged; it was refused",
                               "damaged")
    return inside
