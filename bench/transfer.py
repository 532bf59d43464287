"""How long moving a large child's file takes (issue 14, "progress for a large file").

One invented child with ASSESSMENTS completed screenings (each corrected once: two versions) and
ENTRIES chronology entries; prints the bundle's size and the time to send it, to receive it into a
second vault, and to make the readable PDF (every assessment's referral pages). Medians of RUNS.

    .venv/bin/python bench/transfer.py [--assessments 40] [--entries 300] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1]))

from screening_app.domain.loader import load_form_pack
from screening_app.services import vault_service as vs
from screening_app.services.chronology import ChronologyService
from screening_app.services.export import ExportService
from screening_app.services.records import ChildDetails, RecordsService
from screening_app.services.transfer import TransferService, identity_card

PASSPHRASE = "tangerine otter carousel lamp"
FAST_KDF = vs.KdfParams(time_cost=1, memory_kib=8 * 1024)


def _screening(day: date, n: int) -> dict:
    return {"form": "cse-screening", "assessed_on": day.isoformat(), "child": {"date_of_birth": "2011-02-01"},
            "details": {}, "people": [{"name": "Dan", "approx_age": 24}],
            "answers": {"missing_overnight": {"answer": "yes", "when": "current",
                                              "note": f"Missing overnight, episode {n}; found at a flat in town."},
                        "unexplained_items": {"answer": "possible", "when": "current",
                                              "note": "New phone; would not say who gave it."}}}


def build(folder: Path, assessments: int, entries: int) -> tuple[vs.Vault, RecordsService, int]:
    vault, _ = vs.create_vault(folder, PASSPHRASE, FAST_KDF)
    records = RecordsService(vault, "bench", load_form_pack())
    child = records.create_child(ChildDetails("Tegan", "Invented", date_of_birth=date(2011, 2, 1)))
    start = date(2025, 1, 6)
    for n in range(assessments):
        data = _screening(start + timedelta(days=7 * n), n)
        ref = records.start_assessment(child, "cse-screening", data)
        records.complete(ref.id, data)
        records.correct(ref.id, data, "a date was typed wrong")
    chronology = ChronologyService(records)
    for n in range(entries):
        chronology.record(child, {"date": (start + timedelta(days=n)).isoformat(), "source": "seen",
                                  "what": f"Seen at the gate getting into a grey car, number {n}; she said it "
                                          "was her cousin. The car was the same as the week before."})
    return vault, records, child


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--assessments", type=int, default=40)
    parser.add_argument("--entries", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp())
    vault, records, child = build(base / "a", args.assessments, args.entries)
    transfer = TransferService(vault, "bench")
    send, receive, pdf, size, pdf_size = [], [], [], 0, 0
    for run in range(args.runs):
        other, _ = vs.create_vault(base / f"b{run}", PASSPHRASE, FAST_KDF)
        started = time.perf_counter()
        sent = transfer.send(child, recipient=identity_card(other).recipient)
        send.append(time.perf_counter() - started)
        size = len(sent.data)
        started = time.perf_counter()
        TransferService(other, "bench").receive(sent.data)
        receive.append(time.perf_counter() - started)
        other.close()
        started = time.perf_counter()
        made = transfer.send_pdf(child, "copper violin harbour 58", ExportService(records))
        pdf.append(time.perf_counter() - started)
        pdf_size = len(made.data)
    vault.close()
    print(f"child's file: {args.assessments} assessments (2 versions each), {args.entries} chronology entries")
    print(f"bundle {size / 1024:.0f} KiB; readable PDF {pdf_size / 1024:.0f} KiB")
    for name, times in (("send (bundle)", send), ("receive (bundle)", receive), ("send as PDF", pdf)):
        print(f"{name:18} median {statistics.median(times) * 1000:7.0f} ms  (runs: "
              + ", ".join(f"{t * 1000:.0f}" for t in times) + ")")
    print(json.dumps({"send_ms": round(statistics.median(send) * 1000), "receive_ms":
                      round(statistics.median(receive) * 1000), "pdf_ms": round(statistics.median(pdf) * 1000)}))


if __name__ == "__main__":
    main()
