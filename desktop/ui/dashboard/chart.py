"""What every dashboard chart shares: targets to hover, click and step through with the keyboard.

A chart is a `pg.GraphicsLayoutWidget` holding one or more plots. After drawing it declares its
`Target`s: a bar (a rectangle in data coordinates) or a point, each with the sentence shown on
hover and the payload it opens — a `RequestFilter`, a `LoanSlice`, a `RequestRef`, a `CaseRef` or a
`CaseSelection`.
The pointer over a target shows its sentence (tooltip and `sig_hovered`); a left click or Enter
on the selected target emits `sig_activated(payload)`. Arrow keys step through the targets:
Left/Right between columns (months, points), Up/Down within one (the segments of a bar).

pyqtgraph's own mouse interaction is off: no pan or zoom (the wheel scrolls the page), no
context menu (its export dialog is English-only and writes wherever it is told, past our file
dialog), no auto-range button.

Drawing happens in two steps so a palette change or a print restyles without laying the charts
out again: `show_data` builds the plots for new data (subclasses: `build`), `restyle` re-adds
their items in the colours of a `ChartStyle` (subclasses: `paint`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pyqtgraph as pg
from pyqtgraph.graphicsItems.LegendItem import ItemSample
from pyqtgraph.GraphicsScene.mouseEvents import MouseClickEvent
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QToolTip, QWidget

from desktop.ui.dashboard.style import ChartStyle, chart_style

POINT_RADIUS_PX = 9.0
MIN_BAR_PX = 4.0


@dataclass(frozen=True)
class RequestRef:
    """One request, by reference (an answer-time point)."""

    reference: str


@dataclass(frozen=True)
class CaseRef:
    """One case, by reference (a notification-delay point)."""

    reference: str


class QuietSample(ItemSample):
    """A legend's sample that does not hide its item when clicked (pyqtgraph's does)."""

    def mouseClickEvent(self, event: object) -> None:
        return


def sample(symbol: str, fill: QColor | QBrush, size: int = 12, pen: QPen | None = None) -> pg.ScatterPlotItem:
    """What a legend shows for a series: its marker in its colour."""
    return pg.ScatterPlotItem(symbol=symbol, size=size, brush=pg.mkBrush(fill), pen=pen)


@dataclass(frozen=True)
class Target:
    """Something under the pointer: a bar (`rect`) or a point (`point`), in `view`'s coordinates."""

    column: int
    row: int
    text: str
    payload: object | None
    view: pg.ViewBox
    rect: QRectF | None = None
    point: QPointF | None = None


