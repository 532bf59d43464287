"""A child's whole file from one real vault to another (issue 14, SPEC 13): what arrives, what is
refused, what is recognised as received before, and the receipt. Every record is invented."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from screening_app.clock import FixedClock
from screening_app.services.chronology import ChronologyService
from screening_app.services.records import ChildDetails, RecordsService
from screening_app.services.transfer import TransferError, TransferService, identity_card
from screening_app.storage.records import NewEscalation

CASE = Path(__file__).parents[1] / "data" / "scenarios" / "v14-chronology-events.json"
TABLES = ("children", "assessments", "assessment_versions", "chronology_entries", "chronology_versions",
          "assessment_evidence", "escalations", "transfers", "received_records", "audit_log")


@pytest.fixture
def vaults(make_vaults):
    return make_vaults("a", "b", "c")


def _counts(vault) -> dict[str, int]:
    return {t: vault.connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLES}


def _a_child_with_a_history(records: RecordsService) -> int:
    case = json.loads(CASE.read_text(encoding="utf-8"))
    case["child"].update(first_name="Tegan", last_name="Invented", upn="A123456789012")
    case["people"] = [{"name": "Dan", "approx_age": 24, "vehicles": [{"registration": "AB12 CDE"}]}]
    ref = records.import_case(case)
    data = json.loads(records.get(ref.id).input_json)
    records.correct(ref.id, data, "the date of the car at the gate was wrong")
    records.add_escalation(NewEscalation(assessment_id=ref.id, agency="Children's Social Care", stage=1,
                                         raised_on=date(2026, 11, 2)))
    return records.get(ref.id).child_id


def test_the_whole_file_arrives_and_nothing_is_readable_in_the_bundle(vaults):
    (a, records_a, transfer_a), (b, records_b, transfer_b) = vaults["a"], vaults["b"]
    child = _a_child_with_a_history(records_a)
    sent = transfer_a.send(child, recipient=identity_card(b).recipient, sender_name="R Patel, Northgate School")
    for secret in (b"Tegan", b"vodka", b"INV/2026/0042", b"Invented", sent.receipt_code.encode()):
        assert secret not in sent.data

    got = transfer_b.receive(sent.data)
    assert got.receipt_code == sent.receipt_code and got.sender_fingerprint == identity_card(a).fingerprint
    received = got.received
    assert received.new_child and received.possible_matches == [] and received.conflicts == []
    assert received.added == {"child": 1, "assessment": 1, "version": 2, "chronology_entry": 3, "escalation": 1,
                              "context": 1}
    listed = records_b.list(limit=5).items
    assert [i.child_name for i in listed] == ["Tegan Invented"]
    assessment = records_b.get(listed[0].id)
    assert [v.version for v in records_b.versions(assessment.id)] == [1, 2]
    assert records_b.versions(assessment.id)[1].reason == "the date of the car at the gate was wrong"
    assert assessment.final_level == records_a.get(records_a.list(limit=1).items[0].id).final_level
    entries = ChronologyService(records_b).for_child(received.child_id)
    assert len(entries) == 3 and all(e.cited for e in entries)
    assert len(records_b.escalations(assessment.id)) == 1
    (person,) = records_b.contexts.store.for_child(received.child_id)  # the person of concern came too
    assert person.body["name"] == "Dan" and [k.key for k in person.keys] == ["AB12CDE"]
    uuids = ("SELECT uuid FROM children", "SELECT uuid FROM assessments ORDER BY uuid")
    for sql in uuids:
        assert a.connection.execute(sql).fetchall() == b.connection.execute(sql).fetchall()


def test_received_twice_or_sent_back_adds_nothing(vaults):
    (_a, records_a, transfer_a), (b, _records_b, transfer_b) = vaults["a"], vaults["b"]
    child = _a_child_with_a_history(records_a)
    sent = transfer_a.send(child, recipient=identity_card(b).recipient)
    transfer_b.receive(sent.data)
    before = _counts(b)
    assert transfer_b.receive(sent.data).received is None  # the same file again: recognised
    assert _counts(b) == before
    back = transfer_b.send(transfer_b.store.log()[0]["child_id"], recipient=identity_card(vaults["a"][0]).recipient)
    returned = transfer_a.receive(back.data).received
    assert returned.added == {} and not returned.new_child  # every record already there
    assert returned.already_here == {"child": 1, "assessment": 1, "version": 2, "chronology_entry": 3,
                                     "escalation": 1, "context": 1}


def test_another_vault_a_changed_byte_and_a_cut_file_are_refused_and_change_nothing(vaults):
    (_a, records_a, transfer_a), (b, _rb, transfer_b), (c, _rc, transfer_c) = vaults["a"], vaults["b"], vaults["c"]
    sent = transfer_a.send(_a_child_with_a_history(records_a), recipient=identity_card(b).recipient)
    before_b, before_c = _counts(b), _counts(c)
    with pytest.raises(TransferError) as caught:
        transfer_c.receive(sent.data)
    assert caught.value.kind == "not_for_us"
    changed = bytearray(sent.data)
    changed[len(changed) // 2] ^= 0x01
    for damaged in (bytes(changed), sent.data[:-10]):
        with pytest.raises(TransferError) as caught:
            transfer_b.receive(damaged)
        assert caught.value.kind == "damaged"
    assert (_counts(b), _counts(c)) == (before_b, before_c)


def test_a_one_off_passphrase_route(vaults):
    (_a, records_a, transfer_a), (_b, _rb, transfer_b) = vaults["a"], vaults["b"]
    sent = transfer_a.send(_a_child_with_a_history(records_a), passphrase="copper violin harbour 58")
    with pytest.raises(TransferError) as caught:
        transfer_b.receive(sent.data, passphrase="not the one")
    assert caught.value.kind == "not_for_us"
    assert transfer_b.receive(sent.data, passphrase="copper violin harbour 58").received.new_child


def test_the_receipt_confirms_once_and_an_unconfirmed_transfer_is_overdue_after_5_school_days(vaults, pack):
    (a, records_a, transfer_a), (b, _rb, transfer_b) = vaults["a"], vaults["b"]
    sent = transfer_a.send(_a_child_with_a_history(records_a), recipient=identity_card(b).recipient)
    assert [t["status"] for t in transfer_a.transfers()] == ["sent"]
    assert "receipt_code" not in transfer_a.transfers()[0]  # the sender keeps only its hash
    stored = a.connection.execute("SELECT receipt_hash FROM transfers").fetchone()[0]
    assert sent.receipt_code.replace("-", "") not in stored
    later = TransferService(a, "worker a", FixedClock(datetime(2026, 11, 22, 10, 0) + timedelta(days=8)))
    assert [t["status"] for t in later.transfers()] == ["overdue"]
    code = transfer_b.receive(sent.data).receipt_code
    assert transfer_a.confirm(code.lower()) is not None  # read out on the phone: case forgiven
    assert transfer_a.confirm(code) is None  # single use
    assert [t["status"] for t in later.transfers()] == ["received"]


def test_a_reference_used_here_is_renumbered_and_a_child_with_the_same_upn_is_a_possible_match(vaults):
    (_a, records_a, transfer_a), (b, records_b, transfer_b) = vaults["a"], vaults["b"]
    sent = transfer_a.send(_a_child_with_a_history(records_a), recipient=identity_card(b).recipient)
    local = records_b.create_child(ChildDetails("T", "Invented", upn="A123456789012"))
    records_b.start_assessment(local, "cse-screening")  # takes this vault's first reference
    received = transfer_b.receive(sent.data).received
    assert received.possible_matches == [local] and received.new_child
    (sender_reference, here) = next(iter(received.renumbered.items()))
    assert sender_reference == records_a.list(limit=1).items[0].reference and here != sender_reference


def test_bad_recipients_are_refused_before_anything_is_written(vaults):
    (a, records_a, transfer_a) = vaults["a"]
    child = _a_child_with_a_history(records_a)
    before = _counts(a)
    for recipient in ("not a key", "age1notarealkey"):
        with pytest.raises(TransferError) as caught:
            transfer_a.send(child, recipient=recipient)
        assert caught.value.kind == "bad_input"
    with pytest.raises(TransferError):
        transfer_a.send(child)
    assert {k: v for k, v in _counts(a).items() if k != "audit_log"} == {
        k: v for k, v in before.items() if k != "audit_log"}
