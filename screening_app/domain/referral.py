"""The referral view-model: everything the referral document shows, as plain frozen data.

``build_referral`` turns a form, an assessment input and its ``RiskResult``
into a ``Referral``. Values are already words (choice values shown as their
option labels, dates written out), so the reporting layer only lays them out.
Every user-written value keeps ``where`` (a field path such as
``answers.missing_overnight.note``) so an export error can name the field
without quoting the child's data.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from screening_app.domain.answers import AssessmentInput
from screening_app.domain.chronology import ChronologyEntry, latest_first
from screening_app.domain.contacts import LOCAL_CONTACTS
from screening_app.domain.schema import (
    DetailField,
    FieldGroup,
    FieldType,
    FormDefinition,
    Level,
    Tier,
    TranslationInfo,
)
from screening_app.domain.scoring import Contribution, RiskResult, also_recorded_lines
from screening_app.words import QT_TRANSLATE_NOOP, fill, translate


@dataclass(frozen=True)
class Item:
    """One labelled value. ``where`` is the field path of user text ("" for form text)."""

    label: str
    value: str
    where: str = ""


@dataclass(frozen=True)
class Group:
    """A field group shown as label/value lines (empty values left out)."""

    id: str
    title: str
    intro: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Table:
    """A repeatable field group: one row per entry, a column per field used."""

    id: str
    title: str
    intro: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Item, ...], ...]


@dataclass(frozen=True)
class LevelView:
    key: str
    label: str
    colour: str
    meaning: str
    local_threshold: str = ""  # the partnership's own level (a form-pack setting), e.g. "Level 4"


@dataclass(frozen=True)
class OverrideView:
    computed: LevelView
    direction: str
    reason: str
    consulted: str
    by: str
    at: str


@dataclass(frozen=True)
class FlagView:
    id: str
    title: str
    text: str


@dataclass(frozen=True)
class IndicatorLine:
    label: str
    tier: str
    when: str
    status: str
    points: int
    note: str
    where: str
    evidence: tuple[str, ...] = ()  # the chronology entries it rests on, by date and source


@dataclass(frozen=True)
class EventLine:
    """One fact of the chronology, as the MASH reads it on page 1."""

    when: str
    source: str
    reference: str
    what: str
    where: str


@dataclass(frozen=True)
class Summary:
    """Page 1 for the MASH duty worker, who decides the next step in a minute (SPEC 8)."""

    what_happened: tuple[EventLine, ...]  # latest first; from the notes when no entry was recorded
    from_notes: bool
    people: Table | None  # the people of concern, with ages and vehicles
    decisions: tuple[Item, ...]  # a statutory flag's recorded decision, beside it
    why: tuple[str, ...]  # the reasons for the level, in words
    essentials: tuple[Item, ...]  # the child's key facts and the referrer's direct line


@dataclass(frozen=True)
class IndicatorSection:
    title: str
    lines: tuple[IndicatorLine, ...]


@dataclass(frozen=True)
class Referral:
    reference: str
    fingerprint: str
    generated_at: str
    status: str
    form_id: str
    form_title: str
    form_version: str
    assessed_on: str
    child_name: str
    child: tuple[Item, ...]
    referrer: tuple[Item, ...]
    level: LevelView
    score: int
    override: OverrideView | None
    flags: tuple[FlagView, ...]
    actions: tuple[str, ...]
    review_date: str
    no_indicators_text: str
    contacts: tuple[Item, ...]  # the referrer's local contacts (MASH, police, out of hours)
    indicators: tuple[IndicatorSection, ...]
    floors: tuple[str, ...]
    not_known: tuple[str, ...]
    protective: tuple[Item, ...]
    child_voice: tuple[Item, ...]
    details: tuple[Group | Table, ...]
    reflective: tuple[Item, ...]
    summary: Summary | None = None
    linked: tuple[Item, ...] = ()  # other records sharing a person, place, vehicle or phone: by reference only
    translation: TranslationInfo | None = None  # the form's text in another language: who prepared, who reviewed


# Groups laid out in their own place (page 1 or a dedicated section) rather than generically.
SUMMARY_GROUPS = ("child", "child_voice", "people")  # people: on page 1; the referrer's rest comes later
GROUP_ORDER = (
    "analysis",
    "exploitation_type",
    "people",
    "places",
    "missing_episodes",
    "consent",
    "agencies",
    "household",
    "actions",
    "plan_actions",
    "plan",
    "decision_record",
)
NOT_SPOKEN = QT_TRANSLATE_NOOP("Referral", "Not spoken to")
ANALYSIS_PROTECTIVE = "analysis.protective_factors"


def record_fingerprint(stored_record_json: bytes | str) -> str:
    """A short fingerprint of the exact stored record version: first 12 hex of SHA-256."""
    raw = stored_record_json.encode("utf-8") if isinstance(stored_record_json, str) else stored_record_json
    return hashlib.sha256(raw).hexdigest()[:12]


def build_referral(
    form: FormDefinition,
    data: AssessmentInput,
    result: RiskResult,
    *,
    reference: str,
    fingerprint: str,
    generated_at: datetime,
    status: str = "completed",
    reflective_answers: dict[str, str] | None = None,
    contacts: dict[str, str] | None = None,
    linked: tuple[tuple[str, str], ...] = (),
) -> Referral:
    """Everything the referral shows, in words, from one scored assessment."""
    child = _child_values(data)
    summary = build_summary(form, data, result)
    reflective = reflective_answers if reflective_answers is not None else data.details.get("reflective") or {}
    return Referral(
        reference=reference,
        fingerprint=fingerprint,
        generated_at=format_datetime(generated_at),
        status=status,
        form_id=form.id,
        form_title=form.title,
        form_version=form.version,
        assessed_on=format_date(data.assessed_on),
        child_name=_child_name(child),
        child=_child_items(form, data, result, child),
        referrer=_group_items(form, "referrer", _dict(data.details.get("referrer"))),
        level=level_view(form, result.final_level),
        score=result.score,
        override=_override(form, result),
        flags=tuple(FlagView(f.id, f.title, f.text) for f in result.flags),
        actions=result.actions,
        review_date=format_date(result.review_date),
        no_indicators_text=form.no_indicators_text if result.no_indicators else "",
        contacts=_contacts(contacts or {}),
        indicators=_indicator_sections(form, result, data.events),
        floors=tuple(_floor_text(form, f) for f in result.floors),
        not_known=tuple(_indicator_label(form, i) for i in result.not_known),
        protective=_protective(form, result) + _analysis_protective(form, data),
        child_voice=_child_voice(form, data),
        details=_details(form, data, summary),
        reflective=_reflective(form, reflective),
        summary=summary,
        linked=tuple(Item(reference, f"shares {what}") for reference, what in linked),
        translation=form.translation,
    )


def _contacts(values: dict[str, str]) -> tuple[Item, ...]:
    return tuple(
        Item(label, str(values[key]).strip(), f"contacts.{key}")
        for key, label, _hint in LOCAL_CONTACTS
        if str(values.get(key) or "").strip()
    )


# ------------------------------------------------------------------ formatting


MONTHS = (  # written out in the referral's language (words.language); each marked for the translation file
    QT_TRANSLATE_NOOP("Month", "January"), QT_TRANSLATE_NOOP("Month", "February"),
    QT_TRANSLATE_NOOP("Month", "March"), QT_TRANSLATE_NOOP("Month", "April"), QT_TRANSLATE_NOOP("Month", "May"),
    QT_TRANSLATE_NOOP("Month", "June"), QT_TRANSLATE_NOOP("Month", "July"), QT_TRANSLATE_NOOP("Month", "August"),
    QT_TRANSLATE_NOOP("Month", "September"), QT_TRANSLATE_NOOP("Month", "October"),
    QT_TRANSLATE_NOOP("Month", "November"), QT_TRANSLATE_NOOP("Month", "December"),
)


def format_date(value: date | str | None) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value)
        except ValueError:
            return value
    return f"{value.day} {translate('Month', MONTHS[value.month - 1])} {value.year}"


def format_datetime(value: datetime) -> str:
    return f"{format_date(value.date())} {value.strftime('%H:%M')}"


def format_value(field: DetailField, value: Any) -> str:
    """A stored value in words: option labels for choices, dates written out."""
    if value is None or value == "" or value == [] or value == ():
        return ""
    options = {o.value: o.label for o in field.options}
    if field.type == FieldType.multichoice and isinstance(value, list | tuple):
        return ", ".join(options.get(str(v), str(v)) for v in value)
    if field.type == FieldType.yes_no:
        return _yes_no(value)
    if field.type == FieldType.date:
        return format_date(value if isinstance(value, date | str) else str(value))
    if field.type == FieldType.number and isinstance(value, float) and value.is_integer():
        return str(int(value))
    return options.get(str(value), str(value))


def _yes_no(value: Any) -> str:
    if isinstance(value, bool):
        return "Yes" if value else "No"
    return {"yes": "Yes", "no": "No"}.get(str(value).lower(), str(value))


def level_view(form: FormDefinition, level: Level) -> LevelView:
    definition = form.levels.get(level)
    return LevelView(level.value, definition.label, definition.colour, definition.meaning,
                     definition.local_threshold or "")


# ----------------------------------------------------------------- the child


def _dict(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


def _child_values(data: AssessmentInput) -> dict:
    values = {k: v for k, v in data.child.model_dump().items() if v is not None}
    values.update({k: v for k, v in _dict(data.details.get("child")).items() if v not in (None, "")})
    return values


def _child_name(child: dict) -> str:
    return " ".join(str(child[k]).strip() for k in ("first_name", "last_name") if child.get(k)).strip()


def _age(result: RiskResult) -> str:
    return fill(translate("Referral", "%1 (approximate)"), result.child_age) if result.age_is_approximate \
        else str(result.child_age)


def _child_items(form: FormDefinition, data: AssessmentInput, result: RiskResult, child: dict) -> tuple[Item, ...]:
    items = list(_group_items(form, "child", child))
    at = next((i for i, item in enumerate(items) if item.where in ("child.date_of_birth", "child.approx_age")), 0)
    items.insert(at + 1 if items else 0, Item(translate("Referral", "Age on the assessment date"), _age(result)))
    return tuple(_approx_said(item) for item in items)


def _approx_said(item: Item) -> Item:
    if item.where == "child.approx_age":
        value = fill(translate("Referral", "%1 (approximate: date of birth not known)"), item.value)
        return Item(item.label, value, item.where)
    return item


# ----------------------------------------------------------- generic groups


def _group_items(form: FormDefinition, group_id: str, values: dict, prefix: str | None = None) -> tuple[Item, ...]:
    group = form.field_group(group_id)
    if group is None:
        return ()
    where = prefix or group_id
    items = (Item(f.label, format_value(f, values.get(f.id)), f"{where}.{f.id}") for f in group.fields)
    return tuple(item for item in items if item.value.strip())


def _details(form: FormDefinition, data: AssessmentInput, summary: Summary) -> tuple[Group | Table, ...]:
    """Every other field group in reading order: tables for repeatable groups. Groups page 1 shows
    (people, a decision beside its flag) are not printed twice."""
    rank = {gid: i for i, gid in enumerate(GROUP_ORDER)}
    on_page_one = {d.where.split(".")[0] for d in summary.decisions}
    groups = [g for g in form.field_groups if g.id not in SUMMARY_GROUPS and g.id not in on_page_one]
    groups.sort(key=lambda g: rank.get(g.id, len(rank)))
    shown = {i.where for i in summary.essentials if i.where}
    parts = (_table(form, g, data) if g.repeatable else _group(form, g, data, shown) for g in groups)
    return tuple(part for part in parts if part is not None)


def _group(form: FormDefinition, group: FieldGroup, data: AssessmentInput,
           shown: set[str] = frozenset()) -> Group | None:  # type: ignore[assignment]
    items = tuple(i for i in _group_items(form, group.id, _dict(data.details.get(group.id))) if i.where not in shown)
    items = tuple(i for i in items if i.where != ANALYSIS_PROTECTIVE)  # printed under Protective factors
    return Group(group.id, group.title, group.intro, items) if items else None


def _analysis_protective(form: FormDefinition, data: AssessmentInput) -> tuple[Item, ...]:
    """The analysis's protective factors, under the one Protective factors heading (it was printed twice)."""
    items = _group_items(form, "analysis", _dict(data.details.get("analysis")))
    return tuple(Item("From the analysis", i.value, i.where) for i in items if i.where == ANALYSIS_PROTECTIVE)


