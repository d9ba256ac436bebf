"""One case's timeline as a chart: events in lanes per agency over time, linked requests as spans.

The x axis is linear in UTC seconds and labelled in local time (`timeline_items.LocalTimeAxis`),
in one zone the user picks above the chart; it starts on the zone most of the case's events were
entered in, as the case detail's timeline table shows each event in its own zone. The cursor
(a vertical line that follows the mouse, or Shift+arrow keys) reads that zone's time with its
abbreviation: "2026-03-29 03:15 CEST".

Mouse: wheel zooms, drag pans, a click on an event emits `sig_event_activated(event id)`, a click on
a request's span `sig_request_activated(reference)`. Keyboard (the chart focused): + and − zoom,
Left/Right pan, Home fits everything, Shift+Left/Right move the cursor, Tab/Shift+Tab (or
Ctrl+Left/Right) select the next/previous event in time order — Tab past the last one leaves the
chart — and Enter emits the selected event's id.

`set_case(view, requests)` shows a `CaseView`; the linked requests' dates are not in the case view,
so the caller passes their `RequestView`s (linked requests without one are named as not drawn).
`clear()` drops everything shown (the window is being locked). GUI thread only.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import datetime

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import EventKind, RequestKind, RequestStatus
from desktop.services.cases import CaseView, EventView
from desktop.services.dto import RequestView
from desktop.ui import theme
from desktop.ui.cases.common import ZONES, system_zone
from desktop.ui.cases.timeline_axis import LocalTimeAxis, TimeCursor, to_seconds, zone_text
from desktop.ui.cases.timeline_items import (
    MARKER,
    Legend,
    RequestSpan,
    Role,
    SpanItem,
    TimelinePlot,
    event_markers,
    lane_bands,
    palette,
)
from desktop.ui.i18n import arg
from desktop.ui.labels import label_of

MIN_SPAN = 60.0  # seconds: the closest zoom
FIT_MIN = 3600.0  # a fitted view shows at least an hour


class CaseTimelineView(QWidget):
    """The chart of one case; `set_case(view, requests)` shows it, `clear()` forgets it."""

    sig_event_activated = Signal(int)
    sig_request_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseTimelineChart")
        self.setAccessibleName(self.tr("Timeline chart"))
        self.setAccessibleDescription(
            self.tr(
                "The case's events in lanes per agency over time, and its linked requests with their deadlines."
            )
        )
        self.view: CaseView | None = None
        self.events: list[EventView] = []
        self.spans: list[RequestSpan] = []
        self.lane_names: list[str] = []
        self.markers: dict[str, pg.ScatterPlotItem] = {}
        self.span_item: SpanItem | None = None
        self._items: list[pg.GraphicsObject] = []
        self._span_labels: list[tuple[pg.TextItem, QRectF]] = []
        self._selected: int | None = None  # index in self.events
        self._bounds = (0.0, FIT_MIN)

        self.zone = QComboBox()
        self.zone.setAccessibleName(self.tr("Time zone of the chart"))
        self.zone.setToolTip(self.tr("The zone whose clocks the time axis and the cursor show."))
        zone_caption = QLabel(self.tr("Times &in:"))
        zone_caption.setBuddy(self.zone)
        self.zoom_out_button = self._button("−", self.tr("Zoom out"), self.tr("Zoom out (−)"))
        self.zoom_in_button = self._button("+", self.tr("Zoom in"), self.tr("Zoom in (+)"))
        self.fit_button = self._button(
            self.tr("Fit"), self.tr("Fit the whole timeline"), self.tr("Show every event and request (Home)")
        )
        tools = QHBoxLayout()
        tools.addWidget(zone_caption)
        tools.addWidget(self.zone)
        tools.addStretch(1)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            tools.addWidget(button)

        self.axis = LocalTimeAxis()
        self.plot = TimelinePlot(self.axis, self.handle_key)
        self.plot.setAccessibleName(self.tr("Timeline chart of the case"))
        help_text = self.tr(
            "Wheel or + and − zoom; drag or Left and Right pan; Home fits everything; Shift with Left "
            "and Right moves the cursor; Tab moves between events; Enter or a click opens an event."
        )
        self.plot.setAccessibleDescription(help_text)
        self.plot.setToolTip(help_text)
        self.plot.setMinimumHeight(220)
        item = self.plot.getPlotItem()
        item.hideButtons()
        item.layout.setContentsMargins(2, 2, 10, 6)  # the axis caption clear of the frame
        item.setMenuEnabled(False)  # its menu exports files without our dialog, in English
        self.box = item.getViewBox()
        self.box.setMouseEnabled(x=True, y=False)
        self.box.invertY(True)  # the first lane on top
        self.box.disableAutoRange()
        item.showGrid(x=True, y=False, alpha=0.3)
        self.axis.setZValue(-1)  # its grid under the markers, not across them
        # Room for the labels decided before the first paint, so the plot does not jump under the
        # mouse once they are measured: two lines below (time, then the date), the lanes' names left.
        metrics = QFontMetrics(self.axis.style["tickFont"] or QFont())
        self.axis.setStyle(autoExpandTextSpace=False, tickTextHeight=metrics.lineSpacing() * 2 + 8)
        self.cursor = TimeCursor()
        self.ring = pg.ScatterPlotItem(size=MARKER + 12, symbol="o")
        self.ring.setZValue(25)
        for fixed in (*self.cursor.items(), self.ring):
            item.addItem(fixed, ignoreBounds=True)

        self.legend = Legend()
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setAccessibleName(self.tr("Selected event"))
        self.not_drawn = QLabel()
        self.not_drawn.setWordWrap(True)
        self.not_drawn.setTextFormat(Qt.TextFormat.PlainText)
        chart = QWidget()
        column = QVBoxLayout(chart)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(tools)
        column.addWidget(self.plot, 1)
        column.addWidget(self.legend)
        column.addWidget(self.info)
        column.addWidget(self.not_drawn)
        self.chart = chart
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAccessibleName(self.tr("Timeline chart"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(chart)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        QWidget.setTabOrder(self.zone, self.zoom_out_button)
        QWidget.setTabOrder(self.zoom_out_button, self.zoom_in_button)
        QWidget.setTabOrder(self.zoom_in_button, self.fit_button)
        QWidget.setTabOrder(self.fit_button, self.plot)

        self.zoom_out_button.clicked.connect(lambda: self.zoom(2.0))
        self.zoom_in_button.clicked.connect(lambda: self.zoom(0.5))
        self.fit_button.clicked.connect(self.fit_all)
        self.zone.currentIndexChanged.connect(self._zone_changed)
        self.plot.scene().sigMouseMoved.connect(self._mouse_moved)
        self.box.sigXRangeChanged.connect(lambda *_: self._range_changed())
        theme.notifier().sig_palette_changed.connect(self._restyle)
        self._restyle()
        self.clear()

    def _button(self, text: str, accessible_name: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible_name)
        button.setToolTip(tip)
        return button

    # -- showing --------------------------------------------------------------------------------

    def set_case(self, view: CaseView, requests: Sequence[RequestView] = ()) -> None:
        """Show `view`; `requests`: the linked requests' views (their dates are not in the case view)."""
        previous = self.view.reference if self.view is not None else None
        self.view = view
        self.events = sorted(view.timeline, key=lambda e: (e.occurred_at, e.id))
        spans = [RequestSpan.from_view(r) for r in requests]
        self.spans = [s for s in spans if s is not None]
        drawn = {s.reference for s in self.spans}
        missing = [r[0] for r in view.requests if r[0] not in drawn]
        self.not_drawn.setText(
            arg(self.tr("Linked requests not drawn (their dates were not loaded): %1"), ", ".join(missing))
            if missing and self.events
            else ""
        )
        self.not_drawn.setVisible(bool(missing) and bool(self.events))
        if not self.events:
            self._drop_items()
            self.lane_names, self._selected = [], None
            self.cursor.hide()
            self.info.clear()
            self.empty_label.setText(
                self.tr("This case has no events yet. Events added on the Timeline tab appear here.")
            )
            self.stack.setCurrentWidget(self.empty_label)
            return
        self._fill_zones(keep=previous == view.reference)
        keep_range = previous == view.reference and self.stack.currentWidget() is self.chart
        shown = self.time_range()
        selected = self.selected_event_id()
        self.stack.setCurrentWidget(self.chart)
        self._draw()
        self._selected = None
        if selected is not None:
            self.select_event(selected, reveal=False)
        if keep_range:
            self.set_time_range(*shown)
        else:
            self.fit_all()
            self.cursor.hide()
        self._show_selection()

    def clear(self) -> None:
        """Forget the case: every marker, span, lane, zone and text shown."""
        self.view = None
        self.events, self.spans, self.lane_names = [], [], []
        self._selected = None
        self._drop_items()
        self.zone.blockSignals(True)
        self.zone.clear()
        self.zone.blockSignals(False)
        self.cursor.hide()
        self.info.clear()
        self.not_drawn.clear()
        self.not_drawn.hide()
        self.empty_label.setText(self.tr("No case is shown."))
        self.stack.setCurrentWidget(self.empty_label)

    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty_label

    def zone_name(self) -> str:
        return str(self.zone.currentData() or "UTC")

    def _fill_zones(self, *, keep: bool) -> None:
        """The events' zones (most used first), the workstation's, then the common ones."""
        chosen = self.zone_name() if keep and self.zone.count() else None
        used = [zone for zone, _n in Counter(e.zone for e in self.events).most_common()]
        names = list(dict.fromkeys([*used, system_zone(), *ZONES]))
        self.zone.blockSignals(True)
        self.zone.clear()
        for name in names:
            self.zone.addItem(name, name)
        self.zone.setCurrentIndex(max(0, self.zone.findData(chosen or names[0])))
        self.zone.blockSignals(False)
        self._apply_zone()

    def _zone_changed(self) -> None:
        self._apply_zone()
        self._show_selection()

    def _apply_zone(self) -> None:
        zone = self.zone_name()
        self.axis.set_zone(zone)
        self.axis.setLabel(arg(self.tr("Local time in %1"), zone), color=palette().color(Role.Text).name())
        self.cursor.set_zone(zone, self.box.viewRange())

    def _drop_items(self) -> None:
        item = self.plot.getPlotItem()
        for graphic in self._items:
            item.removeItem(graphic)
        self._items.clear()
        self.markers.clear()
        self.span_item = None
        self._span_labels.clear()
        self.ring.clear()
        self.legend.clear()

    def _add(self, graphic: pg.GraphicsObject) -> None:
        self.plot.getPlotItem().addItem(graphic)
        self._items.append(graphic)

    def _draw(self) -> None:
        """Lanes, markers, spans and the legend for the events and spans held."""
        self._drop_items()
        agencies = list(dict.fromkeys(e.agency_code for e in self.events if e.agency_code))
        self.lane_names = list(agencies)
        no_agency = self.tr("No agency")
        if any(not e.agency_code for e in self.events):
            self.lane_names.append(no_agency)
        if self.spans:
            self.lane_names.append(self.tr("Requests"))
        lanes = len(self.lane_names)
        for band in lane_bands(lanes):
            self._add(band)
        left = self.plot.getPlotItem().getAxis("left")
        left.setTicks([list(enumerate(self.lane_names))])
        metrics = QFontMetrics(left.style["tickFont"] or QFont())
        widest = max(metrics.horizontalAdvance(name) for name in self.lane_names)
        left.setStyle(autoExpandTextSpace=False, tickTextWidth=widest + 6)
        lane_of = {name: index for index, name in enumerate(self.lane_names)}
        for kind in dict.fromkeys(e.kind for e in self.events):
            chosen = [e for e in self.events if e.kind == kind]
            markers = event_markers(
                kind, chosen, [lane_of[e.agency_code or no_agency] for e in chosen], self._tip
            )
            markers.sigClicked.connect(self._markers_clicked)
            self._add(markers)
            self.markers[kind] = markers
        if self.spans:
            self.span_item = SpanItem(
                self.spans, lanes - 1, self.sig_request_activated.emit, self.request_tooltip
            )
            self.span_item.setZValue(5)
            self._add(self.span_item)
            for span, rect in zip(self.spans, self.span_item.rects, strict=True):
                text = pg.TextItem(span.reference, color=palette().color(Role.Text), anchor=(0, 0.5))
                text.setZValue(6)
                self._add(text)
                self._span_labels.append((text, rect))
            self._place_span_labels()
        self.box.setYRange(-0.5, lanes - 0.5, padding=0)
        moments = [to_seconds(e.occurred_at) for e in self.events]
        for span in self.spans:
            moments.extend(span.bounds())
        low, high = min(moments), max(moments)
        if high - low < FIT_MIN:
            middle = (low + high) / 2
            low, high = middle - FIT_MIN / 2, middle + FIT_MIN / 2
        pad = (high - low) * 0.05
        self._bounds = (low - pad, high + pad)
        room = max((high - low) * 5, 7 * 86400)
        self.box.setLimits(
            xMin=low - room, xMax=high + room, minXRange=MIN_SPAN, maxXRange=(high - low) + 2 * room
        )
        self.legend.show_entries(dict.fromkeys(e.kind for e in self.events), [s.state for s in self.spans])

    def _restyle(self) -> None:
        """Colours from the palette in use (called again when the theme changes)."""
        pal = palette()
        text, highlight = pal.color(Role.Text), pal.color(Role.Highlight)
        self.plot.setBackground(pal.color(Role.Base))
        for name in ("left", "bottom"):
            axis = self.plot.getPlotItem().getAxis(name)
            axis.setPen(pg.mkPen(pal.color(Role.PlaceholderText)))  # its grid too, faded
            axis.setTextPen(pg.mkPen(text))
        self.cursor.restyle(text, highlight, pal.color(Role.Base))
        self.ring.setPen(pg.mkPen(highlight, width=2.5))
        self.ring.setBrush(pg.mkBrush(None))
        if self.zone.count():
            self._apply_zone()
        if self.events and self.view is not None:
            shown = self.time_range()
            self._draw()
            self.set_time_range(*shown)
            self._show_selection()

    # -- what is shown (also read by tests) ------------------------------------------------------

    def marker_counts(self) -> dict[str, int]:
        """Markers drawn per event kind (stored value)."""
        return {kind: len(markers.data) for kind, markers in self.markers.items()}

    def marker_scene_pos(self, event_id: int) -> QPointF:
        """Where event `event_id`'s marker is in the scene (for a click)."""
        for markers in self.markers.values():
            for spot in markers.points():
                if spot.data() == event_id:
                    return self.box.mapViewToScene(spot.pos())
        raise KeyError(event_id)

    def time_range(self) -> tuple[float, float]:
        low, high = self.box.viewRange()[0]
        return float(low), float(high)

    def cursor_text(self) -> str:
        return self.cursor.text()

    def cursor_position(self) -> float | None:
        return self.cursor.position()

    def selected_event_id(self) -> int | None:
        return self.events[self._selected].id if self._selected is not None else None

    # -- zoom, pan, cursor -----------------------------------------------------------------------

    def set_time_range(self, low: float, high: float) -> None:
        self.box.setXRange(low, high, padding=0)

    def fit_all(self) -> None:
        if self.events:
            self.set_time_range(*self._bounds)

    def zoom(self, factor: float) -> None:
        """Narrow (factor < 1) or widen the view around the cursor if it is in view, else its middle."""
        low, high = self.time_range()
        cursor = self.cursor_position()
        centre = cursor if cursor is not None and low <= cursor <= high else (low + high) / 2
        if (high - low) * factor < MIN_SPAN:
            factor = MIN_SPAN / (high - low)
        self.set_time_range(centre - (centre - low) * factor, centre + (high - centre) * factor)

    def pan(self, fraction: float) -> None:
        low, high = self.time_range()
        shift = (high - low) * fraction
        self.set_time_range(low + shift, high + shift)

    def set_cursor(self, seconds: float) -> None:
        self.cursor.show_at(seconds, self.box.viewRange())

    def _range_changed(self) -> None:
        self.cursor.place(self.box.viewRange())
        self._place_span_labels()

    def _place_span_labels(self) -> None:
        """Each request's reference inside its bar, at the bar's start or the view's left edge;
        hidden while the bar shows too narrow for it (neighbouring labels would overprint: zoom
        in, or point at the bar, to read it)."""
        low, high = self.time_range()
        seconds_per_pixel = self.box.viewPixelSize()[0] or 1.0
        for text, rect in self._span_labels:
            x = max(rect.left(), low) if low < rect.right() else rect.left()
            text.setPos(x, rect.center().y())
            room = (min(rect.right(), high) - x) / seconds_per_pixel
            text.setVisible(room >= text.textItem.boundingRect().width() + 4)

    def _mouse_moved(self, scene_pos: QPointF) -> None:
        if self.events and self.box.sceneBoundingRect().contains(scene_pos):
            self.set_cursor(self.box.mapSceneToView(scene_pos).x())

    # -- selection and activation ----------------------------------------------------------------

    def select_event(self, event_id: int, *, reveal: bool = True) -> bool:
        index = next((i for i, e in enumerate(self.events) if e.id == event_id), None)
        if index is None:
            return False
        self._selected = index
        self._show_selection(reveal=reveal)
        return True

    def _step_selection(self, direction: int) -> bool:
        """Select the next (1) or previous (−1) event in time; False at either end."""
        if not self.events:
            return False
        if self._selected is None:
            index = 0 if direction > 0 else len(self.events) - 1
        else:
            index = self._selected + direction
            if not 0 <= index < len(self.events):
                return False
        self._selected = index
        self._show_selection(reveal=True)
        return True

    def _show_selection(self, *, reveal: bool = False) -> None:
        if self._selected is None or not self.events:
            self.ring.clear()
            self.info.setText(self.tr("No event selected: Tab selects the first, a click opens one."))
            return
        event = self.events[self._selected]
        seconds = to_seconds(event.occurred_at)
        lane = self._lane_of(event)
        self.ring.setData(x=[seconds], y=[lane])
        if reveal:
            low, high = self.time_range()
            if not low <= seconds <= high:
                half = (high - low) / 2
                self.set_time_range(seconds - half, seconds + half)
            self.set_cursor(seconds)
        parts = [label_of(EventKind, event.kind), event.local_time, event.agency_code or self.tr("No agency")]
        if event.description:
            parts.append(event.description)
        if event.location:
            parts.append(event.location)
        self.info.setText(arg(self.tr("Selected: %1"), " — ".join(parts)))

    def _lane_of(self, event: EventView) -> int:
        name = event.agency_code or self.tr("No agency")
        return self.lane_names.index(name) if name in self.lane_names else 0

    def _tip(self, x: float, y: float, data: object) -> str:
        event = next((e for e in self.events if e.id == data), None)
        if event is None:
            return ""
        lines = [label_of(EventKind, event.kind), event.local_time, event.agency_code or self.tr("No agency")]
        lines += [text for text in (event.description, event.location) if text]
        return "\n".join(lines)

    def _markers_clicked(self, _item: pg.ScatterPlotItem, points: Sequence[object], _event: object) -> None:
        if not points:
            return
        event_id = int(points[0].data())  # type: ignore[attr-defined]
        self.select_event(event_id, reveal=False)
        self.sig_event_activated.emit(event_id)

    def request_tooltip(self, span: RequestSpan) -> str:
        """What a request span is, in words, with its moments in the chart's zone."""
        zone = self.zone_name()

        def when(moment: datetime | None) -> str:
            return zone_text(to_seconds(moment), zone) if moment is not None else self.tr("none")

        lines = [
            arg(
                self.tr("%1 — %2, %3"),
                span.reference,
                label_of(RequestKind, span.kind),
                label_of(RequestStatus, span.status),
            ),
            arg(self.tr("From: %1"), when(span.start)),
            arg(self.tr("Deadline: %1"), when(span.due_at)),
        ]
        if span.answered_at is not None:
            lines.append(arg(self.tr("Answered: %1"), when(span.answered_at)))
        lines.append(self.tr("Click to open the request."))
        return "\n".join(lines)

    # -- keyboard ----------------------------------------------------------------------------------

    def handle_key(self, event: QKeyEvent) -> bool:
        """The chart's keys; True if the key was used."""
        if not self.events:
            return False
        key, modifiers = event.key(), event.modifiers()
        shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        control = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and modifiers & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            return False  # Ctrl+Tab belongs to the tabs around the chart
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(0.5)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom(2.0)
        elif key == Qt.Key.Key_Home:
            self.fit_all()
        elif key == Qt.Key.Key_Tab:
            return self._step_selection(1)
        elif key == Qt.Key.Key_Backtab:
            return self._step_selection(-1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            direction = 1 if key == Qt.Key.Key_Right else -1
            if control:
                self._step_selection(direction)
            elif shift:
                low, high = self.time_range()
                start = self.cursor_position()
                if start is None or not low <= start <= high:
                    start = (low + high) / 2
                self.set_cursor(start + direction * (high - low) / 50)
            else:
                self.pan(0.1 * direction)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event_id = self.selected_event_id()
            if event_id is None:
                return False
            self.sig_event_activated.emit(event_id)
        else:
            return False
        return True
