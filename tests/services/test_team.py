"""A team sharing records through a synced folder (issue 15), with real vaults and a real folder:
the lead's records reach a deputy who joins later; changes flow both ways; a field changed on two
laptops apart is a conflict on both, with the same value shown; files cut short, changed, from
a non-member or replayed under another name are refused or retried, and change nothing; a
removed member cannot read what is written after. Every record invented; the clock is fixed."""

from __future__ import annotations

import base64
import json
import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from screening_app.exchange import team_folder
from screening_app.services.chronology import ChronologyService
from screening_app.services.escalations import EscalationService
from screening_app.services.records import ChildDetails, RecordsService
from screening_app.services.team import TeamError, TeamService
from screening_app.services.transfer import identity_card
from screening_app.services.vault_service import create_vault
from tests.services.conftest import FAST_KDF, PASSPHRASE
from tests.services.transfer_case import a_whole_file


@pytest.fixture
def team(tmp_path: Path, pack, clock):
    folder = tmp_path / "OneDrive - Northgate" / "Safeguarding team"
    folder.mkdir(parents=True)
    opened = {}
    for name in ("lead", "deputy", "other"):
        vault, _ = create_vault(tmp_path / name, PASSPHRASE, kdf=FAST_KDF)
        opened[name] = (vault, RecordsService(vault, name, pack, clock=clock), TeamService(vault, name, clock))
    yield folder, opened
    for vault, _records, _team in opened.values():
        vault.close()


def _export(vault) -> dict:
    """What must be the same on every member: every shared record by global id, without local
    row numbers, references or when it was written here."""
    conn = vault.connection
    q = lambda sql: sorted(tuple(r) for r in conn.execute(sql).fetchall())  # noqa: E731
    return {
        "children": q("SELECT uuid, first_name, last_name, other_names, date_of_birth, upn, nhs_number FROM children"),
        "assessments": q("SELECT a.uuid, c.uuid, a.form_id, a.final_level, v.uuid FROM assessments a JOIN children c"
                         " ON c.id = a.child_id JOIN assessment_versions v ON v.assessment_id = a.id"
                         " AND v.version = a.version WHERE a.status = 'completed'"),
        "versions": q("SELECT v.uuid, a.uuid, v.input_json, v.reason FROM assessment_versions v"
                      " JOIN assessments a ON a.id = v.assessment_id"),
        "chronology": q("SELECT e.uuid, c.uuid, e.occurred_on, v.body_json FROM chronology_entries e"
                        " JOIN children c ON c.id = e.child_id"
                        " JOIN chronology_versions v ON v.entry_id = e.id AND v.version = e.version"),
        "escalations": q("SELECT uuid, agency, stage, status, outcome FROM escalations"),
    }


def _join(folder: Path, lead: TeamService, member: TeamService, vault, name: str) -> None:
    lead.invite(identity_card(vault).recipient, name)
    member.join(folder)


def test_a_deputy_who_joins_later_has_the_leads_records_and_changes_flow_both_ways(team):
    folder, opened = team
    (a, records_a, lead), (b, records_b, deputy) = opened["lead"], opened["deputy"]
    child = a_whole_file(records_a)
    lead.create(folder, "Northgate Academy safeguarding")
    lead.sync()
    _join(folder, lead, deputy, b, "Deputy DSL")
    assert deputy.team().name == "Northgate Academy safeguarding"
    assert _export(b) == _export(a) and _export(b)["assessments"]
    assert [m.active for m in deputy.members().values()] == [True, True]
    who = b.connection.execute("SELECT DISTINCT actor FROM audit_log WHERE action LIKE 'team.%.received'").fetchall()
    assert who == [(f"team member {lead.me}",)]  # the audit says whose change each received record was

    # the deputy records a concern about the same child; the lead closes an escalation
    tegan_b = b.connection.execute("SELECT id FROM children WHERE first_name = 'Tegan'").fetchone()[0]
    ChronologyService(records_b).record(tegan_b, {"date": "2026-11-19", "source": "seen",
                                                  "what": "Seen getting into a grey car after school."})
    escalation = records_a.escalations(open_only=True)[0]
    EscalationService(records_a).update(escalation.id, replace(
        escalation.details, status="closed", decided_on=date(2026, 11, 18),
        outcome="Strategy discussion held on 18 November."))
    assert deputy.sync().published > 0
    lead.sync()
    deputy.sync()
    assert _export(a) == _export(b)
    assert any("grey car" in row[3] for row in _export(a)["chronology"])
    assert ("closed", "Strategy discussion held on 18 November.") in [r[3:] for r in _export(b)["escalations"]]
    assert child  # the lead's own record id is untouched


