"""``screening-app report`` (issue 16): the partnership's picture from the invented scenario cases:
anonymous (no name, reference or date of birth anywhere in it), small numbers suppressed, the
JSON's ``assessments_by_level``, a CSV to add across schools; bad input refused, nothing written."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from tests.cli.conftest import run

pytestmark = pytest.mark.usefixtures("fast_kdf")
PASSPHRASE = "tangerine otter carousel lamp"
SCENARIOS = sorted((Path(__file__).parents[1] / "data" / "scenarios").glob("v*.json"))


def _c(monkeypatch, capsys, folder: Path, *args: str):
    return run(monkeypatch, capsys, [*args, "--data-dir", str(folder), "--passphrase-stdin"], PASSPHRASE)


def test_the_picture_is_anonymous_and_suppresses_small_numbers(tmp_path: Path, monkeypatch, capsys):
    folder = tmp_path / "vault"
    assert _c(monkeypatch, capsys, folder, "vault", "create")[0] == 0
    names, references = set(), []
    for case in SCENARIOS:
        code, out, _err = _c(monkeypatch, capsys, folder, "import", str(case))
        if code == 0:
            data = json.loads(case.read_text(encoding="utf-8"))
            names |= {data["child"].get("first_name"), data["child"].get("last_name")} - {None, ""}
            references.append(out.split()[0])
    assert len(references) >= 10
    code, out, _err = _c(monkeypatch, capsys, folder, "report", "--from", "2000-01-01", "--to", "2100-12-31", "--json")
    assert code == 0
    report = json.loads(out)
    levels = report["assessments_by_level"]
    assert set(levels) == {"high", "medium", "low"}
    assert all(v == "<5" or v == 0 or (isinstance(v, int) and v >= 5) for v in levels.values())
    assert report["assessments"] == len(references)
    shown = [v for v in levels.values() if isinstance(v, int)]
    assert sum(1 for v in levels.values() if v == "<5") != 1  # never one hidden beside the total
    assert sum(shown) <= len(references)
    for secret in (*names, *references, "2011-02-01"):
        assert secret not in out, secret
    target = tmp_path / "return.csv"
    code, out, _err = _c(monkeypatch, capsys, folder, "report", "--from", "2000-01-01", "--to", "2100-12-31",
                         "--csv", str(target))
    rows = list(csv.reader(target.read_text(encoding="utf-8").splitlines()))
    assert code == 0 and rows[0] == ["measure", "category", "value"]
    assert ["assessments", "all", str(len(references))] in rows
    assert oct(target.stat().st_mode & 0o777) == "0o600"

    for bad, says in ((["--from", "2026-12-01", "--to", "2026-11-01", "--json"], "ends before"),
                      (["--from", "1 Nov 2026", "--to", "2026-12-01", "--json"], "not a date"),
                      (["--from", "2026-01-01", "--to", "2026-12-31", "--csv", str(target)], "already there")):
        before = target.read_bytes()
        code, out, err = _c(monkeypatch, capsys, folder, "report", *bad)
        assert code == 2 and out == "" and says in err and err.count("\n") == 1, (bad, err)
        assert target.read_bytes() == before


def test_the_pdf_is_written_once_and_audited(tmp_path: Path, monkeypatch, capsys):
    folder = tmp_path / "vault"
    assert _c(monkeypatch, capsys, folder, "vault", "create")[0] == 0
    for case in SCENARIOS[:6]:
        _c(monkeypatch, capsys, folder, "import", str(case))
    target = tmp_path / "picture.pdf"
    code, out, err = _c(monkeypatch, capsys, folder, "report", "--from", "2000-01-01", "--to", "2100-12-31",
                        "--pdf", str(target))
    assert code == 0 and out.strip() == f"written: {target}", err
    assert target.read_bytes().startswith(b"%PDF") and oct(target.stat().st_mode & 0o777) == "0o600"
    before = target.read_bytes()
    code, out, err = _c(monkeypatch, capsys, folder, "report", "--from", "2000-01-01", "--to", "2100-12-31",
                        "--pdf", str(target))
    assert code == 2 and out == "" and "already there" in err and err.count("\n") == 1
    assert target.read_bytes() == before
    code, out, err = _c(monkeypatch, capsys, folder, "report", "--from", "2026-12-01", "--to", "2026-11-01",
                        "--pdf", str(tmp_path / "other.pdf"))
    assert code == 2 and "ends before" in err and not (tmp_path / "other.pdf").exists()
    code, out, _err = _c(monkeypatch, capsys, folder, "audit", "verify", "--json")
    assert code == 0
    code, out, _err = _c(monkeypatch, capsys, folder, "report", "--csv", str(target), "--pdf", str(tmp_path / "x"),
                         "--from", "2026-01-01", "--to", "2026-12-31")
    assert code == 2 and out == ""
