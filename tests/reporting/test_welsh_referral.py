"""A referral in Welsh (issue 17, part 3: correspondence in Welsh): the marking SWYDDOGOL-SENSITIF,
page 1's headings, the level (UCHEL / CANOLIG / ISEL), the dates and the page furniture, from the
same translation file as the interface; the form pack's text stays English and page 1 says so.
A Welsh PDF made on another thread leaves this thread's language alone."""

from __future__ import annotations

import threading

from screening_app import words
from screening_app.reporting import render_referral
from tests.reporting.conftest import flat, load_case, page_texts, view_for


def _welsh(raw: dict) -> list[str]:
    with words.language("cy"):
        return [flat(t) for t in page_texts(render_referral(view_for(raw)))]


def test_page_one_and_every_page_in_welsh():
    pages = _welsh(load_case("screening.json"))
    first = pages[0]
    assert "OFFICIAL-SENSITIVE" not in " ".join(pages)
    for words_ in ("LEFEL DERFYNOL", "UCHEL", "Y plentyn", "RHYBUDDION STATUDOL", "Beth ddigwyddodd",
                   "aseswyd ar 1 Tachwedd 2026", "argraffwyd yr atgyfeiriad 2 Tachwedd 2026 09:30",
                   "Cyfeirnod CSE-2026-0042", "Trothwy lleol:"):
        assert words_ in first, words_
    assert "Mae rhan o'r atgyfeiriad hwn yn Saesneg: nid oes gan y pecyn ffurflenni destun Cymraeg" in first
    assert all(f"Tudalen {n} o {len(pages)}" in page for n, page in enumerate(pages, 1))
    assert all(page.count("SWYDDOGOL-SENSITIF") == 2 for page in pages)  # the top and the foot of each


def test_english_is_unchanged_and_a_welsh_pdf_on_a_worker_leaves_this_thread_english():
    raw = load_case("screening.json")
    made: list[list[str]] = []
    worker = threading.Thread(target=lambda: made.append(_welsh(raw)))
    worker.start()
    english = [flat(t) for t in page_texts(render_referral(view_for(raw)))]
    worker.join()
    assert made[0][0].count("SWYDDOGOL-SENSITIF") == 2
    assert english[0].count("OFFICIAL-SENSITIVE") == 2 and "FINAL LEVEL" in english[0]
    assert "Tachwedd" not in " ".join(english) and words.current() == "en"