def _rows_of(data: AssessmentInput, group_id: str) -> list[dict]:
    rows = data.details.get(group_id)
    if rows is None and group_id == "people":
        rows = [p.model_dump(exclude_none=True) for p in data.people]
    if isinstance(rows, dict):
        rows = [rows]
    return [r for r in rows or [] if isinstance(r, dict)]


def _table(form: FormDefinition, group: FieldGroup, data: AssessmentInput) -> Table | None:
    rows = [_group_items(form, group.id, row, f"{group.id}[{i}]") for i, row in enumerate(_rows_of(data, group.id))]
    rows = [r for r in rows if r]
    if not rows:
        return None
    used = {item.label for row in rows for item in row}
    columns = tuple(f.label for f in group.fields if f.label in used)
    cells = []
    for i, row in enumerate(rows):
        by_label = {item.label: item for item in row}
        cells.append(tuple(by_label.get(c, Item(c, "", f"{group.id}[{i}]")) for c in columns))
    return Table(group.id, group.title, group.intro, columns, tuple(cells))


# ------------------------------------------------------------ the indicators


def _indicator_label(form: FormDefinition, indicator_id: str) -> str:
    indicator = form.indicator(indicator_id)
    return indicator.label if indicator else indicator_id


def _indicator_line(form: FormDefinition, c: Contribution, events: dict[str, ChronologyEntry]) -> IndicatorLine:
    labels = form.answer_labels
    when = getattr(form.recency_labels, c.when.value) if c.when else ""
    status = labels.evidenced if c.evidenced else labels.suspected
    evidence = tuple(f"{events[e].when.words()}, {_lower_first(events[e].source_words())}"
                     for e in c.events if e in events)
    return IndicatorLine(c.label, c.tier.value, when, status, c.points, c.note, f"answers.{c.indicator_id}.note",
                         evidence)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _indicator_sections(form: FormDefinition, result: RiskResult,
                        events: tuple[ChronologyEntry, ...] = ()) -> tuple[IndicatorSection, ...]:
    by_id = {e.id: e for e in events}
    sections: dict[str, list[IndicatorLine]] = {}
    for c in result.contributions:
        if c.tier != Tier.protective:
            sections.setdefault(c.section, []).append(_indicator_line(form, c, by_id))
    return tuple(IndicatorSection(title, tuple(lines)) for title, lines in sections.items())


