"""The Dashboard page (desktop/ui/dashboard/), offscreen with pytest-qt, on a real case file.

The case file is the one of tests/test_insight.py (built with its helpers, through the services):
fourteen requests in the default period, eight loans, eleven cases, with the expected figures
written out there. The page is given the same fixed clock (15 June 2026, 12:00 UTC), so its
default months are July 2025 to June 2026 and loans are due or overdue as of that moment.
Figures shown are compared with exact values; what a click opens is checked against the services
(the count of the list behind a bar equals the bar).
"""

from __future__ import annotations

import re
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pypdfium2
import pytest
from defusedxml import ElementTree
from PySide6.QtCore import QLocale, QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMenu, QMessageBox, QWidget

from desktop.models.enums import Direction, RequestKind
from desktop.services.insight_rules import AnswerTiming, LoanSlice, LoanState
from desktop.services.insight_views import CaseSelection
from desktop.services.requests import RequestFilter
from desktop.ui import theme
from desktop.ui.dashboard import DashboardPage
from desktop.ui.dashboard.chart import ChartView, Target
from desktop.ui.dashboard.formatting import duration_text, month_text, percent_text
from desktop.ui.dashboard.panel import ChartPanel
from desktop.ui.dashboard.style import chart_style, paper_style
from desktop.ui.files import REPLACE_QUESTION
from desktop.ui.timefmt import local_text
from tests.conftest import CaseFixture
from tests.gui_helpers import WAIT
from tests.gui_page_harness import PageHarness
from tests.test_insight import LU, NL, NOW, _cases, _file, _open, _plans

MEMBER = "Sam"


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


@dataclass(frozen=True)
class World:
    fixture: CaseFixture
    refs: dict[str, str]
    cases: dict[str, str]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, case_copy: Callable[..., CaseFixture]) -> World:
    fixture = case_copy(tmp_path_factory.mktemp("dashboard"), "dashboard")
    refs = _file(fixture.path, fixture.passphrase, _plans())
    with _open(fixture.path, "Anna", fixture.passphrase) as anna:
        cases = _cases(anna)
    return World(fixture, refs, cases)


@pytest.fixture
def harness(qtbot, world: World) -> Iterator[PageHarness]:  # type: ignore[no-untyped-def]
    opened = PageHarness(qtbot, world.fixture.path, MEMBER, world.fixture.passphrase(MEMBER))
    yield opened
    opened.close()


def _loaded(qtbot, page: DashboardPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.board is not None and not page.busy, timeout=WAIT)
    QApplication.processEvents()


def _reloaded(qtbot, page: DashboardPage, change: Callable[[], None]) -> None:  # type: ignore[no-untyped-def]
    before = page.board
    change()
    qtbot.waitUntil(lambda: page.board is not before and not page.busy, timeout=WAIT)
    QApplication.processEvents()


@pytest.fixture
def page(qtbot, harness: PageHarness) -> DashboardPage:  # type: ignore[no-untyped-def]
    shown = DashboardPage(clock=lambda: NOW)
    qtbot.addWidget(shown)
    shown.resize(1280, 900)
    harness.attach(shown)
    shown.show()
    _loaded(qtbot, shown)
    return shown


def _target(chart: ChartView, payload: object) -> Target:
    matches = [t for t in chart.targets if t.payload == payload]
    assert len(matches) == 1, payload
    return matches[0]


def _on_screen(page: DashboardPage, panel: ChartPanel, target: Target | None = None) -> QPoint:
    """Scroll the page so `target` (or the chart's centre) is in view; where it is in the chart."""
    chart = panel.chart
    point = chart.widget_point(target) if target is not None else chart.viewport().rect().center()
    content = chart.viewport().mapTo(page.scroll.widget(), point)
    page.scroll.ensureVisible(content.x(), content.y(), 80, 80)
    QApplication.processEvents()
    return chart.widget_point(target) if target is not None else point


def _hover(qtbot, page: DashboardPage, panel: ChartPanel, target: Target) -> str:  # type: ignore[no-untyped-def]
    chart = panel.chart
    point = _on_screen(page, panel, target)
    qtbot.mouseMove(chart.viewport(), point + QPoint(0, 1))
    qtbot.mouseMove(chart.viewport(), point)
    qtbot.waitUntil(lambda: panel.value_text == target.text, timeout=WAIT)
    return panel.value_text


def _click(qtbot, page: DashboardPage, panel: ChartPanel, target: Target, signal) -> object:  # type: ignore[no-untyped-def]
    chart = panel.chart
    point = _on_screen(page, panel, target)
    with qtbot.waitSignal(signal, timeout=WAIT) as blocker:
        qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=point)
    return blocker.args[0]


# -- requests per month --------------------------------------------------------------------------


def test_requests_bars_show_the_exact_counts_per_month_and_kind(page: DashboardPage) -> None:
    chart = page.requests_chart
    assert page.board is not None
    assert page.board.requests.months[0] == date(2025, 7, 1)
    heights = {kind: list(bars.opts["height"]) for kind, bars in chart.bars.items()}
    assert heights == {
        "equipment_loan": [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 6, 0],
        "information_request": [1, 0, 0, 0, 0, 0, 0, 0, 2, 1, 0, 1],
        "urgent_surveillance_notice": [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0],
        "hot_pursuit_notice": [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0],
    }
    # stacked: each kind starts where the kinds below it end
    assert list(chart.bars["urgent_surveillance_notice"].opts["y0"])[8] == 3
    assert [label.toPlainText() for label in chart.total_labels] == ["1", "4", "2", "6", "1"]
    legend = [label.text for _sample, label in chart.legend.items]  # type: ignore[union-attr]
    assert legend == [
        "Equipment loan (7)",
        "Information request (5)",
        "Urgent surveillance notice (1)",
        "Hot pursuit notice (1)",
    ]
    colours = {kind: bars.opts["brush"] for kind, bars in chart.bars.items()}
    assert len({QColor(c).name() for c in colours.values()}) == 4
    assert page.requests_chart.accessibleDescription() == (
        "14 requests from July 2025 to June 2026. The busiest month is May 2026 with 6. Equipment loan: 7; "
        "Information request: 5; Urgent surveillance notice: 1; Hot pursuit notice: 1."
    )


