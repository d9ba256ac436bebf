"""Requests: filing, the four-eyes workflow, and the queries behind the request list.

Every public method is one unit of work. Validation happens before anything is added to the
session, and every refusal is a ServiceError raised inside the transaction, so a refused action
writes nothing — not even an audit entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import Select, func, literal_column, or_, select, text
from sqlalchemy.orm import Session, aliased

from desktop.models import Agency, Case, Loan, LoanItem, Member, Request, utcnow
from desktop.models.enums import (
    Direction,
    HandlingCode,
    InformationAccess,
    InformationEvaluation,
    RequestKind,
    RequestStatus,
    Role,
    SourceEvaluation,
    Urgency,
)
from desktop.sentences import template
from desktop.services import request_rules
from desktop.services.agencies import agency_by_code
from desktop.services.casefile import CaseFile
from desktop.services.catalogue import Catalogue, InvalidLegalBasis
from desktop.services.dto import LegalBasisView, RequestRow, RequestView
from desktop.services.errors import InvalidInput, NotFound, PermissionDenied
from desktop.services.insight_rules import AnswerTiming, answer_clock
from desktop.services.loans import loan_view

_FILERS = frozenset({Role.INVESTIGATOR.value, Role.DUTY_OFFICER.value, Role.SUPERVISOR.value})


@dataclass(frozen=True)
class LoanLine:
    item_type: str
    quantity: int = 1
    serial_numbers: str = ""


@dataclass(frozen=True)
class NewRequest:
    """What a duty officer fills in. Countries come from the agencies, not from the form."""

    kind: RequestKind
    partner_code: str
    legal_basis: str
    events_on: datetime
    title: str
    direction: Direction = Direction.OUTGOING
    own_agency_code: str | None = None
    body: str = ""
    urgency: Urgency = Urgency.NORMAL
    information_access: InformationAccess | None = None
    form_values: dict[str, object] = field(default_factory=dict)
    handling_code: HandlingCode = HandlingCode.H1
    source_evaluation: SourceEvaluation = SourceEvaluation.B
    information_evaluation: InformationEvaluation = InformationEvaluation.TWO
    case_reference: str | None = None
    received_at: datetime | None = None
    external_reference: str = ""
    loan_start: datetime | None = None
    loan_end: datetime | None = None
    loan_lines: tuple[LoanLine, ...] = ()


@dataclass(frozen=True)
class RequestFilter:
    statuses: tuple[RequestStatus, ...] = ()
    direction: Direction | None = None
    kind: RequestKind | None = None
    partner_code: str | None = None
    text: str | None = None
    overdue_only: bool = False
    # The dashboard's figures (services/insight.py): created from (included) / before (excluded),
    # and answered requests with an answer deadline, all of them or in time or late.
    created_from: datetime | None = None
    created_before: datetime | None = None
    answer_timing: AnswerTiming | None = None


# The refusal of a time given without its zone, by the field it was given for.
_NEEDS_ZONE = {
    "events": template("The date of the events needs a time zone."),
    "loan_start": template("The loan start needs a time zone."),
    "loan_end": template("The loan end needs a time zone."),
    "received": template("The time of receipt needs a time zone."),
    "time": template("The time needs a time zone."),
}


def _aware(value: datetime, field_key: str) -> datetime:
    """`value` in UTC; `field_key` (a key of _NEEDS_ZONE) names it in the refusal of a naive time."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidInput(_NEEDS_ZONE[field_key])
    return value.astimezone(UTC)


_REFERENCE = re.compile(r"^[A-Z]{2,6}-\d{4}-\d{5,7}$")


def _parse_time(value: object) -> datetime | None:
    """A form's datetime field (ISO-8601 with offset), or None if absent or unreadable."""
    if isinstance(value, datetime):
        return value if value.tzinfo else None
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed.astimezone(UTC) if parsed.tzinfo else None


