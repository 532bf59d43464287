"""The intelligence PDF (SPEC 12) lays out whatever a record holds: forty children over pages with
the table's header repeated, text long enough to go below the table, a word too long for a
cell, markup typed as text printed as typed, the marking and "Page N of M" on every page."""

from __future__ import annotations

import io
from datetime import datetime

from pypdf import PdfReader

from screening_app.domain.intelligence import ChildName, Grading, RecordPart, Sighting, build_intelligence
from screening_app.reporting import render_intelligence

from .conftest import LONG_WORD

MARKUP = '<b>not bold</b> & <a href="http://evil.example/x">link</a>'


def _pages(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def test_forty_children_long_words_and_markup_lay_out_over_pages():
    subject = RecordPart("person", {"name": MARKUP, "vehicle_phone": "x" + LONG_WORD[:300],
                                    "vehicles": [{"registration": "AB12 CDE", "make": "Ford"}]},
                         (("vehicle", "AB12 CDE"),))
    sightings = [Sighting(100 + n, f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}", f"CSE-2026-{n:06d}", "adult of concern",
                          ("Seen at the gate by staff. " * (40 if n == 3 else 2)) + (MARKUP if n == 5 else ""),
                          "Jo Teacher, DSL, Northfield Academy") for n in range(40)]
    children = {100 + n: ChildName(f"Kid{n}", "Invented") for n in range(40)}
    report = build_intelligence([subject], sightings, children, {107}, {"name": "Jo Teacher"},
                                Grading("3", "E", "P"), "INT-0000AAAA", datetime(2026, 11, 22, 10, 0))
    pages = _pages(render_intelligence(report))
    assert len(pages) >= 3
    for number, text in enumerate(pages, 1):
        assert text.count("OFFICIAL-SENSITIVE") == 2 and f"Page {number} of {len(pages)}" in text
        assert "INT-0000AAAA" in text
    every = " ".join(pages)
    assert MARKUP in every  # the subject's name, and a row's words, printed as typed
    assert "Kid7 Invented" in every and "Child AM" in every  # 39 unnamed: A..Z, then AA..AM
    assert "Kid1 " not in every and "Kid12" not in every
    assert "What was seen or known, entry" in every  # a long entry below the table, named in its cell
    assert sum(text.count("Date Child What was seen or known Recorded by Record") for text in pages) >= 2
    assert "3: not reliable" in every and "E: suspected to be false" in every and "P: lawful sharing permitted" in every
