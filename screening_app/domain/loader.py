"""Load form files in stages (read, parse YAML, validate shape, resolve
``extends``, check meaning), each stage raising a coded ``FormError`` that
names the file and the exact place, as pyxform does.

Form files are plain YAML: anchors and aliases (``&name``, ``*name``, and the
``<<`` merge key built on them) are refused, as are explicit tags (``!!int``,
``!!timestamp``...), nesting deeper than ``MAX_YAML_DEPTH`` and more than
``MAX_YAML_NODES`` values. An alias shares one node between many places, so
ten aliases to ten aliases... make a 35 KB file that validation expands into
billions of conditions; a tag asks PyYAML's constructors for types a form
never needs, and some of them crash on a bad value; PyYAML takes seconds to
build a 2 MB file of small values. The shipped forms use none of these, and a
form written out in full is easier for a reviewer to read. The check is a
linear scan of the parser's events, before anything is built. A plain value
that only looks like a date ("2026-13-45") is still built as one: its
failure is located too.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from screening_app.domain import checks
from screening_app.domain.errors import FormError
from screening_app.domain.schema import (
    FieldGroupRef,
    FormDefinition,
    FormFile,
    IndicatorRef,
    Level,
    LevelScheme,
    SchemeInfo,
    Section,
)
from screening_app.domain.translations import (
    TranslationFile,
    english,
    scheme_texts,
    stale,
    translate_form,
    untranslated,
)

ModelT = TypeVar("ModelT", bound=BaseModel)
MAX_FORM_BYTES = 2 * 1024 * 1024
MAX_EXTENDS_DEPTH = 4
SCHEMES_DIR = "level-schemes"  # beside the form files: forms/level-schemes/ID.yaml
TRANSLATIONS_DIR = "translations"  # forms/translations/cy/ID.yaml and .../cy/level-schemes/ID.yaml
MAX_YAML_DEPTH = 64  # the shipped forms nest 8 levels; the Python parser recurses out near 1,000
# libyaml's loader when PyYAML was built with it (about ten times faster), else the pure-Python one
# PyYAML builds some 20,000 values a second on a busy machine; the shipped forms have about 1,500 each
MAX_YAML_NODES = 20_000
YAML_LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_NESTING_STARTS = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
_NESTING_ENDS = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
_UNION_TAGS = {"definition", "reference", "answered", "age_below", "age_between", "age_gap", "all", "any"}


def default_forms_dir() -> Path:
    from screening_app.paths import forms_dir

    return forms_dir()


def load_form_pack(directory: Path | None = None, language: str = "en") -> dict[str, FormDefinition]:
    """Every ``*.yaml`` form in a folder, keyed by form id; in Welsh (``language="cy"``) where a
    form has its text in ``translations/cy/`` (a text without a current translation stays English)."""
    directory = directory or default_forms_dir()
    by_id, pack = _english_pack(directory)
    return pack if language == "en" else _translated(pack, by_id, directory, language)


def _english_pack(directory: Path) -> tuple[dict[str, tuple[Path, FormFile]], dict[str, FormDefinition]]:
    """The form files by id, and each form resolved (``extends`` inlined) and checked."""
    by_id = _form_files(directory)
    done: dict[str, FormDefinition] = {}
    return by_id, {form_id: _resolve(form_id, by_id, done=done) for form_id in by_id}


def _form_files(directory: Path) -> dict[str, tuple[Path, FormFile]]:
    files = {path: read_form_file(path) for path in sorted(directory.glob("*.yaml"))}
    if not files:
        raise FormError("E_NO_FORMS", str(directory), "", "no form files (*.yaml) found")
    by_id: dict[str, tuple[Path, FormFile]] = {}
    for path, form_file in files.items():
        if form_file.id in by_id:
            first = by_id[form_file.id][0].name
            raise FormError(
                "E_DUPLICATE_FORM", _display(path), "id", f"form id '{form_file.id}' is also used by {first}"
            )
        by_id[form_file.id] = (path, form_file)
    return by_id


def load_form(form_id: str, directory: Path | None = None, language: str = "en") -> FormDefinition:
    pack = load_form_pack(directory, language)
    if form_id not in pack:
        raise FormError("E_UNKNOWN_FORM", "form", "", f"'{form_id}' is not a form in the form pack")
    return pack[form_id]


def load_form_path(path: Path) -> FormDefinition:
    """One file; a base it extends is looked for beside it."""
    form_file = read_form_file(path)
    known = {form_file.id: (path, form_file)}
    if form_file.extends:
        base_path = path.parent / f"{form_file.extends}.yaml"
        if base_path.is_file():
            base = read_form_file(base_path)
            known[base.id] = (base_path, base)
    return _resolve(form_file.id, known)


# ------------------------------------------------------------ translations


def read_translation(path: Path) -> TranslationFile:
    """A form pack's or level scheme's text in another language, read with the form files' care."""
    return _read_model(path, TranslationFile)


