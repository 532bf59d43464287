"""What every printed document shares: the layout builders (headings,
label/value rows, blocks that flow over pages, tables with repeated header
rows, signature lines) over the escaped, font-chosen text of ``text``.

The referral and the escalation summary are stories built from these.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether
from reportlab.platypus import Table as RLTable

from screening_app.domain.referral import Group, Item, Table
from screening_app.reporting import styles as st
from screening_app.reporting.flowables import Para
from screening_app.reporting.fonts import BOLD, REGULAR, SHAPED, register_primary
from screening_app.reporting.rtl import BidiParagraph
from screening_app.reporting.text import BidiText, blocks, inline, plain

LABEL_WIDTH = 48 * st.mm
LONG_VALUE = 160
LONG_CELL = 400
CELL_PADDING = 10
MAX_MIN_COLUMN = 30 * st.mm
SHOWN_INTROS = ("consent",)
BLOCK_GROUPS = ("analysis", "actions")
HEADING_ROOM = 35 * st.mm
GRID_LINES = 5  # a short value of a few lines (an address) stays in the label/value grid


def fitting(text: str, font: str, size: float, width: float) -> str | None:
    """The text as a plain string when it fits on one line of the width; None otherwise."""
    value = plain(text)
    if value is None or stringWidth(value, font, size) > width:
        return None
    return value


_SHAPED_FACES = tuple(f'face="{name}"' for name in sorted(SHAPED))


def para(markup_text: str, style: ParagraphStyle) -> Para:
    """A paragraph, shaped (uharfbuzz) only when it holds a script that needs it: shaping is slow."""
    if 'face="' in markup_text and any(face in markup_text for face in _SHAPED_FACES):
        style = ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)
    return Para(markup_text, style)


class Story:
    """A list of flowables being built, with the shared layout builders."""

    def __init__(self) -> None:
        register_primary()  # measuring text needs the fonts registered
        self.s = st.make_styles()
        self.out: list = []

    # ------------------------------------------------------------ helpers

    def _form(self, text: str, style) -> Para:
        """Form-pack text (labels, titles): escaped like user text."""
        return Para(inline(text, "form"), style)

    def _paras(self, text: str, style, where: str) -> list[Flowable]:
        out = [BidiParagraph(b, style) if isinstance(b, BidiText) else para(b, style) for b in blocks(text, where)]
        return out or [Para("", style)]

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
        self.out[-1].keepWithNext = 1
        self.out.extend(self._paras(item.value, self.s.body, item.where))

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
            if not as_blocks and len(item.value) <= LONG_VALUE and item.value.count("\n") < GRID_LINES:
                short.append(item)
                continue
            self._key_values(tuple(short))
            short = []
            self._block(item)
        self._key_values(tuple(short))

    def _table(self, table: Table, widths: list[float] | None = None) -> None:
        """``widths``: the columns' own, when a story knows its table better than ``column_widths``."""
        self._heading(table.title)
        self.out[-1].keepWithNext = 1  # never a heading alone at the foot of a page
        head = [self._form(c, self.s.cell_head) for c in table.columns]
        overflow: list[Item] = []
        widths = widths or column_widths(table)
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

    def _signatures(self, signers: tuple[str, ...] = ("Referrer", "DSL or manager")) -> None:
        line = "_" * 28
        rows = [
            [
                Para(f"<b>{who}</b>", self.s.body),
                Para(f"Signature {line}", self.s.body),
                Para(f"Date {'_' * 14}", self.s.body),
            ]
            for who in signers
        ]
        names = [[Para(f"Name {'_' * 30}", self.s.body), "", ""] for _ in rows]
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
