"""The Border map page (pyqtgraph) on a real case file: six pursuits and observations that crossed
at known places with known notification delays, two cases that are not on the map, and a joint
patrol that is not a pursuit or an observation. Run offscreen with pytest-qt, in Brussels time.
"""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPointF, QRectF, Qt
from PySide6.QtGui import QAccessible, QColor, QGuiApplication, QImage, QPainter, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)

from desktop.models.enums import CaseKind, EventKind
from desktop.services.geo import (
    CaseCrossing,
    border_map,
    crossing_points,
    distance_km,
    nearest_crossing_point,
)
from desktop.services.insight_rules import NotificationStatus
from desktop.ui import theme
from desktop.ui.map import BorderMapPage, MapPickerDialog
from desktop.ui.map.data import KX, PlottedCrossing, from_plot, plotted, to_plot
from desktop.ui.map.style import STATUS_SYMBOLS
from desktop.ui.map.texts import delay_text, point_tip
from tests.gui_helpers import WAIT
from tests.gui_page_harness import PageHarness

BRUSSELS = "Europe/Brussels"
IN_TIME, LATE, NOT_NOTIFIED = (
    NotificationStatus.IN_TIME,
    NotificationStatus.LATE,
    NotificationStatus.NOT_NOTIFIED,
)


@pytest.fixture(scope="module", autouse=True)
def brussels_clock() -> Iterator[None]:
    """Local times are read on this computer's clock: the tests run on Brussels time."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = BRUSSELS
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


@dataclass(frozen=True)
class Crossed:
    path: Path
    passphrase: str
    refs: dict[str, str]
    empty_path: Path


def _make_crossed(case_copy, open_as, directory: Path) -> tuple[Path, str, dict[str, str]]:  # type: ignore[no-untyped-def]
    fixture = case_copy(directory, "crossed")
    refs: dict[str, str] = {}
    with open_as(fixture.path, "Anna") as s:

        def event(ref: str, at: datetime, kind: EventKind, zone: str = BRUSSELS, **place: Any) -> None:
            s.cases.add_event(ref, occurred_at=at, zone=zone, kind=kind, **place)

        def case(key: str, kind: CaseKind, title: str, partner: str | None, **extra: Any) -> str:
            refs[key] = s.cases.create(kind, title, partner_code=partner, **extra).reference
            return refs[key]

        # Crossed at 01:55 CET, the host told at 03:05 CEST: 10 minutes late (the clocks went forward).
        ref = case("dst", CaseKind.PURSUIT, "DST night", "NL-POLITIE-LIMBURG")
        event(ref, datetime(2026, 3, 29, 1, 40), EventKind.START, latitude=50.93, longitude=5.34)
        event(
            ref, datetime(2026, 3, 29, 1, 55), EventKind.BORDER_CROSSED, latitude=50.97, longitude=5.758,
            location="E314",
        )  # fmt: skip
        event(ref, datetime(2026, 3, 29, 3, 5), EventKind.HOST_NOTIFIED)
        # An urgent observation into Luxembourg; the host was never told.
        ref = case("silent", CaseKind.OBSERVATION, "Van from Arlon", "LU-POLICE", details={"urgent": True})
        event(
            ref, datetime(2026, 4, 2, 14, 0), EventKind.BORDER_CROSSED, "Europe/Luxembourg",
            latitude=49.654, longitude=5.886,
        )  # fmt: skip
        # The first crossing has no place: the map shows the second, the delay counts from the first.
        ref = case("twice", CaseKind.PURSUIT, "Back and forth", "NL-POLITIE-ZEELAND-WEST-BRABANT")
        event(ref, datetime(2026, 5, 10, 10, 0), EventKind.BORDER_CROSSED)
        event(ref, datetime(2026, 5, 10, 10, 20), EventKind.HOST_NOTIFIED)
        event(ref, datetime(2026, 5, 10, 10, 30), EventKind.BORDER_CROSSED, latitude=51.466, longitude=4.748)
        # An urgent observation told after 4 h 30: within its 5 hours.
        ref = case("quick", CaseKind.OBSERVATION, "Courier to Trier", "LU-POLICE", details={"urgent": True})
        event(ref, datetime(2026, 6, 15, 9, 0), EventKind.BORDER_CROSSED, latitude=49.71, longitude=6.50)
        event(ref, datetime(2026, 6, 15, 13, 30), EventKind.HOST_NOTIFIED)
        # An observation with prior authorisation must tell the host on crossing: 30 min is late.
        ref = case(
            "slow", CaseKind.OBSERVATION, "Lorry to Venlo", "NL-POLITIE-LIMBURG", details={"urgent": False}
        )
        event(ref, datetime(2026, 7, 1, 12, 0), EventKind.BORDER_CROSSED, latitude=51.36, longitude=6.17)
        event(ref, datetime(2026, 7, 1, 12, 30), EventKind.HOST_NOTIFIED)
        # Told 40 minutes before crossing, the night the clocks went back.
        ref = case("early", CaseKind.PURSUIT, "Told early", "NL-POLITIE-LIMBURG")
        event(ref, datetime.fromisoformat("2026-10-25T02:30+02:00"), EventKind.HOST_NOTIFIED)
        event(
            ref, datetime.fromisoformat("2026-10-25T02:10+01:00"), EventKind.BORDER_CROSSED,
            latitude=50.823, longitude=6.049,
        )  # fmt: skip
        # Not on the map: no place; a place on another kind of event; not a pursuit or observation.
        ref = case("nowhere", CaseKind.PURSUIT, "No place", None)
        event(ref, datetime(2026, 6, 1, 12, 0), EventKind.BORDER_CROSSED)
        ref = case("start-only", CaseKind.OBSERVATION, "Start only", None)
        event(ref, datetime(2026, 6, 1, 12, 0), EventKind.START, latitude=50.5, longitude=5.5)
        ref = case("patrol", CaseKind.JOINT_PATROL, "Joint patrol", "NL-POLITIE-LIMBURG")
        event(ref, datetime(2026, 6, 2, 12, 0), EventKind.BORDER_CROSSED, latitude=51.0, longitude=5.9)
    return fixture.path, fixture.passphrase("Anna"), refs


@pytest.fixture(scope="module")
def crossed(case_copy, open_as, tmp_path_factory: pytest.TempPathFactory) -> Crossed:  # type: ignore[no-untyped-def]
    directory = tmp_path_factory.mktemp("gui-map")
    path, passphrase, refs = _make_crossed(case_copy, open_as, directory)
    empty = case_copy(directory, "empty")
    return Crossed(path, passphrase, refs, empty.path)


STATUSES = {
    "dst": LATE,
    "silent": NOT_NOTIFIED,
    "twice": LATE,
    "quick": IN_TIME,
    "slow": LATE,
    "early": IN_TIME,
}
ORDER = ["dst", "silent", "twice", "quick", "slow", "early"]  # first crossing, oldest first


def _open(qtbot, path: Path, passphrase: str) -> tuple[BorderMapPage, PageHarness]:  # type: ignore[no-untyped-def]
    harness = PageHarness(qtbot, path, "Anna", passphrase)
    page = BorderMapPage()
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    harness.attach(page)
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=WAIT)
    return page, harness


@pytest.fixture
def shown(qtbot, crossed: Crossed) -> Iterator[tuple[BorderMapPage, PageHarness]]:  # type: ignore[no-untyped-def]
    page, harness = _open(qtbot, crossed.path, crossed.passphrase)
    yield page, harness
    page.detach()
    harness.close()


def _reloaded(qtbot, page: BorderMapPage, change) -> None:  # type: ignore[no-untyped-def]
    before = page.loaded
    change()
    qtbot.waitUntil(lambda: page.loaded is not before, timeout=WAIT)


def _viewport_pos(page: BorderMapPage, lat: float, lon: float):  # type: ignore[no-untyped-def]
    return page.canvas.plot.mapFromScene(page.canvas.scene_pos(lat, lon))


def _hover(qtbot, page: BorderMapPage, lat: float, lon: float) -> None:  # type: ignore[no-untyped-def]
    qtbot.wait(40)  # pyqtgraph drops mouse moves closer together than a 60th of a second
    qtbot.mouseMove(page.canvas.plot.viewport(), _viewport_pos(page, lat, lon))


def _refs(page: BorderMapPage) -> list[str]:
    return [c.reference for c in page.canvas.crossings]


# -- pure helpers ------------------------------------------------------------------------------------


def test_projection_and_delay_words() -> None:
    assert pytest.approx(0.632029, abs=1e-6) == KX  # cos 50.8°
    assert to_plot(50.8, 4.0) == (4.0 * KX, 50.8)
    assert from_plot(*to_plot(51.2345, 5.6789)) == pytest.approx((51.2345, 5.6789))
    assert delay_text(None) == "—"
    assert delay_text(timedelta(minutes=10)) == "10 min"
    assert delay_text(timedelta(minutes=-40)) == "−40 min"
    assert delay_text(timedelta(hours=1, minutes=5)) == "1 h 05 min"
    assert delay_text(timedelta(hours=5, seconds=30)) == "5 h 00 min 30 s"
    assert delay_text(timedelta(seconds=45)) == "0 min 45 s"
    assert delay_text(timedelta(0)) == "0 min"


def test_a_crossing_is_drawn_with_the_status_the_service_gave() -> None:
    """The rule is the service's (tests/test_geo.py); the map only carries its verdict over."""
    row = CaseCrossing(
        case_reference="CASE-2026-00001",
        case_kind=CaseKind.OBSERVATION.value,
        case_title="Van",
        partner_code="LU-POLICE",
        event_id=1,
        lat=49.654,
        lon=5.886,
        location="",
        zone="Europe/Luxembourg",
        crossed_at=datetime(2026, 4, 2, 12, 0, tzinfo=UTC),
        notified_at=datetime(2026, 4, 2, 17, 0, tzinfo=UTC),
        delay=timedelta(hours=5),
        urgent=True,
        group="urgent_observation",
        limit_hours=5.0,
        status="in_time",
    )
    assert plotted(row) == PlottedCrossing(row, IN_TIME, 5.0)
    late = replace(row, group="observation", limit_hours=0.0, status="late")
    assert plotted(late) == PlottedCrossing(late, LATE, 0.0)
    silent = replace(row, notified_at=None, delay=None, status="not_notified")
    assert plotted(silent) == PlottedCrossing(silent, NOT_NOTIFIED, 5.0)
    patrol = replace(
        row, case_kind=CaseKind.JOINT_PATROL.value, group=None, limit_hours=None, status="not_applicable"
    )
    assert plotted(patrol) is None


