"""The picture of one pattern (SPEC 12): children, and the people, places, vehicles and phones that
join them, placed so that a practitioner sees at a glance who is linked through what.

The shape is fixed and readable rather than physical: the children on a ring, in an order that
keeps children sharing something next to each other; each shared item inside the ring, at the
middle of its children drawn towards the centre (an item shared by two neighbours sits between
them; one shared by everyone sits in the middle). The same pattern is always drawn the same way,
and a practitioner's next look finds everything where it was. Written here rather than taken
from networkx: its layouts need numpy (about 30 MB more in the bundle) for a few dozen nodes.

Also the plain list beside the picture, for a screen reader and for the keyboard: each node with
what it is joined to, in the order Tab visits them.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from screening_app.domain.contexts import Kind, Pattern, kind_word
from screening_app.words import fill, translate

RING = 1.0  # the children's ring; items lie inside it
PULL = 0.55  # how far an item is drawn from its children's middle towards the centre


@dataclass(frozen=True)
class Node:
    id: str  # "child:12" or "item:3"
    kind: str  # "child", or a Kind's value
    label: str
    x: float
    y: float
    child_id: int | None = None


@dataclass(frozen=True)
class Picture:
    nodes: tuple[Node, ...]  # children first (round the ring), then the items
    edges: tuple[tuple[str, str], ...]  # (item node, child node)

    def neighbours(self, node_id: str) -> list[str]:
        return [b if a == node_id else a for a, b in self.edges if node_id in (a, b)]

    def describe(self, node_id: str) -> str:
        """One line of the plain list: "Amy Invented: vehicle AB12 CDE, phone 07700 900123"."""
        node = self.node(node_id)
        others = [self.node(n).label for n in self.neighbours(node_id)]
        joined = ", ".join(others)
        if node.kind == "child":
            return fill(translate("Patterns", "%1 (child): linked through %2"), node.label, joined)
        return fill(translate("Patterns", "%1: shared by %2"), node.label, joined)

    def node(self, node_id: str) -> Node:
        return next(n for n in self.nodes if n.id == node_id)


def picture(pattern: Pattern, names: dict[int, str],
            size: Callable[[str], tuple[float, float]] | None = None) -> Picture:
    """The layout of ``pattern``; ``names`` gives each child's name (the practitioner's own vault);
    ``size`` the width and height of an item's label in the ring's units (the window measures its
    font; by default about a thirtieth of the radius a letter), so that no two labels overlap."""
    size = size or (lambda label: (len(label) * 0.032 + 0.07, 0.11))
    order = _ring_order(pattern)
    count = len(order)
    ring: dict[int, tuple[float, float]] = {}
    for i, child in enumerate(order):
        angle = -math.pi / 2 + 2 * math.pi * i / count  # the first child at the top, clockwise
        ring[child] = (RING * math.cos(angle), RING * math.sin(angle))
    unnamed = translate("Patterns", "(no name recorded)")
    nodes = [Node(f"child:{c}", "child", names.get(c) or unnamed, *ring[c], child_id=c) for c in order]
    edges: list[tuple[str, str]] = []
    placed: list[Box] = []
    for number, (kind, shown, children) in enumerate(pattern.joins):
        mx = sum(ring[c][0] for c in children) / len(children)
        my = sum(ring[c][1] for c in children) / len(children)
        label = fill(translate("Patterns", "%1 %2"), _word(kind), shown)
        width, height = size(label)
        box = _apart(Box(mx * (1 - PULL), my * (1 - PULL), width / 2, height / 2), placed)
        placed.append(box)
        item = f"item:{number}"
        nodes.append(Node(item, kind.value, label, box.x, box.y))
        edges += [(item, f"child:{c}") for c in children]
    return Picture(tuple(nodes), tuple(edges))


class Box(NamedTuple):
    x: float
    y: float
    half_width: float
    half_height: float

    def clear_of(self, other: Box, margin: float = 0.03) -> bool:
        return (abs(self.x - other.x) >= self.half_width + other.half_width + margin
                or abs(self.y - other.y) >= self.half_height + other.half_height + margin)


def _word(kind: Kind) -> str:
    return translate("Patterns", "person") if kind is Kind.person else kind_word(kind)


def _ring_order(pattern: Pattern) -> list[int]:
    """Children in an order that puts those sharing an item side by side: from the first child,
    through each item to the children not yet placed (Amy, then Bea through Amy's car, then Cat
    through Bea's phone...), breadth first."""
    order: list[int] = []
    queue = [min(pattern.children)] if pattern.children else []
    while queue or len(order) < len(pattern.children):
        if not queue:
            queue.append(min(c for c in pattern.children if c not in order))
        child = queue.pop(0)
        if child in order:
            continue
        order.append(child)
        for _kind, _shown, children in pattern.joins:
            if child in children:
                queue += [c for c in children if c not in order and c not in queue]
    return order


def _apart(box: Box, placed: list[Box]) -> Box:
    """Two items with the same children would sit on each other: step along a spiral, in small
    steps, until this one's label is clear of every other label."""
    step, candidate = 0, box
    while not all(candidate.clear_of(other) for other in placed) and step < 400:
        step += 1
        angle = step * 2.4  # the golden angle: the steps do not line up
        radius = 0.04 * math.sqrt(step)
        candidate = box._replace(x=box.x + radius * math.cos(angle), y=box.y + radius * math.sin(angle))
    return candidate
