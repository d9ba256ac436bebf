"""The Dashboard page (desktop/ui/dashboard/), offscreen with pytest-qt, on a real case file.

The case file is the one of tests/test_insight.py (built with its helpers, through the services):
fourteen requests in the default period, eight loans, eleven cases, with the expected figures
written out there. The page is given the same fixed clock (15 June 2026, 12:00 UTC), so its
default months are July 2025 to June 2026 and loans are due or overdue as of that moment.
Figures shown are compared with exact values; what a click opens is checked against the services
(the count of the list behind a bar equals the bar).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from desktop.models.enums import Direction, RequestKind
from desktop.services.insight_rules import AnswerTiming, LoanSlice, LoanState
from desktop.services.insight_views import CaseSelection
from desktop.services.requests import RequestFilter
from desktop.ui import theme
from desktop.ui.dashboard import DashboardPage
from desktop.ui.dashboard.formatting import duration_text, month_text, percent_text
from desktop.ui.dashboard.style import chart_style
from desktop.ui.timefmt import local_text
from tests.gui_dashboard_harness import (
    MEMBER,
    World,
    _click,
    _hover,
    _loaded,
    _on_screen,
    _reloaded,
    _target,
    utc,
)
from tests.gui_helpers import WAIT
from tests.gui_page_harness import PageHarness
from tests.test_insight import LU, NL, NOW

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
