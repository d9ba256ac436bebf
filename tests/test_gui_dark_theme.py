"""The dark theme on real pages: every status colour is the dark palette's, and it reads (WCAG AA).

The window is switched with `MainWindow.set_theme("dark")`, as the Settings page does: the pages
are rebuilt and take their colours from `theme.colors()` again. Each test puts the light theme back.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QTableWidgetItem

from desktop.models.enums import ItemCondition
from desktop.services.casefile import open_case_file
from desktop.services.demo import make_demo
from desktop.services.facade import Services
from desktop.ui import theme
from desktop.ui.agencies.display import Expiry, expiry_colors
from desktop.ui.agencies.partners import paint_expiry
from desktop.ui.app import MainWindow
from desktop.ui.audit.page import broken_style, intact_style
from desktop.ui.exchange.report_text import FAILED, INDETERMINATE, PASSED, colour_of
from desktop.ui.loans.page import LoansPage
from desktop.ui.welcome.passphrase import PassphrasePair
from desktop.ui.widgets import error_label
from desktop.vault import KdfParams
from tests.gui_helpers import WAIT, open_window

MEMBER = "Claire Dubois"  # a supervisor in the demo
PASSPHRASE = "demo"
OVERDUE_TASK = "Call the Maastricht desk back"
Role = QPalette.ColorRole


@pytest.fixture
def dark(qapp) -> Iterator[theme.StatusColors]:  # type: ignore[no-untyped-def]
    """The dark theme applied; the light one (and the platform's own scheme) put back afterwards."""
    style = qapp.style().name()
    try:
        assert theme.apply_theme(qapp, "dark") == "dark"
        yield theme.DARK_STATUS
    finally:
        theme.apply_theme(qapp, "light")
        qapp.styleHints().setColorScheme(Qt.ColorScheme.Unknown)
        qapp.setStyle(style)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The demo, plus a case with a task that was due yesterday."""
    folder = tmp_path_factory.mktemp("gui-dark")
    path = folder / "demo.casedesk"
    make_demo(path, PASSPHRASE, cases=3, requests=60, kdf=KdfParams.minimum())
    case_file = open_case_file(path, PASSPHRASE, member=MEMBER)
    try:
        services = Services(case_file)
        reference = services.cases.list()[0].reference
        services.cases.add_task(reference, OVERDUE_TASK, due_at=datetime.now(UTC) - timedelta(days=1))
    finally:
        case_file.close()
    return folder, reference


@pytest.fixture
def case(tmp_path: Path, template: tuple[Path, str]) -> tuple[Path, str]:
    folder, reference = template
    copy = tmp_path / "copy"
    shutil.copytree(folder, copy)
    return copy / "demo.casedesk", reference


def _dark_window(qtbot, path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    win = open_window(qtbot, path, MEMBER, PASSPHRASE)
    win.set_theme("dark")
    assert theme.is_dark()
    return win


def _readable(colour: str | QColor) -> None:
    """At least 4.5:1 against everything the dark palette puts behind text."""
    palette = QApplication.palette()
    for role in (Role.Base, Role.Window, Role.AlternateBase):
        assert theme.contrast(colour, palette.color(role)) >= 4.5, (QColor(colour).name(), role)


def _style(label: QLabel) -> dict[str, str]:
    """A label's style sheet as property → value (`border` keeps its whole value)."""
    return {
        key.strip(): value.strip()
        for key, value in (part.split(":", 1) for part in label.styleSheet().split(";") if ":" in part)
    }


def _assert_box(label: QLabel, kind: theme.BoxKind) -> None:
    text, background, border = theme.DARK_STATUS.box(kind)
    style = _style(label)
    assert (style["color"], style["background"]) == (text, background)
    assert style["border"].endswith(border)
    assert theme.contrast(text, background) >= 4.5
    _readable(text)


def test_error_labels_and_passphrase_hints_are_dark_palette_colours(qtbot, dark) -> None:  # type: ignore[no-untyped-def]
    label = error_label("someError", "Some problem")
    qtbot.addWidget(label)
    assert _style(label)["color"] == dark.error
    _readable(dark.error)

    pair = PassphrasePair()
    qtbot.addWidget(pair)
    for typed, expected in (
        ("short", dark.error),  # too short
        ("abcdefgh1", dark.warning),  # weak
        ("four words of passphrase", dark.ok),  # strong
    ):
        pair.first.clear()
        qtbot.keyClicks(pair.first, typed)
        assert _style(pair.hint)["color"] == expected, typed
        _readable(expected)
    assert pair.check() is False  # the two fields differ
    assert _style(pair.error)["color"] == dark.error


def _show_loans(qtbot, page: LoansPage, state: str) -> None:  # type: ignore[no-untyped-def]
    """Switch the filter and wait until that list (not an earlier one) is on screen."""
    arrived: list[int] = []
    original = page._loans_arrived

    def spy(loans) -> None:  # type: ignore[no-untyped-def]
        original(loans)  # called only for the newest load (the page's LatestOnly guard)
        arrived.append(len(loans))

    page._loans_arrived = spy  # type: ignore[method-assign]
    try:
        page.set_state(state)
        qtbot.waitUntil(lambda: bool(arrived), timeout=WAIT)
    finally:
        del page._loans_arrived


def test_loans_overdue_due_soon_and_the_return_notice_in_dark(qtbot, case, dark) -> None:  # type: ignore[no-untyped-def]
    path, _reference = case
    win = _dark_window(qtbot, path)
    win.show_page("Loans")
    page = win.loans_page
    qtbot.waitUntil(lambda: page._body.currentWidget() is not page.loading_label, timeout=WAIT)
    _show_loans(qtbot, page, "overdue")
    assert page.table.rowCount() > 0
    for row in range(page.table.rowCount()):
        assert page.table.item(row, 0).foreground().color() == QColor(dark.overdue)
    _readable(dark.overdue)
    overdue_reference = page.table.item(0, 0).text()

    _show_loans(qtbot, page, "due_soon")
    assert page.table.rowCount() > 0
    for row in range(page.table.rowCount()):
        item = page.table.item(row, 0)
        assert item.background().color() == QColor(dark.due_soon_background)
        assert item.foreground().color() == QColor(dark.due_soon)
    assert theme.contrast(dark.due_soon, dark.due_soon_background) >= 4.5

    _show_loans(qtbot, page, "overdue")
    assert page.select_reference(overdue_reference)
    assert _style(page.fields["status"])["color"] == dark.overdue
    qtbot.mouseClick(page.return_button, Qt.MouseButton.LeftButton)
    dialog = page.return_dialog
    assert dialog is not None
    _assert_box(dialog.findChild(QLabel, "returnNotice"), "warning")
    dialog.set_condition(0, ItemCondition.DAMAGED)
    assert dialog.hint_label.text()  # a damaged line needs a description, said in red
    assert _style(dialog.hint_label)["color"] == dark.error
    dialog.reject()
    win.close()


def test_an_overdue_task_is_the_dark_overdue_colour(qtbot, case, dark) -> None:  # type: ignore[no-untyped-def]
    path, reference = case
    win = _dark_window(qtbot, path)
    win.show_page("Cases")
    page = win.cases_page
    qtbot.waitUntil(lambda: page._rows is not None, timeout=WAIT)
    page.open_case(reference)
    detail = page.detail
    qtbot.waitUntil(
        lambda: page.is_showing_case() and detail.view is not None and detail.view.reference == reference,
        timeout=WAIT,
    )
    rows = [row for row in range(detail.tasks.rowCount()) if detail.tasks.item(row, 0).text() == OVERDUE_TASK]
    assert len(rows) == 1
    item = detail.tasks.item(rows[0], 0)
    assert item.font().bold() and item.foreground().color() == QColor(dark.overdue)
    _readable(dark.overdue)
    win.close()


def test_the_audit_banner_and_the_approvals_notice_in_dark(qtbot, case, dark) -> None:  # type: ignore[no-untyped-def]
    path, _reference = case
    win = _dark_window(qtbot, path)
    win.show_page("Audit")
    audit = win.audit_page
    qtbot.waitUntil(lambda: audit.status is not None and audit.banner.isVisible(), timeout=WAIT)
    assert audit.status is not None and audit.status.ok
    assert audit.banner.styleSheet() == intact_style()
    _assert_box(audit.banner, "ok")
    assert dark.error in broken_style() and dark.error_background in broken_style()

    win.show_page("Approvals")
    # Shown above a request the supervisor submitted; its colours are set when the page is built.
    _assert_box(win.approvals_page.own_label, "warning")
    win.close()


def test_verdict_colours_follow_the_palette(dark) -> None:  # type: ignore[no-untyped-def]
    for indication, kind in ((PASSED, "ok"), (INDETERMINATE, "warning"), (FAILED, "error"), ("?", "error")):
        text, background, border = dark.box(kind)
        assert colour_of(indication) == (background, text, border)
        assert theme.contrast(text, background) >= 4.5
    theme.apply_theme(QApplication.instance(), "light")  # type: ignore[arg-type]
    assert colour_of(PASSED) == (
        theme.LIGHT_STATUS.ok_background,
        theme.LIGHT_STATUS.ok,
        theme.LIGHT_STATUS.ok_border,
    )


def test_certificate_expiry_is_painted_in_the_dark_palette(dark) -> None:  # type: ignore[no-untyped-def]
    colours = expiry_colors()
    assert colours.expired == dark.error and colours.expiring_background == dark.due_soon_background
    expired, expiring = QTableWidgetItem("Expired on 2026-01-31"), QTableWidgetItem("Expires in 3 days")
    paint_expiry(expired, Expiry.EXPIRED)
    paint_expiry(expiring, Expiry.EXPIRING)
    assert expiring.background().color() == QColor(colours.expiring_background)
    assert expiring.foreground().color() == QColor(colours.expiring)
    assert expired.foreground().color() == QColor(colours.expired)


def test_no_page_module_outside_the_theme_spells_a_colour() -> None:
    """Light-only literals are what made the dark theme unreadable; only theme.py may hold them."""
    root = Path(__file__).resolve().parents[1] / "desktop" / "ui"
    mine = [
        "widgets.py",
        "loans/page.py",
        "loans/dialogs.py",
        "cases/detail.py",
        "audit/page.py",
        "approvals/page.py",
        "exchange/report_text.py",
        "exchange/verify_dialog.py",
        "agencies/display.py",
        "welcome/passphrase.py",
    ]
    for name in mine:
        text = (root / name).read_text(encoding="utf-8")
        assert not re.search(r"#[0-9a-fA-F]{6}\b", text), name
