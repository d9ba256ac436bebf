"""Cut the Benelux border map (`resources/map/benelux-borders.json`) out of Natural Earth data.

The source is `countries-50m.json` of the npm package world-atlas 2.0.2 (Natural Earth 1:50m
Admin 0 countries, version 4.1.0, as TopoJSON; Natural Earth is public domain, world-atlas is
ISC). Fetch it once, with nothing installed system-wide, for example:

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz      # -> package/countries-50m.json

then run from the project root:

    .venv/bin/python scripts/make_border_map.py package/countries-50m.json

The TopoJSON is decoded here in plain Python (no topojson or shapely): the arcs are quantized
and delta-encoded, and a polygon ring is a list of arc indices (a negative index ~i is arc i
walked backwards). Because neighbouring countries share their arcs, an arc used by two
countries *is* their common border and an arc used by one country is its coast; the output
keeps that distinction, so the map can draw land borders and coastlines differently.

Output: one GeoJSON FeatureCollection (RFC 7946; `bbox` and the foreign members `format`,
`version`, `source` at the top), coordinates [longitude, latitude] rounded to 4 decimals, all
inside BOX:
- one feature per country, `properties: {"kind": "country", "code": "BE", "numeric": "056",
  "name": "Belgium"}`, geometry a MultiPolygon clipped to BOX (for filling; a clipped ring runs
  along the edge of the box where the country goes on beyond it);
- one feature per border or coast, `properties: {"kind": "border", "countries": ["BE", "NL"]}`
  or `{"kind": "coast", "countries": ["NL"]}`, geometry a MultiLineString clipped to BOX (for
  drawing lines; nothing runs along the edge of the box).
The run is deterministic: the same source gives the same bytes.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from itertools import pairwise
from pathlib import Path
from typing import Any

Point = tuple[float, float]
Line = list[Point]

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "resources" / "map" / "benelux-borders.json"

BOX: tuple[float, float, float, float] = (1.5, 48.9, 7.5, 53.8)
"""west, south, east, north (degrees): Benelux with a margin of its neighbours."""

COUNTRIES: dict[str, str] = {
    # ISO 3166-1 numeric (the ids in world-atlas) -> alpha-2
    "056": "BE",
    "528": "NL",
    "442": "LU",
    "250": "FR",
    "276": "DE",
    "826": "GB",
}
DECIMALS = 4
FORMAT = "casedesk-border-map"
VERSION = 1
SOURCE = (
    "Natural Earth 1:50m Admin 0 countries (v4.1.0, public domain) via world-atlas 2.0.2 "
    "(ISC, Copyright 2013-2019 Michael Bostock); see resources/map/SOURCE.md"
)


# --- TopoJSON decoding -------------------------------------------------------------------------


def decode_arcs(topology: dict[str, Any]) -> list[Line]:
    """The topology's arcs as absolute (lon, lat) points.

    A quantized topology (with `transform`) stores each arc as a first position and then
    differences from the previous position, in integer grid units: x = sum of the dx so far,
    lon = x * scale_x + translate_x (same for y). Without `transform` the positions are absolute."""
    transform = topology.get("transform")
    arcs: list[Line] = []
    for arc in topology["arcs"]:
        if transform is None:
            arcs.append([(float(p[0]), float(p[1])) for p in arc])
            continue
        (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
        x = y = 0
        points: Line = []
        for position in arc:
            x += position[0]
            y += position[1]
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def arc_points(arcs: Sequence[Line], index: int) -> Line:
    """Arc `index`, or arc ~index reversed when index is negative (TopoJSON's one's complement)."""
    return list(arcs[index]) if index >= 0 else list(reversed(arcs[~index]))


def stitch(arcs: Sequence[Line], indices: Iterable[int]) -> Line:
    """One ring or line from consecutive arcs: each arc starts where the previous one ended, so
    the shared point is kept once."""
    points: Line = []
    for index in indices:
        part = arc_points(arcs, index)
        points.extend(part[1:] if points else part)
    return points


def polygons(geometry: dict[str, Any], arcs: Sequence[Line]) -> list[list[Line]]:
    """A Polygon or MultiPolygon geometry as polygons, each a list of rings (exterior first)."""
    if geometry["type"] == "Polygon":
        parts = [geometry["arcs"]]
    elif geometry["type"] == "MultiPolygon":
        parts = geometry["arcs"]
    else:
        return []
    return [[stitch(arcs, ring) for ring in polygon] for polygon in parts]


def arc_users(geometries: Iterable[dict[str, Any]]) -> dict[int, list[str]]:
    """Arc number -> ids of the geometries whose rings use it (in either direction), in order."""
    users: dict[int, list[str]] = {}
    for geometry in geometries:
        parts = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry.get("arcs", [])
        for polygon in parts:
            for ring in polygon:
                for index in ring:
                    owners = users.setdefault(index if index >= 0 else ~index, [])
                    if geometry.get("id") not in owners:
                        owners.append(geometry.get("id"))
    return users


# --- Clipping to the box -----------------------------------------------------------------------


def clip_ring(ring: Line, box: tuple[float, float, float, float]) -> Line:
    """Sutherland–Hodgman: the part of a closed ring inside the box, closed again ([] if none).

    A concave ring cut in two comes back as one ring joined along the box's edge; filled, it
    covers the same area."""
    west, south, east, north = box
    edges = (
        (lambda p: p[0] >= west, lambda a, b: _at_x(a, b, west)),
        (lambda p: p[0] <= east, lambda a, b: _at_x(a, b, east)),
        (lambda p: p[1] >= south, lambda a, b: _at_y(a, b, south)),
        (lambda p: p[1] <= north, lambda a, b: _at_y(a, b, north)),
    )
    points = ring[:-1] if len(ring) > 1 and ring[0] == ring[-1] else list(ring)
    for inside, cross in edges:
        if not points:
            return []
        kept: Line = []
        previous = points[-1]
        for current in points:
            if inside(current):
                if not inside(previous):
                    kept.append(cross(previous, current))
                kept.append(current)
            elif inside(previous):
                kept.append(cross(previous, current))
            previous = current
        points = kept
    if len(points) < 3:
        return []
    return [*points, points[0]]


def _at_x(a: Point, b: Point, x: float) -> Point:
    t = (x - a[0]) / (b[0] - a[0])
    return (x, a[1] + t * (b[1] - a[1]))


def _at_y(a: Point, b: Point, y: float) -> Point:
    t = (y - a[1]) / (b[1] - a[1])
    return (a[0] + t * (b[0] - a[0]), y)


def clip_line(line: Line, box: tuple[float, float, float, float]) -> list[Line]:
    """Liang–Barsky on each segment: the pieces of an open line inside the box."""
    west, south, east, north = box
    pieces: list[Line] = []
    current: Line = []
    for a, b in pairwise(line):
        segment = _clip_segment(a, b, west, south, east, north)
        if segment is None:
            if current:
                pieces.append(current)
                current = []
            continue
        start, end = segment
        if current and current[-1] == start:
            current.append(end)
        else:
            if current:
                pieces.append(current)
            current = [start, end]
        if end != b:  # left the box
            pieces.append(current)
            current = []
    if current:
        pieces.append(current)
    return [piece for piece in pieces if len(piece) >= 2]


def _clip_segment(
    a: Point, b: Point, west: float, south: float, east: float, north: float
) -> tuple[Point, Point] | None:
    dx, dy = b[0] - a[0], b[1] - a[1]
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, a[0] - west), (dx, east - a[0]), (-dy, a[1] - south), (dy, north - a[1])):
        if p == 0:
            if q < 0:
                return None
            continue
        t = q / p
        if p < 0:
            if t > t1:
                return None
            t0 = max(t0, t)
        else:
            if t < t0:
                return None
            t1 = min(t1, t)
    start = a if t0 == 0 else (a[0] + t0 * dx, a[1] + t0 * dy)
    end = b if t1 == 1 else (a[0] + t1 * dx, a[1] + t1 * dy)
    return start, end


# --- Output --------------------------------------------------------------------------------------


def _rounded(points: Line) -> list[list[float]]:
    """[[lon, lat], ...] at DECIMALS, consecutive duplicates (made by rounding) dropped."""
    out: list[list[float]] = []
    for lon, lat in points:
        point = [round(lon, DECIMALS), round(lat, DECIMALS)]
        if not out or out[-1] != point:
            out.append(point)
    return out


def join_lines(lines: list[Line]) -> list[Line]:
    """Join lines that continue each other (end of one == start of the next, either way round)."""
    pending = [list(line) for line in lines]
    joined: list[Line] = []
    while pending:
        line = pending.pop(0)
        grown = True
        while grown:
            grown = False
            for i, other in enumerate(pending):
                if line[-1] == other[0]:
                    line += other[1:]
                elif line[-1] == other[-1]:
                    line += other[-2::-1]
                elif line[0] == other[-1]:
                    line = other[:-1] + line
                elif line[0] == other[0]:
                    line = other[:0:-1] + line
                else:
                    continue
                del pending[i]
                grown = True
                break
        joined.append(line)
    return joined


def build(topology: dict[str, Any], box: tuple[float, float, float, float] = BOX) -> dict[str, Any]:
    """The border map as a GeoJSON FeatureCollection (see the module docstring)."""
    if topology.get("type") != "Topology" or "countries" not in topology.get("objects", {}):
        raise ValueError("not a world-atlas topology (no objects.countries)")
    arcs = decode_arcs(topology)
    geometries = topology["objects"]["countries"]["geometries"]
    features: list[dict[str, Any]] = []
    kept: dict[str, str] = {}  # numeric id -> alpha-2, of the countries that reach into the box
    for geometry in geometries:
        code = COUNTRIES.get(geometry.get("id", ""))
        if code is None:
            continue
        shapes: list[list[list[list[float]]]] = []
        for polygon in polygons(geometry, arcs):
            rings = [_rounded(clip_ring(ring, box)) for ring in polygon]
            if len(rings[0]) >= 4:  # the exterior reaches into the box
                shapes.append([ring for ring in rings if len(ring) >= 4])
        if not shapes:
            continue
        kept[geometry["id"]] = code
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "kind": "country",
                    "code": code,
                    "numeric": geometry["id"],
                    "name": geometry["properties"]["name"],
                },
                "geometry": {"type": "MultiPolygon", "coordinates": shapes},
            }
        )
    users = arc_users(geometries)
    groups: dict[tuple[str, ...], list[Line]] = {}
    for arc_number, owners in sorted(users.items()):
        if not any(owner in kept for owner in owners):
            continue
        # A border with a country outside the list (none in this box) still shows as that
        # country's edge; its code is then the numeric id.
        codes = tuple(sorted(COUNTRIES.get(owner, owner) for owner in owners))
        for piece in clip_line(arcs[arc_number], box):
            groups.setdefault(codes, []).append(piece)
    for codes, lines in sorted(groups.items(), key=lambda item: (len(item[0]) == 1, item[0])):
        rounded = [_rounded(line) for line in join_lines(lines)]
        rounded = [line for line in rounded if len(line) >= 2]
        if not rounded:
            continue
        features.append(
            {
                "type": "Feature",
                "properties": {"kind": "border" if len(codes) > 1 else "coast", "countries": list(codes)},
                "geometry": {"type": "MultiLineString", "coordinates": rounded},
            }
        )
    return {
        "type": "FeatureCollection",
        "format": FORMAT,
        "version": VERSION,
        "source": SOURCE,
        "bbox": list(box),
        "features": features,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, help="countries-50m.json of world-atlas 2.0.2")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="default: %(default)s")
    args = parser.parse_args(argv)
    topology = json.loads(args.source.read_text(encoding="utf-8"))
    result = build(topology)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(result, ensure_ascii=False, separators=(",", ":"))
    args.output.write_text(text + "\n", encoding="utf-8")
    countries = [f["properties"]["code"] for f in result["features"] if f["properties"]["kind"] == "country"]
    print(f"{args.output}: {len(text) + 1} bytes, countries {' '.join(countries)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