def translation_files(directory: Path, language: str) -> tuple[dict[str, TranslationFile], dict[str, TranslationFile]]:
    """The forms' and the level schemes' translation files for one language, keyed by what they
    translate; a file whose name is not what it says it translates is refused."""
    folder = directory / TRANSLATIONS_DIR / language
    forms, schemes = {}, {}
    for path, owner, kind in [*((p, "form", forms) for p in sorted(folder.glob("*.yaml"))),
                              *((p, "level_scheme", schemes) for p in sorted((folder / SCHEMES_DIR).glob("*.yaml")))]:
        file = read_translation(path)
        if getattr(file, owner) != path.stem or file.language != language:
            raise FormError("E_TRANSLATION_ID", _display(path), owner,
                            f"should be '{path.stem}' in language '{language}', as the file is named and placed")
        kind[path.stem] = file
    return forms, schemes


def _lookup(form_id: str, by_id: dict[str, tuple[Path, FormFile]], forms: dict[str, TranslationFile],
            schemes: dict[str, TranslationFile], scheme_id: str | None) -> list[TranslationFile]:
    """Where a form's texts are looked for: its scheme's file, its own, then its bases' in turn."""
    files = [schemes[scheme_id]] if scheme_id in schemes else []
    current: str | None = form_id
    for _ in range(MAX_EXTENDS_DEPTH + 1):
        if current is None or current not in by_id:
            break
        if current in forms:
            files.append(forms[current])
        current = by_id[current][1].extends
    return files


def _translated(pack: dict[str, FormDefinition], by_id: dict[str, tuple[Path, FormFile]], directory: Path,
                language: str) -> dict[str, FormDefinition]:
    forms, schemes = translation_files(directory, language)
    out = {}
    for form_id, form in pack.items():
        scheme_id = form.level_scheme.id if form.level_scheme else None
        files = _lookup(form_id, by_id, forms, schemes, scheme_id) if form_id in forms else []
        out[form_id] = translate_form(form, files) if files else form
    return out


