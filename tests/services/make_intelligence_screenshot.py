"""Sample intelligence PDFs (SPEC 12) from an invented vault, for looking at: a person with a
record joined into it and three children (one named), graded with conditions; a place; a group.
Page 1 of the person's is saved small as docs/screenshots/intelligence-pdf.png (needs pdftoppm).

    .venv/bin/python tests/services/make_intelligence_screenshot.py OUT_DIR [--screenshot]
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from screening_app.clock import FixedClock
from screening_app.domain.contacts import PROFILE_SETTING
from screening_app.domain.intelligence import Grading
from screening_app.domain.loader import load_form_pack
from screening_app.services import vault_service as vs
from screening_app.services.intelligence import IntelligenceService
from screening_app.services.records import RecordsService

ROOT = Path(__file__).parents[2]
SCENARIO = ROOT / "tests" / "data" / "scenarios" / "v03-classic-pattern.json"
PASSPHRASE = "tangerine otter carousel lamp"
FAST_KDF = vs.KdfParams(time_cost=1, memory_kib=8 * 1024)


def _import(records: RecordsService, first: str, on: str, people=(), places=(), groups=(), referrer=None) -> int:
    case = {k: v for k, v in json.loads(SCENARIO.read_text(encoding="utf-8")).items()
            if k not in ("id", "title", "expect")}
    case.update(assessed_on=on, people=list(people), places=list(places), groups=list(groups),
                details={"referrer": referrer} if referrer else {},
                child={**case["child"], "first_name": first, "last_name": "Invented"})
    return records.get(records.import_case(case).id).child_id


def main(out: Path, screenshot: bool) -> None:
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp())
    vault, _ = vs.create_vault(folder / "records", PASSPHRASE, kdf=FAST_KDF)
    try:
        records = RecordsService(vault, "sample", forms=load_form_pack(), clock=FixedClock(datetime(2026, 11, 22, 10)))
        teacher = {"name": "Jo Teacher", "role": "DSL", "organisation": "Northfield Academy"}
        records.set_setting(PROFILE_SETTING, {**teacher, "phone": "01632 960001", "email": "dsl@northfield.invalid"})
        service = IntelligenceService(records)
        _import(records, "Amy", "2026-10-01", people=[{
            "name": "Dan", "aliases": ["D-Man"], "approx_age": 24, "sex": "male", "relationship": "adult of concern",
            "vehicles": [{"registration": "AB12 CDE", "make": "Ford", "colour": "grey"}],
            "how_known": "Amy said he drives her home from school on Fridays; seen by staff at the gate"}],
            places=[{"name": "the flat", "address": "Flat 3, 12 Mill Rd", "postcode": "ZZ1 4QQ",
                     "type": "house_or_flat"}],
            groups=[{"name": "the Mill Rd lot", "members": ["Jay", "Kez", "Amy"],
                     "description": "Older boys who wait by the shops after school; Amy is often with them."}],
            referrer=teacher)
        dan = service.records_list()[0]
        bea = _import(records, "Bea", "2026-10-15", people=[{
            "name": "Dan", "context": dan.uuid, "relationship": "boyfriend", "phones": ["07700 900123"],
            "how_known": "seen picking Bea up at the shops in the grey Ford"}],
            referrer={"name": "Kim Worker", "role": "Social worker", "organisation": "Northshire Children's Services"})
        _import(records, "Cat", "2026-11-01", people=[{
            "name": "Danny", "vehicles": [{"registration": "XY19 ZZZ", "make": "BMW", "colour": "black"}],
            "handles": ["@dman_07"], "how_known": "Cat and Amy met him at a party at the flat"}])
        danny = next(r for r in service.records_list() if r.name == "Danny")
        records.contexts.merge(dan.id, danny.id)
        place = next(r for r in service.records_list() if r.kind == "place")
        group = next(r for r in service.records_list() if r.kind == "group")
        service.export(dan.id, out / "intelligence-person.pdf", named={bea},
                       grading=Grading("2", "B", "C", "Not to be disclosed to the subject or to Amy's family."))
        service.export(place.id, out / "intelligence-place.pdf")
        service.export(group.id, out / "intelligence-group.pdf")
    finally:
        vault.close()
        shutil.rmtree(folder)
    if screenshot:
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", "-f", "1", "-l", "1",
                        str(out / "intelligence-person.pdf"), str(ROOT / "docs" / "screenshots" / "intelligence-pdf")],
                       check=True)
    print("\n".join(str(p) for p in sorted(out.glob("intelligence-*.pdf"))))


if __name__ == "__main__":
    main(Path(sys.argv[1]), "--screenshot" in sys.argv[2:])
