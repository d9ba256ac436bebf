"""Answering an incoming request with a signed package, from the request detail through AnswerDialog.

On copies of the exchange-ready case file (packages_fixtures): Pieter Janssens (duty officer) and
Claire Dubois (supervisor) have signing credentials from the session's test PKI, Marc Wagner has
none; the BE, NL and LU roots are pinned and NL-POLITIE-LIMBURG's encryption certificate too.
The incoming request is filed through the services (setup); the answer is given by clicking the
real buttons, and the written package is checked with the services' own verify.
"""

from __future__ import annotations

import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox

from desktop.exchange.envelope import is_enveloped
from desktop.exchange.pki import load_pkcs12
from desktop.exchange.verify import PASSED
from desktop.models.enums import Direction
from desktop.ui.exchange.answer_dialog import AnswerDialog
from desktop.ui.requests.page import RequestsPage
from tests.gui_helpers import WAIT
from tests.gui_page_harness import PageHarness
from tests.packages_fixtures import CLAIRE, MARC, NL, PASSPHRASES, PIETER, Exchange, copy_case, open_services
from tests.pki_fixtures import identity
from tests.test_gui_request_detail import click, field, select, shown
from tests.test_session_requests import info_request

ANSWER = "Registered keeper: a leasing company in Genk; the car was rented to a Dutch national."


@pytest.fixture
def case(tmp_path: Path, exchange: Exchange) -> Path:
    return copy_case(exchange, tmp_path)


@pytest.fixture
def incoming(case: Path) -> str:
    """NL-POLITIE-LIMBURG's information request to us, received (filed by Pieter)."""
    with open_services(case, PIETER) as services:
        return services.requests.create(
            info_request(Direction.INCOMING, external_reference="NL-LIM-2026-0042")
        ).reference


@contextmanager
def page_as(qtbot, case: Path, member: str, destination: Path) -> Iterator[tuple[PageHarness, RequestsPage]]:  # type: ignore[no-untyped-def]
    harness = PageHarness(qtbot, case, member, PASSPHRASES[member])
    page = RequestsPage()
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.status.setCurrentIndex(page.status.findData("all"))
    page.detail.steps.choose_file = lambda _parent, _suggested: destination
    harness.attach(page)
    page.show()
    try:
        yield harness, page
    finally:
        page.detach()
        harness.close()


