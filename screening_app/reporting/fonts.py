"""Embedded fonts and per-character font fallback.

DejaVu Sans is the document's font (Latin with every diacritic, Greek,
Cyrillic, Hebrew, Armenian, Georgian...). Characters it cannot show are
set in a fallback font: Noto Sans Arabic (Arabic, Urdu, Persian), WenQuanYi
Micro Hei (Chinese, Japanese, Korean), Noto Sans Devanagari, Bengali,
Gurmukhi, Gujarati, Tamil, Telugu, Kannada, Malayalam, Sinhala, Thai and
Ethiopic (Tigrinya, Amharic; all shaped with uharfbuzz through reportlab's
``shaping``) and Symbola (emoji and symbols).
Fallback fonts are loaded only when a document needs them. A character no
font can show stops the export (``UnrenderableTextError``): never a box,
never a silent gap.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from screening_app.paths import resources_dir
from screening_app.reporting.errors import ExportError

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"


@dataclass(frozen=True)
class FontFile:
    name: str
    file: str
    bold_file: str | None = None
    subfont: int = 0


PRIMARY = FontFile(REGULAR, "DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
ARABIC = FontFile("NotoSansArabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf")
CJK = FontFile("WenQuanYiMicroHei", "wqy-microhei.ttc")
SYMBOLS = FontFile("Symbola", "Symbola.ttf")
# South and South-East Asian scripts need shaping (uharfbuzz): conjuncts, vowel signs and marks.
# Ethiopic (Tigrinya, Amharic) is shaped too: harmless for it, and one path for all of them.
INDIC = tuple(
    FontFile(f"NotoSans{script}", f"NotoSans{script}-Regular.ttf")
    for script in ("Devanagari", "Bengali", "Gurmukhi", "Gujarati", "Tamil", "Telugu", "Kannada", "Malayalam",
                   "Sinhala", "Thai", "Ethiopic")
)
FALLBACKS = (ARABIC, *INDIC, CJK, SYMBOLS)
SHAPED = frozenset(font.name for font in INDIC)

ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))


def _utf16_hex(codepoint: int) -> str:
    return _typed(codepoint).encode("utf-16-be", "surrogatepass").hex().upper()


def _typed(codepoint: int) -> str:
    """What a glyph stands for when copied out: an Arabic presentation form (the joined shape we
    draw, U+FB50-FDFF, U+FE70-FEFF) is the letter or letters typed (NFKC: kaf-initial is kaf,
    lam-alef is lam and alef), so a name pasted into a case system matches the one recorded."""
    ch = chr(codepoint)
    if 0xFB50 <= codepoint <= 0xFDFF or 0xFE70 <= codepoint <= 0xFEFF:
        return unicodedata.normalize("NFKC", ch) or ch
    return ch


def _to_unicode_cmap(fontname: str, subset) -> str:
    """reportlab's ToUnicode map, with characters beyond U+FFFF written as UTF-16
    surrogate pairs (reportlab writes five hex digits, so copied emoji came out wrong), and
    Arabic joined forms mapped back to the letters typed."""
    head = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
    ]
    body = [f"<{i:02X}> <{_utf16_hex(v)}>" for i, v in enumerate(subset)]
    tail = ["endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(head + body + tail)


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


class _Font(TTFont):
    """reportlab's TrueType font, quicker to draw text whose characters are all in the subset already.

    Drawing a string maps each character to its code in the embedded subset
    (``splitString``), a Python loop over every character that also adds new
    characters to the subset: a tenth of the long referral's render. Once a
    document has used a string's characters, as it has for nearly every line
    after the first page, the codes are one lookup each; anything else (a new
    character, one the font lacks, a second subset) goes the way reportlab goes."""

    def splitString(self, text, doc, encoding="utf-8"):  # reportlab's names
        state = self.state.get(doc)
        if state is None or not isinstance(text, str) or not text:
            return super().splitString(text, doc, encoding)
        assignments = state.assignments
        try:
            codes = bytes([assignments[c] for c in map(ord, text.replace("\xa0", " "))])
        except (KeyError, ValueError):  # a character new to the subset, or a code beyond the first subset
            return super().splitString(text, doc, encoding)
        return [(0, codes)]


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def _load(name: str, file: str, subfont: int = 0) -> TTFont:
    path = fonts_dir() / file
    try:
        font = _Font(name, str(path), subfontIndex=subfont)
    except Exception as exc:  # a damaged install: say which file, not a traceback
        raise ExportError(f"the font file {file} is missing or damaged; reinstall the application") from exc
    pdfmetrics.registerFont(font)
    return font


@cache
def register(font: FontFile) -> frozenset[int]:
    """Register a font (and its bold) with reportlab once; return the code points it covers."""
    regular = _load(font.name, font.file, font.subfont)
    bold_name = f"{font.name}-Bold"
    if font.bold_file:
        _load(bold_name, font.bold_file, font.subfont)
    else:
        bold_name = font.name
    italic_name = ITALIC if font is PRIMARY else font.name
    if font is PRIMARY:
        _load(ITALIC, "DejaVuSans-Oblique.ttf")
    for bold, italic, face in ((0, 0, font.name), (1, 0, bold_name), (0, 1, italic_name), (1, 1, bold_name)):
        addMapping(font.name, bold, italic, face)
    return frozenset(regular.face.charToGlyph)


def register_primary() -> frozenset[int]:
    return register(PRIMARY)


def is_arabic(codepoint: int) -> bool:
    return any(lo <= codepoint <= hi for lo, hi in ARABIC_RANGES)


@lru_cache(maxsize=65536)
def font_for(codepoint: int) -> str | None:
    """The font that shows this character, or None when no embedded font can."""
    if is_arabic(codepoint) and codepoint in register(ARABIC):
        return ARABIC.name
    if codepoint in register(PRIMARY):
        return PRIMARY.name
    for fallback in FALLBACKS:
        if codepoint in register(fallback):
            return fallback.name
    return None
