"""What changed between two stored assessments (view-model and PDF text), reviews and
"continue as a full assessment" drafts, on a real encrypted vault."""

from __future__ import annotations

import io
import json
from datetime import datetime

import pytest
from pypdf import PdfReader

from screening_app.services.compare import CompareError, CompareService
from screening_app.services.records import ChildDetails, RecordsService
from screening_app.services.vault_service import KdfParams, create_vault

FAST = KdfParams(time_cost=1, memory_kib=8 * 1024)
NOTE = "Invented note: seen by me."
GENERATED = datetime(2026, 11, 2, 9, 30)


def concern(answer: str = "yes", when: str | None = "current", note: str = NOTE) -> dict:
    return {"answer": answer, "when": when, "note": note}


EARLIER = {
    "out_late": concern("possible", "current"),  # -> yes: answer changed
    "school_absence": concern("yes", "current"),  # -> recent: recency changed
    "phone_secrecy": concern("yes", "recent"),  # -> no: resolved
    "unknown_callers": concern("yes", "current"),  # unchanged
}
LATER = {
    "out_late": concern("yes", "current", "Later note <b>not markup</b>."),
    "school_absence": concern("yes", "recent"),
    "phone_secrecy": {"answer": "no"},
    "unknown_callers": concern("yes", "current"),
    "missing_overnight": concern("yes", "current"),  # new
    "older_or_controlling_person": concern("yes", "current"),  # new
}


def case(on: str, answers: dict, form: str = "cse-screening", details: dict | None = None) -> dict:
    return {"form": form, "assessed_on": on, "child": {"date_of_birth": "2012-03-04"}, "answers": answers,
            "people": [], "details": details or {}}


@pytest.fixture
def service(tmp_path, pack, clock):
    vault, _ = create_vault(tmp_path / "vault", "plum lantern otter 93 quietly", kdf=FAST)
    records = RecordsService(vault, actor="tester", forms=pack, clock=clock)
    yield CompareService(records), records
    vault.close()


def add(records: RecordsService, child: int, data: dict) -> int:
    ref = records.start_assessment(child, data["form"], data)
    records.complete(ref.id, data)
    return ref.id


@pytest.fixture
def history(service):
    compare, records = service
    child = records.create_child(ChildDetails(first_name="Zoë", last_name="Łukasiewicz", upn="A123"))
    first = add(records, child, case("2026-01-10", EARLIER))
    second = add(records, child, case("2026-04-20", LATER))
    return compare, records, child, first, second


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_groups_and_movement_in_words(history):
    compare, records, child, first, second = history
    view = compare.view(second, first, GENERATED)  # argument order does not matter: earlier is on the left
    assert view.earlier.assessed_on == "10 January 2026" and view.later.assessed_on == "20 April 2026"
    kinds = {g.kind: [r.indicator_id for r in g.rows] for g in view.groups}
    assert sorted(kinds["new"]) == ["missing_overnight", "older_or_controlling_person"]
    assert kinds["answer_changed"] == ["out_late"]
    assert kinds["recency_changed"] == ["school_absence"]
    assert kinds["resolved"] == ["phone_secrecy"]
    assert kinds["unchanged"] == ["unknown_callers"]
    assert view.days_between == 100
    assert view.movement_words == f"{view.earlier.level.label} \u2192 {view.later.level.label}"
    stored = json.loads(records.get(second).result_json)
    assert view.later.score == stored["score"] and view.later.level.key == stored["final_level"]
    out_late = view.group("answer_changed").rows[0]
    assert out_late.earlier.text.startswith("Possible (suspected); Current")
    assert out_late.later.text.startswith("Yes (evidenced); Current")
    assert out_late.later.where == "answers.out_late.note"
    assert view.group("resolved").rows[0].later.text == "No"
    assert compare.default_pair(child) == (first, second)


def test_comparison_pdf_text(history):
    compare, records, _child, first, second = history
    text = pdf_text(compare.render(first, second))
    for expected in ("OFFICIAL-SENSITIVE", "Page 1 of", "What changed", "Zoë Łukasiewicz", "New concerns (2)",
                     "Answer changed (1)", "When it happened changed (1)", "No longer recorded as a concern (1)",
                     "Still a concern, unchanged (1)", "Later note <b>not", "Possible (suspected)",
                     records.get(first).reference, records.get(second).reference, "Earlier", "Later"):
        assert expected in text, expected
    assert "\u2192" in text


def test_export_writes_and_audits(history, tmp_path):
    compare, _records, _child, first, second = history
    target = compare.export(first, second, tmp_path / "what-changed.pdf")
    assert len(PdfReader(target).pages) >= 1
    assert list(tmp_path.glob("*.tmp")) == []
    with pytest.raises(CompareError, match="folder"):
        compare.export(first, second, tmp_path / "missing" / "x.pdf")


def test_refuses_drafts_same_and_other_children(history):
    compare, records, child, first, _second = history
    other = records.create_child(ChildDetails(first_name="Kai"))
    theirs = add(records, other, case("2026-02-01", {}))
    draft = records.start_assessment(child, "cse-screening").id
    for a, b, words in ((first, theirs, "different children"), (first, first, "two different"),
                        (first, draft, "completed")):
        with pytest.raises(CompareError, match=words):
            compare.view(a, b)
    assert compare.default_pair(other) is None


def test_screening_then_full_assessment(service):
    compare, records = service
    child = records.create_child(ChildDetails(first_name="Ioana"))
    first = add(records, child, case("2026-01-10", EARLIER))
    full = dict(LATER, returns_with_unexplained_care=concern("yes", "current"))
    second = add(records, child, case("2026-02-10", full, "cse-risk-assessment"))
    view = compare.view(first, second)
    assert [r.indicator_id for r in view.group("only_in_later_form").rows] == ["returns_with_unexplained_care"]
    assert view.group("only_in_later_form").rows[0].earlier.text == "Not asked in this form"


