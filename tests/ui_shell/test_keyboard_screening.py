"""A whole screening, keyboard only, through the real main window on a real encrypted vault: the
script of ``bench/keystrokes.py`` (every key sent to the focused widget, Tab pressed until the focus
reaches a field), then the stored record read back. The facts are recorded once in the chronology
and ticked as evidence; nothing is clicked and no value is set directly."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from screening_app.domain.loader import load_form_pack
from screening_app.services import vault_service as vs
from screening_app.services.chronology import ChronologyService
from screening_app.services.records import RecordsService

BENCH = Path(__file__).resolve().parents[2] / "bench"


def load_bench():
    spec = importlib.util.spec_from_file_location("bench_keystrokes", BENCH / "keystrokes.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_screening_by_keyboard_alone(qapp, tmp_path: Path):
    bench = load_bench()
    scenario = json.loads((BENCH / "data" / "keystrokes-screening.json").read_text(encoding="utf-8"))
    folder = tmp_path / "records"
    driver = bench.drive(folder, scenario)

    assert driver.nav_keys <= bench.GOAL, driver.kinds  # the goal, counted, not timed
    typed = sum(len(f["what"]) for f in scenario["facts"])
    assert driver.characters < typed * 2.5  # each fact typed once, plus the short answers
    assert driver.level == "high"

    vault = vs.open_vault(folder, bench.PASSPHRASE)
    try:
        records = RecordsService(vault, "test", load_form_pack())
        child = next(c for c in records.list(limit=10).items if c.child_name.startswith("Tegan"))
        assessment = records.get(child.id)
        assert str(getattr(assessment.status, "value", assessment.status)) == "completed"
        answers = json.loads(assessment.input_json)["answers"]
        assert answers["looked_after"]["answer"] == "yes"  # from the child's details, not typed again
        assert "note" not in answers["missing_overnight"] or not answers["missing_overnight"]["note"]
        entries = ChronologyService(records).for_child(assessment.child_id)
        assert sorted(e.entry.what for e in entries) == sorted(f["what"] for f in scenario["facts"])
        assert not ChronologyService(records).not_yet_assessed(assessment.child_id)  # every fact cited
        by_text = {e.entry.what: str(e.entry.id) for e in entries}
        vodka = by_text[next(f["what"] for f in scenario["facts"] if f["id"] == "vodka")]
        assert vodka in answers["supplied_substances"]["events"]
        assert vodka in answers["older_or_controlling_person"]["events"]
    finally:
        vault.close()
