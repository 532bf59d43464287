"""Form files are plain YAML: no anchors or aliases, no deep nesting, refused
quickly with a coded error that names the file, line and column.

The reproducer is a "billion laughs": a floor's ``when`` tree built from
aliases that each repeat the one before ten times. At depth 6 (35 KB) the
loader used to take 41 s and 2.7 GB; at depth 7 it ran out of memory.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from screening_app.domain import loader
from screening_app.domain.errors import FormError
from screening_app.domain.loader import load_form_pack, load_form_path
from screening_app.paths import forms_dir

LAUGHS_PLACEHOLDER = "__laughs__"


def laughs(depth: int, width: int = 10) -> str:
    """A flow-style condition tree where each level aliases the one below ``width`` times."""
    text = "&l0 {type: answered, tiers: [harm], recency: [current]}"
    for level in range(1, depth + 1):
        text = f"&l{level} {{type: any, of: [{text}{f', *l{level - 1}' * (width - 1)}]}}"
    return text


def screening_with_floor(when: str) -> str:
    data = yaml.safe_load((forms_dir() / "cse-screening.yaml").read_text(encoding="utf-8"))
    data["scoring"]["floors"].append(
        {"id": "laughs", "level": "high", "description": "A floor.", "when": LAUGHS_PLACEHOLDER}
    )
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000).replace(LAUGHS_PLACEHOLDER, when)


def place_of(text: str, needle: str) -> str:
    before = text[: text.index(needle)]
    return f"line {before.count(chr(10)) + 1}, column {len(before) - before.rfind(chr(10))}"


@pytest.fixture(params=["CSafeLoader", "SafeLoader"])
def yaml_loader(request, monkeypatch):
    """Every guard must hold with libyaml's loader and with the pure-Python fallback."""
    if not hasattr(yaml, request.param):
        pytest.fail(f"PyYAML has no {request.param}")
    monkeypatch.setattr(loader, "YAML_LOADER", getattr(yaml, request.param))
    return request.param


def refused(path: Path) -> tuple[FormError, float]:
    started = time.perf_counter()
    with pytest.raises(FormError) as info:
        load_form_path(path)
    return info.value, time.perf_counter() - started


@pytest.mark.parametrize("depth", [1, 7, 12])
def test_billion_laughs_refused_quickly_at_the_first_anchor(tmp_path, yaml_loader, depth):
    text = screening_with_floor(laughs(depth))
    path = tmp_path / "laughs.yaml"
    path.write_text(text, encoding="utf-8")
    err, took = refused(path)
    assert err.code == "E_YAML_ALIAS"
    assert err.location == place_of(text, f"&l{depth} ")
    assert str(err).startswith(f"{tmp_path.name}/laughs.yaml: line ")
    assert "anchors and aliases" in err.message
    assert took < 0.5, f"{took:.2f} s"


@pytest.mark.parametrize(
    ("snippet", "needle"),
    [
        ("{type: answered, tiers: *t}", "*t"),  # an alias to an anchor elsewhere
        ("{<<: *m, type: answered}", "*m"),  # a merge key is an alias too
    ],
)
def test_any_alias_is_refused(tmp_path, yaml_loader, snippet, needle):
    text = screening_with_floor(snippet)
    # The anchors go on the first floor, the alias on the new one.
    text = text.replace("- id: harm_current", "- &m id: harm_current", 1)
    text = text.replace("tiers:\n      - harm", "tiers: &t [harm]", 1)
    path = tmp_path / "alias.yaml"
    path.write_text(text, encoding="utf-8")
    err, _ = refused(path)
    assert err.code == "E_YAML_ALIAS"
    assert err.location == place_of(text, "&")  # the first anchor is reported, before any alias


def test_a_lone_unused_anchor_is_refused_too(tmp_path, yaml_loader):
    text = screening_with_floor("&lonely {type: answered, tiers: [harm]}")
    path = tmp_path / "anchor.yaml"
    path.write_text(text, encoding="utf-8")
    err, _ = refused(path)
    assert (err.code, err.location) == ("E_YAML_ALIAS", place_of(text, "&lonely"))


@pytest.mark.parametrize("style", ["flow", "block"])
def test_deep_nesting_refused_with_its_place(tmp_path, yaml_loader, style):
    depth = 5000
    if style == "flow":
        when = "{type: all, of: [" * depth + "{type: answered, tiers: [harm]}" + "]}" * depth
    else:
        when = "".join(f"\n{'  ' * (i + 4)}type: all\n{'  ' * (i + 4)}of:\n{'  ' * (i + 4)}-" for i in range(300))
        when += " {type: answered, tiers: [harm]}"
    text = screening_with_floor(when)
    path = tmp_path / "deep.yaml"
    path.write_text(text, encoding="utf-8")
    err, took = refused(path)
    assert err.code == "E_YAML_DEPTH", str(err)
    assert err.location.startswith("line ")
    assert f"deeper than {loader.MAX_YAML_DEPTH} levels" in err.message
    assert took < 0.5, f"{took:.2f} s"


