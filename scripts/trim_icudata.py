"""Build a smaller libicudata for the Linux bundle: the same library, with only
the ICU data Qt can use.

PySide6's wheels ship ICU 73, and libicudata.so.73 is nothing but one
exported symbol, ``icudt73_dat``: the whole ICU "common data" package
(about 3,900 items, 30 MB: locale data for 700+ locales, 200+ legacy code
pages, break-iterator dictionaries, transliterators, ...). In the bundle
only libQt6Core calls ICU, and only these functions (``nm -D`` of
libQt6Core.so.6 in PySide6 6.12):

* ``u_strToUpper`` / ``u_strToLower``: QLocale::toUpper/toLower. Case data
  is compiled into libicuuc; the locale (tr, az, lt, el, ...) is matched
  by its name in code. No data items.
* ``ucol_open`` / ``ucol_strcoll`` / ``ucol_getSortKey`` /
  ``ucol_setAttribute``: QCollator (and QFileDialog's file list sorting).
  Needs ``coll/ucadata.icu`` and ``coll/root.res`` (the CLDR root order,
  sensible for every script); a language's tailoring (Swedish a-ring after
  z, Chinese pinyin, ...) lives in ``coll/<lang>.res``. The application
  never sorts with QCollator itself, so only root and English are kept: a
  Swedish file dialog sorts in root order instead of Swedish order.
* ``ucnv_*``: QStringConverter/QStringDecoder for encodings Qt does not
  implement itself (Qt does UTF-8/16/32, Latin-1 and the system locale's
  encoding without ICU). Kept: the alias table (``cnvalias.icu``; ICU's UTF
  flavours, US-ASCII, ISO-8859-1, UTF-7, SCSU, ... are algorithmic and need
  no table) and the tables of every encoding of the WHATWG Encoding
  Standard (what web pages and clipboard HTML can be in), plus their base
  tables. Dropped: IBM/EBCDIC, ISO-2022 variants other than -JP, CNS and
  other legacy code pages.
* ``ucal_open`` / ``ucal_getCanonicalTimeZoneID`` /
  ``ucal_getTimeZoneDisplayName``: QTimeZone display names (zone rules
  themselves come from the system's tzdata on Linux, not from ICU). Kept:
  the zone rule and meta-zone tables, calendar supplemental data, and the
  ``zone/`` names of root and English; another locale's zone names fall
  back to English or to "GMT+hh:mm".

Not used by Qt at all (Qt has its own Unicode tables for text boundaries,
line breaking, normalization and IDNA, and its own CLDR locale data), so
dropped: break iterators and their dictionaries (``brkitr/``),
transliteration, spelled-out numbers (``rbnf/``), display names of
languages, regions, currencies and units, StringPrep profiles (``*.spp``),
the spoof checker (``confusables.cfu``), Unicode character names
(``unames.icu``) and the top-level tables of services Qt never calls
(locale matcher, units, plural rules, day periods, ...). Kept: the
top-level tables ICU's own locale, calendar and zone code reads
(supplemental data, likely subtags, locale aliases, keyword types,
numbering systems, zone tables) and, small and kept to be safe, the
normalization files (``*.nrm``).

The new package is written in the same ICU common-data format (the header
copied byte for byte, then a table of contents sorted by name, then the
items, each 16-byte aligned), and assembled into a shared library with the
same SONAME and symbol by the C compiler (``.incbin``; gcc and binutils are
on the build machine). ``--check`` then runs ``_PROBE`` below (collation,
case mapping, codecs, zone names, text boundaries, IDNA through PySide6) with
the trimmed and with the full data, and fails on any difference.

Usage: python scripts/trim_icudata.py FULL_LIB OUT_LIB [--check]
Exit status 0 on success; on failure a message on stderr and status 1, and
the caller (build.spec) keeps the full library.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

# --------------------------------------------------------------------------
# What to keep. Item names are relative to the package's own folder
# ("icudt73l/"), e.g. "coll/root.res", "ibm-5348_P100-1997.cnv" (windows-1252).

# Locales whose data is kept in every tree that is kept: root and English
# (the application's language; also where ICU falls back to for zone names
# when the user's locale is not kept).
KEEP_LOCALES = ("root", "en", "en_*")

# Trees (sub-folders) kept: only for the locales above, plus the tree's own
# index and string pool. Trees not listed are dropped entirely.
KEEP_TREES = {
    "coll": ("ucadata.icu",),  # the root collation data
    "zone": ("tzdbNames.res",),
}

# Top-level non-locale items kept (locale data at the top level is kept for
# KEEP_LOCALES only).
KEEP_TOP = (
    "*.nrm",  # normalization (nfkc, nfkc_cf, uts46): small, kept to be safe
    "cnvalias.icu",  # converter names and aliases: ucnv_open needs it for every name
    "uemoji.icu",
    "ulayout.icu",
)
DROP_TOP = (
    "*.spp",  # StringPrep (IDNA2003 and friends): Qt does IDNA itself
    "confusables.cfu",  # spoof checker
    "unames.icu",  # u_charName
    # Top-level data for ICU services Qt never calls: the locale matcher,
    # unit conversion, plural rules, day periods, list genders, grammatical
    # features, currency codes
    "langInfo.res", "units.res", "plurals.res", "pluralRanges.res", "dayPeriods.res", "genderList.res",
    "grammaticalFeatures.res", "currencyNumericCodes.res",
)

# Encoding tables kept: those of the WHATWG Encoding Standard (ICU's
# canonical names as ucnv_getName reports them for the standard's labels),
# plus a few DOS code pages. Base tables of extension-only tables (e.g.
# windows-936-2000 -> ibm-1386_P100-2001) are added automatically.
KEEP_CONVERTERS = (
    "ibm-866_P100-1995",  # IBM866
    "ibm-912_P100-1995",  # ISO-8859-2
    "ibm-913_P100-2000",  # ISO-8859-3
    "ibm-914_P100-1995",  # ISO-8859-4
    "ibm-915_P100-1995",  # ISO-8859-5
    "ibm-1089_P100-1995",  # ISO-8859-6
    "ibm-9005_X110-2007",  # ISO-8859-7
    "ibm-5012_P100-1999",  # ISO-8859-8, ISO-8859-8-I
    "ibm-920_P100-1995",  # ISO-8859-9
    "iso-8859_10-1998",  # ISO-8859-10
    "iso-8859_11-2001",  # ISO-8859-11
    "ibm-921_P100-1995",  # ISO-8859-13
    "iso-8859_14-1998",  # ISO-8859-14
    "ibm-923_P100-1998",  # ISO-8859-15 (PySide6's ICU has no ISO-8859-16 table)
    "ibm-878_P100-1996",  # KOI8-R
    "ibm-1168_P100-2002",  # KOI8-U
    "macos-0_2-10.2",  # macintosh
    "macos-7_3-10.2",  # x-mac-cyrillic
    "windows-874-2000",  # windows-874, TIS-620
    "ibm-5346_P100-1998",  # windows-1250
    "ibm-5347_P100-1998",  # windows-1251
    "ibm-5348_P100-1997",  # windows-1252
    "ibm-5349_P100-1998",  # windows-1253
    "ibm-5350_P100-1998",  # windows-1254
    "ibm-9447_P100-2002",  # windows-1255
    "ibm-9448_X100-2005",  # windows-1256
    "ibm-9449_P100-2002",  # windows-1257
    "ibm-5354_P100-1998",  # windows-1258
    "windows-936-2000",  # GBK, windows-936
    "gb18030",  # gb18030
    "ibm-1383_P110-1999",  # GB2312 (EUC-CN)
    "windows-950-2000",  # Big5, windows-950
    "euc-jp-2007",  # EUC-JP
    "ibm-943_P15A-2003",  # Shift_JIS, windows-31j; also ISO-2022-JP's JIS X 0208
    "ibm-970_P110_P110-2006_U2",  # EUC-KR
    "ibm-949_P110-1999",  # CP949
    "ibm-437_P100-1995",  # IBM437 (DOS)
    "ibm-850_P100-1995",  # IBM850 (DOS Latin-1)
)

# The probe's encodings: label -> sample text (decoded from bytes produced by
# Python's own codec, so the check does not depend on ICU to make them).
PROBE_ENCODINGS = {
    "IBM866": "Привет", "ISO-8859-2": "Zażółć gęślą", "ISO-8859-3": "Ħ ĉ ĝ", "ISO-8859-4": "ĀĒĪ ķļņ",
    "ISO-8859-5": "Привет", "ISO-8859-6": "مرحبا", "ISO-8859-7": "Καλημέρα", "ISO-8859-8": "שלום",
    "ISO-8859-9": "Işık ğ", "ISO-8859-10": "Ŋŧ ð", "ISO-8859-11": "สวัสดี", "ISO-8859-13": "Ąčęė",
    "ISO-8859-14": "Ŵŷ ḃ", "ISO-8859-15": "€ œ Ÿ", "KOI8-R": "Привет",
    "KOI8-U": "Привіт ґ", "macintosh": "café ©", "x-mac-cyrillic": "Привет", "windows-874": "สวัสดี",
    "TIS-620": "สวัสดี", "windows-1250": "Zażółć", "windows-1251": "Привет", "windows-1252": "café € “q”",
    "windows-1253": "Καλημέρα", "windows-1254": "Işık", "windows-1255": "שלום", "windows-1256": "مرحبا",
    "windows-1257": "Ąčęė", "windows-1258": "Vi\u00ea\u0323t", "GBK": "你好世界", "gb18030": "你好世界 😀",
    "GB2312": "你好", "Big5": "你好世界", "EUC-JP": "こんにちは世界", "Shift_JIS": "こんにちは世界",
    "ISO-2022-JP": "こんにちは世界", "EUC-KR": "안녕하세요", "CP949": "안녕하세요", "IBM437": "café ░",
    "IBM850": "café ß",
}
# Python's codec names where they differ from the WHATWG labels above.
_PY_CODEC = {"macintosh": "mac_roman", "x-mac-cyrillic": "mac_cyrillic", "windows-874": "cp874",
             "TIS-620": "tis_620", "CP949": "cp949", "IBM437": "cp437", "IBM850": "cp850", "IBM866": "cp866"}


# --------------------------------------------------------------------------
# ELF: read the data symbol and the SONAME (64-bit little-endian only; the
# bundle is built for x86-64 and arm64 Linux).

def _elf_sections(elf: bytes):
    if elf[:4] != b"\x7fELF" or elf[4] != 2 or elf[5] != 1:
        raise ValueError("not a 64-bit little-endian ELF file")
    shoff, = struct.unpack_from("<Q", elf, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", elf, 0x3A)
    sections = []
    for i in range(shnum):
        _name, stype, _flags, addr, offset, size, link, _info, _align, entsize = struct.unpack_from(
            "<IIQQQQIIQQ", elf, shoff + i * shentsize)
        sections.append({"type": stype, "addr": addr, "offset": offset, "size": size, "link": link,
                         "entsize": entsize})
    return sections


def _cstr(data: bytes, offset: int) -> str:
    return data[offset:data.index(b"\0", offset)].decode("ascii")


def read_library(path: Path) -> tuple[str, str, bytes]:
    """Return (SONAME, data symbol name, data) of an ICU data library."""
    elf = path.read_bytes()
    sections = _elf_sections(elf)
    dynsym = next(s for s in sections if s["type"] == 11)  # SHT_DYNSYM
    strtab = sections[dynsym["link"]]
    strings = elf[strtab["offset"]:strtab["offset"] + strtab["size"]]
    found = []
    for i in range(dynsym["size"] // dynsym["entsize"]):
        st_name, _info, _other, st_shndx, st_value, st_size = struct.unpack_from(
            "<IBBHQQ", elf, dynsym["offset"] + i * dynsym["entsize"])
        name = _cstr(strings, st_name)
        if st_shndx != 0 and name.startswith("icudt") and name.endswith("_dat"):
            found.append((name, st_shndx, st_value, st_size))
    if len(found) != 1:
        raise ValueError(f"expected one icudtNN_dat symbol in {path}, found {[f[0] for f in found]}")
    symbol, shndx, value, size = found[0]
    section = sections[shndx]
    start = section["offset"] + value - section["addr"]
    data = elf[start:start + size]
    soname = None
    dynamic = next(s for s in sections if s["type"] == 6)  # SHT_DYNAMIC
    dynstr = elf[sections[dynamic["link"]]["offset"]:]
    for i in range(dynamic["size"] // 16):
        tag, val = struct.unpack_from("<qQ", elf, dynamic["offset"] + 16 * i)
        if tag == 14:  # DT_SONAME
            soname = _cstr(dynstr, val)
    if not soname:
        raise ValueError(f"{path} has no SONAME")
    return soname, symbol, data


# --------------------------------------------------------------------------
# ICU common data ("CmnD"): a data header (its size in the first two bytes,
# then 0xda 0x27 and a UDataInfo), then the table of contents: an item count
# and per item (name offset, data offset), both relative to the table's
# start, names sorted (ICU finds items by binary search), then the items.

def parse_package(blob: bytes) -> tuple[bytes, str, list[tuple[str, bytes]]]:
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD" or blob[8] != 0:
        raise ValueError("not a little-endian ICU common data package")
    count, = struct.unpack_from("<I", blob, header_size)
    entries = [struct.unpack_from("<II", blob, header_size + 4 + 8 * i) for i in range(count)]
    names = [_cstr(blob, header_size + name_offset) for name_offset, _ in entries]
    prefix = names[0].split("/", 1)[0] + "/"
    if not all(name.startswith(prefix) for name in names):
        raise ValueError("items from more than one package")
    ends = [data_offset for _, data_offset in entries[1:]] + [len(blob) - header_size]
    items = [(name[len(prefix):], blob[header_size + start:header_size + end])
             for name, (_, start), end in zip(names, entries, ends, strict=True)]
    return blob[:header_size], prefix, items


def write_package(header: bytes, prefix: str, items: list[tuple[str, bytes]]) -> bytes:
    items = sorted(items, key=lambda item: (prefix + item[0]).encode("ascii"))
    names = b""
    name_offsets = []
    toc_size = 4 + 8 * len(items)
    for name, _ in items:
        name_offsets.append(toc_size + len(names))
        names += (prefix + name).encode("ascii") + b"\0"
    body = bytearray()
    position = toc_size + len(names)
    position += -(len(header) + position) % 16
    data_offsets = []
    for _, data in items:
        data_offsets.append(position + len(body))
        body += data
        body += b"\0" * (-len(body) % 16)
    toc = struct.pack("<I", len(items)) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True))
    padding = b"\0" * (position - toc_size - len(names))
    return header + toc + names + padding + bytes(body)


# --------------------------------------------------------------------------
# The keep rules.

def _is_locale_item(name: str) -> bool:
    stem, _, ext = name.rpartition(".")
    if ext != "res" or stem in ("pool", "res_index"):
        return False
    language = stem.split("_", 1)[0]
    return stem == "root" or (language.isalpha() and language.islower() and 2 <= len(language) <= 3
                              and stem not in _NON_LOCALE_RES)


# Top-level .res files that are not locales although their names look like one
_NON_LOCALE_RES = {"icustd", "icuver"}


def _locale_kept(stem: str) -> bool:
    return any(fnmatch.fnmatchcase(stem, pattern) for pattern in KEEP_LOCALES)


def keep_item(name: str) -> bool:
    """Whether an item (name relative to the package folder) is kept, before
    converter base tables are added."""
    tree, _, leaf = name.rpartition("/")
    if tree:
        if tree not in KEEP_TREES:
            return False
        if leaf in ("pool.res", "res_index.res") or leaf in KEEP_TREES[tree]:
            return True
        return _is_locale_item(leaf) and _locale_kept(leaf[:-4])
    if any(fnmatch.fnmatchcase(leaf, pattern) for pattern in DROP_TOP):
        return False
    if leaf.endswith(".cnv"):
        return leaf[:-4] in KEEP_CONVERTERS
    if any(fnmatch.fnmatchcase(leaf, pattern) for pattern in KEEP_TOP):
        return True
    if leaf.endswith(".res"):
        if leaf in ("pool.res", "res_index.res"):
            return True
        return _locale_kept(leaf[:-4]) if _is_locale_item(leaf) else True
    return False  # anything else a future ICU adds: unknown to Qt, so not kept


def converter_base_table(data: bytes) -> str | None:
    """The base table an extension-only MBCS table (.cnv) builds on, or None.

    Layout (ICU ucnvmbcs.cpp): data header; UConverterStaticData (100 bytes,
    conversionType at byte 69, 2 = MBCS); the MBCS header: version[4], then
    uint32 countStates, countToUFallbacks, offsetToUCodeUnits,
    offsetFromUTable, offsetFromUBytes, flags, fromUBytesLength, options.
    Output type (flags & 0xff) 14 = MBCS_OUTPUT_EXT_ONLY; its base table's name
    follows the header, whose length in uint32s is 8 for version 4 and
    options & 0x3f for version 5.
    """
    header_size, = struct.unpack_from("<H", data, 0)
    static = header_size
    if data[static + 69] != 2:
        return None
    mbcs = static + 100
    version = data[mbcs:mbcs + 4]
    flags, = struct.unpack_from("<I", data, mbcs + 4 + 4 * 5)
    if flags & 0xFF != 14:
        return None
    if version[0] == 4:
        length = 8
    else:
        options, = struct.unpack_from("<I", data, mbcs + 4 + 4 * 7)
        length = options & 0x3F
    return _cstr(data, mbcs + 4 * length)


def select(items: list[tuple[str, bytes]]) -> tuple[list[tuple[str, bytes]], list[str]]:
    """Return the items kept and a list of problems (kept names that are missing)."""
    by_name = dict(items)
    kept = {name for name, _ in items if keep_item(name)}
    problems = [f"converter table {name}.cnv not in the package" for name in KEEP_CONVERTERS
                if f"{name}.cnv" not in by_name]
    for name in KEEP_TREES:
        if f"{name}/root.res" not in kept:
            problems.append(f"{name}/root.res not in the package")
    pending = [name for name in kept if name.endswith(".cnv")]
    while pending:
        base = converter_base_table(by_name[pending.pop()])
        if base and f"{base}.cnv" not in kept:
            if f"{base}.cnv" not in by_name:
                problems.append(f"base table {base}.cnv not in the package")
                continue
            kept.add(f"{base}.cnv")
            pending.append(f"{base}.cnv")
    return [(name, data) for name, data in items if name in kept], problems


# --------------------------------------------------------------------------
# The shared library.

def build_library(package: bytes, soname: str, symbol: str, out: Path) -> None:
    compiler = os.environ.get("CC") or shutil.which("gcc") or shutil.which("cc")
    if not compiler:
        raise RuntimeError("no C compiler (gcc) to assemble the data library")
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "icudata.dat").write_bytes(package)
        Path(tmp, "icudata.S").write_text(
            "\t.section .rodata\n"
            "\t.balign 16\n"
            f"\t.globl {symbol}\n"
            f"\t.type {symbol}, %object\n"
            f"{symbol}:\n"
            '\t.incbin "icudata.dat"\n'
            f"\t.size {symbol}, . - {symbol}\n"
            '\t.section .note.GNU-stack,"",%progbits\n'
        )
        done = subprocess.run(
            [compiler, "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-Wl,-z,noexecstack",
             "-o", "libicudata.so", "icudata.S"],
            cwd=tmp, capture_output=True, text=True,
        )
        if done.returncode != 0:
            raise RuntimeError(f"{compiler} could not assemble the data library: {done.stderr.strip()[-1000:]}")
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(Path(tmp, "libicudata.so"), out)
    out.chmod(0o755)
    # Read it back: the same symbol, the same SONAME, the same bytes.
    got_soname, got_symbol, got_data = read_library(out)
    if (got_soname, got_symbol, got_data) != (soname, symbol, package):
        raise RuntimeError(f"{out} does not read back as written")


def trim(full_lib: Path, out: Path) -> dict:
    soname, symbol, blob = read_library(full_lib)
    header, prefix, items = parse_package(blob)
    kept, problems = select(items)
    if problems:
        raise RuntimeError("; ".join(problems))
    package = write_package(header, prefix, kept)
    # Sanity: the new package parses, and holds exactly the kept items.
    if parse_package(package)[2] != sorted(kept, key=lambda item: (prefix + item[0]).encode()):
        raise RuntimeError("the trimmed package does not read back as written")
    build_library(package, soname, symbol, out)
    return {"items": len(items), "kept": len(kept), "full_bytes": len(blob), "kept_bytes": len(package)}


# --------------------------------------------------------------------------
# The check: what Qt computes with ICU, with the full and the trimmed data.
# Run in a child process whose LD_LIBRARY_PATH puts the library to test
# first (it beats the RUNPATH $ORIGIN of PySide6's libicuuc).

_PROBE = r"""
import json, sys
from PySide6.QtCore import (QBuffer, QByteArray, QCollator, QDate, QDateTime, QIODevice, QLocale,
                            QStringConverter, QStringDecoder, QTextBoundaryFinder, QTime, QTimeZone, QUrl,
                            QXmlStreamReader, qInstallMessageHandler)
