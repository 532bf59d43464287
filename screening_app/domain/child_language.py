"""A child's language preference (Welsh Language Standards, issue 17): English or Welsh, or not
recorded. Stored as the code (``en``, ``cy``) or nothing; anything else is refused, never guessed
("EN", "Welsh", "" and "fr" included): a wrong preference would send the child's letters in a
language they did not ask for. Pure: used by every layer that stores, reads or shows it."""

from __future__ import annotations

from screening_app.domain.errors import AnswerError

LANGUAGES = ("en", "cy")
FIELD = "child.language"
WORDS = {"en": "English", "cy": "Welsh"}  # as a record says it: "Language preference: Welsh"
NOT_RECORDED = "Not recorded"
PROBLEM = "must be en (English) or cy (Welsh), or left empty when the child's preference is not recorded"


def checked_language(value: object) -> str | None:
    """``value`` when it is a preference this product records (None: not recorded); otherwise an
    ``AnswerError`` naming the field, never the value."""
    if value is None or (isinstance(value, str) and value in LANGUAGES):
        return value
    raise AnswerError(FIELD, PROBLEM)


def language_words(value: str | None) -> str:
    """"Welsh", "English", or "Not recorded"."""
    return WORDS.get(value or "", NOT_RECORDED)
