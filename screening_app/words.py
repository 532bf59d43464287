"""Words for what the product writes outside the window (the referral PDF, the command line), in
the language asked for: English, or Welsh from the same translation file as the interface
(``resources/translations/cse_screening_cy.ts``, read here as XML: no Qt below the ui layer).

Mark a sentence ``translate(context, text)`` (the name Qt's lupdate looks for, so the interface's
collector finds these too: one file, one reviewer); use ``%1`` for what is filled in, never a
sentence joined from translated pieces. The language is set for a piece of work with
``with language("cy"):`` (a context variable: a PDF made in Welsh on a worker thread leaves the
window's language alone). A sentence without a finished translation stays English."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

LANGUAGES = ("en", "cy")
_PLACES = re.compile(r"%(\d+)")
_language: ContextVar[str] = ContextVar("language", default="en")


def current() -> str:
    return _language.get()


@contextmanager
def language(code: str) -> Iterator[None]:
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    token = _language.set(code)
    try:
        yield
    finally:
        _language.reset(token)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for the translation file without translating it (translate it where shown)."""
    return text


def translate(context: str, text: str) -> str:
    code = _language.get()
    if code == "en":
        return text
    return _catalogue(code).get((context, text), text)


def fill(sentence: str, *values: object) -> str:
    """A translated sentence with %1, %2... filled in (never a sentence joined from pieces), in one
    pass: a value that itself holds "%2" (a practitioner's note may) is left as it was typed."""
    if not values:
        return sentence
    return _PLACES.sub(lambda m: str(values[int(m[1]) - 1]) if 0 < int(m[1]) <= len(values) else m[0], sentence)


@functools.cache
def _catalogue(code: str) -> dict[tuple[str, str], str]:
    import xml.etree.ElementTree as ET  # only when a language other than English is asked for

    from screening_app.paths import resources_dir

    path = resources_dir() / "translations" / f"cse_screening_{code}.ts"
    if not path.is_file():
        return {}
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished" and translation.text:
                out[(name, message.findtext("source") or "")] = translation.text
    return out
