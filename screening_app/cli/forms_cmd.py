"""`screening-app forms validate [PATH...]`: check form files and name each problem's place."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from screening_app.cli.main import EXIT_BAD_INPUT, command_help
from screening_app.domain.errors import FormError
from screening_app.domain.loader import check_translations, level_schemes, load_form_pack, load_form_path

LANGUAGE_NAMES = {"cy": "Welsh (cy)"}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("forms", help=command_help("forms"))
    actions = parser.add_subparsers(dest="forms_command", required=True)
    validate = actions.add_parser("validate", help="validate form files (default: the installed form pack)")
    validate.add_argument("paths", nargs="*", type=Path, help="form files or form pack folders")
    validate.set_defaults(func=run_validate)
    schema = actions.add_parser("schema", help="print the JSON Schema of form files (forms/schema.json)")
    schema.set_defaults(func=run_schema)


def run_schema(args: argparse.Namespace) -> int:
    from screening_app.domain.schema_export import form_json_schema

    sys.stdout.write(form_json_schema())
    return 0


def _validate_one(path: Path | None) -> list[str]:
    try:
        forms = load_form_pack(path) if path is None or path.is_dir() else {"": load_form_path(path)}
        schemes = level_schemes(path) if path is None or path.is_dir() else {}
        translations = check_translations(path) if path is None or path.is_dir() else {}
    except FormError as exc:
        return [str(problem) for problem in exc.problems]
    for form in forms.values():
        words = f"; levels: {form.level_scheme.id}" if form.level_scheme else ""
        print(f"ok: {form.id} {form.version} ({len(form.indicators())} indicators, {len(form.sections)} sections"
              f"{words})")
    for scheme in schemes.values():
        labels = " / ".join(getattr(scheme.levels, rank).label for rank in ("high", "medium", "low"))
        print(f"ok: level scheme {scheme.id} ({labels})")
    for language, files in translations.items():
        for name, file in files.items():
            review = f"reviewed by {file.reviewed_by}" if file.reviewed_by else \
                "needs review by a Welsh-language reviewer before use"
            print(f"ok: {name} in {LANGUAGE_NAMES.get(language, language)} ({len(file.texts)} texts; prepared by "
                  f"{file.prepared_by}; {review})")
    return []


def run_validate(args: argparse.Namespace) -> int:
    problems = [p for path in (args.paths or [None]) for p in _validate_one(path)]
    for problem in problems:
        print(problem, file=sys.stderr)
    return EXIT_BAD_INPUT if problems else 0