def test_the_same_field_changed_on_two_laptops_apart_is_a_conflict_on_both(team, clock):
    folder, opened = team
    (a, records_a, lead), (b, records_b, deputy) = opened["lead"], opened["deputy"]
    child = a_whole_file(records_a)
    lead.create(folder, "Team")
    _join(folder, lead, deputy, b, "Deputy")
    mine = records_a.get_child(child).details
    records_a.update_child(child, ChildDetails(**{**mine.__dict__, "date_of_birth": date(2011, 2, 10)}))
    clock.advance(seconds=300)
    theirs_id = b.connection.execute("SELECT id FROM children WHERE first_name = 'Tegan'").fetchone()[0]
    theirs = records_b.get_child(theirs_id).details
    records_b.update_child(theirs_id, ChildDetails(**{**theirs.__dict__, "date_of_birth": date(2011, 1, 2)}))
    for service in (lead, deputy, lead):
        service.sync()
    assert _export(a) == _export(b)
    for service in (lead, deputy):
        (conflict,) = service.status()["conflicts"]
        assert conflict["field"] == "child.date_of_birth"
        assert sorted(conflict["values"]) == ["2011-01-02", "2011-02-10"]  # both kept, the later shown
    deputy.decide(conflict["record"], conflict["field"], "2011-02-10")  # the deputy checks: the lead was right
    lead.sync()
    for service, records, child_id in ((lead, records_a, child), (deputy, records_b, theirs_id)):
        assert service.status()["conflicts"] == []
        assert records.get_child(child_id).details.date_of_birth == date(2011, 2, 10)
    with pytest.raises(TeamError, match="not in conflict"):
        deputy.decide(conflict["record"], conflict["field"], "2011-01-02")


def test_files_cut_short_changed_foreign_or_renamed_change_nothing(team, tmp_path):
    folder, opened = team
    (a, records_a, lead), (b, _records_b, deputy) = opened["lead"], opened["deputy"]
    lead.create(folder, "Team")
    _join(folder, lead, deputy, b, "Deputy")
    a_whole_file(records_a)
    lead.sync()
    newest = [f for f in team_folder.change_files(folder) if f.member == lead.me][-1]
    data = newest.path.read_bytes()
    holding = tmp_path / "holding"
    shutil.move(newest.path, holding)
    newest.path.write_bytes(data[: len(data) // 2])  # the sync service is still writing it
    report = deputy.sync()
    assert report.waiting == 1 and not _export(b)["assessments"]
    newest.path.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))  # damaged in transit
    assert deputy.sync().waiting == 1 and not _export(b)["assessments"]
    shutil.move(holding, newest.path)  # the whole file arrives
    assert deputy.sync().read == 1 and _export(b) == _export(a)

    before = _export(b)
    replay = newest.path.with_name(f"{newest.seq + 5:08d}.cse-team")
    replay.write_bytes(data)  # the same file again under another number
    assert deputy.sync().refused == {"forged": 1} and _export(b) == before
    outsider = folder / "ABCD-ABCD-ABCD-ABCD"
    outsider.mkdir()
    (outsider / "00000001.cse-team").write_bytes(data)  # someone else's file in a folder not theirs
    assert deputy.sync().refused.get("forged") == 1 and _export(b) == before
    (folder / newest.member / "00000003 (1).cse-team").write_bytes(b"conflict copy")  # a sync service's copy
    (folder / "notes.txt").write_text("not a change file")
    assert deputy.sync().refused == {} and _export(b) == before


