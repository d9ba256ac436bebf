"""Tests of the deadline rules (Directive (EU) 2023/977 art. 5(1), CISA art. 40/41, loans)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from desktop.models.enums import InformationAccess, Urgency
from desktop.services.catalogue import Catalogue
from desktop.services.deadlines import RULE_IDS, compute_due

T0 = datetime(2024, 3, 30, 22, 15, tzinfo=UTC)  # the night before the spring DST change


def due(rule: str, **kw: object) -> datetime | None:
    kw.setdefault("urgency", Urgency.NORMAL)
    return compute_due(rule, start=kw.pop("start", T0), **kw)  # type: ignore[arg-type]


def test_urgent_direct_8_hours() -> None:
    assert due("dir-2023-977-art5", urgency=Urgency.URGENT, access=InformationAccess.DIRECT) == (
        T0 + timedelta(hours=8)
    )


def test_urgent_indirect_3_calendar_days() -> None:
    assert due("dir-2023-977-art5", urgency=Urgency.URGENT, access=InformationAccess.INDIRECT) == (
        T0 + timedelta(days=3)
    )


@pytest.mark.parametrize("access", [None, InformationAccess.DIRECT, InformationAccess.INDIRECT])
def test_other_requests_7_calendar_days(access: InformationAccess | None) -> None:
    assert due("dir-2023-977-art5", access=access) == T0 + timedelta(days=7)


def test_urgent_not_yet_classified_takes_the_stricter_deadline() -> None:
    assert due("dir-2023-977-art5", urgency=Urgency.URGENT) == T0 + timedelta(hours=8)


def test_calendar_days_are_24_hours_in_utc_across_dst() -> None:
    brussels_like = timezone(timedelta(hours=1))
    start = datetime(2024, 3, 30, 23, 15, tzinfo=brussels_like)  # == T0
    result = due("dir-2023-977-art5", start=start, urgency=Urgency.URGENT,
                 access=InformationAccess.INDIRECT)  # fmt: skip
    assert result == T0 + timedelta(hours=72)
    assert result is not None and result.tzinfo is UTC


def test_stop_observation_after_5_hours() -> None:
    assert due("stop-observation-5h") == T0 + timedelta(hours=5)


@pytest.mark.parametrize("rule", ["notify-on-crossing", "notify-before-crossing"])
def test_notification_due_at_the_crossing(rule: str) -> None:
    assert due(rule, urgency=Urgency.URGENT) == T0


def test_loan_return_at_period_end() -> None:
    end = datetime(2024, 4, 15, 18, 0, tzinfo=timezone(timedelta(hours=2)))
    result = due("loan-return", period_end=end)
    assert result == end
    assert result is not None and result.tzinfo is UTC
    assert due("loan-return") is None  # no agreed end yet


def test_naive_datetimes_rejected() -> None:
    naive = datetime(2024, 1, 1, 12, 0)  # naive on purpose
    with pytest.raises(ValueError, match="start must be timezone-aware"):
        due("notify-on-crossing", start=naive)
    with pytest.raises(ValueError, match="period_end must be timezone-aware"):
        due("loan-return", period_end=naive)


def test_unknown_rule_rejected() -> None:
    with pytest.raises(ValueError, match="unknown deadline rule 'next-week'"):
        due("next-week")


def test_every_catalogue_rule_is_computable() -> None:
    catalogue = Catalogue.load_default(overlay_dirs=[])
    ids = {r.id for r in catalogue.deadline_rules()}
    assert ids == RULE_IDS
    for art in catalogue.articles():
        for rule in (art.deadline_rule, art.notification_rule):
            if rule is not None:
                due(rule, period_end=T0 + timedelta(days=1))
