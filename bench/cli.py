"""Command-line start-up: whole processes, as a practitioner's script or a form-pack author runs them.

Run: ``python bench/cli.py [--runs N]``. Prints the median and worst of N runs (interleaved, so
load on the machine hits every command alike) of ``python -c pass`` (the baseline), ``screening-app
--version``, ``--help`` and ``score`` of a screening case, each as milliseconds and as a ratio to the
baseline. Targets (issue 18): --version and --help <= 5x the baseline; score <= 300 ms. The
modules' bytecode is compiled once, by an untimed first run, as an installed app has it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CASE = ROOT / "tests" / "data" / "scenarios" / "v03-classic-pattern.json"
COMMANDS = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "--version": [sys.executable, "-m", "screening_app", "--version"],
    "--help": [sys.executable, "-m", "screening_app", "--help"],
    "score": [sys.executable, "-m", "screening_app", "score", str(CASE)],
}


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT, env=env)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9, help="runs of each command (default 9)")
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory(prefix="bench-cli-") as bytecode:
        # as installed (pip and PyInstaller compile the modules once): a bytecode cache the first,
        # untimed run of each command fills, whatever PYTHONDONTWRITEBYTECODE says in this shell
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = bytecode
        for command in COMMANDS.values():
            timed(command, env)
        times: dict[str, list[float]] = {name: [] for name in COMMANDS}
        for _ in range(runs):
            for name, command in COMMANDS.items():
                times[name].append(timed(command, env))
    base = statistics.median(times["python -c pass"])
    report = {
        name: {"median_ms": round(statistics.median(t) * 1000, 1), "worst_ms": round(max(t) * 1000, 1),
               "x_baseline": round(statistics.median(t) / base, 1)}
        for name, t in times.items()
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
