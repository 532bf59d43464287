"""Where the application finds its bundled data and the user's data folder.

One place resolves ``forms/`` and ``resources/`` for a source checkout, an
installed wheel (shared-data installed inside the package) and a PyInstaller
bundle (``sys._MEIPASS``). The data folder is the per-user application data
folder unless a ``portable`` marker file stands beside the executable.
"""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "CSE Screening"
APP_AUTHOR = "CSE Screening"
PORTABLE_MARKER = "portable"


def _candidate_roots() -> list[Path]:
    package_dir = Path(__file__).resolve().parent
    roots = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        roots.append(Path(frozen_root))
    roots.append(package_dir / "_data")  # installed wheel: data copied into the package
    roots.append(package_dir.parent)  # source checkout: repository root
    return roots


def _find(name: str) -> Path:
    for root in _candidate_roots():
        candidate = root / name
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"The application's {name} folder is missing; reinstall the application.")


def forms_dir() -> Path:
    return _find("forms")


def resources_dir() -> Path:
    return _find("resources")


def executable_dir() -> Path:
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(sys.argv[0]).resolve().parent if sys.argv and sys.argv[0] else Path.cwd()


def default_data_dir() -> Path:
    """The portable ``data/`` folder when the marker exists, else the per-user folder."""
    exe_dir = executable_dir()
    if (exe_dir / PORTABLE_MARKER).exists():
        return exe_dir / "data"
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))
