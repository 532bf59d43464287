"""Words, dates and colours the shell shows: one place, so every screen says it the same way.

Colour is never the only signal: a level is always shown with its word and
its marker shape (the timeline and lists draw the shape too).
"""

from __future__ import annotations

from datetime import date

from screening_app.ui.i18n import QT_TRANSLATE_NOOP, translate

LEVEL_COLOURS = {"high": "#B3261E", "medium": "#B25E00", "low": "#2F5D8A"}  # as the shipped form pack
LEVEL_WORDS = {"high": QT_TRANSLATE_NOOP("Level", "High"), "medium": QT_TRANSLATE_NOOP("Level", "Medium"),
               "low": QT_TRANSLATE_NOOP("Level", "Low")}  # as domain.schema.RANK_WORDS (no pydantic on the way to home)
NOT_SCORED = QT_TRANSLATE_NOOP("Lists", "Not yet scored")
LEVEL_RANK = {"low": 0, "medium": 1, "high": 2}
NO_LEVEL_COLOUR = "#52606D"
FORM_WORDS = {"cse-screening": QT_TRANSLATE_NOOP("Lists", "Screening"),
              "cse-risk-assessment": QT_TRANSLATE_NOOP("Lists", "Full assessment"),
              "child-exploitation": QT_TRANSLATE_NOOP("Lists", "Exploitation screening"),
              "concern": QT_TRANSLATE_NOOP("Lists", "Concern")}
STATUS_WORDS = {"draft": QT_TRANSLATE_NOOP("Lists", "Draft"), "completed": QT_TRANSLATE_NOOP("Lists", "Completed")}
MONTHS = (QT_TRANSLATE_NOOP("Month", "Jan"), QT_TRANSLATE_NOOP("Month", "Feb"), QT_TRANSLATE_NOOP("Month", "Mar"),
          QT_TRANSLATE_NOOP("Month", "Apr"), QT_TRANSLATE_NOOP("Month", "May"), QT_TRANSLATE_NOOP("Month", "Jun"),
          QT_TRANSLATE_NOOP("Month", "Jul"), QT_TRANSLATE_NOOP("Month", "Aug"), QT_TRANSLATE_NOOP("Month", "Sep"),
          QT_TRANSLATE_NOOP("Month", "Oct"), QT_TRANSLATE_NOOP("Month", "Nov"), QT_TRANSLATE_NOOP("Month", "Dec"))


_schemes: dict[str, dict[str, tuple[str, str]]] | None = None


def use_scheme_words(words: dict[str, dict[str, tuple[str, str]]] | None) -> None:
    """The label and colour of each level for the forms that follow a level scheme (None: read
    them from the installed forms when first needed)."""
    global _schemes
    _schemes = words


def _scheme(form_id: str | None) -> dict[str, tuple[str, str]]:
    global _schemes
    if _schemes is None:
        from screening_app.domain.errors import FormError
        from screening_app.domain.loader import scheme_words

        try:
            _schemes = scheme_words()
        except (FormError, OSError):  # a broken pack says so where it is used; a list still shows High, Medium, Low
            _schemes = {}
    return _schemes.get(form_id or "", {})


def level_word(level: str | None, form_id: str | None = None) -> str:
    """A level in the words of the form's level scheme (West Sussex: "Exploited"), else High,
    Medium, Low; a list of several forms' levels names each in its own form's words."""
    key = (level or "").lower()
    scheme = _scheme(form_id).get(key)
    return scheme[0] if scheme else translate("Level", LEVEL_WORDS[key]) if key in LEVEL_WORDS else \
        translate("Lists", NOT_SCORED)


def level_words() -> list[str]:
    """Every word a level may be shown in: the ranks' and each level scheme's (a column's width)."""
    _scheme(None)  # reads the forms' schemes once
    ranks = [translate("Level", word) for word in LEVEL_WORDS.values()]
    return [*ranks, *(label for words in (_schemes or {}).values() for label, _c in words.values())]


def level_colour(level: str | None, form_id: str | None = None) -> str:
    key = (level or "").lower()
    return _scheme(form_id).get(key, ("", LEVEL_COLOURS.get(key, NO_LEVEL_COLOUR)))[1]


def form_word(form_id: str) -> str:
    return translate("Lists", FORM_WORDS[form_id]) if form_id in FORM_WORDS else form_id


def status_word(status: str) -> str:
    return translate("Lists", STATUS_WORDS[status]) if status in STATUS_WORDS else status.capitalize()


def parse_day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def day(text: str | date | None) -> str:
    """'3 Nov 2026': no ambiguity between UK and US readers."""
    value = text if isinstance(text, date) else parse_day(text)
    return f"{value.day} {translate('Month', MONTHS[value.month - 1])} {value.year}" if value else ""


def moment(stamp: str | None, none: str = "never") -> str:
    """A stored UTC time stamp in this laptop's time: '3 Nov 2026 at 14:05'."""
    if not stamp:
        return none
    from datetime import datetime

    try:
        when = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return stamp
    return translate("Lists", "%1 at %2").replace("%1", day(when.date())).replace("%2", f"{when:%H:%M}")


def review_words(review_date: str | None, today: date) -> str:
    due = parse_day(review_date)
    if due is None:
        return ""
    if due < today:
        days = (today - due).days
        text = QT_TRANSLATE_NOOP("Lists", "%1 (overdue by %2 day)") if days == 1 else \
            QT_TRANSLATE_NOOP("Lists", "%1 (overdue by %2 days)")
        return translate("Lists", text).replace("%1", day(due)).replace("%2", str(days))
    if due == today:
        return translate("Lists", QT_TRANSLATE_NOOP("Lists", "%1 (due today)")).replace("%1", day(due))
    return day(due)


def years_old(born: date, today: date) -> int:
    """Whole years on ``today`` (each screen words the age in its own sentence)."""
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def count(number: int, one: str, many: str | None = None) -> str:
    """'1 child', '2 children', '1,204 drafts'."""
    return f"{number:,} {one if number == 1 else (many or one + 's')}"
