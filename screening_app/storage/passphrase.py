"""Passphrase strength for new passphrases: zxcvbn's score and its advice.

``assess`` feeds the UI's strength meter; ``require_strong`` enforces the
rule (score 3 or more) at creation and on change. Any length and any script
are allowed. zxcvbn slows sharply on very long input, so only the first
``SCORED_PREFIX`` characters are scored: a passphrase that long is strong
unless its start is trivially guessable, which that prefix still reveals.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from zxcvbn import zxcvbn

from screening_app.storage.errors import EmptyPassphraseError, WeakPassphraseError

MIN_SCORE = 3
SCORED_PREFIX = 72  # zxcvbn refuses longer input by default, and slows sharply on it


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


def assess(passphrase: str) -> Strength:
    if not passphrase:
        return Strength(0, "Enter a passphrase.", ())
    text = unicodedata.normalize("NFC", passphrase)[:SCORED_PREFIX]
    result = zxcvbn(text, max_length=SCORED_PREFIX)
    feedback = result.get("feedback") or {}
    return Strength(
        score=int(result["score"]),
        warning=str(feedback.get("warning") or ""),
        suggestions=tuple(str(s) for s in feedback.get("suggestions") or ()),
    )


def require_strong(passphrase: str) -> None:
    if not passphrase:
        raise EmptyPassphraseError()
    strength = assess(passphrase)
    if not strength.acceptable:
        raise WeakPassphraseError(feedback=strength.feedback)
