"""The border map itself: the base map, the seeded crossing points and the cases' crossings.

`MapCanvas` draws a `BaseMap` (layers.py), the shipped crossing points as small grey diamonds, and
each case's crossing in the colour and symbol of its notification status, with a legend and the
borders' attribution in the view (so an exported image carries them). Hover names what is under
the mouse; a click on a case's marker selects it and emits `sig_case_activated(reference)`. In
pick mode a click anywhere emits `sig_point_picked(lat, lon)` instead and marks the place.

Mouse: wheel zooms, drag pans. Keyboard (the map focused): + and − zoom, arrows pan, Home shows
the whole region, Enter opens the selected case. GUI thread only.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.services.geo import BorderMap, CrossingPoint
from desktop.services.insight_rules import NotificationStatus
from desktop.ui import theme
from desktop.ui.map.data import PlottedCrossing, from_plot, to_plot
from desktop.ui.map.layers import Attribution, BaseMap, DegreeAxis, attribution_text, box_rect
from desktop.ui.map.style import (
    CASE_MARKER,
    POINT_MARKER,
    POINT_SYMBOL,
    STATUS_SYMBOLS,
    MapStyle,
    current_style,
)
from desktop.ui.map.texts import case_tip, more_text, point_tip, status_text
from desktop.ui.plot_export import png_bytes, svg_bytes

# Drawn last on top: the crossings that need attention are never hidden under those in time.
STATUS_ORDER = (NotificationStatus.IN_TIME, NotificationStatus.LATE, NotificationStatus.NOT_NOTIFIED)
TIP_LIMIT = 3  # cases named in one tool tip
HIT_SLACK = 3  # px around a marker that still count as on it
MIN_WIDTH = 0.03  # plot units (about 3 km): the closest zoom


def _positions(points: Sequence[tuple[float, float]]) -> np.ndarray:
    return np.array(points, dtype=float).reshape(-1, 2)


class MapPlot(pg.PlotWidget):
    """The map's view, with degree axes; hands its keys to `keys` first (True: used)."""

    def __init__(self, keys) -> None:  # type: ignore[no-untyped-def]
        super().__init__(axisItems={"bottom": DegreeAxis("bottom"), "left": DegreeAxis("left")})
        self._keys = keys
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(
            "QGraphicsView { border: 1px solid palette(mid); }"
            " QGraphicsView:focus { border: 2px solid palette(highlight); }"
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._keys(event):
            super().keyPressEvent(event)


class FixedLegend(pg.LegendItem):
    """pyqtgraph's legend, neither dragged about nor hiding markers on a click, and scaled with
    the rest of the map when it is exported at a higher resolution."""

    def __init__(self, **options) -> None:  # type: ignore[no-untyped-def]
        super().__init__(**options)
        # its parent, the view box, is laid out in screen pixels: nothing to ignore on screen
        self.setFlag(self.GraphicsItemFlag.ItemIgnoresTransformations, False)

    def mouseDragEvent(self, ev) -> None:  # type: ignore[no-untyped-def]
        ev.ignore()

    def entry_texts(self) -> list[str]:
        return [label.text for _sample, label in self.items]


class MapCanvas(QWidget):
    sig_case_activated = Signal(str)  # a click on a case's marker, or Enter on the selected one
    sig_selected = Signal(str)  # a case's marker chosen on the map
    sig_point_picked = Signal(float, float)  # (lat, lon) clicked in pick mode

    def __init__(self, parent: QWidget | None = None, *, cases: bool = True) -> None:
        """`cases=False`: a map without case markers (the picker), whose legend names none."""
        super().__init__(parent)
        self._with_cases = cases
        self.base: BaseMap | None = None
        self.world: BorderMap | None = None
        self.points: tuple[CrossingPoint, ...] = ()
        self.crossings: tuple[PlottedCrossing, ...] = ()
        self._case_xy = _positions([])
        self._point_xy = _positions([])
        self.case_markers: dict[NotificationStatus, pg.ScatterPlotItem] = {}
        self.picking = False
        self.picked: tuple[float, float] | None = None
        self.hover_text = ""
        self._selected: str | None = None
        self._style: MapStyle = current_style()

        self.plot = MapPlot(self.handle_key)
        self.plot.setAccessibleName(self.tr("Border map"))
        help_text = self.tr(
            "Wheel or + and − zoom; drag or the arrow keys pan; Home shows the whole region; "
            "a click on a case's marker opens the case, Enter opens the selected one."
        )
        self.plot.setAccessibleDescription(help_text)
        self.plot.setMinimumSize(320, 280)
        item = self.plot.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)  # its menu exports files without our dialog, in English
        self.plot.scene().contextMenu = []  # nor the scene's "Export…"
        self.box = item.getViewBox()
        self.box.setAspectLocked(True, ratio=1.0)
        self.box.disableAutoRange()
        self.point_markers = pg.ScatterPlotItem(symbol=POINT_SYMBOL, size=POINT_MARKER, antialias=True)
        self.point_markers.setZValue(5)
        self.ring = pg.ScatterPlotItem(size=CASE_MARKER + 10, symbol="o")
        self.ring.setZValue(30)
        self.pick_marker = pg.ScatterPlotItem(size=22, symbol="+")
        self.pick_marker.setZValue(31)
        for graphic in (self.point_markers, self.ring, self.pick_marker):
            item.addItem(graphic, ignoreBounds=True)
        self.legend = FixedLegend(offset=(8, 8), verSpacing=-2)
        self.legend.setParentItem(self.box)
        self.legend.setZValue(40)
        self.attribution = Attribution()
        self.attribution.setParentItem(self.box)
        self.attribution.anchor(itemPos=(1, 1), parentPos=(1, 1), offset=(-4, -2))
        self.attribution.setZValue(40)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)

        self.plot.scene().sigMouseMoved.connect(self._mouse_moved)
        self.plot.scene().sigMouseClicked.connect(self._mouse_clicked)
        theme.notifier().sig_palette_changed.connect(self.restyle)
        self.restyle()

    # -- what is drawn ---------------------------------------------------------------------------

    def set_map(self, world: BorderMap, points: Sequence[CrossingPoint]) -> None:
        """Draw the base map and the seeded crossing points (once; the same map again is kept)."""
        if self.world is not world:
            item = self.plot.getPlotItem()
            if self.base is not None:
                for graphic in self.base.items():
                    item.removeItem(graphic)
            self.world = world
            self.base = BaseMap(world)
            for graphic in self.base.items():
                item.addItem(graphic)
            self.base.restyle(self._style)
            rect = box_rect(world)
            self.box.setLimits(
                xMin=rect.left() - rect.width(),
                xMax=rect.right() + rect.width(),
                yMin=rect.top() - rect.height(),
                yMax=rect.bottom() + rect.height(),
                minXRange=MIN_WIDTH,
                minYRange=MIN_WIDTH,
                maxXRange=rect.width() * 3,
                maxYRange=rect.height() * 3,
            )
            self.fit_all()
        self.points = tuple(points)
        self._draw_points()

    def set_crossings(self, crossings: Sequence[PlottedCrossing]) -> None:
        """Draw the cases' crossings (replacing those shown); the selection stays if still drawn."""
        self.crossings = tuple(crossings)
        self._case_xy = _positions([c.position for c in self.crossings])
        item = self.plot.getPlotItem()
        for markers in self.case_markers.values():
            item.removeItem(markers)
        self.case_markers.clear()
        for z, status in enumerate(STATUS_ORDER):
            chosen = [c for c in self.crossings if c.status is status]
            if not chosen:
                continue
            markers = pg.ScatterPlotItem(
                x=[c.position[0] for c in chosen],
                y=[c.position[1] for c in chosen],
                data=[c.reference for c in chosen],
                symbol=STATUS_SYMBOLS[status],
                size=CASE_MARKER,
                antialias=True,
            )
            markers.setZValue(10 + z)
            item.addItem(markers, ignoreBounds=True)
            self.case_markers[status] = markers
        if self._selected is not None and self._crossing(self._selected) is None:
            self._selected = None
        self._restyle_markers()
        self._show_selection()

    def clear(self) -> None:
        """Forget the cases' crossings, the selection and the picked place (the map stays)."""
        self.set_crossings(())
        self._selected = None
        self._show_selection()
        self.clear_pick()
        self.hover_text = ""
        self.box.setToolTip("")

    def _draw_points(self) -> None:
        self._point_xy = _positions([to_plot(p.lat, p.lon) for p in self.points])
        self.point_markers.setData(pos=self._point_xy, data=list(range(len(self.points))))
        self._restyle_markers()

    def restyle(self) -> None:
        """Colours from the palette in use (again when the theme changes)."""
        self._style = style = current_style()
        self.plot.setBackground(style.background)
        for name in ("left", "bottom"):
            axis = self.plot.getPlotItem().getAxis(name)
            axis.setPen(pg.mkPen(style.faded))
            axis.setTextPen(pg.mkPen(style.faded))
        if self.base is not None:
            self.base.restyle(style)
        self.ring.setPen(pg.mkPen(style.highlight, width=3))
        self.ring.setBrush(pg.mkBrush(None))
        self.pick_marker.setPen(pg.mkPen(style.text, width=2.5))
        self.pick_marker.setBrush(pg.mkBrush(style.text))
        self.attribution.restyle(style)
        self.legend.setLabelTextColor(style.text)
        background = QColor(style.background)  # a copy: the style's own stays opaque for exports
        background.setAlpha(225)
        self.legend.setBrush(pg.mkBrush(background))
        self.legend.setPen(pg.mkPen(style.faded))
        self._restyle_markers()
        self._fill_legend()

    def _restyle_markers(self) -> None:
        style = self._style
        halo = pg.mkPen(style.halo, width=1)
        self.point_markers.setPen(pg.mkPen(style.halo, width=1))
        self.point_markers.setBrush(pg.mkBrush(style.point))
        for status, markers in self.case_markers.items():
            markers.setPen(halo)
            markers.setBrush(pg.mkBrush(style.status_colour(status)))

    def _fill_legend(self) -> None:
        style = self._style
        self.legend.clear()
        sample = pg.ScatterPlotItem(
            symbol=POINT_SYMBOL, size=POINT_MARKER + 2, pen=pg.mkPen(style.halo), brush=style.point
        )
        self.legend.addItem(sample, self.tr("Crossing point (approximate position)"))
        for status in reversed(STATUS_ORDER) if self._with_cases else ():
            sample = pg.ScatterPlotItem(
                symbol=STATUS_SYMBOLS[status],
                size=CASE_MARKER - 2,
                pen=pg.mkPen(style.halo),
                brush=style.status_colour(status),
            )
            self.legend.addItem(sample, status_text(status))
        for entry, _label in self.legend.items:
            entry.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    # -- read by the page and the tests ---------------------------------------------------------

    def status_counts(self) -> dict[NotificationStatus, int]:
        return {status: len(markers.data) for status, markers in self.case_markers.items()}

    def scene_pos(self, lat: float, lon: float) -> QPointF:
        """Where a place is in the scene (for a click or a hover)."""
        return self.box.mapViewToScene(QPointF(*to_plot(lat, lon)))

    def view_rect(self) -> QRectF:
        (left, right), (bottom, top) = self.box.viewRange()
        return QRectF(QPointF(left, bottom), QPointF(right, top))

    def selected_reference(self) -> str | None:
        return self._selected

    def _crossing(self, reference: str) -> PlottedCrossing | None:
        return next((c for c in self.crossings if c.reference == reference), None)

    # -- zoom and pan ----------------------------------------------------------------------------

    def fit_all(self) -> None:
        """The whole region of the map."""
        if self.world is not None:
            self.box.setRange(rect=box_rect(self.world), padding=0.01)

    def zoom(self, factor: float) -> None:
        """Narrow (factor < 1) or widen the view around its middle."""
        rect = self.view_rect()
        if rect.width() * factor < MIN_WIDTH:
            factor = MIN_WIDTH / rect.width()
        self.box.scaleBy(s=(factor, factor), center=rect.center())

    def pan(self, right: float, up: float) -> None:
        """Move the view by fractions of its width and height."""
        rect = self.view_rect()
        self.box.translateBy(x=rect.width() * right, y=rect.height() * up)

    def handle_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(0.5)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom(2.0)
        elif key == Qt.Key.Key_Home:
            self.fit_all()
        elif key == Qt.Key.Key_Left:
            self.pan(-0.1, 0)
        elif key == Qt.Key.Key_Right:
            self.pan(0.1, 0)
        elif key == Qt.Key.Key_Up:
            self.pan(0, 0.1)
        elif key == Qt.Key.Key_Down:
            self.pan(0, -0.1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected is not None:
            self.sig_case_activated.emit(self._selected)
        else:
            return False
        return True

    # -- selection -------------------------------------------------------------------------------

    def select(self, reference: str | None, *, reveal: bool = False) -> bool:
        """Ring the case's marker (None: no selection); `reveal` centres it if it is out of view."""
        if reference is not None and self._crossing(reference) is None:
            return False
        self._selected = reference
        self._show_selection(reveal=reveal)
        return True

    def _show_selection(self, *, reveal: bool = False) -> None:
        crossing = self._crossing(self._selected) if self._selected is not None else None
        if crossing is None:
            self.ring.clear()
            return
        x, y = crossing.position
        self.ring.setData(x=[x], y=[y])
        if reveal and not self.view_rect().contains(QPointF(x, y)):
            rect = self.view_rect()
            self.box.translateBy(x=x - rect.center().x(), y=y - rect.center().y())

    # -- the mouse -------------------------------------------------------------------------------

    def _near(self, scene_pos: QPointF, positions: np.ndarray, radius: float) -> list[int]:
        """Indexes of the positions ((n, 2) plot x and y) within `radius` pixels of a scene point,
        nearest first (to the pixel; drawing order among equals)."""
        px, py = self.box.viewPixelSize()
        if not len(positions) or not px or not py:
            return []
        view = self.box.mapSceneToView(scene_pos)
        distance = np.hypot((positions[:, 0] - view.x()) / px, (positions[:, 1] - view.y()) / py)
        inside = np.flatnonzero(distance <= radius)
        order = np.lexsort((inside, np.round(distance[inside])))
        return [int(i) for i in inside[order]]

    def cases_at(self, scene_pos: QPointF) -> list[PlottedCrossing]:
        """The cases whose marker is under a scene point: those drawn on top (the statuses needing
        attention) first, the nearest first among them."""
        rank = {status: n for n, status in enumerate(reversed(STATUS_ORDER))}
        hits = [self.crossings[i] for i in self._near(scene_pos, self._case_xy, CASE_MARKER / 2 + HIT_SLACK)]
        return sorted(hits, key=lambda c: rank[c.status])  # stable: the nearest first within a status

    def points_at(self, scene_pos: QPointF) -> list[CrossingPoint]:
        near = self._near(scene_pos, self._point_xy, POINT_MARKER / 2 + HIT_SLACK)
        return [self.points[i] for i in near]

    def tip_at(self, scene_pos: QPointF) -> str:
        """What a tool tip says at a scene point: the cases there, else the crossing points, else ""."""
        cases = self.cases_at(scene_pos)
        if cases:
            texts = [case_tip(c) for c in cases[:TIP_LIMIT]]
            if len(cases) > TIP_LIMIT:
                texts.append(more_text(len(cases) - TIP_LIMIT))
            return "\n\n".join(texts)
        points = self.points_at(scene_pos)
        return "\n\n".join(point_tip(p) for p in points[:TIP_LIMIT])

    def _mouse_moved(self, scene_pos: QPointF) -> None:
        text = self.tip_at(scene_pos) if self.box.sceneBoundingRect().contains(scene_pos) else ""
        if text != self.hover_text:
            self.hover_text = text
            self.box.setToolTip(text)

    def _mouse_clicked(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.button() != Qt.MouseButton.LeftButton or event.double():
            return
        scene_pos = event.scenePos()
        if not self.box.sceneBoundingRect().contains(scene_pos):
            return
        if self.picking:
            view = self.box.mapSceneToView(scene_pos)
            lat, lon = from_plot(view.x(), view.y())
            self.show_pick(lat, lon)
            event.accept()
            self.sig_point_picked.emit(lat, lon)
            return
        cases = self.cases_at(scene_pos)
        if cases:
            event.accept()
            reference = cases[0].reference
            self.select(reference)
            self.sig_selected.emit(reference)
            self.sig_case_activated.emit(reference)

    # -- picking ---------------------------------------------------------------------------------

    def set_picking(self, on: bool) -> None:
        self.picking = on
        cursor = Qt.CursorShape.CrossCursor if on else Qt.CursorShape.ArrowCursor
        self.plot.viewport().setCursor(cursor)

    def show_pick(self, lat: float, lon: float) -> None:
        """Mark a picked place (the dialog's typed coordinates too)."""
        self.picked = (lat, lon)
        self.pick_marker.setData(pos=[to_plot(lat, lon)])

    def clear_pick(self) -> None:
        self.picked = None
        self.pick_marker.clear()

    # -- export ----------------------------------------------------------------------------------

    def png_bytes(self, scale: float = 2.0) -> bytes:
        """The map as shown (legend and attribution included), as PNG, `scale` times the screen size."""
        return png_bytes(self.plot, self._style.background, scale)

    def svg_bytes(self) -> bytes:
        return svg_bytes(self.plot, self._style.background, self.tr("Border map"), attribution_text())
