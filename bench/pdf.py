"""Benchmark the referral PDF: warm render of a typical screening and of a long full
assessment, and the cold time of a fresh process rendering one screening.

Run: ``.venv/bin/python bench/pdf.py`` from the repository root. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import copy
import json
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "referral"
KEYS = ("form", "assessed_on", "child", "people", "answers", "details")
RUNS = 7


def view_for(raw: dict):
    from screening_app.domain.answers import parse_input
    from screening_app.domain.loader import load_form_pack
    from screening_app.domain.referral import build_referral, record_fingerprint
    from screening_app.domain.scoring import score

    form = load_form_pack()[raw["form"]]
    data = parse_input({k: raw[k] for k in KEYS if k in raw})
    return build_referral(
        form,
        data,
        score(form, data),
        reference="CSE-2026-0042",
        fingerprint=record_fingerprint(json.dumps(raw)),
        generated_at=datetime(2026, 11, 2, 9, 30),
    )


def long_assessment() -> dict:
    """The full-assessment fixture made long: notes of a few paragraphs, ten rows in each table."""
    raw = json.loads((DATA / "full-assessment.json").read_text(encoding="utf-8"))
    raw.pop("override", None)
    paragraph = "Invented chronology entry: seen at the address with two adults, reported by the youth worker. " * 6
    for answer in raw["answers"].values():
        if answer.get("note"):
            answer["note"] = "\n".join([paragraph] * 3)
    for key, value in raw["details"].items():
        if isinstance(value, list):
            raw["details"][key] = [copy.deepcopy(value[i % len(value)]) for i in range(10)]
    raw["details"]["analysis"]["facts"] = "\n".join([paragraph] * 8)
    raw["details"]["analysis"]["opinion"] = "\n".join([paragraph] * 6)
    return raw


def warm(raw: dict) -> dict:
    from screening_app.reporting import render_referral

    view = view_for(raw)
    pdf = render_referral(view)
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        render_referral(view)
        times.append(time.perf_counter() - start)
    pages = pdf.count(b"/Type /Page\n")
    return {"warm_ms_median": round(sorted(times)[RUNS // 2] * 1000, 1), "pages": pages, "bytes": len(pdf)}


def cold() -> float:
    code = (
        "import sys, json; sys.path.insert(0, 'bench'); import pdf; "
        "from screening_app.reporting import render_referral; "
        "render_referral(pdf.view_for(json.load(open('tests/data/referral/screening.json'))))"
    )
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
    return round((time.perf_counter() - start) * 1000, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.parse_args()
    screening = json.loads((DATA / "screening.json").read_text(encoding="utf-8"))
    print(
        json.dumps(
            {
                "screening": warm(screening),
                "long_full_assessment": warm(long_assessment()),
                "cold_process_ms_screening": cold(),
            }
        )
    )


if __name__ == "__main__":
    main()
