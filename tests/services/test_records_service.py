"""Record use cases: import the scenario cases, complete with validation and scoring, correct, drafts."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from screening_app.domain.errors import AnswerError, DomainError
from screening_app.services.records import ChildDetails, OverrideRequest, RecordsService, SearchQuery
from screening_app.services.vault_service import KdfParams, RecordLockedError, Vault, VaultError, create_vault

SCENARIOS = sorted((Path(__file__).parents[1] / "data" / "scenarios").glob("*.json"))


@pytest.fixture
def service(vault: Vault, pack: dict) -> RecordsService:
    return RecordsService(vault, actor="tester", forms=pack)


def _case(name: str) -> dict:
    return json.loads(next(p for p in SCENARIOS if p.name.startswith(name)).read_text(encoding="utf-8"))


def _input(name: str) -> dict:
    """A scenario as the wizard hands it over: the assessment input, without the file's id, title and expect."""
    return {k: v for k, v in _case(name).items() if k not in ("id", "title", "expect")}


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_import_stores_the_scored_result_or_refuses(service: RecordsService, path: Path) -> None:
    case = json.loads(path.read_text(encoding="utf-8"))
    expected = case.get("expect", {})
    if "computed_level" not in expected:
        with pytest.raises(DomainError):
            service.import_case(case)
        assert service.list().items == ()
        return
    ref = service.import_case(case)
    stored = service.get(ref.id)
    assert stored.status == "completed"
    assert stored.computed_level == expected["computed_level"]
    result = json.loads(stored.result_json or "{}")
    assert result["score"] == expected["score"]
    assert stored.review_date == result["review_date"]


def test_import_takes_names_and_identifiers_from_the_child(service: RecordsService) -> None:
    case = _case("v03")
    case["child"].update(
        first_name="Amira",
        last_name="Haddad",
        other_names=["Mimi"],
        identifiers={"upn": "A123456789012", "nhs_number": "943 476 5919"},
    )
    ref = service.import_case(case)
    summary = service.search(SearchQuery(text="mimi")).items[0]
    assert (summary.reference, summary.child_name) == (ref.reference, "Amira Haddad")
    assert service.search(SearchQuery(identifier="9434765919")).items[0].id == ref.id
    assert "Amira" not in service.get(ref.id).input_json  # names live with the child only


def test_draft_then_complete_validates_and_scores(service: RecordsService) -> None:
    child = service.create_child(ChildDetails("Sam", "Lee"))
    ref = service.start_assessment(child, "cse-screening")
    case = _input("v03")
    service.save_draft(ref.id, {"answers": {}}, page="p1", field="missing_overnight")
    assert service.get(ref.id).resume_field == "missing_overnight"
    with pytest.raises(AnswerError):
        service.complete(ref.id, {**case, "answers": {"missing_overnight": {"answer": "yes"}}})
    assert service.get(ref.id).status == "draft"
    result = service.complete(ref.id, case)
    stored = service.get(ref.id)
    assert (stored.final_level, stored.computed_level) == (result.final_level.value, result.computed_level.value)
    with pytest.raises(RecordLockedError):
        service.save_draft(ref.id, {})


def test_override_is_stored_with_its_reason(service: RecordsService) -> None:
    ref = service.start_assessment(service.create_child(ChildDetails("Kai", "Ng")), "cse-screening")
    case = _input("v04")  # low
    service.complete(ref.id, case, OverrideRequest(level="medium", reason="Worrying new friendship group."))
    stored = service.get(ref.id)
    assert (stored.computed_level, stored.final_level) == ("low", "medium")
    assert json.loads(stored.override_json or "{}")["reason"] == "Worrying new friendship group."


def test_correct_needs_a_reason_and_keeps_history(service: RecordsService) -> None:
    ref = service.import_case(_case("v03"))
    with pytest.raises(AnswerError):
        service.correct(ref.id, _input("v04"), reason="  ")
    version, result = service.correct(ref.id, _input("v04"), reason="Answers were for another child.")
    assert version == 2 and service.get(ref.id).final_level == result.final_level.value
    assert [v.payload.computed_level for v in service.versions(ref.id)] == ["high", "low"]


def test_delete(service: RecordsService) -> None:
    ref = service.import_case(_case("v01"))
    service.delete(ref.id)
    assert service.list().items == ()


