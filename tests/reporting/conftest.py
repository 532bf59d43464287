"""Shared helpers for the referral PDF tests: fixtures scored and rendered once per session."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from screening_app.domain.answers import parse_input
from screening_app.domain.loader import load_form_pack
from screening_app.domain.referral import Referral, build_referral, record_fingerprint
from screening_app.domain.schema import Level
from screening_app.domain.scoring import apply_override, score
from screening_app.reporting import render_referral

DATA = Path(__file__).resolve().parents[1] / "data" / "referral"
CASE_KEYS = ("form", "assessed_on", "child", "people", "answers", "events", "details", "also_recorded")
GENERATED = datetime(2026, 11, 2, 9, 30)
LONG_WORD = "Unbroken" * 1250  # 10,000 characters, no space
BIG_NOTE = " ".join(f"Sentence {i} of a long invented chronology, recorded by the worker." for i in range(1500))


def load_case(name: str) -> dict:
    raw = json.loads((DATA / name).read_text(encoding="utf-8"))
    for answer in raw["answers"].values():
        if answer.get("note") == "LONGWORD_PLACEHOLDER":
            answer["note"] = LONG_WORD
        if answer.get("note") == "BIGNOTE_PLACEHOLDER":
            answer["note"] = BIG_NOTE
    return raw


def view_for(raw: dict, forms: Path | None = None, **kwargs) -> Referral:
    pack = load_form_pack(forms)
    data = parse_input({k: raw[k] for k in CASE_KEYS if k in raw})
    form = pack[data.form]
    result = score(form, data)
    if "override" in raw:
        o = raw["override"]
        result = apply_override(
            form, result, Level(o["level"]), o["reason"], o.get("consulted_name"), o.get("consulted_role"), o.get("by")
        )
    options = {
        "reference": "CSE-2026-0042",
        "fingerprint": record_fingerprint(json.dumps(raw)),
        "generated_at": GENERATED,
    }
    options.update(kwargs)
    return build_referral(form, data, result, **options)


def page_texts(pdf: bytes) -> list[str]:
    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", "-raw", "-", "-"], input=pdf, capture_output=True, check=True).stdout
        return out.decode("utf-8").split("\f")[:-1]
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    """Text with runs of whitespace made single spaces, so wrapped lines compare."""
    return " ".join(text.split())


@pytest.fixture(scope="session")
def full_raw() -> dict:
    return load_case("full-assessment.json")


@pytest.fixture(scope="session")
def full_pdf(full_raw) -> bytes:
    return render_referral(view_for(full_raw))


@pytest.fixture(scope="session")
def screening_pdf() -> bytes:
    return render_referral(view_for(load_case("screening.json")))


@pytest.fixture(scope="session")
def hostile_raw() -> dict:
    return load_case("hostile.json")


@pytest.fixture(scope="session")
def hostile_pdf(hostile_raw) -> bytes:
    return render_referral(view_for(hostile_raw))
