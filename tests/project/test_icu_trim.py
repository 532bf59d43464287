"""The trimmed ICU data of the Linux bundle (scripts/trim_icudata.py, run by build.spec).

Runs on the dev venv's own libicudata in about a second: the keep rules on
the real package, the package writer, and (with a C compiler) the trimmed
library against Qt's results with the full data. Building the bundle itself
is scripts/build-bundle.sh's job.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the trimmed ICU data is Linux only")


def _load_script():
    spec = importlib.util.spec_from_file_location("trim_icudata", ROOT / "scripts" / "trim_icudata.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


trim_icudata = _load_script()


@pytest.fixture(scope="module")
def full_lib() -> Path:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not found:
        pytest.skip("this PySide6 has no bundled libicudata")
    return found[0]


@pytest.fixture(scope="module")
def package(full_lib):
    _soname, _symbol, blob = trim_icudata.read_library(full_lib)
    return trim_icudata.parse_package(blob)


def test_keeps_what_qt_uses_and_drops_the_rest(package):
    _header, _prefix, items = package
    kept, problems = trim_icudata.select(items)
    assert problems == []
    names = {name for name, _ in kept}
    for needed in (
        "coll/root.res", "coll/ucadata.icu", "coll/res_index.res",  # QCollator, root order
        "cnvalias.icu", "ibm-5348_P100-1997.cnv", "gb18030.cnv",  # QStringDecoder by name
        "ibm-1386_P100-2001.cnv", "ibm-1373_P100-2002.cnv",  # base tables of GBK and Big5
        "zoneinfo64.res", "metaZones.res", "timezoneTypes.res", "zone/root.res", "zone/en.res", "zone/pool.res",
        "supplementalData.res", "likelySubtags.res", "root.res", "en.res", "res_index.res", "pool.res",
        "nfkc.nrm", "uts46.nrm",
    ):
        assert needed in names, needed
    for dropped in (
        "brkitr/cjdict.dict", "brkitr/line.brk", "translit/root.res", "rbnf/root.res", "coll/zh.res",
        "coll/sv.res", "lang/en.res", "region/en.res", "curr/en.res", "unit/en.res", "zone/de.res", "de.res",
        "unames.icu", "rfc3491.spp", "confusables.cfu", "ibm-37_P100-1995.cnv", "langInfo.res",
    ):
        assert dropped not in names, dropped
    kept_bytes = sum(len(data) for _, data in kept)
    assert kept_bytes < 5_000_000 < sum(len(data) for _, data in items) / 4


def test_package_round_trip(package):
    header, prefix, items = package
    some = [item for item in items if item[0].startswith(("coll/", "zone/en", "cnvalias"))]
    blob = trim_icudata.write_package(header, prefix, some)
    assert trim_icudata.parse_package(blob) == (header, prefix, some)
    # Items stay 16-byte aligned: ICU maps them in place.
    count = int.from_bytes(blob[len(header):len(header) + 4], "little")
    for i in range(count):
        offset = int.from_bytes(blob[len(header) + 8 + 8 * i:len(header) + 12 + 8 * i], "little")
        assert (len(header) + offset) % 16 == 0


@pytest.mark.skipif(not (shutil.which("gcc") or shutil.which("cc")), reason="needs a C compiler")
def test_trimmed_library_gives_qt_the_same_results(full_lib, tmp_path):
    out = tmp_path / full_lib.name
    stats = trim_icudata.trim(full_lib, out)
    assert stats["kept_bytes"] < stats["full_bytes"] / 5
    soname, symbol, _data = trim_icudata.read_library(out)
    assert (soname, symbol) == trim_icudata.read_library(full_lib)[:2]
    assert trim_icudata.check(out) == []
