"""The Requests page, clicked through with pytest-qt on a real 2,500-request demo case file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop.models.enums import RequestStatus
from desktop.services.casefile import open_case_file
from desktop.services.demo import make_demo
from desktop.services.facade import Services
from desktop.services.requests import RequestFilter
from desktop.ui import theme
from desktop.ui.operations import GENERIC_FAILURE, Op, ServicesWorker
from desktop.ui.requests.model import PAGE_SIZE, PLACEHOLDER, Column, RowRole
from desktop.ui.requests.page import _OPEN
from desktop.vault import KdfParams
from tests.gui_helpers import WAIT, open_window


@dataclass(frozen=True)
class Demo:
    path: Path
    open_count: int
    sent_count: int
    overdue_count: int
    last_reference: str


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    path = tmp_path_factory.mktemp("gui-requests") / "demo.casedesk"
    make_demo(path, "demo", cases=3, requests=2500, kdf=KdfParams.minimum())
    # The expected numbers come from the service itself, read before any window opens the file.
    case_file = open_case_file(path, "demo", member="Pieter Janssens")
    try:
        requests = Services(case_file).requests
        open_filter = RequestFilter(statuses=_OPEN)
        open_count = requests.count(open_filter)
        return Demo(
            path=path,
            open_count=open_count,
            sent_count=requests.count(RequestFilter(statuses=(RequestStatus.SENT,))),
            overdue_count=requests.count(RequestFilter(overdue_only=True)),
            last_reference=requests.list(open_filter, limit=1, offset=open_count - 1)[0].reference,
        )
    finally:
        case_file.close()


@pytest.fixture
def window(qtbot, demo: Demo):  # type: ignore[no-untyped-def]
    win = open_window(qtbot, demo.path, "Pieter Janssens", "demo")
    yield win
    win.close()


@pytest.fixture
def page(qtbot, window):  # type: ignore[no-untyped-def]
    window.show_page("Requests")
    assert window._stack.currentWidget() is window.requests_page
    page = window.requests_page
    qtbot.waitUntil(lambda: page.model.total > 0, timeout=WAIT)
    return page


def _count_text(n: int) -> str:
    from desktop.ui.i18n import number

    return f"{number(n)} requests"


def test_the_page_counts_the_open_requests_and_loads_the_first_rows(qtbot, page, demo: Demo) -> None:  # type: ignore[no-untyped-def]
    assert page.count_label.text() == _count_text(demo.open_count)
    model = page.model
    assert model.rowCount() == demo.open_count
    assert model.columnCount() == len(Column)
    qtbot.waitUntil(lambda: model.index(0, Column.REFERENCE).data() != PLACEHOLDER, timeout=WAIT)
    assert model.index(0, Column.REFERENCE).data().startswith(("OUT-", "IN-"))
    assert not page.view.isSortingEnabled()


def test_scrolling_to_the_bottom_loads_the_last_page(qtbot, page, demo: Demo) -> None:  # type: ignore[no-untyped-def]
    model = page.model
    last = model.rowCount() - 1
    assert not model.is_loaded(last)  # only the first page came with the count
    page.view.scrollToBottom()
    qtbot.waitUntil(lambda: model.index(last, Column.REFERENCE).data() != PLACEHOLDER, timeout=WAIT)
    assert model.index(last, Column.REFERENCE).data() == demo.last_reference


def test_a_status_filter_changes_the_count(qtbot, page, demo: Demo) -> None:  # type: ignore[no-untyped-def]
    page.status.setCurrentIndex(page.status.findData(RequestStatus.SENT.value))
    qtbot.waitUntil(lambda: page.count_label.text() == _count_text(demo.sent_count), timeout=WAIT)
    assert page.model.rowCount() == demo.sent_count
    row = page.model.index(0, 0).data(RowRole)
    assert row is not None and row.status == RequestStatus.SENT.value


def test_a_search_without_match_shows_the_empty_state(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.window().activateWindow()
    qtbot.waitUntil(page.window().isActiveWindow, timeout=WAIT)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "zzqxnomatchzz")
    qtbot.waitUntil(lambda: page.count_label.text() == "0 requests", timeout=WAIT)
    assert page.empty_label.isVisible()
    assert page.empty_label.text() == "No requests match these filters."
    assert not page.view.isVisible()
    page.search.clear()
    qtbot.waitUntil(lambda: page.view.isVisible(), timeout=WAIT)


def test_an_overdue_row_is_red_and_bold(qtbot, page, demo: Demo) -> None:  # type: ignore[no-untyped-def]
    assert demo.overdue_count > 0, "the demo data should have overdue requests"
    model = page.model
    # Ordered by due date, the overdue requests come first.
    qtbot.waitUntil(lambda: model.index(0, 0).data(RowRole) is not None, timeout=WAIT)
    overdue = [r for r in range(min(PAGE_SIZE, model.rowCount())) if model.index(r, 0).data(RowRole).overdue]
    assert overdue
    index = model.index(overdue[0], Column.REFERENCE)
    assert QColor(index.data(Qt.ItemDataRole.ForegroundRole)) == QColor(theme.colors().overdue)
    assert index.data(Qt.ItemDataRole.FontRole).bold()
    assert index.data(Qt.ItemDataRole.ToolTipRole).startswith("Overdue since ")


def test_lock_forgets_the_rows(qtbot, window, page) -> None:  # type: ignore[no-untyped-def]
    window.nav_lock_button.click()
    assert window._stack.currentWidget() is window.unlock_widget
    assert page.model.rowCount() == 0
    assert page.count_label.text() == ""


def test_an_unexpected_error_is_one_plain_sentence(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    services = window._services
    assert isinstance(services, ServicesWorker)
    seen: list[str] = []

    def boom(_svc: Services) -> None:
        raise RuntimeError("internal detail that must not reach the UI")

    Op(window, services, boom).failure(seen.append).run()
    Op(window, services, lambda svc: svc.requests.show("OUT-1999-000001")).failure(seen.append).run()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=WAIT)
    assert seen[0] == GENERIC_FAILURE
    assert seen[1] == "There is no request 'OUT-1999-000001' in this case file."
