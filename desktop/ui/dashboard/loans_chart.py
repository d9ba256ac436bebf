"""Equipment loans (`LoanInsight`): out, due within 7 days, overdue, returned lost or damaged.

Grouped horizontal bars, one group per partner agency or per equipment type (`set_mode`): the
names are long ("NL-POLITIE-ZEELAND-WEST-BRABANT", "Radio set (ASTRID/C2000)") and read best on
the left. Each bar opens the loan list behind it (`LoanInsight.slice`).
"""

from __future__ import annotations

from typing import Literal

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from desktop.services.insight_rules import LoanState
from desktop.services.insight_views import LoanGroup, LoanInsight
from desktop.ui.dashboard.axes import category_ticks, integer_ticks
from desktop.ui.dashboard.chart import ChartView, Target, sample
from desktop.ui.dashboard.formatting import count_text
from desktop.ui.dashboard.style import ChartStyle
from desktop.ui.i18n import arg, plural, translate

Mode = Literal["partner", "item_type"]
STATES = (LoanState.OUT, LoanState.DUE_SOON, LoanState.OVERDUE, LoanState.LOST_OR_DAMAGED)
STATE_LABELS = {
    LoanState.OUT: QT_TRANSLATE_NOOP("LoansChart", "Out now"),
    LoanState.DUE_SOON: QT_TRANSLATE_NOOP("LoansChart", "Due within 7 days"),
    LoanState.OVERDUE: QT_TRANSLATE_NOOP("LoansChart", "Overdue"),
    LoanState.LOST_OR_DAMAGED: QT_TRANSLATE_NOOP("LoansChart", "Returned lost or damaged"),
}
BAR_HEIGHT = 0.19
OFFSETS = (0.3, 0.1, -0.1, -0.3)  # out on top of its group
GROUP_PX = 74


def state_label(state: LoanState) -> str:
    return translate("LoansChart", STATE_LABELS[state])


class LoansChart(ChartView):
    """Loans per state, grouped per partner or per equipment type."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("loansChart")
        self.setAccessibleName(self.tr("Equipment loans chart"))
        self.data: LoanInsight | None = None
        self.mode: Mode = "partner"
        self.plot: pg.PlotItem | None = None
        self.legend: pg.LegendItem | None = None
        self.bars: dict[tuple[str, LoanState], pg.BarGraphItem] = {}

    def clear_chart(self) -> None:
        super().clear_chart()
        self.plot = None
        self.legend = None
        self.bars = {}

    def set_data(self, data: LoanInsight | None) -> None:
        self.data = data
        if data is None or not self.groups():
            self.clear_chart()
            return
        self.show_data()

    def set_mode(self, mode: Mode) -> None:
        self.mode = mode
        self.set_data(self.data)

    def groups(self) -> tuple[LoanGroup, ...]:
        if self.data is None:
            return ()
        groups = self.data.partners if self.mode == "partner" else self.data.item_types
        # a group with returns only (none lost or damaged) has no bar here
        return tuple(g for g in groups if any(g.counts.count(s) for s in STATES))

    def build(self) -> None:
        groups = self.groups()
        plot = self.plot = self.new_plot(0, 0)
        count = len(groups)
        category_ticks([g.key for g in reversed(groups)], plot.getAxis("left"))
        highest = max(g.counts.count(s) for g in groups for s in STATES)
        ticks = integer_ticks(highest)
        plot.getAxis("bottom").setTicks([ticks, []])
        plot.setLabel("bottom", self.tr("Loans"))
        plot.showGrid(x=True, y=False, alpha=0.3)
        plot.setXRange(0, max(ticks[-1][0], highest * 1.12), padding=0.01)
        plot.setYRange(-0.5, count - 0.5, padding=0)
        self.setMinimumHeight(max(260, 120 + count * GROUP_PX))
        self.legend = self.add_legend(1, 0, max_columns=4)

    def _colour(self, style: ChartStyle, state: LoanState) -> QColor:
        return {
            LoanState.OUT: style.out,
            LoanState.DUE_SOON: style.due_soon,
            LoanState.OVERDUE: style.overdue,
            LoanState.LOST_OR_DAMAGED: style.lost,
        }[state]

    def paint(self, style: ChartStyle) -> None:
        data, plot, legend = self.data, self.plot, self.legend
        if data is None or plot is None or legend is None:
            return
        plot.clear()
        legend.clear()
        legend.setLabelTextColor(style.text)
        self.bars = {}
        groups = self.groups()
        targets: list[Target] = []
        outline = pg.mkPen(style.background, width=1)
        for index, group in enumerate(groups):
            base = len(groups) - 1 - index
            for row, (state, offset) in enumerate(zip(STATES, OFFSETS, strict=True)):
                value = group.counts.count(state)
                if not value:
                    continue
                y = base + offset
                bar = pg.BarGraphItem(
                    x0=[0],
                    x1=[value],
                    y=[y],
                    height=BAR_HEIGHT,
                    brush=self._colour(style, state),
                    pen=outline,
                )
                plot.addItem(bar)
                self.bars[(group.key, state)] = bar
                label = pg.TextItem(count_text(value), color=style.text, anchor=(-0.15, 0.5))
                label.setPos(value, y)
                plot.addItem(label)
                if self.mode == "partner":
                    chosen = data.slice(state, partner_code=group.key)
                else:
                    chosen = data.slice(state, item_type=group.key)
                text = arg(
                    plural(self.tr("%1 — %2: %Ln loan(s)", "", value), value), group.key, state_label(state)
                )
                rect = QRectF(0, y - BAR_HEIGHT / 2, value, BAR_HEIGHT)
                targets.append(Target(index, len(STATES) - 1 - row, text, chosen, plot.vb, rect))
        for state in STATES:
            legend.addItem(sample("s", self._colour(style, state)), state_label(state))
        self.set_targets(sorted(targets, key=lambda t: (t.column, -t.row)))

    def description(self) -> str:
        data = self.data
        if data is None:
            return ""
        total = data.total
        return arg(
            self.tr(
                "Loans out now: %1 (%2 due within 7 days, %3 overdue). Returned in the period: %4, "
                "%5 of them with an item lost or damaged."
            ),
            count_text(total.out),
            count_text(total.due_soon),
            count_text(total.overdue),
            count_text(total.returned),
            count_text(total.lost_or_damaged),
        )

    def note(self) -> str:
        if self.mode == "item_type":
            return self.tr(
                "Loans out are counted as of now, returns within the chosen months. A loan counts once for "
                "every equipment type on its list."
            )
        return self.tr("Loans out are counted as of now, returns within the chosen months.")
