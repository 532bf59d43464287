"""People, places and patterns across children (SPEC 12), on a real encrypted vault: imports and
completions link their people and places; patterns join children by certain links only; names
alike are offered as possible, never joined. Every name, number and address is invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from screening_app.domain.answers import PersonOfConcern
from screening_app.domain.contexts import Kind
from screening_app.services.records import ChildDetails, RecordsService, SearchQuery
from screening_app.services.vault_service import Vault, VaultError

SCENARIO = Path(__file__).parents[1] / "data" / "scenarios" / "v03-classic-pattern.json"


@pytest.fixture
def service(vault: Vault, pack: dict, clock) -> RecordsService:
    return RecordsService(vault, actor="tester", forms=pack, clock=clock)


def _case(first: str, people: list[dict], places: list[dict] = (), on: str = "2026-11-01") -> dict:
    case = json.loads(SCENARIO.read_text(encoding="utf-8"))
    case = {k: v for k, v in case.items() if k not in ("id", "title", "expect")}
    return {**case, "assessed_on": on, "child": {**case["child"], "first_name": first, "last_name": "Test"},
            "people": people, "places": list(places)}


def _import(service: RecordsService, *args, **kwargs) -> int:
    return service.get(service.import_case(_case(*args, **kwargs)).id).child_id


def test_a_car_a_phone_and_a_flat_join_three_childrens_records(service: RecordsService):
    amy = _import(service, "Amy", [{"name": "Dan", "approx_age": 24, "vehicles": [{"registration": "AB12 CDE"}]}],
                  on="2026-10-01")
    bea = _import(service, "Bea", [{"name": "Danny", "vehicles": [{"registration": "ab12-cde"}],
                                    "phones": ["07700 900123"]}], on="2026-10-15")
    cat = _import(service, "Cat", [{"name": "Kev", "phones": ["+44 (0)7700 900123"]}],
                  [{"name": "the flat", "address": "Flat 3, 12 Mill Rd", "postcode": "ZZ1 4QQ"}], on="2026-11-01")
    dee = _import(service, "Dee", [{"name": "Marek"}],
                  [{"name": "a party house", "address": "12 Mill Road", "postcode": "zz14qq"}], on="2026-09-01")
    eve = _import(service, "Eve", [{"name": "Someone else", "vehicles": [{"registration": "XY19 ZZZ"}]}])

    (pattern,) = service.contexts.patterns()
    assert pattern.children == sorted([amy, bea, cat, dee])
    kinds = {kind for kind, _shown in pattern.shared}
    assert kinds == {Kind.vehicle, Kind.phone, Kind.place}
    assert eve not in pattern.children
    assert service.contexts.linked_to(amy) == {bea: [(Kind.vehicle, "AB12 CDE")]}
    assert set(service.contexts.linked_to(cat)) == {bea, dee}


def test_names_alike_are_offered_with_the_reason_never_joined(service: RecordsService):
    amy = _import(service, "Amy", [{"name": "Mohammed", "aliases": ["Mo"]}])
    bea = _import(service, "Bea", [{"name": "Muhammad"}])
    cat = _import(service, "Cat", [{"name": "Sam"}])
    assert service.contexts.patterns() == []  # a name alone joins nobody
    (offer,) = service.contexts.possible()
    assert offer.children == tuple(sorted((amy, bea))) and "sound alike" in offer.likeness.reason
    assert cat not in offer.children


def test_a_completion_in_the_window_links_what_the_people_rows_say(service: RecordsService):
    first = _import(service, "Amy", [{"name": "Dan", "phones": ["07700 900123"]}])
    second = service.create_child(ChildDetails("Bea", "Test"))
    ref = service.start_assessment(second, "cse-screening")
    data = {k: v for k, v in _case("Bea", []).items() if k not in ("child", "places")}
    data["child"] = {"date_of_birth": "2011-02-01"}
    data["people"] = [{"name": "D", "approx_age": 24, "vehicle_phone": "calls her on 07700-900-123, grey Ford"}]
    service.complete(ref.id, data)
    assert service.contexts.linked_to(first) == {second: [(Kind.phone, "07700 900123")]}


def test_an_import_whose_contexts_fail_leaves_nothing(service: RecordsService, vault: Vault):
    before = {t: vault.connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
              for t in ("children", "assessments", "contexts", "context_links", "audit_log")}
    vault.connection.execute("CREATE TEMP TRIGGER fail_link BEFORE INSERT ON context_links"
                             " BEGIN SELECT RAISE(ABORT, 'injected'); END")
    with pytest.raises(VaultError):
        service.import_case(_case("Amy", [{"name": "Dan", "phones": ["07700 900123"]}]))
    after = {t: vault.connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in before}
    assert after == before


def test_offers_while_typing_a_car_a_phone_or_a_name(service: RecordsService):
    _import(service, "Amy", [{"name": "Mohammed", "aliases": ["Mo"], "vehicles": [{"registration": "AB12 CDE"}],
                              "phones": ["07700 900123"]}])
    _import(service, "Bea", [{"name": "Daniel Hart"}])
    contexts = service.contexts
    (car,) = contexts.suggest("ab12 c")
    assert (car.kind, car.shown) == (Kind.vehicle, "AB12 CDE") and "same vehicle so far" in car.reason
    (phone,) = contexts.suggest("+44 7700 90")
    assert phone.kind is Kind.phone
    (name,) = contexts.suggest("Muhammad")
    assert (name.shown, name.kind) == ("Mohammed", Kind.person) and "sound alike" in name.reason
    assert [o.shown for o in contexts.suggest("Danny")] == ["Daniel Hart"]
    assert contexts.suggest("Zz") == [] and contexts.suggest("Priya") == []
    _import(service, "Cat", [{"name": "Priya"}])  # a new record is offered at once
    assert [o.shown for o in contexts.suggest("Priya")] == ["Priya"]


def test_merging_two_records_joins_their_children_and_undoing_it_parts_them_audited(service: RecordsService):
    amy = _import(service, "Amy", [{"name": "Mohammed"}])
    bea = _import(service, "Bea", [{"name": "Muhammad"}])
    (first,) = service.contexts.store.for_child(amy)
    (second,) = service.contexts.store.for_child(bea)
    assert service.contexts.patterns() == [] and len(service.contexts.possible()) == 1
    service.contexts.merge(first.id, second.id)  # the practitioner decides they are one man
    (pattern,) = service.contexts.patterns()
    assert pattern.children == sorted([amy, bea]) and pattern.shared == [(Kind.person, "Mohammed")]
    assert service.contexts.linked_to(bea) == {amy: [(Kind.person, "Mohammed")]}
    assert service.contexts.possible() == []
    with pytest.raises(ValueError):
        service.contexts.merge(second.id, first.id)  # one merge at a time, never a chain
    service.contexts.unmerge(second.id)
    assert service.contexts.patterns() == [] and service.contexts.linked_to(bea) == {}
    actions = [e.action for e in service.casework.audit_entries(50)]
    assert "context.merged" in actions and "context.unmerged" in actions


def test_the_referral_names_linked_records_by_reference_only(service: RecordsService):
    import shutil
    import subprocess

    from screening_app.services.export import ExportService

    amy = _import(service, "Amy", [{"name": "Dan", "vehicles": [{"registration": "AB12 CDE"}]}])
    bea = _import(service, "Bea", [{"name": "Danny", "vehicles": [{"registration": "ab12-cde"}]}])
    amy_ref = service.search(SearchQuery(child_id=amy), limit=1).items[0].reference
    bea_ref = service.search(SearchQuery(child_id=bea), limit=1).items[0].reference
    view = ExportService(service).referral(amy_ref)
    assert [(i.label, i.value) for i in view.linked] == [(bea_ref, "shares vehicle AB12 CDE")]
    if shutil.which("pdftotext"):
        pdf = ExportService(service).render(amy_ref)
        text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
        assert "Linked to 1 other record in this setting" in text and bea_ref in text
        assert "Bea" not in text  # the other child is never named


def test_a_row_linked_to_a_chosen_record_joins_that_person_and_says_who_else(service: RecordsService):
    amy = _import(service, "Amy", [{"name": "Daniel Hart", "approx_age": 31}])
    bea = _import(service, "Bea", [{"name": "Someone", "vehicles": [{"registration": "AB12 CDE"}]}])
    (offer,) = service.contexts.offers("Danny")
    assert offer.shown == "Daniel Hart" and offer.children == (amy,) and offer.uuid
    chosen = service.contexts.chosen(offer.uuid)
    assert chosen is not None and chosen.name == "Daniel Hart" and chosen.body["approx_age"] == 31
    cat = service.create_child(ChildDetails("Cat", "Test"))
    # before completing: what the row already shares with other children
    row = PersonOfConcern(name="Danny", vehicle_phone="seen in a silver car AB12CDE", context=offer.uuid)
    assert service.contexts.seen_with(cat, row) == {amy: [(Kind.person, "Daniel Hart")],
                                                    bea: [(Kind.vehicle, "AB12CDE")]}
    ref = service.start_assessment(cat, "cse-screening")
    data = {k: v for k, v in _case("Cat", []).items() if k not in ("child", "places")}
    data["child"] = {"date_of_birth": "2011-02-01"}
    data["people"] = [row.model_dump(mode="json", exclude_defaults=True)]
    service.complete(ref.id, data)
    (record,) = service.contexts.store.for_child(cat)
    assert record.id == offer.context_id  # the same record, not a new one
    assert record.body["aliases"] == ["Danny"]  # the name this practitioner used, kept as an alias
    assert {k.key for k in record.keys} == {"AB12CDE"}  # the car now belongs to Daniel Hart's record
    (pattern,) = service.contexts.patterns()
    assert pattern.children == sorted([amy, bea, cat])
    assert service.contexts.chosen("not-a-record") is None


def test_a_chosen_record_that_is_not_in_this_vault_becomes_a_new_record(service: RecordsService):
    cat = service.create_child(ChildDetails("Cat", "Test"))
    ref = service.start_assessment(cat, "cse-screening")
    data = {k: v for k, v in _case("Cat", []).items() if k not in ("child", "places")}
    data["child"] = {"date_of_birth": "2011-02-01"}
    data["people"] = [{"name": "Lee", "context": "00000000-0000-4000-8000-000000000000"}]
    service.complete(ref.id, data)
    (record,) = service.contexts.store.for_child(cat)
    assert record.body == {"name": "Lee"}


def test_possible_links_are_bounded_rarest_first_and_say_how_many_were_left(service: RecordsService):
    sams = [_import(service, f"Child{n}", [{"name": "Sam"}]) for n in range(4)]
    amy = _import(service, "Amy", [{"name": "Mohammed"}])
    bea = _import(service, "Bea", [{"name": "Muhammad"}])
    everything = service.contexts.possible()
    assert len(everything) == 6 + 1 and everything.left_off == 0  # four Sams: six pairs; one sound-alike
    first = service.contexts.possible(limit=1)
    assert [o.children for o in first] == [(amy, bea)]  # the rarer likeness first
    assert first.left_off == 16  # at most 4 x 4 more, not read
    assert set(sams).isdisjoint(first[0].children)


def test_a_childs_names_alike_joined_from_its_record_and_undone(service: RecordsService):
    amy = _import(service, "Amy", [{"name": "Mohammed"}])
    bea = _import(service, "Bea", [{"name": "Muhammad"}])
    (offer,) = service.contexts.possible_for(bea)
    assert offer.children == (bea, amy) and offer.values == ("Muhammad", "Mohammed")
    service.contexts.join(*offer.contexts)
    assert service.contexts.possible_for(bea) == []
    (join,) = service.contexts.joins_of(bea)
    assert join[1:] == ("Muhammad", "Mohammed") and service.contexts.joins_of(amy) == [join]
    assert service.contexts.linked_to(amy) == {bea: [(Kind.person, "Mohammed")]}
    service.contexts.unmerge(join[0])
    assert service.contexts.joins_of(bea) == [] and len(service.contexts.possible_for(bea)) == 1


def test_a_full_assessments_places_rows_and_an_address_with_a_postcode_link_in_the_window(service: RecordsService):
    amy = _import(service, "Amy", [], [{"name": "the flat", "address": "Flat 3, 12 Mill Rd", "postcode": "ZZ1 4QQ"}])
    bea = _import(service, "Bea", [{"name": "Lee", "address": "40 Park Avenue", "postcode": "ZZ2 5RR"}])
    cat = service.create_child(ChildDetails("Cat", "Test"))
    case = json.loads((SCENARIO.parent / "v08-criminal-overlap.json").read_text(encoding="utf-8"))
    ref = service.start_assessment(cat, "cse-risk-assessment")
    data = {k: v for k, v in case.items() if k not in ("id", "title", "expect")}
    data["child"] = {"date_of_birth": "2011-02-01"}
    data["people"] = [{"name": "Kaz", "address_area": "40 Park Ave, zz25rr"}]
    data["details"] = {"places": [{"place": "12 Mill Road, ZZ1 4QQ (the top flat)", "type": "address"},
                                  {"place": "the park by the canal", "type": "park_open_space"}]}
    service.complete(ref.id, data)
    assert service.contexts.linked_to(cat) == {amy: [(Kind.place, "12 Mill Road, (the top flat), ZZ1 4QQ")],
                                               bea: [(Kind.place, "40 Park Ave, ZZ2 5RR")]}
    kinds = sorted(c.kind for c in service.contexts.store.for_child(cat))
    assert kinds == ["person", "place", "place"]  # the park is kept, with no certain key


def test_a_peer_group_is_a_record_linked_to_the_child_and_refused_when_malformed(service: RecordsService):
    from screening_app.domain.errors import DomainError

    case = _case("Amy", [])
    case["groups"] = [{"name": "the Mill Road lot", "members": ["Jay (about 15)", "Tash"]}]
    amy = service.get(service.import_case(case).id).child_id
    (group,) = service.contexts.store.for_child(amy)
    assert group.kind == "group" and group.body == {"name": "the Mill Road lot", "members": ["Jay (about 15)", "Tash"]}
    bad = _case("Bea", [])
    bad["groups"] = [{"name": "x", "leader": "y"}]
    with pytest.raises(DomainError, match="groups"):
        service.import_case(bad)
