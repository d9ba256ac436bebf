"""The border map's data: Benelux borders, common crossing points, and where cases crossed.

Two shipped resources (resources/map/, see its SOURCE.md) are read once and kept (module
functions with an lru_cache): `border_map()`, the countries and their borders cut to a box around
Benelux from Natural Earth, and `crossing_points()`, the common motorway crossings, all marked
approximate. They come with the application, but are validated anyway: a malformed or
oversized file raises `MapDataError` naming the file and the fault, never a half-read map.

`GeoService(case_file).crossings(...)` is the case-data part: one row per case whose timeline
has a border crossing with coordinates, with the delay between the first crossing and the first
notification of the host, and whether that was in time: the status is decided in the same SQL
statement by the dashboard's rule (`insight_rules.notification_clock`), so the map and the
dashboard never disagree on a case and no case is read on its own.

Coordinates in lines and rings are (longitude, latitude) pairs in degrees, x before y, as in
GeoJSON and as a plot wants them; a crossing point and a case crossing carry them as named
fields, and every function taking a single place takes (lat, lon) in that order, like
CaseService.add_event(latitude=..., longitude=...).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from sqlalchemy import String, and_, case, func, select, type_coerce

from desktop.models import Agency, Case, CaseEvent, ObservationDetails
from desktop.models.enums import CaseKind, Country, EventKind
from desktop.services.casefile import CaseFile
from desktop.services.catalogue import default_resources_dir
from desktop.services.errors import InvalidInput
from desktop.services.insight_rules import NOTIFICATION_LIMIT_HOURS, CrossingGroup, notification_clock

MAP_FORMAT = "casedesk-border-map"
POINTS_FORMAT = "casedesk-crossing-points"
VERSION = 1
MAX_MAP_BYTES = 1024 * 1024
MAX_POINTS_BYTES = 256 * 1024
MAX_MAP_POSITIONS = 100_000
MAX_FEATURES = 1_000
MAX_CROSSING_POINTS = 1_000
MAX_CROSSINGS = 10_000
EARTH_RADIUS_KM = 6371.0088

LonLat = tuple[float, float]
Polyline = tuple[LonLat, ...]

_CODE = re.compile(r"[A-Z]{2}")
_NUMERIC = re.compile(r"[0-9]{3}")
_POINT_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")


class MapDataError(ValueError):
    """A shipped map file that is missing, too big or malformed; the message names the file,
    where in it, and what is wrong."""


@dataclass(frozen=True)
class MapCountry:
    code: str  # ISO 3166-1 alpha-2 ("BE")
    numeric: str  # ISO 3166-1 numeric ("056")
    name: str  # English, as in Natural Earth ("Belgium"); the UI shows its own translated name
    polygons: tuple[tuple[Polyline, ...], ...]
    """Each polygon: its outer ring, then its holes; each ring closed (first point == last)."""


@dataclass(frozen=True)
class MapLines:
    kind: str  # "border" (a land border between two countries) or "coast"
    countries: tuple[str, ...]  # the two countries of a border (sorted), the one of a coast
    lines: tuple[Polyline, ...]


@dataclass(frozen=True)
class BorderMap:
    bbox: tuple[float, float, float, float]  # west, south, east, north
    source: str
    countries: tuple[MapCountry, ...]
    lines: tuple[MapLines, ...]

    def country(self, code: str) -> MapCountry:
        for country in self.countries:
            if country.code == code:
                return country
        raise KeyError(code)

    def border(self, first: str, second: str) -> tuple[Polyline, ...]:
        """The land border between two countries (empty if they do not touch inside the box)."""
        pair = tuple(sorted((first, second)))
        return tuple(line for group in self.lines if group.countries == pair for line in group.lines)

    def of_kind(self, kind: str) -> tuple[Polyline, ...]:
        """Every "border" or every "coast" line."""
        return tuple(line for group in self.lines if group.kind == kind for line in group.lines)

    def country_at(self, lat: float, lon: float) -> str | None:
        """The code of the country whose (generalised, 1:50m) outline holds the place, else None
        (sea, outside the box). Near a border the answer is only as good as the map."""
        for country in self.countries:
            for polygon in country.polygons:
                if _inside(lon, lat, polygon):
                    return country.code
        return None


def _inside(x: float, y: float, rings: Sequence[Polyline]) -> bool:
    """Even-odd rule over a polygon's rings, so a hole is outside."""
    inside = False
    for ring in rings:
        for (x1, y1), (x2, y2) in pairwise(ring):
            if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                inside = not inside
    return inside


