"""Put finished Welsh translations into resources/translations/cse_screening_cy.ts after
pyside6-lupdate has added new sources: ``python scripts/fill-translations.py FILE.py`` where FILE
defines ``CY = {(context, English): Welsh}``. Only messages still unfinished are filled; each
one given that lupdate no longer has is named, so a typo in a source is seen, not lost."""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "resources" / "translations" / "cse_screening_cy.ts"


def main(source: str) -> int:
    wanted: dict[tuple[str, str], str] = runpy.run_path(source)["CY"]
    tree = ET.parse(TS)
    used = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "")
            translation = message.find("translation")
            if key in wanted and translation is not None and translation.get("type") == "unfinished":
                translation.text = wanted[key]
                del translation.attrib["type"]
                used.add(key)
    tree.write(TS, encoding="utf-8", xml_declaration=False)
    text = TS.read_text(encoding="utf-8")
    TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + ("" if text.endswith("\n") else "\n"),
                  encoding="utf-8")
    for key in sorted(set(wanted) - used):
        print(f"not filled (no such unfinished source): {key}", file=sys.stderr)
    print(f"filled {len(used)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
