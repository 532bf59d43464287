"""The 5-school-day receipt rule, across weekends, by a given date (never the real one)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from screening_app.clock import FixedClock
from screening_app.domain.transfer_deadline import OVERDUE, RECEIVED, SENT, receipt_due, transfer_status

MONDAY = date(2026, 11, 16)


@pytest.mark.parametrize(("sent", "due"), [
    (MONDAY, date(2026, 11, 23)),                       # Mon -> next Mon
    (date(2026, 11, 20), date(2026, 11, 27)),           # Fri -> next Fri
    (date(2026, 11, 21), date(2026, 11, 27)),           # Sat -> Fri (Mon..Fri)
    (date(2026, 11, 22), date(2026, 11, 27)),           # Sun -> Fri
    (date(2026, 11, 18), date(2026, 11, 25)),           # Wed -> next Wed, over a weekend
])
def test_due_dates_skip_weekends(sent: date, due: date) -> None:
    assert receipt_due(sent) == due


def test_status_by_a_fixed_clock(clock: FixedClock) -> None:
    sent = clock.today() - timedelta(days=6)  # Mon 16 Nov 2026; the fixture stands on Sun 22 Nov
    assert transfer_status(sent, False, clock.today()) == SENT
    clock.advance(days=1)  # Mon 23: the fifth school day, still on time
    assert transfer_status(sent, False, clock.today()) == SENT
    clock.advance(days=1)  # Tue 24
    assert transfer_status(sent, False, clock.today()) == OVERDUE
    assert transfer_status(sent, True, clock.today()) == RECEIVED


@given(st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31)))
def test_exactly_five_school_days_and_never_on_a_weekend(sent: date) -> None:
    due = receipt_due(sent)
    days = [sent + timedelta(days=i) for i in range(1, (due - sent).days + 1)]
    assert sum(d.weekday() < 5 for d in days) == 5 and due.weekday() < 5


def test_holidays_are_not_school_days_and_a_file_sent_in_them_is_due_in_the_new_term():
    from screening_app.domain.transfer_deadline import parse_holidays

    holidays = parse_holidays(["21/12/2026 - 01/01/2027", "", "04/01/2027"])
    assert holidays == ((date(2026, 12, 21), date(2027, 1, 1)), (date(2027, 1, 4), date(2027, 1, 4)))
    # sent on the last Friday of term: the Christmas break and an INSET day do not count
    assert receipt_due(date(2026, 12, 18), holidays=holidays) == date(2027, 1, 11)
    assert receipt_due(date(2026, 12, 28), holidays=holidays) == date(2027, 1, 11)  # sent in the holidays
    assert transfer_status(date(2026, 12, 18), False, date(2027, 1, 8), holidays) == SENT
    assert transfer_status(date(2026, 12, 18), False, date(2027, 1, 12), holidays) == OVERDUE


@pytest.mark.parametrize("lines, says", [
    (["21/12/2026"], None), (["2026-12-21"], "line 1: write a holiday"), (["", "31/02/2027"], "line 2: write"),
    (["05/01/2027 - 04/01/2027"], "line 1: the holiday ends before it starts"),
])
def test_holiday_lines_are_read_strictly(lines, says):
    from screening_app.domain.transfer_deadline import parse_holidays

    if says is None:
        assert parse_holidays(lines)
    else:
        with pytest.raises(ValueError, match=says):
            parse_holidays(lines)
