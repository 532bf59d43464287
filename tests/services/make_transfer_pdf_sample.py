"""A sample readable transfer PDF (issue 14) from an invented vault, for looking at: the whole file
of tests/services/transfer_case.py sent with ``send_pdf``. Writes OUT_DIR/transfer.pdf (password
below) and OUT_DIR/transfer-decrypted.pdf (for pdftoppm); with --screenshot, page 1 small as
docs/screenshots/transfer-pdf-summary.png (needs pdftoppm).

    .venv/bin/python tests/services/make_transfer_pdf_sample.py OUT_DIR [--screenshot]
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from screening_app.clock import FixedClock
from screening_app.domain.loader import load_form_pack
from screening_app.services import vault_service as vs
from screening_app.services.export import ExportService
from screening_app.services.records import RecordsService
from screening_app.services.transfer import TransferService
from tests.services.transfer_case import a_whole_file

ROOT = Path(__file__).parents[2]
PASSPHRASE = "tangerine otter carousel lamp"
PASSWORD = "copper violin harbour 58"
FAST_KDF = vs.KdfParams(time_cost=1, memory_kib=8 * 1024)


def main(out: Path, screenshot: bool) -> None:
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp())
    clock = FixedClock(datetime(2026, 11, 22, 10))
    vault, _ = vs.create_vault(folder / "records", PASSPHRASE, kdf=FAST_KDF)
    try:
        records = RecordsService(vault, "R Patel", forms=load_form_pack(), clock=clock)
        child = a_whole_file(records)
        sent = TransferService(vault, "R Patel", clock).send_pdf(child, PASSWORD, ExportService(records))
    finally:
        vault.close()
        shutil.rmtree(folder)
    (out / "transfer.pdf").write_bytes(sent.data)
    reader = PdfReader(io.BytesIO(sent.data))
    reader.decrypt(PASSWORD)
    writer = PdfWriter(clone_from=reader)
    with (out / "transfer-decrypted.pdf").open("wb") as handle:
        writer.write(handle)
    if screenshot:
        shot = ROOT / "docs" / "screenshots" / "transfer-pdf-summary"
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", "-f", "1", "-l", "1",
                        str(out / "transfer-decrypted.pdf"), str(shot)], check=True)
    print(out / "transfer.pdf", f"password: {PASSWORD}", f"receipt code: {sent.receipt_code}", sep="\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]), "--screenshot" in sys.argv[2:])
