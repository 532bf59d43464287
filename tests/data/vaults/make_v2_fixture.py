"""Make ``v2/``: a vault at schema version 2 (the last release before migration 3), for the migration test.

Schema 2 stores a completed assessment's payload twice (``assessment_payloads``
and its current row in ``assessment_versions``); migration 3 drops the copy.
Unlike ``v1/`` (written by raw SQL), this vault is written through the
schema-2 ``Repository``, so it holds what the released application wrote:
drafts, completed assessments, a corrected one (three versions, an
override), a deleted one, an escalation and a setting.

Run once from the repository root with the code of the commit before
migration 3 (``git archive <commit> | tar -x -C /tmp/v2 && PYTHONPATH=/tmp/v2
python tests/data/vaults/make_v2_fixture.py``); the files are then committed
and never regenerated, because the point is to keep an old vault. The
passphrase is in tests/storage/test_migrations.py. All names are invented.
"""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

from screening_app.storage import db, keyslots
from screening_app.storage.casework import Casework
from screening_app.storage.keyslots import KdfParams
from screening_app.storage.records import ChildDetails, CompletedPayload, NewEscalation
from screening_app.storage.repository import Repository
from screening_app.storage.vault import Vault, _build_new_vault

PASSPHRASE = "fixture harbour lantern seventy"
HERE = Path(__file__).parent / "v2"


def _input(n: int, note: str) -> str:
    answers = {f"i{k}": {"answer": ["yes", "no", "possible"][k % 3], "note": f"{note} ({k})"} for k in range(12)}
    return json.dumps({"form": "cse-screening", "n": n, "answers": answers}, ensure_ascii=False)


def _result(level: str, score: int) -> str:
    return json.dumps({"level": level, "score": score, "explanation": [f"reason {k}: ‘quoted’ — ✓" for k in range(8)]},
                      ensure_ascii=False)


def _payload(n: int, note: str, level: str, final: str, override: str | None = None) -> CompletedPayload:
    return CompletedPayload(_input(n, note), _result(level, n), override, level, final, "2026-03-01", "2026-01-05")


def main() -> None:
    shutil.rmtree(HERE, ignore_errors=True)
    HERE.mkdir()
    _build_new_vault(HERE, PASSPHRASE, KdfParams(time_cost=1, memory_kib=8 * 1024), schema=2)
    slots = keyslots.read_slot_file(Vault.slot_path(HERE))
    conn = db.connect(Vault.db_path(HERE), keyslots.open_with_passphrase(slots, PASSPHRASE))
    assert int(conn.execute("PRAGMA user_version").fetchone()[0]) == 2
    repo, casework = Repository(conn, "fixture"), Casework(conn, "fixture")
    amira = repo.add_child(ChildDetails("Amira", "Okafor-Smith", ("Mira",), date(2011, 4, 3), nhs_number="9434765919"))
    zoe = repo.add_child(ChildDetails("Zoë", "Ångström", upn="A123456789012"))
    dmitri = repo.add_child(ChildDetails("Дмитрий", "Иванов", approx_age=14))

    corrected = repo.start_assessment(amira, "cse-screening", "1.0", _input(1, "first notes"))
    repo.save_draft(corrected.id, _input(2, "more notes — seen at school"), "page-3", "i4")
    repo.complete(corrected.id, _payload(3, "complete", "medium", "medium"))
    repo.correct(corrected.id, _payload(4, "typo fixed", "medium", "high", json.dumps({"reason": "history"})),
                 "Date of the incident was wrong")
    repo.correct(corrected.id, _payload(5, "second fix ‘ok’", "high", "high"), "Added the police log number")

    once = repo.start_assessment(zoe, "cse-screening", "1.0", _input(6, "Zoë"))
    repo.complete(once.id, _payload(7, "Zoë complete", "low", "low"))

    draft = repo.start_assessment(dmitri, "cse-screening", "1.0", _input(8, "Дмитрий"))
    repo.save_draft(draft.id, _input(9, "Дмитрий, page 2"), "page-2", None)
    repo.start_assessment(amira, "cse-screening", "1.0", "{}")

    deleted = repo.start_assessment(zoe, "cse-screening", "1.0", _input(10, "to delete"))
    repo.complete(deleted.id, _payload(11, "to delete", "low", "low"))
    repo.delete_assessment(deleted.id)

    casework.add_escalation(NewEscalation(agency="Police", stage=1, raised_on=date(2026, 1, 6),
                                          assessment_id=corrected.id, what_was_said="Referred to the MASH"))
    casework.set_setting("auto_lock_minutes", 7)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")  # one file to commit, no -wal beside it
    conn.close()
    (HERE / "vault.lock").unlink(missing_ok=True)


if __name__ == "__main__":
    main()
