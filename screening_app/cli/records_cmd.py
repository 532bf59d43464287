"""``screening-app import CASE.json`` and ``screening-app list``: records from the command line.

``import`` stores a scenario-format case (read by the same reader as ``score``)
as a new child with a completed assessment, in one transaction, and prints its
reference. ``list`` prints a header line, then one tab-separated line per
assessment, newest first (``LIST_COLUMNS``); ``list --json`` prints the same
assessments as a JSON array of objects, for scripts.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from itertools import chain

from screening_app.cli.case_file import STDIN, read_case, refusal, today
from screening_app.cli.main import EXIT_OK, CliError, command_help
from screening_app.cli.vault_cmd import add_common, open_vault, vault_errors
from screening_app.domain.errors import DomainError
from screening_app.services.records import RecordsService
from screening_app.services.vault_service import current_actor
from screening_app.storage.records import AssessmentSummary

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


LIST_COLUMNS = ("reference", "child_name", "assessed_on", "final_level", "status")
NO_NAME = "(no name recorded)"
LIST_HELP = (
    "List assessments, newest first: a header line naming the tab-separated columns ("
    + ", ".join(LIST_COLUMNS)
    + f"), then one line per assessment; {NO_NAME} when the child's name was not recorded and - for"
    " a value not yet known. Always the header, so scripts can skip one line, but prefer --json."
)
JSON_HELP = (
    "print a JSON array of objects instead: reference, child_id, child_name (null when no name was"
    " recorded), form, status, assessed_on, final_level, review_date (null when not set), updated_at"
)


def _summaries(args: argparse.Namespace) -> Iterator[AssessmentSummary]:
    with vault_errors(), open_vault(args) as vault:
        service = RecordsService(vault, current_actor())
        before: int | None = None
        while True:
            page = service.list(limit=_PAGE, before_id=before)
            yield from page.items
            if page.next_before_id is None:
                return
            before = page.next_before_id


def _as_json(item: AssessmentSummary) -> dict:
    return {
        "reference": item.reference,
        "child_id": item.child_id,
        "child_name": item.child_name or None,
        "form": item.form_id,
        "status": item.status,
        "assessed_on": item.assessed_on or None,
        "final_level": item.final_level or None,
        "review_date": item.review_date or None,
        "updated_at": item.updated_at,
    }


def _as_line(item: AssessmentSummary) -> str:
    return "\t".join(
        (item.reference, item.child_name or NO_NAME, item.assessed_on or "-", item.final_level or "-", item.status)
    )


def _list(args: argparse.Namespace) -> int:
    if args.json:
        print(json.dumps([_as_json(item) for item in _summaries(args)], indent=2))
        return EXIT_OK
    items = _summaries(args)
    first = next(items, None)  # opens the vault before the header: a refusal prints nothing on stdout
    print("\t".join(LIST_COLUMNS))
    for item in chain([first], items) if first is not None else ():
        print(_as_line(item))
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction) -> None:
    importer = subparsers.add_parser("import", help=command_help("import"))
    importer.add_argument("case", help="a case in the scenario JSON format, or - to read it from standard input")
    add_common(importer)
    importer.set_defaults(func=_import)

    lister = subparsers.add_parser("list", help=command_help("list"), description=LIST_HELP)
    lister.add_argument("--json", action="store_true", help=JSON_HELP)
    add_common(lister)
    lister.set_defaults(func=_list)
