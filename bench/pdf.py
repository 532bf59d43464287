"""Benchmark the referral PDF: warm render of a typical screening and of a long full
assessment, the cold time of a fresh process rendering one screening, and the whole-process
export beside LibreOffice.

The whole-process export is ``screening-app export REF --pdf FILE`` of the long full assessment
(15 pages) from a vault made with the production KDF: Python's start, the passphrase's Argon2 (about
half a second, by design), opening the vault, rendering and writing. Its baseline is LibreOffice
converting a Word referral of the same length (``soffice --headless --convert-to pdf``): the
referral's own text, page for page, as a .docx. Both run in the same loop, interleaved, after one
untimed run each (LibreOffice makes its profile then; Python its bytecode). Issue 18's target is the
export at least twice as fast as LibreOffice, the KDF's own time aside; both ratios are printed.
Without LibreOffice (``soffice`` on PATH) the baseline says so and the rest still runs.

Run: ``.venv/bin/python bench/pdf.py [--runs 7]`` from the repository root. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "referral"
KEYS = ("form", "assessed_on", "child", "people", "answers", "details")
RUNS = 7
PASSPHRASE = "benchmark harbour lantern seventy"
APP = "import sys; from screening_app.launcher import main; sys.exit(main(sys.argv[1:]))"


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


def _timed(args: list[str], env: dict[str, str], stdin: str = "") -> float:
    started = time.perf_counter()
    subprocess.run(args, input=stdin, capture_output=True, text=True, env=env, timeout=120, check=True)
    return time.perf_counter() - started


def word_referral(pdf: Path, docx: Path) -> int:
    """The referral's text as a Word document of the same length: each PDF page's lines as
    paragraphs (7.5 pt, no spacing, 1.27 cm margins), a page break where the PDF has one. Made by
    hand (a .docx is a zip of three XML parts) so the benchmark needs no other library."""
    from xml.sax.saxutils import escape

    import pypdf

    pages = [page.extract_text() or "" for page in pypdf.PdfReader(pdf).pages]
    paragraphs = []
    for number, text in enumerate(pages):
        for line_number, line in enumerate(text.splitlines() or [""]):
            brk = '<w:r><w:br w:type="page"/></w:r>' if number and not line_number else ""
            paragraphs.append(
                '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
                f'{brk}<w:r><w:rPr><w:sz w:val="15"/></w:rPr><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>'
            )
    main_ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{main_ns}"><w:body>'
        + "".join(paragraphs)
        + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="720" w:right="720" w:bottom="720"'
        ' w:left="720" w:header="0" w:footer="0" w:gutter="0"/></w:sectPr></w:body></w:document>'
    )
    package = "http://schemas.openxmlformats.org/package/2006"
    with zipfile.ZipFile(docx, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{package}/content-types">'
            f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        archive.writestr(
            "_rels/.rels",
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{package}/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>',
        )
        archive.writestr("word/document.xml", document)
    return len(pages)


def _pages(pdf: Path) -> int:
    import pypdf

    return len(pypdf.PdfReader(pdf).pages)


def whole_process(runs: int) -> dict:
    from screening_app.services.records import RecordsService
    from screening_app.storage import keyslots
    from screening_app.storage.vault import Vault

    work = Path(tempfile.mkdtemp(prefix="bench-pdf-"))
    try:
        folder = work / "vault"
        vault, _code = Vault.create(folder, PASSPHRASE)  # the production KDF: calibrated
        try:
            reference = RecordsService(vault, "bench").import_case(long_assessment()).reference
            params = vault.slots.slot(keyslots.PASSPHRASE).kdf
        finally:
            vault.close()
        kdf = []
        for _ in range(3):
            started = time.perf_counter()
            keyslots.wipe(keyslots.derive_passphrase_key(PASSPHRASE, params))
            kdf.append(time.perf_counter() - started)
        env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: compiled once, not at every start
        env["PYTHONPYCACHEPREFIX"] = str(work / "bytecode")
        out = work / "referral.pdf"
        app = [sys.executable, "-c", APP, "export", reference, "--pdf", str(out), "--data-dir", str(folder),
               "--passphrase-stdin"]
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        docx = work / "referral.docx"
        _timed(app, env, PASSPHRASE + "\n")
        result: dict = {"app_pages": _pages(out), "kdf_alone_ms": _ms(statistics.median(kdf))}
        office = None
        if soffice:
            word_referral(out, docx)
            profile = (work / "lo-profile").as_uri()
            office = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                      "--outdir", str(work / "lo"), str(docx)]
            _timed(office, env)
            result["libreoffice_pages"] = _pages(work / "lo" / "referral.pdf")
        app_times, office_times = [], []
        for _ in range(runs):
            app_times.append(_timed(app, env, PASSPHRASE + "\n"))
            if office:
                office_times.append(_timed(office, env))
        app_s, kdf_s = statistics.median(app_times), statistics.median(kdf)
        result.update({"app_export_ms": _ms(app_s), "app_export_beyond_kdf_ms": _ms(app_s - kdf_s),
                       "app_export_worst_ms": _ms(max(app_times)), "runs": runs})
        if office:
            office_s = statistics.median(office_times)
            result.update({
                "libreoffice_convert_ms": _ms(office_s),
                "libreoffice_over_app_beyond_kdf": round(office_s / (app_s - kdf_s), 2),
                "libreoffice_over_app_whole": round(office_s / app_s, 2),
                "target_libreoffice_over_app_beyond_kdf_min": 2.0,
            })
        else:
            result["libreoffice_convert_ms"] = "not measured: soffice is not on PATH"
        return result
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=RUNS, help="whole-process runs of each (median)")
    parser.add_argument("--whole-process-only", action="store_true", help="only the export beside LibreOffice")
    args = parser.parse_args()
    if args.whole_process_only:
        print(json.dumps({"whole_process_export": whole_process(args.runs)}, indent=2))
        return
    screening = json.loads((DATA / "screening.json").read_text(encoding="utf-8"))
    print(
        json.dumps(
            {
                "screening": warm(screening),
                "long_full_assessment": warm(long_assessment()),
                "cold_process_ms_screening": cold(),
                "whole_process_export": whole_process(args.runs),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
