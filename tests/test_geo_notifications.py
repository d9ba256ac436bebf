"""The border map's notification status of each crossing, computed by GeoService.crossings with
the dashboard's rule (insight_rules.notification_clock): exact values per case kind, across the
29 March 2026 clock change, agreement with the dashboard on every case, and one SELECT."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import event

from desktop.models.enums import CaseKind, EventKind
from desktop.services.insight_views import DashboardFilter

BRUSSELS = "Europe/Brussels"


# --- the notification status of each crossing, by the dashboard's rule ------------------------

# (key, kind, urgent, first crossing, first notification or None), wall-clock times in Brussels.
# 29 March 2026: 02:00 CET became 03:00 CEST; the rule counts real elapsed time, not the wall clock.
RULE_CASES: list[tuple[str, CaseKind, bool, datetime, datetime | None]] = [
    (
        "pursuit-on-crossing",
        CaseKind.PURSUIT,
        False,
        datetime(2026, 3, 2, 10, 0),
        datetime(2026, 3, 2, 10, 0),
    ),
    ("pursuit-1s-late", CaseKind.PURSUIT, False, datetime(2026, 3, 3, 10, 0), datetime(2026, 3, 3, 10, 0, 1)),
    (
        "pursuit-told-before",
        CaseKind.PURSUIT,
        False,
        datetime(2026, 3, 4, 10, 0),
        datetime(2026, 3, 4, 9, 50),
    ),
    # 01:50 CET (00:50 UTC) -> 03:10 CEST (01:10 UTC): 20 minutes, though the wall clock says 80.
    ("pursuit-dst-late", CaseKind.PURSUIT, False, datetime(2026, 3, 29, 1, 50), datetime(2026, 3, 29, 3, 10)),
    # 01:40 CET (00:40 UTC) -> 07:20 CEST (05:20 UTC): 4 h 40 in time, though the wall clock says 5 h 40.
    (
        "urgent-dst-in-time",
        CaseKind.OBSERVATION,
        True,
        datetime(2026, 3, 29, 1, 40),
        datetime(2026, 3, 29, 7, 20),
    ),
    # 01:30 CET (00:30 UTC) -> 06:31 CEST (04:31 UTC): 4 h 01 in time, though the wall clock says 5 h 01.
    (
        "urgent-dst-4h01",
        CaseKind.OBSERVATION,
        True,
        datetime(2026, 3, 29, 1, 30),
        datetime(2026, 3, 29, 6, 31),
    ),
    (
        "urgent-exactly-5h",
        CaseKind.OBSERVATION,
        True,
        datetime(2026, 4, 10, 8, 0),
        datetime(2026, 4, 10, 13, 0),
    ),
    (
        "urgent-5h-1s",
        CaseKind.OBSERVATION,
        True,
        datetime(2026, 4, 11, 8, 0),
        datetime(2026, 4, 11, 13, 0, 1),
    ),
    ("urgent-not-notified", CaseKind.OBSERVATION, True, datetime(2026, 4, 12, 8, 0), None),
    (
        "authorised-1min",
        CaseKind.OBSERVATION,
        False,
        datetime(2026, 4, 20, 8, 0),
        datetime(2026, 4, 20, 8, 1),
    ),
    (
        "authorised-before",
        CaseKind.OBSERVATION,
        False,
        datetime(2026, 4, 21, 8, 0),
        datetime(2026, 4, 21, 7, 0),
    ),
    ("pursuit-not-notified", CaseKind.PURSUIT, False, datetime(2026, 4, 22, 8, 0), None),
    ("joint-patrol", CaseKind.JOINT_PATROL, False, datetime(2026, 4, 23, 8, 0), datetime(2026, 4, 23, 8, 5)),
]
# key: (group, limit_hours, delay, status)
RULE_EXPECTED: dict[str, tuple[str | None, float | None, timedelta | None, str]] = {
    "pursuit-on-crossing": ("pursuit", 0.0, timedelta(0), "in_time"),
    "pursuit-1s-late": ("pursuit", 0.0, timedelta(seconds=1), "late"),
    "pursuit-told-before": ("pursuit", 0.0, timedelta(minutes=-10), "in_time"),
    "pursuit-dst-late": ("pursuit", 0.0, timedelta(minutes=20), "late"),
    "urgent-dst-in-time": ("urgent_observation", 5.0, timedelta(hours=4, minutes=40), "in_time"),
    "urgent-dst-4h01": ("urgent_observation", 5.0, timedelta(hours=4, minutes=1), "in_time"),
    "urgent-exactly-5h": ("urgent_observation", 5.0, timedelta(hours=5), "in_time"),
    "urgent-5h-1s": ("urgent_observation", 5.0, timedelta(hours=5, seconds=1), "late"),
    "urgent-not-notified": ("urgent_observation", 5.0, None, "not_notified"),
    "authorised-1min": ("observation", 0.0, timedelta(minutes=1), "late"),
    "authorised-before": ("observation", 0.0, timedelta(hours=-1), "in_time"),
    "pursuit-not-notified": ("pursuit", 0.0, None, "not_notified"),
    "joint-patrol": (None, None, timedelta(minutes=5), "not_applicable"),
}


@pytest.fixture
def ruled(tmp_case, open_as):  # type: ignore[no-untyped-def]
    """A case file with one crossing (at a place) per case of RULE_CASES."""
    with open_as(tmp_case.path, "Anna") as s:
        refs: dict[str, str] = {}
        for key, kind, urgent, crossed_at, notified_at in RULE_CASES:
            details = {"urgent": urgent} if kind is CaseKind.OBSERVATION else None
            ref = s.cases.create(kind, key, partner_code="NL-POLITIE-LIMBURG", details=details).reference
            refs[key] = ref
            s.cases.add_event(
                ref,
                occurred_at=crossed_at,
                zone=BRUSSELS,
                kind=EventKind.BORDER_CROSSED,
                latitude=50.97,
                longitude=5.758,
            )
            if notified_at is not None:
                s.cases.add_event(ref, occurred_at=notified_at, zone=BRUSSELS, kind=EventKind.HOST_NOTIFIED)
    return tmp_case, refs


def test_each_crossing_has_the_status_of_its_rule(ruled, open_as) -> None:  # type: ignore[no-untyped-def]
    fixture, refs = ruled
    with open_as(fixture.path, "Sue") as s:
        rows = s.geo.crossings(kinds=None)
    key_of = {ref: key for key, ref in refs.items()}
    # oldest crossing first
    assert [key_of[row.case_reference] for row in rows] == [
        c[0] for c in sorted(RULE_CASES, key=lambda c: c[3])
    ]
    assert {
        key_of[row.case_reference]: (row.group, row.limit_hours, row.delay, row.status) for row in rows
    } == (RULE_EXPECTED)
    urgent = {key for key, _kind, is_urgent, *_ in RULE_CASES if is_urgent}
    assert {key_of[row.case_reference] for row in rows if row.urgent} == urgent
    # the DST night, in UTC
    dst = next(row for row in rows if row.case_reference == refs["urgent-dst-in-time"])
    assert (dst.crossed_at, dst.notified_at) == (
        datetime(2026, 3, 29, 0, 40, tzinfo=UTC),
        datetime(2026, 3, 29, 5, 20, tzinfo=UTC),
    )


def test_the_map_and_the_dashboard_agree_on_every_case(ruled, open_as) -> None:  # type: ignore[no-untyped-def]
    fixture, refs = ruled
    with open_as(fixture.path, "Sue") as s:
        rows = s.geo.crossings()  # every kind
        points = s.insight.notification_delays(
            DashboardFilter(first_month=date(2026, 3, 1), last_month=date(2026, 4, 1)),
            now=datetime(2026, 5, 1, tzinfo=UTC),
        ).points
    on_map = {
        row.case_reference: (row.group, row.limit_hours, row.urgent, row.status)
        for row in rows
        if row.status != "not_applicable"
    }
    on_dashboard = {p.case_reference: (p.group, p.limit_hours, p.urgent, p.status) for p in points}
    assert on_map == on_dashboard
    assert len(on_map) == len(RULE_CASES) - 1  # the joint patrol is the dashboard's business neither
    assert refs["joint-patrol"] not in on_dashboard


def test_crossings_are_read_in_one_statement(ruled, open_as) -> None:  # type: ignore[no-untyped-def]
    fixture, _refs = ruled
    with open_as(fixture.path, "Sue") as s:
        statements: list[str] = []

        def seen(_conn, _cursor, statement, *_rest) -> None:  # type: ignore[no-untyped-def]
            statements.append(statement)

        engine = s.case_file.vault.engine()
        event.listen(engine, "before_cursor_execute", seen)
        try:
            rows = s.geo.crossings()
        finally:
            event.remove(engine, "before_cursor_execute", seen)
    assert len(rows) == len(RULE_CASES)
    assert [st for st in statements if st.lstrip().upper().startswith("SELECT")] == statements[-1:]
    assert len([st for st in statements if "case_event" in st]) == 1
