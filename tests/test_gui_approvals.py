"""The Approvals page, clicked through with pytest-qt on a real case file (four-eyes included)."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.models.enums import RequestKind, RequestStatus, Role
from desktop.services.casefile import create_case_file, open_case_file
from desktop.services.facade import Services
from desktop.services.requests import NewRequest
from desktop.ui.app import MainWindow
from desktop.ui.approvals.page import ApprovalsPage
from desktop.vault import KdfParams
from tests.gui_helpers import WAIT, open_window

PASSPHRASES = {"Claire": "claire pass", "Pieter": "pieter pass", "Marc": "marc pass"}


def _new(title: str) -> NewRequest:
    return NewRequest(
        kind=RequestKind.INFORMATION_REQUEST,
        partner_code="NL-POLITIE-LIMBURG",
        legal_basis="dir-2023-977:4",
        events_on=datetime.now(UTC) - timedelta(days=1),
        title=title,
        body=f"Body of {title}.",
        form_values={
            "information_requested": "Registered keeper",
            "purpose": "Identify the suspects",
            "reasons": "The vehicle was used in a robbery",
        },
    )


def _file_and_submit(path: Path, member: str, titles: list[str]) -> list[str]:
    case_file = open_case_file(path, PASSPHRASES[member], member=member)
    try:
        requests = Services(case_file).requests
        references = []
        for title in titles:
            reference = requests.create(_new(title)).reference
            requests.submit(reference)
            references.append(reference)
        return references
    finally:
        case_file.close()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, list[str]]]:
    folder = tmp_path_factory.mktemp("gui-approvals")
    path = folder / "approvals.casedesk"
    case_file, _code = create_case_file(
        path,
        member_name="Claire",
        role=Role.SUPERVISOR,
        passphrase=PASSPHRASES["Claire"],
        agency_code="BE-FEDPOL-CGI",
        kdf=KdfParams.minimum(),
    )
    members = Services(case_file).members
    members.add(
        "Pieter",
        Role.DUTY_OFFICER,
        PASSPHRASES["Pieter"],
        agency_code="BE-FEDPOL-CGI",
        kdf=KdfParams.minimum(),
    )
    members.add(
        "Marc", Role.SUPERVISOR, PASSPHRASES["Marc"], agency_code="BE-FEDPOL-CGI", kdf=KdfParams.minimum()
    )
    case_file.close()
    refs = {
        "Pieter": _file_and_submit(path, "Pieter", ["Keeper of a grey Audi", "Owner of a red Golf"]),
        "Marc": _file_and_submit(path, "Marc", ["Phone subscriber of +32 470 00 00 00"]),
    }
    return folder, refs


@pytest.fixture
def case(tmp_path: Path, template) -> tuple[Path, dict[str, list[str]]]:  # type: ignore[no-untyped-def]
    """A fresh copy per test: the decisions of one test never leak into another."""
    folder, refs = template
    copy = tmp_path / "copy"
    shutil.copytree(folder, copy)
    return copy / "approvals.casedesk", refs


def _open(qtbot, path: Path, member: str) -> MainWindow:  # type: ignore[no-untyped-def]
    return open_window(qtbot, path, member, PASSPHRASES[member])


def _approvals(qtbot, win: MainWindow) -> ApprovalsPage:  # type: ignore[no-untyped-def]
    win.show_page("Approvals")
    page = win.approvals_page
    assert win._stack.currentWidget() is page
    qtbot.waitUntil(lambda: page._body.currentWidget() is not page.loading_label, timeout=WAIT)
    return page


def _references(page: ApprovalsPage) -> list[str]:
    return [page.table.item(row, 0).text() for row in range(page.table.rowCount())]


def _status(path: Path, reference: str) -> tuple[str, str]:
    case_file = open_case_file(path, PASSPHRASES["Claire"], member="Claire")
    try:
        view = Services(case_file).requests.show(reference)
        return view.status, view.rejection_reason
    finally:
        case_file.close()


def test_own_request_is_marked_and_cannot_be_decided(qtbot, case) -> None:  # type: ignore[no-untyped-def]
    path, refs = case
    win = _open(qtbot, path, "Marc")
    page = _approvals(qtbot, win)
    assert sorted(_references(page)) == sorted(refs["Pieter"] + refs["Marc"])
    assert page.count_label.text() == "3 requests"
    own = refs["Marc"][0]
    assert page.select_reference(own)
    assert page.own_label.isVisible()
    assert page.own_label.text() == "Your own — another supervisor must decide"
    assert not page.approve_button.isEnabled()
    assert not page.reject_button.isEnabled()
    row = _references(page).index(own)
    assert page.table.item(row, 3).text() == "Marc (you)"
    assert page.table.item(row, 0).toolTip() == ApprovalsPage.OWN_TEXT
    # Someone else's request: the detail panel shows it, and it can be decided.
    assert page.select_reference(refs["Pieter"][0])
    assert not page.own_label.isVisible()
    assert page.approve_button.isEnabled() and page.reject_button.isEnabled()
    assert page.fields["created_by"].text() == "Pieter"
    assert page.fields["submitted_by"].text() == "Pieter"
    assert page.fields["title"].text() == "Keeper of a grey Audi"
    assert page.fields["legal_basis"].text()
    assert page.fields["urgency"].text() == "Normal"
    assert page.body_text.toPlainText() == "Body of Keeper of a grey Audi."
    for widget in (page.table, page.approve_button, page.reject_button, page.refresh_button, page.body_text):
        assert widget.accessibleName()
    win.close()


def test_approving_removes_the_row_and_approves_the_request(qtbot, case) -> None:  # type: ignore[no-untyped-def]
    path, refs = case
    win = _open(qtbot, path, "Marc")
    page = _approvals(qtbot, win)
    target = refs["Pieter"][0]
    assert page.select_reference(target)
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target not in _references(page), timeout=WAIT)
    assert page.status_label.text().startswith(f"{target} approved.")
    assert page.error_label.text() == ""
    assert len(_references(page)) == 2
    win.close()
    assert _status(path, target)[0] == RequestStatus.APPROVED.value


def test_rejecting_asks_for_a_reason(qtbot, case) -> None:  # type: ignore[no-untyped-def]
    path, refs = case
    win = _open(qtbot, path, "Marc")
    page = _approvals(qtbot, win)
    target = refs["Pieter"][1]
    assert page.select_reference(target)
    qtbot.mouseClick(page.reject_button, Qt.MouseButton.LeftButton)
    dialog = page.reject_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "   ")
    assert not dialog.ok_button.isEnabled()  # blanks are not a reason
    qtbot.keyClicks(dialog.reason_edit, "The purpose is not stated precisely enough.")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target not in _references(page), timeout=WAIT)
    assert page.status_label.text() == f"{target} rejected."
    win.close()
    assert _status(path, target) == (
        RequestStatus.REJECTED.value,
        "The purpose is not stated precisely enough.",
    )


def test_a_refused_decision_shows_the_service_sentence(qtbot, case) -> None:  # type: ignore[no-untyped-def]
    path, refs = case
    win = _open(qtbot, path, "Marc")
    page = _approvals(qtbot, win)
    own = refs["Marc"][0]
    assert page.select_reference(own)
    # The button is disabled for one's own request; force the call to see the service refuse it.
    page._selected_is_own = lambda: False  # type: ignore[method-assign]
    page.approve_selected()
    qtbot.waitUntil(lambda: page.error_label.text() != "", timeout=WAIT)
    assert "four-eyes" in page.error_label.text()
    assert page.error_label.isVisible()
    win.close()
    assert _status(path, own)[0] == RequestStatus.SUBMITTED.value


def test_a_duty_officer_is_told_only_supervisors_approve(qtbot, case) -> None:  # type: ignore[no-untyped-def]
    win = _open(qtbot, case[0], "Pieter")
    page = _approvals(qtbot, win)
    assert page._body.currentWidget() is page.not_supervisor_label
    assert page.not_supervisor_label.isVisible()
    assert page.not_supervisor_label.text() == "Only supervisors approve requests."
    assert not page.approve_button.isVisible() and not page.reject_button.isVisible()
    assert page.table.rowCount() == 0
    win.close()


def test_empty_state_when_nothing_is_pending(qtbot, case) -> None:  # type: ignore[no-untyped-def]
    path, refs = case
    # Claire decides everything first (none of it is hers).
    case_file = open_case_file(path, PASSPHRASES["Claire"], member="Claire")
    try:
        requests = Services(case_file).requests
        for reference in refs["Pieter"] + refs["Marc"]:
            requests.approve(reference)
    finally:
        case_file.close()
    win = _open(qtbot, path, "Marc")
    page = _approvals(qtbot, win)
    assert page._body.currentWidget() is page.empty_label
    assert page.empty_label.isVisible()
    assert page.empty_label.text() == "No requests are waiting for approval."
    assert page.count_label.text() == "0 requests"
    win.close()


def test_lock_forgets_the_pending_requests(qtbot, case) -> None:  # type: ignore[no-untyped-def]
    win = _open(qtbot, case[0], "Marc")
    page = _approvals(qtbot, win)
    assert page.table.rowCount() == 3
    win.nav_lock_button.click()
    assert win._stack.currentWidget() is win.unlock_widget
    assert page.table.rowCount() == 0
    assert page.fields["title"].text() == ""
    assert page.body_text.toPlainText() == ""
    win.close()


def test_the_legal_basis_is_shown_in_the_interface_language(qtbot, case) -> None:  # type: ignore[no-untyped-def]
    """The catalogue writes each basis in English, French and Dutch: the detail shows the user's."""
    from desktop.ui.i18n import LanguageSwitcher

    path, refs = case
    win = _open(qtbot, path, "Marc")
    page = _approvals(qtbot, win)
    assert page.select_reference(refs["Pieter"][0])
    assert page.fields["legal_basis"].text() == (
        "Directive (EU) 2023/977 art. 4 — Request for information to the Single Point of Contact"
    )
    switcher = LanguageSwitcher()
    try:
        assert switcher.install("fr")
        page._show_detail(page.selected())
        assert page.fields["legal_basis"].text() == (
            "Directive (UE) 2023/977 art. 4 — Demande d'informations au point de contact unique"
        )
    finally:
        switcher.install("en")
    win.close()


@pytest.mark.parametrize("code", ["fr", "nl"])
def test_the_four_eyes_refusal_is_shown_in_the_users_language(qtbot, case, code: str) -> None:  # type: ignore[no-untyped-def]
    """The service's sentence, not only the interface around it, follows the language."""
    from PySide6.QtCore import QCoreApplication

    from desktop.sentences import CONTEXT

    path, refs = case
    win = _open(qtbot, path, "Marc")
    try:
        win.set_language(code)
        page = _approvals(qtbot, win)
        own = refs["Marc"][0]
        assert page.select_reference(own)
        page._selected_is_own = lambda: False  # type: ignore[method-assign]
        page.approve_selected()
        qtbot.waitUntil(lambda: page.error_label.text() != "", timeout=WAIT)
        shown = page.error_label.text()
        assert "four-eyes" not in shown
        translated = {QCoreApplication.translate(CONTEXT, source) for source in _four_eyes_templates()}
        assert shown in translated  # the four-eyes sentence, in the chosen language
    finally:
        win.set_language("en")
        win.close()


def _four_eyes_templates() -> list[str]:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    import translations

    return [text for text in translations.sentences() if "four-eyes" in text]
