"""``screening-app audit verify``: check the audit trail's hash chain (issue 16).

    audit verify --data-dir D [--json]   every entry chained to the one before; exit 0 if intact, 4 if not

The passphrase is read from stdin as for every vault command. Nothing is changed.
"""

from __future__ import annotations

import argparse
import json

from screening_app.cli.main import EXIT_OK, EXIT_VAULT_UNUSABLE, command_help
from screening_app.cli.vault_cmd import add_common, open_vault, vault_errors


def _verify(args: argparse.Namespace) -> int:
    from screening_app.services.vault_service import verify_audit

    with vault_errors(), open_vault(args) as vault:
        report = verify_audit(vault)
    if args.json:
        print(json.dumps({"entries": report.entries, "intact": report.intact, "problems": list(report.problems)},
                         indent=2, sort_keys=True))
    else:
        for problem in report.problems:
            print(f"broken: {problem}")
        print(f"audit entries: {report.entries}; chain {'intact' if report.intact else 'BROKEN'}")
    return EXIT_OK if report.intact else EXIT_VAULT_UNUSABLE


def register(subparsers: argparse._SubParsersAction) -> None:
    audit = subparsers.add_parser("audit", help=command_help("audit"), description=__doc__,
                                  formatter_class=argparse.RawDescriptionHelpFormatter)
    actions = audit.add_subparsers(dest="action", required=True, metavar="{verify}")
    verify = actions.add_parser("verify", help="check every audit entry is chained to the one before")
    verify.add_argument("--json", action="store_true", help="as JSON")
    add_common(verify)
    verify.set_defaults(func=_verify)