def request_deadline(
    catalogue: Catalogue,
    request: Request,
    *,
    sent_at: datetime | None = None,
    status: RequestStatus | None = None,
) -> datetime | None:
    """The running deadline of a stored request, from its article's rules (request_rules.deadline).

    `sent_at` and `status` give the deadline the request will have once sent, without changing it.
    """
    article = catalogue.article(request.legal_basis)
    crossing = request.form_values.get("crossing_time") if request.form_values else None
    return request_rules.deadline(
        article.deadline_rule,
        article.notification_rule,
        crossing_at=_parse_time(crossing),
        kind=RequestKind(request.kind),
        direction=Direction(request.direction),
        urgency=Urgency(request.urgency),
        access=InformationAccess(request.information_access) if request.information_access else None,
        events_on=request.events_on,
        sent_at=sent_at or request.sent_at,
        received_at=request.received_at,
        loan_end=request.loan.period_end if request.loan else None,
        status=status or RequestStatus(request.status),
    )


def _form_values(new: NewRequest) -> dict[str, object]:
    """The form as stored: datetimes as ISO text, and the loan's own facts filled in once."""
    values: dict[str, object] = {
        key: value.astimezone(UTC).isoformat() if isinstance(value, datetime) else value
        for key, value in new.form_values.items()
    }
    if new.kind is RequestKind.EQUIPMENT_LOAN:
        if new.loan_start is not None:
            values.setdefault("loan_from", _aware(new.loan_start, "loan_start").isoformat())
        if new.loan_end is not None:
            values.setdefault("loan_until", _aware(new.loan_end, "loan_end").isoformat())
        if new.loan_lines:
            values.setdefault(
                "inventory",
                "; ".join(
                    f"{line.quantity} x {line.item_type}"
                    + (f" ({line.serial_numbers})" if line.serial_numbers else "")
                    for line in new.loan_lines
                ),
            )
    return values


def _fts_query(text_query: str) -> str:
    """User text → a safe FTS5 query: each word a quoted prefix term, all required."""
    words = [w.replace('"', '""') for w in text_query.split() if w.strip()]
    return " ".join(f'"{w}"*' for w in words[:12])


