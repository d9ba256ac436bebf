"""The Loans page, clicked through with pytest-qt on a copy of the demo case file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop.models.enums import ItemCondition, RequestStatus
from desktop.services.casefile import open_case_file
from desktop.services.demo import make_demo
from desktop.services.facade import Services
from desktop.ui import theme
from desktop.ui.app import MainWindow
from desktop.ui.loans.page import LoansPage
from desktop.vault import KdfParams
from tests.gui_helpers import WAIT, open_window

MEMBER = "Claire Dubois"
PASSPHRASE = "demo"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The demo, plus one loan answered and not yet handed over (the demo has none)."""
    folder = tmp_path_factory.mktemp("gui-loans")
    path = folder / "demo.casedesk"
    make_demo(path, PASSPHRASE, cases=3, requests=60, kdf=KdfParams.minimum())
    case_file = open_case_file(path, PASSPHRASE, member=MEMBER)
    try:
        services = Services(case_file)
        sent = [loan for loan in services.loans.list() if loan.status == RequestStatus.SENT.value]
        assert sent, "the demo should have a loan request that was sent"
        answered = sent[0].request_reference
        services.requests.record_answer(answered, "The partner lends the equipment.")
    finally:
        case_file.close()
    return folder, answered


@pytest.fixture
def case(tmp_path: Path, template) -> tuple[Path, str]:  # type: ignore[no-untyped-def]
    """A fresh copy per test: what one test records never leaks into another."""
    folder, answered = template
    copy = tmp_path / "copy"
    shutil.copytree(folder, copy)
    return copy / "demo.casedesk", answered


def _service_loans(path: Path, state: str = "all") -> dict[str, object]:
    case_file = open_case_file(path, PASSPHRASE, member=MEMBER)
    try:
        return {loan.request_reference: loan for loan in Services(case_file).loans.list(state=state)}
    finally:
        case_file.close()


def _open(qtbot, path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    return open_window(qtbot, path, MEMBER, PASSPHRASE)


def _loans(qtbot, win: MainWindow) -> LoansPage:  # type: ignore[no-untyped-def]
    win.show_page("Loans")
    page = win.loans_page
    assert win._stack.currentWidget() is page
    qtbot.waitUntil(lambda: page._body.currentWidget() is not page.loading_label, timeout=WAIT)
    return page


def _references(page: LoansPage) -> list[str]:
    return [page.table.item(row, 0).text() for row in range(page.table.rowCount())]


def _wait_loaded(qtbot, page: LoansPage, state: str) -> None:  # type: ignore[no-untyped-def]
    """Switch the filter and wait until that list (not an earlier one) is on screen."""
    arrived: list[int] = []
    original = page._loans_arrived

    def spy(loans) -> None:  # type: ignore[no-untyped-def]
        # Called only for the newest load: the page's LatestOnly guard drops older ones.
        original(loans)
        arrived.append(len(loans))

    page._loans_arrived = spy  # type: ignore[method-assign]
    try:
        if page.state() == state:
            page.refresh()
        else:
            page.set_state(state)
        qtbot.waitUntil(lambda: bool(arrived), timeout=WAIT)
    finally:
        del page._loans_arrived


def test_overdue_filter_shows_the_services_overdue_loans(qtbot, case) -> None:  # type: ignore[no-untyped-def]
    path, _answered = case
    expected = _service_loans(path, "overdue")
    assert expected
    due_soon = _service_loans(path, "due_soon")
    win = _open(qtbot, path)
    page = _loans(qtbot, win)
    _wait_loaded(qtbot, page, "overdue")
    assert sorted(_references(page)) == sorted(expected)
    assert page.count_label.text() == f"{len(expected)} loans"
    for row in range(page.table.rowCount()):
        item = page.table.item(row, 0)
        assert item.font().bold()
        assert item.foreground().color() == QColor(theme.colors().overdue)
        assert "overdue" in page.table.item(row, 2).text()
    # Due within 7 days: amber rows, the service's list again.
    _wait_loaded(qtbot, page, "due_soon")
    assert sorted(_references(page)) == sorted(due_soon)
    for row in range(page.table.rowCount()):
        assert page.table.item(row, 0).background().color() == QColor(theme.colors().due_soon_background)
        assert not page.table.item(row, 0).font().bold()
    win.close()


def test_detail_lists_the_inventory_lines(qtbot, case) -> None:  # type: ignore[no-untyped-def]
    path, _answered = case
    returned = _service_loans(path, "returned")
    reference, loan = next(iter(returned.items()))
    win = _open(qtbot, path)
    page = _loans(qtbot, win)
    _wait_loaded(qtbot, page, "returned")
    assert page.select_reference(reference)
    assert page.fields["reference"].text() == reference
    assert page.items_table.rowCount() == len(loan.items)  # type: ignore[attr-defined]
    first = loan.items[0]  # type: ignore[attr-defined]
    cells = [page.items_table.item(0, c).text() for c in range(page.items_table.columnCount())]
    assert cells == [first.item_type, str(first.quantity), first.serial_numbers, "Damaged", "Cracked housing"]
    assert not page.hand_over_button.isEnabled()
    assert not page.return_button.isEnabled()
    win.close()


def test_return_with_a_damaged_line_needs_notes(qtbot, case) -> None:  # type: ignore[no-untyped-def]
    path, _answered = case
    overdue = _service_loans(path, "overdue")
    reference = next(r for r, loan in overdue.items() if len(loan.items) == 2)  # type: ignore[attr-defined]
    win = _open(qtbot, path)
    page = _loans(qtbot, win)
    _wait_loaded(qtbot, page, "overdue")
    assert page.select_reference(reference)
    assert page.return_button.isEnabled()
    assert not page.hand_over_button.isEnabled()
    qtbot.mouseClick(page.return_button, Qt.MouseButton.LeftButton)
    dialog = page.return_dialog
    assert dialog is not None and dialog.isVisible()
    assert "borrower" in dialog.findChild(type(page.status_label), "returnNotice").text()
    assert len(dialog.condition_combos) == 2
    assert dialog.ok_button.isEnabled()  # all good by default
    dialog.set_condition(0, ItemCondition.DAMAGED)
    assert not dialog.ok_button.isEnabled()
    assert dialog.hint_label.text()
    qtbot.keyClicks(dialog.notes_edits[0], "   ")
    assert not dialog.ok_button.isEnabled()  # blanks are no description
    qtbot.keyClicks(dialog.notes_edits[0], "Lens scratched")
    assert dialog.ok_button.isEnabled()
    dialog.set_condition(1, ItemCondition.LOST)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.notes_edits[1], "One radio lost during the operation")
    assert dialog.ok_button.isEnabled()
    for combo, notes in zip(dialog.condition_combos, dialog.notes_edits, strict=True):
        assert combo.accessibleName() and notes.accessibleName()
    qtbot.keyClicks(dialog.return_notes, "Returned at the border post")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reference not in _references(page), timeout=WAIT)  # no longer overdue
    assert page.status_label.text() == f"{reference} returned."
    assert page.error_label.text() == ""
    win.close()
    loan = _service_loans(path)[reference]
    assert loan.status == RequestStatus.RETURNED.value  # type: ignore[attr-defined]
    assert [(i.condition, i.damage_notes) for i in loan.items] == [  # type: ignore[attr-defined]
        (ItemCondition.DAMAGED.value, "Lens scratched"),
        (ItemCondition.LOST.value, "One radio lost during the operation"),
    ]
    assert loan.return_notes == "Returned at the border post"  # type: ignore[attr-defined]


