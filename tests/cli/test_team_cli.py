"""``screening-app team create|invite|join|sync|remove|status`` with ``identity`` and ``list``
(issue 15's contract): a lead and a deputy share records through a folder, each refusal one line
on stderr with its exit code and nothing written. The cases are invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from screening_app.cli import team_cmd
from tests.cli.conftest import run

pytestmark = pytest.mark.usefixtures("fast_kdf")
PASSPHRASE = "tangerine otter carousel lamp"
CASE = Path(__file__).parents[1] / "data" / "scenarios" / "v14-chronology-events.json"


def _c(monkeypatch, capsys, folder: Path, *args: str):
    return run(monkeypatch, capsys, [*args, "--data-dir", str(folder), "--passphrase-stdin"], PASSPHRASE)


def _case(tmp_path: Path, first: str) -> Path:
    case = json.loads(CASE.read_text(encoding="utf-8"))
    case["child"].update(first_name=first, last_name="Invented")
    path = tmp_path / f"{first}.json"
    path.write_text(json.dumps(case), encoding="utf-8")
    return path


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def test_a_lead_and_a_deputy_share_records_through_the_folder(tmp_path: Path, monkeypatch, capsys, clock):
    monkeypatch.setattr(team_cmd, "clock", lambda: clock)
    lead, deputy, shared = tmp_path / "lead", tmp_path / "deputy", tmp_path / "Team folder"
    shared.mkdir()
    for vault in (lead, deputy):
        assert _c(monkeypatch, capsys, vault, "vault", "create")[0] == 0
    assert _c(monkeypatch, capsys, lead, "import", str(_case(tmp_path, "Tegan")))[0] == 0

    code, out, err = _c(monkeypatch, capsys, deputy, "team", "sync")
    assert (code, out) == (2, "") and "not in a team" in err and err.count("\n") == 1
    code, out, err = _c(monkeypatch, capsys, lead, "team", "create", "--folder", str(tmp_path / "nowhere"),
                        "--name", "Northgate safeguarding")
    assert (code, out) == (2, "") and "does not exist" in err
    code, out, err = _c(monkeypatch, capsys, lead, "team", "create", "--folder", str(shared),
                        "--name", "Northgate safeguarding")
    assert code == 0 and "team: Northgate safeguarding" in out, err
    assert _c(monkeypatch, capsys, lead, "team", "sync")[0] == 0

    code, out, err = _c(monkeypatch, capsys, deputy, "team", "join", "--folder", str(shared))
    assert (code, out) == (3, "") and "invite" in err  # not invited yet: nothing for this vault
    recipient = _c(monkeypatch, capsys, deputy, "identity")[1].strip()
    before = _files(shared)
    code, out, err = _c(monkeypatch, capsys, lead, "team", "invite", "age1notakey")
    assert (code, out) == (2, "") and "transfer key" in err and _files(shared) == before
    code, out, err = _c(monkeypatch, capsys, lead, "team", "invite", recipient, "--name", "Deputy DSL")
    assert code == 0 and "invited: Deputy DSL" in out, err
    code, out, err = _c(monkeypatch, capsys, deputy, "team", "join", "--folder", str(shared))
    assert code == 0 and "joined: Northgate safeguarding" in out and "check it with them by phone" in out, err
    assert "Tegan Invented" in _c(monkeypatch, capsys, deputy, "list")[1]

    assert _c(monkeypatch, capsys, deputy, "import", str(_case(tmp_path, "Keira")))[0] == 0
    code, out, _ = _c(monkeypatch, capsys, deputy, "team", "sync")
    assert code == 0 and out.startswith("published: ") and not out.startswith("published: 0 ")
    assert _c(monkeypatch, capsys, lead, "team", "sync")[0] == 0
    assert "Keira Invented" in _c(monkeypatch, capsys, lead, "list")[1]

    code, out, _ = _c(monkeypatch, capsys, lead, "team", "status", "--json")
    status = json.loads(out)
    assert code == 0 and status["team"] == "Northgate safeguarding" and status["conflicts"] == []
    assert len(status["members"]) == 2 and "Deputy DSL" in [m["name"] for m in status["members"]]
    reference = _c(monkeypatch, capsys, lead, "list", "--json")[1]
    reference = json.loads(reference)[-1]["reference"]
    code, out, err = _c(monkeypatch, capsys, lead, "team", "access", reference)
    assert (code, out) == (2, "") and "--only" in err
    code, out, err = _c(monkeypatch, capsys, lead, "team", "access", reference, "--only", recipient)
    assert code == 0 and "only to 2 members" in out, err
    code, out, _ = _c(monkeypatch, capsys, lead, "team", "access", reference, "--everyone")
    assert code == 0 and "whole team" in out
    code, out, _ = _c(monkeypatch, capsys, lead, "team", "remove", recipient)
    assert code == 0 and "removed" in out
    code, out, err = _c(monkeypatch, capsys, lead, "team", "remove", recipient)
    assert (code, out) == (2, "") and "not a member" in err
    code, out, _ = _c(monkeypatch, capsys, lead, "team", "status")
    assert "(removed)" in out and "conflicts to decide: 0" in out
