"""The dashboard's colours, for the palette in use (light or dark) and for paper.

Axis, text, grid and background come from the Qt palette that desktop/ui/theme.py applies; the
colours that carry meaning (in time, late, overdue, due soon) from `theme.colors()`. Only the
qualitative colours of the request kinds and the loan states are the dashboard's own: two sets of
ten that stay apart from each other on white and on the dark palette's base.

A chart asks `chart_style()` when it draws, and again on every palette change; printing uses
`paper_style()` (the light palette) whatever the screen shows, so a dark theme never prints black
pages.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from desktop.models.enums import RequestKind
from desktop.ui import theme

Role = QPalette.ColorRole

# Tableau 10, a little darker on white; lighter on the dark palette's base (#2b2d30).
_LIGHT_SERIES = (
    "#1f77b4",
    "#e8710a",
    "#2a9d2a",
    "#c2185b",
    "#8e5cc2",
    "#8c564b",
    "#0f8b9c",
    "#6f6f6f",
    "#9a9a17",
    "#d62728",
)
_DARK_SERIES = (
    "#6aaee8",
    "#ffa24d",
    "#6fd36f",
    "#f27aa6",
    "#bb9af0",
    "#c9a08f",
    "#4fd6e6",
    "#b8b8b8",
    "#dada5a",
    "#ff7b7b",
)
_KIND_ORDER = {kind.value: index for index, kind in enumerate(RequestKind)}


@dataclass(frozen=True)
class ChartStyle:
    """Every colour a chart draws with."""

    dark: bool
    background: QColor
    text: QColor
    muted: QColor
    axis: QColor
    grid: QColor
    series: tuple[QColor, ...]
    in_time: QColor
    late: QColor
    not_notified: QColor
    out: QColor
    due_soon: QColor
    overdue: QColor
    lost: QColor
    rule: QColor
    """Deadline and rule lines."""

    def kind_colour(self, kind: str) -> QColor:
        """A request kind keeps its colour whatever the filters leave in the chart."""
        index = _KIND_ORDER.get(kind, len(_KIND_ORDER))
        return self.series[index % len(self.series)]

    def faded(self, colour: QColor, alpha: int) -> QColor:
        faded = QColor(colour)
        faded.setAlpha(alpha)
        return faded


def chart_style(palette: QPalette | None = None) -> ChartStyle:
    """The colours for `palette` (the application's by default)."""
    palette = palette or QGuiApplication.palette()
    dark = theme.is_dark(palette)
    status = theme.colors(palette)
    series = tuple(QColor(c) for c in (_DARK_SERIES if dark else _LIGHT_SERIES))
    text = palette.color(Role.Text)
    axis = QColor(text)
    axis.setAlpha(200)
    grid = QColor(text)
    grid.setAlpha(60)
    return ChartStyle(
        dark=dark,
        background=palette.color(Role.Base),
        text=text,
        muted=palette.color(Role.PlaceholderText),
        axis=axis,
        grid=grid,
        series=series,
        in_time=QColor(status.ok),
        late=QColor(status.error),
        not_notified=QColor(status.error),
        out=QColor(series[0]),
        due_soon=QColor("#ffc94d" if dark else "#d99200"),
        overdue=QColor(status.overdue),
        lost=QColor(palette.color(Role.LinkVisited)),
        rule=palette.color(Role.PlaceholderText),
    )


def paper_style() -> ChartStyle:
    """The light palette's colours: what a printed or PDF page shows."""
    return chart_style(theme.light_palette())
