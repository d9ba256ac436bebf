"""The time axis of the case timeline chart: linear in UTC seconds, labelled in local time.

The x axis of the chart is linear in UTC seconds (POSIX time); only its LABELS are local. Ticks are
made from round wall-clock times in the zone shown (every hour, every 30 minutes, every local
midnight…) and converted to UTC, so the hour a daylight-saving change skips has no tick and the
hour it repeats has two: on 2026-03-29 in Europe/Brussels the ticks read "01:00 CET", "03:00 CEST",
one real hour apart. The zone's abbreviation is written on the first label and wherever it changes,
and the change itself gets a tick. GUI thread only (the axis); the functions are pure.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics


def zone_text(seconds: float, zone: str) -> str:
    """`2026-03-29 03:15 CEST`: a UTC moment (POSIX seconds) on the clocks of `zone`.

    The same text as `desktop.ui.timefmt.local_text`, but in a chosen zone rather than the
    workstation's (timefmt has no zone parameter).
    """
    local = datetime.fromtimestamp(seconds, UTC).astimezone(ZoneInfo(zone))
    return f"{local:%Y-%m-%d %H:%M} {local.tzname()}"


def to_seconds(moment: datetime) -> float:
    """POSIX seconds of an aware moment; a naive one is UTC, as the case file stores it."""
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()


@dataclass(frozen=True)
class Step:
    """A distance between ticks on the wall clock: `count` minutes, hours, days, months or years."""

    unit: str
    count: int

    @property
    def seconds(self) -> float:
        """Its nominal length (a day is 24 h here; only used to choose a step that fits)."""
        size = {"minute": 60, "hour": 3600, "day": 86400, "month": 30 * 86400, "year": 365 * 86400}
        return float(size[self.unit] * self.count)


STEPS = tuple(
    [Step("minute", n) for n in (1, 2, 5, 10, 15, 30)]
    + [Step("hour", n) for n in (1, 2, 3, 6, 12)]
    + [Step("day", n) for n in (1, 2, 7)]
    + [Step("month", n) for n in (1, 3, 6)]
    + [Step("year", n) for n in (1, 2, 5, 10, 20, 50, 100)]
)


def _floor(wall: datetime, step: Step) -> datetime:
    """The last round wall-clock time of `step` at or before `wall` (naive)."""
    if step.unit == "minute":
        return wall.replace(minute=wall.minute - wall.minute % step.count, second=0, microsecond=0)
    if step.unit == "hour":
        return wall.replace(hour=wall.hour - wall.hour % step.count, minute=0, second=0, microsecond=0)
    midnight = wall.replace(hour=0, minute=0, second=0, microsecond=0)
    if step.unit == "day":
        return midnight.replace(day=wall.day - (wall.day - 1) % step.count)
    if step.unit == "month":
        return midnight.replace(day=1, month=wall.month - (wall.month - 1) % step.count)
    return midnight.replace(day=1, month=1, year=wall.year - wall.year % step.count)


def _next(wall: datetime, step: Step) -> datetime:
    if step.unit == "minute":
        return wall + timedelta(minutes=step.count)
    if step.unit == "hour":
        return wall + timedelta(hours=step.count)
    if step.unit == "day":
        following = wall + timedelta(days=step.count)
        # Day ticks restart on the 1st of each month (1, 8, 15, 22, 29, 1…).
        if following.month != wall.month and following.day != 1:
            following = following.replace(day=1)
        return following
    if step.unit == "month":
        months = wall.month - 1 + step.count
        return wall.replace(year=wall.year + months // 12, month=months % 12 + 1)
    return wall.replace(year=wall.year + step.count)


def local_ticks(start: float, stop: float, step: Step, zone: str) -> list[float]:
    """The UTC seconds in [start, stop] at which the clocks of `zone` show a round time of `step`.

    A wall-clock time skipped by a daylight-saving change gives no tick; one that happens twice
    gives two.
    """
    tz = ZoneInfo(zone)
    wall = _floor(datetime.fromtimestamp(start, UTC).astimezone(tz).replace(tzinfo=None), step)
    end = datetime.fromtimestamp(stop, UTC).astimezone(tz).replace(tzinfo=None)
    found: set[float] = set()
    for _ in range(5000):  # a guard; the caller's step keeps it to a few dozen
        if wall > end + timedelta(hours=3):  # 3 h: past any offset change
            break
        for fold in (0, 1):
            moment = wall.replace(tzinfo=tz, fold=fold)
            if moment.astimezone(UTC).astimezone(tz).replace(tzinfo=None) == wall:
                seconds = moment.timestamp()
                if start <= seconds <= stop:
                    found.add(seconds)
        wall = _next(wall, step)
    return sorted(found)


def tick_texts(values: Sequence[float], step: Step, zone: str) -> list[str]:
    """Labels of ticks made by `local_ticks`: `03:00 CEST` with the date under the first of each
    day and the zone's abbreviation on the first tick and wherever it changes; whole days read
    `2026-03-29`, months `2026-03`, years `2026`."""
    tz = ZoneInfo(zone)
    texts: list[str] = []
    last_day, last_zone = "", ""
    for value in values:
        local = datetime.fromtimestamp(value, UTC).astimezone(tz)
        day, abbreviation = f"{local:%Y-%m-%d}", local.tzname() or ""
        if step.unit == "year":
            text = f"{local:%Y}"
        elif step.unit == "month":
            text = f"{local:%Y-%m}"
        elif step.unit == "day":
            text = day
        else:
            text = f"{local:%H:%M}"
            if abbreviation != last_zone:
                text += f" {abbreviation}"
            if day != last_day:
                text += f"\n{day}"
        texts.append(text)
        last_day, last_zone = day, abbreviation
    return texts


def offset_changes(start: float, stop: float, zone: str, probes: Sequence[float] = ()) -> list[float]:
    """The UTC seconds in [start, stop] at which `zone` changes its offset (to the minute), found
    between `probes` (e.g. the ticks): a change between two probes is found, two are not."""
    tz = ZoneInfo(zone)

    def offset(seconds: float) -> timedelta | None:
        return datetime.fromtimestamp(seconds, UTC).astimezone(tz).utcoffset()

    points = sorted({start, *[p for p in probes if start < p < stop], stop})
    changes: list[float] = []
    for low, high in itertools.pairwise(points):
        if offset(low) == offset(high):
            continue
        while high - low > 60:  # bisect to the minute, then round to it
            middle = (low + high) / 2
            low, high = (middle, high) if offset(middle) == offset(low) else (low, middle)
        changes.append(float(int(high // 60) * 60))
    return changes


class LocalTimeAxis(pg.AxisItem):
    """A bottom axis over UTC seconds whose ticks sit on round local times of `zone`.

    At hour and minute steps, a daylight-saving change in view gets a tick of its own ("03:00
    CEST" where the clocks jump from 02:00 CET), and the round ticks too close to it give way.
    """

    PADDING = 18  # px between two labels

    def __init__(self, zone: str = "UTC") -> None:
        super().__init__(orientation="bottom")
        self.enableAutoSIPrefix(False)
        self.zone = zone
        self.step = STEPS[0]

    def set_zone(self, zone: str) -> None:
        self.zone = zone
        self.picture = None
        self.update()

    def _label_width(self, step: Step) -> int:
        metrics = QFontMetrics(self.style["tickFont"] or QFont())
        samples = {"year": "2026", "month": "2026-03", "day": "2026-03-29"}.get(step.unit)
        if samples is None:
            return max(metrics.horizontalAdvance("00:00 WWWW"), metrics.horizontalAdvance("2026-03-29"))
        return metrics.horizontalAdvance(samples)

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:
        if maxVal <= minVal or size <= 0:
            return []
        per_second = size / (maxVal - minVal)
        for step in STEPS:
            width = self._label_width(step) + self.PADDING
            if step.seconds * per_second >= width:
                break
        self.step = step
        # No tick whose label would be cut at either end (the first label carries the date).
        margin = width / 2 / per_second
        low, high = minVal + margin, maxVal - margin
        values = local_ticks(low, high, step, self.zone)
        changes = offset_changes(low, high, self.zone, values) if step.unit in ("minute", "hour") else []
        gap = width / per_second  # seconds two labels need between them
        values = [v for v in values if all(abs(v - c) >= gap for c in changes)]
        kept: list[float] = []
        for value in sorted({*values, *changes}):  # uneven steps: never let two labels touch
            if not kept or value - kept[-1] >= gap:
                kept.append(value)
        return [(step.seconds, kept)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return tick_texts(values, self.step, self.zone)

    def labels(self) -> list[tuple[float, str]]:
        """(UTC seconds, text) of the ticks for the axis's current range and width."""
        levels = self.tickValues(self.range[0], self.range[1], self.geometry().width())
        values = levels[0][1] if levels else []
        return list(zip(values, self.tickStrings(values, 1.0, self.step.seconds), strict=True))


class TimeCursor:
    """A vertical line at a moment, with that moment on the clocks of `zone` in a box at the top of
    the view ("2026-03-29 03:15 CEST"); hidden until placed. Add `items()` to the plot."""

    def __init__(self) -> None:
        self.zone = "UTC"
        self.line = pg.InfiniteLine(angle=90, movable=False)
        self.line.setZValue(8)  # under the markers (10): it must not hide the one it crosses
        self.label = pg.TextItem(anchor=(0, 0))
        self.label.setZValue(31)
        self.hide()

    def items(self) -> tuple[pg.InfiniteLine, pg.TextItem]:
        return self.line, self.label

    def restyle(self, text: QColor, highlight: QColor, base: QColor) -> None:
        self.line.setPen(pg.mkPen(highlight, width=1.5, style=Qt.PenStyle.DashLine))
        fill = QColor(base)
        fill.setAlpha(230)
        self.label.fill = pg.mkBrush(fill)
        self.label.border = pg.mkPen(highlight)
        self.label.setColor(text)

    def position(self) -> float | None:
        return float(self.line.value()) if self.line.isVisible() else None

    def text(self) -> str:
        return self.label.textItem.toPlainText() if self.line.isVisible() else ""

    def show_at(self, seconds: float, view_range: Sequence[Sequence[float]]) -> None:
        self.line.setValue(seconds)
        self.line.show()
        self.label.show()
        self.set_zone(self.zone, view_range)

    def set_zone(self, zone: str, view_range: Sequence[Sequence[float]]) -> None:
        self.zone = zone
        if self.line.isVisible():
            self.label.setText(zone_text(float(self.line.value()), zone))
            self.place(view_range)

    def place(self, view_range: Sequence[Sequence[float]]) -> None:
        """At the top of the view; right of the line, or left of it near the right edge."""
        if not self.line.isVisible():
            return
        (low, high), (top, _bottom) = view_range
        x = float(self.line.value())
        self.label.setAnchor((1, 0) if x > low + (high - low) * 0.75 else (0, 0))
        self.label.setPos(x, top)

    def hide(self) -> None:
        self.line.hide()
        self.label.hide()
