"""The border map's colours and symbols, derived from the palette in use (light or dark).

The land and sea are muted blends of the palette's own colours (Benelux a little stronger than
its neighbours); the case crossings take the status colours of `desktop.ui.theme.colors()` and
each status has a symbol of its own, so colour is never the only difference. GUI thread only.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from desktop.services.insight_rules import NotificationStatus
from desktop.ui import theme

Role = QPalette.ColorRole

STATUS_SYMBOLS: dict[NotificationStatus, str] = {
    NotificationStatus.IN_TIME: "o",
    NotificationStatus.LATE: "t",
    NotificationStatus.NOT_NOTIFIED: "s",
}
CASE_MARKER = 13  # px
POINT_MARKER = 8  # px: the seeded crossing points, small and grey
POINT_SYMBOL = "d"


def blend(base: QColor, other: QColor, share: float) -> QColor:
    """`share` of `other` over `base` (0: base, 1: other), opaque."""
    return QColor.fromRgbF(
        base.redF() + (other.redF() - base.redF()) * share,
        base.greenF() + (other.greenF() - base.greenF()) * share,
        base.blueF() + (other.blueF() - base.blueF()) * share,
    )


@dataclass(frozen=True)
class MapStyle:
    background: QColor  # around the map's box
    frame: QColor  # the edge of the box
    sea: QColor
    land: QColor  # the neighbours
    benelux: QColor
    border: QColor
    coast: QColor
    label: QColor
    faded: QColor  # axes, the attribution, the seeded crossing points
    point: QColor
    halo: QColor  # a thin outline between touching markers
    highlight: QColor
    text: QColor
    dark: bool

    def status_colour(self, status: NotificationStatus) -> QColor:
        colors = theme.colors()
        return QColor(
            {
                NotificationStatus.IN_TIME: colors.ok,
                NotificationStatus.LATE: colors.warning,
                NotificationStatus.NOT_NOTIFIED: colors.error,
            }[status]
        )


def current_style(palette: QPalette | None = None) -> MapStyle:
    pal = palette or QGuiApplication.palette()
    dark = theme.is_dark(pal)
    base, window, text = pal.color(Role.Base), pal.color(Role.Window), pal.color(Role.Text)
    link = pal.color(Role.Link)
    green = QColor(theme.colors(pal).ok)
    return MapStyle(
        background=window,
        frame=blend(window, text, 0.25),
        sea=blend(base, link, 0.16 if dark else 0.13),
        land=blend(base, text, 0.08 if dark else 0.11),
        benelux=blend(base, green, 0.16 if dark else 0.13),
        border=blend(base, text, 0.62),
        coast=blend(base, link, 0.55),
        label=blend(base, text, 0.72),
        faded=pal.color(Role.PlaceholderText),
        point=blend(base, text, 0.5),
        halo=base,
        highlight=pal.color(Role.Highlight),
        text=text,
        dark=dark,
    )
