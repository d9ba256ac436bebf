"""The base map as graphics: sea, countries, borders, coasts, names, degree axes, attribution.

`BaseMap(world)` turns a `geo.BorderMap` into pyqtgraph items in plot coordinates (see
`data.to_plot`): one filled path per country (its polygons and their holes, even-odd), one line
item for all land borders and a thinner one for all coasts (NaN between lines), and the countries'
names. `restyle(style)` repaints them for the palette in use. GUI thread only.
"""

from __future__ import annotations

import html
import math

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFont, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsRectItem

from desktop.services.geo import BorderMap, MapCountry, plot_arrays
from desktop.ui.i18n import arg
from desktop.ui.map.data import BENELUX, KX, to_plot
from desktop.ui.map.style import MapStyle

# Where each country's name sits (lat, lon): inside the part of it the box shows.
LABEL_PLACES: dict[str, tuple[float, float]] = {
    "BE": (50.62, 4.55),
    "NL": (52.35, 5.65),
    "LU": (49.76, 6.10),
    "DE": (50.85, 7.05),
    "FR": (49.35, 3.55),
    "GB": (52.62, 1.52),
}
SEA_LABEL = (52.35, 3.05)


def country_name(code: str, fallback: str) -> str:
    """The country's name in the interface language (the map file's English name otherwise)."""
    names = {
        "BE": QCoreApplication.translate("BorderMap", "Belgium"),
        "NL": QCoreApplication.translate("BorderMap", "Netherlands"),
        "LU": QCoreApplication.translate("BorderMap", "Luxembourg"),
        "DE": QCoreApplication.translate("BorderMap", "Germany"),
        "FR": QCoreApplication.translate("BorderMap", "France"),
        "GB": QCoreApplication.translate("BorderMap", "United Kingdom"),
    }
    return names.get(code, fallback)


def attribution_text() -> str:
    return QCoreApplication.translate("BorderMap", "Borders: Natural Earth (public domain)")


