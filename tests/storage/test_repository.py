"""Repository: drafts, completion locks, corrections, search, paging, deletion, audit, casework."""

from __future__ import annotations

from datetime import date

import pytest

from screening_app.storage.casework import Casework
from screening_app.storage.db import DatabaseError
from screening_app.storage.errors import RecordLockedError, RecordNotFoundError
from screening_app.storage.records import ChildDetails, CompletedPayload, NewEscalation, SearchQuery
from screening_app.storage.repository import Repository
from screening_app.storage.vault import Vault


def _payload(level: str = "high", input_json: str = '{"v": 1}', review: str = "2026-11-15") -> CompletedPayload:
    return CompletedPayload(input_json, '{"score": 10}', None, level, level, review, "2026-11-01")


@pytest.fixture
def repo(vault: Vault) -> Repository:
    return Repository(vault.connection, actor="tester")


def _child(repo: Repository, first: str = "Ada", last: str = "Lovelace", **extra: object) -> int:
    return repo.add_child(ChildDetails(first, last, **extra))  # type: ignore[arg-type]


def test_references_are_unique_and_human_friendly(repo: Repository) -> None:
    child = _child(repo)
    refs = [repo.start_assessment(child, "cse-screening", "1.0", "{}").reference for _ in range(3)]
    year = refs[0][4:8]
    assert refs == [f"CSE-{year}-00000{n}" for n in (1, 2, 3)]


def test_draft_saves_and_resumes(repo: Repository) -> None:
    ref = repo.start_assessment(_child(repo), "cse-screening", "1.0", "{}")
    repo.save_draft(ref.id, '{"answers": {}}', "page-3", "missing_overnight")
    saved = repo.get_assessment(ref.id)
    assert (saved.status, saved.input_json, saved.resume_page, saved.resume_field) == (
        "draft", '{"answers": {}}', "page-3", "missing_overnight"
    )


def test_completed_assessment_is_locked(repo: Repository) -> None:
    ref = repo.start_assessment(_child(repo), "cse-screening", "1.0", "{}")
    repo.complete(ref.id, _payload())
    with pytest.raises(RecordLockedError):
        repo.save_draft(ref.id, '{"changed": true}')
    with pytest.raises(RecordLockedError):
        repo.complete(ref.id, _payload("low"))
    assert repo.get_assessment(ref.id).final_level == "high"


def test_correction_adds_a_version_and_keeps_the_old_one(repo: Repository) -> None:
    ref = repo.start_assessment(_child(repo), "cse-screening", "1.0", "{}")
    repo.complete(ref.id, _payload("high", '{"v": 1}'))
    assert repo.correct(ref.id, _payload("medium", '{"v": 2}'), "date of birth was wrong") == 2
    current = repo.get_assessment(ref.id)
    assert (current.version, current.final_level, current.input_json) == (2, "medium", '{"v": 2}')
    versions = repo.versions(ref.id)
    assert [(v.version, v.reason, v.payload.final_level) for v in versions] == [
        (1, None, "high"), (2, "date of birth was wrong", "medium")
    ]


def test_versions_cannot_be_rewritten(repo: Repository, vault: Vault) -> None:
    ref = repo.start_assessment(_child(repo), "cse-screening", "1.0", "{}")
    repo.complete(ref.id, _payload())
    with pytest.raises(DatabaseError, match="read-only"):
        vault.connection.execute("UPDATE assessment_versions SET final_level = 'low'")


def test_a_draft_cannot_be_corrected(repo: Repository) -> None:
    ref = repo.start_assessment(_child(repo), "cse-screening", "1.0", "{}")
    with pytest.raises(RecordNotFoundError):
        repo.correct(ref.id, _payload(), "reason")


def test_search_by_name_other_names_and_accents(repo: Repository) -> None:
    zoe = _child(repo, "Zoë", "Ångström", other_names=("Зоя", "Zo"))
    other = _child(repo, "Zack", "Brown")
    for child in (zoe, other):
        repo.start_assessment(child, "cse-screening", "1.0", "{}")

    def names(text: str) -> list[str]:
        return [item.child_name for item in repo.search(SearchQuery(text=text)).items]

    assert names("zoe") == ["Zoë Ångström"]
    assert names("Зо") == ["Zoë Ångström"]
    assert names("z") == ["Zack Brown", "Zoë Ångström"]
    assert names("zo angs") == ["Zoë Ångström"]
    assert names("zo brown") == []


