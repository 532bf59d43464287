"""Right-to-left text that wraps over lines reads in the right order (UAX #9: lines broken in
logical order, then each line's runs put in display order), in left-to-right paragraphs that
quote Arabic or Hebrew and in right-to-left paragraphs that hold English names and numbers.

Checked on the rendered PDF with word boxes from ``pdftotext -bbox`` (poppler): which line a
word is on, and where on the line.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from html import unescape
from io import BytesIO

import pytest
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Table

from screening_app.reporting.rtl import BidiParagraph, break_lines
from screening_app.reporting.story import Story
from screening_app.reporting.styles import GRID
from screening_app.reporting.text import BidiText, blocks

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")

# Every word different, so each can be found on the page.
ARABIC = "ذهبت إلى السوق مع صديقتي الكبيرة ثم ركبنا السيارة الحمراء برفقة رجل غريب وقال لي لا تخبري أحدا"
HEBREW = "הלכתי לשוק עם החברה שלי ואז נסענו במכונית אדומה בלי לספר לאמא שלנו כלום"
ENGLISH = "Mr Jonathan Alexander Whitfield-Brown"
WIDTH = 60 * mm


def render(text: str, style: str = "body", width: float = WIDTH) -> bytes:
    story = Story()
    out = BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=(width + 20, 250 * mm),
        leftMargin=10,
        rightMargin=10,
        topMargin=10,
        bottomMargin=10,
        invariant=1,
    )
    doc.build(story._paras(text, getattr(story.s, style), "test.note"))
    return out.getvalue()


def boxes(pdf: bytes) -> list[tuple[int, float, float, str]]:
    """(line number, left x, right x, text) of every word, lines numbered from the top of the page."""
    xml = subprocess.run(["pdftotext", "-bbox", "-", "-"], input=pdf, capture_output=True, check=True).stdout
    found = []
    for x0, y0, x1, y1, text in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', xml.decode()
    ):
        found.append(((float(y0) + float(y1)) / 2, float(x0), float(x1), unicodedata.normalize("NFKC", unescape(text))))
    found.sort()
    out, line, last = [], -1, None
    for middle, x0, x1, text in found:
        if last is None or middle - last > 4:  # fonts differ in height: words of one line sit within ~1 pt
            line += 1
        last = middle
        out.append((line, x0, x1, text))
    return out


def place(words: list[tuple[int, float, float, str]], word: str) -> tuple[int, float]:
    """(line, middle x) of a word; poppler gives right-to-left words with their letters in display order."""
    hits = [(line, (x0 + x1) / 2) for line, x0, x1, text in words if text.strip(".:,") in (word, word[::-1])]
    assert len(hits) == 1, (word, hits)
    return hits[0]


def assert_reads_in_order(words, sentence: str, right_to_left: bool) -> list[int]:
    """Each word on the same line as the one before it or a later line; on one line, further along
    in the reading direction. Returns the lines the sentence is on."""
    placed = [place(words, w) for w in sentence.split()]
    for (line_a, x_a), (line_b, x_b), word in zip(placed, placed[1:], sentence.split()[1:], strict=False):
        assert line_b >= line_a, f"{word!r} is on a line above the word before it"
        if line_b == line_a:
            assert (x_b < x_a) if right_to_left else (x_b > x_a), f"{word!r} is on the wrong side of the word before it"
    return sorted({line for line, _ in placed})


@needs_poppler
@pytest.mark.parametrize("quoted", [ARABIC, HEBREW], ids=["arabic", "hebrew"])
def test_a_quoted_right_to_left_sentence_wrapping_in_english_text_reads_top_line_first(quoted):
    pdf = render(f"She said: {quoted} and then she left the room.")
    words = boxes(pdf)
    lines = assert_reads_in_order(words, quoted, right_to_left=True)
    assert len(lines) >= 2, "the test needs the quoted sentence to wrap"
    first_line, said = place(words, "said")
    assert first_line == lines[0] == 0
    # English before the quote is at the left of the top line, English after it right of the last line's quote.
    assert all(x > said for line, x in map(lambda w: place(words, w), quoted.split()) if line == 0)
    then_line, then_x = place(words, "then")
    assert then_line in (lines[-1], lines[-1] + 1)
    assert all(x < then_x for line, x in map(lambda w: place(words, w), quoted.split()) if line == then_line)
    assert_reads_in_order(words, "and then she left the room", right_to_left=False)


@needs_poppler
def test_layout_text_has_the_start_of_the_quote_on_the_first_line():
    """What a reader copying the page gets: poppler's own per-line text (logical order per line)."""
    out = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=render(f"She said: {ARABIC} and then she left."), capture_output=True
    ).stdout
    lines = [unicodedata.normalize("NFKC", line) for line in out.decode().splitlines() if line.strip()]
    first, *_, last = ARABIC.split()
    assert first in lines[0] and "She said" in lines[0]
    assert last not in lines[0]
    assert last in lines[-2] + lines[-1]


