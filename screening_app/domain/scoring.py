"""The scoring engine: from a form and an assessment input, an explainable
``RiskResult`` (SPEC section 4), and the professional-judgement override.

Every number and rule comes from the form file. The result lists every
contribution, floor rule, statutory flag and gap, so a reader can re-derive
the level from the page; ``explanation`` says it in words.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime

from pydantic import BaseModel, ConfigDict

from screening_app.domain.answers import AssessmentInput, IndicatorAnswer, child_age, validate_input
from screening_app.domain.conditions import Facts, evaluate
from screening_app.domain.errors import AnswerError, OverrideError
from screening_app.domain.schema import (
    LEVEL_ORDER,
    SCORED_BY_RECENCY,
    AnswerValue,
    FormDefinition,
    Indicator,
    Level,
    Recency,
    ReviewInterval,
    Tier,
)
from screening_app.words import fill, translate


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Contribution(_Frozen):
    indicator_id: str
    label: str
    section: str
    tier: Tier
    answer: AnswerValue
    when: Recency | None
    points: int
    note: str
    scored: bool
    events: tuple[str, ...] = ()  # the chronology entries that evidence it (SPEC 11)

    @property
    def evidenced(self) -> bool:
        return self.answer == AnswerValue.yes


class FiredFloor(_Frozen):
    id: str
    level: Level
    locked: bool
    description: str
    indicator_ids: tuple[str, ...]


class FiredFlag(_Frozen):
    id: str
    title: str
    text: str
    requires_decision: bool
    suggests: str | None


class Override(_Frozen):
    level: Level
    reason: str
    consulted_name: str | None = None
    consulted_role: str | None = None
    by: str | None = None
    at: datetime | None = None


class RiskResult(_Frozen):
    form_id: str
    form_version: str
    assessed_on: date
    child_age: int
    age_is_approximate: bool
    score: int
    band_level: Level
    computed_level: Level
    final_level: Level
    locked_minimum: Level | None
    override: Override | None = None
    contributions: tuple[Contribution, ...]
    floors: tuple[FiredFloor, ...]
    flags: tuple[FiredFlag, ...]
    not_known: tuple[str, ...]
    protective: tuple[str, ...]
    # the kinds of exploitation indicated (SPEC 14), in the pack's order; () in results stored before them
    exploitation_types: tuple[str, ...] = ()
    also_recorded: dict[str, str] = {}  # a level scheme's categories recorded by judgement: name -> reason
    no_indicators: bool
    meaning: str
    actions: tuple[str, ...]
    review_date: date
    explanation: tuple[str, ...]

    @property
    def level_text(self) -> str:
        return " ".join(self.explanation)


def score(form: FormDefinition, data: AssessmentInput, today: date | None = None) -> RiskResult:
    """Validate the input against the form (and ``today``, if given), then compute the explainable result."""
    validate_input(form, data, today)
    age, approximate = child_age(data)
    facts = Facts(
        data.answers, form.indicator_map(), age, [p.approx_age for p in data.people if p.approx_age is not None]
    )
    contributions = _contributions(form, data.answers)
    total = sum(c.points for c in contributions)
    band = _band_level(form, total)
    floors = tuple(_fired_floors(form, facts))
    computed = highest([band, *(f.level for f in floors)])
    locked = [f.level for f in floors if f.locked]
    no_indicators = not any(c.tier != Tier.protective for c in contributions)
    result = RiskResult(
        form_id=form.id,
        form_version=form.version,
        assessed_on=data.assessed_on,
        child_age=age,
        age_is_approximate=approximate,
        score=total,
        band_level=band,
        computed_level=computed,
        final_level=computed,
        locked_minimum=highest(locked) if locked else None,
        contributions=contributions,
        floors=floors,
        flags=tuple(_fired_flags(form, facts)),
        not_known=tuple(i.id for i in form.indicators() if _answer_is(data.answers.get(i.id), AnswerValue.not_known)),
        protective=tuple(c.indicator_id for c in contributions if c.tier == Tier.protective),
        exploitation_types=exploitation_types(form, data.answers),
        also_recorded=dict(data.also_recorded),
        no_indicators=no_indicators,
        meaning="",
        actions=(),
        review_date=data.assessed_on,
        explanation=(),
    )
    return _with_final_level(form, result, computed, None)


def exploitation_types(form: FormDefinition, answers: dict[str, IndicatorAnswer]) -> tuple[str, ...]:
    """The pack's kinds of exploitation (in its order) whose tag is on an indicator answered yes or
    possible, at any time; strengths never name one."""
    indicated = {
        tag
        for indicator in form.indicators()
        if indicator.tier != Tier.protective and (answer := answers.get(indicator.id)) is not None and answer.is_concern
        for tag in indicator.tags
    }
    return tuple(kind.tag for kind in form.exploitation_types if kind.tag in indicated)


def _answer_is(answer: IndicatorAnswer | None, value: AnswerValue) -> bool:
    return answer is not None and answer.answer == value


def points_for(form: FormDefinition, indicator: Indicator, answer: IndicatorAnswer) -> int:
    if not answer.is_concern:
        return 0
    points = form.scoring.points
    if indicator.tier == Tier.vulnerability:
        return points.vulnerability
    if indicator.tier not in SCORED_BY_RECENCY or answer.when not in (Recency.current, Recency.recent):
        return 0
    by_recency = getattr(points, indicator.tier.value)
    return getattr(by_recency, answer.when.value)


def _contributions(form: FormDefinition, answers: dict[str, IndicatorAnswer]) -> tuple[Contribution, ...]:
    out = []
    for section in form.sections:
        for indicator in section.indicators:
            answer = answers.get(indicator.id)
            if answer is None or not answer.is_concern:
                continue
            scored = indicator.tier == Tier.vulnerability or (
                indicator.tier in SCORED_BY_RECENCY and answer.when in (Recency.current, Recency.recent)
            )
            out.append(
                Contribution(
                    indicator_id=indicator.id,
                    label=indicator.label,
                    section=section.title,
                    tier=indicator.tier,
                    answer=answer.answer,
                    when=answer.when if indicator.tier in SCORED_BY_RECENCY else None,
                    points=points_for(form, indicator, answer),
                    note=(answer.note or "").strip(),
                    scored=scored,
                    events=answer.events,
                )
            )
    return tuple(out)


def _band_level(form: FormDefinition, total: int) -> Level:
    return next((band.level for band in form.scoring.bands if total >= band.min_score), Level.low)


def _fired_floors(form: FormDefinition, facts: Facts):
    for rule in form.scoring.floors:
        match = evaluate(rule.when, facts)
        if match.holds:
            yield FiredFloor(
                id=rule.id,
                level=rule.level,
                locked=rule.locked,
                description=rule.description,
                indicator_ids=match.indicator_ids,
            )


def _fired_flags(form: FormDefinition, facts: Facts):
    for flag in form.scoring.flags:
        if evaluate(flag.when, facts).holds:
            yield FiredFlag(
                id=flag.id,
                title=flag.title,
                text=flag.text,
                requires_decision=flag.requires_decision,
                suggests=flag.suggests,
            )


# ------------------------------------------------------------------ override


def apply_override(
    form: FormDefinition,
    result: RiskResult,
    level: Level,
    reason: str,
    consulted_name: str | None = None,
    consulted_role: str | None = None,
    by: str | None = None,
    at: datetime | None = None,
) -> RiskResult:
    """Set a final level by professional judgement (SPEC section 4).

    Raising needs a reason; lowering needs a reason and the DSL or manager
    consulted; no override can go below a locked floor. Choosing the computed
    level again removes the override."""
    if level == result.computed_level:
        return _with_final_level(form, result, level, None)
    if not (reason or "").strip():
        raise OverrideError("reason", translate("Scoring", "write the reason for changing the level"))
    if level.rank < result.computed_level.rank:
        _check_lowering(form, result, level, consulted_name, consulted_role)
    override = Override(
        level=level,
        reason=reason.strip(),
        consulted_name=(consulted_name or "").strip() or None,
        consulted_role=(consulted_role or "").strip() or None,
        by=by,
        at=at,
    )
    return _with_final_level(form, result, level, override)


def _check_lowering(form: FormDefinition, result: RiskResult, level: Level, name: str | None,
                    role: str | None) -> None:
    if result.locked_minimum is not None and level.rank < result.locked_minimum.rank:
        rules = ", ".join(f.id for f in result.floors if f.locked and f.level == result.locked_minimum)
        raise OverrideError("level", fill(translate("Scoring", "cannot be lower than %1: the rule %2 sets a minimum "
                                                               "that cannot be lowered"),
                                          form.levels.get(result.locked_minimum).label, rules))
    if not (name or "").strip():
        raise OverrideError("consulted_name", translate("Scoring", "lowering the level needs the name of the DSL or "
                                                                   "manager consulted"))
    if not (role or "").strip():
        raise OverrideError("consulted_role", translate("Scoring", "lowering the level needs the role of the person "
                                                                   "consulted"))


def _with_final_level(form: FormDefinition, result: RiskResult, level: Level, override: Override | None) -> RiskResult:
    definition = form.levels.get(level)
    draft = result.model_copy(
        update={
            "final_level": level,
            "override": override,
            "meaning": definition.meaning,
            "actions": (*definition.actions, *_category_actions(form, result)),
            "review_date": review_date(result.assessed_on, definition.review_after),
        }
    )
    return draft.model_copy(update={"explanation": explain(form, draft)})


def review_date(assessed_on: date, interval: ReviewInterval) -> date:
    """The review date, or an ``AnswerError`` on ``assessed_on`` when the calendar ends first."""
    try:
        return add_interval(assessed_on, interval)
    except (OverflowError, ValueError):
        raise AnswerError("assessed_on", "is too far in the future: its review date cannot be computed") from None


def add_interval(start: date, interval: ReviewInterval) -> date:
    month_index = start.month - 1 + interval.months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return date.fromordinal(date(year, month, day).toordinal() + interval.days + 7 * interval.weeks)


# ------------------------------------------------------------------- in words


def explain(form: FormDefinition, result: RiskResult) -> tuple[str, ...]:
    """The reasons in words, in the language of the work (``words.language``; English by default):
    the product's sentences are translated, the form pack's text is as the pack gives it."""
    def label(level: Level) -> str:
        return translate("Level", form.levels.get(level).label)

    lines = [f"{label(result.final_level)}: {form.levels.get(result.final_level).meaning}"]
    if result.no_indicators:
        lines.append(form.no_indicators_text)
    lines.append(score_sentence(form, result))
    if result.age_is_approximate:
        lines.append(fill(translate("Scoring", "The child's age (%1) is approximate: the date of birth is not known, "
                                                "so the rules that depend on age used the approximate age."),
                           result.child_age))
    for floor in result.floors:
        sentence = (translate("Scoring", "At least %1: %2 This minimum cannot be lowered.") if floor.locked else
                    translate("Scoring", "At least %1: %2"))
        lines.append(fill(sentence, label(floor.level), floor.description))
    if result.override:
        lines.append(_override_sentence(form, result))
    lines += also_recorded_lines(form, result)
    for flag in result.flags:
        lines.append(f"{flag.title}: {flag.text}")
    if result.not_known:
        lines.append(fill(translate("Scoring", "Not known, to follow up: %1 indicator(s)."), len(result.not_known)))
    return tuple(lines)


ALSO_RECORDED = "Also recorded by professional judgement"  # how a stored English line starts (summary.py)


def _category_actions(form: FormDefinition, result: RiskResult) -> tuple[str, ...]:
    scheme = form.level_scheme
    found = (scheme.category(name) for name in result.also_recorded) if scheme else ()
    return tuple(a for category in found if category for a in category.actions)


def also_recorded_lines(form: FormDefinition, result: RiskResult) -> list[str]:
    """Each category recorded beside the level, with its meaning and reason; the level stands."""
    scheme = form.level_scheme
    lines = []
    for name, reason in result.also_recorded.items():
        category = scheme.category(name) if scheme else None
        label, meaning = (category.label, category.meaning) if category else (name.replace("_", " "), "")
        lines.append(fill(translate("Scoring", "Also recorded by professional judgement: %1. %2 Reason: %3"),
                          label, meaning, reason).replace("  ", " "))
    return lines


def score_sentence(form: FormDefinition, result: RiskResult) -> str:
    scored = sum(1 for c in result.contributions if c.points)
    thresholds = ", ".join(fill(translate("Scoring", "%1 from %2"), translate("Level", form.levels.get(b.level).label),
                                 b.min_score) for b in form.scoring.bands)
    band = translate("Level", form.levels.get(result.band_level).label)
    if scored == 1:
        return fill(translate("Scoring", "Score %1 from 1 scored answer; the score alone gives %2 (%3)."),
                     result.score, band, thresholds)
    return fill(translate("Scoring", "Score %1 from %2 scored answers; the score alone gives %3 (%4)."),
                 result.score, scored, band, thresholds)


def _override_sentence(form: FormDefinition, result: RiskResult) -> str:
    o = result.override
    assert o is not None
    before, after = (translate("Level", form.levels.get(level).label) for level in (result.computed_level, o.level))
    raised = o.level.rank > result.computed_level.rank
    if o.consulted_name:
        sentence = (translate("Scoring", "Professional judgement raised the level from %1 to %2 after consulting %3 "
                                         "(%4). Reason: %5") if raised else
                    translate("Scoring", "Professional judgement lowered the level from %1 to %2 after consulting %3 "
                                         "(%4). Reason: %5"))
        return fill(sentence, before, after, o.consulted_name, o.consulted_role, o.reason)
    sentence = (translate("Scoring", "Professional judgement raised the level from %1 to %2. Reason: %3") if raised
                else translate("Scoring", "Professional judgement lowered the level from %1 to %2. Reason: %3"))
    return fill(sentence, before, after, o.reason)


def highest(levels: list[Level]) -> Level:
    return max(levels, key=lambda lv: lv.rank) if levels else LEVEL_ORDER[0]
