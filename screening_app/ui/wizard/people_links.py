"""Beside a people-of-concern entry (SPEC 12): the records already in this vault it may be, and the
other children it is already linked to.

As the practitioner types a name, the vault's people with a name alike are offered, each with why
and how many children it is linked to; Enter on one links the entry to that record (the same man
in three children's records becomes one record, with the name typed here kept as an alias). A
car, phone or handle typed in the entry that other children's records hold is said at once:
"This car is also linked to 2 other children: ...". Nothing is joined without the practitioner's
choice; "Not the same person" undoes it. The vault is asked through ``PeopleLookup`` (the shell
gives one; without it the entry is as before). Only this vault's records, shown to the
practitioner who holds it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from screening_app.ui.i18n import translate

CHOSEN = "context"  # the people row's key for the chosen record (domain.navigation.CHOSEN_RECORD)
LOOKUP_MS = 150  # after the last key: typing never waits for the vault


@dataclass(frozen=True)
class RecordOffer:
    uuid: str
    text: str  # "Daniel Hart: a short form of the same name; linked to 1 other child"


@dataclass(frozen=True)
class ChosenRecord:
    text: str  # "Linked to this vault's record “Daniel Hart”, also linked to Amy Test"
    fill: dict[str, Any]  # what the record knows that the entry leaves empty (an age feeds the age-gap prompt)


class PeopleLookup(Protocol):
    def offers(self, text: str) -> list[RecordOffer]: ...

    def chosen(self, uuid: str) -> ChosenRecord | None: ...

    def seen(self, row: dict[str, Any]) -> tuple[str, str]:
        """("2 other children", "This car (AB12 CDE) is also linked to 2 other children: ..."), or ("", "")."""


class _Offers(QListWidget):
    """Enter links the current offer and is used up here: the wizard's Enter-for-Next must not
    also act on the button that takes the focus afterwards."""

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self.itemActivated.emit(self.currentItem())
            event.accept()
            return
        super().keyPressEvent(event)


class PeopleLinks(QWidget):
    """Shown under the entry's name; one Tab stop for the offers when there are any."""

    def __init__(self, group_id: str, lookup: PeopleLookup, row: Callable[[], dict[str, Any] | None],
                 choose: Callable[[str | None, dict[str, Any]], None], offers: bool = True) -> None:
        super().__init__()
        self.lookup, self.row, self.choose, self.with_offers = lookup, row, choose, offers
        self.setObjectName(f"{group_id}.links")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.seen_label = self._label(f"{group_id}.seen", "prompt")
        self.chosen_label = self._label(f"{group_id}.chosen", "help")
        self.unlink = QPushButton(translate("Wizard", "Not the same &person"))
        self.unlink.setObjectName(f"{group_id}.unlink")
        self.unlink.setAccessibleName(translate("Wizard", "Not the same person: unlink this entry from the "
                                                          "vault's record"))
        self.unlink.clicked.connect(lambda: self.choose(None, {}))
        self.offers_title = self._label(f"{group_id}.offers.title", "indicator")
        self.offers_title.setText(translate("Wizard", "Already in this vault? Enter links this entry to the record:"))
        self.offers = _Offers()
        self.offers.setObjectName(f"{group_id}.offers")
        self.offers.setAccessibleName(translate("Wizard", "People already in this vault with a name alike: Enter links "
                                                          "this entry"))
        self.offers.setWordWrap(True)
        self.offers.itemActivated.connect(self._picked)
        for widget in (self.seen_label, self.chosen_label, self.unlink, self.offers_title, self.offers):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft if widget is self.unlink else Qt.AlignmentFlag(0))
        self.refresh()

    @staticmethod
    def _label(name: str, role: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setProperty("role", role)
        return label

    def refresh(self) -> None:
        row = self.row()
        if row is None:
            self.hide()
            return
        seen = self.lookup.seen(row)[1]
        self.seen_label.setText(seen)
        self.seen_label.setVisible(bool(seen))
        chosen = self.lookup.chosen(row[CHOSEN]) if row.get(CHOSEN) else None
        self.chosen_label.setText(chosen.text if chosen else "")
        self.chosen_label.setVisible(chosen is not None)
        self.unlink.setVisible(chosen is not None)
        offers = [] if chosen or not self.with_offers else self.lookup.offers(str(row.get("name") or ""))
        self.offers.clear()
        for offer in offers:
            item = QListWidgetItem(offer.text)
            item.setData(Qt.ItemDataRole.UserRole, offer.uuid)
            self.offers.addItem(item)
        if offers:
            self.offers.setCurrentRow(0)
            rows = sum(self.offers.sizeHintForRow(i) for i in range(min(len(offers), 4)))
            self.offers.setFixedHeight(rows + 2 * self.offers.frameWidth() + 4)  # no empty space below
        self.offers_title.setVisible(bool(offers))
        self.offers.setVisible(bool(offers))
        self.setVisible(bool(seen or chosen or offers))

    def _picked(self, item: QListWidgetItem) -> None:
        uuid = str(item.data(Qt.ItemDataRole.UserRole) or "")
        chosen = self.lookup.chosen(uuid)
        if chosen is not None:
            self.choose(uuid, chosen.fill)
            self.unlink.setFocus(Qt.FocusReason.OtherFocusReason)