def check_translations(directory: Path | None = None) -> dict[str, dict[str, TranslationFile]]:
    """Every translation of the pack's forms and schemes, each checked: a form with a file of its
    own has every text translated from its current English (with its scheme's and bases'), and no
    file holds a text the pack does not have or an English the pack has since changed. Raises a
    ``FormError`` naming each problem; returns the files by language."""
    directory = directory or default_forms_dir()
    by_id, pack = _english_pack(directory)
    schemes_raw = {p.stem: _parse_yaml(p, _read_text(p)) for p in sorted((directory / SCHEMES_DIR).glob("*.yaml"))}
    found: dict[str, dict[str, TranslationFile]] = {}
    problems: list[FormError] = []
    folder = directory / TRANSLATIONS_DIR
    for language in sorted(p.name for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else ():
        forms, schemes = translation_files(directory, language)
        found[language] = {**forms, **{f"{SCHEMES_DIR}/{k}": v for k, v in schemes.items()}}
        where = f"{TRANSLATIONS_DIR}/{language}"
        for form_id, file in forms.items():
            if form_id not in pack:
                problems.append(FormError("E_TRANSLATION_ID", f"{where}/{form_id}.yaml", "form",
                                          f"'{form_id}' is not a form in the form pack"))
                continue
            own = english(by_id[form_id][1].model_dump(mode="json", exclude_none=True))
            resolved = english(pack[form_id].model_dump(mode="json"))
            problems += _stale(f"{where}/{form_id}.yaml", file, _current(own, resolved))
            form = pack[form_id]
            files = _lookup(form_id, by_id, forms, schemes, form.level_scheme.id if form.level_scheme else None)
            for key in untranslated(form, files):
                problems.append(FormError("E_TRANSLATION_MISSING", f"{where}/{form_id}.yaml", key,
                                          f"has no {language} text for the pack's current English"))
        for scheme_id, file in schemes.items():
            display = f"{where}/{SCHEMES_DIR}/{scheme_id}.yaml"
            if scheme_id not in schemes_raw:
                problems.append(FormError("E_TRANSLATION_ID", display, "level_scheme",
                                          f"'{scheme_id}' is not a level scheme in {SCHEMES_DIR}/"))
                continue
            scheme = english(scheme_texts(schemes_raw[scheme_id]))
            problems += _stale(display, file, _current(scheme))
            missing = [key for key in scheme if key not in file.texts]
            problems += [FormError("E_TRANSLATION_MISSING", display, key, f"has no {language} text") for key in missing]
    if problems:
        raise FormError(problems[0].code, problems[0].file, problems[0].location, problems[0].message,
                        tuple(problems))
    return found


def _current(*texts: dict[str, Any]) -> dict[str, set]:
    current: dict[str, set] = {}
    for each in texts:
        for key, value in each.items():
            current.setdefault(key, set()).add(value)
    return current


def _stale(display: str, file: TranslationFile, current: dict[str, set]) -> list[FormError]:
    unknown, old = stale(file, current)
    return ([FormError("E_TRANSLATION_UNKNOWN", display, key, "is not a text of the form pack") for key in unknown]
            + [FormError("E_TRANSLATION_STALE", display, key,
                         "translates English the pack no longer has: translate its current English") for key in old])


# ----------------------------------------------------------------- stage 1-3


def read_level_scheme(path: Path) -> LevelScheme:
    """A level scheme file (``forms/level-schemes/ID.yaml``), read with the form files' care."""
    scheme = _read_model(path, LevelScheme)
    if scheme.id != path.stem:
        raise FormError("E_SCHEME_ID", _display(path), "id", f"'{scheme.id}' should match the file name '{path.stem}'")
    names = [getattr(scheme.levels, rank).name for rank in ("low", "medium", "high")]
    labels = [getattr(scheme.levels, rank).label.casefold() for rank in ("low", "medium", "high")]
    if len(set(names)) < 3 or len(set(labels)) < 3:
        raise FormError("E_SCHEME_SAME", _display(path), "levels", "each level needs its own name and label")
    also = [c.name for c in scheme.also_recorded]
    for i, name in enumerate(also):
        if name in also[:i] or name in names:
            raise FormError("E_SCHEME_SAME", _display(path), f"also_recorded[{i}].name", f"'{name}' is used twice")
    return scheme


def level_schemes(directory: Path | None = None) -> dict[str, LevelScheme]:
    """Every level scheme a partnership can choose, keyed by id."""
    folder = (directory or default_forms_dir()) / SCHEMES_DIR
    return {path.stem: read_level_scheme(path) for path in sorted(folder.glob("*.yaml"))}


def scheme_words(directory: Path | None = None) -> dict[str, dict[str, tuple[str, str]]]:
    """Each form that follows a level scheme: its label and colour for each rank, for lists that
    show many forms' levels. Only read when a form file names a scheme (a text scan, well under a
    millisecond): loading every form costs 40 ms, too much on the way from unlock to home."""
    directory = directory or default_forms_dir()
    named = any(line.startswith("level_scheme:") for path in directory.glob("*.yaml")
                for line in _read_text(path).splitlines())
    if not named:
        return {}
    return {form.id: {rank.value: (form.levels.get(rank).label, form.levels.get(rank).colour) for rank in Level}
            for form in load_form_pack(directory).values() if form.level_scheme}


def read_form_file(path: Path) -> FormFile:
    return _read_model(path, FormFile)


def _read_model(path: Path, model: type[ModelT]) -> ModelT:
    """One YAML file (plain, bounded: see the module's note) validated as ``model``; a problem is a
    ``FormError`` naming the file and the place."""
    raw = _parse_yaml(path, _read_text(path))
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise _schema_error(path, exc) from None


def _display(path: Path) -> str:
    if TRANSLATIONS_DIR in path.parts[:-1]:  # translations/cy/ID.yaml, translations/cy/level-schemes/ID.yaml
        return "/".join(path.parts[len(path.parts) - 1 - path.parts[::-1].index(TRANSLATIONS_DIR):])
    return f"{path.parent.name}/{path.name}" if path.parent.name else path.name


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FormError("E_READ", _display(path), "", f"cannot be read ({exc.strerror or 'error'})") from None
    if len(data) > MAX_FORM_BYTES:
        raise FormError("E_TOO_LARGE", _display(path), "", "is larger than 2 MB; is it really a form file?")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FormError("E_ENCODING", _display(path), f"byte {exc.start}", "is not UTF-8 text") from None


def _parse_yaml(path: Path, text: str) -> Any:
    try:
        _check_plain_yaml(path, text)
        raw = yaml.load(text, Loader=_form_loader(YAML_LOADER))
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", None) or "is not valid YAML"
        raise FormError("E_YAML", _display(path), _place(getattr(exc, "problem_mark", None)), str(problem)) from None
    if not isinstance(raw, dict):
        raise FormError("E_NOT_MAPPING", _display(path), "", "must be a mapping of keys (id, version, sections...)")
    return raw


def _check_plain_yaml(path: Path, text: str) -> None:
    """Refuse anchors, aliases, tags, deep nesting and too many values from the event stream, before
    any node is built."""
    size = _Size()
    for event in yaml.parse(text, Loader=YAML_LOADER):
        problem = _not_plain(event) or size.add(event)
        if problem:
            code, message = problem
            raise FormError(code, _display(path), _place(event.start_mark), message)


def _not_plain(event: yaml.Event) -> tuple[str, str] | None:
    if getattr(event, "anchor", None) is not None:  # an anchor (&name) on a node, or an alias (*name)
        return (
            "E_YAML_ALIAS",
            "YAML anchors and aliases (&name, *name, <<) are not allowed in form files; write it out in full",
        )
    if getattr(event, "tag", None) is not None:
        return "E_YAML_TAG", f"YAML tags ({event.tag}) are not allowed in form files; write the plain value"
    return None


@dataclass
class _Size:
    """How deep the parser is, and how many values it has met, in events."""

    depth: int = 0
    nodes: int = 0

    def add(self, event: yaml.Event) -> tuple[str, str] | None:
        if isinstance(event, _NESTING_ENDS):
            self.depth -= 1
        elif isinstance(event, yaml.NodeEvent):  # scalars and collection starts (aliases are refused before)
            self.nodes += 1
            self.depth += isinstance(event, _NESTING_STARTS)
        if self.nodes > MAX_YAML_NODES:
            return "E_TOO_LARGE", f"holds more than {MAX_YAML_NODES:,} values; is it really a form file?"
        if self.depth > MAX_YAML_DEPTH:
            return "E_YAML_DEPTH", f"is nested deeper than {MAX_YAML_DEPTH} levels; is it really a form file?"
        return None


_KINDS = {"timestamp": "date", "int": "whole number", "float": "number", "bool": "yes/no value"}


class _LocatedConstruction:
    """Mixed into a safe loader: a value its constructor cannot build becomes a located YAML error."""

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep)  # type: ignore[misc]
        except yaml.YAMLError:
            raise
        except (ValueError, TypeError, KeyError, AttributeError, OverflowError):
            kind = _KINDS.get(str(node.tag).rsplit(":", 1)[-1], "value")
            problem = f"{str(node.value)[:40]!r} is not a valid {kind}"
            raise yaml.constructor.ConstructorError(None, None, problem, node.start_mark) from None