messages = []
qInstallMessageHandler(lambda mode, context, text: messages.append(text))
samples = json.loads(sys.argv[1])
out = {}
def decode(label, data):
    # PySide6 does not bind QStringDecoder's decode(); QXmlStreamReader decodes a
    # document in its declared encoding with a QStringDecoder made from the name.
    if not QStringDecoder(label).isValid():
        return None
    buffer = QBuffer()
    buffer.setData(QByteArray(b'<?xml version="1.0" encoding="' + label.encode() + b'"?><r>' + data + b"</r>"))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QXmlStreamReader(buffer)
    while not reader.atEnd():
        if reader.readNext() == QXmlStreamReader.TokenType.StartElement:
            return reader.readElementText()
    return "error: " + reader.errorString()
for label, data in samples["encodings"].items():
    out["decode " + label] = decode(label, bytes.fromhex(data))
for text in ("istanbul DİYARBAKIR", "straße ǆ", "Ὀδυσσεύς ΆΈΉ", "i̇ Į̇", "مرحبا", "ǅ ﬃ"):
    for name in ("en_US", "tr_TR", "az", "lt", "el", "nl", "ar_EG", "de_DE"):
        out[f"case {name} {text}"] = [QLocale(name).toUpper(text), QLocale(name).toLower(text)]
