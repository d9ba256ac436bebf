"""The request detail under the Requests page, clicked through with pytest-qt on real case files.

Each test works on its own copy of the three-member case file (Sam and Sue supervisors, Anna duty
officer, all of BE-FEDPOL). Requests are filed through the services (setup); the steps are taken
by clicking the detail's real buttons, and the case file is checked through the services after.
The page runs on a real database worker (PageHarness); one member has the file open at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop.models.enums import CaseKind, Direction, RequestKind, Role
from desktop.services.requests import LoanLine, NewRequest
from desktop.ui import theme
from desktop.ui.requests.actions import TextDialog
from desktop.ui.requests.model import Column, RequestIdRole
from desktop.ui.requests.page import RequestsPage
from desktop.vault import KdfParams
from tests.conftest import PASSPHRASES
from tests.gui_helpers import WAIT
from tests.gui_page_harness import PageHarness
from tests.test_session_requests import NL, info_request

ADAM = "adam admin passphrase 9"


@contextmanager
def page_as(
    qtbot, path: Path, member: str, passphrase: str | None = None
) -> Iterator[tuple[PageHarness, RequestsPage]]:  # type: ignore[no-untyped-def]
    """The Requests page attached to `path` opened as `member`, showing every status."""
    harness = PageHarness(qtbot, path, member, passphrase or PASSPHRASES[member])
    page = RequestsPage()
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.status.setCurrentIndex(page.status.findData("all"))
    harness.attach(page)
    page.show()
    try:
        yield harness, page
    finally:
        page.detach()
        harness.close()


def file_request(path: Path, member: str, new: NewRequest | None = None, *steps: Callable) -> str:  # type: ignore[type-arg]
    """File `new` as `member` through the services, then apply `steps(services, reference)`."""
    from desktop.services.casefile import open_case_file
    from desktop.services.facade import Services

    case_file = open_case_file(path, PASSPHRASES[member], member=member)
    try:
        services = Services(case_file)
        reference = services.requests.create(new or info_request()).reference
        for step in steps:
            step(services, reference)
        return reference
    finally:
        case_file.close()


def as_member(path: Path, member: str, step: Callable) -> object:  # type: ignore[type-arg]
    from desktop.services.casefile import open_case_file
    from desktop.services.facade import Services

    case_file = open_case_file(path, PASSPHRASES[member], member=member)
    try:
        return step(Services(case_file))
    finally:
        case_file.close()


def submit(svc, ref: str) -> None:  # type: ignore[no-untyped-def]
    svc.requests.submit(ref)


def select(qtbot, page: RequestsPage, reference: str) -> None:  # type: ignore[no-untyped-def]
    """Click the request's row in the table and wait for the detail to show it."""
    model = page.model

    def row_of() -> int:
        for row in range(model.rowCount()):
            if model.index(row, Column.REFERENCE).data() == reference:
                return row
        return -1

    qtbot.waitUntil(lambda: row_of() >= 0, timeout=WAIT)
    index = model.index(row_of(), Column.REFERENCE)
    qtbot.mouseClick(
        page.view.viewport(), Qt.MouseButton.LeftButton, pos=page.view.visualRect(index).center()
    )
    shown(qtbot, page, reference)


def shown(qtbot, page: RequestsPage, reference: str, status: str | None = None) -> None:  # type: ignore[no-untyped-def]
    def ready() -> bool:
        detail = page.detail.detail
        return (
            detail is not None
            and detail.view.reference == reference
            and (status is None or detail.view.status == status)
            and not page.detail._loading
        )

    qtbot.waitUntil(ready, timeout=WAIT)


def click(qtbot, button: QPushButton) -> None:  # type: ignore[no-untyped-def]
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def field(page: RequestsPage, key: str) -> str:
    return page.detail.fields[key].text()


def status_of(harness: PageHarness, reference: str) -> str:
    return harness.call(lambda svc: svc.requests.show(reference).status)


# --- the outgoing workflow -------------------------------------------------------------------------


