"""Frozen results of the dashboard's queries (desktop/services/insight.py), for the GUI and the CLI.

Every figure carries what the list behind it needs: a `RequestFilter` for the request list, a
`LoanSlice` for the loan list, a case reference or the references behind a count (`CaseSelection`)
for the case list. Months and periods are in UTC.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from desktop.models.enums import Direction, RequestKind
from desktop.services.insight_rules import AnswerTiming, LoanSlice, LoanState, NotificationStatus
from desktop.services.requests import RequestFilter


@dataclass(frozen=True)
class DashboardFilter:
    """What the dashboard shows: one partner agency or all, one direction or both, a range of months.

    `first_month` and `last_month` are any day of the first and last month shown (UTC months);
    None: the last 12 months, ending with the current one. `direction` does not apply to cases.
    """

    partner_code: str | None = None
    direction: Direction | None = None
    first_month: date | None = None
    last_month: date | None = None


# -- requests per month --------------------------------------------------------------------------


@dataclass(frozen=True)
class KindSeries:
    """One layer of the stacked bars: the requests of one kind, per month."""

    kind: str
    counts: tuple[int, ...]
    """One count per month of `RequestsPerMonth.months`."""
    total: int


@dataclass(frozen=True)
class RequestsPerMonth:
    """Requests created per month (UTC month of `created_at`), stacked by kind."""

    months: tuple[date, ...]
    """The first day of every month of the period, oldest first; months without requests included."""
    series: tuple[KindSeries, ...]
    """Kinds with at least one request in the period, in the order of RequestKind."""
    totals: tuple[int, ...]
    """All kinds, per month."""
    total: int
    base: RequestFilter
    """The requests of the whole period (partner, direction, created in the period)."""

    def filter_for(self, month_index: int, kind: str | None = None) -> RequestFilter:
        """The request list behind one bar (all kinds) or one segment of it (one kind)."""
        start = self.months[month_index]
        return replace(
            self.base,
            kind=RequestKind(kind) if kind else None,
            created_from=month_start(start),
            created_before=month_start(next_month(start)),
        )


# -- answer times --------------------------------------------------------------------------------


@dataclass(frozen=True)
class AnswerPoint:
    """One answered request: how long the answer took against its legal deadline."""

    reference: str
    partner_code: str
    direction: str
    deadline_class: str
    """A DeadlineClass value: urgent_direct (8 h), urgent_indirect (3 days), other (7 days), observation_5h."""
    answered_at: datetime
    hours_taken: float
    """From the start of the deadline clock (receipt, or the crossing for the 5-hour rule)."""
    deadline_hours: float
    due_at: datetime | None
    """As stored with the request (the request list's due date)."""
    in_time: bool


@dataclass(frozen=True)
class PartnerAnswers:
    partner_code: str
    answered: int
    in_time: int
    base: RequestFilter
    """This partner's answered requests with an answer deadline, in the period."""

    @property
    def late(self) -> int:
        return self.answered - self.in_time

    @property
    def share_in_time(self) -> float:
        return self.in_time / self.answered if self.answered else 0.0

    def filter_for(self, timing: AnswerTiming = AnswerTiming.ANSWERED) -> RequestFilter:
        return replace(self.base, answer_timing=timing)


@dataclass(frozen=True)
class DeadlineCount:
    """One deadline line of the chart, with the requests held to it."""

    deadline_class: str
    hours: float
    answered: int
    in_time: int


@dataclass(frozen=True)
class AnswerTimes:
    """Requests with an answer deadline, answered, created in the period (partner, direction)."""

    answered: int
    in_time: int
    partners: tuple[PartnerAnswers, ...]
    """By partner code; only partners with at least one answered request."""
    deadlines: tuple[DeadlineCount, ...]
    """Every DeadlineClass, in its order, also those with no request (the chart draws their lines)."""
    points: tuple[AnswerPoint, ...]
    """The latest answers (by answered_at), newest first, at most `max_points`."""
    max_points: int
    base: RequestFilter

    @property
    def late(self) -> int:
        return self.answered - self.in_time

    @property
    def share_in_time(self) -> float | None:
        return self.in_time / self.answered if self.answered else None

    @property
    def truncated(self) -> bool:
        return len(self.points) < self.answered

    def filter_for(self, timing: AnswerTiming = AnswerTiming.ANSWERED) -> RequestFilter:
        return replace(self.base, answer_timing=timing)


# -- loans ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoanCounts:
    """Loans per state (LoanState): out includes due_soon and overdue; returned includes lost_or_damaged."""

    out: int = 0
    due_soon: int = 0
    overdue: int = 0
    returned: int = 0
    lost_or_damaged: int = 0

    def count(self, state: LoanState) -> int:
        return int(getattr(self, state.value))


@dataclass(frozen=True)
class LoanGroup:
    """The loans of one partner agency, or the loans listing one equipment type."""

    key: str
    counts: LoanCounts


@dataclass(frozen=True)
class LoanInsight:
    """Loans out now (due within `within_days`, overdue), and returned in the period.

    A loan counts once for its partner and once for every equipment type on its inventory list.
    """

    total: LoanCounts
    partners: tuple[LoanGroup, ...]
    item_types: tuple[LoanGroup, ...]
    within_days: int
    base: LoanSlice

    def slice(
        self, state: LoanState, *, partner_code: str | None = None, item_type: str | None = None
    ) -> LoanSlice:
        """The loans behind one figure: `LoanService.list(state=s.list_state)` kept by `s.matches`."""
        return replace(
            self.base,
            state=state,
            partner_code=partner_code or self.base.partner_code,
            item_type=item_type,
        )


# -- notification of the host on crossing --------------------------------------------------------


@dataclass(frozen=True)
class CrossingPoint:
    """One pursuit or observation case with a border crossing."""

    case_reference: str
    case_kind: str
    group: str
    """A CrossingGroup value: pursuit, observation or urgent_observation."""
    urgent: bool
    partner_code: str | None
    crossed_at: datetime
    """The first border_crossed event."""
    notified_at: datetime | None
    """The first host_notified event; None: not notified."""
    delay_hours: float | None
    """notified_at - crossed_at (negative: notified before crossing); None when not notified."""
    limit_hours: float
    rule: str
    """The deadline rule id: notify-on-crossing or stop-observation-5h."""
    status: str
    """A NotificationStatus value: in_time, late or not_notified."""


@dataclass(frozen=True)
class CrossingCounts:
    group: str
    case_kind: str
    rule: str
    limit_hours: float
    cases: int
    in_time: int
    late: int
    not_notified: int
    in_time_cases: tuple[str, ...] = ()
    late_cases: tuple[str, ...] = ()
    not_notified_cases: tuple[str, ...] = ()
    """The references behind each count, latest crossing first: all of them, not capped like the
    points (a case file holds hundreds of cases, not the requests' hundred thousand)."""

    def references(self, status: str) -> tuple[str, ...]:
        """The cases behind one segment of the group's bar: a NotificationStatus value."""
        return {
            NotificationStatus.IN_TIME.value: self.in_time_cases,
            NotificationStatus.LATE.value: self.late_cases,
            NotificationStatus.NOT_NOTIFIED.value: self.not_notified_cases,
        }[str(status)]


@dataclass(frozen=True)
class CaseSelection:
    """The cases behind a dashboard figure, for the case list: exactly these references.

    `description` is the figure's sentence as the dashboard showed it (already translated).
    """

    references: tuple[str, ...]
    description: str = ""


@dataclass(frozen=True)
class NotificationDelays:
    """Pursuit and observation cases whose first crossing is in the period (partner of the case)."""

    cases: int
    in_time: int
    late: int
    not_notified: int
    groups: tuple[CrossingCounts, ...]
    """Every CrossingGroup, in its order, also those without a case."""
    points: tuple[CrossingPoint, ...]
    """The latest crossings, newest first, at most `max_points`."""
    max_points: int
    partner_code: str | None

    @property
    def truncated(self) -> bool:
        return len(self.points) < self.cases


# -- the whole dashboard -------------------------------------------------------------------------


@dataclass(frozen=True)
class Dashboard:
    filters: DashboardFilter
    """As asked, with first_month and last_month resolved to the first day of their months."""
    now: datetime
    period_start: datetime
    period_end: datetime
    """The period as UTC instants: from period_start (included) to period_end (excluded)."""
    requests: RequestsPerMonth
    answers: AnswerTimes
    loans: LoanInsight
    notifications: NotificationDelays


# -- months --------------------------------------------------------------------------------------


def first_of_month(day: date) -> date:
    return date(day.year, day.month, 1)


def next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def month_start(day: date) -> datetime:
    return datetime(day.year, day.month, 1, tzinfo=UTC)


def months_between(first: date, last: date) -> tuple[date, ...]:
    months, current = [], first_of_month(first)
    while current <= last:
        months.append(current)
        current = next_month(current)
    return tuple(months)