class ChartView(pg.GraphicsLayoutWidget):
    """A chart with targets; subclasses implement `build` and `paint` (GUI thread)."""

    sig_activated = Signal(object)
    sig_hovered = Signal(str)  # the sentence of the target under the pointer or selected; "" for none

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setMinimumHeight(260)
        self.ci.setContentsMargins(6, 6, 12, 6)
        scene = self.scene()
        scene.contextMenu = []  # pyqtgraph's "Export…" entry
        scene.sigMouseMoved.connect(self._moved)
        scene.sigMouseClicked.connect(self._clicked)
        self.style = chart_style()
        self.targets: list[Target] = []
        self.selected: int | None = None
        self.hovered: int | None = None
        self._highlight: list[tuple[pg.ViewBox, QGraphicsItem]] = []
        self._legends: list[tuple[pg.LegendItem, int]] = []
        self.setBackground(self.style.background)

    # -- subclasses ---------------------------------------------------------------------------------

    def build(self) -> None:
        """Create the plots for the data held (layout, axes, ranges)."""

    def paint(self, style: ChartStyle) -> None:
        """Add the data items in `style`'s colours and declare the targets."""

    # -- drawing --------------------------------------------------------------------------------

    def show_data(self) -> None:
        """New data: lay the chart out again and draw it."""
        self.clear_chart()
        self.build()
        self.restyle(self.style)

    def restyle(self, style: ChartStyle, *, outline_selection: bool = True) -> None:
        """Draw the same data in `style`'s colours (a palette change, an export, a print).

        `outline_selection=False`: without the keyboard selection's outline (an export or a print
        shows the figures, not where the keyboard was); the selection itself is kept.
        """
        self.style = style
        self.setBackground(style.background)
        selected = self.selected
        self._clear_highlight()
        self.targets = []
        self.paint(style)
        self.fit_legends()
        for item in self.ci.items:
            if isinstance(item, pg.PlotItem):
                for name in ("left", "bottom", "right", "top"):
                    axis = item.getAxis(name)
                    axis.setPen(pg.mkPen(style.axis))
                    axis.setTextPen(pg.mkPen(style.text))
        self.selected = selected if selected is not None and selected < len(self.targets) else None
        if self.selected is not None and outline_selection:
            self._draw_highlight(self.targets[self.selected])
        self.settle()

    def settle(self) -> None:
        """Lay the legends and the layout out now, not on the next event loop pass.

        `LegendItem.clear()` parks the legend at (0, 0) until its parent layout runs again; an
        export or a print renders at once, so the layout is run here.
        """
        for item in self.ci.items:
            if isinstance(item, pg.LegendItem):
                item.layout.invalidate()
                item.layout.activate()
                item.updateSize()
        self.ci.layout.invalidate()
        self.ci.layout.activate()

    def forget(self) -> None:
        """Drop the data and everything drawn (the case file is being locked)."""
        self.data = None
        self.clear_chart()

    def clear_chart(self) -> None:
        self._clear_highlight()
        self.ci.clear()
        self._legends = []
        self.targets = []
        self.selected = None
        self.hovered = None

    def new_plot(self, row: int, col: int, **axes: pg.AxisItem) -> pg.PlotItem:
        """A plot with pyqtgraph's mouse interaction and menus off."""
        plot = self.ci.addPlot(row=row, col=col, axisItems=axes or None)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.vb.setMouseEnabled(x=False, y=False)
        plot.vb.border = None  # a NoPen border still writes a closed path into SVG exports
        plot.vb.disableAutoRange()
        return plot

    def add_legend(self, row: int, col: int, *, colspan: int = 1, max_columns: int = 4) -> pg.LegendItem:
        """A legend in a cell of the layout (never over the data), as many columns as fit."""
        legend = pg.LegendItem(colCount=1, sampleType=QuietSample, labelTextColor=self.style.text)
        # pyqtgraph keeps a floating legend one size at any zoom; in a layout cell it must scale
        # with the rest of the chart, or a 2× export or a print shows it at half size.
        legend.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, False)
        self.ci.addItem(legend, row=row, col=col, colspan=colspan)
        self._legends.append((legend, max_columns))
        return legend

    def fit_legends(self, width: float | None = None) -> None:
        """As many legend columns as `width` (the chart's) holds for the widest entry."""
        width = float(self.viewport().width()) if width is None else width
        for legend, max_columns in self._legends:
            if not legend.items:
                continue
            metrics = QFontMetrics(legend.items[0][1].item.font())
            widest = max(metrics.horizontalAdvance(label.text) for _sample, label in legend.items) + 44
            columns = max(1, min(max_columns, len(legend.items), int((width - 24) // widest)))
            legend.setColumnCount(columns)

    def resizeEvent(self, event: QResizeEvent | None) -> None:
        super().resizeEvent(event)
        if hasattr(self, "_legends"):  # pyqtgraph calls this from its own __init__
            self.fit_legends()

    def set_targets(self, targets: Sequence[Target]) -> None:
        self.targets = list(targets)

    # -- finding targets --------------------------------------------------------------------------

    def _scene_rect(self, target: Target) -> QRectF:
        assert target.rect is not None
        rect = target.view.mapViewToScene(target.rect).boundingRect()
        if rect.width() < MIN_BAR_PX:
            rect.adjust(-(MIN_BAR_PX - rect.width()) / 2, 0, (MIN_BAR_PX - rect.width()) / 2, 0)
        if rect.height() < MIN_BAR_PX:
            rect.adjust(0, -(MIN_BAR_PX - rect.height()) / 2, 0, (MIN_BAR_PX - rect.height()) / 2)
        return rect

    def scene_point(self, target: Target) -> QPointF:
        """The centre of a target in scene coordinates."""
        if target.point is not None:
            return target.view.mapViewToScene(target.point)
        return self._scene_rect(target).center()

    def widget_point(self, target: Target) -> QPoint:
        """Where to put the pointer (viewport coordinates) to be over `target`."""
        return self.mapFromScene(self.scene_point(target))

    def target_at(self, scene_pos: QPointF) -> int | None:
        """The target under `scene_pos`: the nearest point within reach, else the smallest bar."""
        points: list[tuple[float, int]] = []
        bars: list[tuple[float, int]] = []
        for index, target in enumerate(self.targets):
            if target.point is not None:
                delta = target.view.mapViewToScene(target.point) - scene_pos
                distance = (delta.x() ** 2 + delta.y() ** 2) ** 0.5
                if distance <= POINT_RADIUS_PX:
                    points.append((distance, index))
            elif target.rect is not None:
                rect = self._scene_rect(target)
                if rect.contains(scene_pos):
                    bars.append((rect.width() * rect.height(), index))
        chosen = min(points) if points else min(bars) if bars else None
        return None if chosen is None else chosen[1]

    # -- mouse ------------------------------------------------------------------------------------

    def _moved(self, scene_pos: QPointF) -> None:
        index = self.target_at(scene_pos)
        if index == self.hovered:
            return
        self.hovered = index
        target = self.targets[index] if index is not None else None
        self.sig_hovered.emit(target.text if target is not None else "")
        if target is not None:
            global_pos = self.viewport().mapToGlobal(self.mapFromScene(scene_pos))
            QToolTip.showText(global_pos + QPoint(12, 12), target.text, self)
            self.viewport().setCursor(
                Qt.CursorShape.PointingHandCursor
                if target.payload is not None
                else Qt.CursorShape.ArrowCursor
            )
        else:
            QToolTip.hideText()
            self.viewport().unsetCursor()

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        if self.hovered is not None:
            self.hovered = None
            self.sig_hovered.emit(self.targets[self.selected].text if self.selected is not None else "")

    def _clicked(self, event: MouseClickEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        index = self.target_at(event.scenePos())
        if index is None:
            return
        event.accept()
        self.select(index)
        self.activate()

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # no zoom: the page scrolls

    # -- keyboard ---------------------------------------------------------------------------------

    def select(self, index: int | None) -> None:
        self._clear_highlight()
        self.selected = index
        if index is None:
            self.sig_hovered.emit("")
            return
        target = self.targets[index]
        self._draw_highlight(target)
        self.sig_hovered.emit(target.text)

    def activate(self) -> None:
        """Open what the selected target stands for."""
        if self.selected is not None:
            payload = self.targets[self.selected].payload
            if payload is not None:
                self.sig_activated.emit(payload)

    def step(self, key: Qt.Key) -> None:
        """Move the selection with an arrow key (the first key selects the first target)."""
        if not self.targets:
            return
        if self.selected is None:
            self.select(0)
            return
        current = self.targets[self.selected]
        columns = sorted({t.column for t in self.targets})
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            position = columns.index(current.column) + (1 if key == Qt.Key.Key_Right else -1)
            if not 0 <= position < len(columns):
                return
            candidates = [i for i, t in enumerate(self.targets) if t.column == columns[position]]
            # the same row if that column has it, else the nearest one
            chosen = min(candidates, key=lambda i: abs(self.targets[i].row - current.row))
        else:
            rows = sorted((t.row, i) for i, t in enumerate(self.targets) if t.column == current.column)
            order = [i for _row, i in rows]
            position = order.index(self.selected) + (1 if key == Qt.Key.Key_Up else -1)
            if not 0 <= position < len(order):
                return
            chosen = order[position]
        self.select(chosen)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.step(key)
            event.accept()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activate()
            event.accept()
        elif key == Qt.Key.Key_Escape and self.selected is not None:
            self.select(None)
            event.accept()
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End) and self.targets:
            self.select(0 if key == Qt.Key.Key_Home else len(self.targets) - 1)
            event.accept()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        """A focus frame around the chart when the keyboard is in it."""
        super().drawForeground(painter, rect)
        if self.hasFocus():
            painter.save()
            painter.resetTransform()
            pen = QPen(self.palette().color(self.palette().ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.drawRect(self.viewport().rect().adjusted(1, 1, -2, -2))
            painter.restore()

    # -- the selection's outline -------------------------------------------------------------------

    def _draw_highlight(self, target: Target) -> None:
        pen = pg.mkPen(self.style.text, width=2.5)
        pen.setCosmetic(True)
        item: QGraphicsItem
        if target.rect is not None:
            outline = QGraphicsRectItem(target.rect)
            outline.setPen(pen)
            outline.setBrush(QColor(0, 0, 0, 0))
            item = outline
        else:
            assert target.point is not None
            item = pg.ScatterPlotItem(
                [target.point.x()], [target.point.y()], size=22, symbol="o", pen=pen, brush=None
            )
        item.setZValue(100)
        target.view.addItem(item, ignoreBounds=True)
        self._highlight.append((target.view, item))

    def _clear_highlight(self) -> None:
        for view, item in self._highlight:
            if item.scene() is not None:
                view.removeItem(item)
        self._highlight = []
