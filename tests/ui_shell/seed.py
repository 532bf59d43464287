"""Invented children and assessments for UI tests, screenshots and the benchmark.

Every name, date and note here is invented. Assessments are completed through
``RecordsService`` so each stored level matches its answers.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

FIRST = ("Amelia", "Kacper", "Aisha", "Mohammed", "Olivia", "Zara", "Ioana", "Wei", "Leah", "Tyler", "Maya",
         "Bartosz", "Fatima", "Jayden", "Chloe", "Ruby", "Hamza", "Mia", "Ellie", "Andrei", "Nadia", "Kai",
         "Sofia", "Liam", "Imogen", "Yusuf", "Grace", "Daniel", "Layla", "Noah")
LAST = ("Walker", "Nowak", "Khan", "Hussain", "Evans", "Ahmed", "Popescu", "Chen", "Davies", "Hughes",
        "Kowalski", "Begum", "Roberts", "Thompson", "Ionescu", "Wright", "Ali", "Green", "Patel", "Lewis")
NOTE = "Invented note for testing: seen by me in school."
CONCERNS = ("out_late", "school_absence", "phone_secrecy", "missing_overnight", "unexplained_items",
            "older_or_controlling_person", "substance_misuse", "behaviour_change", "unknown_callers",
            "self_harm", "distrust_of_adults", "vehicles_unknown_adults")
VULNERABILITIES = ("looked_after", "domestic_abuse", "unstable_home", "isolated", "previous_abuse")


def invented_case(rng: random.Random, born: date, on: date, form: str = "cse-screening") -> dict[str, Any]:
    answers: dict[str, Any] = {}
    for indicator in rng.sample(CONCERNS, rng.randint(0, 4)):
        answers[indicator] = {"answer": rng.choice(("yes", "possible")), "when": rng.choice(("current", "recent")),
                              "note": NOTE}
    for indicator in rng.sample(VULNERABILITIES, rng.randint(0, 2)):
        answers[indicator] = {"answer": "yes", "note": NOTE}
    return {"form": form, "assessed_on": on.isoformat(), "child": {"date_of_birth": born.isoformat()},
            "answers": answers, "people": []}


def seed_children(records: Any, today: date, count: int = 50, seed: int = 7) -> list[int]:
    """``count`` invented children, each with 1-4 completed screenings and sometimes a draft."""
    from screening_app.services.records import ChildDetails

    rng = random.Random(seed)
    children = []
    for index in range(count):
        born = today - timedelta(days=rng.randint(11 * 365, 17 * 365))
        details = ChildDetails(first_name=FIRST[index % len(FIRST)], last_name=rng.choice(LAST), date_of_birth=born,
                               upn=f"A{800000000000 + index}")
        child_id = records.create_child(details)
        children.append(child_id)
        on = today - timedelta(days=rng.randint(120, 400))
        for _ in range(rng.randint(1, 4)):
            data = invented_case(rng, born, on)
            ref = records.start_assessment(child_id, data["form"], data)
            records.complete(ref.id, data)
            on = min(today, on + timedelta(days=rng.randint(14, 100)))
        if rng.random() < 0.2:
            records.start_assessment(child_id, "cse-screening")
    return children


DISCLOSURE = {"answer": "yes", "when": "current", "note": "Invented: told by the child."}


def correct_first_completed(folder: Any, pack: Any, passphrase: str, reason: str) -> Any:
    """Correct the newest completed assessment in a seeded vault (exchange_sex now a concern) and
    return its summary: two stored versions, the later with ``reason``."""
    import json

    from screening_app.services import vault_service as vs
    from screening_app.services.records import RecordsService, SearchQuery

    vault = vs.open_vault(folder, passphrase)
    try:
        records = RecordsService(vault, "t", pack)
        done = records.search(SearchQuery(status="completed")).items[0]
        data = json.loads(records.get(done.id).input_json)
        data["answers"]["exchange_sex"] = DISCLOSURE
        records.correct(done.id, data, reason)
    finally:
        vault.close()
    return done


def pick_in_picker(monkeypatch: Any, name: str = "Kacper") -> None:
    """The child picker's first tab, as a practitioner would use it: search for ``name``, choose it."""
    from PySide6.QtWidgets import QDialog

    from screening_app.ui.shell.child_picker import ChildPicker

    def pick(self):
        self.search.setText(name)
        self.search_now()
        self.choose()
        return QDialog.DialogCode.Accepted if self.child_id else QDialog.DialogCode.Rejected

    monkeypatch.setattr(ChildPicker, "exec", pick)
