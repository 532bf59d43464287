"""scripts/run.sh and scripts/test.sh share one .venv, so they share one
install mode (editable): a plain install by run.sh used to replace test.sh's
editable one, and source edits were then silently ignored."""

from __future__ import annotations

import re
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


def test_run_and_test_install_the_same_way():
    for name in ("run.sh", "test.sh"):
        text = (SCRIPTS / name).read_text(encoding="utf-8")
        assert ". scripts/setup-common.sh" in text and "make_venv" in text, name
        assert "pip install" not in text, f"{name} installs by itself"
    common = (SCRIPTS / "setup-common.sh").read_text(encoding="utf-8")
    installs = re.findall(r"pip install -q (.*)", common)
    assert installs == ["--upgrade pip", '-e "$target"'], installs
