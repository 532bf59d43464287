"""Evidence from the chronology for one indicator (SPEC 11): the facts recorded once, ticked here.

Under a Yes or Possible, each chronology entry of the assessment is a check box ("29 Oct 2026 ·
Seen by me: A man of about 24 in a grey car..."). Entries whose words suggest this indicator come
first, marked "suggested" with the words that matched; none is ticked for the practitioner. One
entry may evidence many indicators, so a fact is typed once and ticked where it applies; a note is
then needed only for what the entries do not say. Tab walks the boxes, Space ticks.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from screening_app.domain.chronology import ChronologyEntry, latest_first, suggest_indicators
from screening_app.domain.schema import FormDefinition, Indicator

SHOWN_CHARACTERS = 110


def entry_words(entry: ChronologyEntry) -> str:
    text = " ".join(entry.what.split())
    short = text if len(text) <= SHOWN_CHARACTERS else text[: text.rfind(" ", 0, SHOWN_CHARACTERS)] + "\u2026"
    return f"{entry.when.words()} \u00b7 {entry.source_words()}: {short}"


def ordered_for(form: FormDefinition, indicator: Indicator,
                entries: Sequence[ChronologyEntry]) -> list[tuple[ChronologyEntry, str]]:
    """Each entry with the words that suggest this indicator ("" when none): suggested first, then the
    rest, each group latest first."""
    cues = {}
    for entry in entries:
        found = [s for s in suggest_indicators(entry.what, form) if s.indicator_id == indicator.id]
        cues[entry.id] = found[0].cue if found else ""
    ordered = latest_first(list(entries))
    return [(e, cues[e.id]) for e in ordered if cues[e.id]] + [(e, "") for e in ordered if not cues[e.id]]


def parse_entries(events: Sequence[dict[str, Any]]) -> list[ChronologyEntry]:
    """The wizard state's ``events`` as entries; one that cannot be read is left out, never a crash."""
    out = []
    for raw in events:
        try:
            out.append(ChronologyEntry.model_validate(raw))
        except ValueError:
            continue
    return out


class EvidencePicker(QWidget):
    """``changed(ids)`` whenever a box is ticked or cleared."""

    changed = Signal(list)

    def __init__(self, form: FormDefinition, indicator: Indicator, events: Sequence[dict[str, Any]],
                 cited: Sequence[str]) -> None:
        super().__init__()
        self.indicator = indicator
        self.setObjectName(f"{indicator.id}.events")
        self.setAccessibleName(f"Evidence from the chronology: {indicator.label}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        title = QLabel("Evidence from the chronology (tick what applies; a fact is recorded once)")
        title.setProperty("role", "help")
        layout.addWidget(title)
        self.form = form
        self.boxes: dict[str, QCheckBox] = {}
        for entry, cue in ordered_for(form, indicator, parse_entries(events)):
            self._add_box(entry, cue, entry.id in cited)
        self.setVisible(bool(self.boxes))

    def _add_box(self, entry: ChronologyEntry, cue: str, checked: bool) -> None:
        box = QCheckBox(entry_words(entry) + (f"  (suggested: \u201c{cue}\u201d)" if cue else ""))
        box.setObjectName(f"{self.indicator.id}.events.{entry.id}")
        box.setAccessibleName(f"Evidence: {entry_words(entry)}")
        box.setChecked(checked)
        box.toggled.connect(lambda _on: self.changed.emit(self.cited()))
        self.boxes[entry.id] = box
        self.layout().addWidget(box)

    def add_entry(self, raw: dict[str, Any]) -> None:
        """An entry recorded while the assessment is open (Ctrl+K): offered here too, unticked."""
        entries = parse_entries([raw])
        if not entries or entries[0].id in self.boxes:
            return
        (cue,) = [c for _e, c in ordered_for(self.form, self.indicator, entries)]
        self._add_box(entries[0], cue, False)
        self.setVisible(True)

    def cited(self) -> list[str]:
        return [entry_id for entry_id, box in self.boxes.items() if box.isChecked()]

    def set_cited(self, cited: Sequence[str]) -> None:
        for entry_id, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(entry_id in cited)
            box.blockSignals(False)

    def first_box(self) -> QCheckBox | None:
        return next(iter(self.boxes.values()), None)
