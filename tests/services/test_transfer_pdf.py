"""The readable route of a child's transfer (issue 14): one AES-256 PDF for a school without this
app, the transfer summary first, and inside it the signed transfer file encrypted to the same
password, so this app imports it with the bundle's own guarantees. Every record is invented;
the clock is fixed."""

from __future__ import annotations

import io
import re
from datetime import datetime, timedelta

import pytest
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError

from screening_app.clock import FixedClock
from screening_app.services.export import ExportService
from screening_app.services.transfer import TransferError, TransferService
from screening_app.storage.transfers import TransferStore
from tests.services.transfer_case import CORRECTION, OPEN_AGENCY, PROFILE, SECRETS, a_whole_file

PASSWORD = "copper violin harbour 58"
TABLES = ("children", "assessments", "assessment_versions", "chronology_entries", "chronology_versions",
          "assessment_evidence", "escalations", "contexts", "transfers", "received_records", "audit_log")


@pytest.fixture
def vaults(make_vaults):
    return make_vaults("a", "c")


@pytest.fixture
def sent(vaults):
    """A's whole file of the invented child, sent as the readable PDF."""
    _a, records, transfer = vaults["a"]
    child = a_whole_file(records)
    return child, transfer.send_pdf(child, PASSWORD, ExportService(records))


def _counts(vault) -> dict[str, int]:
    return {t: vault.connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLES}


