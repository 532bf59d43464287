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

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QToolButton, QVBoxLayout, QWidget

from screening_app.domain.chronology import ChronologyEntry, latest_first, suggest_indicators
from screening_app.domain.schema import FormDefinition, Indicator
from screening_app.ui.i18n import translate
from screening_app.words import fill

SHOWN_CHARACTERS = 110


def entry_words(entry: ChronologyEntry) -> str:
    """'29 Oct 2026 · Seen by me: ...', its date and source in the interface's language (as the
    chronology panel words them); what happened as it was typed."""
    from screening_app.ui.chronology.panel import source_words, when_words

    text = " ".join(entry.what.split())
    short = text if len(text) <= SHOWN_CHARACTERS else text[: text.rfind(" ", 0, SHOWN_CHARACTERS)] + "\u2026"
    return f"{when_words(entry.when)} \u00b7 {source_words(entry)}: {short}"


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
    """``changed(ids)`` whenever a box is ticked or cleared.

    Entries whose words suggest this indicator come first; the others wait behind "Other entries
    (N)" so that Tab goes from the suggestions to the note in a step or two. With no suggestion,
    every entry is shown. An entry ticked earlier is always shown."""

    changed = Signal(list)

    def __init__(self, form: FormDefinition, indicator: Indicator, events: Sequence[dict[str, Any]],
                 cited: Sequence[str]) -> None:
        super().__init__()
        self.indicator = indicator
        self.setObjectName(f"{indicator.id}.events")
        self.setAccessibleName(fill(translate("Wizard", "Evidence from the chronology: %1"), indicator.label))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        title = QLabel(translate("Wizard", "Evidence from the chronology (tick what applies; a fact is recorded once)"))
        title.setProperty("role", "help")
        layout.addWidget(title)
        self.form = form
        self.boxes: dict[str, QCheckBox] = {}
        self.suggested: list[str] = []
        self.suggested_box, self.others_box = QVBoxLayout(), QVBoxLayout()
        self.more = QToolButton()
        self.more.setObjectName(f"{indicator.id}.events.more")
        self.more.setCheckable(True)
        self.more.setProperty("role", "link")
        self.more.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.more.toggled.connect(self._show_others)
        self.others = QWidget()
        self.others.setLayout(self.others_box)
        self.others_box.setContentsMargins(0, 0, 0, 0)
        self.others_box.setSpacing(2)
        layout.addLayout(self.suggested_box)
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.others)
        for entry, cue in ordered_for(form, indicator, parse_entries(events)):
            self._add_box(entry, cue, entry.id in cited)
        self._show_others(any(self.boxes[i].isChecked() for i in self._other_ids()))
        self.setVisible(bool(self.boxes))

    def _other_ids(self) -> list[str]:
        return [i for i in self.boxes if i not in self.suggested]

    def _add_box(self, entry: ChronologyEntry, cue: str, checked: bool) -> None:
        box = QCheckBox(fill(translate("Wizard", "%1  (suggested: “%2”)"), entry_words(entry), cue) if cue
                        else entry_words(entry))
        box.setObjectName(f"{self.indicator.id}.events.{entry.id}")
        box.setAccessibleName(fill(translate("Wizard", "Evidence: %1"), entry_words(entry)))
        box.setChecked(checked)
        box.toggled.connect(lambda _on: self.changed.emit(self.cited()))
        self.boxes[entry.id] = box
        if cue:
            self.suggested.append(entry.id)
            self.suggested_box.addWidget(box)
        else:
            self.others_box.addWidget(box)

    def _show_others(self, shown: bool) -> None:
        others = len(self._other_ids())
        folded = bool(self.suggested) and others > 0
        self.more.setVisible(folded)
        self.more.blockSignals(True)
        self.more.setChecked(shown)
        self.more.blockSignals(False)
        self.more.setText(fill(translate("Wizard", "Hide the other entries (%1)") if shown else
                               translate("Wizard", "Other entries (%1)…"), others))
        self.more.setAccessibleName(fill(translate("Wizard", "Show the %1 other chronology entries"), others)
                                    if not shown else translate("Wizard", "Hide the other chronology entries"))
        self.others.setVisible(shown or not folded)

    def tab_stops(self) -> list[QWidget]:
        """In Tab order: the suggested entries, "Other entries", the other entries."""
        return [*(self.boxes[i] for i in self.suggested), self.more, *(self.boxes[i] for i in self._other_ids())]

    def add_entry(self, raw: dict[str, Any]) -> None:
        """An entry recorded while the assessment is open (Ctrl+K): offered here too, unticked."""
        entries = parse_entries([raw])
        if not entries or entries[0].id in self.boxes:
            return
        (cue,) = [c for _e, c in ordered_for(self.form, self.indicator, entries)]
        self._add_box(entries[0], cue, False)
        self._show_others(self.more.isChecked())
        self.setVisible(True)

    def cited(self) -> list[str]:
        return [entry_id for entry_id, box in self.boxes.items() if box.isChecked()]

    def set_cited(self, cited: Sequence[str]) -> None:
        for entry_id, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(entry_id in cited)
            box.blockSignals(False)
        if any(i in cited for i in self._other_ids()):
            self._show_others(True)

    def first_box(self) -> QWidget | None:
        return next((w for w in self.tab_stops() if not w.isHidden()), None)
