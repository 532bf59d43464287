"""The readable transfer PDF's layout and its attachment, without a vault: the page numbers the
summary prints are the pages the parts land on (a long chronology, an empty file), and the
transfer file comes back out whole or not at all. Every record is invented."""

from __future__ import annotations

import io
import json
import re
from datetime import date, datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from screening_app.domain.transfer_summary import build_transfer_summary
from screening_app.exchange import bundle
from screening_app.reporting.transfer_pdf import ATTACHMENT, TransferPdfError, attached_file, transfer_pdf

PASSWORD = "copper violin harbour 58"
SENT = datetime(2026, 11, 22, 10, 0)
UUID = "0f8fad5b-d9cb-469f-a165-70867728950e"
BUNDLE = bundle.seal(b'{"invented": true}', Ed25519PrivateKey.generate(), passphrase=PASSWORD)


def _file(entries: int = 0, assessments: int = 0) -> dict:
    child = {"uuid": UUID, "first_name": "Nia", "last_name": "Invented", "other_names": [], "date_of_birth":
             "2012-05-06", "approx_age": None, "upn": None, "nhs_number": None, "la_case_number": None}
    days = [f"2026-{1 + i % 9:02d}-{1 + i % 27:02d}" for i in range(entries)]
    chronology = [{"uuid": f"{i:08x}-0000-4000-8000-000000000000", "occurred_on": day,
                   "created_at": "2026-10-01T09:00:00", "cited_by": [],
                   "versions": [{"version": 1, "actor": "worker a", "reason": None, "created_at": "2026-10-01T09:00:00",
                                 "body_json": json.dumps({"date": day, "what": f"Invented fact number {i}, seen at "
                                                          "the gate.", "source": "seen"})}]}
                  for i, day in enumerate(days)]
    done = [{"uuid": f"{i:08x}-1111-4000-8000-000000000000", "reference": f"CSE-2026-{i + 1:06d}",
             "assessed_on": f"2026-0{1 + i}-10", "created_at": "2026-10-01", "final_level": "medium",
             "review_date": None, "versions": [{"version": 1, "reason": None, "created_at": "2026-10-01"}]}
            for i in range(assessments)]
    return {"child": child, "assessments": done, "chronology": chronology, "escalations": [], "contexts": []}


def _summary(file: dict):
    return build_transfer_summary(file, receipt_code="ABCD-EFGH-JKLM-NPQR", transfer=UUID, sent_at=SENT,
                                  confirm_by=date(2026, 11, 27), profile={"name": "Jo Lead"}, latest=None)


def _referral(pages: int, reference: str) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, invariant=1)
    for page in range(1, pages + 1):
        canvas.drawString(72, 720, f"Referral {reference}, its page {page}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def _open(data: bytes) -> PdfReader:
    reader = PdfReader(io.BytesIO(data))
    assert reader.decrypt(PASSWORD)
    return reader


def test_the_pages_the_summary_names_are_where_the_parts_are():
    file = _file(entries=90, assessments=3)
    summary = _summary(file)
    referrals = [_referral(n, a.reference) for n, a in zip((2, 3, 1), summary.assessments, strict=True)]
    reader = _open(transfer_pdf(summary, referrals, BUNDLE, PASSWORD))
    texts = [page.extract_text() for page in reader.pages]
    first = texts[0]
    assert "ABCD-EFGH-JKLM-NPQR" in first and "For the receiving school (KCSIE)" in first  # one page
    assert "MEDIUM" in first  # the latest assessment's level, from the file when no referral view is given
    chronology = re.search(r"90 chronology entries.*?pages (\d+)\u2013(\d+)", first, re.S).groups()
    start, end = map(int, chronology)
    assert start == 2 and texts[1].startswith("Chronology (oldest first)") and end > start
    assert "Invented fact number 89" in texts[end - 1] or "Invented fact number 89" in "".join(texts[start - 1:end])
    first_referral = int(re.search(r"3 assessments.*?pages (\d+)\u2013(\d+)", first, re.S).group(1))
    assert texts[first_referral - 1].startswith(f"Referral {summary.assessments[0].reference}, its page 1")
    assert f"page {len(texts)} of {len(texts)}" in texts[-1]
    outline = {item.title.split(" (")[0]: reader.get_destination_page_number(item) + 1 for item in reader.outline}
    assert outline["Chronology"] == start and outline[f"Assessment {summary.assessments[0].reference}"] == \
           first_referral
    assert outline[f"Assessment {summary.assessments[2].reference}"] == len(texts)  # no escalations: last


def test_an_empty_file_still_reads():
    reader = _open(transfer_pdf(_summary(_file()), [], BUNDLE, PASSWORD))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "No assessment was completed." in text and "No chronology entries were recorded." in text
    assert "None open." in text and "No assessments" in text and "No escalations" in text
    assert [i.title for i in reader.outline] == ["Transfer summary", "Chronology"]


def test_the_attachment_comes_out_whole():
    data = transfer_pdf(_summary(_file(entries=3)), [], BUNDLE, PASSWORD)
    assert attached_file(data, PASSWORD, bundle.MAGIC) == BUNDLE
    assert list(_open(data).attachments) == [ATTACHMENT]
    with pytest.raises(TransferPdfError) as caught:
        attached_file(data, "not the password", bundle.MAGIC)
    assert caught.value.kind == "not_for_us"


DATA = transfer_pdf(_summary(_file(entries=3, assessments=1)), [_referral(1, "CSE-2026-000001")], BUNDLE, PASSWORD)


@given(st.integers(min_value=0, max_value=len(DATA) - 1), st.integers(min_value=0, max_value=7))
@settings(max_examples=200, deadline=None)
def test_any_changed_byte_gives_the_file_whole_or_a_refusal(where, bit):
    """A refusal has a kind (never a crash); a file that comes out changed fails the bundle's signature."""
    changed = bytearray(DATA)
    changed[where] ^= 1 << bit
    try:
        inside = attached_file(bytes(changed), PASSWORD, bundle.MAGIC)
    except TransferPdfError as exc:
        assert exc.kind in ("damaged", "not_for_us")
        return
    if inside != BUNDLE:
        with pytest.raises(bundle.BundleError):
            bundle.verify(inside)
