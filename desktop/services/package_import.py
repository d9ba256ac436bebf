"""Verifying and importing packages partners send: nothing is believed before it verifies.

An incoming package is checked in full (container, request.json, every digest and signature,
the signer's chain to a certificate pinned to the agency it claims to come from) before one row
is written. A partner's answer is linked to our request and moves it to "answered"; a partner's
request is filed as received; the same package seen twice is recognised. Every refusal is a
PackageRejected sentence, raised before anything is written.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from desktop.exchange.envelope import EnvelopeError, decrypt, is_enveloped
from desktop.exchange.pki import Credential
from desktop.exchange.request_document import RequestDocument
from desktop.exchange.verify import PASSED, ValidationReport, verify_package
from desktop.models import Agency, Loan, LoanItem, Package, Request, utcnow
from desktop.models.enums import Direction, RequestStatus, Role
from desktop.sentences import Said, said
from desktop.services.casefile import CaseFile
from desktop.services.credentials import TrustService
from desktop.services.errors import InvalidInput, PermissionDenied

MAX_PACKAGE_BYTES = 64 << 20


class PackageRejected(InvalidInput):
    """An incoming package that did not verify; carries the report to show."""

    def __init__(self, template: str, /, report: ValidationReport | None = None, **values: object) -> None:
        super().__init__(template, **values)
        self.report = report


@dataclass(frozen=True)
class ImportResult:
    report: ValidationReport
    outcome: str  # "created", "answered" or "duplicate"
    request_reference: str | None
    sentence: Said
    """What happened, in one sentence (str() is the English the CLI prints)."""


class PackageImporter:
    def __init__(self, case_file: CaseFile) -> None:
        self._cf = case_file
        self._trust = TrustService(case_file)

    def verify(self, data: bytes, *, decryption: Credential | None = None) -> ValidationReport:
        return verify_package(self._open_envelope(data, decryption), self._trust.anchors())

    def _open_envelope(self, data: bytes, decryption: Credential | None) -> bytes:
        if len(data) > MAX_PACKAGE_BYTES:
            raise PackageRejected("The package is larger than 64 MB; nothing was imported.")
        if not is_enveloped(data):
            return data
        if decryption is None:
            raise PackageRejected(
                "The package is encrypted; give your agency's decryption certificate (PKCS#12)."
            )
        try:
            return decrypt(data, decryption.certificate, decryption.private_key)  # type: ignore[arg-type]
        except EnvelopeError as error:
            raise PackageRejected.retold(error) from None

    def import_package(
        self, data: bytes, file_name: str, *, decryption: Credential | None = None
    ) -> ImportResult:
        if self._cf.actor.role not in (
            Role.INVESTIGATOR.value,
            Role.DUTY_OFFICER.value,
            Role.SUPERVISOR.value,
        ):
            raise PermissionDenied("Your role cannot import packages.")
        digest = hashlib.sha256(data).hexdigest()
        with self._cf.reading() as session:
            earlier = session.scalar(
                select(Package).where(Package.direction == "incoming", Package.sha256 == digest)
            )
            if earlier is not None:
                reference = session.get(Request, earlier.request_id).reference if earlier.request_id else None  # type: ignore[union-attr]
                report = ValidationReport(earlier.indication, None, said("Already imported."), digest)
                sentence = (
                    said(
                        "This package was already imported on {when:%Y-%m-%d %H:%M} UTC as {reference}.",
                        when=earlier.created_at,
                        reference=reference,
                    )
                    if reference
                    else said(
                        "This package was already imported on {when:%Y-%m-%d %H:%M} UTC.",
                        when=earlier.created_at,
                    )
                )
                return ImportResult(report, "duplicate", reference, sentence)
        report = self.verify(data, decryption=decryption)
        if report.indication != PASSED or report.document is None:
            raise PackageRejected("Not imported: {reason}", report, reason=report.sentence)
        document = report.document
        with self._cf.unit_of_work("package.import") as session:
            if (
                session.scalar(
                    select(Package).where(
                        Package.direction == "incoming", Package.package_id == document.package_id
                    )
                )
                is not None
            ):
                return ImportResult(
                    report,
                    "duplicate",
                    None,
                    said(
                        "A package with the same identifier was already imported; this copy differs in "
                        "its bytes and was not imported."
                    ),
                )
            sender = session.scalar(select(Agency).where(Agency.code == document.sender.agency))
            recipient = session.scalar(select(Agency).where(Agency.code == document.recipient.agency))
            if sender is None or recipient is None:
                raise PackageRejected(
                    "The package names an agency this case file does not know; nothing was imported.", report
                )
            if document.kind == "answer":
                request, outcome, sentence = self._link_answer(session, document, sender)
            else:
                request, outcome, sentence = self._create_incoming(session, document, sender, recipient)
            session.add(
                Package(
                    request_id=request.id,
                    direction="incoming",
                    kind=document.kind,
                    package_id=document.package_id,
                    file_name=file_name[:255],
                    content=data,
                    sha256=digest,
                    encrypted=is_enveloped(data),
                    partner_agency_id=sender.id,
                    indication=report.indication,
                    report=report.to_json(),
                    contents={"files": [f.name for f in report.files]},
                    created_by_id=self._cf.actor.member_id,
                )
            )
            return ImportResult(report, outcome, request.reference, sentence)

    def _link_answer(self, session, document: RequestDocument, sender: Agency):  # type: ignore[no-untyped-def]
        assert document.answer is not None
        request = session.scalar(
            select(Request).where(
                Request.reference == document.answer.in_reply_to, Request.direction == "outgoing"
            )
        )
        recipient = session.scalar(select(Agency).where(Agency.code == document.recipient.agency))
        if recipient is None or not recipient.own:
            raise PackageRejected(
                "The answer is addressed to {agency}, not to an agency of this case file; "
                "nothing was imported.",
                agency=document.recipient.agency,
            )
        if request is None or request.partner_agency_id != sender.id:
            raise PackageRejected(
                "The answer refers to {reference}, which is not a request of ours to "
                "{agency}; nothing was imported.",
                reference=document.answer.in_reply_to,
                agency=sender.code,
            )
        if request.status != RequestStatus.SENT.value:
            raise PackageRejected(
                "{reference} has the status {status}, not waiting for an answer; nothing was imported.",
                reference=request.reference,
                status=RequestStatus(request.status),
            )
        request.status = RequestStatus.ANSWERED.value
        request.answer = document.answer.text
        request.answered_at = utcnow()
        request.external_reference = document.request.reference[:80]
        return (
            request,
            "answered",
            said(
                "The answer from {agency} was linked to {reference}, now answered.",
                agency=sender.code,
                reference=request.reference,
            ),
        )

    def _create_incoming(self, session, document: RequestDocument, sender: Agency, recipient: Agency):  # type: ignore[no-untyped-def]
        from desktop.models.enums import Country, RequestKind
        from desktop.services.catalogue import InvalidLegalBasis
        from desktop.services.requests import RequestService, request_deadline

        r = document.request
        if not recipient.own:
            raise PackageRejected(
                "The package is addressed to {agency}, not to an agency of this case file.",
                agency=recipient.code,
            )
        try:
            kind = RequestKind(r.kind)
        except ValueError:
            raise PackageRejected(
                "The partner's request cannot be filed here: its kind {kind!r} is not one this version knows.",
                kind=r.kind,
            ) from None
        try:
            events_on = datetime.fromisoformat(r.events_on)
        except ValueError:
            raise PackageRejected(
                "The partner's request cannot be filed here: its date of the events {value!r} is not readable.",
                value=r.events_on,
            ) from None
        try:
            self._cf.catalogue().validate_basis(
                r.legal_basis, kind, Country(sender.country), Country(recipient.country), events_on.date()
            )
        except InvalidLegalBasis as error:
            raise PackageRejected(
                "The partner's request cannot be filed here: {reason}", reason=error.said
            ) from None
        request = Request(
            reference=RequestService._next_reference(session, Direction.INCOMING),
            kind=kind.value,
            direction=Direction.INCOMING.value,
            requesting_agency_id=sender.id,
            requested_agency_id=recipient.id,
            partner_agency_id=sender.id,
            legal_basis=r.legal_basis,
            events_on=events_on,
            urgency=r.urgency,
            information_access=r.information_access,
            title=r.title,
            body=r.body,
            form_values=dict(r.fields),
            handling_code=r.handling_code,
            source_evaluation=r.source_evaluation,
            information_evaluation=r.information_evaluation,
            status=RequestStatus.RECEIVED.value,
            external_reference=r.reference[:80],
            created_by_id=self._cf.actor.member_id,
            received_at=utcnow(),
        )
        if r.loan is not None:
            # A partner's equipment-loan request keeps its terms and inventory list, so the loan
            # can be followed here (hand-over, return) like one of ours.
            try:
                start, end = (
                    datetime.fromisoformat(r.loan.period_start),
                    datetime.fromisoformat(r.loan.period_end),
                )
            except ValueError:
                raise PackageRejected("The loan period of the partner's request is not readable.") from None
            if end <= start:
                raise PackageRejected("The loan period of the partner's request ends before it starts.")
            request.loan = Loan(
                period_start=start,
                period_end=end,
                items=[
                    LoanItem(item_type=i.type, quantity=i.quantity, serial_numbers=i.serial_numbers)
                    for i in r.loan.items
                ],
            )
        request.due_at = request_deadline(self._cf.catalogue(), request)
        session.add(request)
        session.flush()
        return (
            request,
            "created",
            said(
                "{agency}'s request {partner_reference} was filed as {reference} (received).",
                agency=sender.code,
                partner_reference=r.reference,
                reference=request.reference,
            ),
        )
