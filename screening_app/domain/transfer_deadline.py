"""When a transfer's receipt is due, and its status (KCSIE Annex C: within 5 school days).

School days are Monday to Friday outside the school's holidays (a setting: date ranges, one a
line, ``parse_holidays``). A file sent on any day is due by the end of the fifth school day after
that day (a file sent in the holidays: the fifth school day of the new term, as KCSIE asks); from
the day after, with no receipt, it is overdue. Pure: "today" is always given (the caller's
injected clock).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

SCHOOL_DAYS_TO_RECEIPT = 5
SENT, RECEIVED, OVERDUE = "sent", "received", "overdue"


Holidays = tuple[tuple[date, date], ...]  # (first day, last day), inclusive
HOLIDAYS_SETTING = "school_holidays"


def is_school_day(day: date, holidays: Holidays = ()) -> bool:
    return day.weekday() < 5 and not any(first <= day <= last for first, last in holidays)


def receipt_due(sent_on: date, school_days: int = SCHOOL_DAYS_TO_RECEIPT, holidays: Holidays = ()) -> date:
    """The last day the receipt is on time: the ``school_days``-th school day after ``sent_on``."""
    day, counted = sent_on, 0
    while counted < school_days:
        day += timedelta(days=1)
        counted += is_school_day(day, holidays)
    return day


def transfer_status(sent_on: date, confirmed: bool, today: date, holidays: Holidays = ()) -> str:
    if confirmed:
        return RECEIVED
    return OVERDUE if today > receipt_due(sent_on, holidays=holidays) else SENT


_RANGE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*(?:(?:-|to)\s*(\d{1,2})/(\d{1,2})/(\d{4}))?\s*$")


def parse_holidays(lines: Iterable[str]) -> Holidays:
    """"dd/mm/yyyy - dd/mm/yyyy" (or one day) a line; blank lines skipped. A line that is not a
    range, or ends before it starts, raises ValueError naming the line (nothing is guessed)."""
    ranges = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        match = _RANGE.match(line)
        try:
            if match is None:
                raise ValueError
            first = date(int(match[3]), int(match[2]), int(match[1]))
            last = date(int(match[6]), int(match[5]), int(match[4])) if match[4] else first
        except ValueError:
            raise ValueError(f"line {number}: write a holiday as dd/mm/yyyy - dd/mm/yyyy") from None
        if last < first:
            raise ValueError(f"line {number}: the holiday ends before it starts")
        ranges.append((first, last))
    return tuple(sorted(ranges))