def _protective(form: FormDefinition, result: RiskResult) -> tuple[Item, ...]:
    found = (c for c in result.contributions if c.tier == Tier.protective)
    return tuple(Item(c.label, c.note, f"answers.{c.indicator_id}.note") for c in found)


def _floor_text(form: FormDefinition, floor) -> str:
    label = translate("Level", form.levels.get(floor.level).label)
    if floor.locked:
        return fill(translate("Referral", "At least %1: %2 This minimum cannot be lowered."), label, floor.description)
    return fill(translate("Referral", "At least %1: %2"), label, floor.description)


# -------------------------------------------------------- override and voice


def _override(form: FormDefinition, result: RiskResult) -> OverrideView | None:
    o = result.override
    if o is None or o.level == result.computed_level:
        return None
    direction = "raised" if o.level.rank > result.computed_level.rank else "lowered"
    consulted = ", ".join(x for x in (o.consulted_name, o.consulted_role) if x)
    at = format_datetime(o.at) if o.at else ""
    return OverrideView(level_view(form, result.computed_level), direction, o.reason, consulted, o.by or "", at)


def _child_voice(form: FormDefinition, data: AssessmentInput) -> tuple[Item, ...]:
    voice = _dict(data.details.get("child_voice"))
    items = _group_items(form, "child_voice", voice)
    if any(i.where == "child_voice.child_words" for i in items):
        return items
    reason = next((i for i in items if i.where == "child_voice.not_spoken_reason"), None)
    return (Item(translate("Referral", NOT_SPOKEN), reason.value if reason else translate(
        "Referral", "No reason recorded."), reason.where if reason else ""),)


