"""The shape of a form pack file: pydantic models, frozen and strict.

A form file (``forms/*.yaml``) is data: indicators, structured fields, scoring
rules, levels and the language-check list. These models are the single source
of truth for that data; ``forms/schema.json`` is generated from them.
Conditions are a small tagged union evaluated by ``conditions.py``: never eval.
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag

from screening_app.words import QT_TRANSLATE_NOOP

Identifier = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=64)]
FormId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9-]*$", max_length=64)]


Cue = Annotated[str, Field(min_length=2, max_length=60, pattern=r"^[^*]+\*?$")]


class Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Tier(str, Enum):
    harm = "harm"
    significant = "significant"
    risk = "risk"
    vulnerability = "vulnerability"
    protective = "protective"


class Level(str, Enum):
    low = "low"
    medium = "medium"
    high = "high"

    @property
    def rank(self) -> int:
        return LEVEL_ORDER.index(self)


LEVEL_ORDER = [Level.low, Level.medium, Level.high]


class AnswerValue(str, Enum):
    yes = "yes"
    possible = "possible"
    no = "no"
    not_known = "not_known"


class Recency(str, Enum):
    current = "current"
    recent = "recent"
    past = "past"


CONCERN_ANSWERS = (AnswerValue.yes, AnswerValue.possible)
SCORED_BY_RECENCY = (Tier.harm, Tier.significant, Tier.risk)


# ---------------------------------------------------------------- indicators


class Indicator(Strict):
    id: Identifier
    tier: Tier
    tags: tuple[Identifier, ...] = ()
    label: str = Field(min_length=1)
    help: str = Field(min_length=1, description="What to look for; what counts as current.")
    cues: tuple[Cue, ...] = Field(
        default=(),
        max_length=40,
        description=(
            "Words or phrases, in a practitioner's own language, that may point to this indicator in a "
            "chronology entry ('found by police', 'vodka'). A trailing * matches any ending ('bruis*'). "
            "They only suggest: the practitioner confirms every answer."
        ),
    )


class IndicatorRef(Strict):
    """Reuse an indicator defined in the base form (``extends``)."""

    ref: Identifier
    add_tags: tuple[Identifier, ...] = Field(
        default=(),
        description=(
            "Tags this form adds to the base form's indicator (SPEC 14: 'online' on online_grooming). "
            "Its id, tier, label, help and own tags stay the base's."
        ),
    )


def _ref_or_definition(value: object) -> str:
    is_ref = isinstance(value, IndicatorRef | FieldGroupRef) or (isinstance(value, dict) and "ref" in value)
    return "reference" if is_ref else "definition"


IndicatorEntry = Annotated[
    Union[Annotated[Indicator, Tag("definition")], Annotated[IndicatorRef, Tag("reference")]],
    Discriminator(_ref_or_definition),
]


class Section(Strict):
    id: Identifier
    title: str = Field(min_length=1)
    intro: str = ""
    indicators: tuple[IndicatorEntry, ...] = Field(min_length=1)


# ------------------------------------------------------------ structured fields


class FieldType(str, Enum):
    text = "text"
    multiline = "multiline"
    date = "date"
    number = "number"
    choice = "choice"
    multichoice = "multichoice"
    yes_no = "yes_no"


class Choice(Strict):
    value: Identifier
    label: str = Field(min_length=1)
    answers: Identifier | None = Field(
        default=None,
        description=(
            "An indicator this choice answers Yes, with 'From the child's details' as the evidence "
            "(SPEC 11: a fact recorded once). Shown as such and changeable; never overwrites an answer."
        ),
    )


class DetailField(Strict):
    id: Identifier
    label: str = Field(min_length=1)
    type: FieldType = FieldType.text
    help: str = ""
    required: bool = False
    options: tuple[Choice, ...] = ()
    min: float | None = None
    max: float | None = None
    language_check: bool = Field(default=False, description="Free text checked for wording that blames the child.")
    required_if: FieldEquals | None = Field(
        default=None, description="Required only when another field of the group has a value."
    )


class FieldEquals(Strict):
    field: Identifier
    equals: str


class FieldGroup(Strict):
    id: Identifier
    title: str = Field(min_length=1)
    intro: str = ""
    stage: Literal["start", "end"] = Field(
        default="end", description="Shown before the indicator sections (start) or after them."
    )
    repeatable: bool = False
    fields: tuple[DetailField, ...] = Field(min_length=1)
    require_one_of: tuple[tuple[Identifier, ...], ...] = Field(
        default=(), description="Each tuple: at least one of these fields must be filled."
    )


class FieldGroupRef(Strict):
    """Reuse a field group defined in the base form (``extends``)."""

    ref: Identifier


FieldGroupEntry = Annotated[
    Union[Annotated[FieldGroup, Tag("definition")], Annotated[FieldGroupRef, Tag("reference")]],
    Discriminator(_ref_or_definition),
]


class ReflectivePrompt(Strict):
    id: Identifier
    text: str = Field(min_length=1)
    required: bool = True


# ------------------------------------------------------------------ conditions


class AnyAnswered(Strict):
    """True when at least ``at_least`` indicators matching the filters are yes/possible."""

    type: Literal["answered"] = "answered"
    tiers: tuple[Tier, ...] = ()
    tags: tuple[Identifier, ...] = ()
    ids: tuple[Identifier, ...] = ()
    recency: tuple[Recency, ...] = Field(
        default=(), description="Empty: any recency, including vulnerability answers with none."
    )
    at_least: int = Field(default=1, ge=1)


class AgeBelow(Strict):
    type: Literal["age_below"] = "age_below"
    years: int = Field(ge=0, le=25)


class AgeBetween(Strict):
    """Inclusive range of whole years."""

    type: Literal["age_between"] = "age_between"
    min: int = Field(ge=0, le=25)
    max: int = Field(ge=0, le=25)


class AgeGapBand(Strict):
    child_min: int = Field(ge=0, le=25)
    child_max: int = Field(ge=0, le=25)
    min_gap: int = Field(ge=1)


class AgeGap(Strict):
    """True when a person of concern is older than the child by a band's gap."""

    type: Literal["age_gap"] = "age_gap"
    bands: tuple[AgeGapBand, ...] = Field(min_length=1)


