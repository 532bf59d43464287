"""The organisation's rule for the sender's copy once a transfer's receipt is confirmed (issue 14,
SPEC 13): kept read-only by default, or deleted, leaving no readable trace. "No trace" is checked
in the file itself: every page of the vault and its journal decrypted with the vault's key, before
(the words are there) and after (they are not). What stays names no one: the transfer log's row
and the audit. A person linked to another child stays, without this child. Every record invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from screening_app.services.records import RecordsService
from screening_app.services.transfer import identity_card
from screening_app.storage.vault import Vault
from tests.services.transfer_case import a_whole_file
from tests.storage.pages import found_in_file

CASE = Path(__file__).parents[1] / "data" / "scenarios" / "v14-chronology-events.json"
# Only in Tegan's file: her name, UPN, her chronology's words, the car linked to her alone.
HERS = ("Tegan", "A123456789012", "older men gave the girls vodka", "ZZ99 TGN")
# In the other child's record: must survive.
THEIRS = ("Keira", "Shared Street")


@pytest.fixture
def vaults(make_vaults):
    return make_vaults("a", "b")


def _two_children(records: RecordsService) -> tuple[int, int]:
    tegan = a_whole_file(records)
    case = json.loads(CASE.read_text(encoding="utf-8"))
    case["child"].update(first_name="Keira", last_name="Other")
    case["people"] = [{"name": "Vince", "approx_age": 30, "address": "4 Shared Street"}]
    keira = records.get(records.import_case(case).id).child_id
    ref = records.start_assessment(tegan, "cse-screening", {})
    data = {"form": "cse-screening", "assessed_on": "2026-11-20", "child": {"date_of_birth": "2011-02-01"},
            "answers": {}, "details": {},
            "people": [{"name": "Vince", "approx_age": 30, "address": "4 Shared Street"},
                       {"name": "Mo", "approx_age": 19, "vehicles": [{"registration": "ZZ99 TGN"}]}]}
    records.complete(ref.id, data)
    return tegan, keira


def _file(vault: Vault) -> Path:
    vault.checkpoint()
    return Vault.db_path(vault.folder)


def test_deleted_after_receipt_when_the_rule_says_so_and_no_word_is_left_in_the_file(vaults):
    (a, records_a, transfer_a), (b, _records_b, transfer_b) = vaults["a"], vaults["b"]
    tegan, keira = _two_children(records_a)
    assert found_in_file(_file(a), a._key, *HERS, *THEIRS) == {*HERS, *THEIRS}  # the reading works
    transfer_a.set_after_receipt("delete")
    sent = transfer_a.send(tegan, recipient=identity_card(b).recipient)
    transfer_b.receive(sent.data)

    done = transfer_a.confirm(sent.receipt_code)
    assert done is not None and done.child_id == tegan and done.erased
    assert found_in_file(Vault.db_path(a.folder), a._key, *HERS, *THEIRS) == set(THEIRS)
    assert a.integrity_problems() == []
    conn = a.connection
    assert conn.execute("SELECT count(*) FROM children WHERE id = ?", (tegan,)).fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM assessments WHERE child_id = ?", (keira,)).fetchone()[0] == 1
    (row,) = transfer_a.transfers()
    assert row["status"] == "received" and row["child_id"] is None  # the log stays, naming no one
    assert ("child.erased", tegan) in conn.execute("SELECT action, record_id FROM audit_log").fetchall()
    people = [json.loads(r[0]).get("name") for r in conn.execute("SELECT body_json FROM contexts")]
    assert "Vince" in people and "Mo" not in people  # linked to Keira too / to Tegan alone
    assert transfer_a.confirm(sent.receipt_code) is None  # once


def test_kept_read_only_by_default_and_the_rule_is_one_of_two_words(vaults):
    (a, records_a, transfer_a), (b, _records_b, transfer_b) = vaults["a"], vaults["b"]
    tegan, _keira = _two_children(records_a)
    assert transfer_a.after_receipt() == "keep"
    with pytest.raises(ValueError, match="kept or deleted"):
        transfer_a.set_after_receipt("archive")
    assert transfer_a.after_receipt() == "keep"
    sent = transfer_a.send(tegan, recipient=identity_card(b).recipient)
    receipt = transfer_b.receive(sent.data).receipt
    done = transfer_a.confirm_receipt(receipt)
    assert done is not None and not done.erased and done.receiver == identity_card(b).fingerprint
    assert found_in_file(_file(a), a._key, *HERS) == set(HERS)
