"""Real vaults in a team, with a simulated sync service (issue 15's proof, with real parts).

Each member has a real vault and its own copy of the team folder, as a laptop has; the "cloud" is
one more folder. A member's new change files are uploaded to the cloud when it syncs; the sync
service copies cloud files to each laptop late, in any order, sometimes first cut in half (a file
still arriving), sometimes twice; members go offline for a while. Random work between syncs:
children imported with a completed screening (often naming a man and his car, from a few: the same
man or car in several children's records), chronology entries recorded and corrected,
escalations raised and closed, children's details changed, assessments corrected, two records of
a man merged or separated again (so merges made apart chain and loop), now and then a child
erased (a transfer's receipt, the end of retention) while others are still changing them. At the end
every file reaches every laptop and everyone syncs: every member's records must be identical
(``canonical``) and every change anyone published present in every vault.

    .venv/bin/python tests/services/team_vaults_simulation.py --members 5 --steps 2000 --seed 3
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import shutil
import sys
import tempfile
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[2]))

from screening_app.clock import FixedClock
from screening_app.domain.loader import load_form_pack
from screening_app.services import vault_service as vs
from screening_app.services.chronology import ChronologyService
from screening_app.services.escalations import EscalationService
from screening_app.services.records import ChildDetails, RecordsService
from screening_app.services.team import TeamService
from screening_app.services.transfer import identity_card
from screening_app.storage.db import transaction
from screening_app.storage.erase import erase_child
from screening_app.storage.records import NewEscalation

CASE = Path(__file__).parents[1] / "data" / "scenarios" / "v14-chronology-events.json"
PASSPHRASE = "tangerine otter carousel lamp"
FAST_KDF = vs.KdfParams(time_cost=1, memory_kib=8 * 1024)
NAMES = ("Tegan", "Keira", "Amira", "Jade", "Leah", "Mia")
MEN = ("Daniel Hart", "Danny", "Lee Invented", "Marcus")
PLATES = ("AB12 CDE", "XY65 ZZZ", "LM70 PQR")


def canonical(vault: vs.Vault) -> dict:
    conn = vault.connection

    def q(sql: str) -> list:
        return sorted(tuple(r) for r in conn.execute(sql).fetchall())

    return {
        "children": q("SELECT uuid, first_name, last_name, other_names, date_of_birth, upn, nhs_number FROM children"
                      " WHERE uuid IN (SELECT record FROM team_writes)"),
        "assessments": q("SELECT a.uuid, c.uuid, a.form_id, a.final_level, v.uuid FROM assessments a JOIN children c"
                         " ON c.id = a.child_id JOIN assessment_versions v ON v.assessment_id = a.id"
                         " AND v.version = a.version WHERE a.status = 'completed'"),
        "versions": q("SELECT v.uuid, a.uuid, v.input_json, v.reason FROM assessment_versions v"
                      " JOIN assessments a ON a.id = v.assessment_id WHERE a.status = 'completed'"),
        "chronology": q("SELECT e.uuid, c.uuid, e.occurred_on, v.body_json, v.reason FROM chronology_entries e"
                        " JOIN children c ON c.id = e.child_id"
                        " JOIN chronology_versions v ON v.entry_id = e.id AND v.version = e.version"),
        "escalations": q("SELECT uuid, agency, stage, status, outcome, decided_on FROM escalations"),
        "contexts": q("SELECT c.uuid, c.kind, c.body_json, m.uuid FROM contexts c LEFT JOIN contexts m"
                      " ON m.id = c.merged_into WHERE c.uuid IN (SELECT record FROM team_writes)"),
        "context_keys": q("SELECT c.uuid, k.kind, k.key, k.shown FROM context_keys k JOIN contexts c"
                          " ON c.id = k.context_id WHERE c.uuid IN (SELECT record FROM team_writes)"),
        "context_links": q("SELECT c.uuid, ch.uuid, a.uuid, e.uuid, l.relationship, l.linked_on FROM context_links l"
                           " JOIN contexts c ON c.id = l.context_id JOIN children ch ON ch.id = l.child_id"
                           " LEFT JOIN assessments a ON a.id = l.assessment_id"
                           " LEFT JOIN chronology_entries e ON e.id = l.entry_id"),
        "writes": q("SELECT record, field, stamp FROM team_writes"),
    }


class Laptop:
    def __init__(self, base: Path, name: str, pack: dict, clock: FixedClock) -> None:
        self.name, self.folder = name, base / f"{name}-copy"
        self.folder.mkdir()
        self.vault, code = vs.create_vault(base / name, PASSPHRASE, FAST_KDF)
        vs.confirm_recovery_code_saved(self.vault, code)
        self.records = RecordsService(self.vault, name, pack, clock=clock)
        self.team = TeamService(self.vault, name, clock)
        self.away = 0

    def children(self) -> list[int]:
        return [r[0] for r in self.vault.connection.execute("SELECT id FROM children WHERE joined_into IS NULL")]


class World:
    def __init__(self, base: Path, members: int, seed: int) -> None:
        self.rng = random.Random(seed)
        self.clock = FixedClock(datetime(2026, 11, 2, 8, 30))
        self.cloud = base / "cloud"
        self.cloud.mkdir()
        pack = load_form_pack()
        self.laptops = [Laptop(base, f"m{i}", pack, self.clock) for i in range(members)]
        self.case = json.loads(CASE.read_text(encoding="utf-8"))
        lead = self.laptops[0]
        lead.team.create(lead.folder, "Northgate safeguarding")
        for laptop in self.laptops[1:]:
            lead.team.invite(identity_card(laptop.vault).recipient, laptop.name)
            self.upload(lead)
            self.deliver(laptop, everything=True)
            laptop.team.join(laptop.folder)
            self.upload(laptop)

    def upload(self, laptop: Laptop) -> None:
        for file in laptop.folder.rglob("*.cse-team"):
            target = self.cloud / file.relative_to(laptop.folder)
            if not target.exists():
                target.parent.mkdir(exist_ok=True)
                shutil.copyfile(file, target)

    def deliver(self, laptop: Laptop, everything: bool = False) -> None:
        files = sorted(self.cloud.rglob("*.cse-team"))
        if not everything:
            files = self.rng.sample(files, k=min(len(files), self.rng.randint(1, 4)))
        for file in files:
            target = laptop.folder / file.relative_to(self.cloud)
            target.parent.mkdir(exist_ok=True)
            data = file.read_bytes()
            if not everything and self.rng.random() < 0.2:
                target.write_bytes(data[: len(data) // 2])  # still arriving
            else:
                target.write_bytes(data)  # whole (again, if it was here: the same bytes)

    def step(self) -> None:
        rng, laptop = self.rng, self.rng.choice(self.laptops)
        self.clock.advance(seconds=rng.choice((5, 60, 3600, 86400)))
        if laptop.away > 0:
            laptop.away -= 1
        work = rng.choices(("import", "entry", "correct_entry", "escalate", "close", "details", "correct",
                            "merge", "unmerge", "erase", "sync", "deliver", "away"),
                           (6, 10, 4, 4, 4, 6, 3, 3, 1, 1, 25, 25, 1))[0]
        children = laptop.children()
        if work == "import" or (not children and work not in ("sync", "deliver", "away")):
            case = json.loads(json.dumps(self.case))
            case["child"].update(first_name=rng.choice(NAMES), last_name=f"Invented{rng.randint(0, 99)}")
            if rng.random() < 0.7:
                case["people"] = [{"name": rng.choice(MEN), "vehicle_phone": f"a car, {rng.choice(PLATES)}"}]
            laptop.records.import_case(case)
        elif work == "entry":
            ChronologyService(laptop.records).record(rng.choice(children), {
                "date": self.clock.today().isoformat(), "source": "seen",
                "what": f"Seen with an older man by {laptop.name}, visit {rng.randint(0, 999)}."})
        elif work == "correct_entry":
            entries = laptop.vault.connection.execute("SELECT id FROM chronology_entries").fetchall()
            if entries:
                entry = rng.choice(entries)[0]
                ChronologyService(laptop.records).correct(entry, {
                    "date": self.clock.today().isoformat(), "source": "seen",
                    "what": f"Corrected by {laptop.name}: seen with two older men."}, "a second man was there")
        elif work == "escalate":
            laptop.records.add_escalation(NewEscalation(child_id=rng.choice(children), agency="Children's Social Care",
                                                        stage=1, raised_on=self.clock.today()))
        elif work == "close":
            open_ = laptop.records.escalations(open_only=True)
            if open_:
                item = rng.choice(open_)
                EscalationService(laptop.records).update(item.id, replace(
                    item.details, status="closed", decided_on=max(self.clock.today(), item.details.raised_on),
                    outcome=f"Closed by {laptop.name}."))
        elif work == "details":
            child = rng.choice(children)
            details = laptop.records.get_child(child).details
            laptop.records.update_child(child, ChildDetails(**{
                **details.__dict__, "date_of_birth": date(2011, rng.randint(1, 12), rng.randint(1, 28)),
                "upn": rng.choice((None, f"A{rng.randint(10**11, 10**12 - 1)}"))}))
        elif work == "correct":
            done = laptop.vault.connection.execute("SELECT id FROM assessments WHERE status = 'completed'").fetchall()
            if done:
                assessment = rng.choice(done)[0]
                data = json.loads(laptop.records.get(assessment).input_json)
                laptop.records.correct(assessment, data, f"corrected by {laptop.name}")
        elif work == "merge":
            people = [r[0] for r in laptop.vault.connection.execute(
                "SELECT id FROM contexts WHERE kind = 'person' AND merged_into IS NULL")]
            if len(people) >= 2:
                keep, other = rng.sample(people, 2)
                with contextlib.suppress(ValueError):  # another record was merged into it: the window refuses too
                    laptop.records.contexts.merge(keep, other)
        elif work == "unmerge":
            merged = laptop.vault.connection.execute("SELECT id FROM contexts WHERE merged_into IS NOT NULL").fetchall()
            if merged:
                laptop.records.contexts.unmerge(rng.choice(merged)[0])
        elif work == "erase" and len(children) > 2:
            with transaction(laptop.vault.connection):
                erase_child(laptop.vault.connection, rng.choice(children), self.clock.today().isoformat())
        elif work == "sync" and laptop.away == 0:
            laptop.team.sync()
            self.upload(laptop)
        elif work == "deliver":
            self.deliver(laptop)
        elif work == "away":
            laptop.away = rng.randint(5, 40)

    def finish(self) -> None:
        """Every file to every laptop, and everyone syncs, until a whole round publishes nothing
        (what a member learns in one round, such as more records of an erased child, goes out in
        the next)."""
        for _round in range(10):
            published = 0
            for laptop in self.laptops:
                laptop.away = 0
                self.deliver(laptop, everything=True)
                published += laptop.team.sync().published
                self.upload(laptop)
            if not published and _round >= 2:
                return
        raise AssertionError("the team was still publishing after 10 rounds of everyone syncing")

    def check(self) -> None:
        first = canonical(self.laptops[0].vault)
        assert first["assessments"] and first["writes"] and first["context_links"]
        for laptop in self.laptops:  # an erased child: nothing of theirs left in the rows or the history
            conn = laptop.vault.connection
            assert not conn.execute("SELECT count(*) FROM team_writes w JOIN team_erased e ON e.record = w.record"
                                    " WHERE substr(w.field, 1, 13) != 'child.erased:'").fetchone()[0], laptop.name
            assert not conn.execute("SELECT count(*) FROM children WHERE uuid IN (SELECT record FROM team_erased)"
                                    ).fetchone()[0], laptop.name
        for laptop in self.laptops[1:]:
            mine = canonical(laptop.vault)
            for part in first:
                assert mine[part] == first[part], f"{laptop.name} differs from m0 in {part}"

    def close(self) -> None:
        for laptop in self.laptops:
            laptop.vault.close()


def run(base: Path, members: int, steps: int, seed: int) -> World:
    world = World(base, members, seed)
    try:
        for _ in range(steps):
            world.step()
        world.finish()
        world.check()
    finally:
        world.close()
    return world


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--members", type=int, default=5)
    parser.add_argument("--steps", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    world = run(Path(tempfile.mkdtemp()), args.members, args.steps, args.seed)
    files = len(list(world.cloud.rglob("*.cse-team")))
    print(f"{args.members} members, {args.steps} steps, {files} change files: every vault identical, "
          "every change in every vault")


if __name__ == "__main__":
    main()
