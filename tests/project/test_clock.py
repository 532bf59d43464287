"""One clock: no code asks the system for the date or time except ``screening_app/clock.py``,
and no test takes an expected value from the system date. A test that passed only near the day
it was written once turned CI red; these checks keep that from coming back. CI also runs the
whole suite under a shifted system clock (``scripts/test-shifted-clock.sh``)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WALL_CLOCK = re.compile(r"\b(date\.today|datetime\.(now|utcnow|today)|QDate\.currentDate|QDateTime\.currentDateTime)\(")
# Scripts run by hand to make screenshots show today's date on purpose; they assert nothing.
BY_HAND = {"make_screenshots.py"}


def offenders(folder: str, allowed: set[str]) -> list[str]:
    found = []
    for path in sorted((ROOT / folder).rglob("*.py")):
        if path.name in allowed or path.relative_to(ROOT).as_posix() in allowed:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if WALL_CLOCK.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    return found


def test_only_the_clock_module_reads_the_date():
    assert offenders("screening_app", {"screening_app/clock.py"}) == []


def test_no_test_reads_the_date():
    assert offenders("tests", BY_HAND) == []


def test_fixed_clock_moves_date_time_and_elapsed_together():
    from datetime import date, datetime

    from screening_app.clock import FixedClock

    clock = FixedClock(datetime(2028, 2, 28, 23, 0))
    start = clock.elapsed()
    clock.advance(seconds=3600)
    assert clock.today() == date(2028, 2, 29) and clock.now().hour == 0 and clock.elapsed() - start == 3600
    assert clock.utc_now().tzinfo is not None