def test_hovering_a_segment_shows_its_exact_value(qtbot, page: DashboardPage) -> None:  # type: ignore[no-untyped-def]
    board = page.board
    assert board is not None
    march = board.requests.months.index(date(2026, 3, 1))
    target = _target(page.requests_chart, board.requests.filter_for(march, "information_request"))
    assert (
        _hover(qtbot, page, page.requests_panel, target) == "Information request, March 2026: 2 of 4 requests"
    )
    total = _target(page.requests_chart, board.requests.filter_for(march))
    assert total.text == "March 2026: 4 requests, all kinds"


def test_clicking_a_segment_opens_exactly_its_requests(qtbot, page: DashboardPage, harness, world) -> None:  # type: ignore[no-untyped-def]
    board = page.board
    assert board is not None
    march = board.requests.months.index(date(2026, 3, 1))
    target = _target(page.requests_chart, board.requests.filter_for(march, "information_request"))
    chosen = _click(qtbot, page, page.requests_panel, target, page.sig_open_requests)
    assert chosen == RequestFilter(
        kind=RequestKind.INFORMATION_REQUEST, created_from=utc(2026, 3, 1), created_before=utc(2026, 4, 1)
    )
    assert harness.call(lambda svc: svc.requests.count(chosen)) == 2  # the bar's height
    listed = harness.call(lambda svc: {r.reference for r in svc.requests.list(chosen)})
    assert listed == {world.refs["C"], world.refs["D"]}


def test_the_bars_are_stepped_with_the_arrow_keys_and_opened_with_enter(
    qtbot, page: DashboardPage, harness
) -> None:  # type: ignore[no-untyped-def]
    chart, board = page.requests_chart, page.board
    assert board is not None
    _on_screen(page, page.requests_panel)
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Home)  # July 2025: its one information request
    assert page.requests_panel.value_text == "Information request, July 2025: 1 of 1 requests"
    qtbot.keyClick(chart, Qt.Key.Key_Right)  # the next month with requests, same kind
    assert page.requests_panel.value_text == "Information request, March 2026: 2 of 4 requests"
    qtbot.keyClick(chart, Qt.Key.Key_Up)
    assert page.requests_panel.value_text == "Urgent surveillance notice, March 2026: 1 of 4 requests"
    qtbot.keyClick(chart, Qt.Key.Key_Up)  # past the top segment: the whole month
    assert page.requests_panel.value_text == "March 2026: 4 requests, all kinds"
    with qtbot.waitSignal(page.sig_open_requests, timeout=WAIT) as blocker:
        qtbot.keyClick(chart, Qt.Key.Key_Return)
    chosen = blocker.args[0]
    assert chosen == board.requests.filter_for(board.requests.months.index(date(2026, 3, 1)))
    assert harness.call(lambda svc: svc.requests.count(chosen)) == 4


# -- answer times --------------------------------------------------------------------------------


def test_answer_points_and_the_share_in_time_per_partner(qtbot, page: DashboardPage, harness, world) -> None:  # type: ignore[no-untyped-def]
    chart = page.answers_chart
    assert {key: (list(bar.opts["x0"]), list(bar.opts["x1"])) for key, bar in chart.share_bars.items()} == {
        f"{LU}:in_time": ([0.0], [100.0]),
        f"{NL}:in_time": ([0.0], [75.0]),
        f"{NL}:late": ([75.0], [100.0]),
    }
    points = [t for t in chart.targets if t.point is not None]
    assert len(points) == 5
    c_ref = world.refs["C"]
    late = next(t for t in points if t.payload.reference == c_ref)  # type: ignore[union-attr]
    answered = utc(2026, 4, 1, 8).replace(microsecond=1000)
    assert _hover(qtbot, page, page.answers_panel, late) == (
        f"{c_ref} ({NL}, Outgoing): answered {local_text(answered)} after 8 h; deadline 8 h; late by 0.001 s"
    )
    opened = _click(qtbot, page, page.answers_panel, late, page.sig_open_request)
    assert opened == c_ref

    nl_late = next(t for t in chart.targets if t.text.startswith(f"{NL}: 1 of 4 answers late"))
    assert nl_late.text == f"{NL}: 1 of 4 answers late (25%)"
    chosen = _click(qtbot, page, page.answers_panel, nl_late, page.sig_open_requests)
    assert chosen.answer_timing is AnswerTiming.LATE and chosen.partner_code == NL
    assert harness.call(lambda svc: [r.reference for r in svc.requests.list(chosen)]) == [c_ref]
    assert chart.accessibleDescription() == (
        "5 answered requests with a legal deadline; 4 in time (80%), 1 late."
    )


# -- loans ---------------------------------------------------------------------------------------


