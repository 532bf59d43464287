"""The composition root: command-line tools when a command is given, else the desktop app."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def _wants_gui(argv: Sequence[str]) -> bool:
    return not argv or argv[0].startswith("--data-dir")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if _wants_gui(argv):
        try:
            from screening_app.ui.app import main as gui_main
        except ModuleNotFoundError as exc:
            print(f"screening-app: the desktop application is not available ({exc.name})", file=sys.stderr)
            return 1
        return gui_main(argv)
    from screening_app.cli.main import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
