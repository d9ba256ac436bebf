"""Package rules added after the format review: the deadline a partner sees, answers addressed to
someone else, loans filed from a partner's request, attachments that request.json does not
describe, and signing times in the future.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.exchange.asice import DataObject, build_container, read_container
from desktop.exchange.cades import sign_detached
from desktop.exchange.request_document import LoanItem, LoanTerms, parse_request_document
from desktop.exchange.verify import FAILED, INDETERMINATE
from desktop.services.packages import PackageRejected
from tests.packages_fixtures import (
    CLAIRE,
    NOT_OURS,
    PIETER,
    Exchange,
    copy_case,
    open_services,
    partner_document,
    partner_package,
    tree_snapshot,
)
from tests.pki_fixtures import identity, load


@pytest.fixture
def case(tmp_path: Path, exchange: Exchange) -> Path:
    return copy_case(exchange, tmp_path)


def test_the_partner_sees_the_deadline_that_runs_once_the_package_is_sent(
    case: Path, exchange: Exchange
) -> None:
    with open_services(case, CLAIRE) as services:
        result = services.packages.export(exchange.refs["info"], password=exchange.password(CLAIRE))
        stored = services.requests.show(exchange.refs["info"])
    document = parse_request_document(read_container(result.data).data_objects["request.json"])
    assert document.request.due_at is not None, "an urgent information request has an 8-hour deadline"
    assert datetime.fromisoformat(document.request.due_at) == stored.due_at.replace(microsecond=0)


def test_an_answer_addressed_to_an_agency_that_is_not_ours_is_refused(case: Path, exchange: Exchange) -> None:
    joris = load(identity(exchange.pki, "Joris de Vries"))
    package = partner_package(
        partner_document(in_reply_to=exchange.refs["sent"], recipient=NOT_OURS), [joris]
    )
    before = tree_snapshot(case)
    with (
        open_services(case, PIETER) as services,
        pytest.raises(PackageRejected, match="not to an agency of this"),
    ):
        services.packages.import_package(package, "answer.asice")
    assert tree_snapshot(case) == before


def test_a_partners_equipment_loan_request_is_filed_with_its_loan(case: Path, exchange: Exchange) -> None:
    joris = load(identity(exchange.pki, "Joris de Vries"))
    now = datetime.now(UTC)
    document = partner_document(kind="request")
    section = dataclasses.replace(
        document.request,
        kind="equipment_loan",
        legal_basis="benelux-2018:equipment-loan",
        legal_basis_reference="Benelux Police Treaty 2018",
        legal_basis_confirmed=False,
        loan=LoanTerms(
            now.isoformat(),
            (now + timedelta(days=5)).isoformat(),
            (LoanItem("Thermal camera", 2, "TC-1, TC-2"),),
        ),
    )
    package = partner_package(dataclasses.replace(document, request=section), [joris])
    with open_services(case, PIETER) as services:
        result = services.packages.import_package(package, "loan.asice")
        view = services.requests.show(result.request_reference)
    assert view.status == "received" and view.loan is not None
    assert [(i.item_type, i.quantity) for i in view.loan.items] == [("Thermal camera", 2)]


def test_an_attachment_request_json_does_not_describe_fails_verification(
    case: Path, exchange: Exchange
) -> None:
    joris = load(identity(exchange.pki, "Joris de Vries"))
    document = partner_document(in_reply_to=exchange.refs["sent"])
    objects = [
        DataObject("request.json", document.to_json(), "application/json"),
        DataObject("request.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf"),
        DataObject("attachments/unlisted.txt", b"slipped in, signed but not declared", "text/plain"),
    ]
    package = build_container(objects, [lambda manifest: sign_detached(manifest, joris)])
    with open_services(case, PIETER) as services:
        report = services.packages.verify(package)
    assert report.indication == FAILED and "does not list" in str(report.sentence)


def test_a_signing_time_in_the_future_is_not_believed(case: Path, exchange: Exchange) -> None:
    joris = load(identity(exchange.pki, "Joris de Vries"))
    future = datetime.now(UTC) + timedelta(days=30)
    package = partner_package(
        partner_document(in_reply_to=exchange.refs["sent"]), [joris], signing_time=future
    )
    with open_services(case, PIETER) as services:
        report = services.packages.verify(package)
    assert report.indication == INDETERMINATE and "in the future" in str(report.sentence)


def test_request_json_fields_refuse_a_trailing_newline() -> None:
    document = json.loads(partner_document(in_reply_to="OUT-2026-000001").to_json())
    document["sender"]["agency"] = "NL-POLITIE-LIMBURG\n"
    from desktop.exchange.request_document import PackageFormatError

    with pytest.raises(PackageFormatError):
        parse_request_document(json.dumps(document).encode())