def test_a_duty_officer_opens_a_draft_and_submits_it(qtbot, tmp_case) -> None:  # type: ignore[no-untyped-def]
    reference = file_request(tmp_case.path, "Anna")
    with page_as(qtbot, tmp_case.path, "Anna") as (harness, page):
        assert page.detail.empty_label.isVisible()
        select(qtbot, page, reference)
        assert page.detail.heading.text() == f"{reference} — Keeper of a grey Audi"
        assert (field(page, "status"), field(page, "direction"), field(page, "partner")) == (
            "Draft",
            "Outgoing",
            NL,
        )
        assert field(page, "legal_basis").startswith("Directive (EU) 2023/977")
        assert field(page, "urgency") == "Urgent" and field(page, "access") == "Directly accessible"
        assert field(page, "handling") == "H1" and field(page, "evaluation") == "B2"
        assert field(page, "due") == "No deadline"  # it runs from the sending
        created = field(page, "created")
        assert (
            created.endswith(", by Anna")
            and created.split(",")[0].split()[-1] == datetime.now().astimezone().tzname()
        )
        article = page.detail.article_form
        captions = [
            article.itemAt(row, article.ItemRole.LabelRole).widget().text()
            for row in range(article.rowCount())
        ]
        assert "Purpose:" in captions and "Objective reasons for the request:" in captions
        assert page.detail.body_text.toPlainText() == "Please provide the registered keeper of 1-ABC-234."
        buttons = page.detail.buttons
        assert [a for a, b in buttons.items() if b.isEnabled()] == ["submit", "cancel"]
        assert not buttons["decline"].isVisible() and not buttons["answer_package"].isVisible()
        assert (
            buttons["send"].toolTip()
            == "A request in status Draft cannot be sent; it can be submitted, cancelled."
        )
        assert "approve" not in buttons  # deciding is the Approvals page's

        click(qtbot, buttons["submit"])
        shown(qtbot, page, reference, "submitted")
        assert field(page, "status") == "Submitted"
        assert page.detail.status_label.text() == f"{reference} was submitted for approval."
        assert field(page, "submitted").endswith(", by Anna")
        assert status_of(harness, reference) == "submitted"
        assert [(c.requests, c.loans) for c in harness.changes] == [(True, False)]
        # The list follows: the row's status is the new one.
        qtbot.waitUntil(
            lambda: any(
                page.model.index(r, Column.STATUS).data() == "Submitted" for r in range(page.model.rowCount())
            ),
            timeout=WAIT,
        )


def test_enter_opens_the_detail_and_esc_goes_back_to_the_list(qtbot, tmp_case) -> None:  # type: ignore[no-untyped-def]
    reference = file_request(tmp_case.path, "Anna")
    with page_as(qtbot, tmp_case.path, "Anna") as (_harness, page):
        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow, timeout=WAIT)
        qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.is_loaded(0), timeout=WAIT)
        page.view.setFocus()
        page.view.setCurrentIndex(page.model.index(0, Column.REFERENCE))
        activated: list[int] = []
        page.sig_request_activated.connect(activated.append)
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
        shown(qtbot, page, reference)
        qtbot.waitUntil(lambda: page.detail.buttons["submit"].hasFocus(), timeout=WAIT)
        assert activated == [page.model.index(0, 0).data(RequestIdRole)]
        qtbot.keyClick(page.detail.buttons["submit"], Qt.Key.Key_Escape)
        assert page.view.hasFocus()


def test_a_rejected_request_shows_the_reason_and_revise_makes_it_a_draft(qtbot, tmp_case) -> None:  # type: ignore[no-untyped-def]
    reference = file_request(tmp_case.path, "Anna", None, submit)
    as_member(
        tmp_case.path, "Sam", lambda svc: svc.requests.reject(reference, "Wrong legal basis: use art. 5.")
    )
    with page_as(qtbot, tmp_case.path, "Anna") as (harness, page):
        select(qtbot, page, reference)
        assert field(page, "status") == "Rejected"
        assert (
            page.detail.reason_box.isVisible()
            and page.detail.reason_box.title() == "Reason for the rejection"
        )
        assert page.detail.reason_label.text() == "Wrong legal basis: use art. 5."
        assert field(page, "decided").endswith(", by Sam")
        assert [a for a, b in page.detail.buttons.items() if b.isEnabled()] == ["revise"]
        click(qtbot, page.detail.buttons["revise"])
        shown(qtbot, page, reference, "draft")
        assert page.detail.status_label.text() == f"{reference} is a draft again."
        assert page.detail.reason_box.title() == "Earlier rejection"
        assert not page.detail.fields["decided"].isVisible()
        assert status_of(harness, reference) == "draft"