def test_a_loan_bar_opens_its_loans_per_partner_and_per_equipment_type(
    qtbot, page: DashboardPage, harness, world
) -> None:  # type: ignore[no-untyped-def]
    chart = page.loans_chart
    counts = {(key, state.value): list(bar.opts["x1"]) for (key, state), bar in chart.bars.items()}
    assert counts == {
        (LU, "out"): [2],
        (LU, "due_soon"): [1],
        (NL, "out"): [2],
        (NL, "due_soon"): [1],
        (NL, "overdue"): [1],
        (NL, "lost_or_damaged"): [1],
    }
    assert page.board is not None
    overdue = _target(chart, page.board.loans.slice(LoanState.OVERDUE, partner_code=NL))
    assert _hover(qtbot, page, page.loans_panel, overdue) == f"{NL} — Overdue: 1 loan"
    chosen = _click(qtbot, page, page.loans_panel, overdue, page.sig_open_loans)
    assert isinstance(chosen, LoanSlice)
    assert (chosen.state, chosen.partner_code, chosen.now, chosen.list_state) == (
        LoanState.OVERDUE,
        NL,
        NOW,
        "overdue",
    )
    listed = harness.call(
        lambda svc: [
            v.request_reference
            for v in svc.loans.list(state=chosen.list_state, within_days=chosen.within_days)
            if chosen.matches(v)
        ]
    )
    assert listed == [world.refs["L1"]]

    page.loans_grouping.setCurrentIndex(page.loans_grouping.findData("item_type"))
    QApplication.processEvents()
    by_type = {(key, state.value): list(bar.opts["x1"]) for (key, state), bar in chart.bars.items()}
    assert by_type[("Radio set", "lost_or_damaged")] == [1]
    assert by_type[("Thermal camera", "overdue")] == [1]
    lost = _target(chart, page.board.loans.slice(LoanState.LOST_OR_DAMAGED, item_type="Radio set"))
    chosen = _click(qtbot, page, page.loans_panel, lost, page.sig_open_loans)
    listed = harness.call(
        lambda svc: [
            v.request_reference for v in svc.loans.list(state=chosen.list_state) if chosen.matches(v)
        ]
    )
    assert listed == [world.refs["L4"]]
    assert "once for every equipment type" in page.loans_panel.note.text()


# -- notification delays -------------------------------------------------------------------------


def test_a_notification_point_opens_its_case(qtbot, page: DashboardPage, world) -> None:  # type: ignore[no-untyped-def]
    chart = page.notifications_chart
    points = {t.payload.reference: t for t in chart.targets if t.point is not None}  # type: ignore[union-attr]
    assert len(points) == 8
    p2 = points[world.cases["P2"]]
    assert _hover(qtbot, page, page.notifications_panel, p2) == (
        f"{world.cases['P2']} (Pursuit, {NL}): crossed {local_text(utc(2026, 3, 29, 0, 50))}, host notified "
        f"{local_text(utc(2026, 3, 29, 1, 10))}, 20 min after the crossing; rule: at the latest on crossing; "
        "notified late"
    )
    assert points[world.cases["P1"]].text.endswith(
        "10 min before the crossing; rule: at the latest on crossing; notified in time"
    )
    assert points[world.cases["O1"]].text.endswith(
        "4 h 40 min after the crossing; rule: within 5 h of the crossing; notified in time"
    )
    never = points[world.cases["P3"]]
    assert never.text == (
        f"{world.cases['P3']} (Pursuit, {LU}): crossed {local_text(utc(2026, 5, 10, 10))}; host not notified; "
        "rule: at the latest on crossing"
    )
    assert never.point is not None and never.point.y() == chart.not_notified_row
    opened = _click(qtbot, page, page.notifications_panel, points[world.cases["O2"]], page.sig_open_case)
    assert opened == world.cases["O2"]
    # per rule: pursuits 2 in time, 1 late, 1 not notified
    widths = {key: bar.opts["x1"][0] - bar.opts["x0"][0] for key, bar in chart.group_bars.items()}
    assert widths == {
        "pursuit:in_time": 2,
        "pursuit:late": 1,
        "pursuit:not_notified": 1,
        "observation:late": 1,
        "urgent_observation:in_time": 2,
        "urgent_observation:late": 1,
    }
    assert chart.accessibleDescription() == (
        "8 pursuits and observations crossed the border in the period: 4 notified in time, 3 late, "
        "1 not notified."
    )


def test_a_rule_groups_segment_opens_its_cases(qtbot, page: DashboardPage, world) -> None:  # type: ignore[no-untyped-def]
    chart, c = page.notifications_chart, world.cases
    segments = {t.text: t for t in chart.targets if t.rect is not None}
    assert {text: t.payload for text, t in segments.items()} == {
        "Pursuit: 2 cases notified in time": CaseSelection(
            (c["P4"], c["P1"]), "Pursuit: 2 cases notified in time"
        ),
        "Pursuit: 1 case notified late": CaseSelection((c["P2"],), "Pursuit: 1 case notified late"),
        "Pursuit: 1 case not notified": CaseSelection((c["P3"],), "Pursuit: 1 case not notified"),
        "Observation (authorised): 1 case notified late": CaseSelection(
            (c["O3"],), "Observation (authorised): 1 case notified late"
        ),
        "Urgent observation: 2 cases notified in time": CaseSelection(
            (c["O4"], c["O1"]), "Urgent observation: 2 cases notified in time"
        ),
        "Urgent observation: 1 case notified late": CaseSelection(
            (c["O2"],), "Urgent observation: 1 case notified late"
        ),
    }
    late = segments["Pursuit: 1 case notified late"]
    assert _hover(qtbot, page, page.notifications_panel, late) == "Pursuit: 1 case notified late"
    assert chart.viewport().cursor().shape() == Qt.CursorShape.PointingHandCursor
    opened = _click(qtbot, page, page.notifications_panel, late, page.sig_open_cases)
    assert opened == CaseSelection((c["P2"],), "Pursuit: 1 case notified late")

    # The keyboard: End is the last segment (urgent observations, late), Left the group above.
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_End)
    assert page.notifications_panel.value_text == "Urgent observation: 1 case notified late"
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert page.notifications_panel.value_text == "Observation (authorised): 1 case notified late"
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    qtbot.keyClick(chart, Qt.Key.Key_Up)
    assert page.notifications_panel.value_text == "Pursuit: 1 case not notified"
    with qtbot.waitSignal(page.sig_open_cases, timeout=WAIT) as blocker:
        qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert blocker.args[0] == CaseSelection((c["P3"],), "Pursuit: 1 case not notified")