@functools.cache
def _form_loader(base: type) -> type:
    return type(f"Form{base.__name__}", (_LocatedConstruction, base), {})


def _place(mark: Any) -> str:
    return f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""


def format_location(loc: tuple) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part not in _UNION_TAGS:
            out += f".{part}" if out else str(part)
    return out


def _schema_error(path: Path, exc: ValidationError) -> FormError:
    errors = _root_errors(exc.errors())
    first = errors[0]
    code, message = _describe(first)
    more = f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})" if len(errors) > 1 else ""
    problems = tuple(FormError(*_locate(path, e)) for e in errors)
    return FormError(code, _display(path), format_location(first["loc"]), message + more, problems)


def _locate(path: Path, error: dict) -> tuple[str, str, str, str]:
    code, message = _describe(error)
    return code, _display(path), format_location(error["loc"]), message


def _root_errors(errors: list[dict]) -> list[dict]:
    """Drop follow-on errors whose place contains an earlier, deeper error.

    Counting every error's place and the places above it keeps this linear in
    the number of errors: a file can hold tens of thousands of them.
    """
    errors = [_point_at_discriminator(e) for e in errors]
    places = Counter(e["loc"][:end] for e in errors for end in range(len(e["loc"]) + 1))
    kept = [e for e in errors if places[e["loc"]] == 1]  # no other error at or below this place
    return kept or errors


