"""User text to safe reportlab paragraph markup: nothing a practitioner types can break the PDF.

reportlab's ``Paragraph`` parses markup: ``<b>``, ``<font>``, ``<a href>``,
``<img src>`` (which reads files) and entities. Every user string goes
through ``paragraphs`` or ``inline`` here, which:

- normalise to NFC and remove control and invisible format characters;
- shape Arabic letters and put right-to-left runs in visual order
  (arabic-reshaper and python-bidi; reportlab's own bidi needs a package
  that is not published). A paragraph holding right-to-left text comes
  back from ``blocks`` in logical order (``BidiText``) so ``rtl.BidiParagraph``
  can break its lines first and reorder each line after (UAX #9 L1-L2):
  reordering before breaking puts the end of a wrapped quote on the first line;
- cut long text into paragraphs of at most ``CHUNK`` characters at spaces,
  so a 100 KB note flows over pages instead of raising ``LayoutError``;
- escape ``&``, ``<`` and ``>`` and wrap runs the main font cannot show in
  ``<font face=...>`` with a fallback font, or raise ``UnrenderableTextError``
  naming the field.

Words longer than a line are split by reportlab (``splitLongWords``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display

from screening_app.reporting.errors import UnrenderableTextError
from screening_app.reporting.fonts import REGULAR, font_for, register_primary
from screening_app.reporting.mirror import mirror_brackets

CHUNK = 1500
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_CONTROLS = re.compile("[\x00-\x09\x0b-\x1f\x7f]")
_DROP_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})
_SELECTORS = frozenset(range(0xFE00, 0xFE10)) | frozenset(range(0xE0100, 0xE01F0))
# Emoji skin-tone modifiers: the only font that has them (Symbola) draws each as a patterned swatch
# that reads as a box beside the emoji ("👍▩"); the emoji prints without it. The vault keeps the text
# as typed; only this rendering leaves the modifier out.
_SELECTORS |= frozenset(range(0x1F3FB, 0x1F400))
# arabic-reshaper deletes vowel marks (harakat) by default: that would silently drop part of a
# child's quoted words. Noto Sans Arabic's marks have no advance and sit over the letter before.
_RESHAPER = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})


def clean(text: str) -> str:
    """NFC; line breaks unified; tabs to spaces; control, format and unassigned characters removed."""
    text = _NEWLINES.sub("\n", unicodedata.normalize("NFC", str(text))).replace("\t", " ")
    if text.isascii():
        return "".join(ch for ch in text if ch == "\n" or " " <= ch < "\x7f") if _has_controls(text) else text
    return "".join(ch for ch in text if ch == "\n" or _kept(ch))


def _has_controls(text: str) -> bool:
    return _CONTROLS.search(text) is not None


def _kept(ch: str) -> bool:
    if ord(ch) in _SELECTORS:
        return False
    category = unicodedata.category(ch)
    # Private-use and unassigned characters are kept so the font check names the field.
    return category not in _DROP_CATEGORIES or (category in ("Co", "Cn") and not 0xFFF0 <= ord(ch) <= 0xFFFF)


def shape(text: str) -> str:
    """Arabic letters in their joined forms (presentation forms), still in logical order."""
    return _RESHAPER.reshape(text) if _ARABIC.search(text) else text


def visual(line: str, base: str | None = None) -> str:
    """Right-to-left runs shaped and in display order; other text untouched."""
    if not _RTL.search(line):
        return line
    direction = base or ("R" if starts_right_to_left(line) else "L")
    return mirror_brackets(get_display(shape(line), base_dir=base), direction)


def reorder(line: str, base: str) -> str:
    """One line of already shaped text in display order, in a paragraph of base direction ``base``."""
    return mirror_brackets(get_display(line, base_dir=base), base) if base == "R" or _RTL.search(line) else line


def starts_right_to_left(text: str) -> bool:
    """True when the first letter with a direction is right-to-left (the paragraph's base direction)."""
    if not _RTL.search(text):
        return False
    for ch in text:
        direction = unicodedata.bidirectional(ch)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


@dataclass(frozen=True)
class BidiText:
    """A paragraph holding right-to-left text, kept in logical order: lines are broken first,
    then each is reordered. ``base`` is the paragraph's direction: "R" when its first strong
    letter is right-to-left (set right-aligned), else "L"."""

    text: str
    where: str
    base: str = "R"


def chunks(line: str, size: int = CHUNK) -> list[str]:
    """Cut a long line at spaces into pieces of about ``size`` characters."""
    out = []
    while len(line) > size:
        cut = line.rfind(" ", size // 2, size)
        cut = size if cut < 0 else cut
        out.append(line[:cut].strip())
        line = line[cut:]
    out.append(line.strip())
    return [piece for piece in out if piece]


def markup(text: str, where: str) -> str:
    """Escaped markup for one line of cleaned text, fallback fonts where needed."""
    primary = register_primary()
    if text.isascii() or (set(map(ord, text)) <= primary and not _ARABIC.search(text) and not _RTL.search(text)):
        return escape(text)
    parts: list[str] = []
    for font, run in _runs(text, where):
        parts.append(escape(run) if font == REGULAR else f'<font face="{font}">{escape(run)}</font>')
    return "".join(parts)


def _runs(text: str, where: str) -> list[tuple[str, str]]:
    runs: list[tuple[str, list[str]]] = []
    for ch in text:
        font = runs[-1][0] if ch == " " and runs else font_for(ord(ch))
        if font is None:
            raise UnrenderableTextError(where, ord(ch))
        if runs and runs[-1][0] == font:
            runs[-1][1].append(ch)
        else:
            runs.append((font, [ch]))
    return [(font, "".join(chars)) for font, chars in runs]


def paragraphs(text: str | None, where: str) -> list[str]:
    """Markup for each paragraph of a user text (one per line, long lines cut)."""
    out = []
    for line in clean(text or "").split("\n"):
        out.extend(markup(visual(piece), where) for piece in chunks(line))
    return out


def blocks(text: str | None, where: str) -> list[str | BidiText]:
    """Like ``paragraphs``, but paragraphs holding right-to-left text come back in logical
    order (``BidiText``) for ``rtl.BidiParagraph``, which breaks lines before reordering."""
    out: list[str | BidiText] = []
    for line in clean(text or "").split("\n"):
        base = "R" if starts_right_to_left(line) else "L"  # one direction for a paragraph cut into chunks
        for piece in chunks(line):
            bidi = base == "R" or _RTL.search(piece)
            out.append(BidiText(piece, where, base) if bidi else markup(piece, where))
    return out


def plain(text: str | None) -> str | None:
    """The cleaned text when it can be drawn as a plain string: one line, main font only, left to right.

    A plain string in a table cell is drawn as it is (never parsed as markup) and
    is much cheaper than a paragraph; anything else needs ``paragraphs``."""
    value = clean(text or "").strip()
    if "\n" in value or _RTL.search(value):
        return None
    return value if value.isascii() or set(map(ord, value)) <= register_primary() else None


def inline(text: str | None, where: str) -> str:
    """Markup for a short value: its lines joined with line breaks."""
    return "<br/>".join(paragraphs(text, where))
