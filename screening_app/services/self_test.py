"""`--self-test`: prove on this machine that every part works, end to end.

In a fresh temporary folder: create a vault, store a case, score it, render
and password-protect a referral PDF, check integrity, lock, reopen, delete
the folder. One line per step; True only if every step passed. The case is
invented. Nothing is left behind, even when a step fails or the process is
told to stop (SystemExit; the launcher turns SIGTERM into one).
"""

from __future__ import annotations

import atexit
import contextlib
import platform
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

SELF_TEST_PASSPHRASE = "self-test: correct horse battery staple 42"
SELF_TEST_CASE: dict[str, Any] = {
    "form": "cse-screening",
    "assessed_on": "2026-11-01",
    "child": {"first_name": "Selftest", "last_name": "Example", "date_of_birth": "2011-02-01"},
    "people": [{"approx_age": 24}],
    "answers": {
        "missing_overnight": {"answer": "yes", "when": "current", "note": "Invented self-test note."},
        "older_or_controlling_person": {"answer": "yes", "when": "current", "note": "Invented self-test note."},
        "unexplained_items": {"answer": "possible", "when": "current", "note": "Invented self-test note."},
    },
}
EXPECTED_LEVEL = "high"


@dataclass
class _Run:
    folder: Path
    state: dict[str, Any] = field(default_factory=dict)


def _sqlcipher() -> str:
    from screening_app.storage.info import sqlcipher_version

    return sqlcipher_version()


def _reportlab() -> str:
    from screening_app.reporting.inspect import reportlab_version

    return f"reportlab {reportlab_version()}"


def _safely(describe: Callable[[], str]) -> str:
    """A version line, or why it could not be read: the self-test reports, never crashes."""
    try:
        return describe()
    except Exception as exc:
        return f"{describe.__name__.strip('_')} unavailable ({type(exc).__name__}: {exc})"


def versions() -> list[str]:
    from screening_app import __version__

    return [
        f"CSE Screening {__version__}",
        f"Python {platform.python_version()} ({platform.system()} {platform.machine()})",
        _safely(_sqlcipher),
        _safely(_reportlab),
    ]


def run_self_test(
    report: Callable[[str], None], extra_steps: tuple = (), extra_versions: tuple | list = ()
) -> bool:
    """Run every step, reporting each; ``extra_steps`` are (name, callable) pairs from above (e.g. Qt)."""
    folder = Path(tempfile.mkdtemp(prefix="cse-self-test-"))
    remove = partial(shutil.rmtree, folder, ignore_errors=True)
    atexit.register(remove)  # belt and braces, should anything end the interpreter without unwinding this frame
    run = _Run(folder / "vault")
    ok = True
    try:
        for name, step in [*_STEPS, *extra_steps]:
            ok = _step(report, name, lambda step=step: step(run)) and ok
            if not ok:
                break
    finally:
        _close(run)
        remove()
        atexit.unregister(remove)
    ok = _step(report, "delete the temporary folder", lambda: _gone(folder)) and ok
    for line in versions() + [_safely(v) for v in extra_versions]:
        report(f"version: {line}")
    report("self-test: PASSED" if ok else "self-test: FAILED")
    return ok


def _step(report: Callable[[str], None], name: str, action: Callable[[], str | None]) -> bool:
    started = time.perf_counter()
    try:
        detail = action()
    except Exception as exc:  # the self-test reports, it never crashes
        report(f"FAIL {name}: {type(exc).__name__}: {exc}")
        return False
    took = (time.perf_counter() - started) * 1000
    report(f"ok   {name} ({took:.0f} ms){': ' + detail if detail else ''}")
    return True


def _load_forms(run: _Run) -> str:
    from screening_app.domain.loader import load_form_pack

    run.state["forms"] = load_form_pack()
    return ", ".join(f"{f.id} {f.version}" for f in run.state["forms"].values())


def _create_vault(run: _Run) -> str:
    from screening_app.services.vault_service import create_vault

    run.state["vault"], _code = create_vault(run.folder, SELF_TEST_PASSPHRASE)
    return "encrypted; recovery code made"


def _store_case(run: _Run) -> str:
    from screening_app.services.records import RecordsService

    run.state["records"] = RecordsService(run.state["vault"], actor="self-test", forms=run.state["forms"])
    run.state["reference"] = run.state["records"].import_case(SELF_TEST_CASE).reference
    return run.state["reference"]


