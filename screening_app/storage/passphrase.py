"""Passphrase strength for new passphrases: zxcvbn's score and its advice.

``assess`` feeds the UI's strength meter; ``require_strong`` enforces the
rule (score 3 or more) at creation and on change. Any length and any script
are allowed. zxcvbn slows sharply on very long input, so only the first
``SCORED_PREFIX`` characters are scored: a passphrase that long is strong
unless its start is trivially guessable, which that prefix still reveals.

What an attacker would try first adds almost nothing: the app's own words,
the practitioner's and organisation's names, recent years (zxcvbn's own year
pattern stops at 2019). They go to zxcvbn as ``user_inputs``, and because
zxcvbn still sums a few such tokens into a "strong" score
(``cse-screening-2026`` scores 4), the passphrase with them taken out must
reach the score on its own too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from zxcvbn import zxcvbn

from screening_app.clock import SYSTEM_CLOCK
from screening_app.storage.errors import EmptyPassphraseError, WeakPassphraseError

MIN_SCORE = 3
SCORED_PREFIX = 72  # zxcvbn refuses longer input by default, and slows sharply on it
APP_WORDS = (
    "cse screening", "csescreening", "cse", "screening", "screen", "safeguarding", "safeguard", "exploitation",
    "exploited", "sexual", "children", "child", "vault", "records", "passphrase", "password",
)
FIRST_YEAR = 2000  # zxcvbn knows 1900-2019 itself; the app's years start here
MIN_NAME_PART = 3  # shorter parts of a name ("of", "St") would strip letters from any word
GUESSABLE_WARNING = "Avoid the app's name, your own or your organisation's name, and years: they are guessed first."


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (very weak) to 4 (very strong)
    warning: str
    suggestions: tuple[str, ...]

    @property
    def acceptable(self) -> bool:
        return self.score >= MIN_SCORE

    @property
    def feedback(self) -> tuple[str, ...]:
        return tuple(text for text in (self.warning, *self.suggestions) if text)


def guessable_words(today: date | None = None, names: Iterable[str] = ()) -> tuple[str, ...]:
    """The app's words, every year from 2000 to next year, and each name with its parts."""
    year = (today or SYSTEM_CLOCK.today()).year
    words = [*APP_WORDS, *(str(y) for y in range(FIRST_YEAR, year + 2))]
    for name in names:
        text = unicodedata.normalize("NFC", str(name or "")).casefold().strip()
        parts = [part for part in re.split(r"[\W_]+", text) if len(part) >= MIN_NAME_PART]
        words += [text, "".join(parts), *parts] if text else []
    return tuple(dict.fromkeys(word for word in words if word))


def assess(passphrase: str, words: Sequence[str] | None = None) -> Strength:
    """zxcvbn's verdict; ``words`` are the guessable ones (default: the app's and this year's)."""
    if not passphrase:
        return Strength(0, "Enter a passphrase.", ())
    words = guessable_words() if words is None else words
    text = unicodedata.normalize("NFC", passphrase)[:SCORED_PREFIX]
    result = zxcvbn(text, user_inputs=list(words), max_length=SCORED_PREFIX)
    feedback = result.get("feedback") or {}
    strength = Strength(
        score=int(result["score"]),
        warning=str(feedback.get("warning") or ""),
        suggestions=tuple(str(s) for s in feedback.get("suggestions") or ()),
    )
    rest = _without(text, words)
    if rest == text:
        return strength
    rest_score = int(zxcvbn(rest, user_inputs=list(words), max_length=SCORED_PREFIX)["score"]) if rest else 0
    if rest_score >= MIN_SCORE:
        return strength
    advice = strength.suggestions or ("Add another word or two. Uncommon words are better.",)
    return Strength(min(strength.score, rest_score), GUESSABLE_WARNING, advice)


def _without(text: str, words: Sequence[str]) -> str:
    """``text`` with every guessable word taken out (any case); empty if only separators are left."""
    ordered = sorted((w for w in words if w), key=len, reverse=True)
    if not ordered:
        return text
    pattern = re.compile("|".join(re.escape(w) for w in ordered), re.IGNORECASE)
    rest = pattern.sub(" ", text)
    return rest if re.search(r"[^\W_]", rest) else ""  # separators alone are no passphrase


def require_strong(passphrase: str, words: Sequence[str] | None = None) -> None:
    if not passphrase:
        raise EmptyPassphraseError()
    strength = assess(passphrase, words)
    if not strength.acceptable:
        raise WeakPassphraseError(feedback=strength.feedback)