def toggle(qtbot, box: QCheckBox) -> None:  # type: ignore[no-untyped-def]
    """Click the check box's indicator (its centre may be empty space right of the text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def open_answer(qtbot, page: RequestsPage, reference: str) -> AnswerDialog:  # type: ignore[no-untyped-def]
    select(qtbot, page, reference)
    click(qtbot, page.detail.buttons["answer_package"])
    dialog = page.detail.steps.answer_dialog
    assert isinstance(dialog, AnswerDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.context is not None, timeout=WAIT)
    return dialog


def test_an_incoming_request_is_answered_with_a_signed_package(  # type: ignore[no-untyped-def]
    qtbot, case: Path, incoming: str, exchange: Exchange, tmp_path: Path
) -> None:
    destination = tmp_path / "out" / "answer.asice"
    destination.parent.mkdir()
    with page_as(qtbot, case, PIETER, destination) as (harness, page):
        select(qtbot, page, incoming)
        assert field(page, "direction") == "Incoming" and field(page, "external") == "NL-LIM-2026-0042"
        buttons = page.detail.buttons
        assert not buttons["submit"].isVisible() and not buttons["export"].isVisible()
        assert [a for a, b in buttons.items() if b.isEnabled()] == [
            "answer",
            "answer_package",
            "decline",
            "cancel",
        ]

        dialog = open_answer(qtbot, page, incoming)
        assert dialog.heading.text() == f"Answer {incoming} — Keeper of a grey Audi"
        assert dialog.partner_label.text() == NL
        assert dialog.signer_label.text().startswith(f"{PIETER}, certificate SHA-256 ")
        assert dialog.encrypt_box.isEnabled() and dialog.encrypt_box.isChecked()  # NL's certificate is pinned
        toggle(qtbot, dialog.encrypt_box)
        assert not dialog.encrypt_box.isChecked()
        assert dialog.destination_edit.text().endswith(f"{incoming}-answer.asice")
        qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
        assert dialog.destination_edit.text() == str(destination)
        assert not dialog.answer_button.isEnabled()  # no answer, no password yet
        qtbot.keyClicks(dialog.answer_edit, ANSWER)
        assert not dialog.answer_button.isEnabled()
        qtbot.keyClicks(dialog.password_edit, exchange.password(PIETER))
        assert dialog.answer_button.isEnabled()
        with qtbot.waitSignal(dialog.sig_answered, timeout=WAIT) as answered:
            qtbot.mouseClick(dialog.answer_button, Qt.MouseButton.LeftButton)
            assert dialog.password_edit.text() == "", "handed to the worker, not kept while it signs"
        assert answered.args == [incoming, str(destination)]
        assert stat.S_IMODE(destination.stat().st_mode) == 0o600
        assert dialog.status_label.text().startswith(f"Written to {destination} (")
        assert dialog.password_edit.text() == "" and not dialog.answer_button.isEnabled()

        shown(qtbot, page, incoming, "answered")
        assert page.detail.status_label.text() == f"The answer to {incoming} was written to {destination}."
        assert page.detail.answer_text.toPlainText() == ANSWER
        assert [(c.requests, c.loans) for c in harness.changes] == [(True, False)]
        view = harness.call(lambda svc: svc.requests.show(incoming))
        assert (view.status, view.answer) == ("answered", ANSWER)
        report = harness.call(lambda svc: svc.packages.verify(destination.read_bytes()))
        assert report.indication == PASSED, report.sentence
        document = report.document
        assert document is not None and document.kind == "answer"
        assert (document.sender.agency, document.recipient.agency) == ("BE-FEDPOL-CGI", NL)
        assert document.answer is not None
        assert (document.answer.in_reply_to, document.answer.text) == ("NL-LIM-2026-0042", ANSWER)
        assert [s.signer for s in report.signatures] == [f"CN={PIETER},O=BE-FEDPOL-CGI,C=BE"]


def test_an_encrypted_answer_opens_with_the_partners_key(  # type: ignore[no-untyped-def]
    qtbot, case: Path, incoming: str, exchange: Exchange, tmp_path: Path
) -> None:
    destination = tmp_path / "answer.asice.p7m"
    with page_as(qtbot, case, PIETER, destination) as (harness, page):
        dialog = open_answer(qtbot, page, incoming)
        assert dialog.destination_edit.text().endswith(f"{incoming}-answer.asice.p7m")
        qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.answer_edit, ANSWER)
        qtbot.keyClicks(dialog.password_edit, exchange.password(PIETER))
        with qtbot.waitSignal(dialog.sig_answered, timeout=WAIT):
            qtbot.mouseClick(dialog.answer_button, Qt.MouseButton.LeftButton)
        assert f"Encrypted for {NL}." in dialog.status_label.text()
        data = destination.read_bytes()
        assert is_enveloped(data)
        key = exchange.pki.agency_encryption[NL]
        decryption = load_pkcs12(key.p12_path.read_bytes(), key.password.encode())
        report = harness.call(lambda svc: svc.packages.verify(data, decryption=decryption))
        assert report.indication == PASSED, report.sentence


def test_a_wrong_password_is_refused_and_nothing_changes(  # type: ignore[no-untyped-def]
    qtbot, case: Path, incoming: str, tmp_path: Path
) -> None:
    destination = tmp_path / "answer.asice"
    with page_as(qtbot, case, PIETER, destination) as (harness, page):
        dialog = open_answer(qtbot, page, incoming)
        qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.answer_edit, ANSWER)
        qtbot.keyClicks(dialog.password_edit, "not the password")
        qtbot.mouseClick(dialog.answer_button, Qt.MouseButton.LeftButton)
        assert dialog.password_edit.text() == ""  # cleared in the click, before the worker starts
        qtbot.waitUntil(lambda: dialog.error_label.text() != "", timeout=WAIT)
        assert "password" in dialog.error_label.text().lower()
        assert dialog.password_edit.text() == "" and not dialog.answer_button.isEnabled()
        assert dialog.answer_edit.toPlainText() == ANSWER  # the answer typed is kept
        qtbot.keyClicks(dialog.password_edit, "another try")
        assert dialog.answer_button.isEnabled()  # try again
        assert not destination.exists()
        assert harness.call(lambda svc: svc.requests.show(incoming).status) == "received"
        assert harness.changes == []


def test_a_member_without_a_certificate_is_told_so_and_cannot_sign(  # type: ignore[no-untyped-def]
    qtbot, case: Path, incoming: str, tmp_path: Path
) -> None:
    with page_as(qtbot, case, MARC, tmp_path / "answer.asice") as (_harness, page):
        dialog = open_answer(qtbot, page, incoming)
        assert dialog.signer_label.text() == (
            f"{MARC} has no signing certificate in this case file: import a PKCS#12 file first."
        )
        assert not dialog.answer_edit.isEnabled() and not dialog.answer_button.isEnabled()


def test_an_answered_request_can_be_sent_again_with_the_recorded_answer(  # type: ignore[no-untyped-def]
    qtbot, case: Path, incoming: str, exchange: Exchange, tmp_path: Path
) -> None:
    with open_services(case, PIETER) as services:
        services.requests.record_answer(incoming, ANSWER)
    destination = tmp_path / "again.asice"
    with page_as(qtbot, case, CLAIRE, destination) as (harness, page):
        dialog = open_answer(qtbot, page, incoming)
        assert dialog.heading.text().startswith(f"Send the answer to {incoming} again")
        assert dialog.answer_edit.isReadOnly() and dialog.answer_edit.toPlainText() == ANSWER
        toggle(qtbot, dialog.encrypt_box)
        qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.password_edit, exchange.password(CLAIRE))
        with qtbot.waitSignal(dialog.sig_answered, timeout=WAIT):
            qtbot.mouseClick(dialog.answer_button, Qt.MouseButton.LeftButton)
        report = harness.call(lambda svc: svc.packages.verify(destination.read_bytes()))
        assert report.indication == PASSED and report.document.answer.text == ANSWER
        assert harness.call(lambda svc: svc.requests.show(incoming).status) == "answered"


def test_an_outgoing_request_cannot_be_answered_with_a_package(  # type: ignore[no-untyped-def]
    qtbot, case: Path, exchange: Exchange, tmp_path: Path
) -> None:
    reference = exchange.refs["sent"]
    harness = PageHarness(qtbot, case, PIETER, PASSPHRASES[PIETER])
    try:
        dialog = AnswerDialog(harness.services, reference, choose_file=lambda _p, _s: tmp_path / "x.asice")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.context is not None, timeout=WAIT)
        assert dialog.refusal_label.text() == "Only an incoming request is answered with an answer package."
        assert dialog.refusal_label.isVisible()
        assert not dialog.answer_button.isEnabled()
        dialog.answer()  # even called directly, nothing is signed
        assert dialog.done_result is None
    finally:
        harness.close()


def test_lock_closes_the_answer_dialog_and_forgets_the_password(  # type: ignore[no-untyped-def]
    qtbot, case: Path, incoming: str, exchange: Exchange, tmp_path: Path
) -> None:
    with page_as(qtbot, case, PIETER, tmp_path / "answer.asice") as (harness, page):
        dialog = open_answer(qtbot, page, incoming)
        qtbot.keyClicks(dialog.answer_edit, ANSWER)
        qtbot.keyClicks(dialog.password_edit, exchange.password(PIETER))
        page.detach()
        assert not dialog.isVisible() and dialog.password_edit.text() == ""
        assert page.detail.steps.answer_dialog is None and page.detail.detail is None
        assert harness.call(lambda svc: svc.requests.show(incoming).status) == "received"


def test_a_password_remembered_in_the_keyring_is_offered_and_used(  # type: ignore[no-untyped-def]
    qtbot, case: Path, incoming: str, exchange: Exchange, tmp_path: Path
) -> None:
    from desktop.services.credentials import _password_account
    from desktop.vault import KeyringUnavailable
    from desktop.vault import device as device_keyring

    pieter = identity(exchange.pki, PIETER)
    destination = tmp_path / "answer.asice"
    with page_as(qtbot, case, PIETER, destination) as (harness, page):
        try:
            harness.call(
                lambda svc: svc.credentials.import_pkcs12(
                    pieter.p12_path.read_bytes(), pieter.password, remember_password=True
                )
            )
        except KeyringUnavailable:
            pytest.skip("no secure keyring in this session")
        file_id, uid = harness.call(lambda svc: (svc.case_file.vault.file_id, svc.case_file.actor.uid))
        try:
            dialog = open_answer(qtbot, page, incoming)
            assert dialog.remembered_box.isVisible() and dialog.remembered_box.isChecked()
            assert not dialog.password_edit.isEnabled()
            qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
            qtbot.keyClicks(dialog.answer_edit, ANSWER)
            assert dialog.answer_button.isEnabled(), "no password to type"
            with qtbot.waitSignal(dialog.sig_answered, timeout=WAIT):
                qtbot.mouseClick(dialog.answer_button, Qt.MouseButton.LeftButton)
            assert destination.exists()
        finally:
            device_keyring.secure_backend().delete_password(
                device_keyring.SERVICE, _password_account(file_id, uid)
            )