def test_a_supervisor_who_filed_a_request_is_offered_no_decision_here(qtbot, tmp_case) -> None:  # type: ignore[no-untyped-def]
    reference = file_request(tmp_case.path, "Sam", None, submit)
    with page_as(qtbot, tmp_case.path, "Sam") as (_harness, page):
        select(qtbot, page, reference)
        enabled = [a for a, b in page.detail.buttons.items() if b.isEnabled()]
        assert enabled == ["cancel"]
        assert (
            page.detail.buttons["export"].toolTip()
            == f"{reference} has the status Submitted; only an approved request is exported."  # the status's label
        )


def test_cancel_asks_a_reason_and_back_changes_nothing(qtbot, tmp_case) -> None:  # type: ignore[no-untyped-def]
    reference = file_request(tmp_case.path, "Anna")
    with page_as(qtbot, tmp_case.path, "Anna") as (harness, page):
        select(qtbot, page, reference)
        click(qtbot, page.detail.buttons["cancel"])
        dialog = page.detail.steps.text_dialog
        assert isinstance(dialog, TextDialog) and dialog.isVisible()
        assert not dialog.ok_button.isEnabled()
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton
        )
        assert page.detail.steps.text_dialog is None
        assert status_of(harness, reference) == "draft" and harness.changes == []

        click(qtbot, page.detail.buttons["cancel"])
        dialog = page.detail.steps.text_dialog
        assert dialog is not None
        qtbot.keyClicks(dialog.text_edit, "Filed twice by mistake")
        assert dialog.ok_button.text() == "Cancel request" and dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        shown(qtbot, page, reference, "cancelled")
        assert field(page, "status") == "Cancelled"
        assert page.detail.captions["closed"].text() == "Cancelled:"
        assert page.detail.reason_box.title() == "Reason for the cancellation"
        assert page.detail.reason_label.text() == "Filed twice by mistake"
        assert not any(b.isEnabled() for b in page.detail.buttons.values())
        view = harness.call(lambda svc: svc.requests.show(reference))
        assert (view.status, view.rejection_reason) == ("cancelled", "Filed twice by mistake")


def test_mark_as_sent_record_the_answer_and_close(qtbot, tmp_case) -> None:  # type: ignore[no-untyped-def]
    reference = file_request(tmp_case.path, "Anna", None, submit)
    as_member(tmp_case.path, "Sam", lambda svc: svc.requests.approve(reference))
    with page_as(qtbot, tmp_case.path, "Anna") as (harness, page):
        select(qtbot, page, reference)
        assert field(page, "status") == "Approved"
        # Marking as sent asks first; Cancel leaves the request as it was.
        click(qtbot, page.detail.buttons["send"])
        box = page.detail.steps.confirm
        assert box is not None and box.isVisible() and "by another channel" in box.text()
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
        assert page.detail.steps.confirm is None and status_of(harness, reference) == "approved"
        click(qtbot, page.detail.buttons["send"])
        box = page.detail.steps.confirm
        assert box is not None and box.button(QMessageBox.StandardButton.Yes).text() == "Mark as sent"
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
        shown(qtbot, page, reference, "sent")
        assert field(page, "sent") and page.detail.status_label.text() == f"{reference} was marked as sent."
        # The 2023/977 deadline now runs from the sending (urgent, direct: 8 hours).
        due = harness.call(lambda svc: svc.requests.show(reference).due_at)
        assert due is not None and field(page, "due").startswith(f"{due.astimezone():%Y-%m-%d %H:%M}")

        click(qtbot, page.detail.buttons["answer"])
        dialog = page.detail.steps.text_dialog
        assert dialog is not None
        qtbot.keyClicks(dialog.text_edit, "Keeper: a leasing company in Maastricht.")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        shown(qtbot, page, reference, "answered")
        assert page.detail.answer_box.isVisible()
        assert page.detail.answer_text.toPlainText() == "Keeper: a leasing company in Maastricht."

        click(qtbot, page.detail.buttons["close"])
        shown(qtbot, page, reference, "closed")
        assert field(page, "status") == "Closed" and field(page, "closed")
        view = harness.call(lambda svc: svc.requests.show(reference))
        assert (view.status, view.answer) == ("closed", "Keeper: a leasing company in Maastricht.")
        assert all(v is not None for k, v in view.timestamps.items() if k != "received")
        assert len(harness.changes) == 3 and all(c.requests for c in harness.changes)


