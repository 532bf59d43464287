"""How long a team sync takes in a large vault, and how big a change file is (issue 15).

A vault of ASSESSMENTS completed screenings (filled as bench/vault.py does) joins a team; its first
sync publishes every record (once). Another member then makes CHANGES changes (children imported
with a screening, chronology entries) and syncs; the large vault's sync that reads them is timed.
Also printed: the size of a typical change file (one chronology entry; one imported screening).

    .venv/bin/python bench/team.py [--assessments 100000] [--changes 1000]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1]))

from bench.vault import populate
from screening_app.clock import SYSTEM_CLOCK
from screening_app.domain.loader import load_form_pack
from screening_app.exchange import team_folder
from screening_app.services import vault_service as vs
from screening_app.services.chronology import ChronologyService
from screening_app.services.records import RecordsService
from screening_app.services.team import TeamService
from screening_app.services.transfer import identity_card

PASSPHRASE = "tangerine otter carousel lamp"
FAST_KDF = vs.KdfParams(time_cost=1, memory_kib=8 * 1024)
CASE = Path(__file__).parents[1] / "tests" / "data" / "scenarios" / "v14-chronology-events.json"


def _newest_size(folder: Path, member: str) -> int:
    return [f for f in team_folder.change_files(folder) if f.member == member][-1].path.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--assessments", type=int, default=100_000)
    parser.add_argument("--changes", type=int, default=1_000)
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp())
    folder = base / "team"
    folder.mkdir()
    big, _ = vs.create_vault(base / "big", PASSPHRASE, FAST_KDF)
    populate(big, args.assessments, random.Random(1))
    small, _ = vs.create_vault(base / "small", PASSPHRASE, FAST_KDF)
    big_team, small_team = TeamService(big, "lead", SYSTEM_CLOCK), TeamService(small, "deputy", SYSTEM_CLOCK)

    started = time.perf_counter()
    big_team.create(folder, "Bench team")
    big_team.sync()
    first = time.perf_counter() - started
    first_size = sum(f.path.stat().st_size for f in team_folder.change_files(folder))
    started = time.perf_counter()
    big_team.invite(identity_card(small).recipient, "deputy")
    invite = time.perf_counter() - started
    started = time.perf_counter()
    small_team.join(folder)
    join = time.perf_counter() - started

    records = RecordsService(small, "deputy", load_form_pack())
    case = json.loads(CASE.read_text(encoding="utf-8"))
    chronology = ChronologyService(records)
    ref = records.import_case(case)
    child = records.get(ref.id).child_id
    small_team.sync()
    screening_size = _newest_size(folder, small_team.me)
    chronology.record(child, {"date": "2026-11-20", "source": "seen", "what": "Seen getting into a grey car."})
    small_team.sync()
    entry_size = _newest_size(folder, small_team.me)
    made = 0
    while made < args.changes:
        if made % 10 == 0:
            ref = records.import_case(case)
            child = records.get(ref.id).child_id
            made += 12  # a child's details, the assessment, its version and current version
        else:
            chronology.record(child, {"date": "2026-11-20", "source": "seen", "what": f"Seen again, {made}."})
            made += 4  # the entry, its version, current version, date
    started = time.perf_counter()
    published = small_team.sync().published
    publish = time.perf_counter() - started
    started = time.perf_counter()
    report = big_team.sync()
    read = time.perf_counter() - started
    started = time.perf_counter()
    big_team.sync()
    idle = time.perf_counter() - started
    print(f"vault of {args.assessments:,} assessments; team folder on the same disk")
    print(f"first sync (publishing every record once): {first:.1f} s, {first_size / 1e6:.1f} MB of change files")
    print(f"invite (catch-up file of the whole history): {invite:.1f} s; join: {join:.1f} s")
    print(f"a change file: one chronology entry {entry_size / 1024:.1f} KiB; one imported screening "
          f"{screening_size / 1024:.1f} KiB")
    print(f"the other member publishing {published} changes: {publish * 1000:.0f} ms")
    print(f"sync reading those {published} changes into the large vault: {read * 1000:.0f} ms "
          f"({report.changed} rows changed)")
    print(f"sync with nothing new: {idle * 1000:.0f} ms")
    big.close()
    small.close()


if __name__ == "__main__":
    main()
