"""Answer times against the legal deadline (`AnswerTimes`), and the share answered in time per partner.

Left: one point per answered request, at the moment of the answer (x) and the time it took (y,
on the compressed hours scale of axes.py, so 5 h, 8 h, 3 days and 7 days are all readable); its
shape says which deadline it was held to, its colour whether it was met. The four deadlines are
dashed lines. Right: per partner, the share of answers in time and late, to 100 %. A point opens
its request; a partner's segment its answers in time, or late.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF
from PySide6.QtWidgets import QWidget

from desktop.models.enums import Direction
from desktop.services.insight_rules import AnswerTiming, DeadlineClass
from desktop.services.insight_views import AnswerPoint, AnswerTimes
from desktop.ui.dashboard.axes import HoursAxis, LocalDateAxis, category_ticks, to_axis
from desktop.ui.dashboard.chart import ChartView, RequestRef, Target, sample
from desktop.ui.dashboard.formatting import count_text, duration_text, hours_label, percent_text
from desktop.ui.dashboard.style import ChartStyle
from desktop.ui.i18n import arg, plural, translate
from desktop.ui.labels import label_of
from desktop.ui.timefmt import local_text

SYMBOLS = {
    DeadlineClass.URGENT_DIRECT.value: "o",
    DeadlineClass.URGENT_INDIRECT.value: "s",
    DeadlineClass.OTHER.value: "d",
    DeadlineClass.OBSERVATION_5H.value: "t",
}
DEADLINE_LABELS = {
    DeadlineClass.URGENT_DIRECT.value: QT_TRANSLATE_NOOP("AnswersChart", "Urgent, directly accessible"),
    DeadlineClass.URGENT_INDIRECT.value: QT_TRANSLATE_NOOP("AnswersChart", "Urgent, indirectly accessible"),
    DeadlineClass.OTHER.value: QT_TRANSLATE_NOOP("AnswersChart", "Other requests"),
    DeadlineClass.OBSERVATION_5H.value: QT_TRANSLATE_NOOP(
        "AnswersChart", "Urgent observation, from the crossing"
    ),
}
BAR_HEIGHT = 0.6
DAY = 86_400.0


def deadline_label(deadline_class: str) -> str:
    text = DEADLINE_LABELS.get(deadline_class)
    return translate("AnswersChart", text) if text else deadline_class


class AnswersChart(ChartView):
    """Hours taken per answer against the deadlines; share in time per partner."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("answersChart")
        self.setAccessibleName(self.tr("Answer times chart"))
        self.data: AnswerTimes | None = None
        self.range: tuple[float, float] = (0.0, 1.0)
        self.scatter_plot: pg.PlotItem | None = None
        self.share_plot: pg.PlotItem | None = None
        self.legend: pg.LegendItem | None = None
        self.share_bars: dict[str, pg.BarGraphItem] = {}
        self.line_labels: list[pg.TextItem] = []

    def clear_chart(self) -> None:
        super().clear_chart()
        self.scatter_plot = None
        self.share_plot = None
        self.legend = None
        self.share_bars = {}
        self.line_labels = []

    def set_data(self, data: AnswerTimes | None, period: tuple[float, float] = (0.0, 1.0)) -> None:
        """`period`: the dashboard's period in UTC seconds, the least the time axis shows."""
        self.data = data
        self.range = period
        if data is None or data.answered == 0:
            self.clear_chart()
            return
        self.show_data()

    def _ordered_points(self) -> list[AnswerPoint]:
        assert self.data is not None
        return sorted(self.data.points, key=lambda p: (p.answered_at, p.reference))

    def build(self) -> None:
        data = self.data
        assert data is not None
        hours = HoursAxis("left")
        scatter = self.scatter_plot = self.new_plot(0, 0, bottom=LocalDateAxis("bottom"), left=hours)
        scatter.setLabel("left", self.tr("Time to answer"))
        scatter.showGrid(x=False, y=True, alpha=0.25)
        times = [p.answered_at.timestamp() for p in data.points]
        start, end = min([self.range[0], *times]), max([self.range[1], *times])
        margin = max(DAY, (end - start) * 0.07)  # room for the first month's label
        scatter.setXRange(start - margin, end + margin, padding=0)
        longest = max([168.0 * 1.6, *(p.hours_taken * 1.3 for p in data.points)])
        scatter.setYRange(to_axis(0) - 0.05, to_axis(longest), padding=0)

        share = self.share_plot = self.new_plot(0, 1)
        share.showAxis("right")
        partners = data.partners
        rows = len(partners)
        category_ticks([p.partner_code for p in reversed(partners)], share.getAxis("left"))
        category_ticks(
            [
                arg(
                    self.tr("%1 (%2/%3)"),
                    percent_text(p.share_in_time),
                    count_text(p.in_time),
                    count_text(p.answered),
                )
                for p in reversed(partners)
            ],
            share.getAxis("right"),
        )
        share.getAxis("bottom").setTicks([[(v, percent_text(v / 100)) for v in (0, 25, 50, 75, 100)], []])
        share.setXRange(-6, 106, padding=0)  # room for the labels of 0 and 100
        share.setYRange(-0.6, rows - 0.4, padding=0)
        share.setLabel("bottom", self.tr("Answered in time, per partner"))
        self.ci.layout.setColumnStretchFactor(0, 3)
        self.ci.layout.setColumnStretchFactor(1, 2)
        self.legend = self.add_legend(1, 0, colspan=2, max_columns=3)

    def paint(self, style: ChartStyle) -> None:
        data, scatter, share, legend = self.data, self.scatter_plot, self.share_plot, self.legend
        if data is None or scatter is None or share is None or legend is None:
            return
        for plot in (scatter, share):
            plot.clear()
        legend.clear()
        legend.setLabelTextColor(style.text)
        targets: list[Target] = []
        outline = pg.mkPen(style.background, width=1)

        # the deadlines, labelled at the right end (the 5-hour one at the left: it is close to 8 h)
        self.line_labels = []
        (x_low, x_high), _y = scatter.vb.viewRange()
        for line in data.deadlines:
            y = to_axis(line.hours)
            scatter.addItem(pg.InfiniteLine(pos=y, angle=0, pen=pg.mkPen(style.rule, width=1, dash=[6, 4])))
            at_left = line.deadline_class == DeadlineClass.OBSERVATION_5H.value
            label = pg.TextItem(
                hours_label(line.hours),
                color=style.muted,
                anchor=(0.0 if at_left else 1.0, 1.0),
                fill=style.faded(style.background, 190),
            )
            label.setZValue(-1)  # under the points
            label.setPos(x_low if at_left else x_high, y)
            scatter.addItem(label)
            self.line_labels.append(label)

        points = self._ordered_points()
        spots = [
            {
                "pos": (p.answered_at.timestamp(), to_axis(p.hours_taken)),
                "symbol": SYMBOLS.get(p.deadline_class, "o"),
                "brush": pg.mkBrush(style.in_time if p.in_time else style.late),
                "size": 9 if p.in_time else 12,
                "pen": outline,
            }
            for p in points
        ]
        scatter.addItem(pg.ScatterPlotItem(spots=spots))
        for column, p in enumerate(points):
            targets.append(
                Target(
                    column,
                    0,
                    self._point_text(p),
                    RequestRef(p.reference),
                    scatter.vb,
                    point=QPointF(p.answered_at.timestamp(), to_axis(p.hours_taken)),
                )
            )

        # the share per partner, first partner on top
        first = len(points)
        rows = len(data.partners)
        self.share_bars = {}
        for index, partner in enumerate(data.partners):
            y = rows - 1 - index
            split = partner.share_in_time * 100
            for row, (x0, x1, colour, timing) in enumerate(
                (
                    (0.0, split, style.in_time, AnswerTiming.IN_TIME),
                    (split, 100.0, style.late, AnswerTiming.LATE),
                )
            ):
                count = partner.in_time if timing is AnswerTiming.IN_TIME else partner.late
                if not count:
                    continue
                bar = pg.BarGraphItem(x0=[x0], x1=[x1], y=[y], height=BAR_HEIGHT, brush=colour, pen=outline)
                share.addItem(bar)
                self.share_bars[f"{partner.partner_code}:{timing.value}"] = bar
                targets.append(
                    Target(
                        first + index,
                        row,
                        self._share_text(partner.partner_code, count, partner.answered, timing),
                        partner.filter_for(timing),
                        share.vb,
                        QRectF(x0, y - BAR_HEIGHT / 2, x1 - x0, BAR_HEIGHT),
                    )
                )

        for line in data.deadlines:
            legend.addItem(
                sample(SYMBOLS.get(line.deadline_class, "o"), style.text, 10),
                arg(
                    self.tr("%1, %2: %3 of %4 in time"),
                    deadline_label(line.deadline_class),
                    hours_label(line.hours),
                    count_text(line.in_time),
                    count_text(line.answered),
                ),
            )
        for colour, text in ((style.in_time, self.tr("In time")), (style.late, self.tr("Late"))):
            legend.addItem(sample("s", colour, 10), text)
        self.set_targets(targets)

    def _point_text(self, p: AnswerPoint) -> str:
        verdict = (
            self.tr("in time")
            if p.in_time
            else arg(self.tr("late by %1"), duration_text(p.hours_taken - p.deadline_hours))
        )
        return arg(
            self.tr("%1 (%2, %3): answered %4 after %5; deadline %6; %7"),
            p.reference,
            p.partner_code,
            label_of(Direction, p.direction),
            local_text(p.answered_at),
            duration_text(p.hours_taken),
            hours_label(p.deadline_hours),
            verdict,
        )

    def _share_text(self, partner: str, count: int, answered: int, timing: AnswerTiming) -> str:
        template = (
            self.tr("%1: %2 of %3 answers in time (%4)")
            if timing is AnswerTiming.IN_TIME
            else self.tr("%1: %2 of %3 answers late (%4)")
        )
        return arg(template, partner, count_text(count), count_text(answered), percent_text(count / answered))

    def description(self) -> str:
        data = self.data
        if data is None or data.answered == 0:
            return ""
        share = data.share_in_time or 0.0
        return arg(
            plural(
                self.tr(
                    "%Ln answered request(s) with a legal deadline; %1 in time (%2), %3 late.",
                    "",
                    data.answered,
                ),
                data.answered,
            ),
            count_text(data.in_time),
            percent_text(share),
            count_text(data.late),
        )

    def note(self) -> str:
        data = self.data
        if data is None or not data.truncated:
            return ""
        return arg(
            self.tr("The latest %1 of %2 answers are drawn; the counts include them all."),
            count_text(len(data.points)),
            count_text(data.answered),
        )
