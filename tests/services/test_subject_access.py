"""Subject access on a real vault (issue 16): what is read about one child (drafts, every version,
the chronology's versions, contexts and the other children linked to them, transfers, records
joined into theirs, the audit trail), and the PDF's text: withheld names absent, the schedule
present, a released item present, the export audited without content. Every child invented."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from screening_app.domain.subject_access import choose
from screening_app.services.audit import AuditService
from screening_app.services.child_join import ChildJoinService
from screening_app.services.chronology import ChronologyService
from screening_app.services.records import RecordsService
from screening_app.services.subject_access import ExportError, SubjectAccessService
from screening_app.services.transfer import TransferService
from screening_app.storage.subject_access import held_about
from tests.services import sar_case
from tests.services.sar_case import ADULT, ALIAS, GROUP_MEMBER, OTHER_CHILD, PHONE, SOURCE

REQUESTED = date(2026, 11, 18)


@pytest.fixture
def records(vault, pack, clock) -> RecordsService:
    return RecordsService(vault, "R Patel", pack, clock=clock)


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_everything_held_is_read_drafts_versions_links_transfers_and_joins(records, vault, clock):
    seeded = sar_case.seed(records)
    data = json.loads(records.get_by_reference(seeded.reference).input_json)
    records.correct(records.get_by_reference(seeded.reference).id, data, "the date of the party was wrong")
    draft = records.start_assessment(seeded.child, "cse-screening", {"form": "cse-screening"})
    chronology = ChronologyService(records)
    entry = chronology.record(seeded.child, {"date": "2026-11-02", "what": "Came in late.", "source": "seen"})
    chronology.correct(entry, {"date": "2026-11-03", "what": "Came in late.", "source": "seen"}, "a day out")
    TransferService(vault, "R Patel", clock).send(seeded.child, passphrase="a one-off passphrase for the test")
    twin = records.import_case({"form": "cse-screening", "assessed_on": "2026-11-05", "answers": {}, "child": {
        "first_name": "Tegan", "last_name": "Invented", "date_of_birth": "2011-02-01"}})
    ChildJoinService(vault, "R Patel", clock).join(seeded.child, records.get(twin.id).child_id)

    held = held_about(vault.connection, seeded.child)
    references = {a["reference"]: a for a in held["assessments"]}
    assert references[seeded.reference]["versions"][1]["reason"] == "the date of the party was wrong"
    assert references[draft.reference]["status"] == "draft" and twin.reference in references  # joined: theirs too
    assert seeded.other_reference not in references
    assert any(len(e["versions"]) == 2 for e in held["chronology"])
    person = next(c for c in held["contexts"] if c["kind"] == "person")
    assert person["other_children"] == [OTHER_CHILD]  # linked by the same phone
    assert [t["direction"] for t in held["transfers"]] == ["sent"]
    assert ["Kasey Madeupson", "Kasey", "Madeupson"] in held["other_children"]
    assert not any("Tegan" in names for names in held["other_children"])  # the joined record is the same child


def test_the_pdf_withholds_by_default_and_lists_what_and_why(records, tmp_path: Path):
    seeded = sar_case.seed(records)
    service = SubjectAccessService(records)
    prepared = service.prepare_by_reference(seeded.reference)
    target = service.export(prepared, tmp_path / "sar.pdf", REQUESTED)
    text = text_of(target.read_bytes())
    flat = " ".join(text.split())
    for secret in (OTHER_CHILD, "Kasey", ADULT, ALIAS, SOURCE, PHONE, GROUP_MEMBER):
        assert secret not in flat, secret
    assert "Tegan Invented" in flat and "New trainers; she says [withheld: prevention or detection of crime" in flat
    assert "18 November 2026" in flat and "18 December 2026 (within one month of the request)" in flat
    assert "What was withheld and why" in flat and "DPA 2018 Sch. 2 Part 3 para 16" in flat
    assert "a source who asked to stay anonymous" in flat and "Chronology: 17 October 2026, Who told" in flat
    assert "OFFICIAL-SENSITIVE" in text and "getting into a grey car" in flat
    lines = AuditService(records.vault).of_child(seeded.child)
    assert lines[-1].what == "exported a subject access response" and lines[-1].who == "R Patel"


def test_a_released_item_is_in_the_pdf_and_the_export_says_a_child_was_named(records, tmp_path: Path):
    seeded = sar_case.seed(records)
    service = SubjectAccessService(records)
    prepared = service.prepare_by_reference(seeded.reference)
    named = next(i for i in prepared.items if i.text == OTHER_CHILD)
    deano = next(i for i in prepared.items if i.text == ALIAS and i.passage.startswith("chronology"))
    items = choose(prepared.items, named.id, withheld=False, confirmed=True)
    items = choose(items, deano.id, withheld=False)
    items = choose(items, next(i.id for i in items if i.kind == "anonymous_source"), withheld=True,
                   exemption="serious_harm")
    flat = " ".join(text_of(service.render(prepared, items, REQUESTED)).split())
    assert f"Seen at the precinct with {OTHER_CHILD} and {ALIAS}, getting into a grey car." in flat
    assert "DPA 2018 Sch. 3 Part 3 para 11" in flat and GROUP_MEMBER not in flat
    assert "released 1 item(s) naming another child" in flat
    service.export(prepared, tmp_path / "sar.pdf", REQUESTED, items)
    last = AuditService(records.vault).of_child(seeded.child)[-1]
    assert last.what.startswith("exported a subject access response, naming another child")


def test_nothing_is_written_for_a_request_dated_after_today_or_a_missing_folder(records, tmp_path: Path, clock):
    seeded = sar_case.seed(records)
    service = SubjectAccessService(records)
    prepared = service.prepare_by_reference(seeded.reference)
    with pytest.raises(ExportError, match="after today"):
        service.export(prepared, tmp_path / "sar.pdf", date(2026, 12, 1))
    with pytest.raises(ExportError, match="does not exist"):
        service.export(prepared, tmp_path / "no" / "sar.pdf", REQUESTED)
    assert list(tmp_path.glob("*.pdf")) == []
    assert all(not line.what.startswith("exported a subject") for line in AuditService(records.vault).of_child(
        seeded.child))