# -- filters -------------------------------------------------------------------------------------


def test_the_filters_change_the_query(qtbot, page: DashboardPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.filters.partner.findData(LU) >= 0, timeout=WAIT)
    assert page.filters.partner.findData("BE-FEDPOL") < 0  # our own agency is no partner
    _reloaded(qtbot, page, lambda: page.filters.set_partner(LU))
    board = page.board
    assert board is not None and board.filters.partner_code == LU
    assert {k: list(b.opts["height"]) for k, b in page.requests_chart.bars.items()} == {
        "equipment_loan": [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 2, 0],
        "information_request": [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0],
    }
    _reloaded(qtbot, page, lambda: page.filters.set_direction(Direction.OUTGOING))
    assert page.board is not None and page.board.filters.direction is Direction.OUTGOING
    assert page.notifications_panel.note.text() == "The direction filter does not apply to cases."

    _reloaded(qtbot, page, lambda: page.filters.set_partner(""))
    _reloaded(qtbot, page, lambda: page.filters.set_direction(None))
    # months: March and April 2026, typed into the month fields (applied after a pause)
    _reloaded(qtbot, page, lambda: (page.filters.set_months(date(2026, 3, 1), date(2026, 3, 1)),
                                    page.filters.last_month.setDate(page.filters.last_month.date().addMonths(1))))  # fmt: skip
    board = page.board
    assert board is not None and board.requests.months == (date(2026, 3, 1), date(2026, 4, 1))
    assert board.requests.totals == (4, 2)

    # backwards: the service's sentence, and the charts keep the last figures
    page.filters.set_months(date(2026, 5, 1), date(2026, 5, 1))
    page.filters.last_month.setDate(page.filters.last_month.date().addMonths(-1))
    qtbot.waitUntil(lambda: bool(page.error_label.text()), timeout=WAIT)
    assert page.error_label.text() == "The first month (2026-05) comes after the last month (2026-04)."
    assert page.board is board


def test_a_busy_state_while_loading(qtbot, page: DashboardPage) -> None:  # type: ignore[no-untyped-def]
    page.refresh()
    assert page.busy and page.busy_label.isVisible() and page.busy_label.text() == "Loading…"
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT)
    assert not page.busy_label.isVisible()


# -- export and print ----------------------------------------------------------------------------


def test_every_chart_exports_as_png_and_svg(qtbot, page: DashboardPage, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    asked: list[tuple[str, str, str]] = []

    def choose(_parent: QWidget, caption: str, suggested: str, name_filter: str) -> str:
        asked.append((caption, suggested, name_filter))
        return str(tmp_path / suggested)

    page.choose_save_file = choose
    for panel in page.panels:
        for action, fmt in ((panel.export_png_action, "png"), (panel.export_svg_action, "svg")):
            action.trigger()
            written = tmp_path / f"{panel.export_name}.{fmt}"
            qtbot.waitUntil(
                lambda w=written: page.status_label.text() == f"Chart saved to {w}.", timeout=WAIT
            )
            assert stat.S_IMODE(written.stat().st_mode) == 0o600  # chart data are case data
        png = tmp_path / f"{panel.export_name}.png"
        svg = tmp_path / f"{panel.export_name}.svg"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        image = QImage(str(png))
        assert (image.width(), image.height()) == (
            round(panel.chart.ci.boundingRect().width() * 2),
            round(panel.chart.ci.boundingRect().height() * 2),
        )
        assert image.pixelColor(1, 1) == paper_style().background  # light, whatever the screen shows
        root = ElementTree.parse(str(svg)).getroot()
        assert root.tag == "{http://www.w3.org/2000/svg}svg"
        assert root.findtext("{http://www.w3.org/2000/svg}title") == panel.title.text()
        assert root.findtext("{http://www.w3.org/2000/svg}desc") == panel.chart.accessibleDescription()
        renderer = QSvgRenderer(str(svg))
        size = panel.chart.ci.sceneBoundingRect().size().toSize()
        assert renderer.isValid() and renderer.viewBoxF() == QRectF(0, 0, size.width(), size.height())
        assert panel.chart.style.dark is False  # the shown style is back after the (light) export
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(
        f"{name}.{fmt}"
        for name in ("requests-per-month", "answer-times", "equipment-loans", "notification-delays")
        for fmt in ("png", "svg")
    )
    assert asked[:2] == [
        ("Save the chart as a PNG image", "requests-per-month.png", "PNG images (*.png)"),
        ("Save the chart as an SVG drawing", "requests-per-month.svg", "SVG drawings (*.svg)"),
    ]
    svg_text = (tmp_path / "requests-per-month.svg").read_text(encoding="utf-8")
    assert "Information request (5)" in svg_text
    assert page.error_label.text() == ""


def test_a_chart_export_names_its_format_and_says_when_it_cannot_be_written(  # type: ignore[no-untyped-def]
    qtbot, page: DashboardPage, tmp_path: Path
) -> None:
    chosen: list[str] = []
    page.choose_save_file = lambda *_args: chosen[-1]
    panel = page.requests_panel
    chosen.append(str(tmp_path / "chart"))  # no suffix: the format asked for
    assert page.export_panel(panel, "svg") == str(tmp_path / "chart.svg")
    qtbot.waitUntil(
        lambda: page.status_label.text() == f"Chart saved to {tmp_path / 'chart.svg'}.", timeout=WAIT
    )
    assert (tmp_path / "chart.svg").read_bytes().startswith(b"<?xml")
    chosen.append(str(tmp_path / "drawing.SVG"))  # "Save as PNG…" but named .svg: an SVG
    assert page.export_panel(panel, "png") == str(tmp_path / "drawing.SVG")
    qtbot.waitUntil(lambda: page.status_label.text().endswith("drawing.SVG."), timeout=WAIT)
    assert (tmp_path / "drawing.SVG").read_bytes().startswith(b"<?xml")
    old = tmp_path / "old.png"
    old.write_bytes(b"old")
    old.chmod(0o644)
    chosen.append(str(old))  # replaced, and owner-only now
    page.export_panel(panel, "png")
    qtbot.waitUntil(lambda: page.status_label.text() == f"Chart saved to {old}.", timeout=WAIT)
    assert old.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and stat.S_IMODE(old.stat().st_mode) == 0o600
    chosen.append(str(tmp_path / "missing" / "chart.png"))
    page.export_panel(panel, "png")
    qtbot.waitUntil(lambda: page.error_label.text() != "", timeout=WAIT)
    assert page.error_label.text() == "The file chart.png could not be written: No such file or directory."
    assert page.status_label.text() == "" and not (tmp_path / "missing").exists()
    page.choose_save_file = lambda *_args: None  # cancelled: nothing drawn, nothing said
    assert page.export_panel(panel, "png") is None
    assert page.error_label.text() == "The file chart.png could not be written: No such file or directory."


def test_pyqtgraphs_own_menu_and_export_are_off(qtbot, page: DashboardPage) -> None:  # type: ignore[no-untyped-def]
    for panel in page.panels:
        chart = panel.chart
        assert chart.scene().contextMenu == []
        for item in chart.ci.items:
            if hasattr(item, "vb"):
                assert item.vb.menuEnabled() is False
                assert item.vb.state["mouseEnabled"] == [False, False]
    chart = page.requests_chart
    _on_screen(page, page.requests_panel)
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.RightButton, pos=chart.viewport().rect().center())
    QApplication.processEvents()
    assert not isinstance(QApplication.activePopupWidget(), QMenu)


