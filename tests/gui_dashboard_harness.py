"""What the Dashboard page tests share: the case file of tests/test_insight.py, the page on it.

The case file is built once per test module with test_insight's helpers, through the services:
fourteen requests in the default period, eight loans, eleven cases. The page is given the same
fixed clock (15 June 2026, 12:00 UTC), so its default months are July 2025 to June 2026 and loans
are due or overdue as of that moment. Registered as a pytest plugin in tests/conftest.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from desktop.ui.dashboard import DashboardPage
from desktop.ui.dashboard.chart import ChartView, Target
from desktop.ui.dashboard.panel import ChartPanel
from tests.conftest import CaseFixture
from tests.gui_helpers import WAIT
from tests.gui_page_harness import PageHarness
from tests.test_insight import NOW, _cases, _file, _open, _plans

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