def test_search_by_dob_identifier_level_status_and_review_due(repo: Repository) -> None:
    a = _child(repo, date_of_birth=date(2011, 2, 1), nhs_number="943 476 5919")
    b = _child(repo, "Bo", "Bell", upn="a123")
    ref_a = repo.start_assessment(a, "cse-screening", "1.0", "{}")
    repo.complete(ref_a.id, _payload("high", review="2026-11-15"))
    ref_b = repo.start_assessment(b, "cse-screening", "1.0", "{}")

    def refs(**criteria: object) -> list[int]:
        return [item.id for item in repo.search(SearchQuery(**criteria)).items]  # type: ignore[arg-type]

    assert refs(date_of_birth=date(2011, 2, 1)) == [ref_a.id]
    assert refs(identifier="9434765919") == [ref_a.id]
    assert refs(identifier="A 123") == [ref_b.id]
    assert refs(level="high") == [ref_a.id]
    assert refs(status="draft") == [ref_b.id]
    assert refs(review_due_by=date(2026, 11, 30)) == [ref_a.id]
    assert refs(review_due_by=date(2026, 11, 1)) == []


def test_list_is_keyset_paged_newest_first(repo: Repository) -> None:
    child = _child(repo)
    ids = [repo.start_assessment(child, "cse-screening", "1.0", "{}").id for _ in range(5)]
    first = repo.list_assessments(limit=2)
    second = repo.list_assessments(limit=2, before_id=first.next_before_id)
    third = repo.list_assessments(limit=2, before_id=second.next_before_id)
    seen = [item.id for page in (first, second, third) for item in page.items]
    assert seen == ids[::-1] and third.next_before_id is None


def test_delete_leaves_an_audit_entry_without_content(repo: Repository, vault: Vault) -> None:
    child = _child(repo, "Secretname", "Hidden")
    ref = repo.start_assessment(child, "cse-screening", "1.0", '{"note": "distinctive"}')
    repo.complete(ref.id, _payload())
    repo.delete_assessment(ref.id)
    with pytest.raises(RecordNotFoundError):
        repo.get_assessment(ref.id)
    assert repo.versions(ref.id) == []
    entries = Casework(vault.connection).audit_entries()
    assert entries[0].action == "assessment.deleted" and entries[0].record_id == ref.id
    assert entries[0].actor == "tester"
    dump = repr(entries)
    assert "Secretname" not in dump and "distinctive" not in dump


def test_delete_child_removes_their_assessments(repo: Repository) -> None:
    child = _child(repo)
    ref = repo.start_assessment(child, "cse-screening", "1.0", "{}")
    repo.delete_child(child)
    with pytest.raises(RecordNotFoundError):
        repo.get_assessment(ref.id)
    assert repo.search(SearchQuery(text="ada")).items == ()


def test_update_child_reindexes_names(repo: Repository) -> None:
    child = _child(repo)
    repo.start_assessment(child, "cse-screening", "1.0", "{}")
    repo.update_child(child, ChildDetails("Augusta", "King"))
    assert repo.search(SearchQuery(text="ada")).items == ()
    assert len(repo.search(SearchQuery(text="augusta")).items) == 1


def test_missing_records_say_so(repo: Repository) -> None:
    for action in (lambda: repo.get_assessment(99), lambda: repo.save_draft(99, "{}"),
                   lambda: repo.delete_assessment(99), lambda: repo.get_child(99)):
        with pytest.raises(RecordNotFoundError):
            action()


def test_escalations_and_settings(vault: Vault, repo: Repository) -> None:
    casework = Casework(vault.connection, "tester")
    ref = repo.start_assessment(_child(repo), "cse-screening", "1.0", "{}")
    item = NewEscalation(agency="Children's social care", stage=1, raised_on=date(2026, 11, 2), assessment_id=ref.id)
    escalation = casework.add_escalation(item)
    casework.update_escalation(escalation, NewEscalation(**{**item.__dict__, "stage": 2, "status": "closed"}))
    assert casework.escalations(ref.id)[0].details.stage == 2
    assert casework.escalations(open_only=True) == []
    casework.set_setting("auto_lock_minutes", 5)
    casework.set_setting("auto_lock_minutes", 10)
    assert casework.get_setting("auto_lock_minutes") == 10
    assert casework.get_setting("missing", "default") == "default"
    assert repo.counts() == {"children": 1, "drafts": 1, "completed": 0, "open_escalations": 0}