class RequestService:
    def __init__(self, case_file: CaseFile) -> None:
        self._cf = case_file

    # -- filing --------------------------------------------------------------------------------

    def create(self, new: NewRequest) -> RequestView:
        actor = self._cf.actor
        if actor.role not in _FILERS:
            raise PermissionDenied("Only investigators, duty officers and supervisors file requests.")
        title = new.title.strip()
        if not title:
            raise InvalidInput("A request needs a title.")
        events_on = _aware(new.events_on, "events")
        with self._cf.unit_of_work("request.create") as session:
            member = session.get(Member, actor.member_id)
            partner = agency_by_code(session, new.partner_code)
            own = self._own_agency(session, member, new.own_agency_code)
            if own.id == partner.id:
                raise InvalidInput("The partner agency must be another agency than your own.")
            requesting, requested = (own, partner) if new.direction is Direction.OUTGOING else (partner, own)
            # The date as the officer gave it, in their zone: 00:30 on 1 October 2023 in Brussels is
            # under the 2018 treaty although it is still 30 September in UTC.
            article = self._validated_basis(new, requesting, requested, new.events_on.date())
            form_values = _form_values(new)
            for spec in article.required_fields:
                value = form_values.get(spec.id)
                if spec.type == "datetime" and value not in (None, "") and _parse_time(value) is None:
                    raise InvalidInput(
                        "The field {label!r} must be a date and time with its zone.", label=spec.label("en")
                    )
            missing = self._cf.catalogue().missing_fields(article.basis_id, form_values)
            if missing:
                raise InvalidInput(
                    "The legal basis {reference} requires: {fields}.",
                    reference=self._reference(article.basis_id),
                    fields=", ".join(f.label("en") for f in missing),
                )
            if (
                new.kind is RequestKind.INFORMATION_REQUEST
                and new.urgency is Urgency.URGENT
                and new.information_access is None
            ):
                raise InvalidInput(
                    "An urgent information request must say whether the information is directly or indirectly accessible."
                )
            case_id = None
            if new.case_reference:
                case = session.scalar(select(Case).where(Case.reference == new.case_reference))
                if case is None:
                    raise NotFound("There is no case {reference!r}.", reference=new.case_reference)
                case_id = case.id
            received_at = None
            status = RequestStatus.DRAFT
            if new.direction is Direction.INCOMING:
                received_at = _aware(new.received_at or utcnow(), "received")
                status = RequestStatus.RECEIVED
            request = Request(
                reference=self._next_reference(session, new.direction),
                kind=new.kind.value,
                direction=new.direction.value,
                requesting_agency_id=requesting.id,
                requested_agency_id=requested.id,
                partner_agency_id=partner.id,
                case_id=case_id,
                legal_basis=article.basis_id,
                events_on=events_on,
                urgency=new.urgency.value,
                information_access=new.information_access.value if new.information_access else None,
                title=title,
                body=new.body,
                form_values=form_values,
                handling_code=new.handling_code.value,
                source_evaluation=new.source_evaluation.value,
                information_evaluation=new.information_evaluation.value,
                status=status.value,
                external_reference=new.external_reference,
                created_by_id=actor.member_id,
                received_at=received_at,
            )
            if new.kind is RequestKind.EQUIPMENT_LOAN:
                request.loan = self._new_loan(new)
            elif new.loan_lines:
                raise InvalidInput("Only an equipment-loan request has an inventory list.")
            request.due_at = request_deadline(self._cf.catalogue(), request)
            session.add(request)
            session.flush()
            return self._view(session, request)

    def _own_agency(self, session: Session, member: Member | None, code: str | None) -> Agency:
        if code:
            return agency_by_code(session, code)
        if member is not None and member.agency_id is not None:
            agency = session.get(Agency, member.agency_id)
            assert agency is not None
            return agency
        raise InvalidInput("Say which of your agencies files the request (your member record has no agency).")

    def _validated_basis(self, new: NewRequest, requesting: Agency, requested: Agency, events_on: date):  # type: ignore[no-untyped-def]
        from desktop.models.enums import Country

        try:
            return self._cf.catalogue().validate_basis(
                new.legal_basis, new.kind, Country(requesting.country), Country(requested.country), events_on
            )
        except InvalidLegalBasis as error:
            raise InvalidInput.retold(error) from None

    def _new_loan(self, new: NewRequest) -> Loan:
        if new.loan_start is None or new.loan_end is None:
            raise InvalidInput("An equipment loan needs the start and end of the loan period.")
        start, end = _aware(new.loan_start, "loan_start"), _aware(new.loan_end, "loan_end")
        if end <= start:
            raise InvalidInput("The loan period must end after it starts.")
        if not new.loan_lines:
            raise InvalidInput("An equipment loan needs an inventory list with at least one item.")
        items = []
        for line in new.loan_lines:
            if not line.item_type.strip():
                raise InvalidInput("Every item of the inventory list needs a type.")
            if line.quantity < 1:
                raise InvalidInput("The quantity of {item!r} must be at least 1.", item=line.item_type)
            serials = [s.strip() for s in line.serial_numbers.split(",") if s.strip()]
            if serials and len(serials) != line.quantity:
                raise InvalidInput(
                    "{item!r} lists {serials} serial numbers for a quantity of {quantity}.",
                    item=line.item_type,
                    serials=len(serials),
                    quantity=line.quantity,
                )
            items.append(
                LoanItem(
                    item_type=line.item_type.strip(),
                    quantity=line.quantity,
                    serial_numbers=", ".join(serials),
                )
            )
        return Loan(period_start=start, period_end=end, items=items)

    @staticmethod
    def _next_reference(session: Session, direction: Direction) -> str:
        prefix = "OUT" if direction is Direction.OUTGOING else "IN"
        year = utcnow().year
        stem = f"{prefix}-{year}-"
        last = session.scalar(select(func.max(Request.reference)).where(Request.reference.like(f"{stem}%")))
        number = int(last.rsplit("-", 1)[1]) + 1 if last else 1
        return f"{stem}{number:06d}"

    # -- workflow ------------------------------------------------------------------------------

    def submit(self, ref: str | int) -> RequestView:
        return self._transition(ref, "submit", "request.submit")

    def approve(self, ref: str | int) -> RequestView:
        return self._transition(ref, "approve", "request.approve", decide=True)

    def reject(self, ref: str | int, reason: str) -> RequestView:
        if not reason.strip():
            raise InvalidInput("A rejection needs a reason.")
        return self._transition(ref, "reject", "request.reject", decide=True, reason=reason.strip())

    def revise(self, ref: str | int) -> RequestView:
        return self._transition(ref, "revise", "request.revise")

    def mark_sent(self, ref: str | int, *, at: datetime | None = None) -> RequestView:
        return self._transition(ref, "send", "request.send", at=at)

    def record_answer(self, ref: str | int, answer: str, *, at: datetime | None = None) -> RequestView:
        if not answer.strip():
            raise InvalidInput("An answer needs some text.")
        return self._transition(ref, "answer", "request.answer", answer=answer.strip(), at=at)

    def close(self, ref: str | int) -> RequestView:
        return self._transition(ref, "close", "request.close")

    def cancel(self, ref: str | int, reason: str = "") -> RequestView:
        return self._transition(ref, "cancel", "request.cancel", reason=reason.strip())

    def _transition(
        self,
        ref: str | int,
        action: str,
        intent: str,
        *,
        decide: bool = False,
        reason: str = "",
        answer: str = "",
        at: datetime | None = None,
    ) -> RequestView:
        actor = self._cf.actor
        if actor.role not in _FILERS:
            raise PermissionDenied("Your role cannot act on requests.")
        when = _aware(at, "time") if at is not None else utcnow()
        with self._cf.unit_of_work(intent) as session:
            request = self._get(session, ref)
            status = RequestStatus(request.status)
            target = request_rules.next_status(
                action, status, Direction(request.direction), RequestKind(request.kind)
            )
            if decide and request.direction == Direction.OUTGOING.value:
                request_rules.check_can_decide(
                    actor.role, actor.member_id, request.created_by_id, request.submitted_by_id
                )
            request.status = target.value
            if action == "submit":
                request.submitted_by_id, request.submitted_at = actor.member_id, when
            elif action in ("approve", "reject"):
                request.decided_by_id, request.decided_at = actor.member_id, when
                if action == "reject":
                    request.rejection_reason = reason
            elif action == "revise":
                request.submitted_by_id = request.submitted_at = request.decided_by_id = (
                    request.decided_at
                ) = None
            elif action == "send":
                request.sent_at = when
            elif action == "answer":
                request.answer, request.answered_at = answer, when
            elif action == "close":
                request.closed_at = when
            elif action == "cancel":
                request.closed_at = when
                request.rejection_reason = reason
            request.due_at = request_deadline(self._cf.catalogue(), request)
            session.flush()
            return self._view(session, request)

    # -- reading -------------------------------------------------------------------------------

    def show(self, ref: str | int) -> RequestView:
        with self._cf.reading() as session:
            return self._view(session, self._get(session, ref))

    def list(
        self,
        filters: RequestFilter = RequestFilter(),
        *,
        limit: int = 200,
        offset: int = 0,
        order: str = "due",
    ) -> list[RequestRow]:
        now = utcnow()
        partner = aliased(Agency)
        query = self._filtered(
            select(
                Request.id,
                Request.reference,
                Request.kind,
                Request.direction,
                Request.status,
                partner.code,
                Request.title,
                Request.due_at,
                Request.urgency,
            ).join(partner, partner.id == Request.partner_agency_id),
            filters,
            now,
        )
        if order == "due":
            # Requests without a deadline sort last; ties by reference keep paging stable.
            query = query.order_by(Request.due_at.is_(None), Request.due_at, Request.id)
        else:
            query = query.order_by(Request.id.desc())
        with self._cf.reading() as session:
            rows = session.execute(query.limit(limit).offset(offset)).all()
        return [
            RequestRow(
                id=r[0],
                reference=r[1],
                kind=r[2],
                direction=r[3],
                status=r[4],
                partner_code=r[5],
                title=r[6],
                due_at=r[7],
                overdue=bool(r[7] and r[7] < now and RequestStatus(r[4]) in request_rules.WAITING),
                urgency=r[8],
            )
            for r in rows
        ]

    def count(self, filters: RequestFilter = RequestFilter()) -> int:
        with self._cf.reading() as session:
            return session.scalar(self._filtered(select(func.count(Request.id)), filters, utcnow())) or 0

    def counts_by_status_and_partner(self) -> list[tuple[str, str, int]]:
        query = (
            select(Request.status, Agency.code, func.count())
            .join(Agency, Agency.id == Request.partner_agency_id)
            .group_by(Request.status, Agency.code)
            .order_by(Request.status, Agency.code)
        )
        with self._cf.reading() as session:
            return [(s, c, n) for s, c, n in session.execute(query)]

    def _filtered(self, query: Select, filters: RequestFilter, now: datetime) -> Select:  # type: ignore[type-arg]
        if len(filters.statuses) == 1:
            query = query.where(Request.status == filters.statuses[0].value)
        elif filters.statuses:
            # Unary plus: filter on status without using its index, so SQLite walks the due-date
            # index in list order and stops after one page instead of sorting every match.
            query = query.where(literal_column("+request.status").in_([s.value for s in filters.statuses]))
        if filters.direction:
            query = query.where(Request.direction == filters.direction.value)
        if filters.kind:
            query = query.where(Request.kind == filters.kind.value)
        if filters.partner_code:
            query = query.where(
                Request.partner_agency_id
                == select(Agency.id).where(Agency.code == filters.partner_code).scalar_subquery()
            )
        if filters.overdue_only:
            query = query.where(
                Request.due_at < now, Request.status.in_([s.value for s in request_rules.WAITING])
            )
        if filters.created_from is not None:
            query = query.where(Request.created_at >= filters.created_from)
        if filters.created_before is not None:
            query = query.where(Request.created_at < filters.created_before)
        if filters.answer_timing is not None:
            query = query.where(answer_clock(self._cf.catalogue()).where(filters.answer_timing))
        if filters.text and filters.text.strip():
            typed = filters.text.strip()
            match = _fts_query(typed)
            if _REFERENCE.match(typed):
                # A typed reference finds that request, not every text that mentions it.
                query = query.where(
                    or_(
                        Request.reference == typed,
                        literal_column("+request.id").in_(
                            text("SELECT rowid FROM request_fts WHERE request_fts MATCH :q").bindparams(
                                q=match
                            )
                        ),
                    )
                )
            elif match:
                # Unary plus again: the matches are a set to test against, walked in list order.
                query = query.where(
                    literal_column("+request.id").in_(
                        text("SELECT rowid FROM request_fts WHERE request_fts MATCH :q").bindparams(q=match)
                    )
                )
        return query

    def _get(self, session: Session, ref: str | int) -> Request:
        if isinstance(ref, int) or (isinstance(ref, str) and ref.isdigit()):
            request = session.get(Request, int(ref))
        else:
            request = session.scalar(select(Request).where(Request.reference == ref))
        if request is None:
            raise NotFound("There is no request {reference!r} in this case file.", reference=ref)
        return request

    def _reference(self, basis_id: str) -> str:
        return self._cf.catalogue().reference(basis_id)

    def _view(self, session: Session, request: Request) -> RequestView:
        catalogue = self._cf.catalogue()
        article = catalogue.article(request.legal_basis)

        def agency_code(agency_id: int) -> str:
            agency = session.get(Agency, agency_id)
            return agency.code if agency else "?"

        def member_name(member_id: int | None) -> str | None:
            if member_id is None:
                return None
            member = session.get(Member, member_id)
            return member.name if member else None

        case_ref = None
        if request.case_id is not None:
            case = session.get(Case, request.case_id)
            case_ref = case.reference if case else None
        now = utcnow()
        status = RequestStatus(request.status)
        return RequestView(
            id=request.id,
            reference=request.reference,
            kind=request.kind,
            direction=request.direction,
            status=request.status,
            requesting_agency=agency_code(request.requesting_agency_id),
            requested_agency=agency_code(request.requested_agency_id),
            legal_basis=LegalBasisView(
                basis_id=article.basis_id,
                reference=catalogue.reference(article.basis_id),
                confirmed=article.number_confirmed,
                subject=article.subject("en"),
                references={lang: catalogue.reference(article.basis_id, lang) for lang in article.subjects},
                subjects=dict(article.subjects),
            ),
            events_on=request.events_on,
            urgency=request.urgency,
            information_access=request.information_access,
            title=request.title,
            body=request.body,
            form_values=dict(request.form_values or {}),
            handling_code=request.handling_code,
            evaluation=f"{request.source_evaluation}{request.information_evaluation}",
            due_at=request.due_at,
            overdue=bool(request.due_at and request.due_at < now and status in request_rules.WAITING),
            created_by=member_name(request.created_by_id),
            submitted_by=member_name(request.submitted_by_id),
            decided_by=member_name(request.decided_by_id),
            rejection_reason=request.rejection_reason,
            case_reference=case_ref,
            answer=request.answer,
            timestamps={
                "created": request.created_at,
                "submitted": request.submitted_at,
                "decided": request.decided_at,
                "received": request.received_at,
                "sent": request.sent_at,
                "answered": request.answered_at,
                "closed": request.closed_at,
            },
            loan=loan_view(session, request) if request.loan is not None else None,
        )
