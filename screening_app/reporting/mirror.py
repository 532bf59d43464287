"""Brackets that face the right way in right-to-left text (UAX #9 rule L4).

python-bidi 0.6 puts characters in display order (bracket pairs included, rule N0) but does not
mirror them: "(سناب)" came out as ")بانس(" on paper. Its order is kept; here each bracket that
sits in a right-to-left run is given its mirrored glyph. Which direction a bracket pair takes
follows N0 on the pair's content: the paragraph's direction if the content holds a letter of that
direction, else the content's own direction if the text beside the pair agrees, else the
paragraph's; a bracket without a partner (and any other mirrored sign) follows N1-N2: the
direction of the letters on both sides when they agree, else the paragraph's.
"""

from __future__ import annotations

import unicodedata

from bidi.mirror import MIRRORED

_FAMILIES = {"(": "()", ")": "()", "[": "[]", "]": "[]", "{": "{}", "}": "{}", "<": "<>", ">": "<>",
             "«": "«»", "»": "«»", "‹": "‹›", "›": "‹›", "﴾": "﴾﴿", "﴿": "﴾﴿"}


def _strong(ch: str) -> str | None:
    kind = unicodedata.bidirectional(ch)
    if kind == "L":
        return "L"
    if kind in ("R", "AL", "EN", "AN"):  # numbers count as right-to-left beside brackets (N0, N1)
        return "R" if kind != "EN" else None
    return None


def _side(text: str, index: int, step: int, base: str) -> str:
    index += step
    while 0 <= index < len(text):
        found = _strong(text[index])
        if found:
            return found
        index += step
    return base  # the start or end of the line: the paragraph's direction


def _pairs(display: str) -> dict[int, int]:
    """Bracket pairs in display order, whichever way each one faces."""
    stack: list[int] = []
    pairs: dict[int, int] = {}
    for i, ch in enumerate(display):
        family = _FAMILIES.get(ch)
        if family is None:
            continue
        if stack and _FAMILIES[display[stack[-1]]] == family and display[stack[-1]] != ch:
            j = stack.pop()
            pairs[i], pairs[j] = j, i
        else:
            stack.append(i)
    return pairs


def _pair_direction(display: str, start: int, end: int, base: str) -> str:
    inside = {d for d in (_strong(ch) for ch in display[start + 1:end]) if d}
    if base in inside:
        return base
    if inside:
        other = inside.pop()
        if _side(display, start, -1, base) == other or _side(display, end, 1, base) == other:
            return other
        return base
    return _neutral(display, start, end, base)


def _neutral(display: str, start: int, end: int, base: str) -> str:
    before, after = _side(display, start, -1, base), _side(display, end, 1, base)
    return before if before == after else base


def mirror_brackets(display: str, base: str) -> str:
    """``display`` (a line in display order) with every mirrored sign in a right-to-left run
    turned to face the right way. A line with no right-to-left letter is returned as it is."""
    if not any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in display):
        return display
    pairs = _pairs(display)
    out = list(display)
    for i, ch in enumerate(display):
        if ch not in MIRRORED:
            continue
        if i in pairs:
            start, end = sorted((i, pairs[i]))
            direction = _pair_direction(display, start, end, base)
        else:
            direction = _neutral(display, i, i, base)
        if direction == "R":
            out[i] = MIRRORED[ch]
    return "".join(out)
