"""The referral's look: page size, margins, colours, paragraph and table styles.

Kept apart from content (``referral_pdf``) and page furniture (``templates``)
so a partnership can restyle the document without touching either.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from screening_app.reporting.fonts import BOLD, ITALIC, REGULAR
from screening_app.words import QT_TRANSLATE_NOOP

PAGE_SIZE = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X

INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9A9A9A")
SHADE = colors.HexColor("#EEF1F4")
HEADER_FILL = colors.HexColor("#DDE3EA")
FLAG_FILL = colors.HexColor("#FFF4D6")
FLAG_EDGE = colors.HexColor("#8A5A00")
MARKING = QT_TRANSLATE_NOOP("Referral", "OFFICIAL-SENSITIVE")  # Welsh: SWYDDOGOL-SENSITIF (words.translate)


def _style(name: str, **kw) -> ParagraphStyle:
    base = {"fontName": REGULAR, "fontSize": 9.5, "leading": 12.5, "textColor": INK, "alignment": TA_LEFT}
    base.update(kw)
    return ParagraphStyle(name, **base)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    title: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    level_word: ParagraphStyle
    level_meaning: ParagraphStyle
    flag_title: ParagraphStyle
    quote: ParagraphStyle
    draft: ParagraphStyle


def make_styles() -> Styles:
    return Styles(
        body=_style("body"),
        small=_style("small", fontSize=8, leading=10),
        muted=_style("muted", fontSize=8.5, leading=11, textColor=MUTED),
        label=_style("label", fontName=BOLD, fontSize=8.5, leading=11, textColor=MUTED),
        cell=_style("cell", fontSize=8.5, leading=11),
        cell_head=_style("cell_head", fontName=BOLD, fontSize=8.5, leading=11),
        title=_style("title", fontName=BOLD, fontSize=16, leading=20, spaceAfter=2),
        h1=_style("h1", fontName=BOLD, fontSize=12.5, leading=16, spaceBefore=12, spaceAfter=5),
        h2=_style("h2", fontName=BOLD, fontSize=10, leading=13, spaceBefore=7, spaceAfter=3, keepWithNext=1),
        level_word=_style("level_word", fontName=BOLD, fontSize=26, leading=30, textColor=colors.white),
        level_meaning=_style("level_meaning", fontSize=10.5, leading=14, textColor=colors.white),
        flag_title=_style("flag_title", fontName=BOLD, fontSize=10.5, leading=14),
        quote=_style("quote", fontName=ITALIC, leftIndent=8),
        draft=_style("draft", fontName=BOLD, fontSize=11, leading=14, alignment=TA_CENTER, textColor=colors.white),
    )


GRID = [
    ("GRID", (0, 0), (-1, -1), 0.4, RULE),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]
CELL_FONT = (REGULAR, 8.5, 11)
VALUE_FONT = (REGULAR, 9.5, 12.5)
HEADED_GRID = [
    *GRID,
    ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
    # cells given as plain strings (short, one line) are drawn in the cell style
    ("FONT", (0, 1), (-1, -1), CELL_FONT[0], CELL_FONT[1], CELL_FONT[2]),
]
KEY_VALUE = [
    ("FONT", (0, 0), (0, -1), BOLD, 8.5, 11),
    ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
    ("FONT", (1, 0), (1, -1), VALUE_FONT[0], VALUE_FONT[1], VALUE_FONT[2]),
    ("TEXTCOLOR", (1, 0), (1, -1), INK),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 6),
    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ("LINEBELOW", (0, 0), (-1, -1), 0.25, SHADE),
]
