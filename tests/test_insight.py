"""The dashboard's aggregates (services/insight.py) on a fixture case file with known contents.

Everything is created through the services. The one thing no service sets is `created_at` (it is
the moment of filing), so the fixture moves it with a direct SQL UPDATE per request (see
`_set_created`), after filing; every other time (sent, received, answered, handed over,
returned, events) goes through the service API. The dashboard is asked with a fixed `now`
(15 June 2026, 12:00 UTC), so the default period is July 2025 to June 2026.

What the fixture holds (UTC unless said otherwise):

requests (partner NL-POLITIE-LIMBURG unless LU-POLICE):
  A  info, outgoing, created 2025-06-30 23:59:59   outside the default period; answered in time
  B  info, outgoing, normal (7 days), created 2025-07-01 00:00, sent 07-01 08:00, answered exactly 168 h later
  C  info, outgoing, urgent direct (8 h), created 2026-03-31 22:30 (1 April 00:30 in Brussels), answered 8 h + 1 ms
  D  info, incoming LU, urgent indirect (3 days), created 2026-03-31 23:59:59.999999, answered after 71 h
  E  info, outgoing, urgent direct, created 2026-04-01 00:00, answered after 2.5 h
  F  hot pursuit notice (no answer deadline), created 2026-04-15, answered
  G  info, outgoing, created 2026-06-01, sent, not answered
  H  urgent surveillance notice (5-hour rule), created 2026-03-29 00:15, crossing 01:30 Brussels (CET),
     answered 06:45 Brussels (CEST): 4.25 h, not the 5.25 h of the wall clock
loans (equipment; created 2026-05-01 unless said):
  L1 NL  out, ended 06-10 (overdue)          Thermal camera x2, Radio set
  L2 NL  out, ends 06-20 (due within 7 days) Thermal camera
  L3 LU  incoming, out, ends 07-30           Drone
  L4 NL  returned 05-20, radio damaged       Thermal camera (good), Radio set (damaged)
  L5 LU  incoming, returned 04-02, created 2026-03-20   Drone (good)
  L6 NL  returned 2025-06-20 (before the period), created 2025-06-01   Drone (lost)
  L7 NL  answered, never handed over         Riot shield
  L8 LU  out, ends exactly now + 7 days      Radio set
cases (first border crossing → first host notification):
  P1 pursuit NL      2026-03-29 01:30 → 01:20 Brussels (CET)         -10 min, in time
  P2 pursuit NL      01:50 CET → 03:10 CEST the same night           20 min (not 80), late
  P3 pursuit LU      2026-05-10 10:00, never notified                not notified
  P4 pursuit NL      2026-04-01 10:00 (crossed again 12:00) → 10:00  0, in time
  P5 pursuit NL      notified, never crossed                          not counted
  X1 pursuit NL      crossed 2025-06-30 23:00                         outside the period
  O1 urgent obs. NL  2026-03-29 01:40 CET → 07:20 CEST                4 h 40 (not 5 h 40), in time
  O2 urgent obs. LU  2026-04-10 08:00 → 13:30                         5.5 h, late
  O3 observation NL  2026-04-20 08:00 → 09:00 (prior authorisation)   1 h, late
  O4 urgent obs. NL  2026-04-21 08:00 → 09:00                         1 h, in time
  J1 joint patrol NL crossed and notified                             not a pursuit or observation
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from desktop.models.base import utc_text
from desktop.models.enums import (
    CaseKind,
    Direction,
    EventKind,
    InformationAccess,
    ItemCondition,
    RequestKind,
    Urgency,
)
from desktop.services.casefile import open_case_file
from desktop.services.errors import InvalidInput
from desktop.services.facade import Services
from desktop.services.insight import InsightService
from desktop.services.insight_rules import AnswerTiming, LoanState
from desktop.services.insight_views import DashboardFilter, LoanCounts
from desktop.services.loans import ItemReturn
from desktop.services.requests import LoanLine, NewRequest, RequestFilter
from tests.conftest import CaseFixture

BRUSSELS = ZoneInfo("Europe/Brussels")
NL = "NL-POLITIE-LIMBURG"
LU = "LU-POLICE"
NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


def bxl(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=BRUSSELS)  # type: ignore[misc]


# -- building the fixture ------------------------------------------------------------------------

INFO_FORM = {"information_requested": "Keeper of a vehicle", "purpose": "Identify", "reasons": "Robbery"}


def _info(
    partner: str,
    *,
    urgency: Urgency = Urgency.NORMAL,
    access: InformationAccess | None = None,
    incoming_at: datetime | None = None,
) -> NewRequest:
    return NewRequest(
        kind=RequestKind.INFORMATION_REQUEST,
        partner_code=partner,
        legal_basis="dir-2023-977:4",
        events_on=utc(2025, 6, 1),
        title="Keeper of a vehicle",
        form_values=INFO_FORM,
        urgency=urgency,
        information_access=access,
        direction=Direction.INCOMING if incoming_at else Direction.OUTGOING,
        received_at=incoming_at,
    )


def _loan(
    partner: str, start: datetime, end: datetime, lines: tuple[LoanLine, ...], *, incoming: bool = False
) -> NewRequest:
    return NewRequest(
        kind=RequestKind.EQUIPMENT_LOAN,
        partner_code=partner,
        legal_basis="benelux-2018:equipment-loan",
        events_on=start,
        title="Equipment",
        form_values={"purpose": "Joint operation"},
        loan_start=start,
        loan_end=end,
        loan_lines=lines,
        direction=Direction.INCOMING if incoming else Direction.OUTGOING,
        received_at=start - timedelta(days=1) if incoming else None,
    )


@dataclass(frozen=True)
class Plan:
    """One request of the fixture and the times of its steps (None: the step is not taken)."""

    new: NewRequest
    created: datetime
    sent: datetime | None = None
    answered: datetime | None = None
    handed_over: datetime | None = None
    returned: datetime | None = None
    conditions: tuple[ItemCondition, ...] = ()


def _plans() -> dict[str, Plan]:
    urgent_direct = {"urgency": Urgency.URGENT, "access": InformationAccess.DIRECT}
    pursuit = NewRequest(
        kind=RequestKind.HOT_PURSUIT_NOTICE,
        partner_code=NL,
        legal_basis="cisa:41",
        events_on=utc(2026, 4, 15),
        title="Pursuit",
        form_values={
            "crossing_time": utc(2026, 4, 15, 9),
            "crossing_point": "A2",
            "pursued": "Audi",
            "offence": "Robbery",
            "host_contact": "Meldkamer",
        },
    )
    observation = NewRequest(
        kind=RequestKind.URGENT_SURVEILLANCE_NOTICE,
        partner_code=NL,
        legal_basis="cisa:40.2",
        events_on=bxl(2026, 3, 29),
        title="Urgent observation",
        urgency=Urgency.URGENT,
        form_values={
            "crossing_time": bxl(2026, 3, 29, 1, 30),
            "crossing_point": "E314",
            "observed_persons": "Two",
            "offence": "Drugs",
            "offence_listed": True,
            "host_contact": "Meldkamer",
        },
    )
    indirect = _info(
        LU, urgency=Urgency.URGENT, access=InformationAccess.INDIRECT, incoming_at=utc(2026, 4, 1, 10)
    )
    may = utc(2026, 5, 1, 10)
    camera, radio, drone = LoanLine("Thermal camera"), LoanLine("Radio set"), LoanLine("Drone")
    good, damaged, lost = ItemCondition.GOOD, ItemCondition.DAMAGED, ItemCondition.LOST

    def loan(
        partner: str,
        start: datetime,
        end: datetime,
        *lines: LoanLine,
        incoming: bool = False,
        **steps: object,
    ) -> Plan:
        sent = None if incoming else start - timedelta(days=2)
        return Plan(
            _loan(partner, start, end, lines, incoming=incoming),
            may,
            sent,
            start - timedelta(days=1),
            **steps,
        )  # type: ignore[arg-type]

    return {
        "A": Plan(_info(NL), utc(2025, 6, 30, 23, 59, 59), utc(2025, 6, 30, 23, 59, 59), utc(2025, 7, 1, 1)),
        "B": Plan(_info(NL), utc(2025, 7, 1), utc(2025, 7, 1, 8), utc(2025, 7, 8, 8)),
        "C": Plan(
            _info(NL, **urgent_direct),  # type: ignore[arg-type]
            utc(2026, 3, 31, 22, 30),
            utc(2026, 4, 1),
            utc(2026, 4, 1, 8) + timedelta(milliseconds=1),
        ),
        "D": Plan(indirect, datetime(2026, 3, 31, 23, 59, 59, 999999, tzinfo=UTC), None, utc(2026, 4, 4, 9)),
        "E": Plan(_info(NL, **urgent_direct), utc(2026, 4, 1), utc(2026, 4, 2, 10), utc(2026, 4, 2, 12, 30)),  # type: ignore[arg-type]
        "F": Plan(pursuit, utc(2026, 4, 15), utc(2026, 4, 15, 9), utc(2026, 4, 30)),
        "G": Plan(_info(NL), utc(2026, 6, 1), utc(2026, 6, 1, 9)),
        "H": Plan(observation, utc(2026, 3, 29, 0, 15), utc(2026, 3, 29, 0, 35), bxl(2026, 3, 29, 6, 45)),
        "L1": loan(NL, utc(2026, 6, 1), utc(2026, 6, 10), LoanLine("Thermal camera", 2), radio, handed_over=utc(2026, 6, 1)),
        "L2": loan(NL, utc(2026, 6, 10), utc(2026, 6, 20), camera, handed_over=utc(2026, 6, 10)),
        "L3": loan(LU, utc(2026, 6, 12), utc(2026, 7, 30), drone, incoming=True, handed_over=utc(2026, 6, 12)),
        "L4": loan(
            NL, utc(2026, 5, 2), utc(2026, 5, 19), camera, radio,
            handed_over=utc(2026, 5, 2), returned=utc(2026, 5, 20), conditions=(good, damaged),
        ),
        "L5": replace(
            loan(LU, utc(2026, 3, 25), utc(2026, 4, 1), drone, incoming=True,
                 handed_over=utc(2026, 3, 25), returned=utc(2026, 4, 2), conditions=(good,)),
            created=utc(2026, 3, 20),
        ),
        "L6": replace(
            loan(NL, utc(2025, 6, 5), utc(2025, 6, 19), drone,
                 handed_over=utc(2025, 6, 5), returned=utc(2025, 6, 20), conditions=(lost,)),
            created=utc(2025, 6, 1),
        ),
        "L7": loan(NL, utc(2026, 7, 1), utc(2026, 7, 5), LoanLine("Riot shield", 4)),
        "L8": loan(LU, utc(2026, 6, 14), NOW + timedelta(days=7), radio, handed_over=utc(2026, 6, 14)),
    }  # fmt: skip


def _file(path: Path, passphrase: Callable[[str], str], plans: dict[str, Plan]) -> dict[str, str]:
    """Anna files and submits, Sue approves (four-eyes), Anna sends, records answers, lends and takes back."""
    refs: dict[str, str] = {}
    with _open(path, "Anna", passphrase) as anna:
        for name, plan in plans.items():
            refs[name] = anna.requests.create(plan.new).reference
            if plan.sent:
                anna.requests.submit(refs[name])
    with _open(path, "Sue", passphrase) as sue:
        for name, plan in plans.items():
            if plan.sent:
                sue.requests.approve(refs[name])
    with _open(path, "Anna", passphrase) as anna:
        for name, plan in plans.items():
            ref = refs[name]
            if plan.sent:
                anna.requests.mark_sent(ref, at=plan.sent)
            if plan.answered:
                anna.requests.record_answer(ref, "Answered.", at=plan.answered)
            if plan.handed_over:
                anna.loans.hand_over(ref, at=plan.handed_over)
            if plan.returned:
                items = anna.requests.show(ref).loan.items  # type: ignore[union-attr]
                returns = [
                    ItemReturn(i.id, c, "" if c is ItemCondition.GOOD else "Broken")
                    for i, c in zip(items, plan.conditions, strict=True)
                ]
                anna.loans.record_return(ref, returns, at=plan.returned)
        _set_created(anna, {refs[name]: plan.created for name, plan in plans.items()})
    return refs


def _set_created(services: Services, created: dict[str, datetime]) -> None:
    """No service sets `created_at` (it is the moment of filing): a direct, documented SQL UPDATE."""
    with services.case_file.vault.engine().begin() as connection:
        for reference, moment in created.items():
            connection.execute(
                text("UPDATE request SET created_at = :at WHERE reference = :ref"),
                {"at": utc_text(moment), "ref": reference},
            )


@contextmanager
def _open(path: Path, member: str, passphrase: Callable[[str], str]) -> Iterator[Services]:
    services = Services(open_case_file(path, passphrase(member), member=member))
    try:
        yield services
    finally:
        services.case_file.close()


def _cases(s: Services) -> dict[str, str]:
    refs: dict[str, str] = {}

    def case(
        name: str, kind: CaseKind, partner: str, events: list[tuple[EventKind, datetime]], **details: object
    ) -> None:
        ref = s.cases.create(kind, name, partner_code=partner, details=details or None).reference
        refs[name] = ref
        for kind_, moment in events:
            if moment.tzinfo is BRUSSELS:  # entered as a wall-clock time in Brussels
                s.cases.add_event(
                    ref, occurred_at=moment.replace(tzinfo=None), zone="Europe/Brussels", kind=kind_
                )
            else:
                s.cases.add_event(ref, occurred_at=moment, zone="UTC", kind=kind_)

    crossed, notified = EventKind.BORDER_CROSSED, EventKind.HOST_NOTIFIED
    case(
        "P1", CaseKind.PURSUIT, NL, [(crossed, bxl(2026, 3, 29, 1, 30)), (notified, bxl(2026, 3, 29, 1, 20))]
    )
    case(
        "P2", CaseKind.PURSUIT, NL, [(crossed, bxl(2026, 3, 29, 1, 50)), (notified, bxl(2026, 3, 29, 3, 10))]
    )
    case(
        "P3", CaseKind.PURSUIT, LU, [(EventKind.START, utc(2026, 5, 10, 9)), (crossed, utc(2026, 5, 10, 10))]
    )
    case(
        "P4",
        CaseKind.PURSUIT,
        NL,
        [
            (crossed, utc(2026, 4, 1, 12)),
            (notified, utc(2026, 4, 1, 11)),
            (crossed, utc(2026, 4, 1, 10)),
            (notified, utc(2026, 4, 1, 10)),
        ],
    )
    case("P5", CaseKind.PURSUIT, NL, [(notified, utc(2026, 4, 3, 10))])
    case("X1", CaseKind.PURSUIT, NL, [(crossed, utc(2025, 6, 30, 23)), (notified, utc(2025, 7, 1, 1))])
    urgent = {"urgent": True}
    case(
        "O1",
        CaseKind.OBSERVATION,
        NL,
        [(crossed, bxl(2026, 3, 29, 1, 40)), (notified, bxl(2026, 3, 29, 7, 20))],
        **urgent,
    )
    case(
        "O2",
        CaseKind.OBSERVATION,
        LU,
        [(crossed, utc(2026, 4, 10, 8)), (notified, utc(2026, 4, 10, 13, 30))],
        **urgent,
    )
    case(
        "O3",
        CaseKind.OBSERVATION,
        NL,
        [(crossed, utc(2026, 4, 20, 8)), (notified, utc(2026, 4, 20, 9))],
        urgent=False,
    )
    case(
        "O4",
        CaseKind.OBSERVATION,
        NL,
        [(crossed, utc(2026, 4, 21, 8)), (notified, utc(2026, 4, 21, 9))],
        **urgent,
    )
    case("J1", CaseKind.JOINT_PATROL, NL, [(crossed, utc(2026, 4, 22, 8)), (notified, utc(2026, 4, 22, 9))])
    return refs


class World:
    def __init__(self, services: Services, refs: dict[str, str], cases: dict[str, str]) -> None:
        self.services = services
        self.insight = InsightService(services.case_file)
        self.refs = refs
        self.cases = cases

    def ref(self, *names: str) -> list[str]:
        return [self.refs[n] for n in names]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, case_copy: Callable[..., CaseFixture]) -> Iterator[World]:
    fixture = case_copy(tmp_path_factory.mktemp("insight"), "insight")
    refs = _file(fixture.path, fixture.passphrase, _plans())
    with _open(fixture.path, "Anna", fixture.passphrase) as anna:
        cases = _cases(anna)
    with _open(fixture.path, "Sam", fixture.passphrase) as sam:
        yield World(sam, refs, cases)


# -- requests per month --------------------------------------------------------------------------


def test_requests_per_month_default_period_is_the_last_twelve_utc_months(world: World) -> None:
    board = world.insight.dashboard(now=NOW)
    per_month = board.requests
    assert per_month.months == tuple(
        [date(2025, m, 1) for m in range(7, 13)] + [date(2026, m, 1) for m in range(1, 7)]
    )
    assert (board.period_start, board.period_end) == (utc(2025, 7, 1), utc(2026, 7, 1))
    assert board.filters == DashboardFilter(None, None, date(2025, 7, 1), date(2026, 6, 1))
    # A and L6 were created in June 2025: outside. C (00:30 on 1 April in Brussels) and D (the last
    # microsecond of March) are March requests in UTC; E (midnight UTC, 1 April) is April's.
    assert {s.kind: s.counts for s in per_month.series} == {
        "equipment_loan": (0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 6, 0),
        "information_request": (1, 0, 0, 0, 0, 0, 0, 0, 2, 1, 0, 1),
        "urgent_surveillance_notice": (0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0),
        "hot_pursuit_notice": (0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0),
    }
    assert [s.kind for s in per_month.series] == [
        "equipment_loan",
        "information_request",
        "urgent_surveillance_notice",
        "hot_pursuit_notice",
    ]
    assert [s.total for s in per_month.series] == [7, 5, 1, 1]
    assert per_month.totals == (1, 0, 0, 0, 0, 0, 0, 0, 4, 2, 6, 1)
    assert per_month.total == 14


def test_requests_per_month_filters_and_a_chosen_range(world: World) -> None:
    spring = DashboardFilter(first_month=date(2026, 3, 17), last_month=date(2026, 4, 30))
    board = world.insight.requests_per_month(spring, now=NOW)
    assert board.months == (date(2026, 3, 1), date(2026, 4, 1))
    assert {s.kind: s.counts for s in board.series} == {
        "equipment_loan": (1, 0),
        "information_request": (2, 1),
        "urgent_surveillance_notice": (1, 0),
        "hot_pursuit_notice": (0, 1),
    }
    outgoing = world.insight.requests_per_month(replace(spring, direction=Direction.OUTGOING), now=NOW)
    assert {s.kind: s.counts for s in outgoing.series} == {
        "information_request": (1, 1),
        "urgent_surveillance_notice": (1, 0),
        "hot_pursuit_notice": (0, 1),
    }
    lu = world.insight.requests_per_month(replace(spring, partner_code=LU), now=NOW)
    assert {s.kind: s.counts for s in lu.series} == {"equipment_loan": (1, 0), "information_request": (1, 0)}
    assert lu.total == 2
    nobody = world.insight.requests_per_month(replace(spring, partner_code="XX-NOWHERE"), now=NOW)
    assert (nobody.series, nobody.totals, nobody.total) == ((), (0, 0), 0)
    one_month = world.insight.requests_per_month(
        DashboardFilter(first_month=date(2025, 6, 1), last_month=date(2025, 6, 1)), now=NOW
    )
    assert {s.kind: s.counts for s in one_month.series} == {
        "equipment_loan": (1,),
        "information_request": (1,),
    }


def test_a_month_bar_opens_exactly_its_requests(world: World) -> None:
    board = world.insight.requests_per_month(now=NOW)
    requests = world.services.requests
    march = board.months.index(date(2026, 3, 1))
    assert board.filter_for(march) == RequestFilter(
        created_from=utc(2026, 3, 1), created_before=utc(2026, 4, 1)
    )
    listed = {r.reference for r in requests.list(board.filter_for(march, "information_request"))}
    assert listed == set(world.ref("C", "D"))
    assert {r.reference for r in requests.list(board.filter_for(march))} == set(
        world.ref("C", "D", "H", "L5")
    )
    for month in range(len(board.months)):
        assert requests.count(board.filter_for(month)) == board.totals[month]
        for series in board.series:
            assert requests.count(board.filter_for(month, series.kind)) == series.counts[month]
    assert requests.count(board.base) == board.total


def test_the_first_month_must_not_come_after_the_last(world: World) -> None:
    backwards = DashboardFilter(first_month=date(2026, 5, 1), last_month=date(2026, 4, 1))
    with pytest.raises(InvalidInput) as refused:
        world.insight.dashboard(backwards, now=NOW)
    assert str(refused.value) == "The first month (2026-05) comes after the last month (2026-04)."


# -- answer times --------------------------------------------------------------------------------


def test_answer_times_against_the_legal_deadlines(world: World) -> None:
    answers = world.insight.answer_times(now=NOW)
    # B, C, E, H (NL) and D (LU); A is outside the period, F has no answer deadline, G is unanswered.
    assert (answers.answered, answers.in_time, answers.late, answers.share_in_time) == (5, 4, 1, 0.8)
    assert [(p.partner_code, p.answered, p.in_time, p.share_in_time) for p in answers.partners] == [
        (LU, 1, 1, 1.0),
        (NL, 4, 3, 0.75),
    ]
    assert [(d.deadline_class, d.hours, d.answered, d.in_time) for d in answers.deadlines] == [
        ("urgent_direct", 8.0, 2, 1),
        ("urgent_indirect", 72.0, 1, 1),
        ("other", 168.0, 1, 1),
        ("observation_5h", 5.0, 1, 1),
    ]
    assert [
        (
            p.reference,
            p.partner_code,
            p.direction,
            p.deadline_class,
            p.hours_taken,
            p.deadline_hours,
            p.in_time,
        )
        for p in answers.points
    ] == [
        (world.refs["D"], LU, "incoming", "urgent_indirect", 71.0, 72.0, True),
        (world.refs["E"], NL, "outgoing", "urgent_direct", 2.5, 8.0, True),
        (world.refs["C"], NL, "outgoing", "urgent_direct", 28_800_001 / 3_600_000, 8.0, False),
        (world.refs["H"], NL, "outgoing", "observation_5h", 4.25, 5.0, True),
        (world.refs["B"], NL, "outgoing", "other", 168.0, 168.0, True),
    ]
    by_ref = {p.reference: p for p in answers.points}
    assert by_ref[world.refs["C"]].answered_at == utc(2026, 4, 1, 8) + timedelta(milliseconds=1)
    assert by_ref[world.refs["C"]].due_at == utc(2026, 4, 1, 8)
    assert by_ref[world.refs["D"]].due_at == utc(2026, 4, 4, 10)
    # The 5-hour clock starts at the crossing (00:30 UTC), not at the sending (00:35).
    assert by_ref[world.refs["H"]].due_at == utc(2026, 3, 29, 5, 30)
    assert answers.truncated is False


def test_answer_points_are_capped_but_counts_stay_exact(world: World) -> None:
    answers = world.insight.answer_times(now=NOW, max_points=3)
    assert [p.reference for p in answers.points] == world.ref("D", "E", "C")
    assert (answers.answered, answers.in_time, answers.truncated, answers.max_points) == (5, 4, True, 3)


def test_answer_times_filtered_by_direction_partner_and_months(world: World) -> None:
    outgoing = world.insight.answer_times(DashboardFilter(direction=Direction.OUTGOING), now=NOW)
    assert [(p.partner_code, p.answered, p.in_time) for p in outgoing.partners] == [(NL, 4, 3)]
    lu = world.insight.answer_times(DashboardFilter(partner_code=LU), now=NOW)
    assert (lu.answered, lu.in_time, [p.reference for p in lu.points]) == (1, 1, world.ref("D"))
    april = world.insight.answer_times(
        DashboardFilter(first_month=date(2026, 4, 1), last_month=date(2026, 4, 1)), now=NOW
    )
    assert [p.reference for p in april.points] == world.ref("E")
    june_2025 = world.insight.answer_times(
        DashboardFilter(first_month=date(2025, 6, 1), last_month=date(2025, 6, 1)), now=NOW
    )
    assert [(p.reference, p.hours_taken, p.in_time) for p in june_2025.points] == [
        (world.refs["A"], 3_601_000 / 3_600_000, True)
    ]


def test_a_partner_bar_opens_exactly_its_answered_requests(world: World) -> None:
    answers = world.insight.answer_times(now=NOW)
    requests = world.services.requests
    nl = next(p for p in answers.partners if p.partner_code == NL)
    assert nl.filter_for(AnswerTiming.LATE) == RequestFilter(
        partner_code=NL,
        created_from=utc(2025, 7, 1),
        created_before=utc(2026, 7, 1),
        answer_timing=AnswerTiming.LATE,
    )
    assert {r.reference for r in requests.list(nl.filter_for())} == set(world.ref("B", "C", "E", "H"))
    assert {r.reference for r in requests.list(nl.filter_for(AnswerTiming.LATE))} == set(world.ref("C"))
    assert {r.reference for r in requests.list(nl.filter_for(AnswerTiming.IN_TIME))} == set(
        world.ref("B", "E", "H")
    )
    assert requests.count(answers.filter_for()) == 5
    assert requests.count(answers.filter_for(AnswerTiming.IN_TIME)) == 4


# -- loans ---------------------------------------------------------------------------------------


def test_loans_per_state_partner_and_equipment_type(world: World) -> None:
    loans = world.insight.loans(now=NOW)
    assert loans.total == LoanCounts(out=4, due_soon=2, overdue=1, returned=2, lost_or_damaged=1)
    assert [(g.key, g.counts) for g in loans.partners] == [
        (LU, LoanCounts(out=2, due_soon=1, overdue=0, returned=1, lost_or_damaged=0)),
        (NL, LoanCounts(out=2, due_soon=1, overdue=1, returned=1, lost_or_damaged=1)),
    ]
    # Riot shields never went out: no bar. L6's lost drone came back before the period.
    assert [(g.key, g.counts) for g in loans.item_types] == [
        ("Drone", LoanCounts(out=1, due_soon=0, overdue=0, returned=1, lost_or_damaged=0)),
        ("Radio set", LoanCounts(out=2, due_soon=1, overdue=1, returned=1, lost_or_damaged=1)),
        ("Thermal camera", LoanCounts(out=2, due_soon=1, overdue=1, returned=1, lost_or_damaged=0)),
    ]
    assert loans.within_days == 7


def test_loans_filtered_by_partner_direction_and_months(world: World) -> None:
    lu = world.insight.loans(DashboardFilter(partner_code=LU), now=NOW)
    assert lu.total == LoanCounts(out=2, due_soon=1, overdue=0, returned=1, lost_or_damaged=0)
    assert [g.key for g in lu.item_types] == ["Drone", "Radio set"]
    incoming = world.insight.loans(DashboardFilter(direction=Direction.INCOMING), now=NOW)
    assert incoming.total == LoanCounts(out=1, due_soon=0, overdue=0, returned=1, lost_or_damaged=0)
    june_2025 = world.insight.loans(
        DashboardFilter(first_month=date(2025, 6, 1), last_month=date(2025, 6, 1)), now=NOW
    )
    # Loans out are counted as of now whatever the period; returns in the period's months.
    assert june_2025.total == LoanCounts(out=4, due_soon=2, overdue=1, returned=1, lost_or_damaged=1)
    assert [(g.key, g.counts.lost_or_damaged) for g in june_2025.item_types if g.key == "Drone"] == [
        ("Drone", 1)
    ]


def test_a_loan_figure_opens_exactly_its_loans_in_the_loan_list(world: World) -> None:
    """The same definitions as LoanService.list: checked against it at the real time of the run."""
    loans = world.insight.loans()
    service = world.services.loans
    checked = 0
    for state in LoanState:
        groups = [(None, None, loans.total)]
        groups += [(g.key, None, g.counts) for g in loans.partners]
        groups += [(None, g.key, g.counts) for g in loans.item_types]
        for partner, item_type, counts in groups:
            chosen = loans.slice(state, partner_code=partner, item_type=item_type)
            listed = [
                v
                for v in service.list(state=chosen.list_state, within_days=chosen.within_days)
                if chosen.matches(v)
            ]
            assert len(listed) == counts.count(state), (state, partner, item_type)
            checked += 1
    assert checked == 5 * (1 + len(loans.partners) + len(loans.item_types))
    at_noon = world.insight.loans(now=NOW)
    overdue = at_noon.slice(LoanState.OVERDUE, partner_code=NL)
    assert (overdue.state, overdue.now, overdue.list_state) == (LoanState.OVERDUE, NOW, "overdue")
    assert at_noon.slice(LoanState.LOST_OR_DAMAGED).list_state == "returned"


# -- notification delays -------------------------------------------------------------------------


def test_notification_delays_per_case_against_the_rules(world: World) -> None:
    delays = world.insight.notification_delays(now=NOW)
    assert (delays.cases, delays.in_time, delays.late, delays.not_notified) == (8, 4, 3, 1)
    assert [
        (g.group, g.case_kind, g.rule, g.limit_hours, g.cases, g.in_time, g.late, g.not_notified)
        for g in delays.groups
    ] == [
        ("pursuit", "pursuit", "notify-on-crossing", 0.0, 4, 2, 1, 1),
        ("observation", "observation", "notify-on-crossing", 0.0, 1, 0, 1, 0),
        ("urgent_observation", "observation", "stop-observation-5h", 5.0, 3, 2, 1, 0),
    ]
    c = world.cases
    # The cases behind every segment of the groups' bars, latest crossing first.
    assert [(g.in_time_cases, g.late_cases, g.not_notified_cases) for g in delays.groups] == [
        ((c["P4"], c["P1"]), (c["P2"],), (c["P3"],)),
        ((), (c["O3"],), ()),
        ((c["O4"], c["O1"]), (c["O2"],), ()),
    ]
    pursuit = delays.groups[0]
    assert [pursuit.references(s) for s in ("in_time", "late", "not_notified")] == [
        (c["P4"], c["P1"]),
        (c["P2"],),
        (c["P3"],),
    ]
    assert [(p.case_reference, p.group, p.delay_hours, p.status) for p in delays.points] == [
        (c["P3"], "pursuit", None, "not_notified"),
        (c["O4"], "urgent_observation", 1.0, "in_time"),
        (c["O3"], "observation", 1.0, "late"),
        (c["O2"], "urgent_observation", 5.5, "late"),
        (c["P4"], "pursuit", 0.0, "in_time"),
        (c["P2"], "pursuit", 1 / 3, "late"),
        (c["O1"], "urgent_observation", 14 / 3, "in_time"),
        (c["P1"], "pursuit", -1 / 6, "in_time"),
    ]
    by_ref = {p.case_reference: p for p in delays.points}
    # Across the change to summer time (02:00 CET became 03:00 CEST on 29 March 2026).
    assert (by_ref[c["P2"]].crossed_at, by_ref[c["P2"]].notified_at) == (
        utc(2026, 3, 29, 0, 50),
        utc(2026, 3, 29, 1, 10),
    )
    assert (by_ref[c["O1"]].crossed_at, by_ref[c["O1"]].notified_at) == (
        utc(2026, 3, 29, 0, 40),
        utc(2026, 3, 29, 5, 20),
    )
    assert (by_ref[c["P4"]].crossed_at, by_ref[c["P4"]].notified_at) == (
        utc(2026, 4, 1, 10),
        utc(2026, 4, 1, 10),
    )
    assert (by_ref[c["O3"]].urgent, by_ref[c["O4"]].urgent) == (False, True)
    assert (by_ref[c["O3"]].limit_hours, by_ref[c["O4"]].limit_hours) == (0.0, 5.0)
    assert (by_ref[c["P3"]].partner_code, by_ref[c["P3"]].notified_at) == (LU, None)


def test_notification_delays_filtered_and_capped(world: World) -> None:
    nl = world.insight.notification_delays(DashboardFilter(partner_code=NL), now=NOW, max_points=2)
    assert (nl.cases, nl.in_time, nl.late, nl.not_notified, nl.partner_code) == (6, 4, 2, 0, NL)
    assert [p.case_reference for p in nl.points] == [world.cases["O4"], world.cases["O3"]]
    assert nl.truncated is True
    # The references behind the counts are not capped like the points.
    c = world.cases
    assert [(g.in_time_cases, g.late_cases, g.not_notified_cases) for g in nl.groups] == [
        ((c["P4"], c["P1"]), (c["P2"],), ()),
        ((), (c["O3"],), ()),
        ((c["O4"], c["O1"]), (), ()),
    ]
    uncapped = world.insight.notification_delays(DashboardFilter(partner_code=NL), now=NOW)
    assert (uncapped.truncated, uncapped.groups) == (False, nl.groups)
    june_2025 = world.insight.notification_delays(
        DashboardFilter(first_month=date(2025, 6, 1), last_month=date(2025, 6, 1)), now=NOW
    )
    assert [(p.case_reference, p.delay_hours, p.status) for p in june_2025.points] == [
        (world.cases["X1"], 2.0, "late")
    ]
    # Direction does not apply to cases.
    outgoing = world.insight.notification_delays(DashboardFilter(direction=Direction.OUTGOING), now=NOW)
    assert outgoing.cases == 8


# -- the whole dashboard, and an empty case file -------------------------------------------------


def test_dashboard_returns_the_four_in_one_call(world: World) -> None:
    chosen = DashboardFilter(partner_code=NL, direction=Direction.OUTGOING)
    board = world.insight.dashboard(chosen, now=NOW)
    assert board.now == NOW
    assert board.filters == DashboardFilter(NL, Direction.OUTGOING, date(2025, 7, 1), date(2026, 6, 1))
    assert board.requests == world.insight.requests_per_month(chosen, now=NOW)
    assert board.answers == world.insight.answer_times(chosen, now=NOW)
    assert board.loans == world.insight.loans(chosen, now=NOW)
    assert board.notifications == world.insight.notification_delays(chosen, now=NOW)
    assert board.requests.total == 10  # B, C, E, F, G, H and the loans L1, L2, L4, L7
    assert board.loans.total == LoanCounts(out=2, due_soon=1, overdue=1, returned=1, lost_or_damaged=1)


def test_an_empty_case_file_has_a_dashboard_of_zeros(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Anna") as services:
        board = InsightService(services.case_file).dashboard(now=NOW)
    assert len(board.requests.months) == 12
    assert (board.requests.series, board.requests.total) == ((), 0)
    assert board.requests.totals == (0,) * 12
    answers = board.answers
    assert (answers.answered, answers.in_time, answers.share_in_time, answers.partners, answers.points) == (
        0,
        0,
        None,
        (),
        (),
    )
    assert [(d.hours, d.answered) for d in answers.deadlines] == [(8.0, 0), (72.0, 0), (168.0, 0), (5.0, 0)]
    assert (board.loans.total, board.loans.partners, board.loans.item_types) == (LoanCounts(), (), ())
    notes = board.notifications
    assert (notes.cases, notes.points) == (0, ())
    assert [
        (g.group, g.cases, g.in_time_cases, g.late_cases, g.not_notified_cases) for g in notes.groups
    ] == [
        ("pursuit", 0, (), (), ()),
        ("observation", 0, (), (), ()),
        ("urgent_observation", 0, (), (), ()),
    ]
