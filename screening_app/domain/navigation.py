"""The assessment wizard engine: pages, gaps, progress and navigation, without Qt.

As in Electrum's ``wizard.py``, the engine is plain Python over plain data: a
``WizardSession`` reads a form and a JSON-serialisable state dict (answers,
details, reflective answers, override, current page and focused field) and
decides which pages are visible, which are complete, what blocks completion
and where. The Qt layer only attaches a widget to each page, so every path is
tested with dicts. ``continue_as_assessment`` turns a screening state into a
full risk-assessment state.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import date
from typing import Any

from screening_app.domain.answers import (  # the details keys are re-exported: the wizard UI imports them from here
    LANGUAGE_KEPT,
    REFLECTIVE,
    REVIEW_NOTE,
    REVIEW_NOTE_KEYS,
    AssessmentInput,
    IndicatorAnswer,
    PersonOfConcern,
    age_in_years,
)
from screening_app.domain.completeness import (  # re-exported: the wizard UI imports them from here
    _ANSWERS,
    _RECENCIES,
    DECISION_GROUP,
    Gap,
    group_gaps,
    group_texts,
    indicator_gaps,
    is_empty,
    parse_date,
    parse_int,
    reflective_gaps,
)
from screening_app.domain.conditions import Facts, evaluate
from screening_app.domain.errors import AnswerError
from screening_app.domain.language import LanguageFlag, check_text, people_include_adult
from screening_app.domain.schema import (
    CONCERN_ANSWERS,
    FieldGroup,
    FormDefinition,
    Level,
    StatutoryFlag,
    Tier,
)
from screening_app.domain.scoring import RiskResult, apply_override, score
from screening_app.words import QT_TRANSLATE_NOOP, fill, translate
from screening_app.words import language as in_language

REVIEW, RESULT = "review", "result"


@dataclass(frozen=True)
class Page:
    id: str  # "group:child", "section:harm_now", "reflective", "review", "result"
    kind: str  # group | section | reflective | review | result
    title: str
    ref: str = ""  # the group or section id


@dataclass(frozen=True)
class FlagAt:
    """A flagged phrase still present in one field, and where to go to change it."""

    page_id: str
    field_id: str  # the widget's objectName, as in ``Gap``
    field_label: str
    flag: LanguageFlag


@dataclass(frozen=True)
class PageStatus:
    page_id: str
    started: bool
    complete: bool
    has_concerns: bool
    blocking: int
    follow_up: int
    has_strengths: bool = False  # a strengths section with a yes or possible: never "concerns"

    @property
    def words(self) -> str:
        """In English; the window shows it with ``translate("Gaps", ...)`` (each marked in STATUS_WORDS)."""
        if self.complete:
            return "Complete"
        return "Incomplete" if self.started else "Not started"


@dataclass(frozen=True)
class Preview:
    """The level from the complete answers so far, or why there is none yet."""

    result: RiskResult | None
    reason: str = ""


def new_state(form: FormDefinition, assessed_on: date) -> dict[str, Any]:
    """A blank assessment dated ``assessed_on`` (the caller's clock says which day: the domain
    never reads the system date)."""
    return {**_blank(form), "assessed_on": assessed_on.isoformat()}


def _blank(form: FormDefinition) -> dict[str, Any]:
    return {
        "form": form.id,
        "answers": {},
        "events": [],  # chronology entries this assessment works from (SPEC 11), as case-file ``events``
        "details": {},
        "override": None,
        "also_recorded": {},  # a level scheme's categories recorded beside the level: name -> reason
        "page": "",
        "focus": "",
        "visited": [],
    }


STATUS_WORDS = (QT_TRANSLATE_NOOP("Gaps", "Complete"), QT_TRANSLATE_NOOP("Gaps", "Incomplete"),
                QT_TRANSLATE_NOOP("Gaps", "Not started"))


def _from_details(label: str) -> str:
    return fill(translate("Gaps", "From the child's details: %1."), label)


def age_in_words(born: date, on: date, language: str = "en") -> str:
    """'13 years 2 months': whole years and months on a date."""
    months = (on.year - born.year) * 12 + on.month - born.month - (on.day < born.day)
    years, months = divmod(max(months, 0), 12)
    with in_language(language):
        return _years_months(years, months)


def _years_months(years: int, months: int) -> str:
    if not months:
        return fill(translate("Gaps", "1 year") if years == 1 else translate("Gaps", "%1 years"), years)
    sentence = {(True, True): translate("Gaps", "1 year 1 month"), (True, False): translate("Gaps", "1 year %2 months"),
                (False, True): translate("Gaps", "%1 years 1 month")}.get((years == 1, months == 1))
    return fill(sentence or translate("Gaps", "%1 years %2 months"), years, months)


def _pages(form: FormDefinition) -> tuple[Page, ...]:
    def groups(stage: str) -> list[Page]:
        return [Page(f"group:{g.id}", "group", g.title, g.id) for g in form.field_groups if g.stage == stage]

    pages = groups("start") + [Page(f"section:{s.id}", "section", s.title, s.id) for s in form.sections]
    pages += groups("end")
    if form.reflective_prompts:
        pages.append(Page(REFLECTIVE, "reflective", translate("Gaps", "Before you finish: reflect")))
    return (*pages, Page(REVIEW, "review", translate("Gaps", "Review")),
            Page(RESULT, "result", translate("Gaps", "Result")))


class WizardSession:
    """One assessment being filled in: a form and its state dict (changed in place)."""

    def __init__(self, form: FormDefinition, state: dict[str, Any], language: str = "en") -> None:
        self.form = form
        self.state = state
        self.language = language  # of what it says (pages, gaps, the preview, the result): the form's own
        for key, default in _blank(form).items():
            self.state.setdefault(key, default)
        with in_language(language):
            self._all = _pages(form)
        self._indicators = form.indicator_map()
        self._sections = {s.id: s for s in form.sections}
        self._index = {p.id: p for p in self._all}

    # ------------------------------------------------------------ state edits

    @property
    def assessed_on(self) -> date:
        """Set once by ``new_state``; the wizard never edits it."""
        return date.fromisoformat(self.state["assessed_on"])

    def answer(self, indicator_id: str) -> dict[str, Any]:
        return self.state["answers"].get(indicator_id, {})

    def set_answer(self, indicator_id: str, **changes: Any) -> None:
        """Change answer, when, note and/or events (entry ids); ``answer=None`` clears the whole answer."""
        if self._indicators.get(indicator_id) is None:
            raise KeyError(indicator_id)
        if "answer" in changes and changes["answer"] is None:
            self.state["answers"].pop(indicator_id, None)
            return
        entry = self.state["answers"].setdefault(indicator_id, {})
        entry.update({k: v for k, v in changes.items() if k in ("answer", "when", "note", "events")})

    def add_event(self, entry: dict[str, Any]) -> None:
        """A chronology entry the answers can cite by its ``id`` (replaces one with the same id)."""
        events = self.state["events"]  # changed in place: the screens hold this list
        events[:] = [e for e in events if e.get("id") != entry.get("id")] + [dict(entry)]

    def event_ids(self) -> set[str]:
        return {str(e.get("id")) for e in self.state["events"]}

    def group_value(self, group_id: str) -> Any:
        group = self._group(group_id)
        default: Any = [] if group.repeatable else {}
        return self.state["details"].setdefault(group_id, default)

    def set_field(self, group_id: str, field_id: str, value: Any, row: int | None = None) -> None:
        target = self.group_value(group_id)
        target = target[row] if row is not None else target
        before = target.get(field_id)
        if is_empty(value):
            target.pop(field_id, None)
        else:
            target[field_id] = value
        if row is None and before != value:
            with in_language(self.language):  # the note it writes is in the words the practitioner reads
                self._answer_from_details(group_id, field_id, before, value)

    def _answer_from_details(self, group_id: str, field_id: str, before: Any, value: Any) -> None:
        """A choice that answers an indicator (legal status: looked after) answers it Yes, with the
        child's details as the evidence; changing the choice again takes back only that answer."""
        field = next((f for f in self._group(group_id).fields if f.id == field_id), None)
        options = {o.value: o for o in field.options} if field is not None else {}
        old, new = options.get(str(before)), options.get(str(value))
        if old is not None and old.answers and self.answer(old.answers).get("note") == _from_details(old.label):
            self.state["answers"].pop(old.answers, None)
        if new is not None and new.answers and not self.answer(new.answers).get("answer"):
            self.set_answer(new.answers, answer="yes", note=_from_details(new.label))

    def add_row(self, group_id: str, values: dict[str, Any] | None = None) -> int:
        rows = self.group_value(group_id)
        rows.append({k: v for k, v in (values or {}).items() if not is_empty(v)})
        return len(rows) - 1

    def remove_row(self, group_id: str, index: int) -> None:
        del self.group_value(group_id)[index]

    def reflective(self) -> dict[str, str]:
        return self.state["details"].setdefault(REFLECTIVE, {})

    def set_reflective(self, prompt_id: str, text: str) -> None:
        self.reflective()[prompt_id] = text

    def set_override(self, override: dict[str, Any] | None) -> None:
        self.state["override"] = override

    def set_also_recorded(self, name: str, recorded: bool, reason: str = "") -> None:
        """A level scheme's category recorded beside the level (its reason kept as typed), or not."""
        also = self.state.setdefault("also_recorded", {})
        if recorded:
            also[name] = reason
        else:
            also.pop(name, None)

    def also_recorded_gap(self) -> str:
        """What a ticked category still needs before the assessment completes, or ""."""
        scheme = self.form.level_scheme
        for name, reason in (self.state.get("also_recorded") or {}).items():
            if not str(reason).strip():
                category = scheme.category(name) if scheme else None
                with in_language(self.language):
                    return fill(translate("Gaps", "write the reason for recording %1"),
                                category.label if category else name)
        return ""

    def set_focus(self, field_id: str) -> None:
        self.state["focus"] = field_id

    def _group(self, group_id: str) -> FieldGroup:
        group = self.form.field_group(group_id)
        if group is None:
            raise KeyError(group_id)
        return group

    # ------------------------------------------------------------- facts

    def child_age(self) -> int | None:
        child = self.state["details"].get("child") or {}
        born = parse_date(child.get("date_of_birth"))
        if born is not None and born <= self.assessed_on:
            return age_in_years(born, self.assessed_on)
        return parse_int(child.get("approx_age")) if born is None else None

    def people_ages(self) -> list[int]:
        rows = self.state["details"].get("people") or []
        return [age for row in rows if (age := parse_int(row.get("approx_age"))) is not None]

    def fired_flags(self) -> list[StatutoryFlag]:
        """Flags that hold on every answer given so far (precautionary: notes not needed)."""
        age = self.child_age()
        if age is None:
            return []
        answers = {i: IndicatorAnswer(answer=a["answer"], when=a.get("when") if a.get("when") in _RECENCIES else None)
                   for i, a in self.state["answers"].items() if a.get("answer") in _ANSWERS}
        facts = Facts(answers, self._indicators, age, self.people_ages())
        return [flag for flag in self.form.scoring.flags if evaluate(flag.when, facts).holds]

    def prompts(self) -> list[StatutoryFlag]:
        """Fired flags that suggest an indicator to answer (the age-gap prompt)."""
        return [flag for flag in self.fired_flags() if flag.suggests]

    def decision_required(self) -> bool:
        return any(flag.requires_decision for flag in self.fired_flags())

    # --------------------------------------------------------------- pages

    def all_pages(self) -> tuple[Page, ...]:
        return self._all

    def page(self, page_id: str) -> Page:
        return self._index[page_id]

    def visible_pages(self) -> list[Page]:
        decision = self.decision_required()
        return [p for p in self._all if p.ref != DECISION_GROUP or p.kind != "group" or decision]

    def is_visible(self, page_id: str) -> bool:
        return any(p.id == page_id for p in self.visible_pages())

    def current_page(self) -> Page:
        visible = self.visible_pages()
        wanted = self.state.get("page") or visible[0].id
        if wanted not in self._index:
            return visible[0]
        position = [p.id for p in self._all].index(wanted)
        earlier = [p for p in visible if [q.id for q in self._all].index(p.id) <= position]
        return earlier[-1] if earlier else visible[0]

    def jump(self, page_id: str, focus: str = "") -> Page:
        if not self.is_visible(page_id):
            raise KeyError(page_id)
        self._mark_visited(self.current_page().id)
        self.state["page"], self.state["focus"] = page_id, focus
        return self.page(page_id)

    def next(self) -> Page:
        visible = self.visible_pages()
        position = visible.index(self.current_page())
        return self.jump(visible[min(position + 1, len(visible) - 1)].id)

    def back(self) -> Page:
        visible = self.visible_pages()
        position = visible.index(self.current_page())
        return self.jump(visible[max(position - 1, 0)].id)

    def can_go_next(self) -> bool:
        return self.current_page().id != RESULT

    def can_go_back(self) -> bool:
        return self.current_page() != self.visible_pages()[0]

    def _mark_visited(self, page_id: str) -> None:
        if page_id not in self.state["visited"]:
            self.state["visited"].append(page_id)

    # ---------------------------------------------------------------- gaps

    def gaps(self, page_id: str | None = None) -> list[Gap]:
        pages = [self.page(page_id)] if page_id else self.visible_pages()
        with in_language(self.language):
            return [gap for page in pages for gap in self._page_gaps(page)]

    def blocking_gaps(self) -> list[Gap]:
        return [gap for gap in self.gaps() if gap.blocking]

    def can_complete(self) -> bool:
        return not self.blocking_gaps()

    def _page_gaps(self, page: Page) -> list[Gap]:
        if page.kind == "section":
            section = self._sections[page.ref]
            known = self.event_ids()
            return [gap for i in section.indicators for gap in indicator_gaps(page.id, i, self.answer(i.id), known)]
        if page.kind == "group":
            group = self._group(page.ref)
            return group_gaps(page.id, group, self.state["details"].get(group.id), self.assessed_on)
        if page.kind == "reflective":
            answers = self.state["details"].get(REFLECTIVE) or {}
            return reflective_gaps(page.id, self.form.reflective_prompts, answers, f"{REFLECTIVE}.")
        return []

    # ------------------------------------------------------------ language

    def adult_involved(self) -> bool:
        """Any person of concern aged 18 or over: adult-context wording rules then apply."""
        return people_include_adult(self.people_ages())

    def language_flags(self) -> list[FlagAt]:
        """Every flagged phrase still present in the visible pages' free text, in page order."""
        rules, adult = self.form.language_check, self.adult_involved()
        found: list[FlagAt] = []
        with in_language(self.language):
            texts = self._free_texts()
        for page_id, field_id, label, text in texts:
            found += [FlagAt(page_id, field_id, label, flag)
                      for flag in check_text(text, rules, adult_involved=adult, where=field_id)]
        return found

    def _free_texts(self) -> list[tuple[str, str, str, str]]:
        texts = []
        for page in self.visible_pages():
            if page.kind == "section":
                for indicator in self._sections[page.ref].indicators:
                    entry = self.answer(indicator.id)
                    if entry.get("answer") in CONCERN_ANSWERS and entry.get("note"):
                        where = fill(translate("Gaps", "Note: %1"), indicator.label)
                        texts.append((page.id, f"{indicator.id}.note", where, entry["note"]))
            elif page.kind == "group":
                group = self._group(page.ref)
                texts += group_texts(page.id, group, self.state["details"].get(group.id))
            elif page.kind == "reflective":
                answers = self.state["details"].get(REFLECTIVE) or {}
                texts += [(page.id, f"{REFLECTIVE}.{p.id}", p.text, answers[p.id])
                          for p in self.form.reflective_prompts if isinstance(answers.get(p.id), str)]
        return texts

    def mark_language_kept(self) -> int:
        """At completion: how many flagged phrases the practitioner chose to keep (stored, never blocking)."""
        kept = len(self.language_flags())
        self.state[LANGUAGE_KEPT] = kept
        return kept

    def page_of_indicator(self, indicator_id: str) -> str:
        section = next((s for s in self.form.sections if any(i.id == indicator_id for i in s.indicators)), None)
        return f"section:{section.id}" if section else ""

    # ------------------------------------------------------------- status

    def status(self, page_id: str) -> PageStatus:
        page = self.page(page_id)
        gaps = self._page_gaps(page)
        blocking = sum(g.blocking for g in gaps)
        started = page_id in self.state["visited"] or self._has_values(page)
        if page.kind == "review":
            started, complete = True, not self.blocking_gaps()
        else:
            complete = started and not blocking if page.kind != "result" else False
        return PageStatus(page_id, started, complete, self._has_concerns(page), blocking, len(gaps) - blocking,
                          self._has_concerns(page, protective=True))

    def _has_values(self, page: Page) -> bool:
        if page.kind == "section":
            section = self._sections[page.ref]
            return any(self.answer(i.id).get("answer") for i in section.indicators)
        key = page.ref if page.kind == "group" else REFLECTIVE
        return not is_empty(self.state["details"].get(key))

    def _has_concerns(self, page: Page, protective: bool = False) -> bool:
        """A yes or possible in the section: to concerns, or (``protective``) to strengths."""
        if page.kind != "section":
            return False
        section = self._sections[page.ref]
        return any(self.answer(i.id).get("answer") in CONCERN_ANSWERS for i in section.indicators
                   if (getattr(i, "tier", None) == Tier.protective) == protective)

    def progress(self) -> float:
        """Fraction of the visible pages before the review that are complete."""
        pages = [p for p in self.visible_pages() if p.kind not in (REVIEW, RESULT)]
        return sum(self.status(p.id).complete for p in pages) / len(pages) if pages else 1.0

    # ---------------------------------------------------------- to the domain

    def to_input(self, complete_only: bool = False) -> AssessmentInput:
        """The assessment input; ``complete_only`` keeps only answers that can be scored."""
        details = {g.id: _clean(self.state["details"].get(g.id), g) for g in self.form.field_groups}
        details = {k: v for k, v in details.items() if v}
        prompts = {p.id for p in self.form.reflective_prompts}  # as for fields: only what the wizard can show
        given = (self.state["details"].get(REFLECTIVE) or {}).items()
        if reflective := {k: v.strip() for k, v in given if k in prompts and v.strip()}:
            details[REFLECTIVE] = reflective
        if isinstance(self.state.get(LANGUAGE_KEPT), int):
            details[LANGUAGE_KEPT] = self.state[LANGUAGE_KEPT]
        review = self.state["details"].get(REVIEW_NOTE)
        if isinstance(review, dict) and str(review.get("what_changed") or "").strip():
            # a review's "what has changed" note travels with the record
            details[REVIEW_NOTE] = {k: v for k, v in review.items() if k in REVIEW_NOTE_KEYS}
        child = details.get("child", {})
        born, approx = parse_date(child.get("date_of_birth")), parse_int(child.get("approx_age"))
        people = [_person(row) for row in details.get("people", [])]
        if "people" in details:  # the chosen record travels with the person, not in the form's details
            details["people"] = [r for r in ({k: v for k, v in row.items() if k != CHOSEN_RECORD}
                                             for row in details["people"]) if r]
            if not details["people"]:
                del details["people"]
        return AssessmentInput.model_validate({
            "form": self.form.id,
            "assessed_on": self.assessed_on,
            "child": {"date_of_birth": born, "approx_age": approx},
            "people": people,
            "answers": self._answers(complete_only),
            "events": self.state["events"],
            "details": details,
            "also_recorded": {k: str(v).strip() for k, v in (self.state.get("also_recorded") or {}).items()
                              if str(v).strip() or not complete_only},
        })

    def _answers(self, complete_only: bool) -> dict[str, dict[str, Any]]:
        out = {}
        for indicator in self.form.indicators():
            entry = self.answer(indicator.id)
            if entry.get("answer") not in _ANSWERS:
                continue
            when = entry.get("when") if entry.get("when") in _RECENCIES else None
            note = (entry.get("note") or "").strip() or None
            events = [str(e) for e in entry.get("events") or ()]
            if complete_only and indicator_gaps("", indicator, entry, self.event_ids()) and \
                    entry["answer"] in CONCERN_ANSWERS:
                continue
            out[indicator.id] = {"answer": entry["answer"], "when": when, "note": note}
            if events:
                out[indicator.id]["events"] = events
        return out

    def preview(self) -> Preview:
        with in_language(self.language):
            if self.child_age() is None:
                return Preview(None, translate("Gaps", "Enter the child's date of birth or approximate age to see a "
                                                       "level."))
            if not any(a.get("answer") for a in self.state["answers"].values()):
                return Preview(None, translate("Gaps", "Answer a question to see the level so far."))
            try:
                return Preview(score(self.form, self.to_input(complete_only=True)))
            except AnswerError as exc:
                return Preview(None, fill(translate("Gaps", "No level yet: %1"), exc.message))

    def result(self) -> RiskResult:
        """The final result with any override applied (in the session's language: it is shown, never
        stored; the service scores what it stores itself); raises AnswerError or OverrideError."""
        with in_language(self.language):
            return self._result()

    def _result(self) -> RiskResult:
        result = score(self.form, self.to_input())
        override = self.state.get("override")
        if override and override.get("level"):
            result = apply_override(self.form, result, Level(override["level"]), override.get("reason", ""),
                                    override.get("consulted_name"), override.get("consulted_role"))
        return result


