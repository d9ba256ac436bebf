"""The graphics of the case timeline chart: lanes, event markers, request spans, legend, styles.

Colours come from the palette in use and `desktop.ui.theme.colors()`, so the chart reads on a light
and on a dark window; each event kind also has a symbol of its own, so colour is never the only
difference. Request spans run from the moment the request started to count (sent or received,
else submitted, else created) to its deadline; `SpanItem` draws them and answers a click with the
request's reference. The time axis is in `timeline_axis`. GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import renderSymbol
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeyEvent, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop.models.enums import EventKind, RequestStatus
from desktop.services.cases import EventView
from desktop.services.dto import RequestView
from desktop.ui import theme
from desktop.ui.cases.timeline_axis import LocalTimeAxis, to_seconds
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.labels import label_of

Role = QPalette.ColorRole
MARKER = 14  # px


# -- styles ----------------------------------------------------------------------------------------

KIND_SYMBOLS: dict[str, str] = {
    EventKind.START: "t2",
    EventKind.BORDER_CROSSED: "d",
    EventKind.HOST_NOTIFIED: "star",
    EventKind.AUTHORISATION_RECEIVED: "p",
    EventKind.HANDOVER: "h",
    EventKind.APPREHENSION: "x",
    EventKind.END: "s",
    EventKind.OBSERVATION: "o",
    EventKind.OTHER: "t1",
}


def palette() -> QPalette:
    return QGuiApplication.palette()


def kind_colour(kind: str) -> QColor:
    """The colour of an event kind's markers, from the palette in use (light or dark)."""
    status, pal = theme.colors(), palette()
    named = {
        EventKind.BORDER_CROSSED: status.warning,
        EventKind.HOST_NOTIFIED: status.ok,
        EventKind.AUTHORISATION_RECEIVED: status.ok,
        EventKind.APPREHENSION: status.error,
    }
    if kind in named:
        return QColor(named[kind])
    role = {
        EventKind.HANDOVER: Role.Link,
        EventKind.OBSERVATION: Role.LinkVisited,
        EventKind.OTHER: Role.PlaceholderText,
    }.get(kind, Role.Text)  # start, end and kinds of a newer version
    return pal.color(role)


class SpanState(StrEnum):
    OVERDUE = "overdue"
    ANSWERED = "answered"
    OPEN = "open"
    ENDED = "ended"  # rejected, cancelled or closed without an answer


def span_colour(state: SpanState) -> QColor:
    status, pal = theme.colors(), palette()
    if state is SpanState.OVERDUE:
        return QColor(status.overdue)
    if state is SpanState.ANSWERED:
        return QColor(status.ok)
    return pal.color(Role.Link if state is SpanState.OPEN else Role.PlaceholderText)


def symbol_pixmap(symbol: str, colour: QColor, size: int = 14) -> QPixmap:
    """A marker as the chart draws it, for the legend."""
    image = renderSymbol(symbol, size, pg.mkPen(palette().color(Role.Base), width=1), QBrush(colour))
    return QPixmap.fromImage(image)


def span_pixmap(colour: QColor, height: int = 12) -> QPixmap:
    pixmap = QPixmap(height * 2, height)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    fill = QColor(colour)
    fill.setAlpha(110)
    painter.setBrush(fill)
    painter.setPen(QPen(colour, 1.5))
    painter.drawRect(QRectF(1, 2, height * 2 - 2, height - 4))
    painter.end()
    return pixmap


# -- request spans ---------------------------------------------------------------------------------

_ANSWERED = {RequestStatus.ANSWERED, RequestStatus.HANDED_OVER, RequestStatus.RETURNED}
_ENDED = {RequestStatus.REJECTED, RequestStatus.CANCELLED, RequestStatus.CLOSED}


