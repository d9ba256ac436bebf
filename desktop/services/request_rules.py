"""The request lifecycle, four-eyes and deadline rules, as pure functions over plain values.

Kept apart from the database code so the rules read in one place and are tested directly.

Outgoing:  draft → submitted → approved | rejected → sent → answered → closed
           rejected → draft (revise and resubmit)
Incoming:  received → answered → closed;  received → rejected (declined)
Loans add: answered → handed_over → returned → closed
Cancel from any open state except while equipment is handed over (it has to come back first).
"""

from __future__ import annotations

from datetime import datetime

from desktop.models.enums import (
    Direction,
    InformationAccess,
    RequestKind,
    RequestStatus,
    Role,
    Urgency,
)
from desktop.sentences import Said, template
from desktop.services.deadlines import compute_due
from desktop.services.errors import FourEyesViolation, IllegalTransition, PermissionDenied

S = RequestStatus

_OUTGOING: dict[str, dict[RequestStatus, RequestStatus]] = {
    "submit": {S.DRAFT: S.SUBMITTED},
    "approve": {S.SUBMITTED: S.APPROVED},
    "reject": {S.SUBMITTED: S.REJECTED},
    "revise": {S.REJECTED: S.DRAFT},
    "send": {S.APPROVED: S.SENT},
    "answer": {S.SENT: S.ANSWERED},
    "close": {S.ANSWERED: S.CLOSED, S.RETURNED: S.CLOSED},
}
_INCOMING: dict[str, dict[RequestStatus, RequestStatus]] = {
    "answer": {S.RECEIVED: S.ANSWERED},
    "reject": {S.RECEIVED: S.REJECTED},
    "close": {S.ANSWERED: S.CLOSED, S.RETURNED: S.CLOSED},
}
_LOAN: dict[str, dict[RequestStatus, RequestStatus]] = {
    "hand_over": {S.ANSWERED: S.HANDED_OVER},
    "return": {S.HANDED_OVER: S.RETURNED},
}
_CANCELLABLE = frozenset({S.DRAFT, S.SUBMITTED, S.APPROVED, S.SENT, S.RECEIVED, S.ANSWERED})

# What a request can become next, as the refusal of a step lists it ("it can be submitted, cancelled").
_CAN_BE = {
    "submit": template("submitted"),
    "approve": template("approved"),
    "reject": template("rejected"),
    "revise": template("revised"),
    "send": template("sent"),
    "answer": template("answered"),
    "close": template("closed"),
    "hand_over": template("handed over"),
    "return": template("returned"),
    "cancel": template("cancelled"),
}
# One sentence per step a request cannot take now; {allowed} lists what it can become instead.
_CANNOT = {
    "submit": template("A request in status {status} cannot be submitted; it can be {allowed}."),
    "approve": template("A request in status {status} cannot be approved; it can be {allowed}."),
    "reject": template("A request in status {status} cannot be rejected; it can be {allowed}."),
    "revise": template("A request in status {status} cannot be revised; it can be {allowed}."),
    "send": template("A request in status {status} cannot be sent; it can be {allowed}."),
    "answer": template("A request in status {status} cannot be answered; it can be {allowed}."),
    "close": template("A request in status {status} cannot be closed; it can be {allowed}."),
    "hand_over": template("A request in status {status} cannot be handed over; it can be {allowed}."),
    "return": template("A request in status {status} cannot be returned; it can be {allowed}."),
}
_FINISHED = template("A request in status {status} is finished; it cannot be changed any more.")


class Listed(tuple[Said, ...]):
    """Sentence parts listed in one value: English "submitted, cancelled" for the CLI (str);
    the GUI translates each part and joins them (desktop.ui.sentences.tell)."""

    __slots__ = ()

    def __str__(self) -> str:
        return ", ".join(str(part) for part in self)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


# The statuses in which the request's deadline is still running for someone.
WAITING = frozenset({S.DRAFT, S.SUBMITTED, S.APPROVED, S.SENT, S.RECEIVED, S.HANDED_OVER})


def next_status(action: str, status: RequestStatus, direction: Direction, kind: RequestKind) -> RequestStatus:
    """The status after `action`, or IllegalTransition saying what the request can do instead."""
    if action == "cancel":
        if status in _CANCELLABLE:
            return S.CANCELLED
        if status is S.HANDED_OVER:
            raise IllegalTransition(
                "A loan cannot be cancelled while the equipment is handed over; record its return first."
            )
        raise IllegalTransition("A request in status {status} cannot be cancelled.", status=status)
    table = dict(_OUTGOING if direction is Direction.OUTGOING else _INCOMING)
    if kind is RequestKind.EQUIPMENT_LOAN:
        table.update(_LOAN)
    target = table.get(action, {}).get(status)
    if target is None:
        allowed = [a for a, moves in table.items() if status in moves]
        if status in _CANCELLABLE:
            allowed.append("cancel")
        if not allowed:
            raise IllegalTransition(_FINISHED, status=status)
        refusal = _CANNOT.get(action)
        if refusal is None:  # an action no table knows: a programmer's slip, not a user's
            raise ValueError(f"unknown request action {action!r}")
        raise IllegalTransition(refusal, status=status, allowed=Listed(Said(_CAN_BE[a]) for a in allowed))
    return target


def check_can_decide(
    role: str | None, actor_member_id: int | None, created_by: int | None, submitted_by: int | None
) -> None:
    """Four-eyes: only a supervisor decides, never on a request they created or submitted."""
    if role != Role.SUPERVISOR.value:
        raise PermissionDenied("Only a supervisor can approve or reject a request.")
    if actor_member_id is not None and actor_member_id in (created_by, submitted_by):
        raise FourEyesViolation(
            "You cannot approve or reject a request you created or submitted; another supervisor must decide (four-eyes rule)."
        )


_BEFORE_SENDING = frozenset({S.DRAFT, S.SUBMITTED, S.APPROVED})


def deadline(
    rule_id: str | None,
    notification_rule: str | None,
    *,
    kind: RequestKind,
    direction: Direction,
    urgency: Urgency,
    access: InformationAccess | None,
    events_on: datetime,
    crossing_at: datetime | None,
    sent_at: datetime | None,
    received_at: datetime | None,
    loan_end: datetime | None,
    status: RequestStatus,
) -> datetime | None:
    """The running deadline of a request, or None while none can be known yet.

    * an equipment loan that is out: the end of the loan period;
    * Directive 2023/977 art. 5: from receipt (our sending, or our receiving);
    * the 5-hour rule of an urgent observation: from the crossing;
    * a notification duty (notify on or before crossing): the crossing, until the notice is sent.
    """
    if kind is RequestKind.EQUIPMENT_LOAN and status in (S.HANDED_OVER, S.RETURNED) and loan_end is not None:
        return loan_end
    crossing = crossing_at or events_on
    if rule_id == "dir-2023-977-art5":
        receipt = sent_at if direction is Direction.OUTGOING else received_at
        if receipt is None:
            return None
        return compute_due(rule_id, start=receipt, urgency=urgency, access=access)
    if rule_id == "stop-observation-5h":
        return compute_due(rule_id, start=crossing, urgency=urgency)
    if rule_id == "loan-return":
        return loan_end
    if notification_rule is not None and direction is Direction.OUTGOING and status in _BEFORE_SENDING:
        return compute_due(notification_rule, start=crossing, urgency=urgency)
    return None
