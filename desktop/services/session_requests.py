"""What the GUI's request detail and answer dialog need (desktop/ui/requests, desktop/ui/exchange).

Plain functions of the open Services, run on the database worker: they return frozen
dataclasses, never ORM objects, and never hand a password back to the GUI thread. Which workflow
actions a member may take is asked of `request_rules` — the same rules `RequestService` enforces —
so the detail only offers what the service would accept (the service still decides).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.models.enums import Direction, RequestKind, RequestStatus, Role
from desktop.sentences import Said, said
from desktop.services import request_rules
from desktop.services.dto import RequestView
from desktop.services.errors import ServiceError

if TYPE_CHECKING:
    from desktop.services.facade import Services

# Every workflow step the request detail offers; approve/reject of an outgoing request stay in
# the Approvals page. "decline" is the reject of an incoming request (no four-eyes applies).
ACTIONS = ("submit", "revise", "send", "answer", "close", "cancel", "decline", "export", "answer_package")
_RULE_ACTION = {"decline": "reject"}
_ACTORS = frozenset({Role.INVESTIGATOR.value, Role.DUTY_OFFICER.value, Role.SUPERVISOR.value})
_EXPORTABLE = frozenset({RequestStatus.APPROVED.value, RequestStatus.SENT.value})


@dataclass(frozen=True)
class FieldValue:
    """One field of the request's article, with its label in the asked language.

    `text` is the stored value as text (ISO-8601 UTC for a datetime, the choice id for a choice);
    `shown` is what to show when the front end has nothing better (the choice's label).
    """

    id: str
    label: str
    type: str
    text: str
    shown: str


@dataclass(frozen=True)
class RequestDetail:
    """A request with everything its detail panel shows and which actions the member may take."""

    view: RequestView
    partner: str
    external_reference: str
    member: str
    role: str | None
    fields: tuple[FieldValue, ...]
    allowed: frozenset[str]
    refusals: dict[str, Said] = field(default_factory=dict)
    """action → the sentence saying why the member cannot take it now."""

    @property
    def is_loan(self) -> bool:
        return self.view.kind == RequestKind.EQUIPMENT_LOAN.value


def request_detail(services: Services, ref: str | int, *, lang: str = "en") -> RequestDetail:
    """Worker thread. The request `ref` (reference or id) as the acting member may act on it."""
    from sqlalchemy import select

    from desktop.models import Request

    view = services.requests.show(ref)
    actor = services.case_file.actor
    with services.case_file.reading() as session:
        external = session.scalar(select(Request.external_reference).where(Request.id == view.id)) or ""
    partner = view.requested_agency if view.direction == Direction.OUTGOING.value else view.requesting_agency
    allowed, refusals = _allowed(view, actor.name, actor.role)
    return RequestDetail(
        view=view,
        partner=partner,
        external_reference=external,
        member=actor.name,
        role=actor.role,
        fields=_fields(services, view, lang),
        allowed=frozenset(allowed),
        refusals=refusals,
    )


def _allowed(view: RequestView, member: str, role: str | None) -> tuple[set[str], dict[str, Said]]:
    status, direction, kind = (
        RequestStatus(view.status),
        Direction(view.direction),
        RequestKind(view.kind),
    )
    allowed: set[str] = set()
    refusals: dict[str, Said] = {}
    if role not in _ACTORS:
        return allowed, dict.fromkeys(ACTIONS, said("Your role cannot act on requests."))
    for action in ("submit", "revise", "send", "answer", "close", "cancel", "decline"):
        if action == "decline" and direction is not Direction.INCOMING:
            refusals[action] = said(
                "Only an incoming request is declined; an outgoing one is rejected in Approvals."
            )
            continue
        try:
            request_rules.next_status(_RULE_ACTION.get(action, action), status, direction, kind)
        except ServiceError as error:
            refusals[action] = error.said
        else:
            allowed.add(action)
    if direction is not Direction.OUTGOING:
        refusals["export"] = said(
            "Only an outgoing request is exported; answer an incoming one with an answer package."
        )
    elif view.status not in _EXPORTABLE:
        refusals["export"] = said(
            "{reference} has the status {status}; only an approved request is exported.",
            reference=view.reference,
            status=status,
        )
    elif role != Role.SUPERVISOR.value or view.decided_by != member:
        refusals["export"] = said("The supervisor who approved the request signs and exports it.")
    else:
        allowed.add("export")
    if direction is not Direction.INCOMING:
        refusals["answer_package"] = said("Only an incoming request is answered with an answer package.")
    elif status not in (RequestStatus.RECEIVED, RequestStatus.ANSWERED):
        refusals["answer_package"] = said(
            "{reference} has the status {status}; only a received request is answered.",
            reference=view.reference,
            status=status,
        )
    else:
        allowed.add("answer_package")
    return allowed, refusals


def _fields(services: Services, view: RequestView, lang: str) -> tuple[FieldValue, ...]:
    """The article's fields in its order, then any other stored value (a newer version's field)."""
    from desktop.services.request_options import LOAN_FIELD_IDS

    article = services.case_file.catalogue().article(view.legal_basis.basis_id)
    values = dict(view.form_values)
    # A loan's period and inventory are shown from the loan itself, not from the form's copy.
    skipped = LOAN_FIELD_IDS if view.loan is not None else frozenset()
    shown: list[FieldValue] = []
    for spec in article.required_fields:
        if spec.id in skipped:
            values.pop(spec.id, None)
            continue
        value = values.pop(spec.id, None)
        if value is None or value == "":
            continue
        text = str(value)
        label_text = text
        if spec.type == "choice" and text in spec.choice_labels:
            label_text = spec.choice_label(text, lang)
        shown.append(FieldValue(spec.id, spec.label(lang), spec.type, text, label_text))
    for key, value in values.items():
        if key in skipped or value is None or value == "":
            continue
        shown.append(FieldValue(key, key.replace("_", " "), "text", str(value), str(value)))
    return tuple(shown)


# -- answering an incoming request with a signed package ------------------------------------------


@dataclass(frozen=True)
class AnswerContext:
    """Everything the answer dialog shows before anything is signed."""

    reference: str
    title: str
    status: str
    partner: str
    member: str
    answer: str
    """The answer already recorded (re-sent as it is when the request is already answered)."""
    can_answer: bool
    refusal: Said | None
    has_credential: bool
    credential_fingerprint: str
    password_remembered: bool
    encryption_certificates: tuple[tuple[str, str], ...]
    """(subject, SHA-256 fingerprint) of the partner's RSA encryption certificates pinned here."""

    @property
    def resend(self) -> bool:
        return self.status == RequestStatus.ANSWERED.value


