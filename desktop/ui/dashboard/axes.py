"""The dashboard's axes: categories, hours on a compressed scale, and dates in the user's language.

Hours run from minutes (an urgent answer) to weeks (a seven-day deadline): on a linear axis 8 h
and 168 h cannot both be read. `to_axis` maps hours to sign(h) · log10(1 + |h|), which is linear
near zero (negative delays — notified before crossing — stay readable) and logarithmic beyond;
`HoursAxis` labels the fixed ticks in hours and days.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtGui import QFontMetrics

from desktop.ui.dashboard.formatting import hours_label

HOUR_TICKS = (-24.0, -5.0, -1.0, 0.0, 1.0, 5.0, 8.0, 24.0, 72.0, 168.0, 336.0, 720.0, 2160.0, 8760.0)
MAX_LABEL_PX = 240
"""A category label (a partner code, an equipment type) wider than this is elided."""


def to_axis(hours: float) -> float:
    return math.copysign(math.log10(1 + abs(hours)), hours)


def from_axis(value: float) -> float:
    return math.copysign(10 ** abs(value) - 1, value)


def integer_ticks(maximum: float, *, target: int = 5) -> list[tuple[float, str]]:
    """Whole-number ticks from 0 to at least `maximum`, about `target` of them (counts)."""
    top = max(1, math.ceil(maximum))
    step = 1
    for candidate in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10_000):
        step = candidate
        if top / candidate <= target:
            break
    else:
        step = 10 ** math.ceil(math.log10(top / target))
    return [(float(v), QLocale().toString(v)) for v in range(0, top + step, step)]


def category_ticks(labels: Sequence[str], axis: pg.AxisItem) -> None:
    """One tick per category at 0, 1, 2…, labels elided to MAX_LABEL_PX; a vertical axis is
    widened to its longest label."""
    metrics = QFontMetrics(axis.font())
    shown = [metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, MAX_LABEL_PX) for text in labels]
    axis.setTicks([[(float(i), text) for i, text in enumerate(shown)], []])
    if axis.orientation in ("top", "bottom"):
        lines = max((t.count("\n") + 1 for t in shown), default=1)
        axis.setHeight(metrics.height() * lines + 16)
    else:
        widest = max((metrics.horizontalAdvance(t) for t in shown), default=20)
        axis.setWidth(widest + 14)


class HoursAxis(pg.AxisItem):
    """Ticks at fixed hours (see HOUR_TICKS) on the `to_axis` scale; `extra` adds labelled rows
    (the "not notified" row of the notification chart)."""

    def __init__(self, orientation: str = "left") -> None:
        super().__init__(orientation)
        self.extra: dict[float, str] = {}
        self.hour_limit: float | None = None
        """No hour tick above this (axis units): the rows of `extra` sit there."""

    def set_extra(self, extra: dict[float, str]) -> None:
        """Labelled rows beside the hour ticks; the axis is widened to show them whole."""
        self.extra = dict(extra)
        metrics = QFontMetrics(self.font())
        widest = max(
            [metrics.horizontalAdvance(t) for t in extra.values()] + [metrics.horizontalAdvance("−24 h")]
        )
        self.setWidth(widest + 16)

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:
        low, high = min(minVal, maxVal), max(minVal, maxVal)
        top = high if self.hour_limit is None else min(high, self.hour_limit)
        values = [to_axis(h) for h in HOUR_TICKS if low <= to_axis(h) <= top]
        values += [v for v in self.extra if low <= v <= high]
        return [(1.0, sorted(values))]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        texts = []
        for value in values:
            if value in self.extra:
                texts.append(self.extra[value])
            else:
                texts.append(hours_label(round(from_axis(value), 6)))
        return texts


class LocalDateAxis(pg.DateAxisItem):
    """Dates and times in this computer's zone, written the QLocale way ("29 mars", "mars 2026")."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        locale = QLocale()
        every = self._months_per_label(spacing) if spacing >= 28 * 86_400 else 1
        texts = []
        for index, value in enumerate(values):
            moment = QDateTime.fromSecsSinceEpoch(int(value)).toLocalTime()
            day = moment.date()
            if spacing >= 28 * 86_400:  # months: the year on January and on the first tick
                if (day.year() * 12 + day.month() - 1) % every:
                    texts.append("")
                    continue
                pattern = "MMM yyyy" if index == 0 or day.month() == 1 else "MMM"
            elif spacing >= 86_400:
                pattern = "d MMM"
            else:
                pattern = "d MMM HH:mm"
            texts.append(locale.toString(moment, pattern))
        return texts

    def _months_per_label(self, spacing: float) -> int:
        """Label every month, every second, third… so the month names do not run together."""
        view = self.linkedView()
        width = self.geometry().width()
        if view is None or width <= 0:
            return 1
        low, high = view.viewRange()[0]
        if high <= low:
            return 1
        per_tick = width * spacing / (high - low)
        needed = QFontMetrics(self.font()).horizontalAdvance("Sep 2026") + 10
        for every in (1, 2, 3, 4, 6, 12):
            if per_tick * every >= needed:
                return every
        return 12
