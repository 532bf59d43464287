"""Provably offline: a whole session with no socket use and no writes outside
the data folder and the chosen export folder (issue 7)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_whole_session_makes_no_connection_and_writes_only_where_chosen(tmp_path):
    data, export = tmp_path / "data", tmp_path / "export"
    data.mkdir()
    export.mkdir()
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "TMPDIR": str(data)}
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("offline_session.py")), str(data), str(export)],
        capture_output=True, text=True, timeout=300, env=env,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr[-3000:]
    assert proc.stdout.strip().endswith("offline-session-ok")
    assert "exported" in proc.stdout
    assert (export / "referral.pdf").exists() and (export / "backup.cseb").exists()


def test_the_guard_refuses_what_it_should(tmp_path):
    data, export = tmp_path / "data", tmp_path / "export"
    data.mkdir()
    export.mkdir()
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "OFFLINE_PROBE": "1"}
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("offline_session.py")), str(data), str(export)],
        capture_output=True, text=True, timeout=120, env=env,
    )
    refused = proc.stdout
    assert "forbidden: socket." in refused  # the address look-up is refused before any connect
    assert "write outside allowed folders" in refused
    assert "forbidden: subprocess.Popen" in refused
    assert not (tmp_path / "outside.txt").exists()
