"""``screening-app identity``: the vault's transfer recipient, for another vault to send a child's file to.

Prints the ``age1...`` recipient alone on one line (for scripts and pasting); with ``--verbose``
a second line ``fingerprint: XXXX-XXXX-XXXX-XXXX`` to read out on the phone. The identity is
made the first time it is asked for. The passphrase comes as for every vault command.
"""

from __future__ import annotations

import argparse

from screening_app.cli.main import EXIT_OK, command_help
from screening_app.cli.vault_cmd import add_common, open_vault, vault_errors
from screening_app.clock import SYSTEM_CLOCK, Clock
from screening_app.services.transfer import identity_card


def clock() -> Clock:
    """The clock transfers are stamped by (tests replace it with a fixed one)."""
    return SYSTEM_CLOCK


def _identity(args: argparse.Namespace) -> int:
    with vault_errors(), open_vault(args) as vault:
        card = identity_card(vault, clock())
    print(card.recipient)
    if args.verbose:
        print(f"fingerprint: {card.fingerprint}")
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction) -> None:
    identity = subparsers.add_parser("identity", help=command_help("identity"), description=__doc__)
    identity.add_argument("--verbose", action="store_true", help="also print the fingerprint to read out")
    add_common(identity)
    identity.set_defaults(func=_identity)
