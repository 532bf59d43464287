"""``screening-app import CASE.json`` and ``screening-app list``: records from the command line.

``import`` stores a scenario-format case (read by the same reader as ``score``)
as a new child with a completed assessment, in one transaction, and prints its
reference. ``list`` prints one tab-separated line per assessment, newest
first: reference, child's full name, assessment date, final level.
"""

from __future__ import annotations

import argparse

from screening_app.cli.case_file import STDIN, read_case, refusal, today
from screening_app.cli.main import EXIT_OK, CliError
from screening_app.cli.vault_cmd import add_common, open_vault, vault_errors
from screening_app.domain.errors import DomainError
from screening_app.services.records import RecordsService
from screening_app.services.vault_service import current_actor

_PAGE = 500


def _import(args: argparse.Namespace) -> int:
    if args.case == STDIN and args.passphrase_stdin:
        raise CliError("the case and the passphrase cannot both come from standard input")
    case = read_case(args.case)  # bad input is refused before the vault is touched
    with vault_errors(), open_vault(args) as vault:
        try:
            ref = RecordsService(vault, current_actor()).import_case(case, today())
        except DomainError as exc:
            raise refusal(args.case, exc) from None
        print(ref.reference, flush=True)  # stored: said before anything else (closing) can fail
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    with vault_errors(), open_vault(args) as vault:
        service = RecordsService(vault, current_actor())
        before: int | None = None
        while True:
            page = service.list(limit=_PAGE, before_id=before)
            for item in page.items:
                fields = (item.reference, item.child_name, item.assessed_on or "-", item.final_level or "-")
                print("\t".join(fields))
            if page.next_before_id is None:
                break
            before = page.next_before_id
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction) -> None:
    importer = subparsers.add_parser("import", help="store a case file as a completed assessment")
    importer.add_argument("case", help="a case in the scenario JSON format, or - to read it from standard input")
    add_common(importer)
    importer.set_defaults(func=_import)

    lister = subparsers.add_parser("list", help="list assessments, newest first")
    add_common(lister)
    lister.set_defaults(func=_list)