# -- what is drawn -----------------------------------------------------------------------------------


def test_the_countries_borders_coasts_and_crossing_points_are_drawn(shown) -> None:  # type: ignore[no-untyped-def]
    page, _harness = shown
    world = border_map()
    base = page.canvas.base
    assert base is not None
    assert sorted(base.countries) == ["BE", "DE", "FR", "GB", "LU", "NL"]
    assert base.polygon_counts == {c.code: len(c.polygons) for c in world.countries}
    assert sum(base.polygon_counts.values()) == 14
    # every ring a closed subpath of its country's path
    for country in world.countries:
        path = base.countries[country.code].path()
        rings = sum(len(polygon) for polygon in country.polygons)
        assert sum(1 for i in range(path.elementCount()) if path.elementAt(i).isMoveTo()) == rings
    assert (base.border_count, base.coast_count) == (
        len(world.of_kind("border")),
        len(world.of_kind("coast")),
    )
    assert (base.border_count, base.coast_count) == (8, 12)
    xs, _ys = base.borders.getData()
    assert sum(1 for x in xs if x != x) == 7  # a NaN between each two of the eight lines
    assert {code: label.textItem.toPlainText() for code, label in base.labels.items()} == {
        "BE": "Belgium",
        "NL": "Netherlands",
        "LU": "Luxembourg",
        "DE": "Germany",
        "FR": "France",
        "GB": "United Kingdom",
    }
    points = crossing_points()
    assert len(page.canvas.point_markers.data) == len(points) == 30
    assert page.canvas.attribution.text == "Borders: Natural Earth (public domain)"
    assert page.canvas.legend.entry_texts() == [
        "Crossing point (approximate position)",
        "Not notified",
        "Notified late",
        "Notified in time",
    ]
    assert page.empty_label.isHidden()
    assert page.count_label.text() == "6 crossings shown"
    # the view is not stretched: a pixel is as many kilometres across as up
    px, py = page.canvas.box.viewPixelSize()
    assert px == pytest.approx(py, rel=1e-6)


