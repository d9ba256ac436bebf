"""What the border map shows, loaded in one operation, and how a place becomes a point of the plot.

`load_map(svc, query)` runs on the database worker (an `Op`): it reads the shipped map and
crossing points (the first call parses their JSON files) and the case file's crossings. Each
crossing comes with its notification status and limit, decided by the service with the
dashboard's own rule (`GeoService.crossings`, `insight_rules.notification_clock`), so the map and
the dashboard never disagree on a case; this module only turns them into map items.

The plot is an equirectangular projection scaled at 50.8° N, the middle of the region: x is the
longitude times cos(50.8°), y the latitude, so a kilometre is as long across as it is up and
Benelux is not stretched. `to_plot` and `from_plot` convert; pure, no widgets.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from desktop.models.enums import CaseKind
from desktop.services import geo
from desktop.services.dto import AgencyView
from desktop.services.geo import BorderMap, CaseCrossing, CrossingPoint
from desktop.services.insight_rules import NOTIFIED_CASE_KINDS, NotificationStatus

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


def plotted(row: CaseCrossing) -> PlottedCrossing | None:
    """The map item of a crossing; None for a case kind without a notification duty (the map
    shows how the host was told, and offers only pursuits and observations)."""
    status = NotificationStatus(row.status)
    if status is NotificationStatus.NOT_APPLICABLE or row.limit_hours is None:
        return None
    return PlottedCrossing(row, status, row.limit_hours)


def load_map(svc: Services, query: MapQuery) -> MapLoad:
    """Worker thread. Everything the map page shows, in one trip."""
    world = geo.border_map()
    points = geo.crossing_points()
    rows = svc.geo.crossings(kinds=query.kinds, partner=query.partner, since=query.since, until=query.until)
    crossings = tuple(item for item in map(plotted, rows) if item is not None)
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
