"""A form pack's text in another language (Welsh), kept beside the pack as data.

``forms/translations/cy/FORM-ID.yaml`` (and ``.../cy/level-schemes/SCHEME-ID.yaml``)
hold each text a pack shows, keyed by where it is (``indicators.ID.help``),
with the English it translates beside the Welsh::

    texts:
      indicators.missing_from_home.label:
        en: Missing from home or care
        cy: Ar goll o'r cartref neu o ofal

The English is kept so a reviewer reads both side by side, and so a text that
changes in the pack is caught: a translation applies only while its ``en`` is
the pack's English (``forms validate`` names each stale, missing or unknown
text). An extending pack's inherited text comes from its base's file, and a
level scheme's from the scheme's file. The file names who prepared the text
and who reviewed it; until a Welsh-language reviewer has, screens and
referrals say so.

What is translated: what a practitioner or a reader of the referral sees
(titles, labels, help, choices, prompts, floors, flags, level meanings and
actions, kinds of exploitation). What is not: ids, numbers, conditions, cues
(words that suggest an indicator from a note), and the language check, whose
rules are written in each language in the pack itself (``language: cy``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Literal

from pydantic import Field, model_validator

from screening_app.domain.schema import FormDefinition, FormId, Strict, TranslationInfo

LANGUAGES = ("cy",)
TEXT_FIELDS = ("title", "description", "note_prompt", "no_indicators_text")
ANSWER_LABELS = ("yes", "possible", "no", "not_known", "evidenced", "suspected")
RECENCY_LABELS = ("current", "recent", "past")

Text = str | tuple[str, ...]


class TextPair(Strict):
    """One text in English (as the pack has it) and in the other language."""

    en: Text
    cy: Text

    @model_validator(mode="after")
    def _same_shape(self) -> TextPair:
        if isinstance(self.en, tuple) != isinstance(self.cy, tuple):
            raise ValueError("en and cy must both be one text or both a list")
        if isinstance(self.en, tuple) and len(self.en) != len(self.cy):
            raise ValueError(f"en has {len(self.en)} items and cy {len(self.cy)}")
        for text in (self.cy if isinstance(self.cy, tuple) else (self.cy,)):
            if not text.strip():
                raise ValueError("cy is empty")
        return self


class TranslationFile(Strict):
    """A form pack's or level scheme's text in one language, and who prepared and reviewed it."""

    form: FormId | None = None
    level_scheme: FormId | None = None
    language: Literal["cy"]
    prepared_by: str = Field(min_length=1, max_length=200)
    reviewed_by: str = Field(default="", max_length=200,
                             description="The Welsh-language reviewer and date; empty until reviewed.")
    texts: dict[str, TextPair]

    @model_validator(mode="after")
    def _one_owner(self) -> TranslationFile:
        if (self.form is None) == (self.level_scheme is None):
            raise ValueError("name either the form or the level scheme this text is for")
        return self


# ----------------------------------------------------------------- the texts


def texts(form: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], str]]:
    """Every translatable text of a form (as a dict: a form file or a loaded form dumped), as
    ``(key, container, field)``: ``container[field]`` is the text (a list for actions).
    References to a base form's items are skipped: their text is the base's."""
    for name in TEXT_FIELDS:
        yield from _text(name, form, name)
    for group, names in (("answer_labels", ANSWER_LABELS), ("recency_labels", RECENCY_LABELS)):
        for name in names:
            yield from _text(f"{group}.{name}", form.get(group) or {}, name)
    for section in form.get("sections") or ():
        yield from _text(f"sections.{section['id']}.title", section, "title")
        yield from _text(f"sections.{section['id']}.intro", section, "intro")
        for indicator in section.get("indicators") or ():
            if "ref" not in indicator:
                yield from _text(f"indicators.{indicator['id']}.label", indicator, "label")
                yield from _text(f"indicators.{indicator['id']}.help", indicator, "help")
    for group in form.get("field_groups") or ():
        if "ref" in group:
            continue
        yield from _text(f"field_groups.{group['id']}.title", group, "title")
        yield from _text(f"field_groups.{group['id']}.intro", group, "intro")
        for field in group.get("fields") or ():
            where = f"fields.{group['id']}.{field['id']}"
            yield from _text(f"{where}.label", field, "label")
            yield from _text(f"{where}.help", field, "help")
            for choice in field.get("options") or ():
                yield from _text(f"{where}.options.{choice['value']}", choice, "label")
    for prompt in form.get("reflective_prompts") or ():
        yield from _text(f"reflective_prompts.{prompt['id']}", prompt, "text")
    scoring = form.get("scoring") or {}
    for floor in scoring.get("floors") or ():
        yield from _text(f"floors.{floor['id']}", floor, "description")
    for flag in (*(scoring.get("flags") or ()), *(form.get("add_flags") or ())):
        yield from _text(f"flags.{flag['id']}.title", flag, "title")
        yield from _text(f"flags.{flag['id']}.text", flag, "text")
    for rank in ("high", "medium", "low"):
        level = (form.get("levels") or {}).get(rank) or {}
        for name in ("label", "meaning", "local_threshold", "actions"):
            yield from _text(f"levels.{rank}.{name}", level, name)
    scheme = form.get("level_scheme")
    if isinstance(scheme, dict):
        yield from _text("level_scheme.name", scheme, "name")
        for category in scheme.get("also_recorded") or ():
            for name in ("label", "meaning", "actions"):
                yield from _text(f"also_recorded.{category['name']}.{name}", category, name)
    for kind in form.get("exploitation_types") or ():
        yield from _text(f"exploitation_types.{kind['tag']}", kind, "label")


def _text(key: str, container: dict[str, Any], field: str) -> Iterator[tuple[str, dict[str, Any], str]]:
    value = container.get(field)
    if (isinstance(value, str) and value.strip()) or (isinstance(value, list | tuple) and value):
        yield key, container, field


def scheme_texts(scheme: dict[str, Any]) -> dict[str, Any]:
    """A level scheme file (as a dict) in a form's shape, so its keys are the ones a form that
    follows it has (``levels.high.label``, ``also_recorded.harming_others.meaning``)."""
    return {"levels": scheme.get("levels") or {},
            "level_scheme": {"name": scheme.get("name"), "also_recorded": scheme.get("also_recorded") or []}}


def english(form: dict[str, Any]) -> dict[str, Text]:
    return {key: _frozen(container[field]) for key, container, field in texts(form)}


def _frozen(value: Any) -> Text:
    return tuple(value) if isinstance(value, list | tuple) else value


# ----------------------------------------------------------------- applying


def translate_form(form: FormDefinition, files: list[TranslationFile]) -> FormDefinition:
    """The form with each text that has a current translation (its ``en`` is the form's English)
    replaced; ``files`` in the order to look in (the scheme's, the form's own, its bases')."""
    data = form.model_dump(mode="json")
    for key, container, field in texts(data):
        pair = _current_pair(files, key, container[field])
        if pair is not None:
            container[field] = list(pair.cy) if isinstance(pair.cy, tuple) else pair.cy
    owner = next((f for f in files if f.form is not None), files[0])
    data["translation"] = TranslationInfo(language=owner.language, prepared_by=owner.prepared_by,
                                          reviewed_by=owner.reviewed_by).model_dump()
    return FormDefinition.model_validate(data)


def untranslated(form: FormDefinition, files: list[TranslationFile]) -> list[str]:
    """The keys of the form's texts that no file translates (or translates an older English of)."""
    data = form.model_dump(mode="json")
    return [key for key, container, field in texts(data) if _current_pair(files, key, container[field]) is None]


def _current_pair(files: list[TranslationFile], key: str, value: Any) -> TextPair | None:
    """The first file's translation of ``key`` whose English is still ``value``, the form's own."""
    english_now = _frozen(value)
    return next((f.texts[key] for f in files if key in f.texts and f.texts[key].en == english_now), None)


def stale(file: TranslationFile, current: dict[str, set[Text]]) -> tuple[list[str], list[str]]:
    """Keys of ``file`` that are not texts of what it translates (unknown), and keys whose ``en``
    is no longer any English the pack has there (stale). ``current``: each key's English texts."""
    unknown = [key for key in file.texts if key not in current]
    old = [key for key, pair in file.texts.items() if key in current and pair.en not in current[key]]
    return unknown, old


# ------------------------------------------------- a stored result, reworded


def text_map(original: FormDefinition, translated: FormDefinition) -> dict[str, str]:
    """Each English text of a form (a list's items one by one) and its translation, for wording
    what a stored result copied from the form when it was scored."""
    pairs: dict[str, str] = {}
    english_texts = {key: container[field] for key, container, field in texts(original.model_dump(mode="json"))}
    for key, container, field in texts(translated.model_dump(mode="json")):
        before, after = english_texts.get(key), container[field]
        if isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
            for a, b in zip(before, after, strict=True):
                pairs.setdefault(a, b)
        elif isinstance(before, str) and isinstance(after, str):
            pairs.setdefault(before, after)
    return pairs


def reword_result(result: Any, pairs: dict[str, str]) -> Any:
    """A stored result (``scoring.RiskResult``) with the texts it copied from the form (labels,
    sections, floors, flags, the level's meaning and actions) in the other language, where the
    stored text is still the form's English; the practitioner's own words (notes, reasons, the
    override) are never touched, and a text the pack has since changed stays as it was recorded."""
    def word(text: str) -> str:
        return pairs.get(text, text)

    return result.model_copy(update={
        "contributions": tuple(c.model_copy(update={"label": word(c.label), "section": word(c.section)})
                               for c in result.contributions),
        "floors": tuple(f.model_copy(update={"description": word(f.description)}) for f in result.floors),
        "flags": tuple(f.model_copy(update={"title": word(f.title), "text": word(f.text)}) for f in result.flags),
        "meaning": word(result.meaning),
        "actions": tuple(word(a) for a in result.actions),
    })
