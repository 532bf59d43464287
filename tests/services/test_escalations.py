"""Escalation round trip: record, update, list open with age, print a summary whose text is checked."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from pypdf import PdfReader

from screening_app.domain.errors import AnswerError
from screening_app.domain.escalation import stage_label
from screening_app.services.escalations import EscalationService, NewEscalation
from screening_app.services.records import ChildDetails, RecordsService
from screening_app.services.vault_service import KdfParams, create_vault
from tests.conftest import TEST_NOW

FAST = KdfParams(time_cost=1, memory_kib=8 * 1024)


@pytest.fixture
def service(tmp_path, clock):
    vault, _ = create_vault(tmp_path / "vault", "plum lantern otter 93 quietly", kdf=FAST)
    records = RecordsService(vault, actor="tester", clock=clock)
    yield EscalationService(records), records
    vault.close()


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_round_trip_to_pdf(service):
    escalations, records = service
    child = records.create_child(ChildDetails(first_name="Zoë", last_name="Łukasiewicz-Ştefănescu"))
    today = records.clock.today()
    first = escalations.record(
        NewEscalation(
            agency="Children's Social Care (MASH)",
            stage=1,
            raised_on=today - timedelta(days=12),
            child_id=child,
            decision="No further action on the referral",
            what_was_said="Asked the duty social worker <b>why</b>.",
        )
    )
    escalations.record(NewEscalation(agency="Police", stage=2, raised_on=today - timedelta(days=3), child_id=child))
    escalations.update(
        first,
        NewEscalation(
            agency="Children's Social Care (MASH)",
            stage=1,
            raised_on=today - timedelta(days=12),
            child_id=child,
            decision="No further action on the referral",
            decided_on=today - timedelta(days=2),
            outcome="Strategy discussion agreed",
            status="closed",
        ),
    )
    open_ones = escalations.open_with_age()
    assert [(e.details.agency, age) for e, age in open_ones] == [("Police", 3)]

    text = pdf_text(escalations.summary_pdf(child))
    assert text.count("OFFICIAL-SENSITIVE") == 2 * len(PdfReader(io.BytesIO(escalations.summary_pdf(child))).pages)
    for expected in (
        "Escalation summary",
        "Zoë Łukasiewicz-Ştefănescu",
        "1 of 2 open",
        stage_label(1),
        stage_label(2),
        "No further action on the referral",
        "Strategy discussion agreed",
        "Closed",
        "Open (3 days since raised)",
        "generated 22 November 2026 10:00",  # the injected clock's time, not the computer's
        "Page 1 of 1",
        "Signature",
    ):
        assert expected in text.replace("\n", " "), expected
    actions = [e.action for e in records.casework.audit_entries(10)]
    assert actions.count("escalation.created") == 2 and "escalation.updated" in actions
    assert "escalation_summary.exported" in actions


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"agency": "  "}, "agency"),
        ({"stage": 4}, "stage"),
        ({"raised_on": TEST_NOW.date() + timedelta(days=1)}, "raised_on"),
        ({"decided_on": TEST_NOW.date() - timedelta(days=30)}, "decided_on"),
        ({"child_id": None}, "child"),
    ],
)
def test_bad_escalations_refused_before_writing(service, change, field):
    escalations, records = service
    child = records.create_child(ChildDetails(first_name="A", last_name="B"))
    base = {"agency": "Police", "stage": 1, "raised_on": TEST_NOW.date() - timedelta(days=1), "child_id": child}
    with pytest.raises(AnswerError) as info:
        escalations.record(NewEscalation(**{**base, **change}))
    assert info.value.field == field
    assert escalations.for_child(child) == []


def test_summary_with_no_escalations(service):
    escalations, records = service
    child = records.create_child(ChildDetails(first_name="A", last_name="B"))
    assert "No escalations recorded." in pdf_text(escalations.summary_pdf(child))


def test_save_summary_writes_atomically(service, tmp_path):
    escalations, records = service
    child = records.create_child(ChildDetails(first_name="A", last_name="B"))
    target = escalations.save_summary(child, tmp_path / "summary.pdf")
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".summary.pdf")] == []