def _point_at_discriminator(error: dict) -> dict:
    if error["type"] != "union_tag_invalid":
        return error
    key = str(error.get("ctx", {}).get("discriminator", "type")).strip("'")
    return {**error, "loc": (*error["loc"], key)}


def _describe(error: dict) -> tuple[str, str]:
    kind, value = error["type"], error.get("input")
    if kind == "extra_forbidden":
        return "E_UNKNOWN_KEY", "is not a recognised key"
    if kind == "missing":
        return "E_MISSING", "is required"
    if kind in ("enum", "literal_error"):
        expected = error.get("ctx", {}).get("expected", "").replace("'", "").replace(" or ", ", ")
        return "E_BAD_VALUE", f"{value!r} is not one of {expected}"
    if kind == "string_pattern_mismatch":
        return "E_BAD_VALUE", f"{value!r} is not allowed here (use lower-case letters, digits and _)"
    if kind == "union_tag_invalid":
        return "E_BAD_VALUE", f"unknown condition type {error.get('ctx', {}).get('tag')!r}"
    return "E_BAD_VALUE", error["msg"]


# ------------------------------------------------------------------- stage 4


def _resolve(form_id: str, known: dict[str, tuple[Path, FormFile]], depth: int = 0,
             done: dict[str, FormDefinition] | None = None) -> FormDefinition:
    """``form_id`` with its base inlined, checked. ``done``: forms already resolved in this load, so
    a base two forms extend is merged and checked once, not once for itself and again for each."""
    if done is not None and form_id in done:
        return done[form_id]
    path, form_file = known[form_id]
    base: FormDefinition | None = None
    if form_file.extends:
        if depth >= MAX_EXTENDS_DEPTH or form_file.extends == form_id:
            raise FormError("E_EXTENDS_CYCLE", _display(path), "extends", "forms extend each other in a loop")
        if form_file.extends not in known:
            raise FormError("E_UNKNOWN_BASE", _display(path), "extends", f"base form '{form_file.extends}' not found")
        base = _resolve(form_file.extends, known, depth + 1, done)
    definition = _merge(path, form_file, base)
    checks.check_form(definition, _display(path))
    if done is not None:
        done[form_id] = definition
    return definition


