"""The dashboard's aggregates: requests per month, answer times, loans, notification delays.

Every figure is counted by the database (GROUP BY, SUM, COUNT in SQL); Python only arranges the
few grouped rows into the frozen views of desktop/services/insight_views.py. One `dashboard()`
call reads all four in one transaction, so the GUI fetches them in one operation off its thread.

Periods are UTC months: a request belongs to the month of its `created_at` in UTC (a request made
at 00:30 on 1 April in Brussels, 22:30 UTC on 31 March, counts for March), a loan return to the
month of `returned_at`, a case to the month of its first border crossing. The default period is
the last 12 months, ending with the current one. The rules behind "in time" are in
desktop/services/insight_rules.py.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    case,
    exists,
    func,
    literal_column,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from desktop.models import Agency, Case, CaseEvent, Loan, LoanItem, ObservationDetails, Request, utcnow
from desktop.models.enums import CaseKind, EventKind, RequestKind, RequestStatus
from desktop.services.casefile import CaseFile
from desktop.services.errors import InvalidInput
from desktop.services.insight_rules import (
    BAD_CONDITIONS,
    DEADLINE_HOURS,
    MS_PER_HOUR,
    NOTIFICATION_LIMIT_HOURS,
    NOTIFICATION_RULE,
    NOTIFIED_CASE_KINDS,
    RETURNED_STATUSES,
    AnswerTiming,
    CrossingGroup,
    DeadlineClass,
    LoanSlice,
    LoanState,
    NotificationStatus,
    answer_clock,
    notification_clock,
)
from desktop.services.insight_views import (
    AnswerPoint,
    AnswerTimes,
    CrossingCounts,
    CrossingPoint,
    Dashboard,
    DashboardFilter,
    DeadlineCount,
    KindSeries,
    LoanCounts,
    LoanGroup,
    LoanInsight,
    NotificationDelays,
    PartnerAnswers,
    RequestsPerMonth,
    first_of_month,
    month_start,
    months_between,
    next_month,
)
from desktop.services.requests import RequestFilter

MAX_POINTS = 2000
"""Points per scatter chart: the latest N; the counts beside them are always exact."""
DUE_SOON_DAYS = 7
DEFAULT_FILTER = DashboardFilter()
"""Every partner, both directions, the last 12 months."""
# "YYYY-MM" of the stored UTC text; literal arguments, so the expression matches the index's.
_MONTH = func.substr(Request.created_at, literal_column("1"), literal_column("7"), type_=String)
_KIND_ORDER = {kind.value: n for n, kind in enumerate(RequestKind)}


class _Period:
    """A resolved DashboardFilter: the months and their UTC instants."""

    def __init__(self, filters: DashboardFilter, now: datetime) -> None:
        last = first_of_month(filters.last_month or now.astimezone(UTC).date())
        first = first_of_month(filters.first_month or _months_before(last, 11))
        if first > last:
            raise InvalidInput(
                "The first month ({first}) comes after the last month ({last}).",
                first=first.strftime("%Y-%m"),
                last=last.strftime("%Y-%m"),
            )
        self.filters = DashboardFilter(filters.partner_code or None, filters.direction, first, last)
        self.months = months_between(first, last)
        self.start = month_start(first)
        self.end = month_start(next_month(last))

    def request_filter(self) -> RequestFilter:
        return RequestFilter(
            direction=self.filters.direction,
            partner_code=self.filters.partner_code,
            created_from=self.start,
            created_before=self.end,
        )


def _months_before(month: date, count: int) -> date:
    index = month.year * 12 + month.month - 1 - count
    return date(index // 12, index % 12 + 1, 1)


def _as_text(column: ColumnElement[datetime]) -> ColumnElement[str]:
    """A time column read as its stored UTC text: `_utc` parses it 50 times faster than strptime."""
    return type_coerce(column, String)


def _utc(stored: str) -> datetime:
    """The stored form (`2026-11-28T18:12:54.000000Z`, models/base.py) as an aware UTC datetime."""
    return datetime.fromisoformat(stored)


def _hours(ms: int | None) -> float | None:
    return None if ms is None else ms / MS_PER_HOUR


class InsightService:
    """Aggregates for the dashboard; read-only, any member may see them."""

    def __init__(self, case_file: CaseFile) -> None:
        self._cf = case_file

    # -- public ----------------------------------------------------------------------------------

    def dashboard(
        self,
        filters: DashboardFilter = DEFAULT_FILTER,
        *,
        now: datetime | None = None,
        max_points: int = MAX_POINTS,
    ) -> Dashboard:
        """All four aggregates of the dashboard, read in one transaction."""
        now = now or utcnow()
        period = _Period(filters, now)
        with self._cf.reading() as session:
            codes = dict(session.execute(select(Agency.id, Agency.code)).all())
            return Dashboard(
                filters=period.filters,
                now=now,
                period_start=period.start,
                period_end=period.end,
                requests=self._per_month(session, period),
                answers=self._answers(session, period, codes, max_points),
                loans=self._loans(session, period, codes, now),
                notifications=self._notifications(session, period, codes, max_points),
            )

    def requests_per_month(
        self, filters: DashboardFilter = DEFAULT_FILTER, *, now: datetime | None = None
    ) -> RequestsPerMonth:
        with self._cf.reading() as session:
            return self._per_month(session, _Period(filters, now or utcnow()))

    def answer_times(
        self,
        filters: DashboardFilter = DEFAULT_FILTER,
        *,
        now: datetime | None = None,
        max_points: int = MAX_POINTS,
    ) -> AnswerTimes:
        with self._cf.reading() as session:
            codes = dict(session.execute(select(Agency.id, Agency.code)).all())
            return self._answers(session, _Period(filters, now or utcnow()), codes, max_points)

    def loans(self, filters: DashboardFilter = DEFAULT_FILTER, *, now: datetime | None = None) -> LoanInsight:
        now = now or utcnow()
        with self._cf.reading() as session:
            codes = dict(session.execute(select(Agency.id, Agency.code)).all())
            return self._loans(session, _Period(filters, now), codes, now)

    def notification_delays(
        self,
        filters: DashboardFilter = DEFAULT_FILTER,
        *,
        now: datetime | None = None,
        max_points: int = MAX_POINTS,
    ) -> NotificationDelays:
        with self._cf.reading() as session:
            codes = dict(session.execute(select(Agency.id, Agency.code)).all())
            return self._notifications(session, _Period(filters, now or utcnow()), codes, max_points)

    # -- requests per month ------------------------------------------------------------------------

    @staticmethod
    def _request_scope(query: Select, period: _Period, *, by_month: bool = False) -> Select:  # type: ignore[type-arg]
        """Partner, direction and the period of `created_at`, as the request list filters them.

        `by_month`: the same period said with the month of `created_at` (the period is whole
        months), so SQLite reads it off the month index of revision 0006 in GROUP BY order.
        """
        if by_month:
            first, last = period.months[0], period.months[-1]
            query = query.where(_MONTH.between(first.strftime("%Y-%m"), last.strftime("%Y-%m")))
        else:
            query = query.where(Request.created_at >= period.start, Request.created_at < period.end)
        if period.filters.direction is not None:
            query = query.where(Request.direction == period.filters.direction.value)
        if period.filters.partner_code:
            query = query.where(
                Request.partner_agency_id
                == select(Agency.id).where(Agency.code == period.filters.partner_code).scalar_subquery()
            )
        return query

    def _per_month(self, session: Session, period: _Period) -> RequestsPerMonth:
        query = self._request_scope(select(_MONTH, Request.kind, func.count()), period, by_month=True)
        rows = session.execute(query.group_by(_MONTH, Request.kind)).all()
        index = {m.strftime("%Y-%m"): n for n, m in enumerate(period.months)}
        counts: dict[str, list[int]] = defaultdict(lambda: [0] * len(period.months))
        for key, kind, count in rows:
            counts[kind][index[key]] = count
        series = tuple(
            KindSeries(kind, tuple(values), sum(values))
            for kind, values in sorted(counts.items(), key=lambda kv: (_KIND_ORDER.get(kv[0], 99), kv[0]))
        )
        totals = tuple(sum(s.counts[m] for s in series) for m in range(len(period.months)))
        return RequestsPerMonth(period.months, series, totals, sum(totals), period.request_filter())

    # -- answer times ------------------------------------------------------------------------------

    def _answers(
        self, session: Session, period: _Period, codes: dict[int, str], max_points: int
    ) -> AnswerTimes:
        clock = answer_clock(self._cf.catalogue())
        ok = case((clock.in_time(), 1), else_=0)
        grouped = self._request_scope(
            select(Request.partner_agency_id, clock.deadline_class, func.count(), func.sum(ok)).where(
                clock.answered()
            ),
            period,
        ).group_by(Request.partner_agency_id, clock.deadline_class)
        by_partner: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        by_class: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for partner_id, deadline_class, answered, in_time in session.execute(grouped):
            for totals in (by_partner[codes.get(partner_id, "?")], by_class[deadline_class]):
                totals[0] += answered
                totals[1] += in_time or 0
        base = period.request_filter()
        answered_filter = replace(base, answer_timing=AnswerTiming.ANSWERED)
        partners = tuple(
            PartnerAnswers(
                code,
                answered,
                in_time,
                replace(answered_filter, partner_code=code),
            )
            for code, (answered, in_time) in sorted(by_partner.items())
        )
        lines = tuple(
            DeadlineCount(c.value, DEADLINE_HOURS[c], by_class[c.value][0], by_class[c.value][1])
            for c in DeadlineClass
        )
        points_query = self._request_scope(
            select(
                Request.reference,
                Request.partner_agency_id,
                Request.direction,
                clock.deadline_class,
                _as_text(Request.answered_at),
                clock.taken_ms,
                clock.deadline_ms,
                _as_text(Request.due_at),
            ).where(clock.answered()),
            period,
        ).order_by(Request.answered_at.desc(), Request.id.desc())
        points = tuple(
            AnswerPoint(
                reference=reference,
                partner_code=codes.get(partner_id, "?"),
                direction=direction,
                deadline_class=deadline_class,
                answered_at=_utc(answered_at),
                hours_taken=taken / MS_PER_HOUR,
                deadline_hours=limit / MS_PER_HOUR,
                due_at=_utc(due_at) if due_at else None,
                in_time=taken <= limit,
            )
            for reference, partner_id, direction, deadline_class, answered_at, taken, limit, due_at in (
                session.execute(points_query.limit(max_points))
            )
        )
        return AnswerTimes(
            answered=sum(p.answered for p in partners),
            in_time=sum(p.in_time for p in partners),
            partners=partners,
            deadlines=lines,
            points=points,
            max_points=max_points,
            base=answered_filter,
        )

    # -- loans -------------------------------------------------------------------------------------

    def _loans(self, session: Session, period: _Period, codes: dict[int, str], now: datetime) -> LoanInsight:
        """The states of LoanService.list (loans.py), counted per partner and per equipment type."""
        out = Request.status == RequestStatus.HANDED_OVER.value
        states = {
            LoanState.OUT: out,
            LoanState.DUE_SOON: and_(
                out, Loan.period_end >= now, Loan.period_end <= now + timedelta(days=DUE_SOON_DAYS)
            ),
            LoanState.OVERDUE: and_(out, Loan.period_end < now),
            LoanState.RETURNED: and_(
                Request.status.in_(RETURNED_STATUSES),
                Loan.returned_at.is_not(None),
                Loan.returned_at >= period.start,
                Loan.returned_at < period.end,
            ),
        }
        scope = [Request.kind == RequestKind.EQUIPMENT_LOAN.value]
        if period.filters.direction is not None:
            scope.append(Request.direction == period.filters.direction.value)
        if period.filters.partner_code:
            scope.append(
                Request.partner_agency_id
                == select(Agency.id).where(Agency.code == period.filters.partner_code).scalar_subquery()
            )

        # Per partner: one row per loan, so a SUM per state.
        bad_item = exists().where(LoanItem.loan_id == Loan.request_id, LoanItem.condition.in_(BAD_CONDITIONS))
        per_loan = {**states, LoanState.LOST_OR_DAMAGED: and_(states[LoanState.RETURNED], bad_item)}
        partner_query = (
            select(Request.partner_agency_id, *(func.sum(case((c, 1), else_=0)) for c in per_loan.values()))
            .select_from(Loan)
            .join(Request, Request.id == Loan.request_id)
            .where(*scope)
            .group_by(Request.partner_agency_id)
        )
        partners = [
            LoanGroup(codes.get(partner_id, "?"), LoanCounts(*(int(v or 0) for v in values)))
            for partner_id, *values in session.execute(partner_query)
        ]
        # Per equipment type: a loan listing a type twice still counts once, hence COUNT(DISTINCT).
        per_line = {
            **states,
            LoanState.LOST_OR_DAMAGED: and_(
                states[LoanState.RETURNED], LoanItem.condition.in_(BAD_CONDITIONS)
            ),
        }
        type_query = (
            select(
                LoanItem.item_type,
                *(func.count(func.distinct(case((c, Loan.request_id)))) for c in per_line.values()),
            )
            .select_from(LoanItem)
            .join(Loan, Loan.request_id == LoanItem.loan_id)
            .join(Request, Request.id == Loan.request_id)
            .where(*scope)
            .group_by(LoanItem.item_type)
        )
        item_types = [
            LoanGroup(item_type, LoanCounts(*values)) for item_type, *values in session.execute(type_query)
        ]
        total = LoanCounts(
            *(sum(g.counts.count(state) for g in partners) for state in LoanState)  # disjoint per partner
        )
        empty = LoanCounts()
        return LoanInsight(
            total=total,
            partners=tuple(sorted((g for g in partners if g.counts != empty), key=lambda g: g.key)),
            item_types=tuple(sorted((g for g in item_types if g.counts != empty), key=lambda g: g.key)),
            within_days=DUE_SOON_DAYS,
            base=LoanSlice(
                state=LoanState.OUT,
                now=now,
                within_days=DUE_SOON_DAYS,
                partner_code=period.filters.partner_code,
                direction=period.filters.direction,
                returned_from=period.start,
                returned_before=period.end,
            ),
        )

    # -- notification delays -----------------------------------------------------------------------

    def _notifications(
        self, session: Session, period: _Period, codes: dict[int, str], max_points: int
    ) -> NotificationDelays:
        crossed = func.min(case((CaseEvent.kind == EventKind.BORDER_CROSSED.value, CaseEvent.occurred_at)))
        notified = func.min(case((CaseEvent.kind == EventKind.HOST_NOTIFIED.value, CaseEvent.occurred_at)))
        firsts = (
            select(CaseEvent.case_id, crossed.label("crossed"), notified.label("notified"))
            .where(CaseEvent.kind.in_([EventKind.BORDER_CROSSED.value, EventKind.HOST_NOTIFIED.value]))
            .group_by(CaseEvent.case_id)
            .subquery()
        )
        # The rule is insight_rules.notification_clock, the border map's (GeoService.crossings):
        # the scope below keeps pursuits and observations only, never NOT_APPLICABLE.
        clock = notification_clock(Case.kind, ObservationDetails.urgent, firsts.c.crossed, firsts.c.notified)
        group, delay_ms, status = clock.group, clock.delay_ms, clock.status
        urgent = func.coalesce(ObservationDetails.urgent, False)
        scope = [
            Case.kind.in_([k.value for k in NOTIFIED_CASE_KINDS]),
            firsts.c.crossed.is_not(None),
            firsts.c.crossed >= period.start,
            firsts.c.crossed < period.end,
        ]
        if period.filters.partner_code:
            scope.append(
                Case.partner_agency_id
                == select(Agency.id).where(Agency.code == period.filters.partner_code).scalar_subquery()
            )

        def joined(query: Select) -> Select:  # type: ignore[type-arg]
            return (
                query.select_from(firsts)
                .join(Case, Case.id == firsts.c.case_id)
                .outerjoin(ObservationDetails, ObservationDetails.case_id == Case.id)
                .where(*scope)
            )

        counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for group_value, status_value, count in session.execute(
            joined(select(group, status, func.count())).group_by(group, status)
        ):
            counts[group_value][status_value] = count
        points_query = joined(
            select(
                Case.reference,
                Case.kind,
                group,
                urgent,
                Case.partner_agency_id,
                _as_text(firsts.c.crossed),
                _as_text(firsts.c.notified),
                delay_ms,
                status,
            )
        ).order_by(firsts.c.crossed.desc(), Case.id.desc())
        points = tuple(
            CrossingPoint(
                case_reference=reference,
                case_kind=kind,
                group=group_value,
                urgent=bool(is_urgent),
                partner_code=codes.get(partner_id) if partner_id is not None else None,
                crossed_at=_utc(crossed_at),
                notified_at=_utc(notified_at) if notified_at else None,
                delay_hours=_hours(delay),
                limit_hours=NOTIFICATION_LIMIT_HOURS[CrossingGroup(group_value)],
                rule=NOTIFICATION_RULE[CrossingGroup(group_value)],
                status=status_value,
            )
            for reference, kind, group_value, is_urgent, partner_id, crossed_at, notified_at, delay, status_value in (
                session.execute(points_query.limit(max_points))
            )
        )
        # The references behind every count: from the points when they hold every case, else one
        # more read without the cap (same order: latest crossing first).
        if len(points) < sum(sum(c.values()) for c in counts.values()):
            latest_first = (firsts.c.crossed.desc(), Case.id.desc())  # the points' order
            listed = session.execute(
                joined(select(group, status, Case.reference)).order_by(*latest_first)
            ).all()
        else:
            listed = [(p.group, p.status, p.case_reference) for p in points]
        behind: dict[tuple[str, str], list[str]] = defaultdict(list)
        for group_value, status_value, reference in listed:
            behind[group_value, status_value].append(reference)
        groups = tuple(
            CrossingCounts(
                group=g.value,
                case_kind=(CaseKind.PURSUIT if g is CrossingGroup.PURSUIT else CaseKind.OBSERVATION).value,
                rule=NOTIFICATION_RULE[g],
                limit_hours=NOTIFICATION_LIMIT_HOURS[g],
                cases=sum(counts[g.value].values()),
                in_time=counts[g.value][NotificationStatus.IN_TIME.value],
                late=counts[g.value][NotificationStatus.LATE.value],
                not_notified=counts[g.value][NotificationStatus.NOT_NOTIFIED.value],
                in_time_cases=tuple(behind[g.value, NotificationStatus.IN_TIME.value]),
                late_cases=tuple(behind[g.value, NotificationStatus.LATE.value]),
                not_notified_cases=tuple(behind[g.value, NotificationStatus.NOT_NOTIFIED.value]),
            )
            for g in CrossingGroup
        )
        return NotificationDelays(
            cases=sum(g.cases for g in groups),
            in_time=sum(g.in_time for g in groups),
            late=sum(g.late for g in groups),
            not_notified=sum(g.not_notified for g in groups),
            groups=groups,
            points=points,
            max_points=max_points,
            partner_code=period.filters.partner_code,
        )
