"""The rules behind the dashboard's figures, as SQL expressions shared with the request list.

The dashboard (desktop/services/insight.py) counts requests answered in time; a click on one of
its bars opens the request list filtered the same way (`RequestFilter.answer_timing`). Both build
their SQL from the expressions here, so the list always holds exactly the requests counted.

Answer deadlines (the catalogue's `deadline_rule` of the request's legal basis):

* ``dir-2023-977-art5`` (Directive (EU) 2023/977 art. 5(1)): the clock starts at receipt — our
  sending for an outgoing request, our receiving for an incoming one — and runs 8 hours (urgent,
  directly accessible or not yet classified), 3 days (urgent, indirectly accessible) or 7 days;
* ``stop-observation-5h`` (CISA art. 40(2)): the clock starts at the crossing (the form's
  ``crossing_time``, else the date of the events) and runs 5 hours; the crossing is read back
  from ``due_at``, which the service keeps at crossing + 5 hours.

That is the start and the length `request_rules.deadline` and `deadlines.compute_due` use for
`due_at`. "In time" means answered no later than start + length, to the millisecond (SQLite's
`julianday` counts whole milliseconds). Other rules (notification duties, loan returns) are not
answer deadlines and are left out.

Notification delays on cases (CISA art. 41 and 40): a pursuit must notify the host at the latest
on crossing (delay <= 0); an urgent observation within the 5 hours of
`deadlines.OBSERVATION_WITHOUT_AUTHORISATION`; an observation with prior authorisation was known
to the host before the crossing, so it is held to "at the latest on crossing" too.

No Qt; the loan-list helpers at the end work on the services' frozen views.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import ColumnElement, Float, Integer, and_, case, cast, func, literal

from desktop.models import Request
from desktop.models.enums import CaseKind, Direction, InformationAccess, ItemCondition, RequestStatus, Urgency
from desktop.services import deadlines
from desktop.services.catalogue import Catalogue
from desktop.services.dto import LoanView

MS_PER_HOUR = 3_600_000
_MS_PER_DAY = 86_400_000


def _ms(delta: timedelta) -> int:
    return int(delta.total_seconds() * 1000)


class AnswerTiming(StrEnum):
    """Which answered requests a list shows: all with an answer deadline, in time, or late."""

    ANSWERED = "answered"
    IN_TIME = "in_time"
    LATE = "late"


class DeadlineClass(StrEnum):
    """The answer deadline a request is held to: the lines the dashboard draws."""

    URGENT_DIRECT = "urgent_direct"  # Directive 2023/977 art. 5(1): 8 hours
    URGENT_INDIRECT = "urgent_indirect"  # 3 days
    OTHER = "other"  # 7 days
    OBSERVATION_5H = "observation_5h"  # CISA art. 40(2): 5 hours from the crossing


DEADLINE_HOURS: dict[DeadlineClass, float] = {
    DeadlineClass.URGENT_DIRECT: deadlines.URGENT_DIRECT / timedelta(hours=1),
    DeadlineClass.URGENT_INDIRECT: deadlines.URGENT_INDIRECT / timedelta(hours=1),
    DeadlineClass.OTHER: deadlines.OTHER_REQUEST / timedelta(hours=1),
    DeadlineClass.OBSERVATION_5H: deadlines.OBSERVATION_WITHOUT_AUTHORISATION / timedelta(hours=1),
}


@dataclass(frozen=True)
class AnswerClock:
    """SQL expressions over `request` for the requests that have an answer deadline."""

    has_deadline: ColumnElement[bool]
    deadline_class: ColumnElement[str]
    deadline_ms: ColumnElement[int]
    taken_ms: ColumnElement[int]
    """Milliseconds from the start of the clock to `answered_at` (NULL while unanswered)."""

    def answered(self) -> ColumnElement[bool]:
        return and_(Request.answered_at.is_not(None), self.has_deadline, self.taken_ms.is_not(None))

    def in_time(self) -> ColumnElement[bool]:
        return self.taken_ms <= self.deadline_ms

    def where(self, timing: AnswerTiming) -> ColumnElement[bool]:
        if timing is AnswerTiming.IN_TIME:
            return and_(self.answered(), self.in_time())
        if timing is AnswerTiming.LATE:
            return and_(self.answered(), self.taken_ms > self.deadline_ms)
        return self.answered()


def answer_deadline_bases(catalogue: Catalogue) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Legal bases whose article carries an answer deadline: (Directive art. 5, 5-hour rule)."""
    articles = catalogue.articles()
    art5 = tuple(sorted(a.basis_id for a in articles if a.deadline_rule == deadlines.DIR_2023_977_ART5))
    five = tuple(sorted(a.basis_id for a in articles if a.deadline_rule == deadlines.STOP_OBSERVATION_5H))
    return art5, five