def _pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", data))


PAGE = re.compile(r"Page (\d+) of (\d+)")


def _texts(data: bytes) -> list[str]:
    """Each page's text, its whitespace made single spaces (pypdfium2)."""
    document = pypdfium2.PdfDocument(data)
    try:
        return [" ".join(page.get_textpage().get_text_range().split()) for page in document]
    finally:
        document.close()


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _check_printout(page: DashboardPage, data: bytes) -> None:
    """Two A4 pages: the title and header lines, every panel's title, key figures and note, a
    running header and "Page X of 2" on each."""
    assert data.startswith(b"%PDF")
    texts = _texts(data)
    assert len(texts) == 2 == _pdf_pages(data)
    assert [PAGE.findall(text) for text in texts] == [[("1", "2")], [("2", "2")]]
    header = page.print_header()
    for text in texts:  # the running header: the filters, and what this is on the right
        assert text.startswith(f"{header.lines[0]} Dashboard ")
    assert texts[0].count("Dashboard — Benelux Case Desk") == 1  # the title, on the first page
    *lines, printed = header.lines
    for line in lines:
        assert _one_line(line) in texts[0]
    # "Printed on …" as of the printout's minute, which may be the one before this header's
    assert printed.startswith("Printed on ")
    assert re.search(r"Printed on [^.]+, \d{4}-\d\d-\d\d \d\d:\d\d [^ .]+\.", texts[0])
    whole = " ".join(texts)
    for panel in page.panels:
        assert panel.title.text() in whole
        for extra in (panel.chart.accessibleDescription(), panel.note.text()):
            assert _one_line(extra) in whole
    assert page.requests_panel.title.text() in texts[0] and page.answers_panel.title.text() in texts[0]
    assert page.loans_panel.title.text() in texts[1] and page.notifications_panel.title.text() in texts[1]