class AllOf(Strict):
    type: Literal["all"] = "all"
    of: tuple[Condition, ...] = Field(min_length=1)


class AnyOf(Strict):
    type: Literal["any"] = "any"
    of: tuple[Condition, ...] = Field(min_length=1)


Condition = Annotated[
    Union[AnyAnswered, AgeBelow, AgeBetween, AgeGap, AllOf, AnyOf],
    Field(discriminator="type"),
]


# --------------------------------------------------------------------- scoring


class RecencyPoints(Strict):
    current: int = Field(ge=0)
    recent: int = Field(ge=0)


class Points(Strict):
    harm: RecencyPoints
    significant: RecencyPoints
    risk: RecencyPoints
    vulnerability: int = Field(ge=0, description="Scored once for yes/possible, no recency.")


class Band(Strict):
    level: Level
    min_score: int = Field(ge=1)


class FloorRule(Strict):
    id: Identifier
    level: Level
    locked: bool = False
    description: str = Field(min_length=1)
    when: Condition


class StatutoryFlag(Strict):
    id: Identifier
    title: str = Field(min_length=1)
    text: str = Field(min_length=1)
    requires_decision: bool = Field(default=False, description="A decision record is needed before completion.")
    suggests: Identifier | None = Field(default=None, description="Indicator the practitioner is prompted to answer.")
    when: Condition


class Scoring(Strict):
    points: Points
    bands: tuple[Band, ...] = Field(min_length=1, description="Highest threshold first.")
    floors: tuple[FloorRule, ...] = ()
    flags: tuple[StatutoryFlag, ...] = ()


class ExploitationKind(Strict):
    """A kind of exploitation the result names (SPEC 14) when an indicator with its tag is answered yes/possible."""

    tag: Identifier
    label: str = Field(min_length=1, max_length=60)


class ReviewInterval(Strict):
    days: int = Field(default=0, ge=0)
    weeks: int = Field(default=0, ge=0)
    months: int = Field(default=0, ge=0)