def _reflective(form: FormDefinition, answers: dict) -> tuple[Item, ...]:
    answers = _dict(answers)
    return tuple(
        Item(p.text, str(answers.get(p.id) or "").strip() or translate("Referral", "Not answered."),
             f"reflective.{p.id}")
        for p in form.reflective_prompts
    )


# ------------------------------------------------------------ page one (SPEC 8)

ESSENTIAL_CHILD = ("date_of_birth", "approx_age", "where_now", "address", "school", "legal_status",
                   "placing_authority")
ESSENTIAL_CONSENT = ("parents_told", "child_told", "anonymous_source")
ESSENTIAL_REFERRER = ("name", "role", "organisation", "phone")  # the direct line; address and email later

DECISION_WORDS = {"consider_referral_13_15": "decision_record"}


def build_summary(form: FormDefinition, data: AssessmentInput, result: RiskResult) -> Summary:
    """What happened, who, the decisions beside the flags, and why this level: the facts first."""
    events, from_notes = _what_happened(data, result)
    return Summary(
        what_happened=events,
        from_notes=from_notes,
        people=_people(form, data),
        decisions=_decisions(form, data, result),
        why=_why(form, result),
        essentials=_essentials(form, data, result),
    )


def _what_happened(data: AssessmentInput, result: RiskResult) -> tuple[tuple[EventLine, ...], bool]:
    index = {e.id: n for n, e in enumerate(data.events)}
    if data.events:
        return tuple(
            EventLine(e.when.words(), e.source_words(), e.reference or "", e.what, f"events[{index[e.id]}].what")
            for e in latest_first(data.events)
        ), False
    notes = [c for c in result.contributions if c.tier != Tier.protective and c.note]
    return tuple(EventLine("", c.label, "", c.note, f"answers.{c.indicator_id}.note") for c in notes), True