def answer_clock(catalogue: Catalogue) -> AnswerClock:
    art5, five_hours = answer_deadline_bases(catalogue)
    is_art5 = Request.legal_basis.in_(art5)
    is_five = Request.legal_basis.in_(five_hours)
    urgent = Request.urgency == Urgency.URGENT.value
    indirect = Request.information_access == InformationAccess.INDIRECT.value
    received = case(
        (Request.direction == Direction.OUTGOING.value, func.julianday(Request.sent_at, type_=Float)),
        else_=func.julianday(Request.received_at, type_=Float),
    )
    # The crossing as request_rules.deadline read it (the form's crossing_time, else the date of
    # the events) is kept in due_at = crossing + 5 h at every step; reading it back from there
    # spares a JSON lookup in the request row per request (80 ms at 100,000 requests, bench/README.md).
    crossing = (
        func.julianday(Request.due_at, type_=Float)
        - _ms(deadlines.OBSERVATION_WITHOUT_AUTHORISATION) / _MS_PER_DAY
    )
    started = case((is_art5, received), (is_five, crossing))
    deadline_class = case(
        (and_(is_art5, urgent, indirect), literal(DeadlineClass.URGENT_INDIRECT.value)),
        (and_(is_art5, urgent), literal(DeadlineClass.URGENT_DIRECT.value)),
        (is_art5, literal(DeadlineClass.OTHER.value)),
        (is_five, literal(DeadlineClass.OBSERVATION_5H.value)),
    )
    deadline_ms = case(
        (and_(is_art5, urgent, indirect), _ms(deadlines.URGENT_INDIRECT)),
        (and_(is_art5, urgent), _ms(deadlines.URGENT_DIRECT)),
        (is_art5, _ms(deadlines.OTHER_REQUEST)),
        (is_five, _ms(deadlines.OBSERVATION_WITHOUT_AUTHORISATION)),
    )
    taken_ms = cast(
        func.round((func.julianday(Request.answered_at, type_=Float) - started) * _MS_PER_DAY), Integer
    )
    return AnswerClock(
        has_deadline=Request.legal_basis.in_(art5 + five_hours),
        deadline_class=deadline_class,
        deadline_ms=deadline_ms,
        taken_ms=taken_ms,
    )


# -- notification of the host (cases) ------------------------------------------------------------


class CrossingGroup(StrEnum):
    """Which notification rule a case with a border crossing is held to."""

    PURSUIT = "pursuit"  # CISA art. 41: at the latest on crossing
    OBSERVATION = "observation"  # CISA art. 40(1), prior authorisation: at the latest on crossing
    URGENT_OBSERVATION = "urgent_observation"  # CISA art. 40(2): within 5 hours


NOTIFICATION_RULE: dict[CrossingGroup, str] = {
    CrossingGroup.PURSUIT: deadlines.NOTIFY_ON_CROSSING,
    CrossingGroup.OBSERVATION: deadlines.NOTIFY_ON_CROSSING,
    CrossingGroup.URGENT_OBSERVATION: deadlines.STOP_OBSERVATION_5H,
}
NOTIFICATION_LIMIT_HOURS: dict[CrossingGroup, float] = {
    CrossingGroup.PURSUIT: 0.0,
    CrossingGroup.OBSERVATION: 0.0,
    CrossingGroup.URGENT_OBSERVATION: deadlines.OBSERVATION_WITHOUT_AUTHORISATION / timedelta(hours=1),
}
NOTIFIED_CASE_KINDS = (CaseKind.PURSUIT, CaseKind.OBSERVATION)


class NotificationStatus(StrEnum):
    IN_TIME = "in_time"
    LATE = "late"
    NOT_NOTIFIED = "not_notified"
    NOT_APPLICABLE = "not_applicable"
    """A case kind without a notification duty (not a pursuit or an observation); the dashboard
    never counts such a case (NOTIFIED_CASE_KINDS), the border map may be asked for one."""


@dataclass(frozen=True)
class NotificationClock:
    """SQL expressions for a case's notification of the host, the dashboard's rule: the group, its
    limit and the delay in milliseconds (notified - crossed, rounded as `julianday` counts), and
    the status (in time: delay <= limit; a case kind outside NOTIFIED_CASE_KINDS is not applicable).
    """

    group: ColumnElement[str]
    """A CrossingGroup value; NULL for a case kind without a notification duty."""
    limit_ms: ColumnElement[int]
    delay_ms: ColumnElement[int]
    """NULL when the host was not notified; negative when told before the crossing."""
    status: ColumnElement[str]
    """A NotificationStatus value."""


