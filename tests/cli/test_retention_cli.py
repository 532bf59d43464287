"""``screening-app retention`` (issue 16): the records due at date of birth + 25 years, kept with
a reason and a next date, or deleted; bad input refused with one line and nothing changed. The
clock is fixed in 2036; the invented child was born on 1 February 2011."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from screening_app.cli import retention_cmd
from screening_app.clock import FixedClock
from tests.cli.conftest import run

pytestmark = pytest.mark.usefixtures("fast_kdf")
PASSPHRASE = "tangerine otter carousel lamp"
CASE = Path(__file__).parents[1] / "data" / "scenarios" / "v03-classic-pattern.json"


def _c(monkeypatch, capsys, folder: Path, *args: str):
    return run(monkeypatch, capsys, [*args, "--data-dir", str(folder), "--passphrase-stdin"], PASSPHRASE)


def test_due_kept_deleted_and_bad_input_refused(tmp_path: Path, monkeypatch, capsys):
    monkeypatch.setattr(retention_cmd, "clock", lambda: FixedClock(datetime(2036, 3, 1, 9, 0)))
    folder = tmp_path / "vault"
    assert _c(monkeypatch, capsys, folder, "vault", "create")[0] == 0
    code, out, err = _c(monkeypatch, capsys, folder, "import", str(CASE))
    assert code == 0, err
    reference = out.split()[0]
    code, out, _ = _c(monkeypatch, capsys, folder, "retention", "--json", "--on", "2036-01-31")
    assert code == 0 and json.loads(out)["due"] == [] and json.loads(out)["rule"]["years"] == 25
    code, out, _ = _c(monkeypatch, capsys, folder, "retention", "--json")
    (due,) = json.loads(out)["due"]
    assert due["review_due"] == "2036-02-01" and due["reference"] == reference

    for bad, says in ((["--keep", reference, "--reason", "police enquiry"], "--until"),
                      (["--keep", reference, "--until", "2030-01-01", "--reason", "police enquiry"], "after today"),
                      (["--keep", "CSE-2036-999999", "--until", "2040-01-01", "--reason", "x"], "no assessment"),
                      (["--keep", reference, "--until", "1 Jan 2040", "--reason", "x"], "not a date"),
                      (["--rule", "20"], "--policy")):
        code, out, err = _c(monkeypatch, capsys, folder, "retention", *bad)
        assert code == 2 and out == "" and says in err and err.count("\n") == 1, (bad, err)
    assert len(json.loads(_c(monkeypatch, capsys, folder, "retention", "--json")[1])["due"]) == 1  # nothing changed

    code, out, _ = _c(monkeypatch, capsys, folder, "retention", "--keep", reference, "--until", "2040-01-01",
                      "--reason", "an investigation is open")
    assert code == 0 and "next review 2040-01-01" in out
    assert json.loads(_c(monkeypatch, capsys, folder, "retention", "--json")[1])["due"] == []
    code, out, _ = _c(monkeypatch, capsys, folder, "retention", "--on", "2040-01-01")
    assert "kept last time because: an investigation is open" in out
    code, out, _ = _c(monkeypatch, capsys, folder, "retention", "--delete", reference)
    assert code == 0 and out.startswith("deleted:")
    code, out, _ = _c(monkeypatch, capsys, folder, "list", "--json")
    assert json.loads(out) == [] or json.loads(out).get("items", []) == []
