"""The referral PDF: lays out a ``Referral`` view-model with reportlab Platypus.

Content only: styles live in ``styles``, page furniture in ``templates``,
and every user string becomes markup through ``text`` (escaped, fonts
chosen, long text cut). ``render_referral`` returns bytes for an in-app
preview; ``write_pdf_atomically`` saves them; ``protect_pdf`` adds an
AES-256 password for a file to be emailed.
"""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer
from reportlab.platypus import Table as RLTable
from reportlab.platypus.doctemplate import LayoutError

from screening_app.domain.referral import Group, IndicatorLine, Item, Referral, Table
from screening_app.reporting import styles as st
from screening_app.reporting.errors import ExportError
from screening_app.reporting.fonts import BOLD, REGULAR, SHAPED, register_primary
from screening_app.reporting.rtl import RtlParagraph
from screening_app.reporting.templates import Furniture, make_document
from screening_app.reporting.text import RightToLeft, blocks, inline, markup, plain

LABEL_WIDTH = 48 * st.mm
LONG_VALUE = 160
LONG_CELL = 400
CELL_PADDING = 10
MAX_MIN_COLUMN = 30 * st.mm
SHOWN_INTROS = ("consent",)
BLOCK_GROUPS = ("analysis", "actions")
HEADING_ROOM = 35 * st.mm


def render_referral(view: Referral) -> bytes:
    """The referral as PDF bytes (nothing touches the disk)."""
    buffer = io.BytesIO()
    furniture = Furniture(
        form_line=f"{view.form_title}, version {view.form_version}",
        reference=view.reference,
        footer_note=f"Record {view.fingerprint} · generated {view.generated_at}",
        draft=view.status != "completed",
    )
    doc, canvasmaker = make_document(buffer, furniture, title=f"Referral {view.reference}")
    try:
        doc.build(ReferralStory(view).flowables(), canvasmaker=canvasmaker)
    except LayoutError as exc:
        raise ExportError("the referral could not be laid out on the page") from exc
    return buffer.getvalue()


def fitting(text: str, font: str, size: float, width: float) -> str | None:
    """The text as a plain string when it fits on one line of the width; None otherwise."""
    value = plain(text)
    if value is None or stringWidth(value, font, size) > width:
        return None
    return value


_SHAPED_FACES = tuple(f'face="{name}"' for name in sorted(SHAPED))


