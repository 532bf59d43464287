"""A team of members sharing records through a synced folder, simulated (issue 15's proof).

Each member has the merge rules' registers, a hybrid clock whose wall clock is wrong by up to two
days either way, and a working copy (what the window shows and edits). Random steps:

- **edit**: a member changes a field in the working copy (a few keys, so edits collide), or
  corrects an assessment (a register whose value is the version);
- **sync**: publish then import, as the app does under one lock: every working value that differs
  from the merged one becomes a write (its bases: the heads in front of the member), all of them
  in one new file in the member's own folder, appended, never rewritten; then every file the sync
  service has delivered to this member so far is read (the same file twice changes nothing), the
  clock observes each stamp, and the working copy becomes the merged state;
- **deliver**: the sync service copies files to a member's laptop late, in any order, some twice;
- **away**: a member stops syncing for a while (weeks offline), then comes back;
- **decide**: a member who sees a conflict writes one of its values (both in front of them).

At the end every file reaches everyone and each member syncs: every member's canonical state
must be identical, every published change in every member's history (nothing acknowledged is
lost), the working copies equal to the merged values.

    .venv/bin/python tests/domain/team_simulation.py --steps 200000 --seed 7   # the long form
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parents[2]))

from screening_app.domain.hlc import HybridClock, Stamp
from screening_app.domain.team_merge import Key, Registers, Write

KEYS: tuple[Key, ...] = tuple(
    [(f"child-{c}", f) for c in range(3) for f in ("first_name", "date_of_birth", "upn")]
    + [(f"escalation-{e}", f) for e in range(2) for f in ("status", "outcome")]
    + [(f"assessment-{a}", "version") for a in range(2)]
)


@dataclass
class Member:
    name: str
    skew_ms: int
    world: Any
    registers: Registers = field(default_factory=Registers)
    working: dict[Key, Any] = field(default_factory=dict)
    decisions: dict[Key, Any] = field(default_factory=dict)  # conflicts decided since the last sync
    delivered: list[tuple[str, int]] = field(default_factory=list)  # files on this laptop (member, n)
    imported: set[tuple[str, int]] = field(default_factory=set)
    published: int = 0
    away_until: int = 0

    def __post_init__(self) -> None:
        self.clock = HybridClock(self.name, lambda: self.world.now + self.skew_ms)

    def sync(self) -> None:
        writes = []
        for key, value in sorted(self.working.items()):
            if key in self.decisions:
                continue
            write = self.registers.write(key, value, self.clock.tick())
            if write is not None:
                writes.append(write)
        writes += [self.registers.decide(key, value, self.clock.tick())
                   for key, value in sorted(self.decisions.items())]
        self.decisions.clear()
        if writes:
            self.registers.add(writes)
            self.world.folder.setdefault(self.name, []).append(writes)  # one new file, never rewritten
            self.published += 1
            self.imported.add((self.name, self.published))
            self.world.acknowledged.update((w.key, w.stamp) for w in writes)
        for file in list(self.delivered):
            if file in self.imported:
                continue
            writes = self.world.folder[file[0]][file[1] - 1]
            for write in writes:
                self.clock.observe(write.stamp)
            self.registers.add(writes)
            self.imported.add(file)
        self.working = {key: register.current().value for key, register in self.registers.by_key.items()
                        if register.current() is not None}


@dataclass
class World:
    rng: random.Random
    now: int = 1_764_831_000_000
    folder: dict[str, list[list[Write]]] = field(default_factory=dict)
    acknowledged: set[tuple[Key, Stamp]] = field(default_factory=set)
    members: list[Member] = field(default_factory=list)


def simulate(seed: int, steps: int, members: int = 5) -> World:
    rng = random.Random(seed)
    world = World(rng)
    world.members = [Member(f"M{i}", rng.randint(-48, 48) * 3_600_000, world)
                     for i in range(members)]  # clocks days out
    for _ in range(steps):
        world.now += rng.choice((1, 10, 1_000, 60_000, 3_600_000))
        member = rng.choice(world.members)
        if member.away_until > world.now:
            step = "edit"  # offline: edits pile up, nothing is synced
        else:
            step = rng.choices(("edit", "sync", "deliver", "away", "decide"), (40, 25, 25, 2, 8))[0]
        if step == "edit":
            key = rng.choice(KEYS)
            member.working[key] = f"{member.name}:{rng.randint(0, 3)}" if key[1] != "version" else \
                {"version": f"{member.name}-{rng.randint(0, 10**9)}", "reason": "a date was typed wrong"}
            member.decisions.pop(key, None)  # a later edit replaces an undecided choice
        elif step == "sync":
            member.sync()
        elif step == "deliver":
            files = [(name, n + 1) for name, written in world.folder.items() for n in range(len(written))]
            if files:
                for _ in range(rng.randint(1, 4)):
                    member.delivered.append(rng.choice(files))  # late, out of order, sometimes twice
        elif step == "away":
            member.away_until = world.now + rng.choice((3_600_000, 7 * 86_400_000, 30 * 86_400_000))
        elif step == "decide":
            conflicts = member.registers.conflicts()
            if conflicts:
                key = rng.choice(sorted(conflicts))
                member.decisions[key] = member.working[key] = rng.choice(conflicts[key]).value
    return world


def finish(world: World) -> None:
    """Everyone comes back, every file reaches everyone, everyone syncs (twice: the second
    publishes nothing, as no one edits, and imports what the others published in the first)."""
    for member in world.members:
        member.away_until = 0
    for _round in range(2):
        for member in world.members:
            member.sync()
        files = [(name, n + 1) for name, written in world.folder.items() for n in range(len(written))]
        for member in world.members:
            member.delivered.extend(files)
    for member in world.members:
        member.sync()


def check(world: World) -> None:
    first = world.members[0].registers.canonical()
    for member in world.members:
        assert member.registers.canonical() == first, f"{member.name} differs from {world.members[0].name}"
        histories = {(key, stamp) for key, r in member.registers.by_key.items() for stamp in r.history}
        assert world.acknowledged <= histories, "an acknowledged change is missing"
        assert member.working == {k: v["value"] for k, v in _values(member).items()}


def _values(member: Member) -> dict[Key, dict]:
    return {key: {"value": r.current().value} for key, r in member.registers.by_key.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--steps", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--members", type=int, default=5)
    args = parser.parse_args()
    world = simulate(args.seed, args.steps, args.members)
    finish(world)
    check(world)
    conflicts = world.members[0].registers.conflicts()
    files = sum(len(f) for f in world.folder.values())
    print(f"{args.members} members, {args.steps} steps, {files} files, {len(world.acknowledged)} changes: "
          f"identical on every member, nothing lost; {len(conflicts)} fields left in conflict for a person to decide")


if __name__ == "__main__":
    main()
