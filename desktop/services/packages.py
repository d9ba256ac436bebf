"""Signed request packages: planning and exporting an approved request, verifying, importing.

Export is done by the supervisor who approved the request, with their own signing credential
(four-eyes, in signatures and not only in a status field); the filer may add a second
signature. Handling codes decide what goes in: H2/H3 items, and a request graded X or 4, are held
back unless the supervisor overrides, and every override is audited. The exact bytes that left
and their SHA-256 are kept in the case file.
"""

from __future__ import annotations

import hashlib
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from desktop.exchange.asice import ContainerError, DataObject, build_container
from desktop.exchange.cades import sign_detached
from desktop.exchange.envelope import EnvelopeError, encrypt_for
from desktop.exchange.pki import Credential
from desktop.exchange.request_document import (
    AnswerSection,
    AttachmentEntry,
    LoanItem,
    LoanTerms,
    Party,
    RequestDocument,
    RequestSection,
    form_languages,
    utc_text,
)
from desktop.exchange.verify import PASSED, ValidationReport
from desktop.models import Agency, Attachment, AttachmentBlob, Member, Package, Request, utcnow
from desktop.models.enums import Direction, RequestStatus, Role
from desktop.sentences import Said, said
from desktop.services import audit
from desktop.services.audit_anchor import AuditAnchorService
from desktop.services.casefile import CaseFile
from desktop.services.credentials import CredentialService, TrustService
from desktop.services.errors import IllegalTransition, InvalidInput, NotFound, PermissionDenied
from desktop.services.package_import import ImportResult, PackageImporter, PackageRejected
from desktop.services.requests import request_deadline

# Re-exported: callers of the package workflow find its whole vocabulary here.
__all__ = [
    "ExportPlan",
    "ExportResult",
    "ImportResult",
    "PackageRejected",
    "PackageService",
    "PdfRenderer",
    "PlannedItem",
]
_HELD_CODES = frozenset({"H2", "H3"})


@dataclass(frozen=True)
class PlannedItem:
    """One file of a package. `description` says what it is (a Said for the request's own files,
    the file name of an attachment); `reason` why it is held back (None when it goes in)."""

    name: str
    description: Said | str
    handling_code: str
    reason: Said | None = None

    def recorded(self) -> dict[str, str]:
        """The item as the case file records it (package contents, audit): plain English text."""
        return {
            "name": self.name,
            "description": str(self.description),
            "handling_code": self.handling_code,
            "reason": str(self.reason) if self.reason is not None else "",
        }


@dataclass(frozen=True)
class ExportPlan:
    request_reference: str
    recipient: str
    included: tuple[PlannedItem, ...]
    held_back: tuple[PlannedItem, ...]
    request_held: bool
    """The request itself is H2/H3 or graded X/4: nothing leaves without an override."""


@dataclass(frozen=True)
class ExportResult:
    data: bytes
    file_name: str
    sha256: str
    plan: ExportPlan
    overridden: bool
    encrypted_for: str | None


def _safe_name(name: str) -> str:
    """A file name the container writer accepts: letters, digits and ._- only, no leading dot."""
    cleaned = "".join(
        ch if ch.isalnum() or ch in "._- " else "_" for ch in unicodedata.normalize("NFC", name)
    )
    cleaned = cleaned.strip().lstrip(".").strip() or "attachment"
    return cleaned[:120]


def _unique_names(names: list[str]) -> list[str]:
    """Number names that collide once case is ignored (scan.pdf, Scan.pdf → scan.pdf, Scan (2).pdf)."""
    seen: set[str] = set()
    unique = []
    for name in names:
        stem, dot, suffix = name.rpartition(".") if "." in name else (name, "", "")
        candidate, counter = name, 1
        while candidate.casefold() in seen:
            counter += 1
            candidate = f"{stem} ({counter}){dot}{suffix}" if dot else f"{name} ({counter})"
        seen.add(candidate.casefold())
        unique.append(candidate)
    return unique


