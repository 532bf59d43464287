"""An invented child's whole file for the readable transfer's tests and sample: two completed
assessments (one corrected, so two versions), a chronology with a corrected entry and a fact
recorded before any screening, an open and a closed escalation, a referrer profile. Every name,
number and event is made up."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from screening_app.domain.contacts import PROFILE_SETTING
from screening_app.services.chronology import ChronologyService
from screening_app.services.records import RecordsService
from screening_app.storage.records import NewEscalation

CASE = Path(__file__).parents[1] / "data" / "scenarios" / "v14-chronology-events.json"
PROFILE = {"name": "Ruth Patel", "role": "Designated safeguarding lead", "organisation": "Northgate Academy",
           "phone": "01632 960123", "email": "dsl@northgate.invalid"}
CORRECTION = "the date of the car at the gate was wrong"
OPEN_AGENCY = "Northshire Children's Social Care"
SECRETS = ("Tegan", "Invented", "A123456789012", "INV/2026/0042", "vodka", "Ruth Patel", "Northgate")

EARLIER = {"form": "cse-screening", "assessed_on": "2026-09-14",
           "child": {"date_of_birth": "2011-02-01"},
           "answers": {"unexplained_items": {"answer": "possible", "when": "current",
                                             "note": "New trainers; she said her cousin bought them."}},
           "people": [], "details": {}}


def a_whole_file(records: RecordsService) -> int:
    """The child's id in ``records``' vault, with the whole invented file."""
    records.set_setting(PROFILE_SETTING, PROFILE)
    case = json.loads(CASE.read_text(encoding="utf-8"))
    case["child"].update(first_name="Tegan", last_name="Invented", upn="A123456789012", nhs_number="943 476 5919")
    ref = records.import_case(case)
    child = records.get(ref.id).child_id
    data = json.loads(records.get(ref.id).input_json)
    records.correct(ref.id, data, CORRECTION)

    earlier = records.start_assessment(child, "cse-screening", EARLIER)
    records.complete(earlier.id, EARLIER)

    chronology = ChronologyService(records)
    party = chronology.record(child, {"date": "2026-11-12", "what": "Said she was at a party where older men gave "
                                      "the girls vodka; would not say where.", "source": "told_by_child"})
    chronology.correct(party, {"date": "2026-11-13", "what": "Said she was at a party where older men gave the girls "
                               "vodka; would not say where.", "source": "told_by_child"},
                       "it was the Friday, not the Thursday")
    chronology.record(child, {"date": "2026-08", "what": "Attendance fell from 96% to 81% over the summer term.",
                              "source": "seen"})

    records.add_escalation(NewEscalation(
        assessment_id=ref.id, agency=OPEN_AGENCY, stage=2, raised_on=date(2026, 11, 2),
        decision="No strategy discussion after the referral of 1 November",
        what_was_said="Team manager asked to review; the school's view is that the threshold is met."))
    records.add_escalation(NewEscalation(
        child_id=child, agency="Northshire Police", stage=1, raised_on=date(2026, 10, 20),
        decided_on=date(2026, 10, 23), decision="The missing episode recorded as absent, not missing",
        outcome="Recorded as missing after a call with the duty sergeant.", status="closed"))
    return child
