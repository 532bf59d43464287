"""The launcher imports a command's module only when that command runs, so PyInstaller's scan cannot
see them: build.spec names each one. A command added without it would work from source and fail
in the frozen bundle."""

from __future__ import annotations

from pathlib import Path

from screening_app.cli.main import COMMANDS

SPEC = Path(__file__).resolve().parents[2] / "build.spec"


def test_every_command_module_is_a_hidden_import_of_the_bundle():
    spec = SPEC.read_text(encoding="utf-8")
    missing = sorted({m for m, _help in COMMANDS.values() if f'"screening_app.cli.{m}"' not in spec})
    assert not missing, f"add to build.spec hiddenimports: {missing}"
