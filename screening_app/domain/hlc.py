"""A hybrid logical clock (Kulkarni et al., 2014): stamps that follow the wall clock when laptops
agree on the time, and still order every change after everything its writer had seen when they
do not (a laptop whose clock is a day slow, a member back from weeks offline).

A stamp is (wall milliseconds, counter, member): totally ordered, the member breaking ties, so
"the latest" is the same on every laptop. Written as text it sorts as it compares
("0001764831000000-0000-ABCD..."), so storage can index and compare it as a string.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

_WALL_DIGITS, _COUNTER_DIGITS = 16, 4
MAX_COUNTER = 10 ** _COUNTER_DIGITS - 1
MAX_DRIFT_MS = 366 * 24 * 3600 * 1000  # a stamp more than a year ahead of this laptop is refused


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    member: str

    def text(self) -> str:
        return f"{self.wall_ms:0{_WALL_DIGITS}d}-{self.counter:0{_COUNTER_DIGITS}d}-{self.member}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        """The stamp written by ``text``; ValueError for anything else."""
        if not isinstance(text, str):
            raise ValueError("a stamp is text")
        wall, sep1, rest = text.partition("-")
        counter, sep2, member = rest.partition("-")
        if (not sep1 or not sep2 or len(wall) != _WALL_DIGITS or len(counter) != _COUNTER_DIGITS
                or not wall.isdigit() or not counter.isdigit() or not member or not member.isprintable()):
            raise ValueError(f"not a stamp: {text[:40]!r}")
        return cls(int(wall), int(counter), member)


ZERO = Stamp(0, 0, "")


class ClockDriftError(ValueError):
    """A stamp from too far in the future: a laptop's clock is badly wrong, or the file is not genuine."""


class HybridClock:
    def __init__(self, member: str, now_ms: Callable[[], int], last: Stamp = ZERO) -> None:
        self.member, self.now_ms = member, now_ms
        self.last = last

    def tick(self) -> Stamp:
        """The stamp of a change made here now: after every stamp this clock has made or seen."""
        wall = self.now_ms()
        if wall > self.last.wall_ms:
            self.last = Stamp(wall, 0, self.member)
        else:
            self.last = self._next(self.last.wall_ms, self.last.counter)
        return self.last

    def observe(self, seen: Stamp) -> None:
        """A stamp read in another member's change: later stamps made here order after it."""
        wall = self.now_ms()
        if seen.wall_ms > wall + MAX_DRIFT_MS:
            raise ClockDriftError("a change is stamped more than a year after this laptop's clock")
        if seen > self.last:
            self.last = Stamp(seen.wall_ms, seen.counter, self.member) if seen.member != self.member else seen

    def _next(self, wall: int, counter: int) -> Stamp:
        if counter >= MAX_COUNTER:  # ten thousand changes in one millisecond: move the clock on
            return Stamp(wall + 1, 0, self.member)
        return Stamp(wall, counter + 1, self.member)
