"""Malformed form files: each gives a coded error naming the file and the exact place."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from screening_app.domain.errors import FormError
from screening_app.domain.loader import load_form_pack, load_form_path
from screening_app.paths import forms_dir


def screening_data() -> dict:
    return yaml.safe_load((forms_dir() / "cse-screening.yaml").read_text(encoding="utf-8"))


def write(tmp_path: Path, data, name: str = "x.yaml") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def error_for(tmp_path: Path, data) -> FormError:
    with pytest.raises(FormError) as info:
        load_form_path(write(tmp_path, data))
    return info.value


def test_the_example_from_the_issue(tmp_path):
    data = screening_data()
    data["sections"][2]["indicators"][4]["tier"] = "hgh"
    err = error_for(tmp_path, data)
    assert str(err).startswith(
        f"{tmp_path.name}/x.yaml: sections[2].indicators[4].tier: 'hgh' is not one of harm, significant, risk, "
        "vulnerability, protective"
    )
    assert err.code == "E_BAD_VALUE"


def mutate(fn):
    data = screening_data()
    fn(data)
    return data


CASES = [
    (
        "E_UNKNOWN_KEY",
        "sections[0].indicators[1].colour",
        lambda d: d["sections"][0]["indicators"][1].update(colour="red"),
    ),
    ("E_MISSING", "sections[1].indicators[0].help", lambda d: d["sections"][1]["indicators"][0].pop("help")),
    (
        "E_DUPLICATE_ID",
        "sections[1].indicators[1].id",
        lambda d: d["sections"][1]["indicators"][1].update(id=d["sections"][1]["indicators"][0]["id"]),
    ),
    (
        "E_UNKNOWN_TAG",
        "scoring.floors[4].when.of[1].tags[0]",
        lambda d: d["scoring"]["floors"][4]["when"]["of"][1].update(tags=["sexul"]),
    ),
    (
        "E_UNKNOWN_INDICATOR",
        "scoring.floors[6].when.of[0].ids[0]",
        lambda d: d["scoring"]["floors"][6]["when"]["of"][0].update(ids=["learning_disabilty"]),
    ),
    ("E_BANDS_ORDER", "scoring.bands[1]", lambda d: d["scoring"]["bands"].reverse()),
    ("E_BAD_VALUE", "scoring.floors[0].when.type", lambda d: d["scoring"]["floors"][0]["when"].update(type="eval")),
    ("E_PHRASE", "language_check[0].phrases[0]", lambda d: d["language_check"][0]["phrases"].__setitem__(0, "{a|b")),
    (
        "E_BAD_RANGE",
        "scoring.flags[1].when.of[0]",
        lambda d: d["scoring"]["flags"][1]["when"]["of"][0].update(min=16, max=13),
    ),
    ("E_UNKNOWN_INDICATOR", "scoring.flags[2].suggests", lambda d: d["scoring"]["flags"][2].update(suggests="nobody")),
    (
        "E_UNKNOWN_FIELD",
        "field_groups[0].require_one_of[0][1]",
        lambda d: d["field_groups"][0]["require_one_of"][0].__setitem__(1, "age_guess"),
    ),
    ("E_BAD_VALUE", "levels.high.colour", lambda d: d["levels"]["high"].update(colour="red")),
    ("E_BAD_VALUE", "version", lambda d: d.update(version="one")),
]


@pytest.mark.parametrize(("code", "location", "fn"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_coded_located_errors(tmp_path, code, location, fn):
    err = error_for(tmp_path, mutate(fn))
    assert (err.code, err.location) == (code, location), str(err)
    assert str(err).startswith(f"{tmp_path.name}/x.yaml: {location}: ")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("id: [unclosed", "E_YAML"),
        ("- a list\n- not a form\n", "E_NOT_MAPPING"),
        ("", "E_NOT_MAPPING"),
        ("!!python/object/apply:os.system ['true']", "E_YAML_TAG"),
    ],
)
def test_unparseable_files(tmp_path, text, code):
    assert error_for(tmp_path, text).code == code


def test_binary_and_oversized_files(tmp_path):
    path = tmp_path / "bin.yaml"
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(FormError) as info:
        load_form_path(path)
    assert info.value.code == "E_ENCODING"
    path.write_bytes(b"a" * (3 * 1024 * 1024))
    with pytest.raises(FormError) as info:
        load_form_path(path)
    assert info.value.code == "E_TOO_LARGE"


def test_unknown_reference_and_base(tmp_path):
    shutil.copy(forms_dir() / "cse-screening.yaml", tmp_path)
    full = yaml.safe_load((forms_dir() / "cse-risk-assessment.yaml").read_text(encoding="utf-8"))
    full["sections"][0]["indicators"][0] = {"ref": "not_there"}
    with pytest.raises(FormError) as info:
        load_form_pack(Path(write(tmp_path, full, "cse-risk-assessment.yaml")).parent)
    assert (info.value.code, info.value.location) == ("E_UNKNOWN_REF", "sections[0].indicators[0].ref")
    full["extends"] = "elsewhere"
    with pytest.raises(FormError) as info:
        load_form_pack(Path(write(tmp_path, full, "cse-risk-assessment.yaml")).parent)
    assert info.value.code == "E_UNKNOWN_BASE"


def test_duplicate_form_ids_in_pack(tmp_path):
    shutil.copy(forms_dir() / "cse-screening.yaml", tmp_path / "a.yaml")
    shutil.copy(forms_dir() / "cse-screening.yaml", tmp_path / "b.yaml")
    with pytest.raises(FormError) as info:
        load_form_pack(tmp_path)
    assert info.value.code == "E_DUPLICATE_FORM"


def test_several_problems_all_reported(tmp_path):
    data = screening_data()
    data["sections"][0]["indicators"][0]["tier"] = "hgh"
    data["sections"][1]["indicators"][0]["tier"] = "lo"
    err = error_for(tmp_path, data)
    assert len(err.problems) == 2 and "and 1 more problem" in str(err)


def test_full_assessment_reuses_screening_indicators(pack):
    screening, full = pack["cse-screening"], pack["cse-risk-assessment"]
    assert len(screening.indicators()) == 42 and len(full.indicators()) == 79
    assert len(screening.sections) == 9 and len(full.sections) == 16
    shared = screening.indicator_map()
    for indicator_id, indicator in shared.items():
        assert full.indicator(indicator_id) == indicator
    assert full.scoring == screening.scoring and full.language_check == screening.language_check


def test_validate_cli_names_planted_error(tmp_path):
    import subprocess
    import sys

    data = screening_data()
    data["sections"][2]["indicators"][4]["tier"] = "hgh"
    path = write(tmp_path, data)
    proc = subprocess.run(
        [sys.executable, "-m", "screening_app", "forms", "validate", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert "sections[2].indicators[4].tier: 'hgh' is not one of" in proc.stderr
    ok = subprocess.run(
        [sys.executable, "-m", "screening_app", "forms", "validate"], capture_output=True, text=True, timeout=60
    )
    assert ok.returncode == 0 and "cse-screening" in ok.stdout and "cse-risk-assessment" in ok.stdout
    assert "ok: child-exploitation 1.0.0 (56 indicators, 11 sections)" in ok.stdout
