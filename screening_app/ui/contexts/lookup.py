"""The wizard's people page asks the vault through this (SPEC 12): the people already recorded with
a name alike, the record an entry was linked to, and the other children what an entry says is
already linked to. Children are named here: this is the practitioner's own vault. Its words are
in the interface's language when asked (context "Contexts"); why two names are alike, and what a
record shares, are the domain's words."""

from __future__ import annotations

from typing import Any

from screening_app.domain.answers import PersonOfConcern
from screening_app.domain.contexts import Kind
from screening_app.services.contexts import places_from_rows
from screening_app.ui.contexts.panels import child_name, children_words
from screening_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from screening_app.ui.wizard.people_links import CHOSEN, ChosenRecord, RecordOffer
from screening_app.words import fill

FILLED = ("approx_age", "sex")  # what a chosen record gives an entry that leaves it empty
# "This car is also linked to ...": one whole sentence for each kind, and for one child or more
ALSO_LINKED = {
    Kind.vehicle: (QT_TRANSLATE_NOOP("Contexts", "This car is also linked to 1 other child: %1."),
                   QT_TRANSLATE_NOOP("Contexts", "This car is also linked to %1 other children: %2.")),
    Kind.phone: (QT_TRANSLATE_NOOP("Contexts", "This phone is also linked to 1 other child: %1."),
                 QT_TRANSLATE_NOOP("Contexts", "This phone is also linked to %1 other children: %2.")),
    Kind.handle: (QT_TRANSLATE_NOOP("Contexts", "This online handle is also linked to 1 other child: %1."),
                  QT_TRANSLATE_NOOP("Contexts", "This online handle is also linked to %1 other children: %2.")),
    Kind.place: (QT_TRANSLATE_NOOP("Contexts", "This address is also linked to 1 other child: %1."),
                 QT_TRANSLATE_NOOP("Contexts", "This address is also linked to %1 other children: %2.")),
    Kind.person: (QT_TRANSLATE_NOOP("Contexts", "This person is also linked to 1 other child: %1."),
                  QT_TRANSLATE_NOOP("Contexts", "This person is also linked to %1 other children: %2.")),
    None: (QT_TRANSLATE_NOOP("Contexts", "What this entry says is also linked to 1 other child: %1."),
           QT_TRANSLATE_NOOP("Contexts", "What this entry says is also linked to %1 other children: %2.")),
}
SEX_WORDS = {"male": QT_TRANSLATE_NOOP("Contexts", "male"), "female": QT_TRANSLATE_NOOP("Contexts", "female"),
             "other": QT_TRANSLATE_NOOP("Contexts", "other")}


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
            said = describe(self.contexts.store.get(offer.context_id).body)  # offers() has the children already
            shown = f"{offer.shown} ({said})" if said else offer.shown
            if others:
                line = fill(translate("Contexts", "%1: %2; linked to %3"), shown, offer.reason, self._names(others))
            elif offer.children:
                line = fill(translate("Contexts", "%1: %2; linked to this child already"), shown, offer.reason)
            else:
                line = fill(translate("Contexts", "%1: %2; not linked to a child"), shown, offer.reason)
            out.append(RecordOffer(offer.uuid, line))
        return out

    def chosen(self, uuid: str) -> ChosenRecord | None:
        record = self.contexts.chosen(uuid)
        if record is None:
            return None
        others = self._others(record.children)
        name = record.name or translate("Contexts", "no name recorded")
        if others:
            said = fill(translate("Contexts", "Linked to this vault's record “%1”, also linked to %2."), name,
                        self._names(others))
        else:
            said = fill(translate("Contexts", "Linked to this vault's record “%1”."), name)
        given = {k: record.body[k] for k in FILLED if record.body.get(k) not in (None, "")}
        return ChosenRecord(said, given)

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
        names = "; ".join(f"{child_name(self.session, c)} ({', '.join(s for _k, s in shared)})"
                          for c, shared in sorted(linked.items()))
        one, many = ALSO_LINKED[next(iter(kinds)) if len(kinds) == 1 else None]
        said = fill(translate("Contexts", one), names) if len(linked) == 1 else \
            fill(translate("Contexts", many), len(linked), names)
        return children_words(len(linked)), said


def describe(body: dict[str, Any]) -> str:
    """What a person record knows, briefly, to tell two Dans apart: "about 24, male, car AB12 CDE"."""
    sex = body.get("sex")
    parts = [fill(translate("Contexts", "about %1"), body["approx_age"]) if body.get("approx_age") is not None else "",
             (translate("Contexts", SEX_WORDS[sex]) if sex in SEX_WORDS else str(sex or "").replace("_", " "))
             if sex not in (None, "not_known") else ""]
    parts += [fill(translate("Contexts", "car %1"), v["registration"])
              for v in body.get("vehicles") or () if v.get("registration")][:2]
    parts += [fill(translate("Contexts", "phone %1"), p) for p in body.get("phones") or ()][:1]
    return ", ".join(p for p in parts if p)
