"""The intelligence PDF for the police (SPEC 12) on a real encrypted vault: one person record,
another child's row linked to it by the practitioner, and a record joined into it; rendered, its
text extracted and read. Identifiers in; each row says what was seen, when and by whom; children
"Child A" unless named, in the records' own words too, and never a date of birth; protected,
written atomically, audited without content; nothing written on any refusal. All invented."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from screening_app.domain.contacts import PROFILE_SETTING
from screening_app.domain.intelligence import Grading
from screening_app.services.intelligence import ExportError, IntelligenceService
from screening_app.services.records import RecordsService
from screening_app.services.vault_service import RecordNotFoundError, Vault

SCENARIO = Path(__file__).parents[1] / "data" / "scenarios" / "v03-classic-pattern.json"
TEACHER = {"name": "Jo Teacher", "role": "DSL", "organisation": "Northfield Academy"}
WORKER = {"name": "Kim Worker", "role": "Social worker", "organisation": "Northshire Children's Services"}
DOB_FORMS = ("2011", "01/02/2011", "1 Feb", "1 February", "02-01")  # invented: 1 February 2011


@pytest.fixture
def records(vault: Vault, pack: dict, clock) -> RecordsService:
    records = RecordsService(vault, actor="tester", forms=pack, clock=clock)
    records.set_setting(PROFILE_SETTING, {"name": "Jo Teacher", "role": "DSL", "organisation": "Northfield Academy",
                                          "phone": "01632 960001", "email": "dsl@northfield.invalid"})
    return records


def _import(records: RecordsService, first: str, last: str, people: list[dict], on: str,
            referrer: dict | None = None) -> int:
    case = {k: v for k, v in json.loads(SCENARIO.read_text(encoding="utf-8")).items()
            if k not in ("id", "title", "expect")}
    case.update(assessed_on=on, people=people, details={"referrer": referrer} if referrer else {},
                child={**case["child"], "first_name": first, "last_name": last, "date_of_birth": "2011-02-01"})
    return records.get(records.import_case(case).id).child_id


@pytest.fixture
def dan(records: RecordsService) -> dict:
    """Amy's Dan; Bea's practitioner chose Dan's record for her row; Cat's Danny, joined into it."""
    amy = _import(records, "Amy", "Testone", [
        {"name": "Dan", "aliases": ["D-Man"], "approx_age": 24, "sex": "male", "relationship": "adult of concern",
         "vehicles": [{"registration": "AB12 CDE", "make": "Ford", "colour": "grey"}],
         "how_known": "Amy said he drives her home from school"}], "2026-10-01", TEACHER)
    service = IntelligenceService(records)
    (record,) = service.records_list()
    bea = _import(records, "Bea", "Testtwo", [
        {"name": "Dan", "context": record.uuid, "relationship": "boyfriend", "phones": ["07700 900123"],
         "how_known": "seen picking Bea up at the shops in the grey Ford"}], "2026-10-15", WORKER)
    cat = _import(records, "Cat", "Testthree", [
        {"name": "Danny", "vehicles": [{"registration": "xy19-zzz", "make": "BMW"}], "handles": ["@dman_07"],
         "how_known": "Cat and Amy Testone met him at a party"}], "2026-11-01")
    joined = next(r for r in service.records_list() if r.name == "Danny")
    records.contexts.merge(record.id, joined.id)
    return {"service": service, "id": record.id, "joined": joined.id, "amy": amy, "bea": bea, "cat": cat}


def _text(pdf: bytes, password: str | None = None) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    if password is not None:
        assert reader.is_encrypted and reader.decrypt(password)
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())  # a cell's lines as one


def test_the_subject_is_every_record_joined_and_each_row_says_what_by_whom(dan):
    service: IntelligenceService = dan["service"]
    report = service.report(dan["id"])
    assert report == service.report(dan["joined"])  # the joined record's number gives the same submission
    text = _text(service.render(dan["id"]))
    for fact in ("Intelligence about a person of concern", "OFFICIAL-SENSITIVE", "D-Man, Danny", "24", "male",
                 "AB12 CDE grey Ford", "xy19-zzz BMW", "07700 900123", "@dman_07",
                 "01/10/2026", "15/10/2026", "01/11/2026", "Jo Teacher, DSL, Northfield Academy",
                 "Kim Worker, Social worker", "Linked to 3 children", "3 not named here"):
        assert fact in text, fact
    rows = [{c.label: c.value for c in row} for row in report.sightings.rows]
    assert [(r["Child"], r["What was seen or known"]) for r in rows] == [
        ("Child A", "adult of concern: Child A said he drives her home from school"),
        ("Child B", "boyfriend: seen picking Child B up at the shops in the grey Ford"),  # Bea's own row
        ("Child C", "Child C and Child A met him at a party"),
    ]
    assert rows[2]["Recorded by"] == "not recorded" and rows[0]["Record"].startswith("CSE-")
    assert report.withheld == 4


def test_only_the_chosen_child_is_named_and_no_date_of_birth_ever(dan):
    text = _text(dan["service"].render(dan["id"], named={dan["bea"]}))
    assert "Bea Testtwo" in text and "seen picking Bea up" in text
    for other in ("Amy", "Testone", "Cat", "Testthree"):
        assert other not in text, other
    for dob in DOB_FORMS:
        assert dob not in text, dob
    assert "2 not named here" in text


def test_the_practitioners_grades_and_the_date_from_the_clock(dan):
    text = _text(dan["service"].render(dan["id"], grading=Grading("1", "A", "C", "not to be shown to Amy's family")))
    for fact in ("1: reliable", "A: known directly to the source", "C: lawful sharing permitted with conditions",
                 "not to be shown to Child A's family", "22 November 2026", "Generated 22/11/2026 10:00",
                 "01632 960001", "dsl@northfield.invalid"):
        assert fact in text, fact
    assert "Amy" not in text


def test_export_protected_atomically_and_audited_without_content(dan, records, tmp_path):
    target = tmp_path / "intel.pdf"
    report = dan["service"].export(dan["joined"], target, named={dan["cat"]}, password="otter lamp carousel")
    assert report.withheld == 3 and sorted(p.name for p in tmp_path.iterdir()) == ["intel.pdf", "vault"]
    assert target.stat().st_mode & 0o077 == 0
    assert b"Testthree" not in target.read_bytes()  # encrypted: nothing readable without the password
    text = _text(target.read_bytes(), "otter lamp carousel")
    assert "Cat Testthree" in text and "Amy" not in text
    entry = records.casework.audit_entries(1)[0]
    assert (entry.action, entry.record_kind, entry.record_id) == (
        "context.intelligence.exported_naming_children", "context", dan["id"])
    dan["service"].export(dan["id"], tmp_path / "again.pdf")
    assert records.casework.audit_entries(1)[0].action == "context.intelligence.exported"


@pytest.mark.parametrize("kwargs, says", [
    ({"named": {999}}, "child 999 is not linked to this record"),
    ({"grading": Grading(handling="C")}, "handling code C needs its conditions"),
    ({"grading": Grading(source="9")}, "source grade '9'"),
    ({"password": "short"}, "at least 8 characters"),
])
def test_a_refusal_writes_nothing_and_audits_nothing(dan, records, tmp_path, kwargs, says):
    before = records.casework.audit_entries(1)
    with pytest.raises(ExportError, match=says):
        dan["service"].export(dan["id"], tmp_path / "x.pdf", **kwargs)
    assert not (tmp_path / "x.pdf").exists() and records.casework.audit_entries(1) == before


def test_a_missing_folder_and_a_missing_record(dan, tmp_path):
    with pytest.raises(ExportError, match="folder"):
        dan["service"].export(dan["id"], tmp_path / "nowhere" / "x.pdf")
    with pytest.raises(RecordNotFoundError):
        dan["service"].resolve("9999")
    with pytest.raises(RecordNotFoundError):
        dan["service"].resolve("00000000-0000-4000-8000-000000000000")
    assert dan["service"].resolve(dan["service"].records_list()[0].uuid.upper()) == dan["id"]


def test_the_list_counts_joined_records_once(dan):
    (record,) = dan["service"].records_list()
    assert (record.id, record.kind, record.name, record.children) == (dan["id"], "person", "Dan", 3)


