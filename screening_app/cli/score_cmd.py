"""`screening-app score CASE.json` (or ``-``): score one case with the installed form pack.

The form-pack author's way to check a pack against cases: same form files,
validation and engine as the desktop application.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from screening_app import words
from screening_app.cli.case_file import read_case, refusal, today
from screening_app.cli.main import CliError, command_help
from screening_app.domain.errors import AnswerError, DomainError
from screening_app.domain.language import check_assessment
from screening_app.domain.loader import load_form_pack
from screening_app.domain.schema import FormDefinition
from screening_app.domain.scoring import RiskResult, score


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("score", help=command_help("score"))
    parser.add_argument("case", help="case file (JSON), or - to read it from standard input")
    parser.add_argument("--forms", type=Path, default=None, help="form pack folder (default: the installed one)")
    parser.add_argument("--lang", choices=("en", "cy"), default="en",
                        help="the wording of level_label, the explanation, floors, flags and actions: en (default) or "
                             "cy (Welsh, where the form pack has its Welsh text); the contract is the same")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    case = read_case(args.case).to_input()
    try:
        pack = load_form_pack(args.forms, args.lang)
        if case.form not in pack:
            raise AnswerError("form", f"'{case.form}' is not a form in the form pack ({', '.join(sorted(pack))})")
        form = pack[case.form]
        with words.language(args.lang):
            result = score(form, case, today())
            flags = check_assessment(form, case)
            data = result_json(result, flags, form)
    except AnswerError as exc:
        raise refusal(args.case, exc) from None
    except DomainError as exc:
        raise CliError(str(exc)) from None
    print(json.dumps(data, ensure_ascii=False, indent=2))
    return 0


def result_json(result: RiskResult, flags: list, form: FormDefinition | None = None) -> dict[str, Any]:
    data = result.model_dump(mode="json")
    if form is not None:  # the level in the pack's own words: its level scheme's category, if it names one
        definition = form.levels.get(result.final_level)
        data["level_label"] = words.translate("Level", definition.label)
        data["level_scheme"] = {"id": form.level_scheme.id if form.level_scheme else "standard",
                                "level": definition.name or result.final_level.value}
    data["floors"] = [f.id for f in result.floors]
    data["flags"] = [f.id for f in result.flags]
    data["not_known"] = list(result.not_known)
    data["floor_details"] = result.model_dump(mode="json")["floors"]
    data["flag_details"] = result.model_dump(mode="json")["flags"]
    data["level_text"] = result.level_text
    data["language_flags"] = [
        {
            "phrase": f.phrase,
            "suggestion": f.suggestion,
            "reason": f.reason,
            "where": f.where,
            "start": f.start,
            "end": f.end,
        }
        for f in flags
    ]
    return data