def test_review_prefill_round_trip(service):
    compare, records = service
    child = records.create_child(ChildDetails(first_name="Kacper", last_name="Nowak"))
    details = {"people": [{"name": "Invented adult", "approx_age": 30}], "consent": {"consent_given": "yes"},
               "reflective": {"area_background": "Yes, the same."}, "decision_record": {"decision": "refer"}}
    data = case("2026-01-10", EARLIER, details=details)
    previous = add(records, child, data)
    override = {"level": None}
    with pytest.raises(CompareError, match="what has changed"):
        compare.start_review(previous, "  ", {})
    ref = compare.start_review(previous, "Missing twice since the last review.", {"first_name": "Kacper"})
    draft = records.get(ref.id)
    assert draft.status == "draft" and draft.form_id == "cse-screening" and draft.child_id == child
    state = json.loads(draft.input_json)
    assert state["details"]["review"] == {"previous_reference": records.get(previous).reference,
                                          "what_changed": "Missing twice since the last review."}
    assert state["answers"]["out_late"] == {**EARLIER["out_late"], "events": []}  # as stored: no entry cited
    assert state["details"]["people"] == details["people"] and state["details"]["consent"] == details["consent"]
    assert "reflective" not in state["details"] and "decision_record" not in state["details"]
    assert state["override"] in (None, override["level"]) and state["assessed_on"] == records.clock.today().isoformat()
    assert state["details"]["child"]["first_name"] == "Kacper" and state["visited"] == []


def test_continue_screening_as_full_assessment(service):
    compare, records = service
    child = records.create_child(ChildDetails(first_name="Maya"))
    screening = add(records, child, case("2026-01-10", EARLIER))
    ref = compare.continue_as_assessment(screening, {"first_name": "Maya"})
    draft = records.get(ref.id)
    state = json.loads(draft.input_json)
    assert draft.form_id == "cse-risk-assessment" and state["form"] == "cse-risk-assessment"
    assert state["answers"]["out_late"]["answer"] == "possible"
    assert state["continued_from_reference"] == records.get(screening).reference
    with pytest.raises(CompareError, match="already a full assessment"):
        compare.continue_as_assessment(add(records, child, case("2026-02-01", {}, "cse-risk-assessment")), {})


def test_continuing_twice_opens_the_same_draft(service):
    compare, records = service
    child = records.create_child(ChildDetails(first_name="Maya"))
    screening = add(records, child, case("2026-01-10", EARLIER))
    first = compare.continue_as_assessment(screening, {"first_name": "Maya"})
    again = compare.continue_as_assessment(screening, {"first_name": "Maya"})
    assert again == first
    other = add(records, child, case("2026-03-10", EARLIER))
    assert compare.continue_as_assessment(other, {"first_name": "Maya"}) != first  # another screening: its own


def test_what_a_correction_changed(history, tmp_path):
    """Two stored versions of one assessment compared: the earlier on the left, the reason shown."""
    compare, records, _child, first, _second = history
    reference = records.get(first).reference
    corrected = {**case("2026-01-10", EARLIER)}
    corrected["answers"] = {**EARLIER, "missing_overnight": concern("yes", "current")}
    version, _result = records.correct(first, corrected, "Missing episode <i>left out</i> by mistake")
    assert version == 2
    view = compare.view_versions(first, 2, 1, GENERATED)
    assert view.earlier.reference == f"{reference} version 1" and view.later.reference == f"{reference} version 2"
    assert [r.indicator_id for r in view.group("new").rows] == ["missing_overnight"]
    assert view.correction == "Version 2 replaced version 1. Reason given: Missing episode <i>left out</i> by mistake"
    text = pdf_text(compare.render_versions(first, 1, 2))
    for expected in ("two versions of one assessment", "Reason given: Missing episode <i>left out</i> by mistake",
                     f"{reference} version 1", f"{reference} version 2", "New concerns (1)"):
        assert expected in text, expected
    target = compare.export_versions(first, 1, 2, tmp_path / "correction.pdf")
    assert len(PdfReader(target).pages) >= 1
    for a, b, words in ((1, 1, "two different versions"), (1, 3, "not stored")):
        with pytest.raises(CompareError, match=words):
            compare.view_versions(first, a, b)


def test_what_changed_in_welsh_from_the_same_records(history):
    """Issue 17: a comparison made in Welsh says its groups, counts, movement and answers in Welsh
    (the pack's Welsh for the form's words) and prints in Welsh; the same indicators are grouped."""
    compare, records, _child, first, second = history
    english = compare.view(first, second, GENERATED)
    welsh = CompareService(records, "cy").view(first, second, GENERATED)
    assert [(g.kind, [r.indicator_id for r in g.rows]) for g in welsh.groups] == \
        [(g.kind, [r.indicator_id for r in g.rows]) for g in english.groups]
    assert welsh.group("new").title == "Pryderon newydd" and welsh.counts_line.startswith("2 pryder newydd")
    assert welsh.earlier.assessed_on == "10 Ionawr 2026"
    assert welsh.group("answer_changed").rows[0].later.text.startswith("Ie (wedi'i dystiolaethu); Cyfredol")
    assert welsh.group("resolved").rows[0].later.text == "Na"
    text = pdf_text(CompareService(records, "cy").render(first, second))
    for expected in ("SWYDDOGOL-SENSITIF", "Beth sydd wedi newid", "Pryderon newydd (2)", "Cynharach"):
        assert expected in text, expected
    assert "New concerns" not in text and compare.language == "en"
