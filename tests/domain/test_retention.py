"""Retention review dates (issue 16): date of birth + 25 years by default; the organisation's own
number of years; an approximate age, or nothing, handled; a 'keep' decision moves the date."""

from __future__ import annotations

from datetime import date

from screening_app.domain.retention import Rule, review_due


def test_review_is_due_at_date_of_birth_plus_the_rules_years():
    assert review_due(Rule(), date(2011, 2, 1), None, date(2026, 11, 1)) == date(2036, 2, 1)
    assert review_due(Rule(years=30), date(2011, 2, 1), None, date(2026, 11, 1)) == date(2041, 2, 1)
    assert review_due(Rule(), date(2012, 2, 29), None, date(2026, 11, 1)) == date(2037, 2, 28)


def test_without_a_date_of_birth_the_age_or_the_first_record_counts():
    assert review_due(Rule(), None, 14, date(2026, 11, 1)) == date(2037, 11, 1)  # born about 2012
    assert review_due(Rule(), None, None, date(2026, 11, 1)) == date(2051, 11, 1)  # the longest a child needs


def test_a_decision_to_keep_sets_the_next_review():
    assert review_due(Rule(), date(2011, 2, 1), None, date(2026, 11, 1), kept_until=date(2040, 1, 1)) == \
        date(2040, 1, 1)