class LevelDefinition(Strict):
    label: str = Field(min_length=1)
    name: Identifier | None = Field(
        default=None, description="The level scheme's id for this level (e.g. exploited); none: the rank's own.")
    local_threshold: str | None = Field(
        default=None, max_length=80,
        description="The partnership's own threshold (continuum of need) level this maps to, e.g. 'Level 4'.")
    meaning: str = Field(min_length=1)
    actions: tuple[str, ...] = Field(min_length=1)
    review_after: ReviewInterval
    colour: str = Field(pattern=r"^#[0-9A-Fa-f]{6}$")


class Levels(Strict):
    low: LevelDefinition
    medium: LevelDefinition
    high: LevelDefinition

    def get(self, level: Level) -> LevelDefinition:
        return getattr(self, level.value)


# ------------------------------------------------------------- level schemes


class SchemeLevel(Strict):
    """One of a level scheme's categories, standing for one of the engine's three ranks. What it
    leaves out (meaning, actions, review, local threshold) stays as the form pack words it."""

    name: Identifier = Field(description="The scheme's own id for this level, e.g. exploited.")
    label: str = Field(min_length=1, max_length=60)
    colour: str = Field(pattern=r"^#[0-9A-Fa-f]{6}$")
    meaning: str | None = Field(default=None, min_length=1)
    actions: tuple[str, ...] | None = Field(default=None, min_length=1)
    review_after: ReviewInterval | None = None
    local_threshold: str | None = Field(default=None, max_length=80)


class SchemeLevels(Strict):
    low: SchemeLevel
    medium: SchemeLevel
    high: SchemeLevel


class SchemeCategory(Strict):
    """A category a practitioner records by judgement beside the level, never instead of it (West
    Sussex's "harming others": a child who harms others is often exploited too, and stays a victim)."""

    name: Identifier
    label: str = Field(min_length=1, max_length=60)
    meaning: str = Field(min_length=1)
    actions: tuple[str, ...] = ()


class LevelScheme(Strict):
    """A partnership's own words for the levels (``forms/level-schemes/ID.yaml``), chosen by a form
    pack's ``level_scheme``. The engine still ranks low < medium < high: scoring bands, locked
    floors and overrides name those ranks, and each rank is shown, reviewed and coloured as the
    scheme's category for it. Stored results keep the rank, so records made under another scheme
    still read, count and compare."""

    id: FormId
    name: str = Field(min_length=1, max_length=120)
    source: str = Field(default="", max_length=400)
    levels: SchemeLevels
    also_recorded: tuple[SchemeCategory, ...] = Field(
        default=(), description="Categories recorded by judgement beside the level, each with a reason.")


class SchemeInfo(Strict):
    """The scheme a loaded form follows, for the screens and the referral to name."""

    id: FormId
    name: str
    source: str = ""
    also_recorded: tuple[SchemeCategory, ...] = ()

    def category(self, name: str) -> SchemeCategory | None:
        return next((c for c in self.also_recorded if c.name == name), None)


# ------------------------------------------------------------ language check


class LanguageRule(Strict):
    """Phrases that place responsibility on the child, and what to write instead.

    Phrase syntax: words separated by spaces; ``{a|b|c}`` is a choice of words.
    Matching is case-insensitive, on whole words, tolerant of punctuation and
    of a plural ``s``. ``context: adult`` flags only where an adult is involved.
    """

    phrases: tuple[str, ...] = Field(min_length=1)
    suggestion: str = Field(min_length=1)
    reason: str = Field(min_length=1)
    context: Literal["any", "adult"] = "any"
    language: Literal["en", "cy"] = Field(
        default="en", description="The language the phrases are in: a note is checked against every rule, so a "
                                  "note written in Welsh is checked whatever the interface's language.")


class AnswerLabels(Strict):
    yes: str = "Yes"
    possible: str = "Possible"
    no: str = "No"
    not_known: str = "Not known"
    evidenced: str = "evidenced"
    suspected: str = "suspected"


class RecencyLabels(Strict):
    current: str = "Current (now or in the last 3 months)"
    recent: str = "Recent (3 to 12 months ago)"
    past: str = "Past (over 12 months ago; shown, not scored)"


class TranslationInfo(Strict):
    """A form loaded in another language: which, who prepared its text and who reviewed it."""

    language: str
    prepared_by: str
    reviewed_by: str = ""


# ------------------------------------------------------------------- the form