def answer_context(services: Services, ref: str | int) -> AnswerContext:
    """Worker thread. The incoming request, its partner and the acting member's signing credential."""
    from desktop.exchange.pki import describe, fingerprint
    from desktop.services.packages import is_rsa_encryption

    detail = request_detail(services, ref)
    view = detail.view
    actor = services.case_file.actor
    mine = [c for c in services.credentials.list() if c.member == actor.name]
    encryption = tuple(
        (describe(certificate), fingerprint(certificate))
        for _code, certificate in services.trust.anchors(detail.partner)
        if is_rsa_encryption(certificate)
    )
    return AnswerContext(
        reference=view.reference,
        title=view.title,
        status=view.status,
        partner=detail.partner,
        member=actor.name,
        answer=view.answer,
        can_answer="answer_package" in detail.allowed,
        refusal=detail.refusals.get("answer_package"),
        has_credential=bool(mine),
        credential_fingerprint=mine[0].fingerprint if mine else "",
        password_remembered=bool(mine)
        and services.credentials.remembered_password(actor.uid or "") is not None,
        encryption_certificates=encryption,
    )


@dataclass(frozen=True)
class AnswerDone:
    """Where an answer package was written, and what identifies it."""

    reference: str
    path: Path
    file_name: str
    size: int
    sha256: str
    signer_fingerprint: str
    encrypted_for: str | None


def answer_package_to(
    services: Services,
    ref: str,
    destination: Path,
    *,
    password: str | None,
    answer: str | None,
    encrypt_for_agency: bool = False,
) -> AnswerDone:
    """Worker thread. Sign and record the answer (PackageService.export_answer, as the CLI's
    `package answer`), then write its bytes owner-only (write_private). `answer` None re-sends
    the recorded answer."""
    from desktop.services.errors import InvalidInput
    from desktop.services.private_files import PrivateWriteError, write_private
    from desktop.services.session_exchange import check_export_destination

    destination = Path(destination)
    check_export_destination(destination)
    result = services.packages.export_answer(
        ref, password=password, answer=answer, encrypt_for_agency=encrypt_for_agency
    )
    try:
        write_private(destination, result.data)
    except PrivateWriteError as error:
        raise InvalidInput(
            "The answer was signed and recorded in the case file, but {path} could not be "
            "written ({reason}); send the answer again to another place.",
            path=destination,
            reason=error.reason,
        ) from None
    actor = services.case_file.actor
    signer = next((c.fingerprint for c in services.credentials.list() if c.member == actor.name), "")
    return AnswerDone(
        reference=result.plan.request_reference,
        path=destination,
        file_name=result.file_name,
        size=len(result.data),
        sha256=result.sha256,
        signer_fingerprint=signer,
        encrypted_for=result.encrypted_for,
    )