def test_case_points_are_coloured_by_status(shown, crossed: Crossed) -> None:  # type: ignore[no-untyped-def]
    page, _harness = shown
    refs = crossed.refs
    assert _refs(page) == [refs[key] for key in ORDER]
    assert {c.reference: c.status for c in page.canvas.crossings} == {refs[k]: s for k, s in STATUSES.items()}
    assert page.canvas.status_counts() == {IN_TIME: 2, LATE: 3, NOT_NOTIFIED: 1}
    colours = {
        IN_TIME: theme.LIGHT_STATUS.ok,
        LATE: theme.LIGHT_STATUS.warning,
        NOT_NOTIFIED: theme.LIGHT_STATUS.error,
    }
    for status, markers in page.canvas.case_markers.items():
        spots = markers.points()
        assert {spot.brush().color().name() for spot in spots} == {colours[status]}
        assert {spot.symbol() for spot in spots} == {STATUS_SYMBOLS[status]}
        expected = {refs[k] for k, s in STATUSES.items() if s is status}
        assert {spot.data() for spot in spots} == expected
    early = next(c for c in page.canvas.crossings if c.reference == refs["early"])
    assert (early.crossing.lat, early.crossing.lon, early.limit_hours) == (50.823, 6.049, 0.0)
    assert early.position == (6.049 * KX, 50.823)
    quick = next(c for c in page.canvas.crossings if c.reference == refs["quick"])
    assert quick.limit_hours == 5.0


