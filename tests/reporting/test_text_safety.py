"""No text a practitioner can type breaks the PDF, rewrites it, reads files or is silently lost."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata

import pytest

from screening_app.reporting import ExportError, UnrenderableTextError, render_referral
from screening_app.reporting.text import chunks, clean, inline, paragraphs

from .conftest import BIG_NOTE, LONG_WORD, load_case, page_texts, view_for

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")

EXACT = [
    "Zoë",
    "Łukasiewicz-Ştefănescu",
    "Ёлка Дмитриевна; Σοφία; 王秀英;",
    "Σοφία Παπαδοπούλου",
    "Ştefan Ţîrcă",
    "École & Ñandú Academy",
    "Tiếng Việt; 한국어; 日本語",
    '<img src=/etc/passwd> then <a href="http://evil.example/x">click here</a> and <b>not bold</b>',
    "Entities stay literal: &amp; &lt; &#60; &nbsp; & < > \" '",
    '<font name="Courier" size="40">big</font> <para> <![CDATA[x]]> <br/> <seq id="a"/> </para>',
    "<script>alert(1)</script>",
    "DSL <i>acting</i>",
    "a<b>@example.org",
    "Yes & no: <none>",
    "<b>1</b> Rue de l'Église",
    "Emoji: 😀 👍🏽 ❤ 🚗 and symbols ✓ ★ → ½",
    "王秀英 says he is <u>an uncle</u>",
]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def without_furniture(text: str) -> str:
    """Page text with the header and footer lines removed, so text running over pages joins up."""
    furniture = re.compile(r"^(OFFICIAL-SENSITIVE|CSE screening tool, version|Record [0-9a-f]{12} )")
    return "\n".join(line for line in text.splitlines() if not furniture.match(line))


@pytest.fixture(scope="module")
def hostile_text(hostile_pdf) -> str:
    return "\n".join(page_texts(hostile_pdf))


@needs_poppler
@pytest.mark.parametrize("value", EXACT)
def test_hostile_text_comes_out_exactly(hostile_text, value):
    # a skin-tone modifier is left out of the drawing (its only glyph is a swatch that reads as a box)
    printed = re.sub("[\U0001F3FB-\U0001F3FF]", "", value)
    assert squash(printed) in squash(hostile_text)


@needs_poppler
def test_right_to_left_text_is_present(hostile_text):
    """Shaped letters come back as their base letters (NFKC); raw extraction keeps visual word order."""
    marks = re.compile("[\u200e\u200f\u202a-\u202e]")  # poppler brackets right-to-left runs with embedding marks
    words = set(unicodedata.normalize("NFKC", marks.sub("", hostile_text)).split())
    for value in ("שלום עולם", "محمد علي", "یہ ایک جملہ ہے"):
        for word in unicodedata.normalize("NFKC", value).split():
            assert word in words or word[::-1] in words, word


@needs_poppler
def test_long_word_and_100_kb_note_are_all_there(hostile_text, hostile_pdf):
    text = squash(without_furniture(hostile_text))
    assert text.count(LONG_WORD) == 1
    sentences = BIG_NOTE.split(". ")
    for sentence in (sentences[0], sentences[len(sentences) // 2], sentences[-1]):
        assert squash(sentence) in text
    assert len(page_texts(hostile_pdf)) > 20


def test_markup_in_user_text_makes_no_link_image_or_font_change(hostile_pdf):
    assert b"/URI" not in hostile_pdf and b"/Annot" not in hostile_pdf
    assert b"/Subtype /Image" not in hostile_pdf
    assert b"Courier" not in hostile_pdf


@needs_poppler
def test_every_hostile_page_renders(hostile_pdf, tmp_path):
    (tmp_path / "h.pdf").write_bytes(hostile_pdf)
    run = subprocess.run(["pdftoppm", "-r", "10", "-png", tmp_path / "h.pdf", tmp_path / "p"], capture_output=True)
    assert run.returncode == 0 and not run.stderr


def test_big_values_in_tables_and_details_flow_over_pages():
    raw = load_case("full-assessment.json")
    raw["details"]["people"][1]["how_known"] = BIG_NOTE
    raw["details"]["child"]["address"] = BIG_NOTE
    raw["details"]["places"][0]["place"] = LONG_WORD
    assert render_referral(view_for(raw)).startswith(b"%PDF")


def test_a_script_no_font_can_show_stops_the_export_naming_the_field():
    raw = load_case("screening.json")
    raw["answers"]["missing_overnight"]["note"] = "Khmer: ខ្មែរ secret detail"
    with pytest.raises(UnrenderableTextError) as caught:
        render_referral(view_for(raw))
    assert isinstance(caught.value, ExportError)
    assert "answers.missing_overnight.note" in str(caught.value)
    assert "secret" not in str(caught.value) and "ខ" not in str(caught.value)


def test_clean_removes_controls_and_keeps_text():
    assert clean("a\x00b\x07c\x1b\u200bd\u202ee\r\nf\tg\ufe0f") == "abcde\nf g"
    assert clean("e\u0301") == "é"


def test_markup_is_escaped_and_never_parsed():
    assert inline("<b>x</b> & <img src=/etc/passwd>", "f") == "&lt;b&gt;x&lt;/b&gt; &amp; &lt;img src=/etc/passwd&gt;"
    assert inline("line one\nline two", "f") == "line one<br/>line two"


def test_fallback_fonts_wrap_runs():
    assert inline("Ana 王秀英", "f") == 'Ana <font face="WenQuanYiMicroHei">王秀英</font>'
    assert inline("ok 👍", "f") == 'ok <font face="Symbola">👍</font>'
    assert inline("محمد", "f").startswith('<font face="NotoSansArabic">')


def test_long_text_is_cut_at_spaces():
    pieces = chunks("word " * 1000, size=100)
    assert all(len(p) <= 100 for p in pieces)
    assert " ".join(pieces) == ("word " * 1000).strip()
    assert len(paragraphs(BIG_NOTE, "f")) > 50


@needs_poppler
def test_a_long_right_to_left_paragraph_reads_from_the_top_line_down():
    raw = load_case("screening.json")
    words = "الكلمة " * 60
    raw["details"]["child_voice"]["child_words"] = f"البداية {words}النهاية"
    lines = "\n".join(page_texts(render_referral(view_for(raw)))).splitlines()
    norm = [unicodedata.normalize("NFKC", line) for line in lines]
    first = next(i for i, line in enumerate(norm) if "البداية" in line)
    last = next(i for i, line in enumerate(norm) if "النهاية" in line)
    assert first < last


def test_south_asian_scripts_are_shaped_with_their_fonts():
    raw = load_case("screening.json")
    raw["details"]["child"]["other_names"] = "प्रिया; প্রিয়া; ਪ੍ਰਿਆ; પ્રિયા; தமிழ்செல்வி"
    view = view_for(raw)
    markup_text = inline(raw["details"]["child"]["other_names"], "child.other_names")
    for font in ("Devanagari", "Bengali", "Gurmukhi", "Gujarati", "Tamil"):
        assert f'face="NotoSans{font}"' in markup_text
    pdf = render_referral(view)
    for font in (b"NotoSansDevanagari", b"NotoSansTamil"):
        assert font in pdf


SCRIPTS_ADDED = {  # invented words; languages of children in England the first font set did not cover
    "Ethiopic": "ሰላም ኣብ ቤት ትምህርቲ ተዛሪባ",  # Tigrinya
    "Sinhala": "ඇය පාසලේදී කතා කළාය",
    "Telugu": "ఆమె పాఠశాలలో మాట్లాడింది",
    "Kannada": "ಅವಳು ಶಾಲೆಯಲ್ಲಿ ಮಾತನಾಡಿದಳು",
    "Malayalam": "അവൾ സ്കൂളിൽ സംസാരിച്ചു",
    "Thai": "เธอพูดที่โรงเรียน",
}


def test_more_scripts_print_in_their_own_fonts():
    """Tigrinya (unaccompanied children from Eritrea), Sinhala, Telugu, Kannada, Malayalam and Thai
    print, shaped, instead of stopping the export."""
    raw = load_case("screening.json")
    raw["answers"]["missing_overnight"]["note"] = " / ".join(SCRIPTS_ADDED.values())
    pdf = render_referral(view_for(raw))
    for script in SCRIPTS_ADDED:
        assert f"NotoSans{script}".encode() in pdf, script
    text = unicodedata.normalize("NFC", "\n".join(page_texts(pdf)))
    assert SCRIPTS_ADDED["Ethiopic"] in text  # a script without reordering extracts exactly