def test_ui_facing_methods_go_through_the_service(tmp_path):
    from screening_app.services.records import ChildDetails, RecordsService

    vault, _ = create_vault(
        tmp_path / "v", "umbrella copper violin 58 ducks", kdf=KdfParams(time_cost=1, memory_kib=8192)
    )
    try:
        service = RecordsService(vault, actor="tester")
        child_id = service.create_child(ChildDetails(first_name="Ilinca", last_name="Popescu-Invented"))
        assert service.get_child(child_id).details.first_name == "Ilinca"
        service.set_setting("referrer", {"name": "Invented DSL"})
        assert service.get_setting("referrer") == {"name": "Invented DSL"}
        assert service.get_setting("absent", 5) == 5
        assert service.counts()["children"] == 1
        assert service.escalations(open_only=True) == []
    finally:
        vault.close()


def test_kept_wording_and_prints_are_audited_as_numbers_only(tmp_path):
    import json

    from screening_app.services.records import RecordsService

    fast = KdfParams(time_cost=1, memory_kib=8192)
    vault, _ = create_vault(tmp_path / "v", "umbrella copper violin 58 ducks", kdf=fast)
    try:
        service = RecordsService(vault, actor="tester")
        case = json.loads(next(p for p in SCENARIOS if p.stem == "v01-late-absent-phone").read_text())
        ref = service.import_case(case)
        data = {k: case[k] for k in ("form", "assessed_on", "child", "answers")}
        data["details"] = {"language_flags_kept": 2}
        service.correct(ref.id, data, "Invented correction reason")
        service.record_print(ref.id)
        actions = [e.action for e in service.casework.audit_entries(20)]
        assert "assessment.language_flags_kept:2" in actions and "assessment.printed" in actions
    finally:
        vault.close()


def test_completing_brings_the_child_record_up_to_date(tmp_path):
    from datetime import date

    from screening_app.services.records import ChildDetails, RecordsService

    fast = KdfParams(time_cost=1, memory_kib=8192)
    vault, _ = create_vault(tmp_path / "v", "umbrella copper violin 58 ducks", kdf=fast)
    try:
        service = RecordsService(vault, actor="tester")
        child_id = service.create_child(ChildDetails(first_name="Ioana", last_name="Popscu", approx_age=14))
        ref = service.start_assessment(child_id, "cse-screening")
        data = {
            "form": "cse-screening",
            "assessed_on": "2026-11-01",
            "child": {"date_of_birth": "2012-03-04"},
            "answers": {},
            "details": {
                "child": {
                    "first_name": "Ioana",
                    "last_name": "Popescu",
                    "other_names": "Io, Nana",
                    "date_of_birth": "04/03/2012",
                    "upn": "A123456789012",
                }
            },
        }
        service.complete(ref.id, data)
        child = service.get_child(child_id).details
        assert (child.last_name, child.other_names, child.date_of_birth, child.approx_age, child.upn) == (
            "Popescu",
            ("Io", "Nana"),
            date(2012, 3, 4),
            None,
            "A123456789012",
        )
        page = service.search(SearchQuery(text="popescu"))
        assert [s.id for s in page.items] == [ref.id]
        assert "child.updated" in [e.action for e in service.casework.audit_entries(10)]
    finally:
        vault.close()