def test_hand_over_moves_an_answered_loan_out(qtbot, case) -> None:  # type: ignore[no-untyped-def]
    path, answered = case
    win = _open(qtbot, path)
    page = _loans(qtbot, win)
    assert page.select_reference(answered)
    assert page.hand_over_button.isEnabled()
    assert not page.return_button.isEnabled()
    qtbot.mouseClick(page.hand_over_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status_label.text() == f"{answered} handed over.", timeout=WAIT)
    qtbot.waitUntil(
        lambda: page.selected() is not None and page.selected().status == "handed_over", timeout=WAIT
    )
    assert page.return_button.isEnabled()
    assert not page.hand_over_button.isEnabled()
    win.close()
    assert _service_loans(path)[answered].status == RequestStatus.HANDED_OVER.value  # type: ignore[attr-defined]


def test_a_refused_action_shows_the_service_sentence(qtbot, case) -> None:  # type: ignore[no-untyped-def]
    path, _answered = case
    returned = next(iter(_service_loans(path, "returned")))
    win = _open(qtbot, path)
    page = _loans(qtbot, win)
    assert page.select_reference(returned)
    assert not page.hand_over_button.isEnabled()
    page.hand_over_selected()  # forced: the service refuses a hand-over of a returned loan
    qtbot.waitUntil(lambda: page.error_label.text() != "", timeout=WAIT)
    assert page.error_label.isVisible()
    assert page.status_label.text() == ""
    win.close()


def test_empty_state_and_lock(qtbot, case) -> None:  # type: ignore[no-untyped-def]
    path, _answered = case
    out = list(_service_loans(path, "out"))
    win = _open(qtbot, path)
    page = _loans(qtbot, win)
    # Return every loan that is out, then the "Out" list is empty.
    for reference in out:
        assert page.select_reference(reference)
        page.return_selected()
        dialog = page.return_dialog
        assert dialog is not None
        dialog.ok_button.click()
        qtbot.waitUntil(lambda r=reference: page.status_label.text() == f"{r} returned.", timeout=WAIT)
    _wait_loaded(qtbot, page, "out")
    assert page._body.currentWidget() is page.empty_label
    assert page.empty_label.isVisible()
    assert page.empty_label.text() == "No loans in this list."
    assert page.count_label.text() == "0 loans"
    _wait_loaded(qtbot, page, "all")
    assert page.table.rowCount() > 0
    win.nav_lock_button.click()
    assert win._stack.currentWidget() is win.unlock_widget
    assert page.table.rowCount() == 0
    assert page.items_table.rowCount() == 0
    assert page.fields["reference"].text() == ""
    win.close()
