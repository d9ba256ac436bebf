"""Requests per month, stacked by kind (`RequestsPerMonth`).

One bar per UTC month of the period; a segment per request kind in the order of RequestKind, each
kind in its own colour (style.kind_colour) and named in the legend with its total; the month's
total above the bar. A segment opens the month's requests of that kind, the total (or Up past the
top segment) the month's requests of every kind.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QWidget

from desktop.models.enums import RequestKind
from desktop.services.insight_views import RequestsPerMonth
from desktop.ui.dashboard.axes import category_ticks, integer_ticks
from desktop.ui.dashboard.chart import ChartView, Target, sample
from desktop.ui.dashboard.formatting import count_text, month_text, month_tick
from desktop.ui.dashboard.style import ChartStyle
from desktop.ui.i18n import arg, plural
from desktop.ui.labels import label_of

BAR_WIDTH = 0.7
HEADROOM = 1.18  # room above the highest bar for its total


class RequestsChart(ChartView):
    """Stacked bars of requests per month and kind."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("requestsChart")
        self.setAccessibleName(self.tr("Requests per month chart"))
        self.data: RequestsPerMonth | None = None
        self.plot: pg.PlotItem | None = None
        self.legend: pg.LegendItem | None = None
        self.bars: dict[str, pg.BarGraphItem] = {}
        self.total_labels: list[pg.TextItem] = []

    def clear_chart(self) -> None:
        super().clear_chart()
        self.plot = None
        self.legend = None
        self.bars = {}
        self.total_labels = []

    def set_data(self, data: RequestsPerMonth | None) -> None:
        self.data = data
        if data is None or data.total == 0:
            self.clear_chart()
            return
        self.show_data()

    def build(self) -> None:
        data = self.data
        assert data is not None
        plot = self.plot = self.new_plot(0, 0)
        months = len(data.months)
        category_ticks([month_tick(m, i == 0) for i, m in enumerate(data.months)], plot.getAxis("bottom"))
        highest = max(data.totals)
        ticks = integer_ticks(highest)
        plot.getAxis("left").setTicks([ticks, []])
        plot.setLabel("left", self.tr("Requests"))
        plot.showGrid(x=False, y=True, alpha=0.35)
        plot.setXRange(-0.6, months - 0.4, padding=0)
        plot.setYRange(0, max(ticks[-1][0], highest * HEADROOM), padding=0)
        self.legend = self.add_legend(1, 0, max_columns=3)

    def paint(self, style: ChartStyle) -> None:
        data, plot, legend = self.data, self.plot, self.legend
        if data is None or plot is None or legend is None:
            return
        plot.clear()
        legend.clear()
        legend.setLabelTextColor(style.text)
        self.bars = {}
        self.total_labels = []
        months = len(data.months)
        bottoms = [0] * months
        headroom = max(data.totals) * (HEADROOM - 1)
        targets: list[Target] = []
        separator = pg.mkPen(style.background, width=1)
        for row, series in enumerate(data.series):
            colour = style.kind_colour(series.kind)
            bars = pg.BarGraphItem(
                x=list(range(months)),
                height=list(series.counts),
                y0=list(bottoms),
                width=BAR_WIDTH,
                brush=colour,
                pen=separator,
            )
            plot.addItem(bars)
            self.bars[series.kind] = bars
            kind = label_of(RequestKind, series.kind)
            for month, count in enumerate(series.counts):
                if count:
                    text = arg(
                        self.tr("%1, %2: %3 of %4 requests"),
                        kind,
                        month_text(data.months[month], long=True),
                        count_text(count),
                        count_text(data.totals[month]),
                    )
                    rect = QRectF(month - BAR_WIDTH / 2, bottoms[month], BAR_WIDTH, count)
                    targets.append(
                        Target(month, row, text, data.filter_for(month, series.kind), plot.vb, rect)
                    )
            bottoms = [b + c for b, c in zip(bottoms, series.counts, strict=True)]
            legend.addItem(sample("s", colour), arg(self.tr("%1 (%2)"), kind, count_text(series.total)))
        for month, total in enumerate(data.totals):
            if not total:
                continue
            label = pg.TextItem(count_text(total), color=style.text, anchor=(0.5, 1.0))
            label.setPos(month, total)
            plot.addItem(label)
            self.total_labels.append(label)
            text = arg(
                plural(self.tr("%1: %Ln request(s), all kinds", "", total), total),
                month_text(data.months[month], long=True),
            )
            rect = QRectF(month - BAR_WIDTH / 2, 0, BAR_WIDTH, total + headroom)
            targets.append(Target(month, len(data.series), text, data.filter_for(month), plot.vb, rect))
        self.set_targets(sorted(targets, key=lambda t: (t.column, t.row)))

    def description(self) -> str:
        """The key figures, for screen readers and the printed page."""
        data = self.data
        if data is None or data.total == 0:
            return ""
        busiest = max(range(len(data.months)), key=lambda m: data.totals[m])
        kinds = "; ".join(
            arg(self.tr("%1: %2"), label_of(RequestKind, s.kind), count_text(s.total)) for s in data.series
        )
        return arg(
            plural(
                self.tr("%Ln request(s) from %1 to %2. The busiest month is %3 with %4. %5.", "", data.total),
                data.total,
            ),
            month_text(data.months[0], long=True),
            month_text(data.months[-1], long=True),
            month_text(data.months[busiest], long=True),
            count_text(data.totals[busiest]),
            kinds,
        )