def test_the_list_names_every_crossing(shown, crossed: Crossed) -> None:  # type: ignore[no-untyped-def]
    page, _harness = shown
    refs = crossed.refs
    rows = [page.crossings.texts(row) for row in range(page.crossings.row_count())]
    assert rows == [
        [refs["dst"], "2026-03-29 01:55 CET", "10 min", "Notified late"],
        [refs["silent"], "2026-04-02 14:00 CEST", "—", "Not notified"],
        [refs["twice"], "2026-05-10 10:00 CEST", "20 min", "Notified late"],
        [refs["quick"], "2026-06-15 09:00 CEST", "4 h 30 min", "Notified in time"],
        [refs["slow"], "2026-07-01 12:00 CEST", "30 min", "Notified late"],
        [refs["early"], "2026-10-25 02:10 CET", "−40 min", "Notified in time"],
    ]
    assert page.crossings.foreground(1) == theme.LIGHT_STATUS.error
    assert page.crossings.foreground(0, 0) == ""  # only the status is coloured


def test_hover_names_the_case_or_the_crossing_point(qtbot, shown, crossed: Crossed) -> None:  # type: ignore[no-untyped-def]
    page, _harness = shown
    _hover(qtbot, page, 50.823, 6.049)
    qtbot.waitUntil(lambda: page.canvas.hover_text != "", timeout=WAIT)
    expected = "\n".join(
        [
            f"{crossed.refs['early']} — Pursuit",
            "Told early",
            "Crossed at: 2026-10-25 02:10 CET",
            "Delay: −40 min",
            "Notified in time (Rule: notify at the latest on crossing)",
        ]
    )
    assert page.canvas.hover_text == expected
    assert page.canvas.box.toolTip() == expected
    _hover(qtbot, page, 50.97, 5.758)
    qtbot.waitUntil(lambda: page.canvas.hover_text.startswith(crossed.refs["dst"]), timeout=WAIT)
    assert page.canvas.hover_text.split("\n")[3:] == [
        "Place: E314",
        "Delay: 10 min",
        "Notified late (Rule: notify at the latest on crossing)",
    ]
    quick = next(c for c in page.canvas.crossings if c.reference == crossed.refs["quick"])
    assert page.canvas.tip_at(page.canvas.scene_pos(49.71, 6.50)).endswith(
        "Notified in time (Rule: notify within 5 hours of crossing)"
    )
    assert isinstance(quick, PlottedCrossing)
    zandvliet = next(p for p in crossing_points() if p.id == "be-nl-zandvliet")
    _hover(qtbot, page, zandvliet.lat, zandvliet.lon)
    qtbot.waitUntil(lambda: page.canvas.hover_text.startswith(zandvliet.name), timeout=WAIT)
    assert page.canvas.hover_text == "Zandvliet – Ossendrecht\nA12 / A4\nBE–NL\nApproximate position"
    assert point_tip(zandvliet) == page.canvas.hover_text
    _hover(qtbot, page, 52.8, 2.5)  # the North Sea
    qtbot.waitUntil(lambda: page.canvas.hover_text == "", timeout=WAIT)
    assert page.canvas.box.toolTip() == ""


