"""Fuzz the form-pack loader: whatever a form file holds, loading it either
succeeds or raises ``FormError``, never anything else, and never slowly.

Three sources of bad input, all starting from the shipped pack (so most
examples get deep into validation and the checks of meaning): the text of a
form file with bytes inserted, deleted, duplicated and replaced (YAML syntax,
tags, invalid UTF-8); its data with a value replaced, removed, added or
duplicated somewhere in the tree; and free-form YAML documents.

The suite runs hypothesis's default number of examples. For a long run,
``HYPOTHESIS_PROFILE=fuzz-long`` (``FUZZ_EXAMPLES`` per property), or
``bash scripts/fuzz-forms-long.sh``.
"""

from __future__ import annotations

import copy
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from screening_app.domain.errors import FormError
from screening_app.domain.loader import load_form_pack, load_form_path
from screening_app.paths import forms_dir

SHIPPED = {path.name: path.read_bytes() for path in sorted(forms_dir().glob("*.yaml"))}
DATA = {name: yaml.safe_load(text) for name, text in SHIPPED.items()}
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

# A generous bound per example: the point is to catch a blow-up (seconds to hours), not to benchmark.
fuzz = settings(deadline=timedelta(seconds=5), suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _words(node: Any, keys: set[str], values: set[str]) -> None:
    if isinstance(node, dict):
        keys.update(k for k in node if isinstance(k, str))
        for value in node.values():
            _words(value, keys, values)
    elif isinstance(node, list):
        for item in node:
            _words(item, keys, values)
    elif isinstance(node, str) and len(node) < 40:
        values.add(node)


KEYS: set[str] = set()
WORDS: set[str] = set()
for _data in DATA.values():
    _words(_data, KEYS, WORDS)

# fmt: off
SNIPPETS = [
    b"&a ", b"*a", b"<<: *a", b"!!binary ", b"!!python/object/apply:os.system ['true'] ", b"!!set ", b"!!omap ",
    b"!!timestamp ", b"!custom ", b"? ", b"\n--- ", b"\n...\n", b"%YAML 1.1\n", b"%TAG ! tag:x,2000:\n", b"\t",
    b"\xef\xbb\xbf", b"\x00", b"\xff", b"\xed\xa0\x80", b"{", b"}", b"[", b"]", b": ", b", ", b"- ", b"|\n", b">-\n",
    b"'", b'"', b"\\", b"#", b"1e309", b".nan", b"-.inf", b"0x1F", b"0o17", b"2026-13-45", b"2026-02-29", b"~", b"null",
    b"yes", b"no", b"on", b"9" * 40, b"\n  ", b"\n" + b" " * 60, b"\r\n", "\u2028".encode(),
    b"type: all\nof:\n- ", b"{type: any, of: []}", b"when: ", b"ref: ", b"extends: cse-screening\n",
]
# fmt: on


def _load(folder: Path, files: dict[str, bytes], one: str | None) -> None:
    """Load ``files`` as a pack, or only the file ``one`` (its base beside it); only FormError may come out."""
    for old in folder.glob("*.yaml"):
        old.unlink()
    for name, content in files.items():
        (folder / name).write_bytes(content)
    try:
        loaded = load_form_path(folder / one) if one else load_form_pack(folder)
    except FormError as exc:
        event(exc.code)  # --hypothesis-show-statistics: which refusals the run reached
        return
    event("loaded")
    assert loaded, "an empty pack must be refused"


entry = st.sampled_from([None, *sorted(SHIPPED)])  # the whole pack, or one file


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz-forms")


# ------------------------------------------------------------------ text


@st.composite
def mutated_text(draw: st.DrawFn) -> tuple[str, bytes]:
    name = draw(st.sampled_from(sorted(SHIPPED)))
    text = bytearray(SHIPPED[name])
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        kind = draw(st.sampled_from(["insert", "delete", "duplicate", "replace"]))
        size = draw(st.integers(1, 200))
        if kind == "insert":
            text[at:at] = draw(st.sampled_from(SNIPPETS) | st.binary(min_size=1, max_size=8))
        elif kind == "delete":
            del text[at : at + size]
        elif kind == "duplicate":
            text[at:at] = text[at : at + size]
        else:
            text[at : at + 1] = draw(st.sampled_from(SNIPPETS))
    return name, bytes(text)


@fuzz
@given(mutated_text(), entry)
def test_mutated_form_text_raises_only_form_errors(folder, case, one):
    name, content = case
    _load(folder, {**SHIPPED, name: content}, one)


# ------------------------------------------------------------------ data

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.sampled_from(sorted(WORDS)),
    st.dates(),  # no bytes: they dump as !!binary, which is refused before anything else is checked
)
keys = st.one_of(st.sampled_from(sorted(KEYS)), st.text(max_size=8), st.integers(-3, 3), st.none(), st.booleans())
values = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=4), max_leaves=12
)


def _children(node: Any) -> list:
    return list(node) if isinstance(node, dict) else list(range(len(node)))


def _pick_container(draw: st.DrawFn, root: Any) -> Any:
    """Walk down from the root, choosing a child at each step, and stop at some container."""
    node = root
    while True:
        inner = [k for k in _children(node) if isinstance(node[k], dict | list) and node[k]]
        if not inner or draw(st.integers(0, 4)) == 0:
            return node
        node = node[draw(st.sampled_from(inner))]


def _mutate(draw: st.DrawFn, node: Any) -> None:
    children = _children(node)
    kind = draw(st.sampled_from(["replace", "delete", "add", "duplicate", "reverse"]))
    if kind == "add" or not children:
        if isinstance(node, dict):
            node[draw(keys)] = draw(values)
        else:
            node.insert(draw(st.integers(0, len(node))), draw(values))
    elif kind == "replace":
        node[draw(st.sampled_from(children))] = draw(values)
    elif kind == "delete":
        del node[draw(st.sampled_from(children))]
    elif kind == "duplicate" and isinstance(node, list):
        node.append(copy.deepcopy(node[draw(st.sampled_from(children))]))
    elif isinstance(node, list):
        node.reverse()


@st.composite
def mutated_data(draw: st.DrawFn) -> tuple[str, bytes]:
    name = draw(st.sampled_from(sorted(DATA)))
    data = copy.deepcopy(DATA[name])
    for _ in range(draw(st.integers(1, 3))):
        _mutate(draw, _pick_container(draw, data))
    dumped = yaml.dump(data, Dumper=DUMPER, allow_unicode=True, sort_keys=False)
    return name, dumped.encode("utf-8", "surrogatepass")


@fuzz
@given(mutated_data(), entry)
def test_mutated_form_data_raises_only_form_errors(folder, case, one):
    name, content = case
    _load(folder, {**SHIPPED, name: content}, one)


# ------------------------------------------------------------------ free-form


documents = st.one_of(
    st.dictionaries(st.sampled_from(sorted(DATA["cse-screening.yaml"])), values, min_size=1),  # a form's top level
    values,
).map(lambda v: yaml.dump(v, Dumper=DUMPER, sort_keys=False))


@fuzz
@given(st.one_of(documents, st.text(max_size=300)))
def test_any_yaml_document_raises_only_form_errors(folder, text):
    _load(folder, {"x.yaml": text.encode("utf-8", "surrogatepass")}, None)