class FormDefinition(Strict):
    """A whole form after loading: ``extends`` resolved, every reference inlined."""

    id: FormId
    version: str = Field(pattern=r"^\d+\.\d+(\.\d+)?$")
    title: str = Field(min_length=1)
    description: str = ""
    answer_labels: AnswerLabels = AnswerLabels()
    recency_labels: RecencyLabels = RecencyLabels()
    note_prompt: str = (
        "What happened, when, and who told you (seen by me / told by the child / told by another person or agency)."
    )
    sections: tuple[Section, ...] = Field(min_length=1)
    field_groups: tuple[FieldGroup, ...] = ()
    reflective_prompts: tuple[ReflectivePrompt, ...] = ()
    scoring: Scoring
    levels: Levels
    level_scheme: SchemeInfo | None = None
    no_indicators_text: str = Field(min_length=1)
    language_check: tuple[LanguageRule, ...] = ()
    exploitation_types: tuple[ExploitationKind, ...] = Field(
        default=(),
        description=(
            "Kinds of exploitation the result names, in this order: each is indicated when any indicator "
            "with its tag is answered yes or possible, at any time (SPEC 14)."
        ),
    )

    translation: TranslationInfo | None = Field(
        default=None, description="Set when the form's text is a translation (translations/LANG/ID.yaml).")

    def indicators(self) -> list[Indicator]:
        """Every indicator in form order (references are resolved at load)."""
        return [i for s in self.sections for i in s.indicators if isinstance(i, Indicator)]

    def indicator(self, indicator_id: str) -> Indicator | None:
        return self.indicator_map().get(indicator_id)

    def indicator_map(self) -> dict[str, Indicator]:
        return {i.id: i for i in self.indicators()}

    def section_of(self, indicator_id: str) -> Section | None:
        for section in self.sections:
            if any(getattr(i, "id", None) == indicator_id for i in section.indicators):
                return section
        return None

    def field_group(self, group_id: str) -> FieldGroup | None:
        return next((g for g in self.field_groups if g.id == group_id), None)


RANK_WORDS = {"low": QT_TRANSLATE_NOOP("Level", "Low"), "medium": QT_TRANSLATE_NOOP("Level", "Medium"),
              "high": QT_TRANSLATE_NOOP("Level", "High")}  # Welsh: Isel, Canolig, Uchel (words.translate)


def level_label(form: FormDefinition | None, level: str | None) -> str:
    """A stored level (a rank: low, medium, high) in the form's words: its level scheme's
    category ("Exploited") where it follows one; "" for none."""
    key = str(level or "")
    if form is not None and key in RANK_WORDS:
        return form.levels.get(Level(key)).label
    return RANK_WORDS.get(key, key)


class FormFile(Strict):
    """A form file as written. With ``extends``, omitted parts come from the base
    form and sections may list ``{ref: id}`` to reuse the base's indicators."""

    id: FormId
    version: str = Field(pattern=r"^\d+\.\d+(\.\d+)?$")
    title: str = Field(min_length=1)
    description: str = ""
    extends: FormId | None = None
    answer_labels: AnswerLabels | None = None
    recency_labels: RecencyLabels | None = None
    note_prompt: str | None = None
    sections: tuple[Section, ...] = Field(min_length=1)
    field_groups: tuple[FieldGroupEntry, ...] | None = None
    reflective_prompts: tuple[ReflectivePrompt, ...] | None = None
    scoring: Scoring | None = None
    levels: Levels | None = None
    level_scheme: FormId | None = Field(
        default=None,
        description=("A level scheme in the level-schemes folder beside the forms (e.g. west-sussex-2020): its "
                     "words, colours and any meanings, actions and reviews it gives replace the levels' own."))
    no_indicators_text: str | None = None
    language_check: tuple[LanguageRule, ...] | None = None
    exploitation_types: tuple[ExploitationKind, ...] | None = None
    add_flags: tuple[StatutoryFlag, ...] | None = Field(
        default=None,
        description=(
            "Statutory flags added after the flags of this form's scoring, or of the base form's when "
            "scoring is inherited (extends): a pack adds a flag without copying every number and rule."
        ),
    )


AllOf.model_rebuild()
AnyOf.model_rebuild()
DetailField.model_rebuild()
