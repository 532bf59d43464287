"""The partnership's picture as a PDF for governors and the local safeguarding partnership
(issue 16): the period, the organisation, the suppression rule in plain words, then one chart per
breakdown (reportlab's own graphics) with its table of figures below it, for those who cannot read
the chart. A hidden count ("<5", a number from 1 to 4) is never drawn as a number or as 0: its bar
is hollow and dashed, drawn to 4 (the most it could be), labelled "<5", and the key says so.
Nothing in it names a child: the view-model holds counts and the form pack's words only."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import KeepTogether, Paragraph, Spacer
from reportlab.platypus import Table as RLTable

from screening_app.domain.partnership import CHARTS, HIDDEN, Cell, Chart, PictureView
from screening_app.domain.referral import format_date
from screening_app.reporting import styles as st
from screening_app.reporting.fonts import BOLD, REGULAR, register_primary
from screening_app.reporting.templates import Furniture, build_pdf
from screening_app.reporting.text import inline

BAR = colors.HexColor("#4D6B82")
HIDDEN_AT = 4  # a hidden count is drawn as long as the largest it could be
ROW = 15  # points per bar in a horizontal chart, for one line of label
LABEL_LINE = 9.5
LABEL_WIDTH = 62 * st.mm
FIGURES_WIDTH = (st.CONTENT_WIDTH * 0.62, st.CONTENT_WIDTH * 0.18)
RULE = (
    "Counts of 1 to 4 are not shown: they appear as \u201c<5\u201d, so that no child can be recognised. Where a "
    "table has a total and a hidden count could be worked out by taking the others from it (one count hidden "
    "alone, or hidden counts that could only each be 1), the next smallest is hidden too. 0 is shown: it "
    "tells nothing about any child."
)
KEY = ("In the charts, a hollow dashed bar marked \u201c<5\u201d is a hidden count of 1 to 4, drawn as long as "
       "4, the most it could be. It is never drawn as 0. Every chart has its table of figures below it.")
ABOUT = ("Anonymous counts from the screening and assessment records of the period: no child's name, reference, "
         "date of birth or address is in this report.")


def render_partnership(view: PictureView) -> bytes:
    period = view.report["period"]
    furniture = Furniture(
        form_line="The partnership's picture: anonymous",
        reference=f"{_day(period['from'])} to {_day(period['to'])}",
        reference_label="Period",
        footer_note=f"Generated {format_date(view.generated_on)} \u00b7 counts of 1 to 4 shown as <5",
    )
    return build_pdf(PartnershipStory(view).flowables(), furniture, "The partnership's picture",
                     "partnership's picture")


def _day(iso: str) -> str:
    from datetime import date

    return format_date(date.fromisoformat(iso))


def shown(value: Cell) -> str:
    return HIDDEN if value == HIDDEN else str(value)


class PartnershipStory:
    def __init__(self, view: PictureView) -> None:
        register_primary()
        self.view, self.s, self.out = view, st.make_styles(), []

    def flowables(self) -> list:
        self._title()
        for chart in CHARTS:
            self._section(chart)
        return self.out

    # ------------------------------------------------------------ title block

    def _title(self) -> None:
        r, v = self.view.report, self.view
        self.out.append(Paragraph("The partnership's picture", self.s.title))
        self.out.append(Paragraph(ABOUT, self.s.muted))
        self.out.append(Spacer(1, 3 * st.mm))
        interval = r["first_concern_to_referral"]
        median = interval["median_days"]
        rows = [("Period", f"{_day(r['period']['from'])} to {_day(r['period']['to'])}")]
        if v.organisation:
            rows.append(("Organisation", inline(v.organisation, "organisation")))
        rows += [("Assessments completed", shown(r["assessments"])), ("Children assessed", shown(r["children"])),
                 ("Escalations raised", shown(r["escalations"])),
                 ("Days from first concern to referral",
                  f"median {median:g} days, over {interval['children']} children" if median is not None else
                  f"not shown: fewer than 5 children were referred ({shown(interval['children'])})")]
        table = RLTable([[Paragraph(k, self.s.label), Paragraph(val, self.s.body)] for k, val in rows],
                        colWidths=[58 * st.mm, st.CONTENT_WIDTH - 58 * st.mm], hAlign="LEFT", style=st.KEY_VALUE)
        self.out.append(table)
        self.out.append(Paragraph("How to read it", self.s.h1))
        for text in (RULE, KEY, r.get("not_included") or ""):
            if text:
                self.out.append(Paragraph(text, self.s.body))
                self.out.append(Spacer(1, 1.5 * st.mm))
        self.out.append(_key_drawing())

    # ------------------------------------------------------------ charts

    def _section(self, chart: Chart) -> None:
        rows = self.view.rows(chart.measure, chart.limit)
        parts: list = [Paragraph(chart.title, self.s.h1), Paragraph(chart.says, self.s.muted),
                       Spacer(1, 2 * st.mm)]
        if not rows or all(value == 0 for _words, value in rows):
            parts.append(Paragraph("None in the period.", self.s.body))
            self.out.append(KeepTogether(parts))
            return
        colours = self._colours(chart.measure, len(rows))
        drawing = column_chart(rows) if chart.measure == "assessments_by_month" else bar_chart(rows, colours)
        parts += [drawing, Spacer(1, 2 * st.mm), self._figures(chart, rows)]
        self.out.append(KeepTogether(parts))

    def _colours(self, measure: str, count: int) -> list:
        if measure == "assessments_by_level":
            return [colors.HexColor(self.view.level_colours.get(level, "#555555")) for level in ("high", "medium",
                                                                                                   "low")][:count]
        return [BAR] * count

    def _figures(self, chart: Chart, rows: list[tuple[str, Cell]]) -> RLTable:
        head = [Paragraph(chart.title, self.s.cell_head), Paragraph("Count", self.s.cell_head)]
        body = [[Paragraph(inline(words, "form pack"), self.s.cell), shown(value)] for words, value in rows]
        if chart.total:
            body.append([Paragraph("<b>Total</b>", self.s.cell), shown(self.view.report[chart.total])])
        style = [*st.HEADED_GRID, ("ALIGN", (1, 0), (1, -1), "RIGHT")]
        return RLTable([head, *body], colWidths=list(FIGURES_WIDTH), hAlign="LEFT", repeatRows=1, style=style)


# ------------------------------------------------------------ drawings


def _scale(values: list[Cell]) -> tuple[int, int]:
    """An axis maximum and a whole-number step for the largest value (a hidden one counts as 4)."""
    top = max([HIDDEN_AT, *(v for v in values if isinstance(v, int))])
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if top / step <= 8:
            return step * -(-top // step), step
    return top, max(1, top // 8)


def _wrapped(words: str, width: float) -> list[str]:
    lines = simpleSplit(words, REGULAR, 8, width)
    return lines[:3] if len(lines) <= 3 else [*lines[:2], lines[2][: max(1, len(lines[2]) - 3)] + "..."]


def _style_bars(chart, rows: list[tuple[str, Cell]], fills: list) -> None:
    chart.data = [[HIDDEN_AT if value == HIDDEN else value for _w, value in rows]]
    chart.barLabelFormat = "values"
    chart.barLabelArray = [[shown(value) for _w, value in rows]]
    chart.barLabels.fontName, chart.barLabels.fontSize = BOLD, 8
    chart.bars.strokeColor = None
    for index, (_words, value) in enumerate(rows):
        bar = chart.bars[(0, index)]
        if value == HIDDEN:
            bar.fillColor, bar.strokeColor = colors.white, st.INK
            bar.strokeDashArray, bar.strokeWidth = (2.5, 1.5), 0.9
        else:
            bar.fillColor = fills[index]
    top, step = _scale([value for _w, value in rows])
    axis = chart.valueAxis
    axis.valueMin, axis.valueMax, axis.valueStep = 0, top, step
    axis.labelTextFormat = "%d"
    axis.labels.fontName, axis.labels.fontSize = REGULAR, 7.5
    axis.visibleGrid, axis.gridStrokeColor, axis.gridStrokeWidth = 1, st.SHADE, 0.5
    chart.categoryAxis.labels.fontName, chart.categoryAxis.labels.fontSize = REGULAR, 8


def bar_chart(rows: list[tuple[str, Cell]], fills: list) -> Drawing:
    """Horizontal bars, first row at the top, its words wrapped to the left of the bars."""
    labels = [_wrapped(words, LABEL_WIDTH - 6) for words, _v in rows]
    row = max(ROW, max(len(lines) for lines in labels) * LABEL_LINE + 4)
    height = row * len(rows) + 22
    drawing = Drawing(st.CONTENT_WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = LABEL_WIDTH, 16
    chart.width, chart.height = st.CONTENT_WIDTH - LABEL_WIDTH - 24, row * len(rows)
    _style_bars(chart, rows, fills)
    chart.barWidth, chart.groupSpacing = row * 0.62, row * 0.38
    chart.categoryAxis.reverseDirection = 1
    chart.categoryAxis.categoryNames = ["\n".join(lines) for lines in labels]
    chart.categoryAxis.labels.boxAnchor, chart.categoryAxis.labels.dx = "e", -4
    chart.categoryAxis.labels.textAnchor, chart.categoryAxis.labels.leading = "end", LABEL_LINE
    chart.categoryAxis.visibleTicks = 0
    chart.barLabels.boxAnchor, chart.barLabels.dx = "w", 3
    drawing.add(chart)
    return drawing


def column_chart(rows: list[tuple[str, Cell]]) -> Drawing:
    """Vertical bars for a trend by month, oldest on the left."""
    many = len(rows) > 12
    drawing = Drawing(st.CONTENT_WIDTH, 70 * st.mm)
    chart = VerticalBarChart()
    chart.x, chart.y = 24, 40 if many else 26
    chart.width, chart.height = st.CONTENT_WIDTH - 34, 70 * st.mm - chart.y - 12
    _style_bars(chart, rows, [BAR] * len(rows))
    chart.categoryAxis.categoryNames = [words if many else words.replace(" ", "\n") for words, _v in rows]
    chart.categoryAxis.labels.leading = LABEL_LINE
    if many:
        chart.categoryAxis.labels.angle, chart.categoryAxis.labels.boxAnchor = 90, "e"
    else:
        chart.categoryAxis.labels.boxAnchor, chart.categoryAxis.labels.dy = "n", -2
    chart.barLabels.boxAnchor, chart.barLabels.dy = "s", 2
    chart.barLabels.fontSize = 7 if many else 8
    chart.groupSpacing = 6 if many else 12
    drawing.add(chart)
    return drawing


def _key_drawing() -> Drawing:
    """The key: a filled bar is a count as shown; a hollow dashed one marked <5 is hidden."""
    drawing = Drawing(st.CONTENT_WIDTH, 18)
    drawing.add(Rect(0, 5, 40, 9, fillColor=BAR, strokeColor=None))
    drawing.add(String(46, 7, "a count as shown (5 or more, or 0)", fontName=REGULAR, fontSize=8))
    drawing.add(Rect(200, 5, 40, 9, fillColor=colors.white, strokeColor=st.INK, strokeDashArray=(2.5, 1.5),
                     strokeWidth=0.9))
    drawing.add(String(244, 7, "<5", fontName=BOLD, fontSize=8))
    drawing.add(String(260, 7, "a hidden count of 1 to 4", fontName=REGULAR, fontSize=8))
    return drawing


