"""Where data lives: the per-user folder by default, beside the executable in
portable mode; forms and resources found from source, wheel and bundle."""

from __future__ import annotations

import sys
from pathlib import Path

from screening_app import paths


def fake_frozen(monkeypatch, folder: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "cse-screening"))


def test_per_user_folder_without_marker(monkeypatch, tmp_path):
    fake_frozen(monkeypatch, tmp_path)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert paths.default_data_dir() == tmp_path / "xdg" / paths.APP_NAME


def test_portable_marker_puts_data_beside_the_executable(monkeypatch, tmp_path):
    fake_frozen(monkeypatch, tmp_path)
    (tmp_path / "portable").touch()
    assert paths.default_data_dir() == tmp_path / "data"


def test_portable_from_source_uses_the_script_folder(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "argv", [str(tmp_path / "screening-app")])
    (tmp_path / "portable").touch()
    assert paths.default_data_dir() == tmp_path / "data"


def test_bundle_root_is_searched_first(monkeypatch, tmp_path):
    (tmp_path / "forms").mkdir()
    (tmp_path / "resources").mkdir()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.forms_dir() == tmp_path / "forms"
    assert paths.resources_dir() == tmp_path / "resources"


def test_source_checkout_forms_found():
    assert (paths.forms_dir() / "cse-screening.yaml").is_file()