def test_a_removed_member_cannot_read_what_is_written_after(team):
    folder, opened = team
    (_a, records_a, lead), (b, _records_b, deputy), (c, _records_c, other) = (
        opened["lead"], opened["deputy"], opened["other"])
    lead.create(folder, "Team")
    _join(folder, lead, deputy, b, "Deputy")
    _join(folder, lead, other, c, "Agency worker")
    lead.remove(identity_card(c).recipient)
    a_whole_file(records_a)
    lead.sync()
    deputy.sync()
    assert _export(b)["assessments"]
    report = other.sync()
    assert report.refused.get("not_for_us", 0) >= 1 and not _export(c)["assessments"]
    with pytest.raises(TeamError, match="not a member"):
        lead.remove(identity_card(c).recipient)


def test_refusals_say_what_to_do(team, tmp_path):
    folder, opened = team
    lead, deputy = opened["lead"][2], opened["deputy"][2]
    with pytest.raises(TeamError, match="not in a team"):
        lead.sync()
    with pytest.raises(TeamError, match="does not exist"):
        lead.create(tmp_path / "nowhere", "Team")
    lead.create(folder, "Team")
    with pytest.raises(TeamError, match="already belongs"):
        lead.create(folder, "Team")
    with pytest.raises(TeamError, match="age1"):
        lead.invite("not a key")
    with pytest.raises(TeamError) as refused:
        deputy.join(folder)  # not invited yet
    assert refused.value.kind == "not_for_us" and deputy.team() is None
    assert json.dumps(lead.status()).count("Team") == 1


def test_a_child_limited_to_named_members_is_not_sent_to_the_others(team):
    """KCSIE: access only for those who need it. From the restriction on, the child's records go
    only to the named members; another child's still go to everyone."""
    folder, opened = team
    (a, records_a, lead), (b, _records_b, deputy), (c, records_c, other) = (
        opened["lead"], opened["deputy"], opened["other"])
    tegan = a_whole_file(records_a)
    lead.create(folder, "Team")
    _join(folder, lead, deputy, b, "Deputy")
    _join(folder, lead, other, c, "Agency worker")
    lead.restrict(tegan, [identity_card(b).recipient])
    assert lead.access(tegan) == sorted([identity_card(a).recipient, identity_card(b).recipient])
    ChronologyService(records_a).record(tegan, {"date": "2026-11-20", "source": "told_by_child",
                                                "what": "Said the man in the grey car is called Dan."})
    data = {"form": "cse-screening", "assessed_on": "2026-11-20", "child": {"date_of_birth": "2011-02-01"},
            "answers": {}, "details": {}, "people": []}
    new = records_a.start_assessment(tegan, "cse-screening", data)
    records_a.complete(new.id, data)  # its header, version and current version go out in one batch
    new_uuid = a.connection.execute("SELECT uuid FROM assessments WHERE id = ?", (new.id,)).fetchone()[0]
    keira = records_a.create_child(ChildDetails("Keira", "Other"))
    ChronologyService(records_a).record(keira, {"date": "2026-11-20", "source": "seen", "what": "Late again."})
    lead.sync()
    deputy.sync()
    report = other.sync()
    said = [r[3] for r in _export(c)["chronology"]]
    assert any("called Dan" in w for w in [r[3] for r in _export(b)["chronology"]])
    assert not any("called Dan" in w for w in said) and any("Late again" in w for w in said)
    assert new_uuid in [r[0] for r in _export(b)["assessments"]]
    assert new_uuid not in [r[0] for r in _export(c)["assessments"]] + [r[1] for r in _export(c)["versions"]]
    assert report.refused.get("not_for_us", 0) >= 1
    assert new_uuid in [r[0] for r in _export(b)["assessments"]]
    assert new_uuid not in [r[0] for r in _export(c)["assessments"]] + [r[1] for r in _export(c)["versions"]]
    with pytest.raises(TeamError, match="only members"):
        lead.restrict(tegan, ["age1" + "q" * 58])
    lead.restrict(tegan, None)  # the whole team again: later changes reach everyone
    ChronologyService(records_a).record(tegan, {"date": "2026-11-21", "source": "seen", "what": "Back at school."})
    lead.sync()
    other.sync()
    assert any("Back at school" in r[3] for r in _export(c)["chronology"])
    assert records_c is not None


