"""Messages about a file show its path as it was typed, not just its name:
``/nonexist/x.json`` and ``x.json`` in the current folder are different files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import run


def args_for(command: str, path: Path) -> list[str]:
    return [command, str(path)] + (["--passphrase-stdin"] if command == "import" else [])


@pytest.mark.parametrize("command", ["score", "import"])
def test_a_missing_file_is_named_by_its_path(tmp_path, monkeypatch, capsys, command):
    missing = tmp_path / "nonexist" / "x.json"
    code, out, err = run(monkeypatch, capsys, args_for(command, missing))
    assert (code, out) == (2, "")
    assert err.startswith(f"screening-app: {missing}: ") and err.count("\n") == 1


@pytest.mark.parametrize("command", ["score", "import"])
def test_a_relative_path_stays_relative(tmp_path, monkeypatch, capsys, command):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "bad.json").write_text("{ not json", encoding="utf-8")
    code, _, err = run(monkeypatch, capsys, args_for(command, Path("sub") / "bad.json"))
    assert code == 2 and err.startswith(f"screening-app: {Path('sub') / 'bad.json'}: "), err