words = ["zebra", "Äpfel", "apple", "Zürich", "file10", "file9", "ça", "cote", "côte", "coté", "Ωmega",
         "محمد", "أحمد", "李", "王", "สมชาย", "😀", "Émile", "ÅSA", "éclair", "naïve", "a-b", "ab"]
for name, numeric in (("en_US", False), ("en_US", True), ("C", False), ("en_GB", True)):
    collator = QCollator(QLocale(name))
    collator.setNumericMode(numeric)
    out[f"collate {name} {numeric}"] = sorted(words, key=__import__("functools").cmp_to_key(collator.compare))
for name in ("sv_SE", "zh_CN", "ar", "th_TH", "de_DE"):  # tailorings dropped: only check they work
    collator = QCollator(QLocale(name))
    sorted(words, key=__import__("functools").cmp_to_key(collator.compare))
when = QDateTime(QDate(2024, 1, 15), QTime(12, 0), QTimeZone(b"UTC"))
for zone in (b"Europe/Berlin", b"America/New_York", b"Asia/Kolkata", b"Asia/Shanghai", b"Africa/Cairo",
             b"Australia/Sydney", b"UTC", b"Pacific/Chatham"):
    tz = QTimeZone(zone)
    for name in ("en_US", "en_GB", "C"):
        for tt in (QTimeZone.TimeType.StandardTime, QTimeZone.TimeType.DaylightTime, QTimeZone.TimeType.GenericTime):
            for nt in (QTimeZone.NameType.LongName, QTimeZone.NameType.ShortName, QTimeZone.NameType.OffsetName):
                out[f"zone {zone.decode()} {name} {tt.name} {nt.name}"] = tz.displayName(tt, nt, QLocale(name))
        out[f"zone {zone.decode()} {name} at"] = tz.displayName(when, QTimeZone.NameType.LongName, QLocale(name))
    for name in ("de_DE", "ar_EG", "zh_CN", "th_TH"):  # names dropped: only check they are not empty
        standard, long_name = QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName
        if tz.isValid() and not tz.displayName(standard, long_name, QLocale(name)):
            raise SystemExit(f"no display name for {zone} in {name}")
    out[f"zone {zone.decode()} offset"] = tz.offsetFromUtc(when)
