"""Make ``v1/``: a vault at schema version 1 with invented records, for the migration test.

Run once from the repository root (``python tests/data/vaults/make_v1_fixture.py``)
with the code of the commit that introduced migration 2; the files are then
committed and never regenerated, because the point is to keep an old vault.
The passphrase is in tests/storage/test_migrations.py. All names are invented.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from screening_app.storage import db, keyslots
from screening_app.storage.keyslots import KdfParams
from screening_app.storage.vault import Vault, _build_new_vault

PASSPHRASE = "fixture harbour lantern seventy"
HERE = Path(__file__).parent / "v1"
STAMP = "2026-01-05T10:00:00.000+00:00"


def main() -> None:
    shutil.rmtree(HERE, ignore_errors=True)
    HERE.mkdir()
    _build_new_vault(HERE, PASSPHRASE, KdfParams(time_cost=1, memory_kib=8 * 1024), schema=1)
    slots = keyslots.read_slot_file(Vault.slot_path(HERE))
    conn = db.connect(Vault.db_path(HERE), keyslots.open_with_passphrase(slots, PASSPHRASE))
    with db.transaction(conn):
        conn.execute(
            "INSERT INTO children (first_name, last_name, other_names, date_of_birth, upn, created_at, updated_at)"
            " VALUES ('Zoë', 'Fixture-Ångström', '[\"Зоя\"]', '2011-02-01', 'A123456789012', ?, ?)",
            (STAMP, STAMP),
        )
        conn.execute("INSERT INTO reference_counters (year, last) VALUES (2026, 1)")
        conn.execute(
            "INSERT INTO assessments (reference, child_id, form_id, form_version, status, version, assessed_on,"
            " computed_level, final_level, review_date, created_at, updated_at) VALUES"
            " ('CSE-2026-000001', 1, 'cse-screening', '1.0', 'completed', 1, '2026-01-05', 'medium', 'medium',"
            " '2026-02-16', ?, ?)",
            (STAMP, STAMP),
        )
        conn.execute(
            "INSERT INTO assessment_payloads (assessment_id, input_json, result_json) VALUES (1, '{}', '{}')"
        )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")  # one file to commit, no -wal beside it
    conn.close()
    (HERE / "vault.lock").unlink(missing_ok=True)


if __name__ == "__main__":
    main()
