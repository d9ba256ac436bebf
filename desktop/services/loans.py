"""Equipment loans: hand-over, return with the condition of each item, and the loan lists.

Loss of or damage to lent equipment is borne by the borrower (Benelux 2004 treaty art. 41), so
the return records, per inventory line, whether it came back good, damaged or lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Agency, Loan, Request, utcnow
from desktop.models.enums import Direction, ItemCondition, RequestKind, RequestStatus
from desktop.services import request_rules
from desktop.services.dto import LoanItemView, LoanView
from desktop.services.errors import InvalidInput, NotFound, PermissionDenied

if TYPE_CHECKING:
    from desktop.services.casefile import CaseFile


def loan_view(session: Session, request: Request) -> LoanView:
    loan = request.loan
    assert loan is not None
    partner = session.get(Agency, request.partner_agency_id)
    now = utcnow()
    return LoanView(
        request_id=request.id,
        request_reference=request.reference,
        direction=request.direction,
        partner_code=partner.code if partner else "?",
        status=request.status,
        period_start=loan.period_start,
        period_end=loan.period_end,
        handed_over_at=loan.handed_over_at,
        returned_at=loan.returned_at,
        overdue=request.status == RequestStatus.HANDED_OVER.value and loan.period_end < now,
        items=tuple(
            LoanItemView(i.id, i.item_type, i.quantity, i.serial_numbers, i.condition, i.damage_notes)
            for i in loan.items
        ),
        return_notes=loan.return_notes,
    )


@dataclass(frozen=True)
class ItemReturn:
    item_id: int
    condition: ItemCondition
    damage_notes: str = ""


class LoanService:
    def __init__(self, case_file: CaseFile) -> None:
        self._cf = case_file

    def _loan_request(self, session: Session, ref: str | int) -> Request:
        query = select(Request).where(
            Request.id == int(ref) if str(ref).isdigit() else Request.reference == str(ref)
        )
        request = session.scalar(query)
        if request is None or request.kind != RequestKind.EQUIPMENT_LOAN.value or request.loan is None:
            raise NotFound("There is no equipment loan {reference!r} in this case file.", reference=ref)
        return request

    def _check_role(self) -> None:
        if self._cf.actor.role not in ("investigator", "duty_officer", "supervisor"):
            raise PermissionDenied("Your role cannot record loans.")

    def hand_over(self, ref: str | int, *, at: datetime | None = None) -> LoanView:
        self._check_role()
        with self._cf.unit_of_work("loan.hand_over") as session:
            request = self._loan_request(session, ref)
            target = request_rules.next_status(
                "hand_over",
                RequestStatus(request.status),
                Direction(request.direction),
                RequestKind.EQUIPMENT_LOAN,
            )
            assert request.loan is not None
            request.status = target.value
            request.loan.handed_over_at = (at or utcnow()).astimezone(UTC)
            request.due_at = request.loan.period_end
            session.flush()
            return loan_view(session, request)

    def record_return(
        self, ref: str | int, items: list[ItemReturn], *, notes: str = "", at: datetime | None = None
    ) -> LoanView:
        """Every inventory line must be accounted for; a damaged or lost line needs a description."""
        self._check_role()
        with self._cf.unit_of_work("loan.return") as session:
            request = self._loan_request(session, ref)
            target = request_rules.next_status(
                "return",
                RequestStatus(request.status),
                Direction(request.direction),
                RequestKind.EQUIPMENT_LOAN,
            )
            loan = request.loan
            assert loan is not None
            by_id = {i.item_id: i for i in items}
            unknown = set(by_id) - {item.id for item in loan.items}
            if unknown:
                raise InvalidInput("Item {item} is not on this loan's inventory list.", item=min(unknown))
            for item in loan.items:
                returned = by_id.get(item.id)
                if returned is None:
                    raise InvalidInput(
                        "Say in which condition {item!r} came back (good, damaged or lost).",
                        item=item.item_type,
                    )
                if returned.condition is not ItemCondition.GOOD and not returned.damage_notes.strip():
                    raise InvalidInput(
                        "Describe the damage or loss of {item!r}; the borrower bears it.", item=item.item_type
                    )
                item.condition = returned.condition.value
                item.damage_notes = returned.damage_notes.strip()
            request.status = target.value
            loan.returned_at = (at or utcnow()).astimezone(UTC)
            loan.return_notes = notes.strip()
            session.flush()
            return loan_view(session, request)

    def list(self, *, state: str = "all", within_days: int = 7) -> list[LoanView]:
        """state: out (handed over), due_soon (out, ending within N days), overdue, returned, all."""
        now = utcnow()
        query = select(Request).join(Loan, Loan.request_id == Request.id).order_by(Loan.period_end)
        if state in ("out", "due_soon", "overdue"):
            query = query.where(Request.status == RequestStatus.HANDED_OVER.value)
        if state == "due_soon":
            query = query.where(Loan.period_end >= now, Loan.period_end <= now + timedelta(days=within_days))
        elif state == "overdue":
            query = query.where(Loan.period_end < now)
        elif state == "returned":
            query = query.where(
                Request.status.in_([RequestStatus.RETURNED.value, RequestStatus.CLOSED.value]),
                Loan.returned_at.is_not(None),
            )
        elif state != "all" and state != "out":
            raise InvalidInput("Loan lists are: out, due_soon, overdue, returned or all.")
        with self._cf.reading() as session:
            return [loan_view(session, r) for r in session.scalars(query)]