def notification_clock(
    case_kind: ColumnElement[str],
    urgent: ColumnElement[bool],
    crossed: ColumnElement[datetime],
    notified: ColumnElement[datetime],
) -> NotificationClock:
    """The notification rule over columns: the case's kind, ObservationDetails.urgent (NULL for a
    case without observation details reads as not urgent), its first crossing and its first
    notification of the host (stored UTC times)."""
    urgent_ = func.coalesce(urgent, False)
    is_pursuit = case_kind == CaseKind.PURSUIT.value
    is_observation = case_kind == CaseKind.OBSERVATION.value
    group = case(
        (is_pursuit, literal(CrossingGroup.PURSUIT.value)),
        (and_(is_observation, urgent_), literal(CrossingGroup.URGENT_OBSERVATION.value)),
        (is_observation, literal(CrossingGroup.OBSERVATION.value)),
    )
    limit_ms = case(
        *(
            (group == g.value, int(NOTIFICATION_LIMIT_HOURS[g] * MS_PER_HOUR))
            for g in CrossingGroup
            if NOTIFICATION_LIMIT_HOURS[g]
        ),
        else_=0,
    )
    delay_ms = cast(
        func.round(
            (func.julianday(notified, type_=Float) - func.julianday(crossed, type_=Float)) * _MS_PER_DAY
        ),
        Integer,
    )
    status = case(
        (
            case_kind.not_in([k.value for k in NOTIFIED_CASE_KINDS]),
            literal(NotificationStatus.NOT_APPLICABLE.value),
        ),
        (notified.is_(None), literal(NotificationStatus.NOT_NOTIFIED.value)),
        (delay_ms <= limit_ms, literal(NotificationStatus.IN_TIME.value)),
        else_=literal(NotificationStatus.LATE.value),
    )
    return NotificationClock(group=group, limit_ms=limit_ms, delay_ms=delay_ms, status=status)


# -- loans ---------------------------------------------------------------------------------------


class LoanState(StrEnum):
    """The loan list's states (LoanService.list), plus returned with an item damaged or lost.

    out: handed over and not back; due_soon: out, ending within the next N days; overdue: out,
    past its end; returned: back (status returned or closed, with a return time);
    lost_or_damaged: returned with at least one inventory line damaged or lost.
    """

    OUT = "out"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    RETURNED = "returned"
    LOST_OR_DAMAGED = "lost_or_damaged"


RETURNED_STATUSES = (RequestStatus.RETURNED.value, RequestStatus.CLOSED.value)
BAD_CONDITIONS = (ItemCondition.DAMAGED.value, ItemCondition.LOST.value)


@dataclass(frozen=True)
class LoanSlice:
    """The loans behind one figure, as the Loans page can list them.

    Call `LoanService.list(state=slice.list_state, within_days=slice.within_days)` and keep the
    views for which `slice.matches(view)` is true: that is exactly the loans counted.
    """

    state: LoanState
    now: datetime
    within_days: int = 7
    partner_code: str | None = None
    item_type: str | None = None
    direction: Direction | None = None
    returned_from: datetime | None = None
    returned_before: datetime | None = None

    @property
    def list_state(self) -> str:
        return LoanState.RETURNED.value if self.state is LoanState.LOST_OR_DAMAGED else self.state.value

    def matches(self, view: LoanView) -> bool:
        if self.partner_code is not None and view.partner_code != self.partner_code:
            return False
        if self.direction is not None and view.direction != self.direction.value:
            return False
        items = [i for i in view.items if self.item_type is None or i.item_type == self.item_type]
        if self.item_type is not None and not items:
            return False
        if self.state in (LoanState.OUT, LoanState.DUE_SOON, LoanState.OVERDUE):
            if view.status != RequestStatus.HANDED_OVER.value:
                return False
            if self.state is LoanState.OVERDUE:
                return view.period_end < self.now
            if self.state is LoanState.DUE_SOON:
                return self.now <= view.period_end <= self.now + timedelta(days=self.within_days)
            return True
        if view.status not in RETURNED_STATUSES or view.returned_at is None:
            return False
        if self.returned_from is not None and view.returned_at < self.returned_from:
            return False
        if self.returned_before is not None and view.returned_at >= self.returned_before:
            return False
        if self.state is LoanState.LOST_OR_DAMAGED:
            return any(i.condition in BAD_CONDITIONS for i in items)
        return True