def _everything(vault: Vault) -> dict[str, list]:
    """Every row of every table: 'the vault exactly as it was' made checkable."""
    tables = [r[0] for r in vault.connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {t: sorted(map(repr, vault.connection.execute(f'SELECT * FROM "{t}"'))) for t in tables}


@pytest.mark.parametrize(
    "failing_action",
    ["child.created", "assessment.started", "assessment.completed", "assessment.language_flags_kept:2"],
)
def test_import_is_one_transaction(service: RecordsService, vault: Vault, failing_action: str) -> None:
    """A write failing at any step of an import leaves no child, no draft and no audit entry behind."""
    service.import_case(_case("v04"))  # something already there, to be kept as it is
    case = {**_case("v03"), "details": {"language_flags_kept": 2}}
    before = _everything(vault)
    vault.connection.execute(  # a real SQLite failure at that step (a temporary trigger, this connection only)
        "CREATE TEMP TRIGGER fail_import BEFORE INSERT ON audit_log"
        f" WHEN NEW.action = '{failing_action}' BEGIN SELECT RAISE(ABORT, 'injected'); END"
    )
    with pytest.raises(VaultError):
        service.import_case(case)
    assert _everything(vault) == before
    vault.connection.execute("DROP TRIGGER fail_import")
    ref = service.import_case(case)  # and the same import then goes through whole
    assert service.get(ref.id).status == "completed"
    assert service.counts()["children"] == 2


def test_import_refuses_an_impossible_date_against_the_given_day(service: RecordsService) -> None:
    case = _case("v03")  # assessed on 2026-11-01
    with pytest.raises(AnswerError, match="assessed_on"):
        service.import_case(case, today=date(2026, 10, 30))
    assert service.import_case(case, today=date(2026, 10, 31)).reference


def test_an_override_is_by_the_practitioner_named_on_the_referral_not_the_login(tmp_path, pack):
    """The referral said "Changed by root" (the computer's login name): it names the referrer."""
    from screening_app.services.records import ChildDetails, OverrideRequest, RecordsService

    fast = KdfParams(time_cost=1, memory_kib=8192)
    vault, _ = create_vault(tmp_path / "v", "plum lantern otter 93 quietly", kdf=fast)
    try:
        records = RecordsService(vault, actor="root", forms=pack)
        child = records.create_child(ChildDetails(first_name="Invented", last_name="Child"))
        ref = records.start_assessment(child, "cse-screening")
        data = {"form": "cse-screening", "assessed_on": "2026-11-01", "child": {"approx_age": 14},
                "answers": {i.id: {"answer": "no"} for i in pack["cse-screening"].indicators()},
                "details": {"referrer": {"name": "Invented DSL"}}}
        data["answers"]["missing_overnight"] = {"answer": "yes", "when": "current", "note": "Seen by me."}
        result = records.complete(ref.id, data, OverrideRequest("high", "Invented reason to raise."))
        assert result.override.by == "Invented DSL"
    finally:
        vault.close()


def test_import_adds_the_case_events_to_the_childs_chronology_cited_by_the_assessment(service: RecordsService):
    """A case's events are facts about the child: an import puts them in the chronology, as typed,
    each cited by the imported assessment (so the next screening does not offer them again)."""
    from screening_app.services.chronology import ChronologyService

    case = _case("v14")
    ref = service.import_case(case)
    chronology = ChronologyService(service)
    child_id = service.get(ref.id).child_id
    entries = chronology.for_child(child_id)
    assert sorted(e.entry.what for e in entries) == sorted(e["what"] for e in case["events"])
    by_what = {e.entry.what: e.entry for e in entries}
    first = case["events"][0]
    assert by_what[first["what"]].source_detail == first["source_detail"]
    assert by_what[first["what"]].reference == first["reference"]
    assert all(e.cited for e in entries) and not chronology.not_yet_assessed(child_id)
    actions = [e.action for e in service.casework.audit_entries(50)]
    assert actions.count("chronology.added") == len(case["events"])


def test_import_with_events_is_one_transaction(service: RecordsService, vault: Vault) -> None:
    """A failure while adding the chronology leaves no child, no assessment and no entry behind."""
    before = _everything(vault)
    vault.connection.execute(
        "CREATE TEMP TRIGGER fail_entry BEFORE INSERT ON assessment_evidence"
        " BEGIN SELECT RAISE(ABORT, 'injected'); END"
    )
    with pytest.raises(VaultError):
        service.import_case(_case("v14"))
    assert _everything(vault) == before


def test_each_childs_newest_completed_assessment_in_one_question(service: RecordsService) -> None:
    """Home's reviews due keep only each child's newest completed assessment (an older one's review
    date is superseded): one query for a page of children, a newer draft not counted."""
    older = service.import_case(_case("v01"))
    child = service.get(older.id).child_id
    newer = service.start_assessment(child, "cse-screening")
    service.complete(newer.id, _input("v01"))
    other = service.get(service.import_case(_case("v03")).id).child_id
    service.start_assessment(child, "cse-screening")  # newer still, but a draft
    draft_only = service.create_child(ChildDetails(first_name="Ottilie", last_name="Invented"))
    service.start_assessment(draft_only, "cse-screening")
    newest = service.newest_completed([child, other, draft_only, 999_999])
    assert newest[child] == newer.id and set(newest) == {child, other}