def _pages(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    assert reader.is_encrypted and reader.decrypt(PASSWORD)
    return [page.extract_text() for page in reader.pages]


def _embedded_stream(data: bytes) -> tuple[int, int]:
    """Where the attached transfer file's (encrypted) bytes lie in the PDF: [start, end)."""
    reader = PdfReader(io.BytesIO(data))
    reader.decrypt(PASSWORD)
    names = reader.trailer["/Root"]["/Names"]["/EmbeddedFiles"]["/Names"]
    ref = names[1].get_object()["/EF"].raw_get("/F")
    obj = re.search(rb"[\r\n]%d 0 obj" % ref.idnum, data)
    head = data.index(b"stream", obj.end())
    length = int(re.search(rb"/Length (\d+)", data[obj.end():head]).group(1))
    start = head + len(b"stream")
    start += 2 if data[start:start + 2] == b"\r\n" else 1
    return start, start + length


def test_the_whole_file_arrives_in_a_vault_from_the_pdf(vaults, sent):
    (a, records_a, _ta), (c, records_c, transfer_c) = vaults["a"], vaults["c"]
    child, pdf = sent
    got = transfer_c.receive(pdf.data, PASSWORD)
    assert got.receipt_code == pdf.receipt_code
    assert got.received.added == {"child": 1, "assessment": 2, "version": 3, "chronology_entry": 5,
                                  "escalation": 2, "context": 1}
    here = got.received.child_id
    # every assessment, version, chronology entry (with its versions), level and escalation, as sent
    assert TransferStore(c.connection, "t").child_file(here) == TransferStore(a.connection, "t").child_file(child)
    listed = {i.reference: i for i in records_c.list(limit=5).items}
    assert {r: i.final_level for r, i in listed.items()} == \
           {i.reference: i.final_level for i in records_a.list(limit=5).items}
    corrected = [records_c.versions(i.id) for i in listed.values()]
    assert sorted([v.reason for v in versions] for versions in corrected) == [[None], [None, CORRECTION]]


def test_the_pdf_reads_summary_first_and_nothing_is_readable_without_the_password(sent):
    _child, pdf = sent
    for secret in (*SECRETS, pdf.receipt_code):
        assert secret.encode() not in pdf.data
    with pytest.raises(FileNotDecryptedError):
        PdfReader(io.BytesIO(pdf.data)).pages[0].extract_text()
    assert not PdfReader(io.BytesIO(pdf.data)).decrypt("copper violin harbour 59")

    pages = _pages(pdf.data)
    first = pages[0]
    assert first.startswith("Transfer of a child protection file\n")  # the summary's own words come first
    for words in ("Tegan Invented", "1 February 2011", "A123456789012", "9434765919", PROFILE["name"],
                  PROFILE["organisation"], PROFILE["phone"], PROFILE["email"], "22 November 2026", pdf.receipt_code,
                  f"transfer confirm {pdf.receipt_code}", "High", OPEN_AGENCY, "separately from the main pupil file",
                  "5 school days", "2 assessments", "5 chronology entries", "2 escalations (1 open)"):
        assert words in first, words
    assert pdf.receipt_code in first and all(pdf.receipt_code not in p for p in pages[1:])
    whole = "\n".join(pages)
    chronology = whole.index("Chronology")
    assert first.index(pdf.receipt_code) < len(first) <= chronology
    assessments = [m.start() for m in re.finditer(r"Reference CSE-\d{4}-\d{6}", whole)]
    assert assessments and chronology < assessments[0]
    assert whole.rindex("Escalations (professional disagreements)") > assessments[-1]
    chronology_page = pages[1]  # the referrals that follow keep their referrer's own "Seen by me"
    assert "Told by the child" in chronology_page and "Seen by me" not in chronology_page
    assert "Seen by worker a" in chronology_page and "13 Nov 2026" in chronology_page
    assert "(Corrected 22 November 2026: it was the" in chronology_page and "Thursday)" in chronology_page


def test_the_pdf_is_one_aes_256_file_with_the_parts_bookmarked(sent):
    _child, pdf = sent
    reader = PdfReader(io.BytesIO(pdf.data))
    assert reader.decrypt(PASSWORD)
    assert reader.trailer["/Encrypt"]["/V"] == 5 and reader.trailer["/Encrypt"]["/R"] == 6  # AES-256
    titles = [item.title for item in reader.outline]
    assert titles[:2] == ["Transfer summary", "Chronology"] and titles[-1] == "Escalations"
    assert sum(t.startswith("Assessment CSE-") for t in titles) == 2
    assert list(reader.attachments) == ["child-file.cse-transfer"]
    total = len(reader.pages)
    assert f"page 1 of {total}" in reader.pages[0].extract_text()
    assert f"page {total} of {total}" in reader.pages[-1].extract_text()


def test_the_send_is_logged_with_the_receipt_hash_only(vaults, sent, clock):
    a, _records, transfer = vaults["a"]
    _child, pdf = sent
    (row,) = transfer.transfers()
    assert (row["direction"], row["status"], row["uuid"]) == ("sent", "sent", pdf.transfer)
    assert "PDF" in row["counterpart"] and "receipt_code" not in row
    dump = "\n".join(str(row) for table in ("transfers", "audit_log")
                     for row in a.connection.execute(f"SELECT * FROM {table}").fetchall())
    assert pdf.receipt_code not in dump and pdf.receipt_code.replace("-", "") not in dump
    later = TransferService(a, "worker a", FixedClock(clock.now() + timedelta(days=8)))
    assert [t["status"] for t in later.transfers()] == ["overdue"]
    assert transfer.confirm(pdf.receipt_code) is not None
    assert [t["status"] for t in later.transfers()] == ["received"]


def test_a_wrong_password_is_refused_and_changes_nothing(vaults, sent):
    c, _records, transfer = vaults["c"]
    before = _counts(c)
    for wrong in ("copper violin harbour 59", ""):
        with pytest.raises(TransferError) as caught:
            transfer.receive(sent[1].data, wrong)
        assert caught.value.kind == "not_for_us"
    assert _counts(c) == before


def test_a_changed_byte_in_the_attached_file_is_refused_and_changes_nothing(vaults, sent):
    c, _records, transfer = vaults["c"]
    data = sent[1].data
    start, end = _embedded_stream(data)
    before = _counts(c)
    # the first byte (the AES IV: the magic line inside), the middle, the last block (the padding's)
    for where in (start, start + 20, (start + end) // 2, end - 20, end - 1):
        changed = bytearray(data)
        changed[where] ^= 0x04
        with pytest.raises(TransferError) as caught:
            transfer.receive(bytes(changed), PASSWORD)
        assert caught.value.kind == "damaged", where - start
    for cut in (start + 100, end - 1):
        with pytest.raises(TransferError) as caught:
            transfer.receive(data[:cut], PASSWORD)
        assert caught.value.kind in ("damaged", "bad_input")
    assert _counts(c) == before


def test_the_same_pdf_twice_adds_nothing(vaults, sent):
    c, _records, transfer = vaults["c"]
    assert transfer.receive(sent[1].data, PASSWORD).received.new_child
    before = _counts(c)
    again = transfer.receive(sent[1].data, PASSWORD)
    assert again.received is None and again.receipt_code == sent[1].receipt_code
    assert _counts(c) == before


def test_a_referral_pdf_is_not_a_transfer(vaults, sent):
    (_a, records_a, _ta), (c, _rc, transfer) = vaults["a"], vaults["c"]
    reference = records_a.list(limit=1).items[0].reference
    export = ExportService(records_a)
    before = _counts(c)
    for plain in (export.render(reference), export.render(reference, PASSWORD)):
        with pytest.raises(TransferError) as caught:
            transfer.receive(plain, PASSWORD)
        assert caught.value.kind == "bad_input" and "no transfer file" in str(caught.value)
    assert _counts(c) == before


def test_a_short_password_writes_and_logs_nothing(vaults):
    a, records, transfer = vaults["a"]
    child = a_whole_file(records)
    before = _counts(a)
    with pytest.raises(TransferError) as caught:
        transfer.send_pdf(child, "short", ExportService(records))
    assert caught.value.kind == "bad_input"
    assert _counts(a) == before and transfer.transfers() == []


def test_a_file_whose_pages_cannot_be_made_is_not_logged_as_sent(vaults, monkeypatch):
    from screening_app.reporting import transfer_pdf as transfer_pdf_module  # imported where a PDF is made
    from screening_app.reporting.errors import ExportError

    _a, records, transfer = vaults["a"]
    child = a_whole_file(records)

    def cannot(*_args, **_kwargs):
        raise ExportError("the transfer summary could not be laid out on the page")

    monkeypatch.setattr(transfer_pdf_module, "transfer_pdf", cannot)
    with pytest.raises(TransferError) as caught:
        transfer.send_pdf(child, PASSWORD, ExportService(records))
    assert caught.value.kind == "bad_input" and "laid out" in str(caught.value)
    assert transfer.transfers() == []


def test_the_sample_date_is_the_clock_s(vaults, pack):
    """Sent on the clock's day, whatever today is."""
    a, records, _t = vaults["a"]
    child = a_whole_file(records)
    other = TransferService(a, "worker a", FixedClock(datetime(2027, 3, 5, 9, 0)))
    first = _pages(other.send_pdf(child, PASSWORD, ExportService(records)).data)[0]
    assert "5 March 2027" in first and "by 12 March 2027" in first  # sent on; the 5th school day after