def test_export_emits_sig_export_only_for_the_approving_supervisor(qtbot, tmp_case) -> None:  # type: ignore[no-untyped-def]
    reference = file_request(tmp_case.path, "Anna", None, submit)
    as_member(tmp_case.path, "Sam", lambda svc: svc.requests.approve(reference))
    with page_as(qtbot, tmp_case.path, "Sue") as (_harness, page):
        select(qtbot, page, reference)
        export = page.detail.buttons["export"]
        assert export.isVisible() and not export.isEnabled()
        assert export.toolTip() == "The supervisor who approved the request signs and exports it."
    with page_as(qtbot, tmp_case.path, "Sam") as (_harness, page):
        select(qtbot, page, reference)
        with qtbot.waitSignal(page.sig_export, timeout=WAIT) as exported:
            click(qtbot, page.detail.buttons["export"])
        assert exported.args == [reference]


# --- refusals --------------------------------------------------------------------------------------


def test_a_step_refused_by_the_service_shows_its_sentence_and_changes_nothing(qtbot, tmp_case) -> None:  # type: ignore[no-untyped-def]
    reference = file_request(tmp_case.path, "Anna")
    with page_as(qtbot, tmp_case.path, "Anna") as (harness, page):
        select(qtbot, page, reference)
        # Meanwhile (another window, the CLI) the draft is submitted: the page still offers Submit.
        harness.call(lambda svc: svc.requests.submit(reference))
        before = harness.call(lambda svc: svc.requests.show(reference))
        audit = harness.call(
            lambda svc: len(
                svc.case_file.vault.raw_connection().execute("SELECT seq FROM audit_entry").fetchall()
            )
        )
        click(qtbot, page.detail.buttons["submit"])
        qtbot.waitUntil(lambda: page.detail.error_label.text() != "", timeout=WAIT)
        assert page.detail.error_label.text() == (
            "A request in status Submitted cannot be submitted; it can be approved, rejected, cancelled."
        )
        shown(qtbot, page, reference, "submitted")  # reloaded: it shows the request as it now is
        assert field(page, "status") == "Submitted" and not page.detail.buttons["submit"].isEnabled()
        assert page.detail.error_label.text()  # the sentence stays after the reload
        assert harness.call(lambda svc: svc.requests.show(reference)) == before
        after = harness.call(
            lambda svc: len(
                svc.case_file.vault.raw_connection().execute("SELECT seq FROM audit_entry").fetchall()
            )
        )
        assert after == audit and harness.changes == []


def test_a_member_whose_role_cannot_act_sees_every_step_disabled_and_the_service_refuses(
    qtbot, tmp_case
) -> None:  # type: ignore[no-untyped-def]
    as_member(
        tmp_case.path,
        "Sam",
        lambda svc: svc.members.add("Adam", Role.ADMINISTRATOR, ADAM, kdf=KdfParams.minimum()),
    )
    reference = file_request(tmp_case.path, "Anna")
    with page_as(qtbot, tmp_case.path, "Adam", ADAM) as (harness, page):
        select(qtbot, page, reference)
        assert not any(b.isEnabled() for b in page.detail.buttons.values())
        assert page.detail.buttons["submit"].toolTip() == "Your role cannot act on requests."
        # Even when the button is bypassed, the service decides.
        detail = page.detail.detail
        assert detail is not None
        page.detail.steps.run("submit", detail)
        qtbot.waitUntil(
            lambda: page.detail.error_label.text() == "Your role cannot act on requests.", timeout=WAIT
        )
        assert status_of(harness, reference) == "draft" and harness.changes == []


# --- what else the detail shows --------------------------------------------------------------------


