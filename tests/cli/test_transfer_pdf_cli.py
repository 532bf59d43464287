"""``screening-app transfer send REF --pdf FILE`` and ``transfer receive FILE.pdf`` between real vaults:
the password as the next line on stdin, refusals as one line on stderr with the bundle route's exit
codes (2 bad input, 3 wrong password, 4 damaged), nothing written or changed on a refusal. Invented."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from screening_app.cli import transfer_cmd
from screening_app.services.records import RecordsService
from screening_app.services.vault_service import open_vault
from tests.cli.conftest import run
from tests.services.transfer_case import a_whole_file

pytestmark = pytest.mark.usefixtures("fast_kdf")
PASSPHRASE = "tangerine otter carousel lamp"
PASSWORD = "copper violin harbour 58"


@pytest.fixture
def vaults(tmp_path: Path, monkeypatch, capsys, clock, pack) -> tuple[Path, Path, str]:
    """Vault A with the invented child's whole file (an assessment's reference); an empty vault B."""
    monkeypatch.setattr(transfer_cmd, "clock", lambda: clock)
    a, b = tmp_path / "a", tmp_path / "b"
    for folder in (a, b):
        assert run(monkeypatch, capsys, ["vault", "create", "--data-dir", str(folder), "--passphrase-stdin"],
                   PASSPHRASE)[0] == 0
    vault = open_vault(a, PASSPHRASE)
    try:
        records = RecordsService(vault, "worker a", pack, clock=clock)
        a_whole_file(records)
        reference = records.list(limit=1).items[0].reference
    finally:
        vault.close()
    return a, b, reference


def _t(monkeypatch, capsys, folder: Path, *args: str, secrets: tuple[str, ...] = (PASSPHRASE,)):
    return run(monkeypatch, capsys, ["transfer", *args, "--data-dir", str(folder), "--passphrase-stdin"], *secrets)


def _received(monkeypatch, capsys, folder: Path) -> int:
    code, out, _ = _t(monkeypatch, capsys, folder, "list", "--json")
    assert code == 0
    return sum(row["direction"] == "received" for row in json.loads(out))


def test_send_then_receive_the_pdf(vaults, tmp_path: Path, monkeypatch, capsys):
    a, b, reference = vaults
    pdf = tmp_path / "tegan-transfer.pdf"
    code, out, err = _t(monkeypatch, capsys, a, "send", reference, "--pdf", str(pdf),
                        secrets=(PASSPHRASE, PASSWORD, PASSWORD))
    assert (code, err) == (0, ""), err
    assert out.splitlines()[0] == str(pdf)
    receipt = re.search(r"receipt code: (\S+)", out).group(1)
    assert oct(pdf.stat().st_mode & 0o777) == "0o600" and b"Tegan" not in pdf.read_bytes()
    reader = PdfReader(io.BytesIO(pdf.read_bytes()))
    assert reader.decrypt(PASSWORD) and receipt in reader.pages[0].extract_text()

    code, out, err = _t(monkeypatch, capsys, b, "receive", str(pdf), secrets=(PASSPHRASE, PASSWORD))
    assert (code, err) == (0, "")
    assert "added: 1 child, 2 assessments, 3 versions, 5 chronology entries, 2 escalations" in out
    assert f"receipt code: {receipt}" in out
    code, out, err = _t(monkeypatch, capsys, b, "receive", str(pdf), secrets=(PASSPHRASE, PASSWORD))
    assert (code, err) == (0, "") and "already received: nothing was added" in out
    assert _received(monkeypatch, capsys, b) == 1
    assert _t(monkeypatch, capsys, a, "confirm", receipt)[:2] == (0, "receipt confirmed\n")


def test_refusals_have_the_bundle_route_s_exit_codes_and_change_nothing(vaults, tmp_path: Path, monkeypatch, capsys):
    a, b, reference = vaults
    pdf = tmp_path / "tegan-transfer.pdf"
    code, _, err = _t(monkeypatch, capsys, a, "send", reference, "--pdf", str(pdf),
                      secrets=(PASSPHRASE, PASSWORD, PASSWORD))
    assert code == 0, err
    data = pdf.read_bytes()
    plain = tmp_path / "referral.pdf"
    assert run(monkeypatch, capsys, ["export", reference, "--pdf", str(plain), "--data-dir", str(a),
                                     "--passphrase-stdin"], PASSPHRASE)[0] == 0
    reader = PdfReader(io.BytesIO(data))
    reader.decrypt(PASSWORD)
    inside = reader.trailer["/Root"]["/Names"]["/EmbeddedFiles"]["/Names"][1].get_object()["/EF"].raw_get("/F")
    head = re.search(rb"[\r\n]%d 0 obj" % inside.idnum, data).end()
    at = data.index(b"stream", head) + 7  # after "stream\n"
    last = at + int(re.search(rb"/Length (\d+)", data[head:at]).group(1)) - 1
    changed, padding = tmp_path / "changed.pdf", tmp_path / "padding.pdf"
    changed.write_bytes(data[:at] + bytes([data[at] ^ 1]) + data[at + 1:])  # the file inside's first byte
    padding.write_bytes(data[:last - 16] + bytes([data[last - 16] ^ 1]) + data[last - 15:])  # its AES padding
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: len(data) // 2])

    cases = [(pdf, "not the password at all", 3, "password"), (changed, PASSWORD, 4, "changed"),
             (padding, PASSWORD, 4, "changed"),
             (plain, PASSWORD, 2, "no transfer file"), (tmp_path / "missing.pdf", PASSWORD, 2, "cannot be read")]
    for path, password, exit_code, words in cases:
        code, out, err = _t(monkeypatch, capsys, b, "receive", str(path), secrets=(PASSPHRASE, password))
        assert (code, out) == (exit_code, ""), (path, err)
        assert err.count("\n") == 1 and words in err, err  # one line: no library warnings on stderr
    code, out, err = _t(monkeypatch, capsys, b, "receive", str(cut), secrets=(PASSPHRASE, PASSWORD))
    assert code in (2, 4) and out == "" and err.count("\n") == 1
    assert _received(monkeypatch, capsys, b) == 0


def test_a_pdf_is_never_written_over_a_file_or_on_bad_input(vaults, tmp_path: Path, monkeypatch, capsys):
    a, _b, reference = vaults
    there = tmp_path / "there.pdf"
    there.write_bytes(b"someone else's file")
    cases = [
        (["send", reference, "--pdf", str(there)], (PASSPHRASE, PASSWORD, PASSWORD), "already there"),
        (["send", "CSE-2099-999999", "--pdf", str(tmp_path / "new.pdf")], (PASSPHRASE, PASSWORD, PASSWORD),
         "no assessment"),
        (["send", reference, "--pdf", str(tmp_path / "new.pdf")], (PASSPHRASE, "short", "short"), "12 characters"),
        (["send", reference, "--pdf", str(tmp_path / "new.pdf")], (PASSPHRASE, PASSWORD, "another one entirely"),
         "differ"),
        (["send", reference, "--pdf", str(tmp_path / "no-folder" / "new.pdf")], (PASSPHRASE, PASSWORD, PASSWORD),
         "does not exist"),
    ]
    for args, secrets, words in cases:
        code, out, err = _t(monkeypatch, capsys, a, *args, secrets=secrets)
        assert (code, out) == (2, "") and err.count("\n") == 1 and words in err, (args, err)
    assert there.read_bytes() == b"someone else's file" and not (tmp_path / "new.pdf").exists()
    code, out, _ = _t(monkeypatch, capsys, a, "list", "--json")
    assert out.strip() == "[]"  # nothing logged as sent
