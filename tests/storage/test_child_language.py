"""A child's language preference in the vault (issue 17, migration 13): recorded as en or cy, or
not recorded; anything else refused before any write, with a message naming the field and never
the value. Real encrypted vaults; every child invented."""

from __future__ import annotations

from dataclasses import replace

import pytest

from screening_app.domain.child_language import PROBLEM, checked_language, language_words
from screening_app.domain.errors import AnswerError, DomainError
from screening_app.storage.records import ChildDetails
from screening_app.storage.repository import Repository, _child_values
from screening_app.storage.vault import Vault

WRONG = ("fr", "CY", "EN", "Welsh", "cymraeg", "", " cy", 1, True)


@pytest.fixture
def repo(vault: Vault) -> Repository:
    return Repository(vault.connection, actor="tester")


def _rows(vault: Vault) -> list[tuple]:
    return vault.connection.execute("SELECT * FROM children ORDER BY id").fetchall()


def test_recorded_english_welsh_or_not_recorded_reads_back(repo: Repository) -> None:
    ids = {code: repo.add_child(ChildDetails("Eira", "Invented", approx_age=12, language=code))
           for code in ("cy", "en", None)}
    for code, child_id in ids.items():
        assert repo.get_child(child_id).details.language == code
    repo.update_child(ids[None], replace(repo.get_child(ids[None]).details, language="cy"))
    repo.update_child(ids["cy"], replace(repo.get_child(ids["cy"]).details, language=None))  # un-recorded again
    assert (repo.get_child(ids[None]).details.language, repo.get_child(ids["cy"]).details.language) == ("cy", None)


@pytest.mark.parametrize("wrong", WRONG)
def test_anything_else_is_refused_by_the_domain_with_the_field_named(wrong: object) -> None:
    with pytest.raises(AnswerError) as refused:
        ChildDetails("Eira", "Invented", language=wrong)  # type: ignore[arg-type]
    assert refused.value.field == "child.language" and isinstance(refused.value, DomainError)
    assert str(refused.value) == f"child.language: {PROBLEM}"  # the same words whatever was given: never the value
    assert "en (English) or cy (Welsh)" in PROBLEM


def test_a_refused_change_changes_nothing(vault: Vault, repo: Repository) -> None:
    child = repo.add_child(ChildDetails("Eira", "Invented", approx_age=12, language="cy"))
    before, audit = _rows(vault), vault.connection.execute("SELECT count(*) FROM audit_log").fetchone()
    sneaked = object.__new__(ChildDetails)  # round the dataclass's own check: the repository checks again
    object.__setattr__(sneaked, "__dict__", {**repo.get_child(child).details.__dict__, "language": "fr"})
    with pytest.raises(AnswerError):
        _child_values(sneaked)
    with pytest.raises(AnswerError):
        repo.update_child(child, sneaked)
    assert _rows(vault) == before
    assert vault.connection.execute("SELECT count(*) FROM audit_log").fetchone() == audit


def test_the_audit_says_a_child_changed_never_the_preference(vault: Vault, repo: Repository) -> None:
    child = repo.add_child(ChildDetails("Eira", "Invented", approx_age=12))
    repo.update_child(child, replace(repo.get_child(child).details, language="cy"))
    rows = vault.connection.execute("SELECT * FROM audit_log").fetchall()
    assert ("child.updated", "child", child) in [tuple(r[3:6]) for r in rows]
    assert not any(word in str(r) for r in rows for word in ("cy", "Welsh", "Eira"))


def test_the_words_a_record_shows() -> None:
    assert [language_words(c) for c in ("cy", "en", None)] == ["Welsh", "English", "Not recorded"]
    assert checked_language(None) is None and checked_language("en") == "en"
