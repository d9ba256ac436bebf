"""What the border map shows, loaded in one operation, and how a place becomes a point of the plot.

`load_map(svc, query)` runs on the database worker (an `Op`): it reads the shipped map and
crossing points (the first call parses their JSON files) and the case file's crossings, and
decides each crossing's notification status with the dashboard's own figures
(`InsightService.notification_delays`), so the map and the dashboard never disagree on a case.

The plot is an equirectangular projection scaled at 50.8° N, the middle of the region: x is the
longitude times cos(50.8°), y the latitude, so a kilometre is as long across as it is up and
Benelux is not stretched. `to_plot` and `from_plot` convert; pure, no widgets.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from desktop.models.enums import CaseKind
from desktop.services import geo
from desktop.services.dto import AgencyView
from desktop.services.geo import BorderMap, CaseCrossing, CrossingPoint
from desktop.services.insight_rules import (
    NOTIFICATION_LIMIT_HOURS,
    NOTIFIED_CASE_KINDS,
    CrossingGroup,
    NotificationStatus,
)
from desktop.services.insight_views import DashboardFilter

if TYPE_CHECKING:
    from desktop.services.facade import Services

REFERENCE_LATITUDE = 50.8
KX = math.cos(math.radians(REFERENCE_LATITUDE))
"""Plot units per degree of longitude (one unit per degree of latitude)."""
BENELUX = ("BE", "NL", "LU")


def to_plot(lat: float, lon: float) -> tuple[float, float]:
    """(x, y) of the plot for a place given as (lat, lon)."""
    return lon * KX, lat


def from_plot(x: float, y: float) -> tuple[float, float]:
    """(lat, lon) of a point of the plot."""
    return y, x / KX


@dataclass(frozen=True)
class MapQuery:
    """The filters of the map: case kinds, first crossing in [since, until), partner code or its start."""

    kinds: tuple[CaseKind, ...] = NOTIFIED_CASE_KINDS
    since: datetime | None = None
    until: datetime | None = None
    partner: str | None = None


@dataclass(frozen=True)
class PlottedCrossing:
    """A case's crossing as the map draws it: where, and whether the host was told in time."""

    crossing: CaseCrossing
    status: NotificationStatus
    limit_hours: float
    """The rule it is held to: 0 (at the latest on crossing) or 5 (urgent observation)."""

    @property
    def reference(self) -> str:
        return self.crossing.case_reference

    @property
    def position(self) -> tuple[float, float]:
        return to_plot(self.crossing.lat, self.crossing.lon)


@dataclass(frozen=True)
class MapLoad:
    world: BorderMap
    points: tuple[CrossingPoint, ...]
    crossings: tuple[PlottedCrossing, ...]
    partners: tuple[AgencyView, ...]
    truncated: bool
    """True when the case file has more crossings than the map draws (geo.MAX_CROSSINGS)."""


def notification_status(
    case_kind: str, urgent: bool, delay: timedelta | None
) -> tuple[NotificationStatus, float]:
    """(status, limit in hours) of one crossing by the rules of insight_rules: a pursuit, and an
    observation with prior authorisation, must notify at the latest on crossing (delay <= 0); an
    urgent observation within 5 hours; no notification at all is `NOT_NOTIFIED`."""
    if case_kind == CaseKind.PURSUIT.value:
        group = CrossingGroup.PURSUIT
    else:
        group = CrossingGroup.URGENT_OBSERVATION if urgent else CrossingGroup.OBSERVATION
    limit = NOTIFICATION_LIMIT_HOURS[group]
    if delay is None:
        return NotificationStatus.NOT_NOTIFIED, limit
    in_time = delay <= timedelta(hours=limit)
    return (NotificationStatus.IN_TIME if in_time else NotificationStatus.LATE), limit


def _statuses(svc: Services, rows: list[CaseCrossing]) -> dict[str, tuple[NotificationStatus, float]]:
    """Worker thread. Status and limit per case reference, as the dashboard counts them."""
    found: dict[str, tuple[NotificationStatus, float]] = {}
    if not rows:
        return found
    first = min(row.crossed_at for row in rows).date()
    last = max(row.crossed_at for row in rows).date()
    delays = svc.insight.notification_delays(
        DashboardFilter(first_month=first, last_month=last), max_points=geo.MAX_CROSSINGS
    )
    for point in delays.points:
        found[point.case_reference] = (NotificationStatus(point.status), point.limit_hours)
    for row in rows:  # beyond the dashboard's points (a very large file): the same rule here
        if row.case_reference not in found:
            urgent = bool(svc.cases.show(row.case_reference).details.get("urgent", False))
            found[row.case_reference] = notification_status(row.case_kind, urgent, row.delay)
    return found


def load_map(svc: Services, query: MapQuery) -> MapLoad:
    """Worker thread. Everything the map page shows, in one trip."""
    world = geo.border_map()
    points = geo.crossing_points()
    rows = svc.geo.crossings(kinds=query.kinds, partner=query.partner, since=query.since, until=query.until)
    statuses = _statuses(svc, rows)
    crossings = tuple(PlottedCrossing(row, *statuses[row.case_reference]) for row in rows)
    return MapLoad(
        world=world,
        points=points,
        crossings=crossings,
        partners=tuple(svc.cases.partner_agencies()),
        truncated=len(rows) >= geo.MAX_CROSSINGS,
    )


def load_base_map() -> tuple[BorderMap, tuple[CrossingPoint, ...]]:
    """Worker thread. The shipped map and crossing points only (the picker dialog's load)."""
    return geo.border_map(), geo.crossing_points()