def test_print_the_dashboard_to_pdf(qtbot, page: DashboardPage, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """What the print dialog hands over: a high-resolution QPrinter (here one that writes a PDF)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "dashboard.pdf"
    printer.setOutputFileName(str(target))
    pages = page.print_to(printer)
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert pages == 2 and _pdf_pages(data) == 2
    _check_printout(page, data)
    header = page.print_header()
    assert header.lines[0] == (
        "Partner agency: All partner agencies · Direction: Both directions · Months: July 2025 to June 2026 (UTC)"
    )
    assert header.lines[1] == f"Figures as of {local_text(NOW)}; loans out are counted at that moment."
    assert re.fullmatch(r"Printed on .+, \d{4}-\d\d-\d\d \d\d:\d\d \S+\.", header.lines[2])
    assert page.pdf()[1] == 2


def test_save_as_pdf_writes_the_dashboard_owner_only(qtbot, page: DashboardPage, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    asked: list[tuple[str, str, str]] = []
    folder = tmp_path / "out"
    folder.mkdir()
    chosen = [str(folder / "chosen")]

    def choose(_parent: QWidget, caption: str, suggested: str, name_filter: str) -> str:
        asked.append((caption, suggested, name_filter))
        return chosen[-1]

    page.choose_save_file = choose
    page.pdf_action.trigger()
    saved = folder / "chosen.pdf"  # ".pdf" added to a name without it
    qtbot.waitUntil(lambda: page.status_label.text() == f"Dashboard saved to {saved}.", timeout=WAIT)
    assert asked == [("Save the dashboard as PDF", "dashboard.pdf", "PDF documents (*.pdf)")]
    assert page.error_label.text() == ""
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600  # the figures are case data
    assert [p.name for p in folder.iterdir()] == ["chosen.pdf"]  # no temporary file left
    _check_printout(page, saved.read_bytes())
    # a file already there is replaced, owner-only; another suffix gets ".pdf" too
    old = folder / "old.PDF"
    old.write_bytes(b"old")
    old.chmod(0o644)
    chosen.append(str(old))
    assert page.save_pdf() == str(old)
    qtbot.waitUntil(lambda: page.status_label.text() == f"Dashboard saved to {old}.", timeout=WAIT)
    assert old.read_bytes().startswith(b"%PDF") and stat.S_IMODE(old.stat().st_mode) == 0o600
    chosen.append(str(folder / "dashboard.v2"))
    assert page.save_pdf() == str(folder / "dashboard.v2.pdf")
    qtbot.waitUntil(lambda: (folder / "dashboard.v2.pdf").exists(), timeout=WAIT)
    # a place that cannot be written: the writer's sentence, nothing left behind
    chosen.append(str(tmp_path / "missing" / "dashboard.pdf"))
    page.save_pdf()
    qtbot.waitUntil(lambda: page.error_label.text() != "", timeout=WAIT)
    assert (
        page.error_label.text() == "The file dashboard.pdf could not be written: No such file or directory."
    )
    assert page.status_label.text() == "" and not (tmp_path / "missing").exists()


def test_a_suffix_added_after_the_dialog_does_not_replace_a_file_unasked(  # type: ignore[no-untyped-def]
    qtbot, page: DashboardPage, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    report, chart = folder / "report.pdf", folder / "chart.png"
    for existing in (report, chart):
        existing.write_bytes(b"old")
        existing.chmod(0o644)
    chosen: list[str] = []
    page.choose_save_file = lambda *_args: chosen[-1]

    def question() -> QMessageBox | None:
        return page.findChild(QMessageBox, REPLACE_QUESTION)

    chosen.append(str(folder / "report"))  # typed without ".pdf": the dialog asked about "report"
    assert page.save_pdf() == str(report)
    box = question()
    assert box is not None and box.text() == "report.pdf already exists. Do you want to replace it?"
    assert box.windowTitle() == "Replace the file?"
    assert box.windowModality() == Qt.WindowModality.WindowModal
    box.button(QMessageBox.StandardButton.No).click()
    qtbot.waitUntil(lambda: question() is None, timeout=WAIT)
    qtbot.wait(100)
    assert report.read_bytes() == b"old" and stat.S_IMODE(report.stat().st_mode) == 0o644
    assert page.status_label.text() == "" and page.error_label.text() == ""
    page.save_pdf()
    assert question() is not None
    page.close_print_dialog()  # the file is being locked: the question goes, as No
    qtbot.waitUntil(lambda: question() is None, timeout=WAIT)
    qtbot.wait(100)
    assert report.read_bytes() == b"old"
    page.save_pdf()
    box = question()
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: page.status_label.text() == f"Dashboard saved to {report}.", timeout=WAIT)
    assert report.read_bytes().startswith(b"%PDF") and stat.S_IMODE(report.stat().st_mode) == 0o600
    # a chart exported as "chart" when chart.png exists: the same question
    chosen.append(str(folder / "chart"))
    assert page.export_panel(page.requests_panel, "png") == str(chart)
    box = question()
    assert box is not None and box.text() == "chart.png already exists. Do you want to replace it?"
    box.button(QMessageBox.StandardButton.No).click()
    qtbot.wait(100)
    assert chart.read_bytes() == b"old" and page.status_label.text() == f"Dashboard saved to {report}."
    page.export_panel(page.requests_panel, "png")
    box = question()
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: page.status_label.text() == f"Chart saved to {chart}.", timeout=WAIT)
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and stat.S_IMODE(chart.stat().st_mode) == 0o600
    assert sorted(p.name for p in folder.iterdir()) == ["chart.png", "report.pdf"]


def test_nothing_is_written_when_the_dialogs_are_cancelled(
    qtbot, page: DashboardPage, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def cancel(_parent: QWidget, caption: str, _suggested: str, _filter: str) -> None:
        asked.append(caption)

    page.choose_save_file = cancel
    page.pdf_action.trigger()
    assert page.save_pdf() is None and len(asked) == 2
    qtbot.wait(100)
    assert list(tmp_path.iterdir()) == []
    assert page.status_label.text() == "" and page.error_label.text() == ""
    # the print dialog: window-modal, shown without a nested event loop, cancelled
    dialog = page.open_print_dialog()
    assert dialog is not None and page.print_dialog is dialog
    assert dialog.isVisible() and dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.windowTitle() == "Print the dashboard"
    assert dialog.accessibleName() == "Print the dashboard"
    dialog.reject()
    assert page.print_dialog is None and not dialog.isVisible()
    assert page.status_label.text() == "" and page.error_label.text() == ""
    # the menu's action opens it too; locking the file closes it without printing
    page.print_action.trigger()
    opened = page.print_dialog
    assert opened is not None and opened.isVisible()
    page.detach()
    assert page.print_dialog is None and not opened.isVisible()
    assert page.open_print_dialog() is None and page.save_pdf() is None
    assert list(tmp_path.iterdir()) == [] and len(asked) == 2


def test_print_to_file_in_the_print_dialog_writes_owner_only(
    qtbot, page: DashboardPage, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = page.open_print_dialog()
    assert dialog is not None
    printers = dialog.findChild(QComboBox, "printers")  # the dialog's own fields, as a user fills them
    to_file = [i for i in range(printers.count()) if printers.itemText(i).startswith("Print to File")]
    printers.setCurrentIndex(to_file[0])
    target = tmp_path / "printed.pdf"
    dialog.findChild(QLineEdit, "filename").setText(str(target))
    dialog.accept()
    qtbot.waitUntil(lambda: page.status_label.text() == f"Dashboard saved to {target}.", timeout=WAIT)
    assert page.print_dialog is None and page.error_label.text() == ""
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["printed.pdf"]
    _check_printout(page, target.read_bytes())


# -- empty, locked, dark -------------------------------------------------------------------------


def test_an_empty_case_file_shows_a_sentence_per_chart(qtbot, tmp_case) -> None:  # type: ignore[no-untyped-def]
    harness = PageHarness(qtbot, tmp_case.path, "Sam", tmp_case.passphrase("Sam"))
    try:
        empty = DashboardPage(clock=lambda: NOW)
        qtbot.addWidget(empty)
        harness.attach(empty)
        empty.show()
        _loaded(qtbot, empty)
        assert [(p.is_empty, p.empty_label.text()) for p in empty.panels] == [
            (True, "No requests in this period."),
            (True, "No answered requests with a legal answer deadline in this period."),
            (True, "No loans out, due, overdue or returned lost or damaged in this period."),
            (True, "No pursuit or observation crossed the border in this period."),
        ]
        assert all(not p.export_button.isEnabled() and p.chart.targets == [] for p in empty.panels)
        assert all(p.empty_label.isVisible() and not p.chart.isVisible() for p in empty.panels)
        assert empty.print_button.isEnabled()
    finally:
        harness.close()


def test_detach_clears_everything(qtbot, page: DashboardPage, harness) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.filters.partner.count() > 1, timeout=WAIT)
    _reloaded(qtbot, page, lambda: page.filters.set_partner(NL))
    page.detach()
    assert page.board is None and page.worker is None
    assert page.filters.partner.count() == 1 and page.filters.current().partner_code is None
    for panel in page.panels:
        assert panel.chart.targets == [] and panel.chart.ci.items == {}
        assert panel.chart.accessibleDescription() == "" and panel.value_text == ""
        assert panel.note.text() == ""
    assert page.requests_chart.bars == {} and page.loans_chart.bars == {}
    assert all(panel.chart.data is None for panel in page.panels)  # type: ignore[attr-defined]
    assert page._body.currentWidget() is page.loading_label
    assert not page.print_button.isEnabled()
    # unlocked again: the default filters, and the figures load afresh
    harness.attach(page)
    _loaded(qtbot, page)
    assert page.board is not None and page.board.filters.partner_code is None
    assert len(page.requests_chart.targets) == 13


def test_the_dark_palette_restyles_the_charts(qtbot, page: DashboardPage) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    light = page.requests_chart.bars["equipment_loan"].opts["brush"]
    try:
        theme.apply_theme(app, "dark")  # type: ignore[arg-type]
        QApplication.processEvents()
        dark = chart_style(theme.dark_palette())
        for panel in page.panels:
            assert panel.chart.style.dark is True
            assert panel.chart.backgroundBrush().color() == dark.background
        assert QColor(page.requests_chart.bars["equipment_loan"].opts["brush"]) == dark.kind_colour(
            "equipment_loan"
        )
        assert QColor(light) != dark.kind_colour("equipment_loan")
        axis = page.requests_chart.plot.getAxis("left")  # type: ignore[union-attr]
        assert axis.textPen().color() == dark.text
        assert QColor(page.answers_chart.share_bars[f"{NL}:late"].opts["brush"]) == dark.late
        # still every target, still opening the same lists
        assert len(page.requests_chart.targets) == 13  # 8 segments and 5 months' totals
    finally:
        theme.apply_theme(app, "light")  # type: ignore[arg-type]
        QApplication.processEvents()
    assert page.requests_chart.style.dark is False


def test_every_control_has_an_accessible_name(page: DashboardPage) -> None:
    from tests.test_gui_accessibility import _unnamed

    assert _unnamed(page) == []
    for panel in page.panels:
        assert panel.chart.accessibleName().endswith("chart")
        assert panel.chart.accessibleDescription()


def test_tab_reaches_the_filters_the_buttons_and_every_chart(qtbot, page: DashboardPage) -> None:  # type: ignore[no-untyped-def]
    page.activateWindow()
    page.filters.partner.setFocus()
    reached = [QApplication.focusWidget()]
    for _ in range(24):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is not reached[-1]:  # Tab first steps a month field's sections
            reached.append(QApplication.focusWidget())
    expected = [
        page.filters.partner,
        page.filters.direction,
        page.filters.first_month,
        page.filters.last_month,
        page.filters.last_year_button,
        page.refresh_button,
        page.print_button,
        page.requests_panel.export_button,
        page.requests_chart,
        page.answers_panel.export_button,
        page.answers_chart,
        page.loans_grouping,
        page.loans_panel.export_button,
        page.loans_chart,
        page.notifications_panel.export_button,
        page.notifications_chart,
    ]
    assert reached[: len(expected)] == expected
    for widget in expected:
        assert widget.accessibleName(), widget


# -- the words and numbers -----------------------------------------------------------------------


def test_durations_shares_and_months_in_the_interface_language() -> None:
    assert [duration_text(h) for h in (4.25, 1 / 3, -1 / 6, 168.0, 28_800_001 / 3_600_000 - 8, 0.0)] == [
        "4 h 15 min",
        "20 min",
        "−10 min",
        "168 h",
        "0.001 s",
        "0 s",
    ]
    assert [percent_text(s) for s in (0.75, 1.0, 2 / 3)] == ["75%", "100%", "66.7%"]
    english = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
        assert month_text(date(2026, 3, 1), long=True) == "mars 2026"
        assert duration_text(2.5) == "2 h 30 min"
        assert percent_text(2 / 3) == "66,7%"
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        assert month_text(date(2026, 5, 1), long=True) == "mei 2026"
    finally:
        QLocale.setDefault(english)


# -- in the window: a figure opens the list behind it ------------------------------------------------


def test_the_window_opens_the_list_behind_a_figure(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    from tests.gui_helpers import open_window

    win = open_window(qtbot, world.fixture.path, MEMBER, world.fixture.passphrase(MEMBER))
    try:
        chosen = RequestFilter(
            kind=RequestKind.INFORMATION_REQUEST, created_from=utc(2026, 3, 1), created_before=utc(2026, 4, 1)
        )
        win.dashboard_page.sig_open_requests.emit(chosen)
        requests = win.requests_page
        assert win._stack.currentWidget() is requests
        qtbot.waitUntil(lambda: requests.model.rowCount() == 2, timeout=WAIT)
        assert requests.model.filter == chosen
        assert requests.scope_label.isVisible()
        assert requests.status.currentData() == "all"
        requests.search.setText("x")  # any change of the bar leaves the figure's scope
        qtbot.waitUntil(lambda: not requests.scope_label.isVisible(), timeout=WAIT)

        overdue = LoanSlice(LoanState.OVERDUE, now=NOW, partner_code=NL)
        win.dashboard_page.sig_open_loans.emit(overdue)
        loans = win.loans_page
        assert win._stack.currentWidget() is loans
        qtbot.waitUntil(lambda: loans.scope_label.isVisible() and len(loans.loans) == 1, timeout=WAIT)
        assert loans.state() == "overdue"
        assert {loan.partner_code for loan in loans.loans} == {NL}
        qtbot.mouseClick(loans.refresh_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not loans.scope_label.isVisible(), timeout=WAIT)

        win.dashboard_page.sig_open_case.emit(world.cases[next(iter(world.cases))])
        assert win._stack.currentWidget() is win.cases_page
    finally:
        win.close()


def test_the_window_opens_the_cases_behind_a_rule_groups_segment(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    from tests.gui_helpers import open_window

    win = open_window(qtbot, world.fixture.path, MEMBER, world.fixture.passphrase(MEMBER))
    try:
        c, cases = world.cases, win.cases_page
        win.dashboard_page.sig_open_case.emit(c["O2"])  # a case is open: the figure's list replaces it
        qtbot.waitUntil(cases.is_showing_case, timeout=WAIT)
        cases.kind.setCurrentIndex(cases.kind.findData("joint_patrol"))  # filters the figure sets to "all"
        cases.search.setText("P")
        win.show_page("Dashboard")  # the Cases page is now stale: showing it again reloads it

        chosen = CaseSelection((c["P1"], c["P4"]), "Pursuit: 2 cases notified in time")
        win.dashboard_page.sig_open_cases.emit(chosen)
        assert win._stack.currentWidget() is cases
        qtbot.waitUntil(lambda: cases.references() == [c["P4"], c["P1"]], timeout=WAIT)
        assert not cases.is_showing_case()
        assert cases.scope_label.isVisible()
        assert cases.scope_label.text() == (
            "— the cases behind the dashboard figure; change a filter to leave it."
        )
        assert cases.scope_label.toolTip() == "Pursuit: 2 cases notified in time"
        assert cases.count_label.text() == "2 cases"
        assert (cases.kind.currentData(), cases.status.currentData()) == ("", "")
        assert (cases.partner.currentText(), cases.search.text()) == ("", "")
        shown = cases.rows
        qtbot.mouseClick(cases.refresh_button, Qt.MouseButton.LeftButton)  # Refresh keeps the figure's cases
        qtbot.waitUntil(lambda: cases.rows is not shown, timeout=WAIT)
        assert cases.scope_label.isVisible() and cases.references() == [c["P4"], c["P1"]]

        cases.kind.setCurrentIndex(cases.kind.findData("pursuit"))  # a filter changed: the figure is left
        assert not cases.scope_label.isVisible()
        pursuits = [c[name] for name in ("X1", "P5", "P4", "P3", "P2", "P1")]
        qtbot.waitUntil(lambda: cases.references() == pursuits, timeout=WAIT)
        assert cases.count_label.text() == "6 cases"

        win.dashboard_page.sig_open_cases.emit(
            CaseSelection((c["O3"],), "Observation (authorised): 1 case notified late")
        )
        qtbot.waitUntil(lambda: cases.references() == [c["O3"]], timeout=WAIT)
        cases.search.setText("Esch")  # typing leaves it at once (the list follows after the pause)
        assert (cases.selection, cases.scope_label.isVisible()) == (None, False)

        win.dashboard_page.sig_open_cases.emit(chosen)
        qtbot.waitUntil(lambda: cases.references() == [c["P4"], c["P1"]], timeout=WAIT)
        win.lock()  # locking forgets the figure's cases with the rest
        assert (cases.selection, cases.scope_label.isHidden(), cases.scope_label.text()) == (None, True, "")
        assert (cases.rows, cases.scope_label.toolTip()) == ((), "")
    finally:
        win.close()
