"""``screening-app sar REF --pdf FILE``: the contract (issue 16). Every marked passage withheld
(the command line has no redaction step, and says so); refusals are one line on stderr, exit 2,
nothing written. Every child invented."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from screening_app.clock import FixedClock
from tests.cli.conftest import run
from tests.cli.test_export_cli import snapshot

pytestmark = pytest.mark.usefixtures("fast_kdf")
PASSPHRASE = "tangerine otter carousel lamp"


@pytest.fixture
def seeded(tmp_path: Path, monkeypatch, capsys) -> tuple[Path, str]:
    from screening_app.cli import sar_cmd
    from screening_app.services.records import RecordsService
    from screening_app.services.vault_service import open_vault
    from tests.services import sar_case

    monkeypatch.setattr(sar_cmd, "clock", lambda: FixedClock(date(2026, 11, 22)))
    folder = tmp_path / "vault"
    assert run(monkeypatch, capsys, ["vault", "create", "--data-dir", str(folder), "--passphrase-stdin"],
               PASSPHRASE)[0] == 0
    with open_vault(folder, PASSPHRASE) as vault:
        return folder, sar_case.seed(RecordsService(vault, "R Patel", clock=FixedClock(date(2026, 11, 20)))).reference


def sar(monkeypatch, capsys, folder: Path, reference: str, pdf: Path, *extra: str):
    return run(monkeypatch, capsys, ["sar", reference, "--pdf", str(pdf), "--data-dir", str(folder),
                                     "--passphrase-stdin", *extra], PASSPHRASE)


def test_the_response_withholds_every_marked_passage_and_says_there_is_no_redaction_step(
        seeded, tmp_path: Path, monkeypatch, capsys):
    folder, reference = seeded
    target = tmp_path / "sar.pdf"
    code, out, err = sar(monkeypatch, capsys, folder, reference, target, "--requested", "2026-11-18")
    assert code == 0, err
    assert out.splitlines()[0] == str(target)
    assert "withheld" in out and "no redaction step" in out and "Subject access..." in out
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages).split())
    assert "Kasey" not in text and "Dean Fictitious" not in text and "Olu Neighbourly" not in text
    assert "18 December 2026" in text and "What was withheld and why" in text
    with pytest.raises(SystemExit) as done:
        run(monkeypatch, capsys, ["sar", "--help"])
    assert done.value.code == 0 and "no redaction step" in " ".join(capsys.readouterr().out.split())


@pytest.mark.parametrize("case", ["unknown", "exists", "no_folder", "future", "bad_date"])
def test_refusals_are_one_line_exit_2_and_write_nothing(seeded, tmp_path: Path, monkeypatch, capsys, case):
    folder, reference = seeded
    target = tmp_path / "sar.pdf"
    extra: tuple[str, ...] = ()
    if case == "unknown":
        reference = "CSE-2026-999999"
    elif case == "exists":
        target.write_bytes(b"kept")
    elif case == "no_folder":
        target = tmp_path / "missing" / "sar.pdf"
    elif case == "future":
        extra = ("--requested", "2026-12-01")
    else:
        extra = ("--requested", "18/11/2026")
    before = snapshot(tmp_path)
    code, out, err = sar(monkeypatch, capsys, folder, reference, target, *extra)
    assert (code, out) == (2, ""), err
    assert err.count("\n") == 1 and err.startswith("screening-app: ") and "Traceback" not in err
    assert snapshot(tmp_path) == before
    assert "Kasey" not in err and "Tegan" not in err
