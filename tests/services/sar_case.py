"""Invented children for the subject access tests and screenshots: Tegan, whose record is asked
for, and Kasey, another child of the vault, linked to the same adult of concern (the same phone)
and named in Tegan's chronology. A source of Tegan's asked to stay anonymous. Every name, number
and event is made up."""

from __future__ import annotations

from dataclasses import dataclass

from screening_app.services.chronology import ChronologyService
from screening_app.services.records import RecordsService

OTHER_CHILD = "Kasey Madeupson"
ADULT = "Dean Fictitious"
ALIAS = "Deano"
SOURCE = "Mrs Olu Neighbourly"
PHONE = "07700 900123"
GROUP_MEMBER = "Jordan Notreal"
PARTY = f"Seen at the precinct with {OTHER_CHILD} and {ALIAS}, getting into a grey car."


def _case(first: str, last: str, relationship: str, anonymous: str) -> dict:
    return {
        "form": "cse-screening", "assessed_on": "2026-11-01",
        "child": {"first_name": first, "last_name": last, "date_of_birth": "2011-02-01", "upn": "A123456789012"},
        "people": [{"name": ADULT, "aliases": [ALIAS], "approx_age": 24, "phones": [PHONE],
                    "relationship": relationship}],
        "groups": [{"name": "The precinct crowd", "members": [GROUP_MEMBER]}],
        "answers": {"missing_overnight": {"answer": "yes", "when": "current", "events": ["e1"]},
                    "unexplained_items": {"answer": "possible", "when": "current",
                                          "note": f"New trainers; she says {ALIAS} bought them."}},
        "events": [{"id": "e1", "date": "2026-10-17", "what": "Missing overnight; came back with a new phone.",
                    "source": "told_by_other", "source_detail": SOURCE}],
        "details": {"consent": {"parents_told": "yes", "anonymous_source": anonymous}},
    }


@dataclass(frozen=True)
class Seeded:
    child: int
    other: int
    reference: str
    other_reference: str


def seed(records: RecordsService) -> Seeded:
    mine = records.import_case(_case("Tegan", "Invented", "adult of concern", "yes"))
    theirs = records.import_case(_case("Kasey", "Madeupson", "older boyfriend", "no"))
    child = records.get(mine.id).child_id
    ChronologyService(records).record(child, {"date": "2026-10-29", "what": PARTY, "source": "seen"})
    return Seeded(child, records.get(theirs.id).child_id, mine.reference, theirs.reference)