def country_path(country: MapCountry) -> QPainterPath:
    """Every polygon of the country with its holes, in plot coordinates, filled even-odd."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for polygon in country.polygons:
        for ring in polygon:
            first = True
            for lon, lat in ring:
                x, y = to_plot(lat, lon)
                if first:
                    path.moveTo(x, y)
                    first = False
                else:
                    path.lineTo(x, y)
            path.closeSubpath()
    return path


def box_rect(world: BorderMap) -> QRectF:
    west, south, east, north = world.bbox
    return QRectF(QPointF(west * KX, south), QPointF(east * KX, north))


class DegreeAxis(pg.AxisItem):
    """An axis labelled in degrees: "4°E", "51°N" (x is longitude times KX, y the latitude)."""

    def __init__(self, orientation: str) -> None:
        super().__init__(orientation)
        self.enableAutoSIPrefix(False)
        self._longitude = orientation in ("bottom", "top")
        if self._longitude:
            self.setScale(1 / KX)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        places = max(0, math.ceil(-math.log10(spacing * scale))) if spacing * scale > 0 else 0
        if self._longitude:
            plus, minus = (
                QCoreApplication.translate("BorderMap", "E"),
                QCoreApplication.translate("BorderMap", "W"),
            )
        else:
            plus, minus = (
                QCoreApplication.translate("BorderMap", "N"),
                QCoreApplication.translate("BorderMap", "S"),
            )
        texts = []
        for value in values:
            degrees = value * scale
            letter = plus if degrees >= 0 else minus
            texts.append(
                arg(
                    QCoreApplication.translate("BorderMap", "%1°%2"),
                    QLocale().toString(abs(degrees), "f", places),
                    letter,
                )
            )
        return texts


class BaseMap:
    """The graphics of one border map; `items()` in drawing order."""

    def __init__(self, world: BorderMap) -> None:
        self.world = world
        self.sea = QGraphicsRectItem(box_rect(world))
        self.sea.setZValue(-30)
        self.frame = QGraphicsRectItem(box_rect(world))
        self.frame.setZValue(-15)
        self.countries: dict[str, QGraphicsPathItem] = {}
        self.polygon_counts: dict[str, int] = {}
        for country in world.countries:
            item = QGraphicsPathItem(country_path(country))
            item.setZValue(-25 if country.code in BENELUX else -26)
            self.countries[country.code] = item
            self.polygon_counts[country.code] = len(country.polygons)
        borders, coasts = world.of_kind("border"), world.of_kind("coast")
        self.border_count, self.coast_count = len(borders), len(coasts)
        self.coasts = pg.PlotDataItem(*plot_arrays(_projected(coasts)), connect="finite")
        self.coasts.setZValue(-21)
        self.borders = pg.PlotDataItem(*plot_arrays(_projected(borders)), connect="finite")
        self.borders.setZValue(-20)
        for line in (self.coasts, self.borders):
            line.setCurveClickable(False)
            line.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.labels: dict[str, pg.TextItem] = {}
        for country in world.countries:
            lat, lon = LABEL_PLACES.get(country.code, _middle(country))
            anchor = (0, 0.5) if country.code == "GB" else (0.5, 0.5)
            label = pg.TextItem(country_name(country.code, country.name), anchor=anchor)
            label.setPos(*to_plot(lat, lon))
            label.setZValue(-10)
            self.labels[country.code] = label
        self.sea_label = pg.TextItem(QCoreApplication.translate("BorderMap", "North Sea"), anchor=(0.5, 0.5))
        self.sea_label.setPos(*to_plot(*SEA_LABEL))
        self.sea_label.setZValue(-10)
        for graphic in (*self.labels.values(), self.sea_label):
            graphic.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            graphic.setAcceptHoverEvents(False)

    def items(self) -> list[object]:
        return [
            self.sea,
            self.frame,
            *self.countries.values(),
            self.coasts,
            self.borders,
            *self.labels.values(),
            self.sea_label,
        ]

    def restyle(self, style: MapStyle) -> None:
        no_pen = QPen(Qt.PenStyle.NoPen)
        self.sea.setBrush(QBrush(style.sea))
        self.sea.setPen(no_pen)
        frame = QPen(style.frame, 1)
        frame.setCosmetic(True)
        self.frame.setPen(frame)
        self.frame.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        for code, item in self.countries.items():
            item.setBrush(QBrush(style.benelux if code in BENELUX else style.land))
            item.setPen(no_pen)  # outlines are the border and coast lines
        self.coasts.setPen(pg.mkPen(style.coast, width=1.0))
        self.borders.setPen(pg.mkPen(style.border, width=1.8))
        for code, label in self.labels.items():
            font = QFont()
            font.setBold(code in BENELUX)
            font.setPointSizeF(font.pointSizeF() * (1.05 if code in BENELUX else 0.95))
            label.setFont(font)
            label.setColor(style.label if code in BENELUX else style.faded)
        sea_font = QFont()
        sea_font.setItalic(True)
        self.sea_label.setFont(sea_font)
        self.sea_label.setColor(style.coast)


def _projected(lines: tuple[tuple[tuple[float, float], ...], ...]) -> list[list[tuple[float, float]]]:
    """(lon, lat) lines as (x, y) lines of the plot."""
    return [[(lon * KX, lat) for lon, lat in line] for line in lines]


def _middle(country: MapCountry) -> tuple[float, float]:
    """(lat, lon) of the middle of the country's largest polygon's box (for a country of a newer map)."""
    ring = max((polygon[0] for polygon in country.polygons), key=len)
    lons, lats = [p[0] for p in ring], [p[1] for p in ring]
    return (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2


class Attribution(pg.LabelItem):
    """The source of the borders, in the bottom-right corner of the view (it is exported too)."""

    def __init__(self) -> None:
        super().__init__("", justify="right")
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def restyle(self, style: MapStyle) -> None:
        self.setText(html.escape(attribution_text()), color=style.faded.name(), size="8pt")