PdfRenderer = Callable[[RequestDocument, tuple[str, ...]], bytes]


class PackageService:
    """`render_pdf` is given by the front end (desktop.exchange.pdf uses Qt; services never import it)."""

    def __init__(self, case_file: CaseFile, render_pdf: PdfRenderer | None = None) -> None:
        self._cf = case_file
        self._render_pdf = render_pdf
        self._credentials = CredentialService(case_file)
        self._trust = TrustService(case_file)
        self._importer = PackageImporter(case_file)

    # -- export --------------------------------------------------------------------------------

    def plan(self, ref: str, attachment_ids: tuple[int, ...] = ()) -> ExportPlan:
        with self._cf.reading() as session:
            request = self._request(session, ref)
            return self._plan(session, request, attachment_ids)

    def _plan(self, session, request: Request, attachment_ids: tuple[int, ...]) -> ExportPlan:  # type: ignore[no-untyped-def]
        recipient = session.get(Agency, request.partner_agency_id)
        request_held = (
            request.handling_code in _HELD_CODES
            or request.source_evaluation == "X"
            or (request.information_evaluation == "4")
        )
        reason = (
            said("handling code {code}", code=request.handling_code)
            if request.handling_code in _HELD_CODES
            else said(
                "graded {grading}", grading=f"{request.source_evaluation}{request.information_evaluation}"
            )
        )
        core = [
            PlannedItem(
                "request.json",
                said("the request's data"),
                request.handling_code,
                reason if request_held else None,
            ),
            PlannedItem(
                "request.pdf",
                said("the request as a readable form"),
                request.handling_code,
                reason if request_held else None,
            ),
        ]
        included, held = ([], core) if request_held else (core, [])
        chosen = []
        for attachment_id in attachment_ids:
            attachment = session.get(Attachment, attachment_id)
            if attachment is None or attachment.case_id != request.case_id or request.case_id is None:
                raise NotFound(
                    "Attachment {attachment} does not belong to the case of {reference}.",
                    attachment=attachment_id,
                    reference=request.reference,
                )
            chosen.append(attachment)
        # Names as the package will carry them (the same numbering as _document gives them).
        names = _unique_names([_safe_name(a.filename) for a in chosen])
        for name, attachment in zip(names, chosen, strict=True):
            code = attachment.handling_code
            if code in _HELD_CODES:
                held.append(
                    PlannedItem(
                        f"attachments/{name}",
                        attachment.filename,
                        code,
                        said("handling code {code}", code=code),
                    )
                )
            else:
                included.append(PlannedItem(f"attachments/{name}", attachment.filename, code))
        return ExportPlan(
            request.reference,
            recipient.code if recipient else "?",
            tuple(included),
            tuple(held),
            request_held,
        )

    def export(
        self,
        ref: str,
        *,
        password: str | None,
        attachment_ids: tuple[int, ...] = (),
        override_handling: bool = False,
        filer_password: str | None = None,
        encrypt_for_agency: bool = False,
    ) -> ExportResult:
        actor = self._cf.actor
        with self._cf.reading() as session:
            request = self._request(session, ref)
            if request.direction != Direction.OUTGOING.value:
                raise IllegalTransition(
                    "Only an outgoing request is exported; answer an incoming one with an answer package."
                )
            if request.status not in (RequestStatus.APPROVED.value, RequestStatus.SENT.value):
                raise IllegalTransition(
                    "{reference} has the status {status}; only an approved request is exported.",
                    reference=request.reference,
                    status=RequestStatus(request.status),
                )
            if actor.member_id != request.decided_by_id or actor.role != Role.SUPERVISOR.value:
                raise PermissionDenied("The supervisor who approved the request signs and exports it.")
            plan = self._plan(session, request, attachment_ids)
            if (
                (plan.request_held or plan.held_back)
                and override_handling
                and actor.role != Role.SUPERVISOR.value
            ):
                raise PermissionDenied("Only a supervisor can override handling codes.")
            if plan.request_held and not override_handling:
                if request.handling_code in _HELD_CODES:
                    raise InvalidInput(
                        "{reference} has handling code {code}: it is held back; a supervisor must override "
                        "the handling code to export it.",
                        reference=request.reference,
                        code=request.handling_code,
                    )
                raise InvalidInput(
                    "{reference} is graded {grading}: it is held back; a supervisor must override the "
                    "handling code to export it.",
                    reference=request.reference,
                    grading=f"{request.source_evaluation}{request.information_evaluation}",
                )
            creator_id = request.created_by_id
            chosen = [
                i
                for i in attachment_ids
                if override_handling or session.get(Attachment, i).handling_code not in _HELD_CODES
            ]  # type: ignore[union-attr]
            attachments = [(session.get(Attachment, i), session.get(AttachmentBlob, i)) for i in chosen]
            recipient = session.get(Agency, request.partner_agency_id)
            sender = session.get(Agency, request.requesting_agency_id)
            approver = session.get(Member, request.decided_by_id)
            assert recipient is not None and sender is not None and approver is not None
            # The deadline the partner sees is the one that runs once this package is sent.
            sending_at = request.sent_at or utcnow()
            due_at = request_deadline(
                self._cf.catalogue(), request, sent_at=sending_at, status=RequestStatus.SENT
            )
            document = self._document(request, sender, recipient, approver.name, attachments, due_at=due_at)
            languages = form_languages(tuple(x for x in recipient.languages.split(",") if x))
            recipient_code = recipient.code
        signers = [self._credentials.unlock(actor.member_id, password)]
        if filer_password is not None:
            if creator_id is None or creator_id == actor.member_id:
                raise InvalidInput("There is no other filer to add a second signature.")
            signers.append(self._credentials.unlock(creator_id, filer_password))
        objects = [
            DataObject("request.json", document.to_json(), "application/json"),
            DataObject("request.pdf", self._pdf(document, languages), "application/pdf"),
        ]
        objects += [
            DataObject(entry.name, blob.content, entry.media_type)
            for entry, (_a, blob) in zip(document.attachments, attachments, strict=True)
        ]
        data, encrypted_for = self._seal(objects, signers, recipient_code if encrypt_for_agency else None)
        digest = hashlib.sha256(data).hexdigest()
        file_name = f"{plan.request_reference}.asice" + (".p7m" if encrypted_for else "")
        contents = {
            "included": [i.name for i in objects],
            "held_back": [i.recorded() for i in plan.held_back] if not override_handling else [],
            "signers": [c.fingerprint for c in signers],
            "overridden": override_handling,
        }
        with self._cf.unit_of_work("package.export") as session:
            request = self._request(session, ref)
            if override_handling and (plan.request_held or plan.held_back):
                audit.append(
                    session.connection(),
                    actor,
                    "package.handling_override",
                    "request",
                    str(request.id),
                    {"overridden": [i.recorded() for i in plan.held_back]},
                )
            session.add(
                Package(
                    request_id=request.id,
                    direction=Direction.OUTGOING.value,
                    kind="request",
                    package_id=document.package_id,
                    file_name=file_name,
                    content=data,
                    sha256=digest,
                    encrypted=encrypted_for is not None,
                    partner_agency_id=request.partner_agency_id,
                    indication=PASSED,
                    report={},
                    contents=contents,
                    created_by_id=actor.member_id,
                )
            )
            if request.status == RequestStatus.APPROVED.value:
                request.status = RequestStatus.SENT.value
                request.sent_at = sending_at
                request.due_at = request_deadline(self._cf.catalogue(), request)
        # A supervisor's package signature also signs the log's head when an anchor is due.
        AuditAnchorService(self._cf).anchor_with(signers[0])
        return ExportResult(data, file_name, digest, plan, override_handling, encrypted_for)

    def _document(
        self,
        request: Request,
        sender: Agency,
        recipient: Agency,
        approver: str,
        attachments: list,  # type: ignore[type-arg]
        *,
        due_at: datetime | None = None,
    ) -> RequestDocument:
        catalogue = self._cf.catalogue()
        article = catalogue.article(request.legal_basis)
        loan = None
        if request.loan is not None:
            loan = LoanTerms(
                utc_text(request.loan.period_start),
                utc_text(request.loan.period_end),  # type: ignore[arg-type]
                tuple(LoanItem(i.item_type, i.quantity, i.serial_numbers) for i in request.loan.items),
            )
        section = RequestSection(
            reference=request.reference,
            kind=request.kind,
            legal_basis=request.legal_basis,
            legal_basis_reference=catalogue.reference(request.legal_basis),
            legal_basis_confirmed=article.number_confirmed,
            events_on=utc_text(request.events_on),
            urgency=request.urgency,  # type: ignore[arg-type]
            information_access=request.information_access,
            title=request.title,
            body=request.body,
            fields={
                k: v for k, v in (request.form_values or {}).items() if isinstance(v, (str, int, float, bool))
            },
            handling_code=request.handling_code,
            source_evaluation=request.source_evaluation,
            information_evaluation=request.information_evaluation,
            due_at=utc_text(due_at if due_at is not None else request.due_at),
            approved_by=approver,
            approved_at=utc_text(request.decided_at),
            loan=loan,
        )
        names = _unique_names([_safe_name(a.filename) for a, _b in attachments])
        entries = tuple(
            AttachmentEntry(f"attachments/{name}", a.media_type, a.sha256, a.size)
            for name, (a, _b) in zip(names, attachments, strict=True)
        )
        return RequestDocument(
            package_id=str(uuid.uuid4()),
            kind="request",
            created_at=utc_text(datetime.now(UTC)),  # type: ignore[arg-type]
            sender=Party(sender.code, sender.country),
            recipient=Party(recipient.code, recipient.country),
            request=section,
            attachments=entries,
        )

    def export_answer(
        self, ref: str, *, password: str | None, answer: str | None = None, encrypt_for_agency: bool = False
    ) -> ExportResult:
        """Answer an incoming request with a package signed by the acting member.

        With `answer`, a received request is answered now; without, an answered one is re-sent.
        """
        actor = self._cf.actor
        if actor.role not in (Role.INVESTIGATOR.value, Role.DUTY_OFFICER.value, Role.SUPERVISOR.value):
            raise PermissionDenied("Your role cannot answer requests.")
        if answer is not None and not answer.strip():
            raise InvalidInput("An answer needs some text.")
        credential = self._credentials.unlock(actor.member_id, password)  # type: ignore[arg-type]
        with self._cf.reading() as session:
            request = self._request(session, ref)
            if request.direction != Direction.INCOMING.value:
                raise IllegalTransition("Only an incoming request is answered with an answer package.")
            expected = RequestStatus.RECEIVED.value if answer is not None else RequestStatus.ANSWERED.value
            if request.status != expected:
                if answer is not None:
                    raise IllegalTransition(
                        "{reference} has the status {status}; it was already answered.",
                        reference=request.reference,
                        status=RequestStatus(request.status),
                    )
                raise IllegalTransition(
                    "{reference} has the status {status}; answer it first.",
                    reference=request.reference,
                    status=RequestStatus(request.status),
                )
            partner = session.get(Agency, request.partner_agency_id)
            own = session.get(Agency, request.requested_agency_id)
            assert partner is not None and own is not None
            text = answer.strip() if answer is not None else request.answer
            answered_at = datetime.now(UTC) if answer is not None else request.answered_at
            section = self._document(request, partner, own, "", []).request
            document = RequestDocument(
                package_id=str(uuid.uuid4()),
                kind="answer",
                created_at=utc_text(datetime.now(UTC)),  # type: ignore[arg-type]
                sender=Party(own.code, own.country),
                recipient=Party(partner.code, partner.country),
                request=section,
                answer=AnswerSection(
                    request.external_reference or request.reference, text, utc_text(answered_at)
                ),  # type: ignore[arg-type]
            )
            languages = form_languages(tuple(x for x in partner.languages.split(",") if x))
            partner_code, partner_id = partner.code, partner.id
        objects = [
            DataObject("request.json", document.to_json(), "application/json"),
            DataObject("request.pdf", self._pdf(document, languages), "application/pdf"),
        ]
        data, encrypted_for = self._seal(objects, [credential], partner_code if encrypt_for_agency else None)
        digest = hashlib.sha256(data).hexdigest()
        file_name = f"{request.reference}-answer.asice" + (".p7m" if encrypted_for else "")
        with self._cf.unit_of_work("package.answer") as session:
            request = self._request(session, ref)
            if answer is not None:
                request.status, request.answer, request.answered_at = (
                    RequestStatus.ANSWERED.value,
                    text,
                    answered_at,
                )
            session.add(
                Package(
                    request_id=request.id,
                    direction=Direction.OUTGOING.value,
                    kind="answer",
                    package_id=document.package_id,
                    file_name=file_name,
                    content=data,
                    sha256=digest,
                    encrypted=encrypted_for is not None,
                    partner_agency_id=partner_id,
                    indication=PASSED,
                    report={},
                    contents={"included": [o.name for o in objects], "signers": [credential.fingerprint]},
                    created_by_id=actor.member_id,
                )
            )
        plan = ExportPlan(
            request.reference,
            partner_code,
            tuple(PlannedItem(o.name, o.name, "") for o in objects),
            (),
            False,
        )
        AuditAnchorService(self._cf).anchor_with(credential)
        return ExportResult(
            data, file_name, digest, plan, False, partner_code if encrypt_for_agency else None
        )

    def _seal(
        self, objects: list[DataObject], signers: list[Credential], encrypt_for_agency: str | None
    ) -> tuple[bytes, str | None]:
        """Sign (one manifest and signature per signer), then encrypt for the agency if asked."""
        try:
            data = build_container(objects, [_signer(c) for c in signers])
        except ContainerError as error:
            raise InvalidInput.retold(error) from None
        if encrypt_for_agency is None:
            return data, None
        recipients = [
            cert for _code, cert in self._trust.anchors(encrypt_for_agency) if is_rsa_encryption(cert)
        ]
        if not recipients:
            raise InvalidInput(
                "The trust store holds no RSA encryption certificate for {agency}.", agency=encrypt_for_agency
            )
        try:
            return encrypt_for(data, recipients), encrypt_for_agency
        except EnvelopeError as error:
            raise InvalidInput.retold(error) from None

    def verify(self, data: bytes, *, decryption: Credential | None = None) -> ValidationReport:
        return self._importer.verify(data, decryption=decryption)

    def import_package(
        self, data: bytes, file_name: str, *, decryption: Credential | None = None
    ) -> ImportResult:
        return self._importer.import_package(data, file_name, decryption=decryption)

    def _pdf(self, document: RequestDocument, languages: tuple[str, ...]) -> bytes:
        if self._render_pdf is None:
            raise InvalidInput(
                "This front end cannot render the request's PDF form, so it cannot export packages."
            )
        return self._render_pdf(document, languages)

    @staticmethod
    def _request(session, ref: str) -> Request:  # type: ignore[no-untyped-def]
        request = session.scalar(select(Request).where(Request.reference == ref))
        if request is None and str(ref).isdigit():
            request = session.get(Request, int(ref))
        if request is None:
            raise NotFound("There is no request {reference!r} in this case file.", reference=ref)
        return request


def _signer(credential: Credential):  # type: ignore[no-untyped-def]
    return lambda manifest: sign_detached(manifest, credential)


def is_rsa_encryption(certificate) -> bool:  # type: ignore[no-untyped-def]
    """Whether a pinned certificate can receive an encrypted package: an RSA key whose key usage,
    if it states one, allows key encipherment (what CMS EnvelopedData with RSA needs)."""
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric import rsa

    if not isinstance(certificate.public_key(), rsa.RSAPublicKey):
        return False
    try:
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return True
    return bool(usage.key_encipherment)
