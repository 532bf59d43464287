"""Form packs in Welsh (issue 17, part 3): each pack's text in ``forms/translations/cy/``, checked
by ``forms validate`` (every text has both languages, none translates an English the pack has
since changed, none is unknown), used for Welsh referrals and ``score --lang cy``; the engine
scores the same in both. A stored result's copied texts are reworded, never the practitioner's."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from screening_app.domain.case_file import load_case as load_case_file
from screening_app.domain.errors import FormError
from screening_app.domain.language import check_assessment
from screening_app.domain.loader import check_translations, load_form_pack
from screening_app.domain.scoring import score
from screening_app.domain.translations import english, reword_result, text_map
from screening_app.paths import forms_dir
from tests.conftest import SCENARIOS, case, concern, load_case
from tests.domain.test_level_schemes import WEST_SUSSEX, scheme_forms

PACKS = ("cse-screening", "cse-risk-assessment", "child-exploitation")


@pytest.fixture(scope="module")
def welsh():
    return load_form_pack(language="cy")


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "forms"
    shutil.copytree(forms_dir(), folder)
    return folder


def _codes(folder: Path) -> list[tuple[str, str, str]]:
    with pytest.raises(FormError) as caught:
        check_translations(folder)
    return [(p.code, p.file, p.location) for p in caught.value.problems]


def _edit(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_every_shipped_pack_has_every_text_in_welsh_and_says_it_needs_review(pack, welsh):
    found = check_translations()
    assert set(found["cy"]) == {*PACKS, f"level-schemes/{WEST_SUSSEX}"}
    for form_id in PACKS:
        mine, theirs = english(welsh[form_id].model_dump(mode="json")), english(pack[form_id].model_dump(mode="json"))
        assert set(mine) == set(theirs)
        same = [key for key in mine if mine[key] == theirs[key]]
        assert len(same) <= len(mine) // 50, same  # names and acronyms may read the same; text may not
        info = welsh[form_id].translation
        assert info.language == "cy" and info.prepared_by and info.reviewed_by == ""
    assert pack["cse-screening"].translation is None  # English is the pack itself


def test_welsh_reads_as_welsh(welsh):
    form = welsh["cse-screening"]
    assert form.answer_labels.yes == "Ie" and form.levels.high.label == "Uchel"
    assert "plentyn" in " ".join(i.help for i in form.indicators())
    assert welsh["child-exploitation"].indicator("disclosed_exploitation").label == \
        form.indicator("disclosed_exploitation").label  # inherited text comes from the base's file


@pytest.mark.parametrize("path", [p for p in SCENARIOS if "error" not in load_case(p)["expect"]], ids=lambda p: p.stem)
def test_every_case_scores_the_same_in_welsh(path, pack, welsh):
    data = load_case_file(path.read_bytes()).to_input()
    en, cy = score(pack[data.form], data), score(welsh[data.form], data)
    assert (cy.computed_level, cy.final_level, cy.score, cy.review_date, cy.not_known, cy.exploitation_types) == \
        (en.computed_level, en.final_level, en.score, en.review_date, en.not_known, en.exploitation_types)
    assert [f.id for f in cy.floors] == [f.id for f in en.floors]
    assert [f.id for f in cy.flags] == [f.id for f in en.flags]
    assert reword_result(en, text_map(pack[data.form], welsh[data.form])) == cy.model_copy(
        update={"explanation": en.explanation})


def test_a_stored_result_is_reworded_but_never_the_practitioners_words(pack, welsh):
    form, cy = pack["cse-screening"], welsh["cse-screening"]
    label = form.indicator("disclosed_exploitation").label
    data = load_case_file(json.dumps(case({"disclosed_exploitation": concern(note=label)})).encode()).to_input()
    stored = score(form, data)
    changed = stored.model_copy(update={"floors": tuple(f.model_copy(update={"description": "An older rule."})
                                                        for f in stored.floors)})
    worded = reword_result(changed, text_map(form, cy))
    line = worded.contributions[0]
    assert line.label == cy.indicator("disclosed_exploitation").label != label
    assert line.note == label  # a note that happens to be a pack's text is the practitioner's: untouched
    assert worded.floors[0].description == "An older rule."  # what the pack has since changed stays as recorded
    assert worded.actions == cy.levels.high.actions and worded.meaning == cy.levels.high.meaning


def test_a_scheme_is_welsh_too(tmp_path):
    schemed = load_form_pack(scheme_forms(tmp_path / "forms"), language="cy")["cse-screening"]
    english_words = load_form_pack(tmp_path / "forms")["cse-screening"]
    assert schemed.level_scheme.id == WEST_SUSSEX
    assert schemed.levels.high.label != english_words.levels.high.label == "Exploited"
    assert schemed.level_scheme.also_recorded[0].label != "Harming others"
    check_translations(tmp_path / "forms")  # the scheme's Welsh covers the words the pack now takes from it


def test_a_changed_english_text_is_stale_and_stays_english_until_translated(tmp_path):
    folder = _copy(tmp_path)
    pack_file = folder / "cse-screening.yaml"
    text = pack_file.read_text(encoding="utf-8")
    old = "Record\n          their words as closely as you can."
    assert old in text
    pack_file.write_text(text.replace(old, "Record\n          their own words.", 1), encoding="utf-8")
    problems = _codes(folder)
    where = "indicators.disclosed_exploitation.help"
    assert ("E_TRANSLATION_STALE", "translations/cy/cse-screening.yaml", where) in problems
    assert ("E_TRANSLATION_MISSING", "translations/cy/cse-screening.yaml", where) in problems
    assert len({p[2] for p in problems}) == 1  # that text only; the others still apply
    form = load_form_pack(folder, language="cy")["cse-screening"]
    assert "Record their own words. Current:" in form.indicator("disclosed_exploitation").help  # English, not stale
    assert form.indicator("exchange_sex").help != load_form_pack(folder)["cse-screening"].indicator(
        "exchange_sex").help


@pytest.mark.parametrize(("change", "expected"), [
    (lambda d: d["texts"].update({"indicators.no_such.label": {"en": "x", "cy": "y"}}),
     ("E_TRANSLATION_UNKNOWN", "indicators.no_such.label")),
    (lambda d: d["texts"].pop("title"), ("E_TRANSLATION_MISSING", "title")),
    (lambda d: d["texts"]["title"].update({"cy": " "}), ("E_BAD_VALUE", "texts.title")),
    (lambda d: d["texts"]["levels.high.actions"]["cy"].pop(), ("E_BAD_VALUE", "texts.levels.high.actions")),
    (lambda d: d["texts"]["title"].update({"fr": "x"}), ("E_UNKNOWN_KEY", "texts.title.fr")),
    (lambda d: d.update({"form": "cse-risk-assessment"}), ("E_TRANSLATION_ID", "form")),
    (lambda d: d.pop("prepared_by"), ("E_MISSING", "prepared_by")),
])
def test_a_bad_translation_file_is_refused_with_its_place(tmp_path, change, expected):
    folder = _copy(tmp_path)
    _edit(folder / "translations" / "cy" / "cse-screening.yaml", change)
    assert expected in [(code, where) for code, _file, where in _codes(folder)]


def test_a_translation_of_a_form_the_pack_has_not_is_refused(tmp_path):
    folder = _copy(tmp_path)
    shutil.copy(folder / "translations" / "cy" / "cse-screening.yaml", folder / "translations" / "cy" / "x.yaml")
    assert ("E_TRANSLATION_ID", "form") in [(c, w) for c, _f, w in _codes(folder)]


def test_a_pack_without_welsh_is_english_only_and_still_valid(tmp_path):
    folder = _copy(tmp_path)
    (folder / "translations" / "cy" / "cse-risk-assessment.yaml").unlink()
    assert "cse-risk-assessment" not in check_translations(folder)["cy"]
    assert load_form_pack(folder, language="cy")["cse-risk-assessment"].translation is None


def test_the_welsh_language_check_flags_welsh_notes_in_either_interface(pack):
    rules = [r for r in pack["cse-screening"].language_check if r.language == "cy"]
    assert len(rules) >= 8
    data = load_case_file(json.dumps(case({"out_late": concern(
        note="Mae hi'n rhoi ei hun mewn perygl.")})).encode()).to_input()
    flags = check_assessment(pack["cse-screening"], data)
    assert [f.where for f in flags] == ["out_late"] and flags[0].suggestion in {r.suggestion for r in rules}
    from screening_app.domain.language import check_text

    every = pack["cse-screening"].language_check
    found = check_text("Aeth hi o'i gwirfodd gyda'i chariad, dyn 24 oed.", every)
    assert [f.phrase for f in found] == ["o'i gwirfodd", "chariad"]  # a mutated word; an adult named in Welsh
    assert [f.phrase for f in check_text("Mae'n siarad â'i chariad yn yr ysgol.", every)] == []  # no adult
    assert all(f.suggestion in {r.suggestion for r in rules} for f in found)


def _cli(*args: str):
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "screening_app", *args], capture_output=True, text=True, timeout=120)


def test_forms_validate_lists_the_welsh_and_names_each_stale_text(tmp_path):
    ok = _cli("forms", "validate")
    assert ok.returncode == 0, ok.stderr
    for name in (*PACKS, f"level-schemes/{WEST_SUSSEX}"):
        line = next(line for line in ok.stdout.splitlines() if line.startswith(f"ok: {name} in Welsh (cy)"))
        assert "prepared by" in line and "needs review by a Welsh-language reviewer before use" in line
    folder = _copy(tmp_path)
    _edit(folder / "translations" / "cy" / "cse-risk-assessment.yaml",
          lambda d: d["texts"].update({"reflective_prompts.nothing": {"en": "x", "cy": "y"}}))
    bad = _cli("forms", "validate", str(folder))
    assert bad.returncode == 2 and bad.stdout == ""
    assert bad.stderr.splitlines() == ["translations/cy/cse-risk-assessment.yaml: reflective_prompts.nothing: is not a "
                                       "text of the form pack [E_TRANSLATION_UNKNOWN]"]


def test_score_in_welsh_words_the_packs_text_and_keeps_the_contract(welsh):
    path = str(SCENARIOS[0].with_name("v03-classic-pattern.json"))
    english, cy = (json.loads(_cli("score", path, *extra).stdout) for extra in ((), ("--lang", "cy")))
    form = welsh[english["form_id"]]
    assert [f["description"] for f in cy["floor_details"]] == [
        next(r.description for r in form.scoring.floors if r.id == f) for f in cy["floors"]]
    assert cy["actions"] == list(getattr(form.levels, cy["final_level"]).actions)
    assert cy["contributions"][0]["label"] == form.indicator(cy["contributions"][0]["indicator_id"]).label
    assert cy["floor_details"] != english["floor_details"]


def test_a_value_filled_in_is_never_filled_again():
    from screening_app.words import fill

    assert fill("Discussed with %1 on %2: %3.", "R %2 Patel", "1 May", "referred") == \
        "Discussed with R %2 Patel on 1 May: referred."
    assert fill("%1 at 100%", 5) == "5 at 100%" and fill("%3 stays", "a") == "%3 stays"
