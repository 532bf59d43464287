"""A child's language preference in a team (issues 15 and 17), with real vaults and a real folder:
a register like every other detail of the child; changed on two laptops apart, a conflict shown and
decided; "not recorded" never competes with a preference recorded meanwhile; a value this version
does not record, written by a member, neither stops the sync nor is guessed at. Every record
invented; the clock is fixed."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from screening_app.domain.errors import AnswerError
from screening_app.domain.team_merge import Write
from screening_app.services.records import RecordsService
from screening_app.services.team import TeamService
from screening_app.services.transfer import identity_card
from screening_app.services.vault_service import create_vault
from tests.services.conftest import FAST_KDF, PASSPHRASE
from tests.services.transfer_case import a_whole_file


@pytest.fixture
def team(tmp_path: Path, pack, clock):
    """A lead and a deputy in one team, both holding the lead's invented child (ids here and there)."""
    folder = tmp_path / "Safeguarding team"
    folder.mkdir()
    opened = {}
    for name in ("lead", "deputy"):
        vault, _ = create_vault(tmp_path / name, PASSPHRASE, kdf=FAST_KDF)
        opened[name] = (vault, RecordsService(vault, name, pack, clock=clock), TeamService(vault, name, clock))
    (_a, records_a, lead), (b, records_b, deputy) = opened["lead"], opened["deputy"]
    mine = a_whole_file(records_a)
    lead.create(folder, "Team")
    lead.sync()
    lead.invite(identity_card(b).recipient, "Deputy")
    deputy.join(folder)
    theirs = b.connection.execute("SELECT id FROM children WHERE first_name = 'Tegan'").fetchone()[0]
    yield (records_a, lead, mine), (records_b, deputy, theirs)
    for vault, _records, _team in opened.values():
        vault.close()


def _set(records: RecordsService, child: int, **changes: object) -> None:
    records.update_child(child, replace(records.get_child(child).details, **changes))


def _language(records: RecordsService, child: int) -> str | None:
    return records.get_child(child).details.language


def test_a_preference_recorded_on_one_laptop_reaches_the_other_and_back(team):
    (records_a, lead, mine), (records_b, deputy, theirs) = team
    assert _language(records_b, theirs) is None
    _set(records_a, mine, language="cy")
    lead.sync()
    deputy.sync()
    assert _language(records_b, theirs) == "cy"
    _set(records_b, theirs, language="en")
    deputy.sync()
    lead.sync()
    assert _language(records_a, mine) == "en"
    _set(records_a, mine, language=None)  # un-recorded: that is a change too
    lead.sync()
    deputy.sync()
    assert _language(records_b, theirs) is None and lead.status()["conflicts"] == [] == deputy.status()["conflicts"]


def test_not_recorded_never_competes_with_a_preference_recorded_meanwhile(team, clock):
    """The deputy changes another detail before hearing of the lead's Welsh: no conflict, and the
    Welsh stays on both (members before migration 13 never write the field at all)."""
    (records_a, lead, mine), (records_b, deputy, theirs) = team
    for records in (records_a, records_b):  # as a team from before migration 13 holds the child: no register
        conn = records.vault.connection
        conn.execute("DELETE FROM team_writes WHERE field = 'child.language'")
        conn.execute("DELETE FROM team_values WHERE field = 'child.language'")
    _set(records_a, mine, language="cy")
    clock.advance(seconds=60)
    _set(records_b, theirs, upn="B987654321098")
    for service in (lead, deputy, lead):
        service.sync()
    for records, child in ((records_a, mine), (records_b, theirs)):
        assert (_language(records, child), records.get_child(child).details.upn) == ("cy", "B987654321098")
    assert lead.status()["conflicts"] == [] == deputy.status()["conflicts"]


def test_two_preferences_recorded_apart_are_a_conflict_decided_for_everyone(team, clock):
    (records_a, lead, mine), (records_b, deputy, theirs) = team
    _set(records_a, mine, language="cy")
    clock.advance(seconds=300)
    _set(records_b, theirs, language="en")
    for service in (lead, deputy, lead):
        service.sync()
    for service, records, child in ((lead, records_a, mine), (deputy, records_b, theirs)):
        (conflict,) = service.status()["conflicts"]
        assert conflict["field"] == "child.language" and sorted(conflict["values"]) == ["cy", "en"]
        assert _language(records, child) == conflict["values"][0]  # the latest is shown until someone decides
    assert _language(records_a, mine) == _language(records_b, theirs)  # the same one on both laptops
    with pytest.raises(AnswerError, match=r"child\.language"):
        deputy.decide(conflict["record"], "child.language", "Welsh")  # refused before any file is written
    assert len(deputy.status()["conflicts"]) == 1
    deputy.decide(conflict["record"], "child.language", "cy")
    lead.sync()
    for service, records, child in ((lead, records_a, mine), (deputy, records_b, theirs)):
        assert service.status()["conflicts"] == [] and _language(records, child) == "cy"


def test_a_value_this_version_does_not_record_is_not_guessed_and_the_sync_goes_on(team):
    (records_a, lead, mine), (records_b, deputy, theirs) = team
    uuid = records_a.vault.connection.execute("SELECT uuid FROM children WHERE id = ?", (mine,)).fetchone()[0]
    hlc = lead._hlc(lead.team())
    with lead.store.conn.lock:  # a member's file written wrong: "fr" beside a real change of name
        name = (uuid, "child.first_name")
        lead._publish([Write((uuid, "child.language"), hlc.tick(), "fr"),
                       Write(name, hlc.tick(), "Teagan", lead._heads(name))], hlc)
    report = deputy.sync()
    assert report.refused == {} and records_b.get_child(theirs).details.first_name == "Teagan"
    assert _language(records_b, theirs) is None  # not recorded here: never "fr", never a guess
    _set(records_b, theirs, language="cy")  # and it can be recorded properly over it
    deputy.sync()
    lead.sync()
    assert _language(records_a, mine) == "cy"