def para(markup_text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph, shaped (uharfbuzz) only when it holds a script that needs it: shaping is slow."""
    if any(face in markup_text for face in _SHAPED_FACES):
        style = ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)
    return Paragraph(markup_text, style)


class ReferralStory:
    """Builds the flowables of one referral, section by section."""

    def __init__(self, view: Referral) -> None:
        register_primary()  # measuring text needs the fonts registered
        self.view = view
        self.s = st.make_styles()
        self.out: list = []

    def flowables(self) -> list:
        for part in (self._front, self._indicators, self._reasons, self._gaps, self._protective, self._voice):
            part()
        for detail in self.view.details:
            self._table(detail) if isinstance(detail, Table) else self._group(detail)
        self._reflective()
        self._signatures()
        return self.out

    # ------------------------------------------------------------ helpers

    def _form(self, text: str, style) -> Paragraph:
        """Form-pack text (labels, titles): escaped like user text."""
        return Paragraph(inline(text, "form"), style)

    def _paras(self, text: str, style, where: str) -> list[Flowable]:
        out = [
            RtlParagraph(b, style) if isinstance(b, RightToLeft) else Paragraph(b, style) for b in blocks(text, where)
        ]
        return out or [Paragraph("", style)]

    def _heading(self, text: str) -> None:
        self.out.append(CondPageBreak(HEADING_ROOM))
        self.out.append(self._form(text, self.s.h1))

    def _key_values(self, items: tuple[Item, ...]) -> None:
        value_width = st.CONTENT_WIDTH - LABEL_WIDTH - 6
        rows = [
            [
                fitting(i.label, BOLD, 8.5, LABEL_WIDTH - 6) or self._form(i.label, self.s.label),
                fitting(i.value, *st.VALUE_FONT[:2], value_width) or self._paras(i.value, self.s.body, i.where),
            ]
            for i in items
        ]
        if rows:
            widths = [LABEL_WIDTH, st.CONTENT_WIDTH - LABEL_WIDTH]
            self.out.append(RLTable(rows, colWidths=widths, style=st.KEY_VALUE, hAlign="LEFT"))

    def _block(self, item: Item) -> None:
        self.out.append(self._form(item.label, self.s.h2))
        self.out.extend(self._paras(item.value, self.s.body, item.where))

    # ---------------------------------------------------------- page one

    def _front(self) -> None:
        v = self.view
        self.out.append(Paragraph(f"Referral: {markup(v.form_title, 'form')}", self.s.title))
        name = inline(v.child_name, "child.name") or "Name not recorded"
        self.out.append(para(f"<b>{name}</b> · assessed on {v.assessed_on}", self.s.body))
        if v.status != "completed":
            self.out.append(self._banner("DRAFT: this assessment has not been completed", colors.HexColor("#444444")))
        self.out.append(Spacer(1, 6))
        self.out.append(self._level_box())
        self._override()
        self.out.append(Spacer(1, 6))
        self.out.append(self._flags_box())
        self._actions()
        self._heading("The child")
        self._items(v.child)
        self._heading("Referrer")
        self._items(v.referrer or (Item("Referrer", "Not recorded"),))

    def _banner(self, text: str, fill) -> RLTable:
        style = [("BACKGROUND", (0, 0), (-1, -1), fill), ("TOPPADDING", (0, 0), (-1, -1), 4)]
        return RLTable([[Paragraph(text, self.s.draft)]], colWidths=[st.CONTENT_WIDTH], style=style)

    def _level_box(self) -> RLTable:
        level = self.view.level
        fill = colors.HexColor(level.colour)
        rows = [
            [Paragraph("FINAL LEVEL", self.s.level_meaning)],
            [self._form(f"{level.label.upper()}", self.s.level_word)],
            [self._form(level.meaning, self.s.level_meaning)],
        ]
        style = [
            ("BACKGROUND", (0, 0), (-1, -1), fill),
            ("BOX", (0, 0), (-1, -1), 2, colors.black),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (0, 0), 8),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 10),
        ]
        return RLTable(rows, colWidths=[st.CONTENT_WIDTH], style=style)

    def _override(self) -> None:
        o = self.view.override
        if o is None:
            return
        self.out.append(Spacer(1, 4))
        text = (
            f"<b>Computed level: {markup(o.computed.label, 'form')}.</b> "
            f"Professional judgement {o.direction} the level to {markup(self.view.level.label, 'form')}."
        )
        self.out.append(Paragraph(text, self.s.body))
        items = [Item("Reason", o.reason, "override.reason")]
        items += [Item("Consulted", o.consulted, "override.consulted")] if o.consulted else []
        items += [Item("Changed by", o.by, "override.by")] if o.by else []
        items += [Item("Changed on", o.at)] if o.at else []
        self._items(tuple(items))

    def _flags_box(self) -> RLTable:
        flags = self.view.flags
        rows = [[Paragraph("STATUTORY FLAGS", self.s.flag_title)]]
        for flag in flags:
            rows.append([Paragraph(f"<b>{markup(flag.title, 'form')}.</b> {markup(flag.text, 'form')}", self.s.body)])
        if not flags:
            rows.append([Paragraph("None raised by this assessment.", self.s.body)])
        edge = 2.5 if flags else 0.75
        style = [
            ("BOX", (0, 0), (-1, -1), edge, st.FLAG_EDGE if flags else st.RULE),
            ("BACKGROUND", (0, 0), (-1, -1), st.FLAG_FILL if flags else colors.white),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ]
        return RLTable(rows, colWidths=[st.CONTENT_WIDTH], style=style)

    def _actions(self) -> None:
        v = self.view
        self._heading("What must happen now")
        for number, action in enumerate(v.actions, start=1):
            self.out.append(Paragraph(f"{number}. {markup(action, 'form')}", self.s.body))
        self.out.append(Paragraph(f"<b>Review by {v.review_date}.</b>", self.s.body))
        if v.no_indicators_text:
            self.out.append(Spacer(1, 4))
            self.out.append(self._form(v.no_indicators_text, self.s.flag_title))

    # ------------------------------------------------------ the evidence

    def _indicators(self) -> None:
        if not self.view.indicators:
            return
        self.out.append(CondPageBreak(60 * st.mm))
        self._heading("Indicators answered yes or possible")
        self.out.append(
            self._form("Evidenced: answered yes. Suspected: answered possible (scored the same).", self.s.muted)
        )
        for section in self.view.indicators:
            self.out.append(self._form(section.title, self.s.h2))
            for line in section.lines:
                self.out.extend(self._indicator(line))

    def _indicator(self, line: IndicatorLine) -> list:
        status = markup(line.status.upper(), "form")
        facts = [f"<b>{status}</b>", markup(line.when, "form") if line.when else "context", line.tier]
        facts.append(f"{line.points} point{'s' if line.points != 1 else ''}")
        head = [self._form(line.label, self.s.cell_head), Paragraph(" · ".join(facts), self.s.muted)]
        notes = self._paras(line.note, self.s.quote, line.where)
        return [KeepTogether([*head, *notes[:1]]), *notes[1:], Spacer(1, 5)]

    def _reasons(self) -> None:
        self._heading("How the level was reached")
        self.out.append(Paragraph(f"Score {self.view.score}.", self.s.body))
        for floor in self.view.floors:
            self.out.append(self._form(f"• Rule: {floor}", self.s.body))

    def _gaps(self) -> None:
        if self.view.not_known:
            self._heading("Not known: gaps to follow up")
            self.out.extend(self._form(f"• {label}", self.s.body) for label in self.view.not_known)

    def _protective(self) -> None:
        self._heading("Protective factors")
        if not self.view.protective:
            self.out.append(Paragraph("None recorded among the indicators.", self.s.muted))
        for item in self.view.protective:
            self.out.append(self._form(item.label, self.s.cell_head))
            self.out.extend(self._paras(item.value, self.s.quote, item.where))

    def _voice(self) -> None:
        self._heading("The child's own words")
        for item in self.view.child_voice:
            if item.where == "child_voice.child_words":
                self.out.extend(self._paras(item.value, self.s.quote, item.where))
            else:
                self._block(item)

    # ------------------------------------------------------- the details

    def _group(self, group: Group) -> None:
        self._heading(group.title)
        if group.id in SHOWN_INTROS and group.intro:
            self.out.append(self._form(group.intro, self.s.muted))
        self._items(group.items, as_blocks=group.id in BLOCK_GROUPS)

    def _items(self, items: tuple[Item, ...], as_blocks: bool = False) -> None:
        """Short values as label/value rows; long ones as blocks that flow over pages."""
        short: list[Item] = []
        for item in items:
            if not as_blocks and len(item.value) <= LONG_VALUE and "\n" not in item.value:
                short.append(item)
                continue
            self._key_values(tuple(short))
            short = []
            self._block(item)
        self._key_values(tuple(short))

    def _table(self, table: Table) -> None:
        self._heading(table.title)
        self.out[-1].keepWithNext = 1  # never a heading alone at the foot of a page
        head = [self._form(c, self.s.cell_head) for c in table.columns]
        overflow: list[Item] = []
        widths = column_widths(table)
        body = [
            [self._cell(cell, number, overflow, width) for cell, width in zip(row, widths, strict=True)]
            for number, row in enumerate(table.rows, 1)
        ]
        self.out.append(RLTable([head, *body], colWidths=widths, repeatRows=1, style=st.HEADED_GRID))
        for item in overflow:
            self._block(item)

    def _cell(self, cell: Item, number: int, overflow: list[Item], width: float) -> str | list[Flowable]:
        """A cell's text; text too long for a cell goes below the table, named in the cell."""
        if len(cell.value) <= LONG_CELL:
            fits = fitting(cell.value, *st.CELL_FONT[:2], width - CELL_PADDING)
            return fits if fits is not None else self._paras(cell.value, self.s.cell, cell.where)
        name = f"{cell.label}, entry {number}"
        overflow.append(Item(name, cell.value, cell.where))
        return [self._form(f"See \u201c{name}\u201d below the table.", self.s.muted)]

    def _reflective(self) -> None:
        if not self.view.reflective:
            return
        self._heading("Reflective questions")
        for item in self.view.reflective:
            self.out.append(self._form(item.label, self.s.cell_head))
            self.out.extend(self._paras(item.value, self.s.body, item.where))
            self.out.append(Spacer(1, 4))

    def _signatures(self) -> None:
        line = "_" * 28
        rows = [
            [
                Paragraph(f"<b>{who}</b>", self.s.body),
                Paragraph(f"Signature {line}", self.s.body),
                Paragraph(f"Date {'_' * 14}", self.s.body),
            ]
            for who in ("Referrer", "DSL or manager")
        ]
        names = [[Paragraph(f"Name {'_' * 30}", self.s.body), "", ""] for _ in rows]
        table = RLTable(
            [rows[0], names[0], rows[1], names[1]],
            colWidths=[45 * st.mm, 75 * st.mm, st.CONTENT_WIDTH - 120 * st.mm],
            style=[("TOPPADDING", (0, 0), (-1, -1), 9), ("SPAN", (0, 1), (-1, 1)), ("SPAN", (0, 3), (-1, 3))],
        )
        self.out.append(KeepTogether([self._form("Signatures", self.s.h1), table]))


def column_widths(table: Table) -> list[float]:
    """Each column at least as wide as its longest word; the rest shared by how much it holds."""
    minimums, weights = [], []
    for index, column in enumerate(table.columns):
        cells = [row[index].value for row in table.rows]
        widest = max(
            [stringWidth(w, BOLD, 8.5) for w in column.split()]
            + [stringWidth(w, REGULAR, 8.5) for c in cells for w in c.split()]
        )
        minimums.append(min(widest + CELL_PADDING, MAX_MIN_COLUMN))
        weights.append(min(max(len(c) for c in cells), LONG_CELL // 4) + 4)
    spare = max(st.CONTENT_WIDTH - sum(minimums), 0)
    widths = [m + spare * w / sum(weights) for m, w in zip(minimums, weights, strict=True)]
    scale = st.CONTENT_WIDTH / sum(widths)
    return [w * scale for w in widths]


# ---------------------------------------------------------------- output


def write_pdf_atomically(path: str | os.PathLike, data: bytes) -> None:
    """Write beside the target, flush to disk, then rename over it: never a half-written file."""
    target = Path(path)
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    _fsync_folder(target.parent)


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def protect_pdf(data: bytes, password: str) -> bytes:
    """The same PDF, encrypted with AES-256 (revision 6): it opens only with the password."""
    from pypdf import PdfReader, PdfWriter

    if not password:
        raise ExportError("password: write a password to protect the file")
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
