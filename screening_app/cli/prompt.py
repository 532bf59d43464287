"""What every command that uses records reads from its caller: its secrets (from the terminal, or
one per line on standard input with ``--passphrase-stdin``), ``--data-dir`` and dates.

Light on purpose (no storage, no services): a command imports this first, reads the passphrase,
starts the vault's key derivation, and only then loads its own heavier code
(``services.early_unlock``)."""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import date
from pathlib import Path

from screening_app.cli.main import EXIT_BAD_INPUT, CliError


class SecretReader:
    """Reads secrets in order from stdin lines (``--passphrase-stdin``) or the terminal.

    A stdin line loses its line ending (``\\n`` or ``\\r\\n``: a Windows pipe's ``\\r`` could never be
    typed in the window) and nothing else: spaces are part of a passphrase. Lines are decoded as
    strict UTF-8 from the raw bytes; anything else is refused before any file is touched. A secret
    read with ``confirm`` is always a command's last: on stdin a further line, if there is one, is
    its confirmation and must match.
    """

    def __init__(self, args: argparse.Namespace) -> None:
        self.from_stdin = bool(getattr(args, "passphrase_stdin", False))
        self._first_line = True
        if not self.from_stdin and not sys.stdin.isatty():
            raise CliError("standard input is not a terminal: pass --passphrase-stdin to read secrets from it")

    def read(self, prompt: str, confirm: bool = False) -> str:
        if self.from_stdin:
            value = self._stdin_line(prompt)
            if confirm and (again := self._stdin_line(prompt, at_end=True)) is not None and again != value:
                raise CliError("the two entries differ; nothing was changed")
            return value
        value = _text(getpass.getpass(f"{prompt}: "), prompt)
        if confirm and getpass.getpass(f"{prompt} (again): ") != value:
            raise CliError("the two entries differ; nothing was changed")
        return value

    def _stdin_line(self, prompt: str, at_end: bool = False) -> str | None:
        """The next line without its ending; None at the end of input only when ``at_end``."""
        buffer = getattr(sys.stdin, "buffer", None)  # None: tests hand in a text stream
        raw = buffer.readline() if buffer is not None else sys.stdin.readline()
        if at_end and not raw:
            return None
        line = _text(raw, prompt)
        if self._first_line:  # Windows tools may start a pipe with a byte-order mark
            self._first_line, line = False, line.removeprefix("\ufeff")
        return line.removesuffix("\n").removesuffix("\r")


def _text(raw: bytes | str, prompt: str) -> str:
    """Strict UTF-8: undecodable bytes (or the lone surrogates Python makes of them) are refused."""
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        text.encode("utf-8")
    except UnicodeError:
        raise CliError(f"{prompt}: not valid UTF-8 text; nothing was changed", EXIT_BAD_INPUT) from None
    return text


def add_common(parser: argparse.ArgumentParser, data_dir: bool = True) -> None:
    if data_dir:
        parser.add_argument("--data-dir", type=Path, default=None, help="the vault folder (default: the user's)")
    parser.add_argument(
        "--passphrase-stdin", action="store_true", help="read secrets, one per line, from standard input"
    )


def iso_day(text: str) -> date:
    """An argument that is a date, written YYYY-MM-DD (anything else: exit 2, one line)."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def data_dir(args: argparse.Namespace) -> Path:
    if args.data_dir is not None:
        return Path(args.data_dir)
    from screening_app.paths import default_data_dir

    return default_data_dir()