def _people(form: FormDefinition, data: AssessmentInput) -> Table | None:
    group = form.field_group("people")
    return _table(form, group, data) if group is not None else None


def decision_words(form: FormDefinition, flag_id: str, details: dict[str, Any]) -> str | None:
    """The decision recorded for a statutory flag, in one sentence with its reason, or None:
    "Discussed with R Patel, DSL on 30 October 2026: Referred to Children's Social Care. Reason: ..."."""
    group_id = DECISION_WORDS.get(flag_id)
    record = _dict(details.get(group_id)) if group_id else {}
    if not record:
        return None
    values = {i.where.rsplit(".", 1)[-1]: i.value for i in _group_items(form, group_id, record)}
    who = ", ".join(v for v in (values.get("discussed_with"), values.get("discussed_agency")) if v)
    text = fill(translate("Referral", "Discussed with %1 on %2: %3."),
                who or translate("Referral", "no one recorded"),
                values.get("decided_on") or translate("Referral", "a date not recorded"),
                values.get("decision") or translate("Referral", "no decision recorded"))
    return fill(translate("Referral", "%1 Reason: %2"), text, values["reason"]) if values.get("reason") else text


def _decisions(form: FormDefinition, data: AssessmentInput, result: RiskResult) -> tuple[Item, ...]:
    out = []
    for flag in result.flags:
        text = decision_words(form, flag.id, data.details)
        if text is not None:
            out.append(Item(flag.title, text, f"{DECISION_WORDS[flag.id]}.decision"))
    return tuple(out)


def kinds_words(form: FormDefinition, result: RiskResult) -> str:
    """"Kinds of exploitation indicated: sexual exploitation, criminal exploitation." for packs that
    name more than one kind ("none yet" when none is); "" for a pack of one kind, where it would only
    repeat the pack's title."""
    kinds = {k.tag: k.label for k in form.exploitation_types}
    if len(kinds) < 2:
        return ""
    named = ", ".join(kinds.get(tag, tag).lower() for tag in result.exploitation_types) or \
        translate("Referral", "none yet")
    return fill(translate("Referral", "Kinds of exploitation indicated: %1."), named)


def _why(form: FormDefinition, result: RiskResult) -> tuple[str, ...]:
    """The kinds of exploitation indicated (packs that name more than one kind), the rules that set the level,
    then what scored, in a line each."""
    reasons = [fill(translate("Referral", "%1 at least: %2"), translate("Level", form.levels.get(f.level).label),
                    f.description) for f in result.floors]
    kinds = kinds_words(form, result)
    if kinds and result.exploitation_types:
        reasons.insert(0, kinds)
    reasons[:0] = also_recorded_lines(form, result)  # beside the level, first: a receiver must not miss it
    scored = [c for c in result.contributions if c.scored and c.tier != Tier.protective]
    if scored:
        reasons.append(translate("Referral", "1 indicator answered yes or possible counts towards the level "
                                             "(listed from page 2).") if len(scored) == 1 else
                       fill(translate("Referral", "%1 indicators answered yes or possible count towards the level "
                                                  "(listed from page 2)."), len(scored)))
    if result.no_indicators:
        reasons.append(form.no_indicators_text)
    return tuple(reasons)


def _essentials(form: FormDefinition, data: AssessmentInput, result: RiskResult) -> tuple[Item, ...]:
    child = _child_values(data)
    items = [i for i in _group_items(form, "child", child) if i.where.rsplit(".", 1)[-1] in ESSENTIAL_CHILD]
    items.insert(1 if items else 0, Item(translate("Referral", "Age"), _age(result)))
    referrer = _group_items(form, "referrer", _dict(data.details.get("referrer")), "referrer")
    items += [Item(fill(translate("Referral", "Referrer: %1"), i.label.lower()), i.value, i.where) for i in referrer
              if i.where.rsplit(".", 1)[-1] in ESSENTIAL_REFERRER] or [
        Item(translate("Referral", "Referrer"), translate("Referral", "Not recorded"))]
    consent = _group_items(form, "consent", _dict(data.details.get("consent")))
    items += [i for i in consent if i.where.rsplit(".", 1)[-1] in ESSENTIAL_CONSENT]
    return tuple(items)