def test_a_click_on_a_case_opens_it_and_selects_its_row(qtbot, shown, crossed: Crossed) -> None:  # type: ignore[no-untyped-def]
    page, _harness = shown
    with qtbot.waitSignal(page.sig_open_case, timeout=WAIT) as caught:
        qtbot.mouseClick(
            page.canvas.plot.viewport(), Qt.MouseButton.LeftButton, pos=_viewport_pos(page, 49.654, 5.886)
        )
    assert caught.args == [crossed.refs["silent"]]
    assert page.canvas.selected_reference() == crossed.refs["silent"]
    assert page.crossings.current_reference() == crossed.refs["silent"]
    assert page.crossings.current_row() == 1
    assert [(s.pos().x(), s.pos().y()) for s in page.canvas.ring.points()] == [to_plot(49.654, 5.886)]
    # a click on empty land opens nothing
    with qtbot.assertNotEmitted(page.sig_open_case):
        qtbot.mouseClick(
            page.canvas.plot.viewport(), Qt.MouseButton.LeftButton, pos=_viewport_pos(page, 50.3, 4.3)
        )


def test_the_list_and_the_map_select_together(qtbot, shown, crossed: Crossed) -> None:  # type: ignore[no-untyped-def]
    page, _harness = shown
    refs = crossed.refs
    table = page.crossings.table
    table.setFocus()
    page.crossings.set_current_row(0)
    assert page.canvas.selected_reference() == refs["dst"]
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert page.canvas.selected_reference() == refs["twice"]
    assert [(s.pos().x(), s.pos().y()) for s in page.canvas.ring.points()] == [to_plot(51.466, 4.748)]
    with qtbot.waitSignal(page.sig_open_case, timeout=WAIT) as caught:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert caught.args == [refs["twice"]]
    # a row far out of view brings its point into view
    page.canvas.box.setRange(rect=page.canvas.view_rect().translated(-3, 0), padding=0)
    page.crossings.set_current_row(5)
    assert page.canvas.view_rect().contains(QPointF(*to_plot(50.823, 6.049)))
    # the map's selection moves the list's, and Enter on the map opens it
    page.canvas.fit_all()
    qtbot.mouseClick(
        page.canvas.plot.viewport(), Qt.MouseButton.LeftButton, pos=_viewport_pos(page, 51.36, 6.17)
    )
    assert page.crossings.current_reference() == refs["slow"]
    page.canvas.plot.setFocus()
    with qtbot.waitSignal(page.sig_open_case, timeout=WAIT) as caught:
        qtbot.keyClick(page.canvas.plot, Qt.Key.Key_Return)
    assert caught.args == [refs["slow"]]


