"""One child, two records (issue 14, SPEC 13): a file received from the last school is kept apart
from the record already here even when the UPN matches; the practitioner joins them, and undoing
the join puts every row back where it was. Real vaults, a real transfer; every record invented."""

from __future__ import annotations

import json
from datetime import date

import pytest

from screening_app.services.child_join import ChildJoinService
from screening_app.services.chronology import ChronologyService
from screening_app.services.records import ChildDetails, RecordsService
from screening_app.services.transfer import identity_card
from screening_app.storage.contexts import ContextStore
from screening_app.storage.db import transaction
from screening_app.storage.errors import RecordNotFoundError
from screening_app.storage.records import SearchQuery
from tests.services.transfer_case import a_whole_file

OWNED = ("assessments", "chronology_entries", "escalations", "transfers", "context_links", "child_names")


@pytest.fixture
def vaults(make_vaults):
    return make_vaults("a", "b")


def _owners(vault) -> dict[str, list[tuple]]:
    """Who owns every row that belongs to a child."""
    conn = vault.connection
    owners = {t: sorted(conn.execute(f"SELECT rowid, child_id FROM {t}").fetchall()) for t in OWNED[:-1]}
    owners["child_names"] = sorted(conn.execute("SELECT name, child_id FROM child_names").fetchall())
    return owners


def _here_already(records: RecordsService) -> int:
    """The record this school made before the file came: the same UPN, typed with a space."""
    child = records.create_child(ChildDetails("Tegan", "Invented", upn="A1234 56789012"))
    data = {"form": "cse-screening", "assessed_on": "2026-11-04", "child": {"approx_age": 14}, "people": [],
            "details": {},
            "answers": {"missing_overnight": {"answer": "yes", "when": "current",
                                              "note": "Missing overnight on 3 November."}}}
    ref = records.start_assessment(child, "cse-screening", data)
    records.complete(ref.id, data)
    ChronologyService(records).record(child, {"date": "2026-11-03", "what": "Missing overnight; found at a flat.",
                                              "source": "seen"})
    return child


def _received(vaults) -> tuple[int, int, ChildJoinService]:
    (_a, records_a, transfer_a), (b, records_b, transfer_b) = vaults["a"], vaults["b"]
    local = _here_already(records_b)
    sent = transfer_a.send(a_whole_file(records_a), recipient=identity_card(b).recipient)
    got = transfer_b.receive(sent.data).received
    assert got is not None and got.new_child and got.possible_matches == [local]
    return local, got.child_id, ChildJoinService(b, "worker b", records_b.clock)


def test_a_child_received_is_kept_apart_and_said_to_be_maybe_the_same(vaults):
    local, received, joins = _received(vaults)
    (same,) = joins.same_as(received)
    assert same.child_id == local and same.why == ("the same UPN",)
    assert [s.child_id for s in joins.same_as(local)] == [received]


def test_joining_moves_every_record_onto_the_one_here_first_and_undo_puts_each_back(vaults):
    local, received, joins = _received(vaults)
    b, records_b = vaults["b"][0], vaults["b"][1]
    before = _owners(b)
    theirs = {t: [r for r in rows if r[1] == received] for t, rows in before.items()}
    assert all(theirs[t] for t in ("assessments", "chronology_entries", "escalations", "transfers"))

    kept, join_id = joins.join(received, local)  # either order: the record here first is kept
    assert kept == local and joins.joined_into(received) == local
    after = _owners(b)
    assert not any(r[1] == received for rows in after.values() for r in rows)
    for table in ("assessments", "chronology_entries", "escalations", "transfers", "context_links"):
        assert len(after[table]) == len(before[table])  # moved, not copied or lost
    assert records_b.counts()["children"] == 1  # one child, whatever records were joined into hers
    page = records_b.search(SearchQuery(text="tegan"), 50)
    assert {item.child_id for item in page.items} == {local}
    assert joins.same_as(local) == [] and [j.id for j in joins.joins_of(local)] == [join_id]

    assert joins.undo(join_id) == received
    assert _owners(b) == before
    assert joins.joined_into(received) is None and joins.joins_of(local) == []
    with pytest.raises(RecordNotFoundError):
        joins.undo(join_id)  # once


def test_a_later_file_for_the_joined_record_lands_on_the_record_kept(vaults):
    (_a, records_a, transfer_a), (b, _records_b, transfer_b) = vaults["a"], vaults["b"]
    local, received, joins = _received(vaults)
    joins.join(local, received)
    child_a = records_a.search(SearchQuery(text="tegan"), 5).items[0].child_id
    ChronologyService(records_a).record(child_a, {"date": "2026-11-20", "what": "Seen getting into a grey car.",
                                                  "source": "seen"})
    again = transfer_b.receive(transfer_a.send(child_a, recipient=identity_card(b).recipient).data).received
    assert again is not None and again.child_id == local and not again.new_child
    assert again.added == {"chronology_entry": 1} and again.possible_matches == []


def test_a_join_is_audited_without_a_name_and_is_refused_twice(vaults):
    local, received, joins = _received(vaults)
    b = vaults["b"][0]
    joins.join(local, received)
    rows = b.connection.execute("SELECT action, record_kind, record_id FROM audit_log WHERE action LIKE 'child.join%'"
                                ).fetchall()
    assert sorted(rows) == [("child.joined", "child", local), ("child.joined_into", "child", received)]
    assert "Tegan" not in json.dumps(b.connection.execute("SELECT * FROM audit_log").fetchall())
    assert "Tegan" not in b.connection.execute("SELECT moved_json FROM child_joins").fetchone()[0]
    with pytest.raises(ValueError, match="already joined"):
        joins.join(local, received)
    with pytest.raises(RecordNotFoundError):
        joins.join(local, local)


def test_a_link_both_records_had_is_set_aside_and_comes_back_on_undo(vaults):
    local, received, joins = _received(vaults)
    b = vaults["b"][0]
    store = ContextStore(b.connection, "worker b")
    place = store.add("place", {"address": "Flat 2, 14 Invented Road"}, [])
    for child in (local, received):
        with transaction(b.connection):
            store.insert_link(place, child, None, date(2026, 11, 3).isoformat())
    before = _owners(b)
    _kept, join_id = joins.join(local, received)
    assert b.connection.execute("SELECT count(*) FROM context_links WHERE context_id = ?", (place,)).fetchone()[0] == 1
    joins.undo(join_id)
    assert _owners(b) == before
