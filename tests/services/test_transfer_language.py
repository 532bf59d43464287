"""A child's language preference where records move (issue 17), with real vaults: a transfer carries
it (a version 2 file) or leaves it out (a version 1 file, for an older receiver); receiving keeps a
record already here as it is, preference included; the readable transfer's summary and the subject
access response say it. Every child invented; the clock is fixed."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from screening_app.exchange.bundle import open_bundle
from screening_app.exchange.identity import vault_identity
from screening_app.services.export import ExportService
from screening_app.services.records import RecordsService
from screening_app.services.subject_access import SubjectAccessService
from screening_app.services.transfer import identity_card
from tests.services import sar_case
from tests.services.transfer_case import a_whole_file

PASSWORD = "copper violin harbour 58"


@pytest.fixture
def vaults(make_vaults):
    return make_vaults("a", "b")


def _prefer(records: RecordsService, child: int, language: str | None) -> None:
    records.update_child(child, replace(records.get_child(child).details, language=language))


def _content(sent_data: bytes, vault, clock) -> dict:
    return json.loads(open_bundle(sent_data, vault_identity(vault, clock).age).content)


def _flat(pdf: bytes, password: str | None = None) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    if password is not None:
        assert reader.decrypt(password)
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_a_recorded_preference_travels_and_arrives(vaults, clock):
    (_a, records_a, transfer_a), (b, records_b, transfer_b) = vaults["a"], vaults["b"]
    child = a_whole_file(records_a)
    _prefer(records_a, child, "cy")
    sent = transfer_a.send(child, recipient=identity_card(b).recipient)
    data = _content(sent.data, b, clock)
    assert data["version"] == 2 and data["child"]["language"] == "cy"
    received = transfer_b.receive(sent.data).received
    assert received.new_child and records_b.get_child(received.child_id).details.language == "cy"


def test_not_recorded_is_left_out_in_a_file_an_older_receiver_reads(vaults, clock):
    (_a, records_a, transfer_a), (b, records_b, transfer_b) = vaults["a"], vaults["b"]
    child = a_whole_file(records_a)
    sent = transfer_a.send(child, recipient=identity_card(b).recipient)
    data = _content(sent.data, b, clock)
    assert data["version"] == 1 and "language" not in data["child"]
    received = transfer_b.receive(sent.data).received
    assert records_b.get_child(received.child_id).details.language is None


@pytest.mark.parametrize("here", [None, "en"])
def test_a_record_already_here_is_kept_as_it_is(vaults, here):
    """The rule for every detail of a child received again (``write_received``): never changed
    here. What the sender recorded since is theirs to tell; the practitioner here records it."""
    (_a, records_a, transfer_a), (b, records_b, transfer_b) = vaults["a"], vaults["b"]
    child = a_whole_file(records_a)
    first = transfer_b.receive(transfer_a.send(child, recipient=identity_card(b).recipient).data).received
    _prefer(records_b, first.child_id, here)
    _prefer(records_a, child, "cy")
    again = transfer_b.receive(transfer_a.send(child, recipient=identity_card(b).recipient).data).received
    assert again.child_id == first.child_id and not again.new_child
    assert records_b.get_child(first.child_id).details.language == here
    assert records_a.get_child(child).details.language == "cy"


def test_the_readable_transfer_summary_says_the_preference(vaults):
    """And is made in it unless another language is asked for (issue 17: correspondence in Welsh)."""
    (_a, records_a, transfer_a) = vaults["a"]
    child = a_whole_file(records_a)
    _prefer(records_a, child, "cy")
    flat = _flat(transfer_a.send_pdf(child, PASSWORD, ExportService(records_a), language="en").data, PASSWORD)
    assert "NHS number 9434765919 Language preference Welsh" in flat  # in "The child", after the identifiers
    welsh = _flat(transfer_a.send_pdf(child, PASSWORD, ExportService(records_a)).data, PASSWORD)
    assert "Rhif GIG 9434765919 Dewis iaith Cymraeg" in welsh and "Trosglwyddo ffeil amddiffyn plant" in welsh
    assert "SWYDDOGOL-SENSITIF" in welsh and "OFFICIAL-SENSITIVE" not in welsh
    _prefer(records_a, child, None)
    assert "Language preference" not in _flat(transfer_a.send_pdf(child, PASSWORD, ExportService(records_a)).data,
                                              PASSWORD)


def test_the_subject_access_response_says_the_preference(vault, pack, clock):
    records = RecordsService(vault, "R Patel", pack, clock=clock)
    seeded = sar_case.seed(records)
    service = SubjectAccessService(records)
    _prefer(records, seeded.child, "cy")
    prepared = service.prepare_by_reference(seeded.reference, "en")
    passage = next(p for p in prepared.record.passages() if p.key == "child/language")
    assert (passage.label, passage.text) == ("Language preference", "Welsh")
    flat = _flat(service.render(prepared, prepared.items, date(2026, 11, 18)))
    assert "Language preference" in flat and "Welsh" in flat
    # without a language chosen, the response is in the child's own (the Welsh Language Standards)
    welsh = service.prepare_by_reference(seeded.reference)
    passage = next(p for p in welsh.record.passages() if p.key == "child/language")
    assert (passage.label, passage.text) == ("Dewis iaith", "Cymraeg") and welsh.language == "cy"
    flat = _flat(service.render(welsh, welsh.items, date(2026, 11, 18)))
    assert "Cais gwrthrych am wybodaeth: popeth a gedwir am blentyn" in flat and "Beth a ataliwyd a pham" in flat
    assert [i.passage for i in welsh.items] == [i.passage for i in prepared.items]  # the same passages marked