def _score(run: _Run) -> str:
    stored = run.state["records"].get_by_reference(run.state["reference"])
    level = getattr(stored.final_level, "value", stored.final_level)
    if level != EXPECTED_LEVEL:
        raise AssertionError(f"expected level {EXPECTED_LEVEL}, stored {level}")
    return f"level {level}"


def _referral_pdf(run: _Run) -> str:
    from screening_app.reporting.inspect import opens_only_with
    from screening_app.services.export import ExportService

    service = ExportService(run.state["records"])
    plain = service.render(run.state["reference"])
    if not plain.startswith(b"%PDF"):
        raise AssertionError("the referral is not a PDF")
    protected = service.render(run.state["reference"], password="self-test pdf password")
    if not opens_only_with(protected, "self-test pdf password"):
        raise AssertionError("the protected PDF does not need its password")
    return f"{len(plain):,} bytes; protected copy opens only with its password"


def _welsh_referral(run: _Run) -> str:
    """The Welsh the bundle carries: the form pack's (forms/translations) and the product's own
    words (resources/translations, read without Qt for the PDF)."""
    from screening_app import words
    from screening_app.services.export import ExportService

    assessment = run.state["records"].get_by_reference(run.state["reference"])
    form = run.state["records"].form_in(assessment.form_id, "cy")
    if form is None:
        raise AssertionError("the form pack has no Welsh text")
    with words.language("cy"):
        if words.translate("Referral", "FINAL LEVEL") == "FINAL LEVEL":
            raise AssertionError("the product's Welsh words are missing")
    pdf = ExportService(run.state["records"]).render(run.state["reference"], language="cy")
    if not pdf.startswith(b"%PDF"):
        raise AssertionError("the Welsh referral is not a PDF")
    return f"{len(pdf):,} bytes; {form.title}"


def _names_alike(run: _Run) -> str:
    """rapidfuzz and jellyfish (compiled code) answer as in development: the bundle keeps them."""
    from screening_app.domain.contexts import name_likeness

    found = name_likeness("Mohammed", "Muhammad"), name_likeness("Aleksandra", "Oleksandra")
    if any(f is None for f in found):
        raise AssertionError("names alike were not found alike")
    run.state["records"].contexts.suggest("Muhammad")  # the offers' index over the vault
    return "sound-alike and near spellings found; offers answer"


def _transfer_key(run: _Run) -> str:
    """The vault's age transfer key is made and sealed (pyrage and cryptography in the bundle)."""
    from screening_app.services.transfer import identity_card

    card = identity_card(run.state["vault"])
    if not card.recipient.startswith("age1"):
        raise AssertionError("the transfer key is not an age1... recipient")
    return f"fingerprint {card.fingerprint}"


def _integrity(run: _Run) -> str:
    from screening_app.services.vault_service import check_vault

    report = check_vault(run.state["vault"])
    if not report.healthy:
        raise AssertionError("integrity check found problems")
    return "both checks passed"


def _lock(run: _Run) -> str:
    run.state.pop("records", None)
    run.state.pop("vault").close()
    return "closed; keys dropped"


def _reopen(run: _Run) -> str:
    from screening_app.services.records import RecordsService
    from screening_app.services.vault_service import open_vault

    run.state["vault"] = open_vault(run.folder, SELF_TEST_PASSPHRASE)
    RecordsService(run.state["vault"], forms=run.state["forms"]).get_by_reference(run.state["reference"])
    return "record found"


def _close(run: _Run) -> None:
    vault = run.state.pop("vault", None)
    if vault is not None:
        with contextlib.suppress(Exception):  # already failing; the folder is removed next
            vault.close()


def _gone(folder: Path) -> str:
    if folder.exists():
        raise AssertionError("the temporary folder is still there")
    return "nothing left behind"


_STEPS = (
    ("load the form pack", _load_forms),
    ("create an encrypted vault", _create_vault),
    ("store a case", _store_case),
    ("score it", _score),
    ("render and protect a referral PDF", _referral_pdf),
    ("render a referral in Welsh", _welsh_referral),
    ("match names of concern", _names_alike),
    ("make the transfer key", _transfer_key),
    ("integrity check", _integrity),
    ("lock", _lock),
    ("reopen", _reopen),
)
