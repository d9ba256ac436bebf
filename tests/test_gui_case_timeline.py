"""The case timeline chart (pyqtgraph), on a real case file: a pursuit over the night the clocks of
Brussels go forward (2026-03-29, 02:00 CET → 03:00 CEST), in two agencies' lanes, with two linked
requests (one answered, one overdue). Run offscreen with pytest-qt.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from desktop.models.enums import (
    CaseKind,
    Direction,
    EventKind,
    InformationAccess,
    RequestKind,
    Role,
    Urgency,
)
from desktop.services.casefile import create_case_file
from desktop.services.cases import CaseView
from desktop.services.dto import RequestView
from desktop.services.facade import Services
from desktop.services.requests import NewRequest
from desktop.ui import theme
from desktop.ui.cases.timeline_axis import STEPS, Step, local_ticks, tick_texts, zone_text
from desktop.ui.cases.timeline_items import SpanState
from desktop.ui.cases.timeline_view import CaseTimelineView
from desktop.vault import KdfParams

BE, NL = "BE-FEDPOL-CGI", "NL-POLITIE-LIMBURG"
BRUSSELS = "Europe/Brussels"


def utc(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


def seconds(day: int, hour: int, minute: int = 0) -> float:
    return utc(day, hour, minute).timestamp()


# (UTC moment, entered zone, kind, agency, description); the local times are those of Brussels.
EVENTS = (
    (utc(28, 21, 40), BRUSSELS, EventKind.START, BE, "Pursuit starts at Lanaken"),  # 22:40 CET
    (utc(29, 0, 30), BRUSSELS, EventKind.BORDER_CROSSED, BE, "Crossed at Maastricht"),  # 01:30 CET
    (utc(29, 0, 50), "Europe/Amsterdam", EventKind.BORDER_CROSSED, NL, "NL unit follows"),  # 01:50 CET
    (utc(29, 1, 15), BRUSSELS, EventKind.HOST_NOTIFIED, NL, "Limburg control room told"),  # 03:15 CEST
    (utc(29, 2, 5), BRUSSELS, EventKind.HANDOVER, NL, "Handed over at Geleen"),  # 04:05 CEST
    (utc(29, 3, 0), BRUSSELS, EventKind.END, None, "Pursuit ended"),  # 05:00 CEST
)


@dataclass(frozen=True)
class Night:
    view: CaseView
    requests: tuple[RequestView, ...]  # answered, then overdue
    empty: CaseView  # a case without events


def _incoming(case: str, title: str, received: datetime) -> NewRequest:
    return NewRequest(
        kind=RequestKind.INFORMATION_REQUEST,
        direction=Direction.INCOMING,
        partner_code=NL,
        legal_basis="dir-2023-977:4",
        events_on=utc(28, 22),
        title=title,
        urgency=Urgency.URGENT,
        information_access=InformationAccess.DIRECT,
        received_at=received,
        form_values={
            "information_requested": "Registered keeper",
            "purpose": "Identify the driver",
            "reasons": "The vehicle fled a police check",
        },
        case_reference=case,
    )


@pytest.fixture(scope="module")
def night(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Night]:
    path = tmp_path_factory.mktemp("gui-timeline") / "night.casedesk"
    case_file, _code = create_case_file(
        path,
        member_name="Claire",
        role=Role.SUPERVISOR,
        passphrase="claire timeline pass",
        agency_code=BE,
        kdf=KdfParams.minimum(),
    )
    try:
        svc = Services(case_file)
        case = svc.cases.create(CaseKind.PURSUIT, "Grey Audi through Limburg", partner_code=NL).reference
        for moment, zone, kind, agency, description in EVENTS:
            svc.cases.add_event(
                case, occurred_at=moment, zone=zone, kind=kind, agency_code=agency, description=description
            )
        answered = svc.requests.create(_incoming(case, "Keeper of the Audi", utc(29, 1, 40))).reference
        svc.requests.record_answer(answered, "Registered to a rental company", at=utc(29, 6))
        overdue = svc.requests.create(_incoming(case, "Phone of the driver", utc(29, 2, 20))).reference
        empty = svc.cases.create(CaseKind.PURSUIT, "Nothing recorded yet", partner_code=NL).reference
        yield Night(
            view=svc.cases.show(case),
            requests=(svc.requests.show(answered), svc.requests.show(overdue)),
            empty=svc.cases.show(empty),
        )
    finally:
        case_file.close()


@pytest.fixture
def chart(qtbot, night: Night) -> CaseTimelineView:  # type: ignore[no-untyped-def]
    widget = CaseTimelineView()
    qtbot.addWidget(widget)
    widget.resize(1000, 520)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_case(night.view, night.requests)
    return widget


def _ids(night: Night) -> list[int]:
    return [e.id for e in night.view.timeline]


# -- the pure time axis ----------------------------------------------------------------------------


def test_hour_ticks_skip_the_hour_brussels_does_not_have() -> None:
    ticks = local_ticks(seconds(28, 23), seconds(29, 3), Step("hour", 1), BRUSSELS)
    assert ticks == [seconds(28, 23), seconds(29, 0), seconds(29, 1), seconds(29, 2), seconds(29, 3)]
    assert tick_texts(ticks, Step("hour", 1), BRUSSELS) == [
        "00:00 CET\n2026-03-29",
        "01:00",
        "03:00 CEST",
        "04:00",
        "05:00",
    ]
    half_hours = local_ticks(seconds(29, 0), seconds(29, 1, 30), Step("minute", 30), BRUSSELS)
    assert tick_texts(half_hours, Step("minute", 30), BRUSSELS) == [
        "01:00 CET\n2026-03-29",
        "01:30",
        "03:00 CEST",
        "03:30",
    ]
    assert half_hours == [seconds(29, 0), seconds(29, 0, 30), seconds(29, 1), seconds(29, 1, 30)]


def test_the_hour_repeated_in_october_has_two_ticks() -> None:
    start, stop = (
        datetime(2026, 10, 24, 23, tzinfo=UTC).timestamp(),
        datetime(2026, 10, 25, 2, tzinfo=UTC).timestamp(),
    )
    ticks = local_ticks(start, stop, Step("hour", 1), BRUSSELS)
    assert [datetime.fromtimestamp(t, UTC).hour for t in ticks] == [23, 0, 1, 2]
    assert tick_texts(ticks, Step("hour", 1), BRUSSELS) == [
        "01:00 CEST\n2026-10-25",
        "02:00",
        "02:00 CET",
        "03:00",
    ]


def test_day_and_month_ticks_fall_on_local_midnights() -> None:
    ticks = local_ticks(seconds(27, 12), seconds(31, 12), Step("day", 1), BRUSSELS)
    # Midnight is 23:00 UTC before the change and 22:00 UTC after it.
    assert ticks == [seconds(27, 23), seconds(28, 23), seconds(29, 22), seconds(30, 22)]
    assert tick_texts(ticks, Step("day", 1), BRUSSELS) == [
        "2026-03-28",
        "2026-03-29",
        "2026-03-30",
        "2026-03-31",
    ]
    months = local_ticks(
        seconds(1, 0), datetime(2026, 6, 15, tzinfo=UTC).timestamp(), Step("month", 1), BRUSSELS
    )
    assert tick_texts(months, Step("month", 1), BRUSSELS) == ["2026-04", "2026-05", "2026-06"]
    assert STEPS[0] == Step("minute", 1)


# -- the chart -------------------------------------------------------------------------------------


def test_lanes_markers_spans_and_legend(chart: CaseTimelineView, night: Night) -> None:
    assert not chart.is_empty()
    assert chart.lane_names == [BE, NL, "No agency", "Requests"]
    left = chart.plot.getPlotItem().getAxis("left")
    assert left._tickLevels == [[(0, BE), (1, NL), (2, "No agency"), (3, "Requests")]]
    assert chart.marker_counts() == {
        "start": 1,
        "border_crossed": 2,
        "host_notified": 1,
        "handover": 1,
        "end": 1,
    }
    border = chart.markers["border_crossed"]
    assert [(p.pos().x(), p.pos().y()) for p in border.points()] == [
        (seconds(29, 0, 30), 0.0),
        (seconds(29, 0, 50), 1.0),
    ]
    assert chart.markers["end"].points()[0].pos().y() == 2.0
    answered, overdue = night.requests
    assert chart.span_item is not None
    assert [(s.reference, s.state) for s in chart.span_item.spans] == [
        (answered.reference, SpanState.ANSWERED),
        (overdue.reference, SpanState.OVERDUE),
    ]
    # From receipt to the 8-hour deadline of an urgent request.
    assert [s.bounds() for s in chart.span_item.spans] == [
        (seconds(29, 1, 40), seconds(29, 9, 40)),
        (seconds(29, 2, 20), seconds(29, 10, 20)),
    ]
    assert chart.legend.captions() == [
        "Start",
        "Border crossed",
        "Host notified",
        "Handover",
        "End",
        "Request answered",
        "Request overdue",
    ]
    assert chart.zone_name() == BRUSSELS
    assert chart.axis.labelText == "Local time in Europe/Brussels"
    assert chart.not_drawn.isHidden()
    assert chart.accessibleName() == "Timeline chart"
    assert chart.plot.accessibleName() == "Timeline chart of the case"
    for button in (chart.zoom_in_button, chart.zoom_out_button, chart.fit_button, chart.zone):
        assert button.accessibleName()
    assert chart.fit_button.text() == "Fit" and chart.fit_button.isVisible()


def test_the_axis_labels_local_time_on_both_sides_of_the_change(chart: CaseTimelineView) -> None:
    chart.set_time_range(seconds(28, 23, 30), seconds(29, 2, 30))
    labels = dict(chart.axis.labels())
    assert labels[seconds(29, 0)].startswith("01:00")
    assert labels[seconds(29, 1)] == "03:00 CEST"
    assert labels[seconds(29, 2)] == "04:00"
    assert not any(text.startswith("02:") for text in labels.values())
    first = min(labels)
    assert labels[first].endswith("CET\n2026-03-29")
    # One real hour apart on the axis, although the clocks jump two.
    assert seconds(29, 1) - seconds(29, 0) == 3600


def test_the_cursor_reads_cet_then_cest(qtbot, chart: CaseTimelineView, night: Night) -> None:  # type: ignore[no-untyped-def]
    assert chart.cursor_text() == ""  # no cursor until the mouse or the keyboard places it
    chart.set_cursor(seconds(29, 0, 30))
    assert chart.cursor_text() == "2026-03-29 01:30 CET"
    chart.set_cursor(seconds(29, 1, 15))
    assert chart.cursor_text() == "2026-03-29 03:15 CEST"
    # Shift+Left moves it by a fiftieth of the view, across the change.
    chart.set_time_range(seconds(29, 0), seconds(29, 2, 30))  # 150 min: 3 min a step
    chart.set_cursor(seconds(29, 1, 3))
    chart.plot.setFocus()
    qtbot.keyClick(chart.plot, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert chart.cursor_position() == seconds(29, 1)
    assert chart.cursor_text() == "2026-03-29 03:00 CEST"
    qtbot.keyClick(chart.plot, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert chart.cursor_text() == "2026-03-29 01:57 CET"
    # The mouse: over the host-notified marker the cursor reads its minute in CEST.
    viewport_pos = chart.plot.mapFromScene(chart.marker_scene_pos(_ids(night)[3]))
    qtbot.mouseMove(chart.plot.viewport(), viewport_pos)
    qtbot.waitUntil(lambda: chart.cursor_text().startswith("2026-03-29 03:1"))
    assert chart.cursor_text().endswith(" CEST")
    # Another zone chosen: the same moment on other clocks.
    chart.set_cursor(seconds(29, 1, 15))
    chart.zone.setCurrentIndex(chart.zone.findData("UTC"))
    assert chart.cursor_text() == "2026-03-29 01:15 UTC"
    assert chart.axis.labelText == "Local time in UTC"
    assert zone_text(seconds(29, 1, 15), "Europe/Amsterdam") == "2026-03-29 03:15 CEST"


def test_keyboard_zoom_pan_and_home(qtbot, chart: CaseTimelineView) -> None:  # type: ignore[no-untyped-def]
    low, high = seconds(29, 0), seconds(29, 4)
    chart.set_time_range(low, high)
    assert chart.time_range() == (low, high)
    chart.plot.setFocus()
    qtbot.keyClick(chart.plot, Qt.Key.Key_Plus)  # no cursor: around the middle, half as wide
    assert chart.time_range() == (seconds(29, 1), seconds(29, 3))
    qtbot.keyClick(chart.plot, Qt.Key.Key_Minus)
    assert chart.time_range() == (low, high)
    qtbot.keyClick(chart.plot, Qt.Key.Key_Right)  # a tenth of the view: 24 minutes
    assert chart.time_range() == (seconds(29, 0, 24), seconds(29, 4, 24))
    qtbot.keyClick(chart.plot, Qt.Key.Key_Left)
    qtbot.keyClick(chart.plot, Qt.Key.Key_Left)
    assert chart.time_range() == (seconds(28, 23, 36), seconds(29, 3, 36))
    chart.set_cursor(seconds(29, 0))  # a cursor in view: zoom keeps it where it is
    qtbot.keyClick(chart.plot, Qt.Key.Key_Equal)
    assert chart.time_range() == (seconds(28, 23, 48), seconds(29, 1, 48))
    # Home: every event and both requests, with 5 % to spare on each side.
    qtbot.keyClick(chart.plot, Qt.Key.Key_Home)
    first, last = seconds(28, 21, 40), seconds(29, 10, 20)  # the start; the overdue deadline
    pad = (last - first) * 0.05
    fitted = chart.time_range()
    assert fitted == pytest.approx((first - pad, last + pad), abs=1e-3)
    chart.set_time_range(low, high)
    qtbot.mouseClick(chart.fit_button, Qt.MouseButton.LeftButton)
    assert chart.time_range() == fitted
    # The buttons zoom as the keys do.
    chart.set_time_range(low, high)
    chart.cursor.hide()
    qtbot.mouseClick(chart.zoom_in_button, Qt.MouseButton.LeftButton)
    assert chart.time_range() == (seconds(29, 1), seconds(29, 3))
    qtbot.mouseClick(chart.zoom_out_button, Qt.MouseButton.LeftButton)
    assert chart.time_range() == (low, high)


def test_the_mouse_wheel_zooms_and_a_drag_pans(qtbot, chart: CaseTimelineView) -> None:  # type: ignore[no-untyped-def]
    chart.set_time_range(seconds(29, 0), seconds(29, 4))
    centre = chart.plot.mapFromScene(chart.box.sceneBoundingRect().center())
    wheel = QWheelEvent(
        QPointF(centre),
        QPointF(chart.plot.viewport().mapToGlobal(centre)),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(chart.plot.viewport(), wheel)
    low, high = chart.time_range()
    assert high - low < 4 * 3600  # narrower
    assert chart.box.viewRange()[1] == [-0.5, 3.5]  # the lanes never move
    width = high - low
    start = chart.plot.mapFromScene(chart.box.sceneBoundingRect().center())
    qtbot.mousePress(chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(chart.plot.viewport(), start + QPoint(step * 20, 0))
    qtbot.mouseRelease(chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(100, 0))
    moved_low, moved_high = chart.time_range()
    assert moved_low < low and moved_high - moved_low == pytest.approx(width)


def test_a_click_on_an_event_or_a_span_emits_it(qtbot, chart: CaseTimelineView, night: Night) -> None:  # type: ignore[no-untyped-def]
    chart.fit_all()
    notified = _ids(night)[3]
    viewport_pos = chart.plot.mapFromScene(chart.marker_scene_pos(notified))
    with qtbot.waitSignal(chart.sig_event_activated, timeout=2000) as caught:
        qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=viewport_pos)
    assert caught.args == [notified]
    assert chart.selected_event_id() == notified
    assert chart.info.text() == (
        "Selected: Host notified — 2026-03-29 03:15 CEST (Europe/Brussels) — NL-POLITIE-LIMBURG"
        " — Limburg control room told"
    )
    assert chart.span_item is not None
    overdue = chart.span_item.spans[1]
    rect = chart.span_item.rects[1]
    middle = chart.box.mapViewToScene(rect.center())
    with qtbot.waitSignal(chart.sig_request_activated, timeout=2000) as caught:
        qtbot.mouseClick(
            chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=chart.plot.mapFromScene(middle)
        )
    assert caught.args == [overdue.reference]


def test_tab_moves_the_selection_in_time_order_and_enter_opens_it(
    qtbot, chart: CaseTimelineView, night: Night
) -> None:  # type: ignore[no-untyped-def]
    ids = _ids(night)
    chart.plot.setFocus()
    assert chart.selected_event_id() is None
    qtbot.keyClick(chart.plot, Qt.Key.Key_Tab)
    assert chart.selected_event_id() == ids[0]
    assert chart.cursor_text() == "2026-03-28 22:40 CET"  # the cursor goes with the selection
    qtbot.keyClick(chart.plot, Qt.Key.Key_Tab)
    qtbot.keyClick(chart.plot, Qt.Key.Key_Tab)
    assert chart.selected_event_id() == ids[2]  # the NL crossing, 20 minutes after the BE one
    qtbot.keyClick(chart.plot, Qt.Key.Key_Backtab)
    assert chart.selected_event_id() == ids[1]
    qtbot.keyClick(chart.plot, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert chart.selected_event_id() == ids[2]
    qtbot.keyClick(chart.plot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)  # the tabs' key
    assert chart.selected_event_id() == ids[2]
    assert [(x, y) for x, y in zip(*chart.ring.getData(), strict=True)] == [(seconds(29, 0, 50), 1.0)]
    with qtbot.waitSignal(chart.sig_event_activated, timeout=2000) as caught:
        qtbot.keyClick(chart.plot, Qt.Key.Key_Return)
    assert caught.args == [ids[2]]
    # A selection out of view brings the view to it, keeping the zoom.
    chart.set_time_range(seconds(29, 5), seconds(29, 6))
    qtbot.keyClick(chart.plot, Qt.Key.Key_Tab)
    assert chart.selected_event_id() == ids[3]
    assert chart.time_range() == (seconds(29, 0, 45), seconds(29, 1, 45))
    # Tab past the last event leaves the chart (the keyboard is never trapped).
    qtbot.keyClick(chart.plot, Qt.Key.Key_Tab)
    qtbot.keyClick(chart.plot, Qt.Key.Key_Tab)
    assert chart.selected_event_id() == ids[5]
    assert chart.plot.hasFocus()
    qtbot.keyClick(chart.plot, Qt.Key.Key_Tab)
    assert chart.selected_event_id() == ids[5]
    assert not chart.plot.hasFocus()


def test_empty_case_clear_and_requests_not_loaded(qtbot, chart: CaseTimelineView, night: Night) -> None:  # type: ignore[no-untyped-def]
    chart.set_case(night.empty)
    assert chart.is_empty()
    assert (
        chart.empty_label.text()
        == "This case has no events yet. Events added on the Timeline tab appear here."
    )
    assert chart.markers == {} and chart.span_item is None and chart.lane_names == []
    assert chart.empty_label.isVisible() and not chart.plot.isVisible()
    # The case again, without its requests' views: the events are drawn, the requests named.
    chart.set_case(night.view)
    assert chart.lane_names == [BE, NL, "No agency"]
    answered, overdue = night.requests
    assert chart.not_drawn.text() == (
        f"Linked requests not drawn (their dates were not loaded): {answered.reference}, {overdue.reference}"
    )
    assert chart.not_drawn.isVisible()
    chart.set_case(night.view, night.requests)
    chart.select_event(_ids(night)[1])
    chart.set_cursor(seconds(29, 0))
    chart.clear()  # the window is being locked: nothing of the case stays on screen
    assert chart.is_empty() and chart.empty_label.text() == "No case is shown."
    assert chart.view is None and chart.events == [] and chart.lane_names == []
    assert chart.markers == {} and chart.span_item is None and chart.ring.data.size == 0
    assert chart.zone.count() == 0 and chart.info.text() == "" and chart.cursor_text() == ""
    assert chart.legend.entries.count() == 0 and chart.legend.captions() == []
    texts = [i for i in chart.plot.getPlotItem().items if hasattr(i, "textItem")]
    assert texts == [chart.cursor.label]


def test_a_reload_of_the_same_case_keeps_the_zoom_and_the_selection(
    chart: CaseTimelineView, night: Night
) -> None:
    chart.set_time_range(seconds(29, 0), seconds(29, 2))
    chart.select_event(_ids(night)[3])
    chart.set_case(night.view, night.requests)
    assert chart.time_range() == (seconds(29, 0), seconds(29, 2))
    assert chart.selected_event_id() == _ids(night)[3]


def test_dark_palette_draws_with_dark_colours(qtbot, chart: CaseTimelineView) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        theme.apply_theme(app, "dark")
        assert chart.plot.backgroundBrush().color().name() == "#2b2d30"
        assert chart.markers["host_notified"].points()[0].brush().color().name() == theme.DARK_STATUS.ok
    finally:
        theme.apply_theme(app, "light")
    assert chart.plot.backgroundBrush().color().name() == "#ffffff"
    assert chart.markers["host_notified"].points()[0].brush().color().name() == theme.LIGHT_STATUS.ok
