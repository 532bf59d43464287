"""Brackets in right-to-left text face the right way on paper (UAX #9 rule L4), case by case on
the display order python-bidi gives, and in a rendered PDF. Names and words are invented."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from bidi import get_display

from screening_app.reporting.mirror import mirror_brackets
from tests.reporting.test_bidi import render

KARIM, SNAP = "كريم", "سناب"


def shown(text: str, base: str) -> str:
    return mirror_brackets(get_display(text, base_dir=base), base)


@pytest.mark.parametrize(
    ("text", "base", "expected"),
    [
        (f"Karim (Snapchat) {KARIM} ({SNAP})", "R", f"({SNAP[::-1]}) {KARIM[::-1]} Karim (Snapchat)"),
        (f"Karim (Snapchat) {KARIM} ({SNAP})", "L", f"Karim (Snapchat) ({SNAP[::-1]}) {KARIM[::-1]}"),
        (f"{KARIM} (Karim, Snapchat)", "R", f"(Karim, Snapchat) {KARIM[::-1]}"),
        (f"She said {KARIM} [{SNAP}] today", "L", f"She said [{SNAP[::-1]}] {KARIM[::-1]} today"),
        ("Karim (Snapchat) said so", "L", "Karim (Snapchat) said so"),  # no right-to-left letter: as typed
    ],
)
def test_brackets_face_the_right_way(text, base, expected):
    assert shown(text, base) == expected


def test_a_lone_sign_between_right_to_left_letters_is_mirrored():
    assert shown(f"{KARIM} < {SNAP}", "R") == f"{SNAP[::-1]} > {KARIM[::-1]}"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_arabic_copied_out_of_the_pdf_is_the_letters_typed():
    """The PDF draws joined forms (U+FExx); copying gives the letters typed, so a name pasted into
    the council's case system matches (the glyphs' ToUnicode maps say so)."""
    pdf = render(f"Contact: {KARIM} ({SNAP}) on the phone.")
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    assert KARIM in text and SNAP in text
    assert not any(0xFB50 <= ord(ch) <= 0xFDFF or 0xFE70 <= ord(ch) <= 0xFEFF for ch in text)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_an_emoji_with_a_skin_tone_prints_as_the_emoji_not_a_box():
    pdf = render("She sent 👍🏽 and 👩🏾 then left.")
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    assert "👍" in text and "👩" in text
    assert not any(0x1F3FB <= ord(ch) <= 0x1F3FF for ch in text)  # no swatch drawn beside them