def _contexts(vault) -> dict:
    """People, places and links by global id, merges resolved: the same on every member."""
    conn = vault.connection
    q = lambda sql: sorted(tuple(r) for r in conn.execute(sql).fetchall())  # noqa: E731
    return {
        "contexts": q("SELECT c.uuid, c.kind, c.body_json, m.uuid FROM contexts c"
                      " LEFT JOIN contexts m ON m.id = c.merged_into"),
        "keys": q("SELECT c.uuid, k.kind, k.key FROM context_keys k JOIN contexts c ON c.id = k.context_id"),
        "links": q("SELECT c.uuid, ch.uuid, a.uuid, l.relationship FROM context_links l"
                   " JOIN contexts c ON c.id = l.context_id JOIN children ch ON ch.id = l.child_id"
                   " LEFT JOIN assessments a ON a.id = l.assessment_id"),
    }


def test_the_same_car_in_two_childrens_records_on_two_laptops_is_one_pattern_for_the_team(team):
    from tests.services.test_contexts import _import

    folder, opened = team
    (a, records_a, lead), (b, records_b, deputy) = opened["lead"], opened["deputy"]
    amy = _import(records_a, "Amy", [{"name": "Daniel Hart", "approx_age": 24,
                                       "vehicle_phone": "grey Ford, AB12 CDE"}],
                  [{"address": "Flat 3, Invented Court", "postcode": "ZZ1 1ZZ"}])
    lead.create(folder, "Team")
    lead.sync()
    _join(folder, lead, deputy, b, "Deputy")
    assert _contexts(b) == _contexts(a) and len(_contexts(b)["contexts"]) == 2
    beth = _import(records_b, "Beth", [{"name": "Danny", "vehicle_phone": "picked up in a Ford ab12cde"}],
                   on="2026-11-10")
    deputy.sync()
    lead.sync()
    assert _contexts(a) == _contexts(b)
    (pattern,) = records_a.contexts.patterns()  # on the lead's laptop: two children, one car
    assert len(pattern.children) == 2 and amy in pattern.children
    beth_here = a.connection.execute("SELECT id FROM children WHERE first_name = 'Beth'").fetchone()[0]
    assert beth_here in pattern.children and beth

    # each decides apart that the two men are one, the other way round: the same result on both
    daniel_a, danny_a = (a.connection.execute("SELECT id FROM contexts WHERE body_json LIKE ?", (f"%{n}%",))
                         .fetchone()[0] for n in ("Daniel Hart", "Danny"))
    daniel_b, danny_b = (b.connection.execute("SELECT id FROM contexts WHERE body_json LIKE ?", (f"%{n}%",))
                         .fetchone()[0] for n in ("Daniel Hart", "Danny"))
    records_a.contexts.merge(daniel_a, danny_a)
    records_b.contexts.merge(danny_b, daniel_b)
    for service in (lead, deputy, lead):
        service.sync()
    merged = [row for row in _contexts(a)["contexts"] if row[3] is not None]
    assert _contexts(a) == _contexts(b) and len(merged) == 1  # a loop made apart, broken the same way
    assert merged[0][3] == min(r[0] for r in _contexts(a)["contexts"] if r[1] == "person")
    assert lead.status()["conflicts"] == deputy.status()["conflicts"] == []


