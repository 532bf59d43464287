"""The render's shortcuts give what reportlab's own paths give: the same runs of text, the same
lines, the same subset codes. (How fast they are is for bench/pdf.py, never a test.)"""

from __future__ import annotations

import random

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph

from screening_app.reporting import styles as st
from screening_app.reporting.flowables import Para
from screening_app.reporting.fonts import BOLD, REGULAR, register_primary

TEXTS = [
    "Seen at the address with two adults.",
    "  spaces   inside\nand a line break  ",
    "",
    "   ",
    "Zoë, Łukasz and Ümit \u2013 invented names",
    "a & b < c",  # markup characters: parsed as before
    "<b>Bold</b> then plain",
    "no\u00a0break space",
    "\ttab\x0bvertical tab\r\nCRLF\x1cfile separator ",  # every ASCII whitespace reportlab knows
    "zero\u200bwidth space",  # whitespace to reportlab, not to Python
]


@pytest.fixture(scope="module")
def styles() -> st.Styles:
    register_primary()
    return st.make_styles()


@pytest.mark.parametrize("text", TEXTS)
def test_para_has_the_runs_reportlab_parses(styles: st.Styles, text: str) -> None:
    for style in (styles.body, styles.quote, styles.cell_head, styles.muted):
        ours, theirs = Para(text, style), Paragraph(text, style)
        assert [f.__dict__ for f in ours.frags] == [f.__dict__ for f in theirs.frags]
        assert ours.getPlainText() == theirs.getPlainText()


def test_para_breaks_lines_again_when_the_width_changes(styles: st.Styles) -> None:
    text = "Invented chronology entry: seen at the address with two adults. " * 8
    ours, theirs = Para(text, styles.body), Paragraph(text, styles.body)
    for width in (400, 400, 150, 400, 3, 150):
        assert ours.wrap(width, 1000) == theirs.wrap(width, 1000)
        if width > 3:
            assert ours.blPara.lines == theirs.blPara.lines


def test_para_split_then_wrap_breaks_again(styles: st.Styles) -> None:
    text = "Invented chronology entry: seen at the address with two adults. " * 8
    ours = Para(text, styles.body)
    ours.wrap(200, 1000)
    assert ours.split(200, 5) == []  # no room for even two lines: reportlab drops the lines
    assert ours.wrap(200, 1000) == Paragraph(text, styles.body).wrap(200, 1000)


class _Doc:
    pass


@pytest.mark.parametrize("font", [REGULAR, BOLD])
def test_subset_codes_match_reportlab(font: str) -> None:
    register_primary()
    ours = pdfmetrics.getFont(font)
    strings = ["Referral for an invented child", "Referral again", "", "é and ü", "no\u00a0break", "\u4e2d", "Ωμέγα"]
    strings += ["".join(chr(c) for c in range(0x100, 0x200))]  # beyond one subset of 256 codes
    doc_ours, doc_theirs = _Doc(), _Doc()  # the subset state is kept per document
    for text in strings + strings:
        assert ours.splitString(text, doc_ours) == TTFont.splitString(ours, text, doc_theirs)


def test_plain_lines_are_reportlabs_lines(styles: st.Styles) -> None:
    rng = random.Random(18)
    vocabulary = ["a", "to", "the", "adult", "address", "invented", "chronology,", "Zoë", "Łódź", "—", "12:30"]
    vocabulary.append("x" * 40)  # wider than some lines: reportlab cuts it
    for _ in range(300):
        text = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(0, 60)))
        style = rng.choice([styles.body, styles.cell, styles.quote, styles.h1])
        widths = [rng.uniform(40, 480), rng.uniform(40, 480)]
        ours, theirs = Para(text, style), Paragraph(text, style)
        mine, reportlabs = ours.breakLines(list(widths)), theirs.breakLines(list(widths))
        assert mine.lines == reportlabs.lines, (text, widths)
        for key in ("kind", "ascent", "descent", "fontSize", "fontName", "textColor"):
            assert getattr(mine, key) == getattr(reportlabs, key), key
        assert ours._width_max == theirs._width_max