def test_an_overdue_incoming_loan_shows_its_deadline_in_red_and_its_equipment(qtbot, tmp_case) -> None:  # type: ignore[no-untyped-def]
    start = datetime.now(UTC) - timedelta(days=10)
    loan = NewRequest(
        kind=RequestKind.EQUIPMENT_LOAN,
        direction=Direction.INCOMING,
        partner_code=NL,
        legal_basis="benelux-2018:equipment-loan",
        events_on=start,
        title="NL borrows our drone",
        form_values={"purpose": "Search for a missing person"},
        loan_start=start,
        loan_end=start + timedelta(days=2),
        loan_lines=(LoanLine("Drone", 2, "DR-7, DR-8"), LoanLine("Battery", 4)),
        external_reference="NL-LIM-2026-0042",
    )

    def hand_over(svc, ref: str) -> None:  # type: ignore[no-untyped-def]
        svc.requests.record_answer(ref, "Two drones available")
        svc.loans.hand_over(ref, at=start)

    reference = file_request(tmp_case.path, "Anna", loan, hand_over)
    with page_as(qtbot, tmp_case.path, "Anna") as (_harness, page):
        select(qtbot, page, reference)
        assert field(page, "status") == "Handed over" and field(page, "external") == "NL-LIM-2026-0042"
        assert field(page, "due").startswith("Overdue since ")
        assert theme.colors().overdue in page.detail.fields["due"].styleSheet()
        assert page.detail.loan_box.isVisible()
        assert page.detail.loan_items.text() == "2 × Drone (DR-7, DR-8)\n4 × Battery"
        assert " to " in page.detail.loan_period.text()
        # Cancelling waits for the return; the Loans page records it.
        assert not page.detail.buttons["cancel"].isEnabled()
        assert "record its return first" in page.detail.buttons["cancel"].toolTip()


def test_the_linked_case_opens_with_sig_open_case(qtbot, tmp_case) -> None:  # type: ignore[no-untyped-def]
    case = as_member(
        tmp_case.path,
        "Anna",
        lambda svc: svc.cases.create(CaseKind.INFORMATION_EXCHANGE, "Robbery", partner_code=NL).reference,
    )
    reference = file_request(tmp_case.path, "Anna", info_request(case_reference=case))
    with page_as(qtbot, tmp_case.path, "Anna") as (_harness, page):
        select(qtbot, page, reference)
        button = page.detail.case_button
        assert button.isVisible() and button.text() == f"&Open case {case}"
        with qtbot.waitSignal(page.sig_open_case, timeout=WAIT) as opened:
            click(qtbot, button)
        assert opened.args == [case]


def test_show_reference_opens_the_request_and_lock_clears_everything(qtbot, tmp_case) -> None:  # type: ignore[no-untyped-def]
    reference = file_request(tmp_case.path, "Anna")
    with page_as(qtbot, tmp_case.path, "Anna") as (_harness, page):
        page.show_reference(reference)
        shown(qtbot, page, reference)
        click(qtbot, page.detail.buttons["cancel"])
        dialog = page.detail.steps.text_dialog
        assert dialog is not None
        qtbot.keyClicks(dialog.text_edit, "half-typed reason")
        page.detach()
        assert page.detail.steps.text_dialog is None and not dialog.isVisible()
        assert page.detail.detail is None and page.detail.heading.text() == ""
        assert all(label.text() == "" for label in page.detail.fields.values())
        assert page.detail.body_text.toPlainText() == "" and page.detail.reason_label.text() == ""
        assert not any(b.isVisible() for b in page.detail.buttons.values())
        assert page.detail.empty_label.isVisible()


def test_every_control_of_the_detail_has_an_accessible_name(qtbot, tmp_case) -> None:  # type: ignore[no-untyped-def]
    reference = file_request(tmp_case.path, "Anna")
    with page_as(qtbot, tmp_case.path, "Anna") as (_harness, page):
        select(qtbot, page, reference)
        detail = page.detail
        controls = [
            *detail.buttons.values(),
            detail.case_button,
            detail.body_text,
            detail.answer_text,
            detail.scroll,
        ]
        assert [c.objectName() for c in controls if not c.accessibleName()] == []
        assert all(label.accessibleName() for label in detail.fields.values())
