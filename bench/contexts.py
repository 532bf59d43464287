"""Contexts benchmark (issue 13): prints its figures at 100,000 assessments with 20,000 people and
places of concern linked to the children.

Run: ``python bench/contexts.py [--assessments N] [--contexts M] [--dir FOLDER]``.
Targets: the offers while typing a person, car or phone <= 20 ms at the 99th percentile; a
child's links <= 20 ms; the whole Patterns list <= 200 ms; the process under 200 MB.
The vault is filled with ``bench/vault.py``'s fast inserts, then the contexts through the
storage class (so their keys are normalised as the app does it). A fast KDF: unlock is not
measured here.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from vault import FIRST, _ms, _percentile, populate

from screening_app.domain.answers import PersonOfConcern, PlaceOfConcern, Vehicle
from screening_app.services.contexts import ContextsService, person_keys, place_keys
from screening_app.storage import keyslots
from screening_app.storage.db import transaction
from screening_app.storage.vault import Vault

PASSPHRASE = "benchmark harbour lantern seventy"
LETTERS = "ABCDEFGHJKLMNOPRSTUVWXY"
STREETS = ["Mill Road", "High Street", "Station Rd", "Park Avenue", "Church Lane", "Elm Grove"]


def _registration(rng: random.Random) -> str:
    return f"{rng.choice(LETTERS)}{rng.choice(LETTERS)}{rng.randint(10, 29)} {''.join(rng.sample(LETTERS, 3))}"


def add_contexts(vault: Vault, children: int, count: int, rng: random.Random) -> None:
    """``count`` people and places, most linked to one child and some to two or three; identifiers
    drawn from pools a little smaller than the records, so that some are shared (by a few)."""
    service = ContextsService(vault.connection, "bench")
    cars = [_registration(rng) for _ in range(count)]
    phones = [f"07700 9{rng.randint(0, 99999):05d}" for _ in range(count * 2)]
    with transaction(vault.connection):
        for n in range(count):
            if n % 4 == 3:
                address = f"Flat {n % 9}, {rng.randint(1, 300)} {rng.choice(STREETS)}"
                postcode = f"ZZ{rng.randint(1, 9)} {rng.randint(1, 9)}QQ"
                place = PlaceOfConcern(name=f"place {n}", address=address, postcode=postcode, type="house_or_flat")
                context_id = service.store.insert("place", place.model_dump(exclude_none=True), place_keys(place))
            else:
                person = PersonOfConcern(name=f"{rng.choice(FIRST)}", approx_age=rng.randint(16, 50),
                                         phones=(rng.choice(phones),),
                                         vehicles=(Vehicle(registration=rng.choice(cars)),) if n % 2 else ())
                context_id = service.store.insert("person", person.model_dump(mode="json", exclude_defaults=True),
                                                  person_keys(person))
            for _ in range(1 if rng.random() < 0.85 else rng.randint(2, 3)):  # most are known to one child
                service.store.insert_link(context_id, rng.randint(1, children), None, "2026-11-01")
    vault.checkpoint()


def measure(folder: Path, assessments: int, contexts: int) -> dict:
    rng = random.Random(13)
    report: dict = {"assessments": assessments, "contexts": contexts}
    if folder.exists():  # --dir given again: the same vault, measured again (filling takes minutes)
        report["populate_s"] = "reused"
    else:
        keyslots_kdf = keyslots.KdfParams(time_cost=1, memory_kib=8 * 1024)
        vault, _ = Vault.create(folder, PASSPHRASE, kdf=keyslots_kdf)
        started = time.perf_counter()
        populate(vault, assessments, rng)
        add_contexts(vault, max(1, assessments // 2), contexts, rng)
        report["populate_s"] = round(time.perf_counter() - started, 1)
        vault.close()

    with Vault.open(folder, PASSPHRASE) as vault:
        service = ContextsService(vault.connection, "bench")
        started = time.perf_counter()
        service.suggest("Moh")
        report["first_name_offer_ms (loads the names once)"] = _ms(time.perf_counter() - started)
        typing: list[float] = []
        for word in ["AB12 CDE", "07700 912345", "+44 (0)7700 9", "Mohamed", "Danny", "Zoe", "@dman_07", "Oliver"]:
            for end in range(1, len(word) + 1):
                for _ in range(5):
                    started = time.perf_counter()
                    service.suggest(word[:end])
                    typing.append(time.perf_counter() - started)
        report["offer_while_typing_ms"] = {"p50": _ms(statistics.median(typing)), "p99": _ms(_percentile(typing, 0.99)),
                                           "worst": _ms(max(typing)), "target_p99": 20}
        links = []
        for _ in range(300):
            child = rng.randint(1, max(1, assessments // 2))
            started = time.perf_counter()
            service.linked_to(child)
            links.append(time.perf_counter() - started)
        report["child_links_ms"] = {"p50": _ms(statistics.median(links)), "p99": _ms(_percentile(links, 0.99)),
                                    "target": 20}
        runs, again = [], []
        for _ in range(5):
            fresh = ContextsService(vault.connection, "bench")  # nothing cached: the first home view
            started = time.perf_counter()
            found = fresh.patterns()
            runs.append(time.perf_counter() - started)
            started = time.perf_counter()
            fresh.patterns()  # home shown again, nothing linked since
            again.append(time.perf_counter() - started)
        report["patterns_ms"] = {"first_median": _ms(statistics.median(runs)), "first_worst": _ms(max(runs)),
                                 "again_median": _ms(statistics.median(again)), "target": 200}
        report["patterns"] = len(found)
        report["largest_pattern_children"] = max((len(p.children) for p in found), default=0)
        report["home_patterns_panel_ms"] = _panel(vault)
        started = time.perf_counter()
        offers = ContextsService(vault.connection, "bench").possible(frozenset(p.children) for p in found)
        report["possible_links"] = {"ms": _ms(time.perf_counter() - started), "offers": len(offers)}
    report["max_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return report


def _panel(vault: Vault) -> dict:
    """Home's Patterns list as the window fills it (offscreen Qt): the patterns computed afresh,
    then the list's rows with the children's names, as after an unlock."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from screening_app.services.records import RecordsService
    from screening_app.ui.contexts.panels import PatternsPanel

    app = QApplication.instance() or QApplication([])

    class Session:  # what the panel asks of the shell's session
        def __init__(self) -> None:
            self.records = RecordsService(vault, "bench")

        def patterns(self) -> list:
            return self.records.contexts.patterns()

        def child_names(self, child_ids):
            return self.records.child_names(child_ids)

    runs = []
    for _ in range(5):
        panel = PatternsPanel(Session())
        started = time.perf_counter()
        panel.refresh()
        app.processEvents()
        runs.append(time.perf_counter() - started)
        panel.deleteLater()  # deleted by Qt, in Qt's time: not by Python at exit after the application
        app.sendPostedEvents(None, 52)  # QEvent.DeferredDelete
    return {"first_median": _ms(statistics.median(runs)), "first_worst": _ms(max(runs)), "target": 200}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--assessments", type=int, default=100_000)
    parser.add_argument("--contexts", type=int, default=20_000)
    parser.add_argument("--dir", type=Path, help="a folder to keep the vault in, and to measure it again in a later"
                        " run (default: a temporary one)")
    args = parser.parse_args(argv)
    folder = args.dir or Path(tempfile.mkdtemp(prefix="bench-contexts-"))
    try:
        print(json.dumps(measure(folder / "vault", args.assessments, args.contexts), indent=2))
    finally:
        if args.dir is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
