"""`screening-app score CASE.json`: score one case with the installed form pack.

The form-pack author's way to check a pack against cases: same form files,
validation and engine as the desktop application.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from screening_app.cli.main import CliError
from screening_app.domain.answers import parse_input
from screening_app.domain.errors import DomainError
from screening_app.domain.language import check_assessment
from screening_app.domain.loader import load_form_pack
from screening_app.domain.scoring import RiskResult, score

CASE_KEYS = ("form", "assessed_on", "child", "people", "answers", "details")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("score", help="score a case file and print the result as JSON")
    parser.add_argument("case", type=Path, help="case file (JSON)")
    parser.add_argument("--forms", type=Path, default=None, help="form pack folder (default: the installed one)")
    parser.set_defaults(func=run)


def read_json_file(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CliError(f"{path}: file not found") from None
    except (OSError, UnicodeDecodeError):
        raise CliError(f"{path}: cannot be read as UTF-8 text") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise CliError(f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno})") from None


def run(args: argparse.Namespace) -> int:
    raw = read_json_file(args.case)
    try:
        case = parse_input({k: raw[k] for k in CASE_KEYS if k in raw} if isinstance(raw, dict) else raw)
        pack = load_form_pack(args.forms)
        if case.form not in pack:
            raise CliError(f"form: '{case.form}' is not a form in the form pack ({', '.join(sorted(pack))})")
        form = pack[case.form]
        result = score(form, case)
        flags = check_assessment(form, case)
    except DomainError as exc:
        raise CliError(str(exc)) from None
    print(json.dumps(result_json(result, flags), ensure_ascii=False, indent=2))
    return 0


def result_json(result: RiskResult, flags: list) -> dict[str, Any]:
    data = result.model_dump(mode="json")
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
