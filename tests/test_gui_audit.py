"""The Audit page, on a copy of the demo case file: the chain's verdict and the entry filter."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.services.casefile import open_case_file
from desktop.services.demo import make_demo
from desktop.ui.app import MainWindow
from desktop.ui.audit.page import AuditPage, broken_style, intact_style
from desktop.vault import KdfParams
from tests.gui_helpers import WAIT, open_window

MEMBER = "Claire Dubois"
PASSPHRASE = "demo"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("gui-audit")
    make_demo(folder / "demo.casedesk", PASSPHRASE, cases=3, requests=60, kdf=KdfParams.minimum())
    return folder


@pytest.fixture
def path(tmp_path: Path, template: Path) -> Path:
    copy = tmp_path / "copy"
    shutil.copytree(template, copy)
    return copy / "demo.casedesk"


def _open(qtbot, path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    return open_window(qtbot, path, MEMBER, PASSPHRASE)


def _audit(qtbot, win: MainWindow) -> AuditPage:  # type: ignore[no-untyped-def]
    win.show_page("Audit")
    page = win.audit_page
    assert win._stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.status is not None and page.banner.isVisible(), timeout=WAIT)
    return page


def _tamper(path: Path, seq: int) -> None:
    case_file = open_case_file(path, PASSPHRASE, member=MEMBER)
    try:
        connection = case_file.vault.raw_connection()
        connection.execute("DROP TRIGGER audit_entry_no_update")
        connection.execute("UPDATE audit_entry SET details = '{\"forged\":true}' WHERE seq = ?", (seq,))
    finally:
        case_file.close()


def test_intact_banner_and_filter(qtbot, path: Path) -> None:  # type: ignore[no-untyped-def]
    win = _open(qtbot, path)
    page = _audit(qtbot, win)
    status = page.status
    assert status is not None and status.ok and status.entries > 0
    assert page.banner.text() == (
        f"Audit log intact: {status.entries:,} entries\n"
        "Its head was never signed: a log cut short would not be noticed."
    )
    assert page.banner.styleSheet() == intact_style()
    assert page.table.rowCount() == min(status.entries, 500)
    assert page.table.item(0, 0).text() == str(status.entries)  # newest first
    assert page.count_label.text() == f"the newest {page.table.rowCount()} entries"
    qtbot.keyClicks(page.filter_edit, "LOAN_ITEM.update")
    shown = page.visible_rows()
    assert shown and len(shown) < page.table.rowCount()
    assert all(page.table.item(row, 3).text() == "loan_item.update" for row in shown)
    assert page.count_label.text().startswith(f"{len(shown)} of the newest")
    page.filter_edit.clear()
    assert len(page.visible_rows()) == page.table.rowCount()
    for widget in (page.banner, page.filter_edit, page.table, page.refresh_button, page.error_label):
        assert widget.accessibleName()
    win.nav_lock_button.click()
    assert page.table.rowCount() == 0
    assert page.banner.text() == "" and not page.banner.isVisible()
    win.close()


def test_tampered_entry_turns_the_banner_red(qtbot, path: Path) -> None:  # type: ignore[no-untyped-def]
    _tamper(path, 7)
    win = _open(qtbot, path)
    page = _audit(qtbot, win)
    status = page.status
    assert status is not None and not status.ok
    assert page.banner.styleSheet() == broken_style()
    assert "Audit log BROKEN" in page.banner.text()
    assert "Entry 7 was changed after it was written." in page.banner.text()
    assert page.table.rowCount() > 0  # the entries are still listed
    win.close()
