"""When a transfer's receipt is due, and its status (KCSIE Annex C: within 5 school days).

School days are Monday to Friday (term dates are not yet a setting). A file sent on any day
is due by the end of the fifth school day after that day; from the day after, with no receipt,
it is overdue. Pure: "today" is always given (the caller's injected clock).
"""

from __future__ import annotations

from datetime import date, timedelta

SCHOOL_DAYS_TO_RECEIPT = 5
SENT, RECEIVED, OVERDUE = "sent", "received", "overdue"


def is_school_day(day: date) -> bool:
    return day.weekday() < 5


def receipt_due(sent_on: date, school_days: int = SCHOOL_DAYS_TO_RECEIPT) -> date:
    """The last day the receipt is on time: the ``school_days``-th school day after ``sent_on``."""
    day, counted = sent_on, 0
    while counted < school_days:
        day += timedelta(days=1)
        counted += is_school_day(day)
    return day


def transfer_status(sent_on: date, confirmed: bool, today: date) -> str:
    if confirmed:
        return RECEIVED
    return OVERDUE if today > receipt_due(sent_on) else SENT