@needs_poppler
def test_english_name_wrapping_in_a_right_to_left_paragraph_reads_in_order():
    text = f"{ARABIC} {ENGLISH} 12 {HEBREW}"
    words = boxes(render(text))
    assert place(words, "ذهبت")[0] == 0
    assert_reads_in_order(words, ARABIC, right_to_left=True)
    assert_reads_in_order(words, HEBREW, right_to_left=True)
    english = assert_reads_in_order(words, ENGLISH, right_to_left=False)
    assert place(words, "ذهبت")[0] <= english[0] <= place(words, "הלכתי")[0]
    # Right-aligned: every line ends at the right edge of the frame (page less margin and frame padding).
    by_line: dict[int, float] = {}
    for line, _, x1, _ in words:
        by_line[line] = max(by_line.get(line, 0.0), x1)
    right_edge = WIDTH + 20 - 10 - 6
    assert all(abs(x1 - right_edge) < 0.5 for x1 in by_line.values())


@needs_poppler
def test_a_narrow_italic_quote_reads_in_order():
    words = boxes(render(f"She said: {ARABIC} and then she left.", style="quote", width=45 * mm))
    assert len(assert_reads_in_order(words, ARABIC, right_to_left=True)) >= 3


@needs_poppler
def test_a_table_cell_reads_in_order():
    story = Story()
    cell = story._paras(f"She said: {ARABIC} and then she left.", story.s.cell, "test.cell")
    out = BytesIO()
    doc = SimpleDocTemplate(out, pagesize=(200 * mm, 120 * mm), leftMargin=10, topMargin=10, invariant=1)
    doc.build([Table([["Entry 1", cell]], colWidths=[30 * mm, 40 * mm], style=GRID)])
    words = boxes(out.getvalue())
    assert len(assert_reads_in_order(words, ARABIC, right_to_left=True)) >= 3
    assert place(words, "ذهبت")[0] == place(words, "said")[0]


def test_lines_are_broken_in_logical_order_and_never_wider_than_the_frame():
    story = Story()
    para = BidiParagraph(BidiText(f"She said: {ARABIC} and then she left.", "f", "L"), story.s.body)
    para.wrap(WIDTH, 1000)
    inner = para._paragraph(WIDTH)
    # reportlab set exactly the lines given: it never broke one again (that would undo the order).
    assert len(inner.blPara.lines) == len(para._lines) >= 2
    assert unicodedata.normalize("NFKC", para._lines[0]).startswith("She said: ذهبت")


def test_a_right_to_left_word_longer_than_the_line_is_cut_in_reading_order():
    word = "ب" * 80
    lines = break_lines(f"كلمة {word} نهاية", 40 * mm, 9.5, "DejaVuSans")
    assert lines[0] == "كلمة"
    assert "".join(lines[1:-1]) + lines[-1].removesuffix(" نهاية") == word
    assert len(lines) >= 3


def test_blocks_keep_right_to_left_text_in_logical_order_with_the_base_direction():
    assert blocks("Plain English <b>", "f") == ["Plain English &lt;b&gt;"]
    assert blocks(f"She said: {HEBREW}", "f") == [BidiText(f"She said: {HEBREW}", "f", "L")]
    assert blocks(f"{HEBREW} OK", "f") == [BidiText(f"{HEBREW} OK", "f", "R")]
    # A long paragraph is cut into chunks; every chunk keeps the paragraph's direction.
    long = blocks(f"{HEBREW} " + "English words only. " * 200, "f")
    assert len(long) > 1 and all(isinstance(b, BidiText) and b.base == "R" for b in long)


def test_markup_in_mixed_direction_text_is_escaped():
    story = Story()
    para = BidiParagraph(BidiText(f'<b>x</b> <img src="/etc/passwd"/> & {ARABIC}', "f", "L"), story.s.body)
    para.wrap(WIDTH, 1000)
    text = para._paragraph(WIDTH).text
    assert "&lt;b&gt;x&lt;/b&gt;" in text and "&lt;img" in text and "&amp;" in text
    assert "<b>" not in text and "<img" not in text


def test_mixed_direction_output_is_byte_stable():
    text = f"She said: {ARABIC} and then she left.\n{ARABIC} {ENGLISH} 12 {HEBREW}"
    assert render(text) == render(text)


def test_south_asian_text_in_notes_is_shaped_and_right_to_left_text_never_is():
    """reportlab's shaping (uharfbuzz) would reverse right-to-left words already in display order."""
    story = Story()
    (hindi,) = story._paras("Notes: प्रिया said so", story.s.body, "f")
    assert hindi.style.shaping == 1
    (mixed,) = story._paras(f"प्रिया: {HEBREW}", story.s.body, "f")
    mixed.wrap(WIDTH, 1000)
    assert not mixed._paragraph(WIDTH).style.shaping


@needs_poppler
def test_arabic_vowel_marks_are_kept():
    """arabic-reshaper deletes harakat by default; a child's quoted words must print as written."""
    marks = "\u064e\u064f\u0650\u0651\u0652"  # fatha, damma, kasra, shadda, sukun
    pdf = render("She said: كَتَبَ الوَلَدُ الدَّرْسَ بِهُدُوْءٍ and left.")
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    for mark in marks:
        assert mark in text, f"U+{ord(mark):04X} lost"
