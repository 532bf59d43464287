"""Levels as data (issue 17, part 2): a form pack may follow a level scheme (the West Sussex
categories since 2020) chosen with one line, without touching code. The engine still ranks low <
medium < high; the scheme's words, colours, meanings and any reviews or actions it gives follow
every rank: locked floors, overrides, the explanation, review dates."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml

from screening_app.domain.case_file import load_case as load_case_file
from screening_app.domain.errors import FormError, OverrideError
from screening_app.domain.loader import level_schemes, load_form_pack, scheme_words
from screening_app.domain.schema import Level, level_label
from screening_app.domain.scoring import apply_override, score
from screening_app.paths import forms_dir
from tests.conftest import SCENARIOS, case, concern, load_case

WEST_SUSSEX = "west-sussex-2020"


def scheme_forms(folder: Path, scheme: str = WEST_SUSSEX, packs: tuple[str, ...] = ("cse-screening",)) -> Path:
    """A copy of the installed forms where ``packs`` name ``scheme`` (one line, as a partnership would)."""
    shutil.copytree(forms_dir(), folder)
    for form_id in packs:
        path = folder / f"{form_id}.yaml"
        path.write_text(path.read_text(encoding="utf-8").replace("\ntitle:", f"\nlevel_scheme: {scheme}\ntitle:", 1),
                        encoding="utf-8")
    return folder


def _score(form, raw: dict):
    return score(form, load_case_file(json.dumps(raw).encode()).to_input())


@pytest.fixture(scope="module")
def schemed(tmp_path_factory):
    return load_form_pack(scheme_forms(tmp_path_factory.mktemp("forms") / "forms"))


def test_the_shipped_scheme_is_valid_and_no_shipped_pack_follows_one(pack):
    schemes = level_schemes()
    assert list(schemes) == [WEST_SUSSEX]
    words = schemes[WEST_SUSSEX].levels
    assert (words.high.label, words.medium.label) == ("Exploited", "Indicators of exploitation")
    assert all(form.level_scheme is None for form in pack.values())
    assert scheme_words() == {}  # nothing to read on the way to home


def test_a_scheme_words_and_colours_every_rank_and_keeps_the_packs_actions_and_reviews(schemed, pack):
    mine, standard = schemed["cse-screening"], pack["cse-screening"]
    assert mine.level_scheme.id == WEST_SUSSEX
    assert [mine.levels.get(r).label for r in Level] == ["Vulnerable to exploitation", "Indicators of exploitation",
                                                         "Exploited"]
    assert [mine.levels.get(r).name for r in Level] == ["vulnerable", "indicators_of_exploitation", "exploited"]
    assert "victim" in mine.levels.high.meaning
    for rank in Level:  # what the scheme leaves out stays as the pack words it
        assert mine.levels.get(rank).actions == standard.levels.get(rank).actions
        assert mine.levels.get(rank).review_after == standard.levels.get(rank).review_after
    assert mine.scoring == standard.scoring and mine.indicators() == standard.indicators()


def test_an_extending_pack_follows_its_bases_scheme_even_where_it_words_its_levels(schemed, pack):
    # one line in the screening pack gives the partnership's every pack the scheme
    combined = schemed["child-exploitation"]  # extends cse-screening, with its own levels block
    assert combined.level_scheme.id == WEST_SUSSEX and combined.levels.high.label == "Exploited"
    assert combined.levels.high.actions == pack["child-exploitation"].levels.high.actions
    assert schemed["cse-risk-assessment"].level_scheme.id == WEST_SUSSEX


def test_every_case_keeps_its_rank_and_score_and_is_explained_in_the_schemes_words(schemed, pack):
    for path in SCENARIOS:
        raw = load_case(path)
        if "error" in raw["expect"] or raw["form"] != "cse-screening":
            continue
        before, after = _score(pack["cse-screening"], raw), _score(schemed["cse-screening"], raw)
        assert (after.final_level, after.score, after.floors, after.flags) == (
            before.final_level, before.score, before.floors, before.flags), path.name
        assert after.review_date == before.review_date, path.name
        assert after.meaning == schemed["cse-screening"].levels.get(after.final_level).meaning, path.name
        if before.floors:
            assert schemed["cse-screening"].levels.get(after.floors[0].level).label in after.level_text, path.name


def test_a_locked_floor_names_the_schemes_category(schemed):
    form = schemed["cse-screening"]
    result = _score(form, case({"sexual_activity": concern()}, dob="2015-01-01"))
    assert result.locked_minimum == Level.high
    with pytest.raises(OverrideError, match="cannot be lower than Exploited"):
        apply_override(form, result, Level.medium, "A reason", "A Lead", "DSL")
    raised = apply_override(form, _score(form, case({})), Level.medium, "What the child told me today")
    assert raised.final_level == Level.medium and "Indicators of exploitation" in raised.level_text
    assert raised.meaning == form.levels.medium.meaning


def test_a_scheme_may_give_its_own_reviews_and_actions(tmp_path):
    folder = scheme_forms(tmp_path / "forms", "two-weekly")
    scheme = yaml.safe_load((folder / "level-schemes" / f"{WEST_SUSSEX}.yaml").read_text(encoding="utf-8"))
    scheme["id"] = "two-weekly"
    scheme["levels"]["low"]["review_after"] = {"weeks": 2}
    scheme["levels"]["low"]["actions"] = ["Talk to the child's class teacher this week."]
    (folder / "level-schemes" / "two-weekly.yaml").write_text(yaml.safe_dump(scheme), encoding="utf-8")
    form = load_form_pack(folder)["cse-screening"]
    result = _score(form, case({}, on="2026-11-02"))
    assert result.final_level == Level.low and result.review_date == date(2026, 11, 16)
    assert result.actions == ("Talk to the child's class teacher this week.",)


@pytest.mark.parametrize(("change", "code"), [
    (lambda s: s.update(id="another-id"), "E_SCHEME_ID"),
    (lambda s: s["levels"]["medium"].update(label="Exploited"), "E_SCHEME_SAME"),
    (lambda s: s["levels"]["high"].update(colour="red"), "E_BAD_VALUE"),
    (lambda s: s["levels"]["high"].update(score=3), None),  # an unknown key: refused, never guessed at
    (lambda s: s["levels"].pop("low"), None),
])
def test_a_broken_scheme_is_refused_with_its_place(tmp_path, change, code):
    folder = scheme_forms(tmp_path / "forms")
    path = folder / "level-schemes" / f"{WEST_SUSSEX}.yaml"
    scheme = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(scheme)
    path.write_text(yaml.safe_dump(scheme), encoding="utf-8")
    with pytest.raises(FormError) as caught:
        load_form_pack(folder)
    assert f"level-schemes/{WEST_SUSSEX}.yaml" in str(caught.value)
    if code:
        assert code in str(caught.value)


def test_a_pack_naming_a_scheme_that_is_not_there_is_refused(tmp_path):
    folder = scheme_forms(tmp_path / "forms", "nowhere-2020")
    with pytest.raises(FormError, match=r"no level scheme 'nowhere-2020'.*E_UNKNOWN_SCHEME"):
        load_form_pack(folder)


def test_lists_of_many_forms_find_each_forms_words(tmp_path):
    folder = scheme_forms(tmp_path / "forms")
    words = scheme_words(folder)
    assert set(words) == {"cse-screening", "child-exploitation", "cse-risk-assessment"}
    assert words["cse-screening"]["high"] == ("Exploited", "#B3261E")
    form = load_form_pack(folder)["cse-screening"]
    assert level_label(form, "medium") == "Indicators of exploitation"
    assert level_label(None, "medium") == "Medium" and level_label(form, None) == ""


# ------------------------------------------------ recorded beside the level: "harming others"


def _harming(reason: str = "Invented: she brought two younger girls to the flat.") -> dict:
    raw = {k: v for k, v in load_case(SCENARIOS[0].with_name("v03-classic-pattern.json")).items() if k != "expect"}
    return {**raw, "also_recorded": {"harming_others": reason}}


def test_harming_others_is_recorded_beside_the_level_never_instead_of_it(schemed):
    form = schemed["cse-screening"]
    plain = _score(form, {**_harming(), "also_recorded": {}})
    result = _score(form, _harming())
    assert (result.final_level, result.score, result.floors) == (plain.final_level, plain.score, plain.floors)
    assert result.also_recorded == {"harming_others": "Invented: she brought two younger girls to the flat."}
    line = next(x for x in result.explanation if x.startswith("Also recorded by professional judgement: Harming"))
    assert "stays a victim" in line and line.endswith("Reason: Invented: she brought two younger girls to the flat.")
    assert result.actions[:len(plain.actions)] == plain.actions  # the level's actions first, then the category's
    assert any("separate referral for each child" in a for a in result.actions[len(plain.actions):])


@pytest.mark.parametrize(("also", "where"), [
    ({"harming_others": "  "}, "needs the reason"),
    ({"harming": "x"}, r"is not a category this form records \(it records: harming_others\)"),
    ({"harming_others": "x" * 2001}, "longer than 2000"),
    ({"harming_others": 3}, "also_recorded.harming_others"),
])
def test_a_category_needs_its_reason_and_must_be_the_schemes(schemed, also, where):
    from screening_app.domain.errors import AnswerError

    with pytest.raises(AnswerError, match=where):
        _score(schemed["cse-screening"], {**_harming(), "also_recorded": also})


def test_a_form_without_a_scheme_records_no_category(pack):
    from screening_app.domain.errors import AnswerError

    with pytest.raises(AnswerError, match=r"it records: none"):
        _score(pack["cse-screening"], _harming())


def test_a_category_used_twice_in_a_scheme_is_refused(tmp_path):
    folder = scheme_forms(tmp_path / "forms")
    path = folder / "level-schemes" / f"{WEST_SUSSEX}.yaml"
    scheme = yaml.safe_load(path.read_text(encoding="utf-8"))
    scheme["also_recorded"].append(json.loads(json.dumps(scheme["also_recorded"][0])))  # no YAML alias
    path.write_text(yaml.safe_dump(scheme), encoding="utf-8")
    with pytest.raises(FormError, match=r"also_recorded\[1\].name: 'harming_others' is used twice"):
        load_form_pack(folder)
