"""What changed between two assessments, in words: the view-model the comparison screen
and the comparison PDF both show (SPEC section 10).

``build_comparison_view`` turns a ``Comparison`` (``compare.compare``) and the two
forms into plain frozen data: each side's reference, date, level and score; the level
movement ("Medium → High"); and the indicators grouped by kind of change, each answer
written out (evidenced or suspected, when, the note). User text keeps ``where`` (a
field path) so an export error can name the field without quoting it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from screening_app.domain.answers import AssessmentInput, IndicatorAnswer
from screening_app.domain.compare import Change, Comparison, IndicatorChange
from screening_app.domain.referral import LevelView, format_date, format_datetime, level_view
from screening_app.domain.schema import AnswerValue, FormDefinition
from screening_app.domain.scoring import RiskResult
from screening_app.words import QT_TRANSLATE_NOOP, fill, translate

ONLY_LATER, ONLY_EARLIER = "only_in_later_form", "only_in_earlier_form"
# Said in the language of the work (``words.language``), marked here for the translation file.
NOT_ASKED = QT_TRANSLATE_NOOP("Changes", "Not asked in this form")
NOT_ANSWERED = QT_TRANSLATE_NOOP("Changes", "Not answered")

# (kind, title, explanation), in the order they are shown: what needs attention first.
GROUPS: tuple[tuple[str, str, str], ...] = (
    (Change.new.value, QT_TRANSLATE_NOOP("Changes", "New concerns"),
     QT_TRANSLATE_NOOP("Changes", "A concern now that was not recorded as one in the earlier assessment.")),
    (Change.answer_changed.value, QT_TRANSLATE_NOOP("Changes", "Answer changed"),
     QT_TRANSLATE_NOOP("Changes", "A concern both times; the answer moved (for example from possible to yes).")),
    (Change.recency_changed.value, QT_TRANSLATE_NOOP("Changes", "When it happened changed"),
     QT_TRANSLATE_NOOP("Changes", "A concern both times with the same answer; when it happened has changed.")),
    (Change.resolved.value, QT_TRANSLATE_NOOP("Changes", "No longer recorded as a concern"),
     QT_TRANSLATE_NOOP("Changes", "A concern in the earlier assessment, answered no, not known or left blank now. "
                                  "Check that this is known, not assumed.")),
    (Change.unchanged.value, QT_TRANSLATE_NOOP("Changes", "Still a concern, unchanged"),
     QT_TRANSLATE_NOOP("Changes", "A concern both times with the same answer and the same timing.")),
    (ONLY_LATER, QT_TRANSLATE_NOOP("Changes", "Asked only in the later form"),
     QT_TRANSLATE_NOOP("Changes", "Concerns recorded on questions the earlier form did not ask.")),
    (ONLY_EARLIER, QT_TRANSLATE_NOOP("Changes", "Asked only in the earlier form"),
     QT_TRANSLATE_NOOP("Changes", "Concerns recorded on questions the later form did not ask.")),
)


@dataclass(frozen=True)
class Side:
    """One of the two assessments, as the heading of its column."""

    reference: str
    form_title: str
    form_version: str
    assessed_on: str
    level: LevelView
    score: int
    overridden_from: str  # the computed level's label when professional judgement changed it


@dataclass(frozen=True)
class AnswerWords:
    text: str  # "Yes (evidenced); Current (now or in the last 3 months)"
    note: str
    where: str  # field path of the note, "" when there is none


@dataclass(frozen=True)
class ChangeRow:
    indicator_id: str
    label: str
    section: str
    earlier: AnswerWords
    later: AnswerWords


@dataclass(frozen=True)
class ChangeGroup:
    kind: str
    title: str
    explanation: str
    rows: tuple[ChangeRow, ...]


@dataclass(frozen=True)
class ComparisonView:
    child_name: str
    fingerprint: str
    generated_at: str
    earlier: Side
    later: Side
    movement: str  # up | down | same
    movement_words: str  # "Medium → High"
    movement_sentence: str  # "The level went up from Medium to High."
    days_between: int
    groups: tuple[ChangeGroup, ...]  # only the kinds that have rows
    counts_line: str  # "2 new · 1 answer changed · 1 no longer a concern"
    # Two versions of one assessment: "Version 2 replaced version 1. Reason given: ..."; else ""
    correction: str = ""

    def group(self, kind: str) -> ChangeGroup | None:
        return next((g for g in self.groups if g.kind == kind), None)


@dataclass(frozen=True)
class Assessed:
    """One stored assessment as the comparison needs it."""

    reference: str
    form: FormDefinition
    data: AssessmentInput
    result: RiskResult


def build_comparison_view(
    comparison: Comparison,
    earlier: Assessed,
    later: Assessed,
    *,
    child_name: str,
    fingerprint: str,
    generated_at: datetime,
    correction: str = "",
) -> ComparisonView:
    rows = _rows_by_kind(comparison, earlier, later)
    groups = tuple(ChangeGroup(kind, translate("Changes", title), translate("Changes", text), tuple(rows[kind]))
                   for kind, title, text in GROUPS if rows[kind])
    before, after = _side(earlier), _side(later)
    return ComparisonView(
        child_name=child_name,
        fingerprint=fingerprint,
        generated_at=format_datetime(generated_at),
        earlier=before,
        later=after,
        movement=comparison.level_movement,
        movement_words=f"{before.level.label} \u2192 {after.level.label}",
        movement_sentence=movement_sentence(comparison.level_movement, before.level.label, after.level.label),
        days_between=(comparison.after_date - comparison.before_date).days,
        groups=groups,
        counts_line=counts_line(groups),
        correction=correction,
    )


def movement_sentence(movement: str, before: str, after: str) -> str:
    if movement == "up":
        return fill(translate("Changes", "The level went up from %1 to %2."), before, after)
    if movement == "down":
        return fill(translate("Changes", "The level went down from %1 to %2."), before, after)
    return fill(translate("Changes", "The level stayed %1."), after)


COUNT_WORDS = {  # (one, many): each a whole phrase with its number
    Change.new.value: (QT_TRANSLATE_NOOP("Changes", "1 new concern"), QT_TRANSLATE_NOOP("Changes", "%1 new concerns")),
    Change.answer_changed.value: (QT_TRANSLATE_NOOP("Changes", "1 answer changed"),
                                  QT_TRANSLATE_NOOP("Changes", "%1 answers changed")),
    Change.recency_changed.value: (QT_TRANSLATE_NOOP("Changes", "1 change in when it happened"),
                                   QT_TRANSLATE_NOOP("Changes", "%1 changes in when it happened")),
    Change.resolved.value: (QT_TRANSLATE_NOOP("Changes", "1 no longer recorded as a concern"),
                            QT_TRANSLATE_NOOP("Changes", "%1 no longer recorded as concerns")),
    ONLY_LATER: (QT_TRANSLATE_NOOP("Changes", "1 asked only in the later form"),
                 QT_TRANSLATE_NOOP("Changes", "%1 asked only in the later form")),
    ONLY_EARLIER: (QT_TRANSLATE_NOOP("Changes", "1 asked only in the earlier form"),
                   QT_TRANSLATE_NOOP("Changes", "%1 asked only in the earlier form")),
}


def counts_line(groups: tuple[ChangeGroup, ...]) -> str:
    parts = [fill(translate("Changes", COUNT_WORDS[g.kind][len(g.rows) != 1]), len(g.rows))
             for g in groups if g.kind in COUNT_WORDS]
    return " · ".join(parts) if parts else translate("Changes", "No indicator changed.")


def _side(a: Assessed) -> Side:
    final, computed = a.result.final_level, a.result.computed_level
    overridden = level_view(a.form, computed).label if computed != final else ""
    return Side(a.reference, a.form.title, a.form.version, format_date(a.data.assessed_on),
                level_view(a.form, final), a.result.score, overridden)


def _rows_by_kind(comparison: Comparison, earlier: Assessed, later: Assessed) -> dict[str, list[ChangeRow]]:
    rows: dict[str, list[ChangeRow]] = {kind: [] for kind, _t, _e in GROUPS}
    for change in comparison.changes:
        rows[change.change.value].append(_row(change, earlier, later))
    for indicator_id in comparison.only_in_after_form:
        rows[ONLY_LATER].append(_one_sided(indicator_id, later, earlier, later_side=True))
    for indicator in earlier.form.indicators():
        answer = earlier.data.answers.get(indicator.id)
        if later.form.indicator(indicator.id) is None and answer is not None and answer.is_concern:
            rows[ONLY_EARLIER].append(_one_sided(indicator.id, earlier, later, later_side=False))
    return rows


def _row(change: IndicatorChange, earlier: Assessed, later: Assessed) -> ChangeRow:
    return ChangeRow(
        change.indicator_id,
        change.label,
        change.section,
        answer_words(earlier.form, change.indicator_id, change.before),
        answer_words(later.form, change.indicator_id, change.after),
    )


def _one_sided(indicator_id: str, asked: Assessed, other: Assessed, *, later_side: bool) -> ChangeRow:
    indicator = asked.form.indicator(indicator_id)
    section = asked.form.section_of(indicator_id)
    words = answer_words(asked.form, indicator_id, asked.data.answers.get(indicator_id))
    missing = AnswerWords(translate("Changes", NOT_ASKED), "", "")
    label = indicator.label if indicator else indicator_id
    title = section.title if section else ""
    return ChangeRow(indicator_id, label, title, missing if later_side else words, words if later_side else missing)


def answer_words(form: FormDefinition, indicator_id: str, answer: IndicatorAnswer | None) -> AnswerWords:
    """An answer in the form's own words: "Yes (evidenced); Recent (3 to 12 months ago)"."""
    if answer is None:
        return AnswerWords(translate("Changes", NOT_ANSWERED), "", "")
    labels = form.answer_labels
    text = getattr(labels, answer.answer.value)
    if answer.answer == AnswerValue.yes:
        text = f"{text} ({labels.evidenced})"
    elif answer.answer == AnswerValue.possible:
        text = f"{text} ({labels.suspected})"
    if answer.when is not None and answer.is_concern:
        text = f"{text}; {getattr(form.recency_labels, answer.when.value)}"
    note = (answer.note or "").strip()
    return AnswerWords(text, note, f"answers.{indicator_id}.note" if note else "")


def date_order(first: date, first_id: int, second: date, second_id: int) -> bool:
    """True when the first assessment is the earlier one (same day: the older record first)."""
    return (first, first_id) <= (second, second_id)