CHOSEN_RECORD = "context"  # a people row's key: the vault's person record it was linked to (SPEC 12)


def _person(row: dict[str, Any]) -> dict[str, Any]:
    """A people row as scoring reads it (a local form pack may add fields: they stay in ``details``)."""
    return {**{k: v for k, v in row.items() if k in PersonOfConcern.model_fields},
            "approx_age": parse_int(row.get("approx_age"))}


def _clean(value: Any, group: FieldGroup) -> Any:
    """The group's filled-in fields; a value kept from an older version of the form (a field the
    wizard no longer shows, so nobody could correct it) is left out, as validation would refuse it."""
    fields = {f.id for f in group.fields}

    def row(values: Any) -> dict:
        if not isinstance(values, dict):
            return {}
        return {k: v.strip() if isinstance(v, str) else v for k, v in values.items()
                if (k in fields or (k == CHOSEN_RECORD and group.id == "people")) and not is_empty(v)}

    if group.repeatable:
        return [r for r in (row(v) for v in (value or [])) if r]
    return row(value)


def continue_as_assessment(
    screening: dict[str, Any], target: FormDefinition, assessed_on: date
) -> dict[str, Any]:
    """A new state for ``target`` assessed on ``assessed_on`` carrying over answers by
    indicator id and details by group id; the override and navigation start afresh."""
    state = new_state(target, assessed_on)
    ids = target.indicator_map()
    state["answers"] = {k: copy.deepcopy(v) for k, v in screening.get("answers", {}).items() if k in ids}
    state["events"] = copy.deepcopy(screening.get("events") or [])  # the facts the answers cite come along
    groups = {g.id for g in target.field_groups}
    details = screening.get("details", {})
    state["details"] = {k: copy.deepcopy(v) for k, v in details.items() if k in groups}
    prompts = {p.id for p in target.reflective_prompts}
    if reflective := {k: v for k, v in (details.get(REFLECTIVE) or {}).items() if k in prompts}:
        state["details"][REFLECTIVE] = dict(reflective)
    state["continued_from"] = screening.get("form", "")
    return state
