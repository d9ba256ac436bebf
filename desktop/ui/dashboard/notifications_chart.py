"""Pursuits and observations: the delay from crossing the border to notifying the host
(`NotificationDelays`), per case, against the rule.

Left: one point per case at its first crossing (x) and its delay (y, compressed hours; negative:
notified before crossing). The rules are lines: "at the latest on crossing" (0 h) for pursuits
and authorised observations, 5 hours for urgent observations. Late cases are larger and red;
cases never notified sit in the top row. Right: per rule group, how many cases were in time, late
or not notified. A point opens its case; a segment of a group's bar opens the list of its cases
(a `CaseSelection`: every case it counts, even beyond the points drawn).
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QWidget

from desktop.services.insight_rules import CrossingGroup, NotificationStatus
from desktop.services.insight_views import CaseSelection, CrossingPoint, NotificationDelays
from desktop.ui.dashboard.axes import HoursAxis, LocalDateAxis, category_ticks, integer_ticks, to_axis
from desktop.ui.dashboard.chart import CaseRef, ChartView, Target, sample
from desktop.ui.dashboard.formatting import count_text, duration_text, hours_label
from desktop.ui.dashboard.style import ChartStyle
from desktop.ui.i18n import arg, plural, translate
from desktop.ui.timefmt import local_text

SYMBOLS = {
    CrossingGroup.PURSUIT.value: "o",
    CrossingGroup.OBSERVATION.value: "s",
    CrossingGroup.URGENT_OBSERVATION.value: "t",
}
GROUP_LABELS = {
    CrossingGroup.PURSUIT.value: QT_TRANSLATE_NOOP("NotificationsChart", "Pursuit"),
    CrossingGroup.OBSERVATION.value: QT_TRANSLATE_NOOP("NotificationsChart", "Observation (authorised)"),
    CrossingGroup.URGENT_OBSERVATION.value: QT_TRANSLATE_NOOP("NotificationsChart", "Urgent observation"),
}
STATUSES = (NotificationStatus.IN_TIME, NotificationStatus.LATE, NotificationStatus.NOT_NOTIFIED)
BAR_HEIGHT = 0.6
DAY = 86_400.0


def group_label(group: str) -> str:
    text = GROUP_LABELS.get(group)
    return translate("NotificationsChart", text) if text else group


class NotificationsChart(ChartView):
    """Delay from crossing to notifying the host, per case, against the rule."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("notificationsChart")
        self.setAccessibleName(self.tr("Notification delays chart"))
        self.data: NotificationDelays | None = None
        self.range: tuple[float, float] = (0.0, 1.0)
        self.not_notified_row = 0.0
        self.scatter_plot: pg.PlotItem | None = None
        self.group_plot: pg.PlotItem | None = None
        self.legend: pg.LegendItem | None = None
        self.group_bars: dict[str, pg.BarGraphItem] = {}

    def clear_chart(self) -> None:
        super().clear_chart()
        self.scatter_plot = None
        self.group_plot = None
        self.legend = None
        self.group_bars = {}

    def set_data(self, data: NotificationDelays | None, period: tuple[float, float] = (0.0, 1.0)) -> None:
        self.data = data
        self.range = period
        if data is None or data.cases == 0:
            self.clear_chart()
            return
        self.show_data()

    def y_of(self, point: CrossingPoint) -> float:
        return self.not_notified_row if point.delay_hours is None else to_axis(point.delay_hours)

    def build(self) -> None:
        data = self.data
        assert data is not None
        axis = HoursAxis("left")
        scatter = self.scatter_plot = self.new_plot(0, 0, bottom=LocalDateAxis("bottom"), left=axis)
        scatter.setLabel("left", self.tr("Delay after crossing"))
        scatter.showGrid(x=False, y=True, alpha=0.25)
        times = [p.crossed_at.timestamp() for p in data.points]
        start, end = min([self.range[0], *times]), max([self.range[1], *times])
        margin = max(DAY, (end - start) * 0.07)  # room for the first month's label
        scatter.setXRange(start - margin, end + margin, padding=0)
        delays = [p.delay_hours for p in data.points if p.delay_hours is not None]
        low = to_axis(min([-1.0, *(d * 1.3 for d in delays)]))
        high = to_axis(max([8.0, *(d * 1.3 for d in delays)]))
        self.not_notified_row = high + 0.35
        axis.set_extra({self.not_notified_row: self.tr("Not notified")})
        axis.hour_limit = high
        scatter.setYRange(low - 0.1, self.not_notified_row + 0.25, padding=0)

        groups = self.group_plot = self.new_plot(0, 1)
        groups.showAxis("right")
        rows = len(data.groups)
        category_ticks([group_label(g.group) for g in reversed(data.groups)], groups.getAxis("left"))
        category_ticks(
            [
                arg(self.tr("%1/%2 in time"), count_text(g.in_time), count_text(g.cases))
                for g in reversed(data.groups)
            ],
            groups.getAxis("right"),
        )
        highest = max(g.cases for g in data.groups)
        ticks = integer_ticks(highest, target=4)
        groups.getAxis("bottom").setTicks([ticks, []])
        top = max(ticks[-1][0], highest)
        groups.setXRange(-0.06 * top, top * 1.06, padding=0)  # room for the labels of 0 and the top
        groups.setYRange(-0.6, rows - 0.4, padding=0)
        groups.setLabel("bottom", self.tr("Cases per rule"))
        self.ci.layout.setColumnStretchFactor(0, 3)
        self.ci.layout.setColumnStretchFactor(1, 2)
        self.legend = self.add_legend(1, 0, colspan=2, max_columns=3)

    def _status_colour(self, style: ChartStyle, status: str) -> QColor:
        if status == NotificationStatus.IN_TIME.value:
            return style.in_time
        return style.late if status == NotificationStatus.LATE.value else style.not_notified

    def _status_brush(self, style: ChartStyle, status: str) -> QBrush:
        """Not notified: the late colour, hollow (both break the rule; the fill tells them apart)."""
        colour = self._status_colour(style, status)
        if status == NotificationStatus.NOT_NOTIFIED.value:
            return pg.mkBrush(style.faded(colour, 50))
        return pg.mkBrush(colour)

    def _status_pen(self, style: ChartStyle, status: str) -> QPen:
        if status == NotificationStatus.NOT_NOTIFIED.value:
            return pg.mkPen(self._status_colour(style, status), width=2)
        return pg.mkPen(style.background, width=1)

    def paint(self, style: ChartStyle) -> None:
        data, scatter, groups, legend = self.data, self.scatter_plot, self.group_plot, self.legend
        if data is None or scatter is None or groups is None or legend is None:
            return
        for plot in (scatter, groups):
            plot.clear()
        legend.clear()
        legend.setLabelTextColor(style.text)
        targets: list[Target] = []
        x_low = scatter.vb.viewRange()[0][0]
        rules = (
            (0.0, self.tr("On crossing (pursuits, authorised observations)")),
            (5.0, self.tr("5 h (urgent observations)")),
        )
        for hours, text in rules:
            y = to_axis(hours)
            scatter.addItem(pg.InfiniteLine(pos=y, angle=0, pen=pg.mkPen(style.rule, width=1, dash=[6, 4])))
            label = pg.TextItem(
                text, color=style.muted, anchor=(0.0, 1.0), fill=style.faded(style.background, 190)
            )
            label.setZValue(-1)  # under the points
            label.setPos(x_low, y)
            scatter.addItem(label)
        row_line = pg.InfiniteLine(
            pos=self.not_notified_row - 0.175, angle=0, pen=pg.mkPen(style.grid, width=1)
        )
        scatter.addItem(row_line)

        points = sorted(data.points, key=lambda p: (p.crossed_at, p.case_reference))
        spots = [
            {
                "pos": (p.crossed_at.timestamp(), self.y_of(p)),
                "symbol": SYMBOLS.get(p.group, "o"),
                "brush": self._status_brush(style, p.status),
                "size": 9 if p.status == NotificationStatus.IN_TIME.value else 13,
                "pen": self._status_pen(style, p.status),
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
                    CaseRef(p.case_reference),
                    scatter.vb,
                    point=QPointF(p.crossed_at.timestamp(), self.y_of(p)),
                )
            )

        first = len(points)
        rows = len(data.groups)
        self.group_bars = {}
        for index, group in enumerate(data.groups):
            y = rows - 1 - index
            start = 0
            for row, status in enumerate(STATUSES):
                count = {
                    NotificationStatus.IN_TIME: group.in_time,
                    NotificationStatus.LATE: group.late,
                    NotificationStatus.NOT_NOTIFIED: group.not_notified,
                }[status]
                if not count:
                    continue
                bar = pg.BarGraphItem(
                    x0=[start], x1=[start + count], y=[y], height=BAR_HEIGHT,
                    brush=self._status_brush(style, status.value), pen=self._status_pen(style, status.value),
                )  # fmt: skip
                groups.addItem(bar)
                self.group_bars[f"{group.group}:{status.value}"] = bar
                text = arg(
                    plural(self.tr("%1: %Ln case(s) %2", "", count), count),
                    group_label(group.group),
                    self._status_text(status.value),
                )
                rect = QRectF(start, y - BAR_HEIGHT / 2, count, BAR_HEIGHT)
                behind = group.references(status.value)
                selection = CaseSelection(behind, text) if behind else None
                targets.append(Target(first + index, row, text, selection, groups.vb, rect))
                start += count

        for group in CrossingGroup:
            legend.addItem(sample(SYMBOLS[group.value], style.text, 10), group_label(group.value))
        for status in STATUSES:
            legend.addItem(
                sample(
                    "s", self._status_brush(style, status.value), 10, self._status_pen(style, status.value)
                ),
                self._legend_text(status),
            )
        self.set_targets(targets)

    def _legend_text(self, status: NotificationStatus) -> str:
        if status is NotificationStatus.IN_TIME:
            return self.tr("Notified in time")
        return self.tr("Notified late") if status is NotificationStatus.LATE else self.tr("Not notified")

    def _status_text(self, status: str) -> str:
        if status == NotificationStatus.IN_TIME.value:
            return self.tr("notified in time")
        if status == NotificationStatus.LATE.value:
            return self.tr("notified late")
        return self.tr("not notified")

    def _point_text(self, p: CrossingPoint) -> str:
        rule = (
            self.tr("at the latest on crossing")
            if p.limit_hours == 0
            else arg(self.tr("within %1 of the crossing"), hours_label(p.limit_hours))
        )
        partner = p.partner_code or "—"
        if p.notified_at is None or p.delay_hours is None:
            return arg(
                self.tr("%1 (%2, %3): crossed %4; host not notified; rule: %5"),
                p.case_reference,
                group_label(p.group),
                partner,
                local_text(p.crossed_at),
                rule,
            )
        delay = (
            arg(self.tr("%1 before the crossing"), duration_text(-p.delay_hours))
            if p.delay_hours < 0
            else arg(self.tr("%1 after the crossing"), duration_text(p.delay_hours))
        )
        return arg(
            self.tr("%1 (%2, %3): crossed %4, host notified %5, %6; rule: %7; %8"),
            p.case_reference,
            group_label(p.group),
            partner,
            local_text(p.crossed_at),
            local_text(p.notified_at),
            delay,
            rule,
            self._status_text(p.status),
        )

    def description(self) -> str:
        data = self.data
        if data is None or data.cases == 0:
            return ""
        return arg(
            plural(
                self.tr(
                    "%Ln pursuit(s) and observation(s) crossed the border in the period: %1 notified in time, "
                    "%2 late, %3 not notified.",
                    "",
                    data.cases,
                ),
                data.cases,
            ),
            count_text(data.in_time),
            count_text(data.late),
            count_text(data.not_notified),
        )

    def note(self, direction_chosen: bool) -> str:
        notes = []
        if direction_chosen:
            notes.append(self.tr("The direction filter does not apply to cases."))
        data = self.data
        if data is not None and data.truncated:
            notes.append(
                arg(
                    self.tr("The latest %1 of %2 cases are drawn; the counts include them all."),
                    count_text(len(data.points)),
                    count_text(data.cases),
                )
            )
        return " ".join(notes)