def test_pick_mode_emits_the_place_clicked(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    page, _harness = shown
    qtbot.mouseClick(page.pick_button, Qt.MouseButton.LeftButton)
    assert page.pick_button.isChecked() and page.canvas.picking
    assert page.pick_label.text() == "Click the map to pick a place."
    lat, lon = 50.85, 5.69  # Maastricht
    with (
        qtbot.assertNotEmitted(page.sig_open_case),
        qtbot.waitSignal(page.sig_point_picked, timeout=WAIT) as caught,
    ):
        qtbot.mouseClick(
            page.canvas.plot.viewport(), Qt.MouseButton.LeftButton, pos=_viewport_pos(page, lat, lon)
        )
    picked_lat, picked_lon = caught.args
    px, py = page.canvas.box.viewPixelSize()
    assert abs(picked_lat - lat) <= py and abs(picked_lon - lon) <= px / KX
    nearest = nearest_crossing_point(picked_lat, picked_lon)
    assert nearest is not None
    point, km = nearest
    assert page.pick_label.text().endswith(
        f"Nearest crossing point: {point.name} ({point.road}), {km:.1f} km away (approximate position)"
    )
    assert page.pick_label.text().startswith(f"Picked: {picked_lat:.4f}° N, {picked_lon:.4f}° E — ")
    assert page.canvas.picked == (picked_lat, picked_lon)
    # a click on a case's marker picks its place too, instead of opening it
    with qtbot.assertNotEmitted(page.sig_open_case), qtbot.waitSignal(page.sig_point_picked, timeout=WAIT):
        qtbot.mouseClick(
            page.canvas.plot.viewport(), Qt.MouseButton.LeftButton, pos=_viewport_pos(page, 50.823, 6.049)
        )
    qtbot.mouseClick(page.pick_button, Qt.MouseButton.LeftButton)
    assert not page.canvas.picking and page.canvas.picked is None and page.pick_label.text() == ""


def test_filters_kind_period_and_partner(qtbot, shown, crossed: Crossed) -> None:  # type: ignore[no-untyped-def]
    page, _harness = shown
    refs = crossed.refs
    _reloaded(qtbot, page, lambda: page.kind.setCurrentIndex(page.kind.findData(CaseKind.OBSERVATION.value)))
    assert _refs(page) == [refs["silent"], refs["quick"], refs["slow"]]
    assert page.crossings.references == _refs(page)
    _reloaded(qtbot, page, lambda: page.kind.setCurrentIndex(page.kind.findData(CaseKind.PURSUIT.value)))
    assert _refs(page) == [refs["dst"], refs["twice"], refs["early"]]
    _reloaded(qtbot, page, lambda: page.kind.setCurrentIndex(0))
    assert len(_refs(page)) == 6  # the joint patrol is never on the map
    # the period: first crossings on 2026-04-02 .. 2026-06-15 (local days, both included)
    _reloaded(qtbot, page, lambda: page.since.setDate(QDate(2026, 4, 2)))
    assert _refs(page) == [refs[k] for k in ("silent", "twice", "quick", "slow", "early")]
    _reloaded(qtbot, page, lambda: page.until.setDate(QDate(2026, 6, 15)))
    assert _refs(page) == [refs["silent"], refs["twice"], refs["quick"]]
    assert page.query().since == datetime(2026, 4, 1, 22, 0, tzinfo=UTC)
    assert page.query().until == datetime(2026, 6, 15, 22, 0, tzinfo=UTC)
    _reloaded(qtbot, page, lambda: page.partner.setEditText("nl-"))
    assert _refs(page) == [refs["twice"]]
    assert page.empty_label.isHidden()
    _reloaded(qtbot, page, lambda: page.partner.setEditText("DE-"))
    assert _refs(page) == []
    assert page.empty_label.text() == "No border crossing with a position matches the filters."
    assert page.empty_label.isVisible()
    assert page.count_label.text() == "0 crossings shown"
    page.until.setDate(QDate(2026, 4, 1))
    page.refresh()
    assert page.error_label.text() == "The period starts after it ends."
    offered = [page.partner.itemText(i) for i in range(page.partner.count())]
    assert "NL-POLITIE-LIMBURG" in offered and "LU-POLICE" in offered and "BE-FEDPOL" not in offered  # ours


def test_an_empty_case_file_still_shows_the_map(qtbot, crossed: Crossed) -> None:  # type: ignore[no-untyped-def]
    page, harness = _open(qtbot, crossed.empty_path, crossed.passphrase)
    try:
        assert page.empty_label.text() == "No border crossing with a position in this case file."
        assert page.empty_label.isVisible()
        assert page.canvas.base is not None and len(page.canvas.base.countries) == 6
        assert len(page.canvas.point_markers.data) == 30
        assert page.canvas.status_counts() == {}
        assert page.crossings.row_count() == 0
        assert page.count_label.text() == "0 crossings shown"
    finally:
        page.detach()
        harness.close()


def test_detach_forgets_everything_of_the_case_file(qtbot, shown, crossed: Crossed) -> None:  # type: ignore[no-untyped-def]
    page, harness = shown
    _reloaded(qtbot, page, lambda: page.partner.setEditText("LU"))
    page.crossings.set_current_row(0)
    page.pick_button.setChecked(True)
    page.canvas.show_pick(50.0, 5.0)
    page.detach()
    assert page.loaded is None
    assert page.canvas.crossings == () and page.canvas.status_counts() == {}
    assert page.canvas.ring.points().size == 0 and page.canvas.pick_marker.points().size == 0
    assert page.canvas.selected_reference() is None and page.canvas.hover_text == ""
    assert page.crossings.row_count() == 0
    assert page.partner.count() == 0 and page.partner.currentText() == ""
    assert page.since.date() == QDate(2000, 1, 1) and page.kind.currentIndex() == 0
    assert not page.pick_button.isChecked()
    for label in (page.empty_label, page.count_label, page.pick_label, page.status_label, page.error_label):
        assert label.text() == ""
    assert not page.kind.isEnabled() and not page.export_button.isEnabled()
    harness.attach(page)  # unlocked again: it loads anew
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=WAIT)
    assert _refs(page) == [crossed.refs[key] for key in ORDER]


