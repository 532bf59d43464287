"""Records, Partnership picture... (issue 16): the anonymous picture for governors and the local
safeguarding partnership for a period (by default the last school term), as simple bar charts
with hidden counts drawn as "<5"; saved as the PDF or the CSV (each save audited: its kind, never a
figure). Keyboard: Alt+F and Alt+T the dates, Alt+P the PDF, Alt+C the CSV, Esc closes."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from screening_app.domain.partnership import CHARTS, HIDDEN, Chart, last_term
from screening_app.ui.governance.bars import BarsWidget
from screening_app.ui.i18n import QT_TRANSLATE_NOOP, dates_locale, translate
from screening_app.ui.shell import widgets as w
from screening_app.words import fill

INTRO = QT_TRANSLATE_NOOP("Partnership",
                          "Anonymous counts for governors and the local safeguarding partnership: no child's name, "
                          "reference or date of birth. Counts of 1 to 4 are hidden and shown as <5 (a hatched, dashed "
                          "bar, never 0); where one hidden count could be worked out from a total, a second is hidden "
                          "too. The child's sex is not recorded, so there is no breakdown by sex.")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PartnershipDialog(QDialog):
    def __init__(self, parent: Any, session: Any) -> None:
        super().__init__(parent)
        from screening_app.services.report import ReportService

        records = session.records
        self.service = ReportService(records.vault, records.actor, session.clock)
        self.report: dict[str, Any] | None = None
        self.setObjectName("partnershipPicture")
        self.setWindowTitle(translate("Partnership", "The partnership's picture"))
        self.resize(1080, 700)
        layout = QVBoxLayout(self)
        layout.addWidget(w.label(translate("Partnership", INTRO), "intro"))
        layout.addLayout(self._period(session.clock.today()))
        self.headline = w.label("", "", "partnership.headline")
        self.headline.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.headline)
        layout.addWidget(self._charts(), 1)
        self.status = w.label("", "help", "partnership.status")
        self.status.hide()
        layout.addWidget(self.status)
        self.pdf_button = w.button(translate("Partnership", "Save as &PDF..."), "partnership.savePdf", self.save_pdf)
        self.csv_button = w.button(translate("Partnership", "Save as &CSV..."), "partnership.saveCsv", self.save_csv)
        close = w.button(translate("Partnership", "Close"), "partnership.close", self.accept, primary=True)
        layout.addWidget(w.row(self.pdf_button, self.csv_button, close, right=True))
        self.refresh()

    def _period(self, today: date) -> QHBoxLayout:
        start, end = last_term(today)
        row = QHBoxLayout()
        self.start, self.end = QDateEdit(_qdate(start)), QDateEdit(_qdate(end))
        for edit, name, words, text in ((self.start, "partnership.from", translate("Partnership", "From"),
                                         translate("Partnership", "&From")),
                                        (self.end, "partnership.to", translate("Partnership", "To"),
                                         translate("Partnership", "&To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setLocale(dates_locale())
            w.named(edit, name, words)
            edit.dateChanged.connect(lambda _d: self.refresh())
            label = QLabel(text)
            label.setBuddy(edit)
            label.setMinimumWidth(label.fontMetrics().horizontalAdvance(words) + 12)
            row.addSpacing(6)
            row.addWidget(label)
            row.addWidget(edit)
        hint = w.label(translate("Partnership", "The last school term is chosen at first; change the dates for "
                                                "another period."), "intro")
        hint.setWordWrap(False)  # a wrapping label in a row squeezes the labels beside it
        row.addSpacing(8)
        row.addWidget(hint, 1)
        return row

    def _charts(self) -> QScrollArea:
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(6)
        self.bars: dict[str, BarsWidget] = {}
        place = 0  # cells in a grid of two columns; the indicators' long words take a whole row
        for chart in CHARTS:
            wide = chart.measure == "children_by_indicator"
            bars = BarsWidget(f"partnership.{chart.measure}", chart.title, 0.68 if wide else 0.42)
            self.bars[chart.measure] = bars
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 6, 0, 6)
            box.addWidget(w.label(chart.title, "indicator"))
            box.addWidget(w.label(chart.says, "intro"))
            box.addWidget(bars)
            box.addStretch(1)
            if wide:
                place += place % 2
                grid.addWidget(cell, place // 2, 0, 1, 2)
                place += 2
            else:
                grid.addWidget(cell, place // 2, place % 2)
                place += 1
        scroll = QScrollArea()
        scroll.setObjectName("partnership.charts")
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        return scroll

    def refresh(self) -> None:
        from screening_app.services.report import ReportError

        try:
            self.report = self.service.picture(_day(self.start.date()), _day(self.end.date()))
        except ReportError as exc:
            self.report = None
            self._say(fill(translate("Partnership", "Choose another period: %1."), exc))
        else:
            self._say("")
        self.pdf_button.setEnabled(self.report is not None)
        self.csv_button.setEnabled(self.report is not None)
        self._show()

    def _show(self) -> None:
        report = self.report
        if report is None:
            self.headline.clear()
            for bars in self.bars.values():
                bars.set_rows([])
            return
        view = self.service.view(report)
        for chart in CHARTS:
            self.bars[chart.measure].set_rows(*self._rows(chart, view))
        interval = report["first_concern_to_referral"]
        counts = (_count(report["assessments"]), _count(report["children"]), _count(report["escalations"]))
        if interval["median_days"] is None:
            self.headline.setText(fill(translate(
                "Partnership", "%1 assessments · %2 children · %3 escalations · too few referrals to show the days "
                               "to referral"), *counts))
        else:
            self.headline.setText(fill(translate(
                "Partnership", "%1 assessments · %2 children · %3 escalations · median %4 days from first concern to "
                               "referral"), *counts, f"{interval['median_days']:g}"))

    @staticmethod
    def _rows(chart: Chart, view: Any) -> tuple[list, list[str] | None]:
        rows = view.rows(chart.measure, chart.limit)
        if chart.measure == "assessments_by_level":
            return rows, [view.level_colours.get(k, "#555555") for k in ("high", "medium", "low")]
        return rows, None

    # ------------------------------------------------------------ saving

    def choose_path(self, title: str, suggested: str, kind: str) -> str:  # replaced in tests
        return QFileDialog.getSaveFileName(self, title, suggested, kind)[0]

    def save_pdf(self) -> None:
        self._save(translate("Partnership", "Save the partnership's picture"), "partnership-picture.pdf",
                   translate("Partnership", "PDF files (*.pdf)"), ".pdf",
                   self.service.save_pdf)

    def save_csv(self) -> None:
        self._save(translate("Partnership", "Save the partnership's figures"), "partnership-picture.csv",
                   "CSV (*.csv)", ".csv", self.service.save_csv)

    def _save(self, title: str, suggested: str, kind: str, suffix: str, write: Any) -> None:
        if self.report is None:
            return
        name = self.choose_path(title, suggested, kind)
        if not name:
            return
        path = Path(name if name.lower().endswith(suffix) else f"{name}{suffix}")
        try:
            write(self.report, path)
        except Exception as exc:  # a full disk or a read-only folder must be said, in words
            self._say(fill(translate("Partnership", "Not saved: %1"), getattr(exc, "message", None) or exc))
            return
        self._say(fill(translate("Partnership", "Saved to %1. The audit trail records that the picture was saved, "
                                                "not what it says."), path))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))


def _count(value: Any) -> str:
    return HIDDEN if value == HIDDEN else str(value)

