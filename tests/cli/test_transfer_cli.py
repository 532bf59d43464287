"""``screening-app transfer send / receive / confirm / list`` between two real vaults: the receipt
read back by phone, refusals with their exit codes and one line on stderr, nothing written on a
refusal. The case is invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from screening_app.cli import transfer_cmd
from tests.cli.conftest import run

pytestmark = pytest.mark.usefixtures("fast_kdf")
PASSPHRASE = "tangerine otter carousel lamp"
CASE = Path(__file__).parents[1] / "data" / "scenarios" / "v14-chronology-events.json"


@pytest.fixture
def two(tmp_path: Path, monkeypatch, capsys, clock) -> tuple[Path, Path, str, str]:
    """Vault A with one child (its reference), vault B (its recipient)."""
    monkeypatch.setattr(transfer_cmd, "clock", lambda: clock)
    a, b = tmp_path / "a", tmp_path / "b"
    for folder in (a, b):
        assert run(monkeypatch, capsys, ["vault", "create", "--data-dir", str(folder), "--passphrase-stdin"],
                   PASSPHRASE)[0] == 0
    case = json.loads(CASE.read_text(encoding="utf-8"))
    case["child"].update(first_name="Tegan", last_name="Invented")
    named = tmp_path / "case.json"
    named.write_text(json.dumps(case), encoding="utf-8")
    code, reference, _ = run(monkeypatch, capsys, ["import", str(named), "--data-dir", str(a), "--passphrase-stdin"],
                             PASSPHRASE)
    assert code == 0
    code, recipient, _ = run(monkeypatch, capsys, ["identity", "--data-dir", str(b), "--passphrase-stdin"],
                             PASSPHRASE)
    return a, b, reference.strip(), recipient.strip()


def _t(monkeypatch, capsys, folder: Path, *args: str, secrets: tuple[str, ...] = (PASSPHRASE,)):
    return run(monkeypatch, capsys, ["transfer", *args, "--data-dir", str(folder), "--passphrase-stdin"], *secrets)


def test_send_receive_confirm_list(two, tmp_path: Path, monkeypatch, capsys):
    a, b, reference, recipient = two
    bundle = tmp_path / "tegan.cse-transfer"
    code, out, err = _t(monkeypatch, capsys, a, "send", reference, "--to", str(bundle), "--recipient", recipient)
    assert code == 0 and err == "" and out.splitlines()[0] == str(bundle)
    receipt = out.splitlines()[1].split()[2]
    assert oct(bundle.stat().st_mode & 0o777) == "0o600" and b"Tegan" not in bundle.read_bytes()

    code, out, _ = _t(monkeypatch, capsys, b, "receive", str(bundle))
    assert code == 0 and "added: 1 child, 1 assessment, 1 version, 3 chronology entries" in out
    assert f"receipt code: {receipt}" in out
    code, out, _ = _t(monkeypatch, capsys, b, "receive", str(bundle))
    assert code == 0 and "already received: nothing was added" in out
    code, out, _ = run(monkeypatch, capsys, ["list", "--data-dir", str(b), "--passphrase-stdin"], PASSPHRASE)
    assert "Tegan Invented" in out

    code, out, _ = _t(monkeypatch, capsys, a, "list", "--json")
    assert [(t["direction"], t["status"]) for t in json.loads(out)] == [("sent", "sent")]
    assert _t(monkeypatch, capsys, a, "confirm", receipt.lower())[:2] == (0, "receipt confirmed\n")
    code, out, err = _t(monkeypatch, capsys, a, "confirm", receipt)
    assert (code, out) == (2, "") and err.count("\n") == 1
    code, out, _ = _t(monkeypatch, capsys, a, "list", "--json")
    assert [t["status"] for t in json.loads(out)] == ["received"]


def test_a_one_off_passphrase(two, tmp_path: Path, monkeypatch, capsys):
    a, b, reference, _recipient = two
    bundle = tmp_path / "one-off.cse-transfer"
    one_off = "copper violin harbour 58"
    code, _, err = _t(monkeypatch, capsys, a, "send", reference, "--to", str(bundle), "--passphrase-recipient",
                      secrets=(PASSPHRASE, one_off, one_off))
    assert code == 0, err
    code, _, err = _t(monkeypatch, capsys, b, "receive", str(bundle), "--passphrase-recipient",
                      secrets=(PASSPHRASE, "a wrong one entirely"))
    assert code == 3 and err.count("\n") == 1
    assert _t(monkeypatch, capsys, b, "receive", str(bundle), "--passphrase-recipient",
              secrets=(PASSPHRASE, one_off))[0] == 0


def test_refusals_have_their_exit_codes_and_write_nothing(two, tmp_path: Path, monkeypatch, capsys):
    a, b, reference, recipient = two
    bundle = tmp_path / "x.cse-transfer"
    cases = [
        (["send", "CSE-2099-999999", "--to", str(bundle), "--recipient", recipient], 2),
        (["send", reference, "--to", str(bundle)], 2),
        (["send", reference, "--to", str(bundle), "--recipient", "age1nope"], 2),
        (["send", reference, "--to", str(tmp_path / "no-folder" / "x"), "--recipient", recipient], 2),
    ]
    for args, exit_code in cases:
        code, out, err = _t(monkeypatch, capsys, a, *args)
        assert (code, out) == (exit_code, "") and err.count("\n") == 1, args
        assert not bundle.exists()
    assert _t(monkeypatch, capsys, a, "send", reference, "--to", str(bundle), "--recipient", recipient)[0] == 0
    code, _, err = _t(monkeypatch, capsys, a, "send", reference, "--to", str(bundle), "--recipient", recipient)
    assert code == 2 and "already there" in err

    data = bundle.read_bytes()
    changed = tmp_path / "changed"
    changed.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))
    for path, exit_code in ((changed, 4), (tmp_path / "missing", 2), (CASE, 2)):
        code, out, err = _t(monkeypatch, capsys, b, "receive", str(path))
        assert (code, out) == (exit_code, "") and err.count("\n") == 1, path
    code, out, _ = run(monkeypatch, capsys, ["list", "--data-dir", str(b), "--passphrase-stdin"], PASSPHRASE)
    assert out.count("\n") == 1  # the header only: nothing was received
    code, _, err = _t(monkeypatch, capsys, a, "receive", str(bundle))  # sent to B, not to A
    assert code == 3 and err.count("\n") == 1


def test_the_readable_pdf_route_reads_as_a_summary_and_imports_into_a_third_vault(
        two, tmp_path: Path, monkeypatch, capsys):
    from pypdf import PdfReader

    a, b, reference, _recipient = two
    pdf = tmp_path / "tegan-transfer.pdf"
    password = "copper violin harbour 58"
    code, out, err = _t(monkeypatch, capsys, a, "send", reference, "--pdf", str(pdf),
                        secrets=(PASSPHRASE, password, password))
    assert code == 0, err
    receipt = out.splitlines()[1].split()[2]
    data = pdf.read_bytes()
    assert b"Tegan" not in data and oct(pdf.stat().st_mode & 0o777) == "0o600"
    reader = PdfReader(pdf)
    assert reader.is_encrypted and reader.decrypt(password)
    first = reader.pages[0].extract_text()
    assert first.index("Transfer of a child protection file") < first.index("Tegan Invented")
    assert receipt in first and "5 school" in first and "Receipt code" in first
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert reference in text and "Chronology" in text and len(reader.pages) >= 3  # the summary, then the referral

    plain = tmp_path / "referral.pdf"
    assert run(monkeypatch, capsys, ["export", reference, "--pdf", str(plain), "--data-dir", str(a),
                                     "--passphrase-stdin"], PASSPHRASE)[0] == 0
    code, out, err = _t(monkeypatch, capsys, b, "receive", str(plain), secrets=(PASSPHRASE, password))
    assert code == 2 and "holds no transfer file" in err and err.count("\n") == 1
    code, out, err = _t(monkeypatch, capsys, b, "receive", str(pdf), secrets=(PASSPHRASE, "not the password at all"))
    assert code == 3 and err.count("\n") == 1
    code, out, err = _t(monkeypatch, capsys, b, "receive", str(pdf), secrets=(PASSPHRASE, password))
    assert code == 0 and "added: 1 child, 1 assessment" in out and f"receipt code: {receipt}" in out, err
    code, out, _ = _t(monkeypatch, capsys, b, "receive", str(pdf), secrets=(PASSPHRASE, password))
    assert code == 0 and "already received: nothing was added" in out
    assert _t(monkeypatch, capsys, a, "confirm", receipt)[:2] == (0, "receipt confirmed\n")


def test_a_transfer_pdf_needs_a_long_password_and_no_recipient(two, tmp_path: Path, monkeypatch, capsys):
    a, _b, reference, recipient = two
    pdf = tmp_path / "x.pdf"
    code, _, err = _t(monkeypatch, capsys, a, "send", reference, "--pdf", str(pdf),
                      secrets=(PASSPHRASE, "short", "short"))
    assert code == 2 and "at least 12 characters" in err and not pdf.exists()
    code, _, err = _t(monkeypatch, capsys, a, "send", reference, "--pdf", str(pdf), "--recipient", recipient)
    assert code == 2 and "no --recipient" in err and not pdf.exists()
    code, _, err = _t(monkeypatch, capsys, a, "send", reference)
    assert code == 2 and "--to FILE" in err


def test_a_signed_receipt_file_confirms_the_transfer_once(two, tmp_path: Path, monkeypatch, capsys):
    """The receiving app writes a receipt the sender's app confirms: no code to read out, nothing of
    the child in it, readable only by the sender, refused when changed or sent to the wrong vault."""
    a, b, reference, recipient = two
    bundle, receipt = tmp_path / "tegan.cse-transfer", tmp_path / "receipt.cse-transfer"
    assert _t(monkeypatch, capsys, a, "send", reference, "--to", str(bundle), "--recipient", recipient)[0] == 0
    taken = tmp_path / "taken"
    taken.write_bytes(b"x")
    code, out, err = _t(monkeypatch, capsys, b, "receive", str(bundle), "--receipt", str(taken))
    assert (code, out) == (2, "") and "already there" in err and err.count("\n") == 1
    code, out, _ = run(monkeypatch, capsys, ["list", "--data-dir", str(b), "--passphrase-stdin"], PASSPHRASE)
    assert "Tegan" not in out  # refused before anything was received

    code, out, err = _t(monkeypatch, capsys, b, "receive", str(bundle), "--receipt", str(receipt))
    assert code == 0 and f"receipt file: {receipt}" in out, err
    data = receipt.read_bytes()
    assert oct(receipt.stat().st_mode & 0o777) == "0o600" and b"Tegan" not in data
    code, out, err = _t(monkeypatch, capsys, b, "confirm", "--file", str(receipt))
    assert (code, out) == (3, "") and "not sent to this vault" in err  # only the sender can open it

    changed = tmp_path / "changed"
    changed.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))
    assert _t(monkeypatch, capsys, a, "confirm", "--file", str(changed))[0] == 4
    assert _t(monkeypatch, capsys, a, "confirm", "--file", str(bundle))[0] == 3  # a child's file, not a receipt
    code, out, _ = _t(monkeypatch, capsys, a, "list", "--json")
    assert [t["status"] for t in json.loads(out)] == ["sent"]  # nothing confirmed by a refusal

    code, out, err = _t(monkeypatch, capsys, a, "confirm", "--file", str(receipt))
    assert code == 0 and out.startswith("receipt confirmed (signed by the receiver with fingerprint "), err
    assert _t(monkeypatch, capsys, a, "confirm", "--file", str(receipt))[0] == 2  # once
    code, out, _ = _t(monkeypatch, capsys, a, "list", "--json")
    assert [t["status"] for t in json.loads(out)] == ["received"]
    code, out, err = _t(monkeypatch, capsys, a, "confirm")
    assert (code, out) == (2, "") and "receipt code" in err
