"""The wizard's people page asks the vault through this (SPEC 12): the people already recorded with
a name alike, the record an entry was linked to, and the other children what an entry says is
already linked to. Children are named here: this is the practitioner's own vault."""

from __future__ import annotations

from typing import Any

from screening_app.domain.answers import PersonOfConcern
from screening_app.domain.contexts import Kind
from screening_app.services.contexts import places_from_rows
from screening_app.ui.contexts.panels import child_name, children_words
from screening_app.ui.wizard.people_links import CHOSEN, ChosenRecord, RecordOffer

FILLED = ("approx_age", "sex")  # what a chosen record gives an entry that leaves it empty
KIND_WORDS = {Kind.vehicle: "car", Kind.phone: "phone", Kind.handle: "online handle", Kind.place: "address",
              Kind.person: "person"}


class VaultPeopleLookup:
    def __init__(self, session: Any, child_id: int) -> None:
        self.session, self.child_id = session, child_id

    @property
    def contexts(self) -> Any:
        return self.session.records.contexts

    def _others(self, children: tuple[int, ...] | list[int]) -> list[int]:
        return [c for c in children if c != self.child_id]

    def _names(self, children: list[int]) -> str:
        return ", ".join(child_name(self.session, c) for c in children)

    def offers(self, text: str) -> list[RecordOffer]:
        if len(text.strip()) < 3:
            return []
        out = []
        for offer in self.contexts.offers(text):
            if offer.kind is not Kind.person or not offer.uuid:
                continue
            others = self._others(offer.children)
            linked = f"linked to {self._names(others)}" if others else "linked to this child already" \
                if offer.children else "not linked to a child"
            said = describe(self.contexts.store.get(offer.context_id).body)  # offers() has the children already
            known = f" ({said})" if said else ""
            out.append(RecordOffer(offer.uuid, f"{offer.shown}{known}: {offer.reason}; {linked}"))
        return out

    def chosen(self, uuid: str) -> ChosenRecord | None:
        record = self.contexts.chosen(uuid)
        if record is None:
            return None
        others = self._others(record.children)
        also = f", also linked to {self._names(others)}" if others else ""
        fill = {k: record.body[k] for k in FILLED if record.body.get(k) not in (None, "")}
        return ChosenRecord(f"Linked to this vault's record “{record.name or 'no name recorded'}”{also}.", fill)

    def seen(self, row: dict[str, Any]) -> tuple[str, str]:
        if "place" in row:  # a row of the full assessment's places
            linked = self.contexts.seen_with(self.child_id, place=next(iter(places_from_rows([row])), None))
        else:
            linked = self.contexts.seen_with(self.child_id, PersonOfConcern(
                vehicle_phone=str(row.get("vehicle_phone") or "") or None,
                address_area=str(row.get("address_area") or "") or None,
                context=str(row.get(CHOSEN) or "") or None,
            ))
        if not linked:
            return "", ""
        kinds = {kind for shared in linked.values() for kind, _shown in shared}
        what = " and ".join(sorted({KIND_WORDS[k] for k in kinds}))
        names = "; ".join(f"{child_name(self.session, c)} ({', '.join(s for _k, s in shared)})"
                          for c, shared in sorted(linked.items()))
        subject = f"This {what}" if len(kinds) == 1 else "What this entry says"
        return children_words(len(linked)), f"{subject} is also linked to {children_words(len(linked))}: {names}."


def describe(body: dict[str, Any]) -> str:
    """What a person record knows, briefly, to tell two Dans apart: "about 24, male, car AB12 CDE"."""
    parts = [f"about {body['approx_age']}" if body.get("approx_age") is not None else "",
             str(body.get("sex") or "").replace("_", " ") if body.get("sex") not in (None, "not_known") else ""]
    parts += [f"car {v['registration']}" for v in body.get("vehicles") or () if v.get("registration")][:2]
    parts += [f"phone {p}" for p in body.get("phones") or ()][:1]
    return ", ".join(p for p in parts if p)