def test_export_png_and_svg_through_the_file_chooser(qtbot, shown, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page, _harness = shown
    asked: list[tuple[str, str, str]] = []
    target = tmp_path / "map"

    def choose(_parent: QWidget, caption: str, suggested: str, name_filter: str) -> str:
        asked.append((caption, suggested, name_filter))
        return str(target) + chosen_suffix

    page.choose_export_file = choose
    chosen_suffix = ""  # no suffix: PNG
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status_label.text() != "", timeout=WAIT)
    assert asked == [("Export the border map", "border-map.png", "PNG image (*.png);;SVG image (*.svg)")]
    png = tmp_path / "map.png"
    assert page.status_label.text() == "The map was saved as map.png."
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(png))
    assert image.width() == round(page.canvas.plot.getPlotItem().width() * 2)
    assert stat.S_IMODE(png.stat().st_mode) == 0o600
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    assert (
        image.pixelColor(image.width() - 3, 3) == window and window.alpha() == 255
    )  # opaque, not the legend's
    chosen_suffix = ".svg"
    page.status_label.clear()
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status_label.text() != "", timeout=WAIT)
    svg = tmp_path / "map.svg"
    renderer = QSvgRenderer(str(svg))
    assert renderer.isValid()
    size = page.canvas.plot.getPlotItem().sceneBoundingRect().size().toSize()
    assert renderer.viewBoxF() == QRectF(0, 0, size.width(), size.height())
    text = svg.read_text(encoding="utf-8")
    assert text.startswith("<?xml") and "<svg" in text
    assert "Natural Earth" in text and "Belgium" in text
    drawn = QImage(size, QImage.Format.Format_ARGB32)
    drawn.fill(QColor("#ff00ff"))
    painter = QPainter(drawn)
    renderer.render(painter)
    painter.end()
    assert drawn.pixelColor(drawn.width() - 3, 3) == window  # the background covers all
    # pyqtgraph's own export menu is off
    assert not page.canvas.plot.getPlotItem().menuEnabled()
    assert page.canvas.plot.scene().contextMenu == []


