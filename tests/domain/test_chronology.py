"""The chronology's rules (SPEC 11): entries and their dates, suggestions that never answer,
and what counts as evidence. The six facts are the invented screening scenario of issue 12."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from screening_app.domain.chronology import (
    ChronologyEntry,
    evidence_problem,
    latest_first,
    parse_when,
    suggest_indicators,
)

FACTS = {
    "missing": "Missing overnight twice this half-term; found by police at a flat in town on the second night.",
    "car": "A grey car with two older men waits outside school at 3pm most days.",
    "items": "She has a new phone and designer trainers and will not say where they came from.",
    "vodka": "She said her boyfriend, who is about 24, gives her vodka.",
    "attendance": "Attendance fell from 96% to 71% since September.",
}


def entry(**fields) -> ChronologyEntry:
    return ChronologyEntry.model_validate({"id": "e1", "date": "2026-11-14", "what": "x", "source": "seen", **fields})


@pytest.mark.parametrize(
    ("text", "words", "precision"),
    [("2026-11-14", "14 Nov 2026", "day"), ("2026-11", "Nov 2026", "month"),
     ("about 2028-02-29", "about 29 Feb 2028", "about")],
)
def test_dates_a_day_a_month_or_about(text, words, precision):
    when = parse_when(text)
    assert (when.words(), when.precision) == (words, precision)


@pytest.mark.parametrize("text", ["14/11/2026", "2026-13-01", "about 2026-11", "1989-12-31", "", "2026-02-30"])
def test_unreadable_dates_are_refused(text):
    with pytest.raises(ValueError):
        parse_when(text)


def test_told_by_other_says_who():
    with pytest.raises(ValidationError, match="source_detail"):
        entry(source="told_by_other")
    told = entry(source="told_by_other", source_detail="the school nurse")
    assert told.source_words() == "Told by the school nurse"
    assert entry(source="told_by_child").source_words() == "Told by the child"


@pytest.mark.parametrize(
    "fields",
    [{"sourc": "seen"}, {"source": "rumour"}, {"what": "   "}, {"date": 20261114}, {"id": "has space"},
     {"reference": 42}],
)
def test_bad_entries_are_refused(fields):
    with pytest.raises(ValidationError):
        entry(**fields)


def test_latest_first_keeps_the_order_written_within_a_day():
    entries = [entry(id="a", date="2026-10"), entry(id="b", date="2026-11-14"), entry(id="c", date="2026-11-14"),
               entry(id="d", date="about 2026-11-20")]
    assert [e.id for e in latest_first(entries)] == ["d", "c", "b", "a"]


def test_each_fact_suggests_what_a_lead_would_expect(screening):
    suggested = {key: {s.indicator_id for s in suggest_indicators(text, screening)} for key, text in FACTS.items()}
    assert "missing_overnight" in suggested["missing"] and "taken_for_sexual_activity" in suggested["missing"]
    assert {"vehicles_unknown_adults", "older_or_controlling_person"} <= suggested["car"]
    assert "unexplained_items" in suggested["items"]
    assert {"supplied_substances", "older_or_controlling_person", "disclosed_exploitation"} <= suggested["vodka"]
    assert "school_absence" in suggested["attendance"]


def test_suggestions_show_the_matching_words_and_respect_word_edges(screening):
    (bruises,) = [s for s in suggest_indicators("Bruises on her arm.", screening) if s.indicator_id ==
                  "unexplained_injuries"]
    assert bruises.cue == "Bruises"
    assert not [s for s in suggest_indicators("A scary cartoon.", screening) if s.indicator_id ==
                "vehicles_unknown_adults"]  # "car" is not inside "cartoon" or "scary"


def test_suggestions_never_answer(screening):
    """A suggestion is a pointer with the words that caused it; it carries no answer."""
    (first, *_) = suggest_indicators(FACTS["vodka"], screening)
    assert set(vars(first)) == {"indicator_id", "label", "cue"}


def test_every_screening_indicator_has_cues(screening):
    assert all(indicator.cues for indicator in screening.indicators())


def test_evidence_is_an_entry_or_a_note_or_both():
    known = {"e1", "e2"}
    assert evidence_problem("Seen by me.", (), known) is None
    assert evidence_problem(None, ("e1", "e2"), known) is None
    assert evidence_problem("Seen.", ("e1",), known) is None
    assert "needs evidence" in evidence_problem("  ", (), known)
    assert "'e9'" in evidence_problem("Seen.", ("e1", "e9"), known)
    assert date(2026, 11, 14) == entry().when.day
