"""The application's one clock: today's date, the time now, and elapsed seconds.

Everything that asks "what day is it" (ages, review dates, how long an
escalation has been open, the time printed on a PDF) and the idle lock's
"how long since the last key" asks a ``Clock`` it was given, never the
system directly, so a test fixes the date and moves time on by hand and
passes on any day. ``SYSTEM_CLOCK`` is the real one; ``FixedClock`` is for
tests and benchmarks.
"""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def today(self) -> date:
        """The local calendar date."""

    def now(self) -> datetime:
        """Local time, to the second (as printed on a PDF)."""

    def utc_now(self) -> datetime:
        """The same moment in UTC, timezone-aware (when a record was stored, for the audit)."""

    def elapsed(self) -> float:
        """Seconds on a clock that keeps counting while the laptop sleeps (for the idle lock)."""


class SystemClock:
    def today(self) -> date:
        return date.today()

    def now(self) -> datetime:
        return datetime.now().replace(microsecond=0)

    def utc_now(self) -> datetime:
        return datetime.now(UTC)

    def elapsed(self) -> float:
        """CLOCK_BOOTTIME on Linux; elsewhere the wall clock (Windows' and macOS' monotonic
        clocks differ on whether they count sleep; the wall clock always does)."""
        boottime = getattr(time, "CLOCK_BOOTTIME", None)
        if boottime is not None:
            return time.clock_gettime(boottime)
        return time.time()


class FixedClock:
    """A clock that stands still until ``advance`` moves it (date, time and elapsed together)."""

    def __init__(self, at: datetime | date = datetime(2026, 3, 10, 9, 30)) -> None:
        self.at = at if isinstance(at, datetime) else datetime.combine(at, datetime.min.time()).replace(hour=9)
        self.seconds = 1000.0

    def today(self) -> date:
        return self.at.date()

    def now(self) -> datetime:
        return self.at

    def utc_now(self) -> datetime:
        return self.at.replace(tzinfo=UTC)

    def elapsed(self) -> float:
        return self.seconds

    def advance(self, seconds: float = 0.0, days: int = 0) -> None:
        step = seconds + days * 86400
        self.at += timedelta(seconds=step)
        self.seconds += step


SYSTEM_CLOCK: Clock = SystemClock()