def test_a_second_signing_key_claiming_a_members_transfer_key_is_refused(team, clock):
    """Anyone who can write to the team folder knows a member's public transfer key. A file signed
    with another key, in a folder named for that pair, claims to be the member: once the member's
    own fingerprint is known here (their first file, checked by phone), it is refused."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from screening_app.exchange.identity import fingerprint, public_bytes

    folder, opened = team
    (a, _records_a, lead), (b, _records_b, deputy) = opened["lead"], opened["deputy"]
    lead.create(folder, "Team")
    _join(folder, lead, deputy, b, "Deputy")
    lead.sync()
    before = _export(b)
    forger = Ed25519PrivateKey.generate()
    claimed = identity_card(a).recipient  # the lead's public key, which every member has
    forged_print = fingerprint(claimed, public_bytes(forger.public_key()))
    writes = [{"record": "00000000-0000-4000-8000-000000000001", "field": "child.first_name",
               "stamp": f"{int(clock.now().timestamp() * 1000) + 60_000:016d}-0000-{forged_print}",
               "value": "Forged", "bases": []}]
    data = team_folder.seal_changes({
        "format": team_folder.FORMAT, "version": team_folder.VERSION, "team": deputy.team().uuid, "seq": 1,
        "writer": {"recipient": claimed, "name": "R Patel", "signing_key": base64.b64encode(
            public_bytes(forger.public_key())).decode("ascii")},
        "writes": writes, "catch_up": False}, forger, [identity_card(b).recipient, claimed])
    team_folder.write_change_file(folder, forged_print, 1, data)
    assert deputy.sync().refused == {"forged": 1} and _export(b) == before
    assert a  # the lead's own vault is untouched


def test_a_child_erased_by_one_member_is_erased_by_every_member_and_never_comes_back(team, clock):
    """Erasure in a team (after a transfer's receipt, or at the end of retention): the child goes
    from every member's vault with the team's history of them; a change a member made before they
    knew is dropped, not brought back; what stays names no one."""
    from screening_app.storage.db import transaction
    from screening_app.storage.erase import erase_child

    folder, opened = team
    (a, records_a, lead), (b, records_b, deputy) = opened["lead"], opened["deputy"]
    child = a_whole_file(records_a)
    lead.create(folder, "Team")
    lead.sync()
    _join(folder, lead, deputy, b, "Deputy")
    tegan_b = b.connection.execute("SELECT id FROM children WHERE first_name = 'Tegan'").fetchone()[0]
    with transaction(a.connection):
        erase_child(a.connection, child, "2026-11-22")
    clock.advance(seconds=60)
    ChronologyService(records_b).record(tegan_b, {"date": "2026-11-21", "source": "seen",  # not knowing yet
                                                  "what": "Seen at the bus station with Jay."})
    deputy.sync()
    lead.sync()  # the deputy's change about the erased child is dropped here
    deputy.sync()  # the lead's erasure reaches the deputy
    lead.sync()
    for vault in (a, b):
        conn = vault.connection
        assert not conn.execute("SELECT 1 FROM children WHERE first_name = 'Tegan'").fetchone()
        assert not conn.execute("SELECT count(*) FROM chronology_entries").fetchone()[0]
        history = " ".join(r[0] for r in conn.execute("SELECT value_json FROM team_writes"))
        for secret in ("Tegan", "bus station", "vodka", "A123456789012"):
            assert secret not in history, secret
        lists = conn.execute("SELECT count(*) FROM team_writes WHERE field LIKE 'child.erased:%'")
        assert lists.fetchone()[0] >= 1  # who erased, when, and the child's records' global ids: nothing more
    who = b.connection.execute("SELECT actor FROM audit_log WHERE action = 'team.child.erased'").fetchall()
    assert who == [(f"team member {lead.me}",)]
    assert _export(a) == _export(b)