def test_keyboard_and_buttons_zoom_pan_and_home(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    page, _harness = shown
    canvas = page.canvas
    fitted = canvas.view_rect()
    canvas.plot.setFocus()
    qtbot.keyClick(canvas.plot, Qt.Key.Key_Plus)
    zoomed = canvas.view_rect()
    assert zoomed.width() == pytest.approx(fitted.width() / 2)
    assert zoomed.height() == pytest.approx(fitted.height() / 2)
    assert (zoomed.center().x(), zoomed.center().y()) == pytest.approx(
        (fitted.center().x(), fitted.center().y())
    )
    qtbot.keyClick(canvas.plot, Qt.Key.Key_Right)
    moved = canvas.view_rect()
    assert moved.left() == pytest.approx(zoomed.left() + zoomed.width() / 10)
    qtbot.keyClick(canvas.plot, Qt.Key.Key_Up)
    assert canvas.view_rect().top() == pytest.approx(moved.top() + moved.height() / 10)
    qtbot.keyClick(canvas.plot, Qt.Key.Key_Minus)
    assert canvas.view_rect().width() == pytest.approx(fitted.width())
    qtbot.keyClick(canvas.plot, Qt.Key.Key_Home)
    home = canvas.view_rect()
    assert (home.left(), home.top(), home.width(), home.height()) == pytest.approx(
        (fitted.left(), fitted.top(), fitted.width(), fitted.height())
    )
    west, south, east, north = border_map().bbox
    assert home.left() <= west * KX and home.right() >= east * KX
    assert home.top() <= south and home.bottom() >= north
    qtbot.mouseClick(page.zoom_in_button, Qt.MouseButton.LeftButton)
    assert canvas.view_rect().width() == pytest.approx(fitted.width() / 2)
    qtbot.mouseClick(page.zoom_out_button, Qt.MouseButton.LeftButton)
    assert canvas.view_rect().width() == pytest.approx(fitted.width())
    qtbot.keyClick(canvas.plot, Qt.Key.Key_Left)
    qtbot.mouseClick(page.fit_button, Qt.MouseButton.LeftButton)
    assert canvas.view_rect().left() == pytest.approx(fitted.left())


def test_dark_palette_repaints_the_map(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    page, _harness = shown
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light_sea = page.canvas.base.sea.brush().color().name()
    try:
        theme.apply_theme(app, "dark")
        assert page.canvas.plot.backgroundBrush().color().name() == "#1f2023"
        assert page.canvas.base.sea.brush().color().name() != light_sea
        assert page.canvas.case_markers[IN_TIME].points()[0].brush().color().name() == theme.DARK_STATUS.ok
        assert page.crossings.foreground(1) == theme.DARK_STATUS.error
    finally:
        theme.apply_theme(app, "light")
    assert page.canvas.plot.backgroundBrush().color().name() == "#f3f3f3"
    assert page.canvas.case_markers[IN_TIME].points()[0].brush().color().name() == theme.LIGHT_STATUS.ok


def test_every_control_has_a_name(shown) -> None:  # type: ignore[no-untyped-def]
    page, _harness = shown
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
    unnamed = []
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisible():
            continue
        if isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not (name or widget.accessibleName()).strip() and type(widget).__name__ not in (
            "QScrollBar",
            "QHeaderView",
        ):
            unnamed.append(type(widget).__name__)
    assert unnamed == []
    assert page.canvas.plot.accessibleName() == "Border map"


def test_the_picker_dialog_returns_a_place(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    page, harness = shown
    dialog = MapPickerDialog(harness.services, page, lat=50.5, lon=5.5)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: len(dialog.points) == 30, timeout=WAIT)
    assert dialog.picked() == (50.5, 5.5) and dialog.ok_button.isEnabled()
    assert dialog.canvas.legend.entry_texts() == ["Crossing point (approximate position)"]
    assert dialog.latitude.value() == 50.5 and dialog.longitude.value() == 5.5
    lat, lon = 51.0, 5.9
    with qtbot.waitSignal(dialog.canvas.sig_point_picked, timeout=WAIT):
        qtbot.mouseClick(
            dialog.canvas.plot.viewport(),
            Qt.MouseButton.LeftButton,
            pos=dialog.canvas.plot.mapFromScene(dialog.canvas.scene_pos(lat, lon)),
        )
    picked = dialog.picked()
    assert picked is not None
    px, py = dialog.canvas.box.viewPixelSize()
    assert abs(picked[0] - lat) <= py and abs(picked[1] - lon) <= px / KX
    meer = next(p for p in dialog.points if p.id == "be-nl-meer-hazeldonk")
    dialog.point.setCurrentIndex(dialog.point.findData(meer.id))
    dialog.point.activated.emit(dialog.point.currentIndex())
    assert dialog.picked() == (meer.lat, meer.lon)
    assert dialog.nearest.text() == (
        f"{meer.lat:.4f}° N, {meer.lon:.4f}° E — Nearest crossing point: {meer.name} ({meer.road}), "
        "0.0 km away (approximate position)"
    )
    dialog.latitude.setValue(50.75)
    assert dialog.picked() == (50.75, meer.lon) and dialog.point.currentIndex() == 0
    assert distance_km(50.75, meer.lon, *dialog.canvas.picked) == 0.0
    with qtbot.waitSignal(dialog.sig_picked, timeout=WAIT) as caught:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert caught.args == [50.75, meer.lon]