def _merge(path: Path, form_file: FormFile, base: FormDefinition | None) -> FormDefinition:
    own = form_file.model_dump(exclude_none=True,
                               exclude={"extends", "sections", "field_groups", "add_flags", "level_scheme"})
    merged: dict[str, Any] = {}
    if base is not None:
        merged.update({k: getattr(base, k) for k in type(base).model_fields if k not in ("sections", "field_groups")})
    merged.update(own)
    merged["sections"] = tuple(_resolve_section(path, i, s, base) for i, s in enumerate(form_file.sections))
    merged["field_groups"] = _resolve_groups(path, form_file, base)
    for key in ("scoring", "levels", "no_indicators_text"):
        if key not in merged:
            raise FormError("E_MISSING", _display(path), key, "is required (or extend a form that has it)")
    scheme_id = form_file.level_scheme or (base.level_scheme.id if base and base.level_scheme else None)
    if scheme_id:  # an extending pack keeps its base's scheme, even where it words the levels itself
        merged["levels"], merged["level_scheme"] = _with_scheme(path, merged["levels"], scheme_id)
    if form_file.add_flags:
        scoring = merged["scoring"]
        scoring = scoring if isinstance(scoring, dict) else scoring.model_dump()
        merged["scoring"] = {**scoring, "flags": [*scoring.get("flags", ()), *form_file.add_flags]}
    try:
        return FormDefinition.model_validate(merged)
    except ValidationError as exc:
        raise _schema_error(path, exc) from None


def _with_scheme(path: Path, levels: Any, scheme_id: str) -> tuple[dict[str, Any], SchemeInfo]:
    """The levels as the scheme words them: its name, label and colour for each rank, and its
    meaning, actions, review and local threshold where it gives them."""
    scheme_path = path.parent / SCHEMES_DIR / f"{scheme_id}.yaml"
    if not scheme_path.is_file():
        raise FormError("E_UNKNOWN_SCHEME", _display(path), "level_scheme",
                        f"no level scheme '{scheme_id}' in {SCHEMES_DIR}/")
    scheme = read_level_scheme(scheme_path)
    levels = levels if isinstance(levels, dict) else levels.model_dump()
    worded = {}
    for rank in ("low", "medium", "high"):
        given = getattr(scheme.levels, rank).model_dump(exclude_none=True)
        worded[rank] = {**levels[rank], **given}
    return worded, SchemeInfo(id=scheme.id, name=scheme.name, source=scheme.source, also_recorded=scheme.also_recorded)


def _resolve_section(path: Path, index: int, section: Section, base: FormDefinition | None) -> Section:
    base_indicators = base.indicator_map() if base else {}
    where = f"sections[{index}].indicators"
    indicators = _resolve_refs(path, section.indicators, base_indicators, where, "an indicator")
    return section.model_copy(update={"indicators": indicators})


def _resolve_groups(path: Path, form_file: FormFile, base: FormDefinition | None) -> tuple:
    if form_file.field_groups is None:
        return base.field_groups if base else ()
    base_groups = {g.id: g for g in base.field_groups} if base else {}
    return _resolve_refs(path, form_file.field_groups, base_groups, "field_groups", "a field group")


def _with_added_tags(path: Path, item: Any, ref: IndicatorRef | FieldGroupRef, where: str) -> Any:
    """The base's indicator with the tags a reference adds; a tag it already has is refused (a typo, or a
    reader misled into thinking the tag is new here)."""
    added = getattr(ref, "add_tags", ())
    for i, tag in enumerate(added):
        if tag in item.tags or tag in added[:i]:
            message = f"'{ref.ref}' already has the tag '{tag}'"
            raise FormError("E_DUPLICATE_TAG", _display(path), f"{where}[{i}]", message)
    return item.model_copy(update={"tags": (*item.tags, *added)}) if added else item


def _resolve_refs(path: Path, entries: tuple, base_items: dict, where: str, what: str) -> tuple:
    """Each ``{ref: id}`` entry replaced by the base form's item of that id; definitions kept as they are."""
    resolved = []
    for index, entry in enumerate(entries):
        if isinstance(entry, IndicatorRef | FieldGroupRef):
            if entry.ref not in base_items:
                message = f"'{entry.ref}' is not {what} of the base form"
                raise FormError("E_UNKNOWN_REF", _display(path), f"{where}[{index}].ref", message)
            entry = _with_added_tags(path, base_items[entry.ref], entry, f"{where}[{index}].add_tags")
        resolved.append(entry)
    return tuple(resolved)
