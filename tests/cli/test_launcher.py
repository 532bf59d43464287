"""The launcher's choice between the desktop application, the self-test and a
command, as a newcomer meets it: help never starts a window, and a typo gets
a useful answer."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from screening_app.launcher import LaunchError, route


def run_app(*args: str, tmp_path: Path) -> subprocess.CompletedProcess:
    """``screening-app ARGS`` in its own process with no display at all: a window would abort."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"), TMPDIR=str(tmp_path))
    return subprocess.run(
        [sys.executable, "-m", "screening_app", *args], capture_output=True, text=True, timeout=60, env=env
    )


@pytest.mark.parametrize("args", [["--help"], ["-h"], ["--data-dir", "X", "--help"], ["--data-dir=X", "-h"]])
def test_help_never_starts_the_window(tmp_path, args):
    proc = run_app(*args, tmp_path=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    for needed in ("--self-test", "--data-dir", "score", "export", "list"):
        assert needed in proc.stdout, needed
    assert "never start the desktop application" in " ".join(proc.stdout.split())
    assert not (tmp_path / "X").exists()


def test_mistyped_self_test_gets_a_suggestion(tmp_path):
    proc = run_app("--selftest", tmp_path=tmp_path)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr == "screening-app: unknown option --selftest (did you mean --self-test?)\n"


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], ("desktop", [])),
        (["--data-dir", "D"], ("desktop", ["--data-dir", "D"])),
        (["--data-dir=D"], ("desktop", ["--data-dir", "D"])),
        (["--self-test"], ("self-test", [])),
        (["--help"], ("cli", ["--help"])),
        (["--data-dir", "D", "-h"], ("cli", ["--help"])),
        (["--version"], ("cli", ["--version"])),
        (["list", "--data-dir", "D"], ("cli", ["list", "--data-dir", "D"])),
        (["--data-dir", "D", "list", "--json"], ("cli", ["list", "--json", "--data-dir", "D"])),
        (["--data-dir", "list"], ("desktop", ["--data-dir", "list"])),  # a folder called "list"
        (["--data-dir=-x"], ("desktop", ["--data-dir", "-x"])),
        (["score", "--self-test"], ("cli", ["score", "--self-test"])),  # the command's parser refuses it
    ],
)
def test_route(argv, expected):
    assert route(argv) == expected


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--selftest"], "unknown option --selftest (did you mean --self-test?)"),
        (["--datadir", "D"], "unknown option --datadir (did you mean --data-dir?)"),
        (["--data-dir"], "--data-dir needs a folder"),
        (["--data-dir="], "--data-dir needs a folder"),
        (["--data-dir", "--help"], "--data-dir needs a folder"),
        (["--data-dir", "A", "--data-dir", "B"], "--data-dir is given twice"),
        (["--self-test", "--data-dir", "D"], "--self-test takes no other arguments (it uses a temporary folder)"),
        (["-style", "Fusion"], "unknown option -style (see screening-app --help)"),
    ],
)
def test_route_refusals(argv, message):
    with pytest.raises(LaunchError) as info:
        route(argv)
    assert str(info.value) == message


def test_refusals_are_one_line_exit_2_in_process(capsys):
    from screening_app.launcher import main

    assert main(["--data-dir"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err == "screening-app: --data-dir needs a folder\n"


def test_no_pydantic_plugin_is_looked_for_or_loaded(tmp_path):
    """pydantic loads any installed package's plugin at its first model, and scans every package's
    entry points to find them; the app uses none, so a score validates with pydantic's own code only."""
    case = Path(__file__).parents[1] / "data" / "scenarios" / "v03-classic-pattern.json"
    script = (
        "import sys\n"
        "from screening_app.launcher import main\n"
        f"code = main(['score', {str(case)!r}])\n"
        "from pydantic.plugin import _loader\n"
        "print('plugins scanned:', _loader._plugins is not None, file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, env=env,
                          cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "plugins scanned: False" in done.stderr