@dataclass(frozen=True)
class CrossingPoint:
    id: str
    name: str
    road: str
    countries: tuple[str, str]
    lat: float
    lon: float
    approximate: bool


@dataclass(frozen=True)
class CaseCrossing:
    """Where a case crossed the border, and how long the host waited to be told."""

    case_reference: str
    case_kind: str
    case_title: str
    partner_code: str | None
    event_id: int  # the first crossing event that has coordinates: the point shown
    lat: float
    lon: float
    location: str
    zone: str  # the zone that event was entered in, to show its time as entered
    crossed_at: datetime  # the case's first crossing (UTC), with or without coordinates
    notified_at: datetime | None  # the case's first "host notified" event (UTC)
    delay: timedelta | None
    """notified_at - crossed_at; negative when the host was told before the crossing, None if
    the host has not been notified."""
    urgent: bool  # an urgent observation (ObservationDetails.urgent); False for any other case
    group: str | None
    """The insight_rules.CrossingGroup value of the rule the case is held to; None for a case kind
    without a notification duty."""
    limit_hours: float | None  # that rule's limit: 0 (on crossing) or 5 (urgent observation)
    status: str
    """An insight_rules.NotificationStatus value: in_time (delay <= limit, to the millisecond, as
    the dashboard counts), late, not_notified, or not_applicable (no notification duty)."""


# --- Shipped resources -------------------------------------------------------------------------


def default_map_dir() -> Path:
    return default_resources_dir() / "map"


@lru_cache(maxsize=1)
def border_map() -> BorderMap:
    """The shipped border map (resources/map/benelux-borders.json), validated, read once."""
    return read_border_map(default_map_dir() / "benelux-borders.json")


@lru_cache(maxsize=1)
def crossing_points() -> tuple[CrossingPoint, ...]:
    """The shipped crossing points (resources/map/crossing-points.json), validated, read once."""
    return read_crossing_points(default_map_dir() / "crossing-points.json")


def read_border_map(path: Path) -> BorderMap:
    """A border map file, validated (at most MAX_MAP_BYTES); raises MapDataError."""
    return parse_border_map(_load(path, MAX_MAP_BYTES), path.name)


def read_crossing_points(path: Path) -> tuple[CrossingPoint, ...]:
    """A crossing-points file, validated (at most MAX_POINTS_BYTES); raises MapDataError."""
    return parse_crossing_points(_load(path, MAX_POINTS_BYTES), path.name)


def _load(path: Path, limit: int) -> Any:
    try:
        with path.open("rb") as handle:
            raw = handle.read(limit + 1)
    except OSError as error:
        raise MapDataError(f"{path.name}: cannot be read ({error.strerror or error})") from None
    return parse_json(raw, path.name, limit)


def parse_json(raw: bytes, name: str, limit: int) -> Any:
    """`raw` as JSON, refusing more than `limit` bytes, bad UTF-8, NaN/Infinity and duplicate keys."""
    if len(raw) > limit:
        raise MapDataError(f"{name}: larger than {limit} bytes")

    def constant(value: str) -> Any:
        raise MapDataError(f"{name}: {value} is not a number JSON allows")

    def unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                raise MapDataError(f"{name}: the key {key!r} appears twice in one object")
            result[key] = value
        return result

    try:
        return json.loads(raw.decode("utf-8"), parse_constant=constant, object_pairs_hook=unique)
    except UnicodeDecodeError:
        raise MapDataError(f"{name}: not UTF-8 text") from None
    except RecursionError:
        raise MapDataError(f"{name}: nested too deeply") from None
    except json.JSONDecodeError as error:
        raise MapDataError(f"{name}: not JSON ({error.msg}, line {error.lineno})") from None


