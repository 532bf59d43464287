"""The chronology on a real encrypted vault: record a concern, correct it with a reason
(the earlier text stays readable), read it latest first, cite it from an assessment, and
refuse bad entries before anything is written."""

from __future__ import annotations

import pytest

from screening_app.domain.errors import AnswerError
from screening_app.services.chronology import ChronologyService
from screening_app.services.records import ChildDetails, RecordsService
from screening_app.services.vault_service import KdfParams, create_vault

FAST = KdfParams(time_cost=1, memory_kib=8 * 1024)
CAR = {"date": "2026-11-18", "what": "A grey car with two older men waited outside school at 3pm.", "source": "seen"}
MISSING = {"date": "about 2026-11-07", "what": "Missing overnight; found by police at a flat in town.",
           "source": "told_by_other", "source_detail": "Police (PC invented)", "reference": "INV/2026/0042"}


@pytest.fixture
def chronology(tmp_path, pack, clock):
    vault, _ = create_vault(tmp_path / "vault", "plum lantern otter 93 quietly", kdf=FAST)
    records = RecordsService(vault, actor="tester", forms=pack, clock=clock)
    yield ChronologyService(records), records
    vault.close()


def test_recorded_once_read_latest_first(chronology):
    service, records = chronology
    child = records.create_child(ChildDetails(first_name="Invented", last_name="Child"))
    first = service.record(child, MISSING)
    second = service.record(child, CAR)
    entries = service.for_child(child)
    assert [e.id for e in entries] == [second, first]
    assert entries[1].entry.source_words() == "Told by Police (PC invented)"
    assert entries[1].entry.when.words() == "about 7 Nov 2026" and entries[1].entry.reference == "INV/2026/0042"
    actions = [a.action for a in records.casework.audit_entries(10)]
    assert actions.count("chronology.added") == 2


def test_a_correction_keeps_the_earlier_text_with_its_reason(chronology):
    service, records = chronology
    child = records.create_child(ChildDetails(first_name="Invented", last_name="Child"))
    entry_id = service.record(child, CAR)
    with pytest.raises(AnswerError, match="reason"):
        service.correct(entry_id, {**CAR, "what": "A silver car."}, "  ")
    assert service.correct(entry_id, {**CAR, "what": "A silver car with two older men."}, "Colour misheard") == 2
    (now,) = service.for_child(child)
    assert now.entry.what == "A silver car with two older men." and now.version == 2
    history = service.history(entry_id)
    assert [v.body["what"] for v in history] == [CAR["what"], "A silver car with two older men."]
    assert [v.reason for v in history] == [None, "Colour misheard"]


@pytest.mark.parametrize(
    ("fields", "field"),
    [({**CAR, "date": "2026-11-23"}, "date"),  # the day after the clock's today
     ({**CAR, "sorce": "seen"}, "sorce"), ({**CAR, "source": "told_by_other"}, "source_detail"),
     ({**CAR, "what": ""}, "what"),
     ({**CAR, "date": "18/11/2026"}, "date")],
)
def test_bad_entries_are_refused_before_writing(chronology, fields, field):
    service, records = chronology
    child = records.create_child(ChildDetails(first_name="Invented", last_name="Child"))
    with pytest.raises(AnswerError) as info:
        service.record(child, fields)
    assert info.value.field == field
    assert service.for_child(child) == []


def test_the_next_screening_starts_from_entries_not_yet_assessed(chronology):
    service, records = chronology
    child = records.create_child(ChildDetails(first_name="Invented", last_name="Child"))
    cited, fresh = service.record(child, MISSING), service.record(child, CAR)
    assessment = records.start_assessment(child, "cse-screening").id
    service.cite(assessment, {cited})
    assert [e.id for e in service.not_yet_assessed(child)] == [fresh]


def test_an_entry_suggests_and_is_language_checked(chronology):
    service, _ = chronology
    ids = {s.indicator_id for s in service.suggestions(MISSING["what"])}
    assert {"missing_overnight", "taken_for_sexual_activity"} <= ids
    flags = service.language_flags("She was promiscuous and put herself at risk.")
    assert flags and all(f.where == "what" for f in flags)
