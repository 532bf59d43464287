"""Count where secrets still lie in this process's own memory (Linux: /proc/self/maps and /mem).

Every readable region that can hold data made at run time is read (anonymous memory, the heap,
the stack, and libraries' writable data); code and read-only file mappings cannot. The needles
are bytearrays the caller builds just before the scan (never as bytes or str, which would add
copies it could not wipe): a hit inside a needle itself, or inside the one read buffer, is not
counted. ``python memscan.py`` is not a thing: tests import ``count``.
"""

from __future__ import annotations

import ctypes
import re
from pathlib import Path

_CHUNK = 1 << 20
_MAP_LINE = re.compile(r"^([0-9a-f]+)-([0-9a-f]+) (\S{4}) \S+ \S+ \d+\s*(.*)$")


def _address(buffer: bytearray) -> int:
    return ctypes.addressof((ctypes.c_char * len(buffer)).from_buffer(buffer))


def _regions() -> list[tuple[int, int]]:
    regions = []
    for line in Path("/proc/self/maps").read_text().splitlines():
        match = _MAP_LINE.match(line)
        if not match:
            continue
        start, end, perms, path = int(match[1], 16), int(match[2], 16), match[3], match[4]
        if perms[0] != "r" or path in ("[vvar]", "[vsyscall]", "[vvar_vclock]"):
            continue
        if path and not path.startswith("[") and perms[1] != "w":
            continue  # code and read-only data of a file: nothing made at run time
        regions.append((start, end))
    return regions


def count(needles: dict[str, bytearray]) -> dict[str, int]:
    """How many copies of each needle lie in readable memory, besides the needles themselves."""
    buffer = bytearray(_CHUNK)
    skip = [(_address(buffer), _address(buffer) + len(buffer))]
    skip += [(_address(n), _address(n) + len(n)) for n in needles.values()]
    hits = dict.fromkeys(needles, 0)
    longest = max(len(n) for n in needles.values())
    with open("/proc/self/mem", "rb", buffering=0) as mem:
        for start, end in _regions():
            _scan_region(mem, start, end, buffer, needles, hits, skip, longest)
    ctypes.memset(_address(buffer), 0, len(buffer))
    return hits


def _scan_region(mem, start: int, end: int, buffer: bytearray, needles: dict[str, bytearray],
                 hits: dict[str, int], skip: list[tuple[int, int]], overlap: int) -> None:
    view = memoryview(buffer)
    position = start
    while position < end:
        size = min(_CHUNK, end - position)
        try:
            mem.seek(position)
            got = mem.readinto(view[:size]) or 0
        except OSError:
            got = 0
        final = got < size or position + size >= end
        seen_again = size if final else size - overlap  # hits from here on are found by the next read
        for name, needle in needles.items():
            found = buffer.find(needle, 0, got)
            while 0 <= found < seen_again:
                where = position + found
                if not any(low <= where < high for low, high in skip):
                    hits[name] += 1
                found = buffer.find(needle, found + 1, got)
        position += size if final else size - overlap  # so a needle across two reads is still found
