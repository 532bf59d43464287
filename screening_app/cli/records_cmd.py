"""``screening-app import CASE.json`` and ``screening-app list``: records from the command line.

``import`` stores a scenario-format case as a completed assessment and prints
its reference. ``list`` prints one tab-separated line per assessment, newest
first: reference, child's full name, assessment date, final level.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from screening_app.cli.main import EXIT_BAD_INPUT, EXIT_OK, CliError
from screening_app.cli.vault_cmd import add_common, open_vault, vault_errors
from screening_app.domain.errors import DomainError
from screening_app.services.records import RecordsService
from screening_app.services.vault_service import current_actor

MAX_CASE_BYTES = 5 * 1024 * 1024
_PAGE = 500


def _read_case(path: Path) -> dict:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CliError(f"{path}: cannot be read ({exc.strerror})") from None
    if len(raw) > MAX_CASE_BYTES:
        raise CliError(f"{path}: is too large for a case file")
    try:
        case = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise CliError(f"{path}: is not valid JSON") from None
    if not isinstance(case, dict):
        raise CliError(f"{path}: must hold a JSON object")
    return case


def _import(args: argparse.Namespace) -> int:
    case = _read_case(Path(args.case))  # bad input is refused before the vault is touched
    with vault_errors(), open_vault(args) as vault:
        try:
            ref = RecordsService(vault, current_actor()).import_case(case)
        except DomainError as exc:
            raise CliError(f"{args.case}: {exc}", EXIT_BAD_INPUT) from None
    print(ref.reference)
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
    importer.add_argument("case", type=Path, help="a case in the scenario JSON format")
    add_common(importer)
    importer.set_defaults(func=_import)

    lister = subparsers.add_parser("list", help="list assessments, newest first")
    add_common(lister)
    lister.set_defaults(func=_list)