@dataclass(frozen=True)
class RequestSpan:
    """A linked request as the chart draws it (from the services' `RequestView`)."""

    reference: str
    kind: str
    status: str
    start: datetime  # sent or received, else submitted, else created
    due_at: datetime | None
    answered_at: datetime | None
    state: SpanState

    @classmethod
    def from_view(cls, view: RequestView) -> RequestSpan | None:
        """None if the request has no moment at all to start from."""
        stamps = view.timestamps
        start = (
            stamps.get("sent") or stamps.get("received") or stamps.get("submitted") or stamps.get("created")
        )
        if start is None:
            return None
        answered = stamps.get("answered")
        if view.overdue:
            state = SpanState.OVERDUE
        elif answered is not None or view.status in _ANSWERED:
            state = SpanState.ANSWERED
        elif view.status in _ENDED:
            state = SpanState.ENDED
        else:
            state = SpanState.OPEN
        return cls(view.reference, view.kind, view.status, start, view.due_at, answered, state)

    def bounds(self) -> tuple[float, float]:
        """(first, last) UTC seconds the span covers (a deadline before its start is drawn too)."""
        moments = [to_seconds(m) for m in (self.start, self.due_at, self.answered_at) if m is not None]
        return min(moments), max(moments)


def pack_rows(spans: Sequence[RequestSpan]) -> list[int]:
    """A row for each span so that spans of one row never overlap (first fit, in start order)."""
    ends: list[float] = []
    rows = [0] * len(spans)
    for index in sorted(range(len(spans)), key=lambda i: spans[i].bounds()[0]):
        first, last = spans[index].bounds()
        row = next((r for r, end in enumerate(ends) if end < first), len(ends))
        if row == len(ends):
            ends.append(last)
        else:
            ends[row] = last
        rows[index] = row
    return rows


class SpanItem(pg.GraphicsObject):
    """The requests' spans in the "Requests" lane: a bar from start to deadline, a tick where the
    answer came; `on_click(reference)` when one is clicked."""

    BAR = 0.28  # height of a bar, in lanes (before splitting the lane into rows)

    def __init__(
        self,
        spans: Sequence[RequestSpan],
        lane: float,
        on_click: Callable[[str], None],
        describe: Callable[[RequestSpan], str],
    ) -> None:
        super().__init__()
        self.spans = tuple(spans)
        self._on_click = on_click
        self._describe = describe
        self._tip_shown = False
        self.setAcceptHoverEvents(True)
        rows = pack_rows(self.spans)
        count = max(rows, default=0) + 1
        height = min(self.BAR, 0.8 / count)
        self.rects: list[QRectF] = []
        for span, row in zip(self.spans, rows, strict=True):
            first, last = span.bounds()
            middle = lane - 0.4 + 0.8 * (row + 0.5) / count
            self.rects.append(QRectF(first, middle - height / 2, max(last - first, 1.0), height))
        self._bounds = QRectF()
        for rect in self.rects:  # with the deadline and answer strokes above and below the bar
            self._bounds = self._bounds.united(rect.adjusted(0, -rect.height() * 0.3, 0, rect.height() * 0.3))

    def boundingRect(self) -> QRectF:
        return QRectF(self._bounds)

    def paint(self, painter: QPainter, *_args: object) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for span, rect in zip(self.spans, self.rects, strict=True):
            colour = span_colour(span.state)
            fill = QColor(colour)
            fill.setAlpha(90)
            pen = QPen(colour, 1.5)
            pen.setCosmetic(True)  # the same width at every zoom
            painter.setPen(pen)
            painter.setBrush(fill)
            painter.drawRect(rect)
            marks = [m for m in (span.due_at, span.answered_at) if m is not None]
            for moment in marks:  # a strong stroke at the deadline and at the answer
                x = to_seconds(moment)
                mark = QPen(colour, 3 if moment is span.due_at else 2)
                mark.setCosmetic(True)
                painter.setPen(mark)
                painter.drawLine(
                    QPointF(x, rect.top() - rect.height() * 0.3),
                    QPointF(x, rect.bottom() + rect.height() * 0.3),
                )

    def span_at(self, x: float, y: float, slack_x: float = 0.0) -> RequestSpan | None:
        """The span under a point of the view (`slack_x`: seconds of tolerance left and right)."""
        for span, rect in zip(self.spans, self.rects, strict=True):
            grown = rect.adjusted(-slack_x, -rect.height() * 0.3, slack_x, rect.height() * 0.3)
            if grown.contains(QPointF(x, y)):
                return span
        return None

    def mouseClickEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.pos()
        pixel = self.pixelWidth() or 0.0  # seconds per pixel: 4 px of tolerance for a thin bar
        span = self.span_at(pos.x(), pos.y(), 4 * pixel)
        if span is not None:
            event.accept()
            self._on_click(span.reference)

    def hoverEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        box = self.getViewBox()
        if box is None:
            return
        span = None
        if not event.isExit():
            pos = event.pos()
            span = self.span_at(pos.x(), pos.y(), 4 * (self.pixelWidth() or 0.0))
        if span is not None:
            box.setToolTip(self._describe(span))
            self._tip_shown = True
        elif self._tip_shown:
            box.setToolTip("")
            self._tip_shown = False


