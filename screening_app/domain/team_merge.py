"""How a team's records merge (SPEC 13, issue 15): every change kept, the same result on every
laptop whatever order the files arrive in, and concurrent edits shown, not lost.

Everything that can change is a **register**: one field of one record (a child's date of birth,
an escalation's status, a person of concern's description), or an assessment's current version.
A change to it is a **write**: the new value, its hybrid-clock stamp (``domain.hlc``), and its
**bases**, the writes its author had in front of them (the register's heads when they wrote). The
writes of a register form a history in which nothing is ever removed:

- its **value** is the write with the greatest stamp. A stamp orders after everything its author
  had seen (the clock observes every stamp it imports), so a deliberate change always wins over
  what it replaced, and "latest" is the same on every laptop;
- its **heads** are the writes no other write names as a base. One head: everyone agrees. Two or
  more: two people changed the field without seeing each other's change, a **conflict**; the
  value shown is the later, the other is kept and shown beside it until someone decides, by
  writing the field again with both in front of them (that write names both as bases).

Value, heads and conflicts depend only on the *set* of writes, never on the order they came in,
so members converge once every file has reached everyone (``tests/domain/test_team_merge.py``
proves it by simulation: five members, random changes, files late, out of order, twice, and
members away for weeks). Completed assessment versions are writes of a register too: a
correction names the version it corrected as its base, so two corrections of the same version
made on two laptops are a conflict to decide, and both versions stay in the history.

Why not a CRDT library (``pycrdt``, the Yjs engine): a record field here is replaced whole, not
edited character by character, and a CRDT's merge of two people's edits to one text produces a
sentence neither wrote, which a child protection record must never contain. What a team needs is
a register per field with the whole history kept and conflicts shown for a person to decide: a
few hundred lines, readable, without a native library in the bundle.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from screening_app.domain.hlc import Stamp

Key = tuple[str, str]  # (record's global id, field)


@dataclass(frozen=True)
class Write:
    key: Key
    stamp: Stamp
    value: Any  # JSON: text, a number, true/false, null, a list or an object
    bases: tuple[Stamp, ...] = ()  # the heads its author had in front of them


class HistoryError(ValueError):
    """Two different writes with one stamp: a file that is not what its writer wrote."""


@dataclass
class Register:
    key: Key
    history: dict[Stamp, Write] = field(default_factory=dict)
    _based_on: set[Stamp] = field(default_factory=set)

    def add(self, write: Write) -> bool:
        """Keep ``write``; False when it was here already (the same file twice)."""
        if any(base >= write.stamp for base in write.bases):  # a change is always after what it changed
            raise HistoryError("a change is stamped before a change it was made on")
        known = self.history.get(write.stamp)
        if known is not None:
            if known != write:
                raise HistoryError("two different changes carry the same stamp")
            return False
        self.history[write.stamp] = write
        self._based_on.update(write.bases)
        return True

    def heads(self) -> list[Write]:
        """The writes no other write here builds on, latest first."""
        return sorted((w for s, w in self.history.items() if s not in self._based_on),
                      key=lambda w: w.stamp, reverse=True)

    def current(self) -> Write | None:
        return max(self.history.values(), key=lambda w: w.stamp) if self.history else None

    def conflict(self) -> list[Write]:
        """The competing writes, latest (the value shown) first; empty when everyone agrees (one
        head, or heads that all say the same: two members noting the same car's plate apart)."""
        heads = self.heads()
        if len({json.dumps(h.value, sort_keys=True) for h in heads}) < 2:
            return []
        return heads


@dataclass
class Registers:
    """All of a vault's registers: what is merged, and what a member writes next."""

    by_key: dict[Key, Register] = field(default_factory=dict)

    def add(self, writes: Iterable[Write]) -> list[Key]:
        """Keep each write; the keys whose value or conflict may have changed."""
        changed = []
        for write in writes:
            register = self.by_key.setdefault(write.key, Register(write.key))
            if register.add(write):
                changed.append(write.key)
        return changed

    def value(self, key: Key, default: Any = None) -> Any:
        register = self.by_key.get(key)
        current = register.current() if register else None
        return default if current is None else current.value

    def write(self, key: Key, value: Any, stamp: Stamp) -> Write | None:
        """The write that records a change made here (the window's value differs from the merged
        one), with every head in front of its author as a base; None when nothing changed. It does
        not settle a conflict by itself: only ``decide`` does, as a person's choice."""
        register = self.by_key.get(key)
        current = register.current() if register else None
        if current is not None and current.value == value:
            return None
        return Write(key, stamp, value, tuple(h.stamp for h in register.heads()) if register else ())

    def decide(self, key: Key, value: Any, stamp: Stamp) -> Write:
        """A person's decision on a conflict: ``value`` (one of the competing values, or another),
        written with every competing write as a base, so the field has one head again."""
        register = self.by_key.get(key)
        return Write(key, stamp, value, tuple(h.stamp for h in register.heads()) if register else ())

    def conflicts(self) -> dict[Key, list[Write]]:
        return {key: c for key, r in self.by_key.items() if (c := r.conflict())}

    def canonical(self) -> dict[str, Any]:
        """The merged state as plain data, the same on every member once all files are in: each
        register's value, its heads, and its whole history (sorted)."""
        out: dict[str, Any] = {}
        for key in sorted(self.by_key):
            register = self.by_key[key]
            current = register.current()
            out["/".join(key)] = {
                "value": None if current is None else current.value,
                "heads": [w.stamp.text() for w in register.heads()],
                "history": sorted(s.text() for s in register.history),
            }
        return out


def merge_roots(direct: Mapping[str, str | None]) -> dict[str, str | None]:
    """What each record counts as, from the merges written on any laptop (``direct``: record ->
    the record it was merged into, or None): the end of its chain, the same on every laptop
    whatever order the merges were made or arrived in. Merges made apart can chain (A into B here,
    B into C there: A counts as C) or loop (A into B here, B into A there): a loop is broken at its
    smallest global id, which stands alone. A target with no merge of its own ends the chain.
    None: the record stands alone."""
    resolved: dict[str, str] = {}
    for start in sorted(direct):
        path: list[str] = []
        seen: dict[str, int] = {}
        node = start
        while node not in resolved:
            if node in seen:  # a loop: its smallest id stands alone, the rest count as it
                loop = path[seen[node]:]
                for member in loop:
                    resolved[member] = min(loop)
                break
            seen[node] = len(path)
            path.append(node)
            target = direct.get(node)
            if target is None:
                resolved[node] = node
                break
            node = target
        for member in reversed(path):
            if member not in resolved:
                resolved[member] = resolved[direct[member]]  # type: ignore[index]
    return {record: (None if resolved[record] == record else resolved[record]) for record in direct}