class _Reader:
    """Checks of one file's values, each fault reported with the file name and JSON path."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.positions = 0

    def fail(self, where: str, fault: str) -> MapDataError:
        return MapDataError(f"{self.name}: {where}: {fault}")

    def object(
        self, value: Any, where: str, required: set[str], optional: frozenset[str] = frozenset()
    ) -> dict:
        if not isinstance(value, dict):
            raise self.fail(where, "expected an object")
        missing = sorted(required - set(value))
        if missing:
            raise self.fail(where, f"missing {missing[0]!r}")
        unknown = sorted(set(value) - required - optional)
        if unknown:
            raise self.fail(where, f"unknown key {unknown[0]!r}")
        return value

    def list(self, value: Any, where: str, *, least: int = 0, most: int | None = None) -> list:
        if not isinstance(value, list):
            raise self.fail(where, "expected a list")
        if len(value) < least:
            raise self.fail(where, f"expected at least {least} items")
        if most is not None and len(value) > most:
            raise self.fail(where, f"more than {most} items")
        return value

    def text(self, value: Any, where: str, *, most: int = 200, pattern: re.Pattern[str] | None = None) -> str:
        if not isinstance(value, str) or not value.strip() or len(value) > most:
            raise self.fail(where, f"expected a non-empty text of at most {most} characters")
        if pattern is not None and not pattern.fullmatch(value):
            raise self.fail(where, f"{value!r} is not of the form {pattern.pattern}")
        return value

    def number(self, value: Any, where: str, low: float, high: float) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise self.fail(where, "expected a number")
        if not low <= value <= high:
            raise self.fail(where, f"{value} is outside {low}..{high}")
        return float(value)

    def equal(self, value: Any, expected: Any, where: str) -> None:
        if value != expected or type(value) is not type(expected):
            raise self.fail(where, f"expected {expected!r}")

    def position(self, value: Any, where: str, bbox: tuple[float, float, float, float]) -> LonLat:
        self.positions += 1
        if self.positions > MAX_MAP_POSITIONS:
            raise self.fail(where, f"more than {MAX_MAP_POSITIONS} positions in the file")
        pair = self.list(value, where, least=2, most=2)
        west, south, east, north = bbox
        return (
            self.number(pair[0], f"{where}[0]", west, east),
            self.number(pair[1], f"{where}[1]", south, north),
        )

    def line(self, value: Any, where: str, bbox: tuple[float, float, float, float], least: int) -> Polyline:
        points = self.list(value, where, least=least)
        return tuple(self.position(point, f"{where}[{i}]", bbox) for i, point in enumerate(points))


def parse_border_map(document: Any, name: str = "border map") -> BorderMap:
    read = _Reader(name)
    top = read.object(document, "$", {"type", "format", "version", "source", "bbox", "features"})
    read.equal(top["type"], "FeatureCollection", "$.type")
    read.equal(top["format"], MAP_FORMAT, "$.format")
    read.equal(top["version"], VERSION, "$.version")
    source = read.text(top["source"], "$.source", most=1000)
    box = read.list(top["bbox"], "$.bbox", least=4, most=4)
    west, east = read.number(box[0], "$.bbox[0]", -180, 180), read.number(box[2], "$.bbox[2]", -180, 180)
    south, north = read.number(box[1], "$.bbox[1]", -90, 90), read.number(box[3], "$.bbox[3]", -90, 90)
    if not (west < east and south < north):
        raise read.fail("$.bbox", "expected west < east and south < north")
    bbox = (west, south, east, north)
    countries: list[MapCountry] = []
    lines: list[MapLines] = []
    for i, feature in enumerate(read.list(top["features"], "$.features", least=1, most=MAX_FEATURES)):
        where = f"$.features[{i}]"
        read.object(feature, where, {"type", "properties", "geometry"})
        read.equal(feature["type"], "Feature", f"{where}.type")
        properties = read.object(
            feature["properties"],
            f"{where}.properties",
            {"kind"},
            frozenset({"code", "numeric", "name", "countries"}),
        )
        geometry = read.object(feature["geometry"], f"{where}.geometry", {"type", "coordinates"})
        kind = properties["kind"]
        if kind == "country":
            read.object(properties, f"{where}.properties", {"kind", "code", "numeric", "name"})
            read.equal(geometry["type"], "MultiPolygon", f"{where}.geometry.type")
            polygons = []
            for j, polygon in enumerate(
                read.list(geometry["coordinates"], f"{where}.geometry.coordinates", least=1)
            ):
                rings = []
                for k, ring in enumerate(read.list(polygon, f"{where}.geometry.coordinates[{j}]", least=1)):
                    ring_where = f"{where}.geometry.coordinates[{j}][{k}]"
                    points = read.line(ring, ring_where, bbox, least=4)
                    if points[0] != points[-1]:
                        raise read.fail(ring_where, "a ring must end where it starts")
                    rings.append(points)
                polygons.append(tuple(rings))
            countries.append(
                MapCountry(
                    code=read.text(properties["code"], f"{where}.properties.code", pattern=_CODE),
                    numeric=read.text(properties["numeric"], f"{where}.properties.numeric", pattern=_NUMERIC),
                    name=read.text(properties["name"], f"{where}.properties.name", most=100),
                    polygons=tuple(polygons),
                )
            )
        elif kind in ("border", "coast"):
            read.object(properties, f"{where}.properties", {"kind", "countries"})
            count = 2 if kind == "border" else 1
            codes = read.list(
                properties["countries"], f"{where}.properties.countries", least=count, most=count
            )
            pair = tuple(
                read.text(code, f"{where}.properties.countries[{j}]", pattern=_CODE)
                for j, code in enumerate(codes)
            )
            if list(pair) != sorted(set(pair)):
                raise read.fail(f"{where}.properties.countries", "expected distinct codes in order")
            read.equal(geometry["type"], "MultiLineString", f"{where}.geometry.type")
            parts = read.list(geometry["coordinates"], f"{where}.geometry.coordinates", least=1)
            lines.append(
                MapLines(
                    kind=kind,
                    countries=pair,
                    lines=tuple(
                        read.line(part, f"{where}.geometry.coordinates[{j}]", bbox, least=2)
                        for j, part in enumerate(parts)
                    ),
                )
            )
        else:
            raise read.fail(f"{where}.properties.kind", "expected 'country', 'border' or 'coast'")
    codes = [country.code for country in countries]
    if len(set(codes)) != len(codes):
        raise read.fail("$.features", "a country appears twice")
    for group in lines:
        stranger = next((code for code in group.countries if code not in codes), None)
        if stranger is not None:
            raise read.fail(
                "$.features", f"a {group.kind} names {stranger!r}, which is not a country of the map"
            )
    return BorderMap(bbox=bbox, source=source, countries=tuple(countries), lines=tuple(lines))


def parse_crossing_points(document: Any, name: str = "crossing points") -> tuple[CrossingPoint, ...]:
    read = _Reader(name)
    top = read.object(document, "$", {"format", "version", "points"}, frozenset({"note"}))
    read.equal(top["format"], POINTS_FORMAT, "$.format")
    read.equal(top["version"], VERSION, "$.version")
    if "note" in top:
        read.text(top["note"], "$.note", most=2000)
    countries = {country.value for country in Country}
    points: list[CrossingPoint] = []
    for i, item in enumerate(read.list(top["points"], "$.points", most=MAX_CROSSING_POINTS)):
        where = f"$.points[{i}]"
        read.object(item, where, {"id", "name", "road", "countries", "lat", "lon", "approximate"})
        pair = read.list(item["countries"], f"{where}.countries", least=2, most=2)
        for j, code in enumerate(pair):
            if not isinstance(code, str) or code not in countries:
                raise read.fail(f"{where}.countries[{j}]", f"expected one of {sorted(countries)}")
        if pair[0] == pair[1]:
            raise read.fail(f"{where}.countries", "a crossing is between two different countries")
        if not isinstance(item["approximate"], bool):
            raise read.fail(f"{where}.approximate", "expected true or false")
        points.append(
            CrossingPoint(
                id=read.text(item["id"], f"{where}.id", pattern=_POINT_ID),
                name=read.text(item["name"], f"{where}.name"),
                road=read.text(item["road"], f"{where}.road", most=100),
                countries=(pair[0], pair[1]),
                lat=read.number(item["lat"], f"{where}.lat", -90, 90),
                lon=read.number(item["lon"], f"{where}.lon", -180, 180),
                approximate=item["approximate"],
            )
        )
    ids = [point.id for point in points]
    if len(set(ids)) != len(ids):
        raise read.fail("$.points", "two points have the same id")
    return tuple(points)


# --- Geometry helpers (for picking on the map and for checks) ---------------------------------


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def distance_to_lines_km(lat: float, lon: float, lines: Iterable[Sequence[LonLat]]) -> float:
    """Shortest distance from a point to any segment of `lines` ((lon, lat) points), in km.

    Segments are measured in a plane tangent at the point (equirectangular), which is within a
    fraction of a percent over the tens of kilometres this is used for. inf if there is no line."""
    kx = math.radians(1) * EARTH_RADIUS_KM * math.cos(math.radians(lat))
    ky = math.radians(1) * EARTH_RADIUS_KM
    best = math.inf
    for line in lines:
        for (lon1, lat1), (lon2, lat2) in pairwise(line):
            ax, ay = (lon1 - lon) * kx, (lat1 - lat) * ky
            bx, by = (lon2 - lon) * kx, (lat2 - lat) * ky
            dx, dy = bx - ax, by - ay
            length = dx * dx + dy * dy
            t = 0.0 if length == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / length))
            best = min(best, math.hypot(ax + t * dx, ay + t * dy))
    return best


def nearest_crossing_point(lat: float, lon: float) -> tuple[CrossingPoint, float] | None:
    """The shipped crossing point nearest to a place, with its distance in km (None if none)."""
    points = crossing_points()
    if not points:
        return None
    return min(((p, distance_km(lat, lon, p.lat, p.lon)) for p in points), key=lambda pair: pair[1])


def plot_arrays(lines: Iterable[Sequence[LonLat]]) -> tuple[list[float], list[float]]:
    """Parallel x (lon) and y (lat) lists with a NaN between lines: one plot item draws them all
    (pyqtgraph: `connect="finite"`)."""
    xs: list[float] = []
    ys: list[float] = []
    for line in lines:
        if xs:
            xs.append(math.nan)
            ys.append(math.nan)
        xs.extend(point[0] for point in line)
        ys.extend(point[1] for point in line)
    return xs, ys


# --- Case crossings ----------------------------------------------------------------------------


def _aware(value: datetime | None, field: str) -> datetime | None:
    if value is None:
        return None
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidInput("The field {field} needs a time zone.", field=field)
    return value.astimezone(UTC)


class GeoService:
    def __init__(self, case_file: CaseFile) -> None:
        self._cf = case_file

    def crossings(
        self,
        *,
        kinds: Iterable[CaseKind] | None = None,
        reference: str | None = None,
        partner: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = MAX_CROSSINGS,
    ) -> list[CaseCrossing]:
        """Cases that crossed the border at a known place (the newest `limit`), oldest crossing first.

        One row per case: the place is that of its first BORDER_CROSSED event with both
        coordinates; `crossed_at` is its first BORDER_CROSSED event of all (the moment the
        notification rule counts from), `notified_at` its first HOST_NOTIFIED event. Filters:
        case kinds, one case reference, a partner agency code or its start ("NL-"), and the
        first crossing in [since, until).

        The notification status, group and limit of each row come from the dashboard's rule
        (`insight_rules.notification_clock`), computed in this one statement."""
        since, until = _aware(since, "since"), _aware(until, "until")
        limit = max(0, min(limit, MAX_CROSSINGS))

        def first(kind: EventKind):  # type: ignore[no-untyped-def]
            return func.min(case((CaseEvent.kind == kind.value, CaseEvent.occurred_at)))

        # The first crossing and the first notification of every case, in one pass over its events.
        firsts = (
            select(
                CaseEvent.case_id,
                first(EventKind.BORDER_CROSSED).label("crossed"),
                first(EventKind.HOST_NOTIFIED).label("notified"),
            )
            .where(CaseEvent.kind.in_([EventKind.BORDER_CROSSED.value, EventKind.HOST_NOTIFIED.value]))
            .group_by(CaseEvent.case_id)
            .subquery("firsts")
        )
        clock = notification_clock(Case.kind, ObservationDetails.urgent, firsts.c.crossed, firsts.c.notified)
        placed = (
            select(
                CaseEvent.case_id,
                CaseEvent.id,
                CaseEvent.latitude,
                CaseEvent.longitude,
                CaseEvent.location,
                CaseEvent.entered_zone,
                func.row_number()
                .over(partition_by=CaseEvent.case_id, order_by=(CaseEvent.occurred_at, CaseEvent.id))
                .label("n"),
            )
            .where(
                CaseEvent.kind == EventKind.BORDER_CROSSED.value,
                CaseEvent.latitude.is_not(None),
                CaseEvent.longitude.is_not(None),
            )
            .subquery("placed")
        )
        query = (
            select(
                Case.reference,
                Case.kind,
                Case.title,
                Agency.code,
                placed.c.id,
                placed.c.latitude,
                placed.c.longitude,
                placed.c.location,
                placed.c.entered_zone,
                _as_text(firsts.c.crossed),
                _as_text(firsts.c.notified),
                func.coalesce(ObservationDetails.urgent, False),
                clock.group,
                clock.status,
            )
            .join(placed, and_(placed.c.case_id == Case.id, placed.c.n == 1))
            .join(firsts, and_(firsts.c.case_id == Case.id, firsts.c.crossed.is_not(None)))
            .outerjoin(ObservationDetails, ObservationDetails.case_id == Case.id)
            .outerjoin(Agency, Agency.id == Case.partner_agency_id)
        )
        if kinds is not None:
            query = query.where(Case.kind.in_([CaseKind(kind).value for kind in kinds]))
        if reference is not None:
            query = query.where(Case.reference == reference)
        if partner and partner.strip():
            query = query.where(Agency.code.startswith(partner.strip().upper(), autoescape=True))
        if since is not None:
            query = query.where(firsts.c.crossed >= since)
        if until is not None:
            query = query.where(firsts.c.crossed < until)
        # The newest `limit` crossings when there are more (the map shows what is current),
        # returned oldest first.
        query = query.order_by(firsts.c.crossed.desc(), Case.reference.desc()).limit(limit)
        with self._cf.reading() as session:
            rows = session.execute(query).all()[::-1]
        return [_crossing(*row) for row in rows]


def _as_text(column: Any) -> Any:
    """A time column read as its stored UTC text (`2026-11-28T18:12:54.000000Z`, models/base.py),
    parsed by `_utc`: many times faster than the column type's own conversion."""
    return type_coerce(column, String)


def _utc(stored: str) -> datetime:
    return datetime.fromisoformat(stored)


def _crossing(
    ref: str,
    kind: str,
    title: str,
    partner_code: str | None,
    event_id: int,
    lat: float,
    lon: float,
    location: str,
    zone: str,
    crossed: str,
    notified: str | None,
    urgent: bool,
    group: str | None,
    status: str,
) -> CaseCrossing:
    crossed_at = _utc(crossed)
    notified_at = _utc(notified) if notified is not None else None
    return CaseCrossing(
        case_reference=ref,
        case_kind=kind,
        case_title=title,
        partner_code=partner_code,
        event_id=event_id,
        lat=lat,
        lon=lon,
        location=location,
        zone=zone,
        crossed_at=crossed_at,
        notified_at=notified_at,
        delay=None if notified_at is None else notified_at - crossed_at,
        urgent=bool(urgent),
        group=group,
        limit_hours=None if group is None else NOTIFICATION_LIMIT_HOURS[CrossingGroup(group)],
        status=status,
    )
