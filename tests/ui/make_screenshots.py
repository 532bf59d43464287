"""Screenshots of the wizard's page types at 1366x768 (not a test; run offscreen):

    QT_QPA_PLATFORM=offscreen python tests/ui/make_screenshots.py

A fictional 15-year-old (scenario v03: missing overnight, an older man,
unexplained items) with invented details; saved under docs/screenshots/.
The child exploitation pack's Criminal exploitation page shows a fictional
14-year-old (scenario ce04: exploited sexually and criminally).
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"


def state_for(form) -> dict:
    from screening_app.domain.navigation import new_state

    case = json.loads((ROOT / "tests" / "data" / "scenarios" / "v03-classic-pattern.json").read_text())
    state = new_state(form, date.fromisoformat(case["assessed_on"]))
    state["answers"] = {k: dict(v) for k, v in case["answers"].items()}
    state["answers"]["out_late"] = {
        "answer": "yes", "when": "current",
        "note": "Seen by me: out until 2am most weekends; staff say she is putting herself at risk.",
    }
    state["details"] = {
        "child": {"first_name": "Maja", "last_name": "Invented-Kowalczyk", "date_of_birth": "01/02/2011",
                  "school": "Invented Academy", "gender": "female"},
        "people": [{"name": "'Jay' (alias)", "approx_age": "24", "relationship": "Picks her up from school in a car"}],
    }
    return state


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from screening_app.domain.loader import load_form_pack
    from screening_app.ui.wizard import AssessmentWizard

    app = QApplication.instance() or QApplication(sys.argv)
    form = load_form_pack()["cse-screening"]
    wizard = AssessmentWizard(form, state_for(form), lambda _s: None)
    wizard.resize(1366, 768)
    wizard.show()
    shots = {
        "wizard-child": ("group:child", ""),
        "wizard-section": ("section:missing", "out_late.note"),
        "wizard-people": ("group:people", ""),
        "wizard-review": ("review", ""),
        "wizard-result": ("result", ""),
    }
    OUT.mkdir(parents=True, exist_ok=True)
    for name, (page_id, focus) in shots.items():
        wizard.go(page_id, focus)
        app.processEvents()
        wizard.grab().save(str(OUT / f"{name}.png"))
        print("saved", name)
    combined_pack_shot(app)
    level_scheme_shots(app)
    return 0


def level_scheme_shots(app) -> None:
    """The combined pack following the West Sussex level scheme (one line in cse-screening.yaml)."""
    import tempfile

    from PySide6.QtWidgets import QScrollArea, QWidget

    from screening_app.domain.loader import load_form_pack
    from screening_app.domain.navigation import new_state
    from screening_app.ui.wizard import AssessmentWizard
    from tests.domain.test_level_schemes import scheme_forms

    with tempfile.TemporaryDirectory() as temp:
        form = load_form_pack(scheme_forms(Path(temp) / "forms"))["child-exploitation"]
    case = json.loads((ROOT / "tests" / "data" / "scenarios" / "ce04-sexual-and-criminal.json").read_text())
    state = new_state(form, date.fromisoformat(case["assessed_on"]))
    state["answers"] = {k: dict(v) for k, v in case["answers"].items()}
    state["details"] = {
        "child": {"first_name": "Lena", "last_name": "Invented-Okafor", "date_of_birth": "05/05/2012",
                  "school": "Invented Academy", "gender": "female"},
    }
    state["also_recorded"] = {"harming_others": "Invented: she brought a younger girl to the flat last Friday."}
    wizard = AssessmentWizard(form, state, lambda _s: None)
    wizard.resize(1366, 768)
    wizard.show()
    for name, page in (("wizard-level-scheme-section", "section:criminal"), ("wizard-level-scheme-result", "result")):
        wizard.go(page)
        app.processEvents()
        for area in wizard.findChildren(QScrollArea):  # the level, its meaning and the kinds, at the top
            area.verticalScrollBar().setValue(0)
        app.processEvents()
        wizard.grab().save(str(OUT / f"{name}.png"))
        print("saved", name)
    panel = wizard.findChild(QWidget, "also")
    for area in wizard.findChildren(QScrollArea):
        area.ensureWidgetVisible(panel, 0, 0)
    app.processEvents()
    wizard.grab().save(str(OUT / "wizard-level-scheme-also.png"))
    print("saved wizard-level-scheme-also")


def combined_pack_shot(app) -> None:
    from screening_app.domain.loader import load_form_pack
    from screening_app.domain.navigation import new_state
    from screening_app.ui.wizard import AssessmentWizard

    form = load_form_pack()["child-exploitation"]
    case = json.loads((ROOT / "tests" / "data" / "scenarios" / "ce04-sexual-and-criminal.json").read_text())
    state = new_state(form, date.fromisoformat(case["assessed_on"]))
    state["answers"] = {k: dict(v) for k, v in case["answers"].items()}
    state["answers"]["drug_running"]["note"] = "Seen by me: stopped at the station with a bag she said was 'for Jay'."
    state["details"] = {
        "child": {"first_name": "Lena", "last_name": "Invented-Okafor", "date_of_birth": "05/05/2012",
                  "school": "Invented Academy", "gender": "female"},
        "people": [{"name": "'Jay' (alias)", "approx_age": "19", "relationship": "Says he is her boyfriend"}],
    }
    wizard = AssessmentWizard(form, state, lambda _s: None)
    wizard.resize(1366, 768)
    wizard.show()
    wizard.go("section:criminal", "drug_running.note")
    app.processEvents()
    wizard.grab().save(str(OUT / "wizard-child-exploitation.png"))
    print("saved wizard-child-exploitation")


if __name__ == "__main__":
    sys.exit(main())
