"""The one case-file reader of ``score`` and ``import``: a path or ``-`` (standard input).

Reads at most ``MAX_CASE_BYTES`` and hands the bytes to the domain's case-file
loader, so both commands accept and refuse exactly the same files. Refusals
name the file as it was given (``standard input`` for ``-``) and the key path.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from screening_app.cli.main import EXIT_BAD_INPUT, CliError
from screening_app.clock import SYSTEM_CLOCK
from screening_app.domain.case_file import CaseFile, load_case
from screening_app.domain.errors import DomainError

MAX_CASE_BYTES = 5 * 1024 * 1024  # the largest real case is a few hundred KB of notes
STDIN = "-"


def today() -> date:
    """The date a case is checked against (tests replace it with a fixed one)."""
    return SYSTEM_CLOCK.today()


def source_name(given: str) -> str:
    return "standard input" if given == STDIN else given


def read_case(given: str) -> CaseFile:
    """The case in ``given`` (a path as typed, or ``-``); a ``CliError`` (exit 2) on any problem."""
    raw = _read_bytes(given)
    if len(raw) > MAX_CASE_BYTES:
        raise CliError(f"{source_name(given)}: is too large for a case file (over {MAX_CASE_BYTES // 2**20} MB)")
    try:
        return load_case(raw)
    except DomainError as exc:
        raise refusal(given, exc) from None


def refusal(given: str, exc: DomainError) -> CliError:
    """``SOURCE: key.path: what is wrong`` on one line, whatever the key holds."""
    message = "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in str(exc))
    return CliError(f"{source_name(given)}: {message}", EXIT_BAD_INPUT)


def _read_bytes(given: str) -> bytes:
    if given == STDIN:
        return sys.stdin.buffer.read(MAX_CASE_BYTES + 1)
    try:
        with Path(given).open("rb") as handle:
            return handle.read(MAX_CASE_BYTES + 1)
    except FileNotFoundError:
        raise CliError(f"{given}: file not found") from None
    except IsADirectoryError:
        raise CliError(f"{given}: is a folder, not a case file") from None
    except OSError as exc:
        raise CliError(f"{given}: cannot be read ({exc.strerror})") from None