# -- lanes, markers, legend, the plot widget ------------------------------------------------------


def lane_bands(lanes: int) -> list[pg.LinearRegionItem]:
    """A shaded band behind every other lane (the time grid, drawn under the lanes, shows through)."""
    band = QColor(palette().color(Role.AlternateBase))
    band.setAlpha(170)
    bands = []
    for index in range(1, lanes, 2):
        region = pg.LinearRegionItem(
            (index - 0.5, index + 0.5),
            orientation="horizontal",
            movable=False,
            brush=band,
            pen=pg.mkPen(None),
        )
        region.setZValue(-20)
        region.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        bands.append(region)
    return bands


def event_markers(
    kind: str, events: Sequence[EventView], lanes: Sequence[int], tip: Callable[..., str]
) -> pg.ScatterPlotItem:
    """The markers of one event kind: at each event's moment in its lane, carrying its id."""
    markers = pg.ScatterPlotItem(
        x=[to_seconds(e.occurred_at) for e in events],
        y=list(lanes),
        data=[e.id for e in events],
        symbol=KIND_SYMBOLS.get(kind, "t1"),
        size=MARKER,
        pen=pg.mkPen(palette().color(Role.Base), width=1),  # a halo between touching markers
        brush=kind_colour(kind),
        hoverable=True,
        tip=tip,
        antialias=True,
    )
    markers.setZValue(10)
    return markers


class Legend(QWidget):
    """What the symbols and colours mean: the event kinds shown, then the request states shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Legend"))
        self.entries = FlowLayout(self)

    def show_entries(self, kinds: Iterable[str], states: Iterable[SpanState]) -> None:
        self.clear()
        names = {
            SpanState.OPEN: self.tr("Request open"),
            SpanState.ANSWERED: self.tr("Request answered"),
            SpanState.OVERDUE: self.tr("Request overdue"),
            SpanState.ENDED: self.tr("Request ended without answer"),
        }
        shown = set(states)
        entries = [
            (symbol_pixmap(KIND_SYMBOLS.get(kind, "t1"), kind_colour(kind)), label_of(EventKind, kind))
            for kind in kinds
        ]
        entries += [
            (span_pixmap(span_colour(state)), name) for state, name in names.items() if state in shown
        ]
        for pixmap, text in entries:
            entry = QWidget()
            row = QHBoxLayout(entry)
            row.setContentsMargins(0, 0, 8, 0)
            row.setSpacing(4)
            icon = QLabel()
            icon.setPixmap(pixmap)
            caption = QLabel(text)
            caption.setTextFormat(Qt.TextFormat.PlainText)
            row.addWidget(icon)
            row.addWidget(caption)
            self.entries.addWidget(entry)

    def captions(self) -> list[str]:
        return [label.text() for label in self.findChildren(QLabel) if label.text()]

    def clear(self) -> None:
        while (entry := self.entries.takeAt(0)) is not None:
            widget = entry.widget()
            if widget is not None:
                widget.setParent(None)  # out of findChildren at once; freed later
                widget.deleteLater()


class TimelinePlot(pg.PlotWidget):
    """The chart's view: hands its keys (Tab included) to `keys` first; True means used."""

    def __init__(self, axis: LocalTimeAxis, keys: Callable[[QKeyEvent], bool]) -> None:
        super().__init__(axisItems={"bottom": axis})
        self._keys = keys
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # A visible focus frame: the chart takes keys of its own.
        self.setStyleSheet(
            "QGraphicsView { border: 1px solid palette(mid); }"
            " QGraphicsView:focus { border: 2px solid palette(highlight); }"
        )

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and self._keys(event)
        ):
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._keys(event):
            super().keyPressEvent(event)