def test_shipped_forms_use_no_anchors_and_stay_within_depth(yaml_loader):
    pack = load_form_pack()
    assert set(pack) == {"cse-screening", "cse-risk-assessment", "child-exploitation"}


def test_pack_folder_with_laughs_is_refused(tmp_path):
    (tmp_path / "a-laughs.yaml").write_text(screening_with_floor(laughs(9)), encoding="utf-8")
    with pytest.raises(FormError) as info:
        load_form_pack(tmp_path)
    assert info.value.code == "E_YAML_ALIAS" and info.value.file == f"{tmp_path.name}/a-laughs.yaml"


def test_validate_cli_refuses_laughs_in_one_line(tmp_path):
    path = tmp_path / "laughs.yaml"
    path.write_text(screening_with_floor(laughs(9)), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "screening_app", "forms", "validate", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and "[E_YAML_ALIAS]" in lines[0] and "Traceback" not in proc.stderr


def test_thousands_of_problems_reported_quickly(tmp_path):
    """Grouping follow-on errors was quadratic: 15,000 problems in a 168 KB file took 113 s (9,000 here: the
    most values a form may hold allow about 3,000 indicators)."""
    data = yaml.safe_load((forms_dir() / "cse-screening.yaml").read_text(encoding="utf-8"))
    data["sections"][0]["indicators"] = [{"id": f"x{i}", "tier": "hgh"} for i in range(3_000)]
    path = tmp_path / "many.yaml"
    path.write_text(yaml.dump(data, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper)), encoding="utf-8")
    err, took = refused(path)
    assert err.location == "sections[0].indicators[0].tier" and "(and 8999 more problems)" in err.message
    assert len(err.problems) == 9_000
    assert took < 2, f"{took:.2f} s"


def test_follow_on_errors_at_a_shared_place_still_dropped(tmp_path):
    data = yaml.safe_load((forms_dir() / "cse-screening.yaml").read_text(encoding="utf-8"))
    data["scoring"]["floors"][0]["when"] = {"type": "all", "of": [{"type": "eval"}]}
    path = tmp_path / "x.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    err, _ = refused(path)
    assert [p.location for p in err.problems] == ["scoring.floors[0].when.of[0].type"]


@pytest.mark.parametrize(
    ("snippet", "needle"),
    [
        ("!!timestamp points", "!!timestamp"),  # found by the fuzz: PyYAML raised AttributeError
        ("!!bool maybe", "!!bool"),  # KeyError
        ("!!int abc", "!!int"),  # ValueError
        ("! plain", "! plain"),
    ],
)
def test_explicit_tags_are_refused_with_their_place(tmp_path, yaml_loader, snippet, needle):
    text = screening_with_floor("{type: answered, tiers: [harm]}").replace("level: high", f"level: {snippet}", 1)
    path = tmp_path / "tag.yaml"
    path.write_text(text, encoding="utf-8")
    err, _ = refused(path)
    assert (err.code, err.location) == ("E_YAML_TAG", place_of(text, needle))


@pytest.mark.parametrize("value", ["2026-13-45", "2026-02-30", "2026-01-01 25:00:00"])
def test_impossible_dates_are_located(tmp_path, yaml_loader, value):
    """Plain scalars that look like dates are built as dates: an impossible one raised ValueError."""
    text = screening_with_floor("{type: answered, tiers: [harm]}").replace("version: 1.0.0", f"version: {value}", 1)
    path = tmp_path / "date.yaml"
    path.write_text(text, encoding="utf-8")
    err, _ = refused(path)
    assert (err.code, err.location) == ("E_YAML", place_of(text, value))
    assert err.message == f"{value!r} is not a valid date"


def test_a_huge_number_of_values_is_refused_before_building_them(tmp_path, yaml_loader):
    """2 MB of small values took PyYAML 19 s to build; a form has a few thousand."""
    text = "".join(f"k{i}: [a, b, {{c: d}}]\n" for i in range(90_000))
    path = tmp_path / "huge.yaml"
    path.write_text(text, encoding="utf-8")
    err, took = refused(path)
    assert err.code == "E_TOO_LARGE" and err.location.startswith("line ")
    assert f"more than {loader.MAX_YAML_NODES:,} values" in err.message
    assert took < 2, f"{took:.2f} s"