out["datetime"] = QLocale("en_US").toString(when, "yyyy-MM-dd HH:mm t tttt")
QLocale("de_DE").toString(when, "yyyy-MM-dd HH:mm t tttt")  # German zone names dropped
for text in ("สวัสดีครับ ยินดีต้อนรับ", "你好世界，欢迎", "مرحبا بالعالم", "👨‍👩‍👧 ok 🇬🇧", "नमस्ते दुनिया"):
    for kind in (QTextBoundaryFinder.BoundaryType.Grapheme, QTextBoundaryFinder.BoundaryType.Word,
                 QTextBoundaryFinder.BoundaryType.Line, QTextBoundaryFinder.BoundaryType.Sentence):
        finder = QTextBoundaryFinder(kind, text)
        positions = []
        while (position := finder.toNextBoundary()) != -1:
            positions.append(position)
        out[f"boundary {kind.name} {text}"] = positions
out["idna"] = QUrl("http://bücher.example/ü").toEncoded().data().decode()
out["encodings available"] = "UTF-8" in QStringConverter.availableCodecs()
out["messages"] = messages
print(json.dumps(out, ensure_ascii=False))
"""


def _probe_samples() -> dict:
    encodings = {}
    for label, text in PROBE_ENCODINGS.items():
        codec = _PY_CODEC.get(label, label)
        encodings[label] = text.encode(codec).hex()
    return {"encodings": encodings}


def _run_probe(library_dir: Path | None) -> dict:
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    if library_dir is not None:
        env["LD_LIBRARY_PATH"] = os.pathsep.join(filter(None, [str(library_dir), env.get("LD_LIBRARY_PATH")]))
    env["LC_ALL"] = env["LANG"] = "C.UTF-8"
    done = subprocess.run([sys.executable, "-c", _PROBE, json.dumps(_probe_samples())], env=env,
                          capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f"probe failed: {done.stderr.strip()[-2000:]}")
    return json.loads(done.stdout)


def check(trimmed_lib: Path) -> list[str]:
    """Differences between Qt's results with the full and with the trimmed data."""
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copyfile(trimmed_lib, Path(tmp, read_library(trimmed_lib)[0]))
        trimmed = _run_probe(Path(tmp))
    full = _run_probe(None)
    problems = [f"{key}: {full.get(key)!r} (full) != {trimmed.get(key)!r} (trimmed)"
                for key in sorted(set(full) | set(trimmed)) if full.get(key) != trimmed.get(key)]
    samples = {label: text for label, text in PROBE_ENCODINGS.items()}
    problems += [f"{label}: {full.get(f'decode {label}')!r} with the full data, not {text!r}"
                 for label, text in samples.items() if full.get(f"decode {label}") != text]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("full_lib", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--check", action="store_true", help="compare Qt's results with the full data")
    args = parser.parse_args(argv)
    try:
        stats = trim(args.full_lib, args.out)
        print(f"ICU data: kept {stats['kept']} of {stats['items']} items, "
              f"{stats['kept_bytes'] / 1e6:.1f} of {stats['full_bytes'] / 1e6:.1f} MB")
        if args.check:
            problems = check(args.out)
            if problems:
                raise RuntimeError("Qt's results differ with the trimmed data:\n  " + "\n  ".join(problems[:40]))
            print("ICU data: Qt's collation, case mapping, codecs and zone names match the full data")
    except Exception as error:  # every failure means: keep the full library
        args.out.unlink(missing_ok=True)
        print(f"trim_icudata: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
