"""session_requests: what the request detail offers each member, and the answer package written to disk.

On real temporary case files: the three-member file of conftest (Sam and Sue supervisors, Anna
duty officer) and the exchange-ready file of packages_fixtures for signed answers.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.exchange.verify import PASSED
from desktop.models.enums import Direction, InformationAccess, RequestKind, Role, Urgency
from desktop.services.errors import InvalidInput
from desktop.services.requests import LoanLine, NewRequest
from desktop.services.session_requests import answer_context, answer_package_to, request_detail
from desktop.vault import KdfParams
from tests.packages_fixtures import NL, PIETER, Exchange, copy_case, open_services

INFO_FIELDS = {
    "information_requested": "Registered keeper",
    "purpose": "Identify the driver",
    "reasons": "Vehicle used in a robbery",
}


def info_request(direction: Direction = Direction.OUTGOING, **changes: object) -> NewRequest:
    values: dict[str, object] = {
        "kind": RequestKind.INFORMATION_REQUEST,
        "partner_code": NL,
        "legal_basis": "dir-2023-977:4",
        "events_on": datetime.now(UTC) - timedelta(days=1),
        "title": "Keeper of a grey Audi",
        "body": "Please provide the registered keeper of 1-ABC-234.",
        "direction": direction,
        "urgency": Urgency.URGENT,
        "information_access": InformationAccess.DIRECT,
        "form_values": dict(INFO_FIELDS),
    }
    values.update(changes)
    return NewRequest(**values)  # type: ignore[arg-type]


def test_a_draft_offers_submit_and_cancel_and_says_why_not_the_rest(tmp_case, open_as) -> None:  # type: ignore[no-untyped-def]
    with open_as(tmp_case.path, "Anna") as s:
        reference = s.requests.create(info_request()).reference
        detail = request_detail(s, reference)
    assert detail.allowed == {"submit", "cancel"}
    assert (detail.partner, detail.member, detail.role) == (NL, "Anna", Role.DUTY_OFFICER.value)
    assert (
        str(detail.refusals["send"])
        == "A request in status draft cannot be sent; it can be submitted, cancelled."
    )
    assert (
        str(detail.refusals["export"])
        == f"{reference} has the status draft; only an approved request is exported."
    )
    assert {(f.id, f.label, f.text) for f in detail.fields} == {
        ("information_requested", "Information requested", "Registered keeper"),
        ("purpose", "Purpose", "Identify the driver"),
        ("reasons", "Objective reasons for the request", "Vehicle used in a robbery"),
    }
    with open_as(tmp_case.path, "Anna") as s:
        french = request_detail(s, reference, lang="fr")
    assert "Informations demandées" in {f.label for f in french.fields}
    basis = french.view.legal_basis  # the catalogue's own words in every language; the GUI picks
    assert (basis.reference, basis.subject) == (
        "Directive (EU) 2023/977 art. 4",
        "Request for information to the Single Point of Contact",
    )
    assert (basis.reference_in("fr"), basis.subject_in("fr")) == (
        "Directive (UE) 2023/977 art. 4",
        "Demande d'informations au point de contact unique",
    )
    assert basis.subject_in("xx") == basis.subject  # a language the catalogue lacks: English


def test_only_the_approving_supervisor_may_export(tmp_case, open_as) -> None:  # type: ignore[no-untyped-def]
    with open_as(tmp_case.path, "Anna") as s:
        reference = s.requests.create(info_request()).reference
        s.requests.submit(reference)
    with open_as(tmp_case.path, "Sam") as s:
        s.requests.approve(reference)
        assert request_detail(s, reference).allowed == {"send", "cancel", "export"}
    with open_as(tmp_case.path, "Sue") as s:
        detail = request_detail(s, reference)
        assert "export" not in detail.allowed
        assert (
            str(detail.refusals["export"]) == "The supervisor who approved the request signs and exports it."
        )


def test_a_member_whose_role_cannot_act_is_offered_nothing(tmp_case, open_as) -> None:  # type: ignore[no-untyped-def]
    with open_as(tmp_case.path, "Sam") as s:
        s.members.add("Adam", Role.ADMINISTRATOR, "adam admin passphrase 9", kdf=KdfParams.minimum())
        reference = s.requests.create(info_request()).reference
    with open_as(tmp_case.path, "Adam", "adam admin passphrase 9") as s:
        detail = request_detail(s, reference)
    assert detail.allowed == frozenset()
    assert {str(refusal) for refusal in detail.refusals.values()} == {"Your role cannot act on requests."}


def test_an_incoming_request_is_declined_or_answered_never_submitted(tmp_case, open_as) -> None:  # type: ignore[no-untyped-def]
    with open_as(tmp_case.path, "Anna") as s:
        reference = s.requests.create(info_request(Direction.INCOMING, external_reference="NL-42")).reference
        detail = request_detail(s, reference)
    assert detail.allowed == {"answer", "decline", "cancel", "answer_package"}
    assert (detail.partner, detail.external_reference) == (NL, "NL-42")


def test_a_loans_period_and_inventory_are_not_repeated_as_fields(tmp_case, open_as) -> None:  # type: ignore[no-untyped-def]
    start = datetime.now(UTC)
    with open_as(tmp_case.path, "Anna") as s:
        view = s.requests.create(
            NewRequest(
                kind=RequestKind.EQUIPMENT_LOAN,
                direction=Direction.INCOMING,
                partner_code=NL,
                legal_basis="benelux-2018:equipment-loan",
                events_on=start,
                title="NL borrows our drone",
                form_values={"purpose": "Search for a missing person"},
                loan_start=start,
                loan_end=start + timedelta(days=2),
                loan_lines=(LoanLine("Drone", 1, "DR-7"),),
            )
        )
        detail = request_detail(s, view.id)
    assert detail.is_loan
    assert [f.text for f in detail.fields] == ["Search for a missing person"]


def test_an_answer_package_is_written_signed_and_the_request_answered(
    tmp_path: Path, exchange: Exchange
) -> None:
    case = copy_case(exchange, tmp_path)
    destination = tmp_path / "answer.asice"
    with open_services(case, PIETER) as s:
        reference = s.requests.create(info_request(Direction.INCOMING)).reference
        context = answer_context(s, reference)
        assert (context.can_answer, context.has_credential, context.partner) == (True, True, NL)
        assert context.encryption_certificates, "NL's encryption certificate is pinned"
        with pytest.raises(InvalidInput, match="is a folder"):
            answer_package_to(s, reference, tmp_path, password=exchange.password(PIETER), answer="x")
        assert s.requests.show(reference).status == "received"
        done = answer_package_to(
            s, reference, destination, password=exchange.password(PIETER), answer="Keeper: a leasing company."
        )
        assert (done.path, done.size) == (destination, destination.stat().st_size)
        report = s.packages.verify(destination.read_bytes())
        assert report.indication == PASSED, report.sentence
        assert report.document is not None and report.document.answer is not None
        assert report.document.answer.text == "Keeper: a leasing company."
        view = s.requests.show(reference)
        assert (view.status, view.answer) == ("answered", "Keeper: a leasing company.")
        assert answer_context(s, reference).resend
