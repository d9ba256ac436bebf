"""The border map's data: the shipped map and crossing points, their validation, the TopoJSON
decoding that made them, and where the cases of a real case file crossed with their delays.
"""

from __future__ import annotations

import copy
import json
import math
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.models.enums import CaseKind, EventKind
from desktop.services import geo
from desktop.services.errors import InvalidInput
from desktop.services.geo import (
    CaseCrossing,
    GeoService,
    MapDataError,
    border_map,
    crossing_points,
    distance_km,
    distance_to_lines_km,
    nearest_crossing_point,
    parse_border_map,
    parse_crossing_points,
    parse_json,
    plot_arrays,
    read_border_map,
    read_crossing_points,
)

ROOT = Path(__file__).resolve().parent.parent
MAP_DIR = ROOT / "resources" / "map"
sys.path.insert(0, str(ROOT / "scripts"))

import make_border_map as maker  # noqa: E402 - the project's own script, found through the path above

BOX = (1.5, 48.9, 7.5, 53.8)
PAIRS = {("BE", "NL"), ("BE", "LU"), ("BE", "FR"), ("BE", "DE"), ("DE", "NL"), ("FR", "LU"), ("DE", "LU")}


def _shipped(name: str) -> dict[str, Any]:
    return json.loads((MAP_DIR / name).read_text(encoding="utf-8"))


# --- the shipped map ---------------------------------------------------------------------------


def test_the_shipped_map_loads_with_benelux_and_its_neighbours() -> None:
    world = border_map()
    assert world.bbox == BOX
    assert sorted((c.code, c.numeric, c.name) for c in world.countries) == [
        ("BE", "056", "Belgium"),
        ("DE", "276", "Germany"),
        ("FR", "250", "France"),
        ("GB", "826", "United Kingdom"),
        ("LU", "442", "Luxembourg"),
        ("NL", "528", "Netherlands"),
    ]
    assert world.source.startswith("Natural Earth 1:50m Admin 0 countries")
    borders = {group.countries for group in world.lines if group.kind == "border"}
    assert borders == PAIRS | {("DE", "FR")}
    assert {group.countries for group in world.lines if group.kind == "coast"} == {
        ("BE",),
        ("DE",),
        ("FR",),
        ("GB",),
        ("NL",),
    }
    assert world.border("NL", "BE") == world.border("BE", "NL") != ()
    assert world.border("LU", "NL") == ()
    assert border_map() is world  # read once


def test_every_coordinate_of_the_shipped_map_is_inside_the_box_and_rings_are_closed() -> None:
    west, south, east, north = BOX
    world = border_map()
    points = [p for c in world.countries for polygon in c.polygons for ring in polygon for p in ring]
    points += [p for group in world.lines for line in group.lines for p in line]
    assert len(points) > 1000
    assert all(west <= lon <= east and south <= lat <= north for lon, lat in points)
    assert all(
        ring[0] == ring[-1] and len(ring) >= 4
        for c in world.countries
        for polygon in c.polygons
        for ring in polygon
    )
    # 4 decimals in the file
    document = _shipped("benelux-borders.json")
    raw = [x for f in document["features"] for x in _flatten(f["geometry"]["coordinates"])]
    assert all(round(x, 4) == x for x in raw)


def _flatten(value: Any) -> list[float]:
    return [x for item in value for x in _flatten(item)] if isinstance(value, list) else [value]


def test_the_shipped_files_are_small() -> None:
    assert (MAP_DIR / "benelux-borders.json").stat().st_size < 50_000  # target: well under 200 KB
    assert (MAP_DIR / "crossing-points.json").stat().st_size < 10_000
    assert "public domain" in (MAP_DIR / "SOURCE.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("place", "lat", "lon", "code"),
    [
        ("Brussels", 50.8467, 4.3525, "BE"),
        ("Amsterdam", 52.3731, 4.8922, "NL"),
        ("Luxembourg", 49.6116, 6.1319, "LU"),
        ("Lille", 50.6292, 3.0573, "FR"),
        ("Aachen", 50.7753, 6.0839, "DE"),
        ("Maastricht", 50.8514, 5.6910, "NL"),
        ("Texel", 53.06, 4.80, "NL"),
        ("Beccles", 52.456, 1.562, "GB"),
        ("North Sea", 52.5, 3.0, None),
        ("Paris, outside the box", 48.8566, 2.3522, None),
    ],
)
def test_places_fall_in_their_country(place: str, lat: float, lon: float, code: str | None) -> None:
    assert border_map().country_at(lat, lon) == code


# --- the crossing points -----------------------------------------------------------------------


def test_the_crossing_points_cover_every_border_and_are_all_approximate() -> None:
    points = crossing_points()
    assert 20 <= len(points) <= 35
    assert len({p.id for p in points}) == len(points)
    assert all(p.approximate is True for p in points)
    assert {tuple(sorted(p.countries)) for p in points} == PAIRS
    assert all(p.name.strip() and p.road.strip() for p in points)
    meer = next(p for p in points if p.id == "be-nl-meer-hazeldonk")
    assert (meer.countries, meer.road) == (("BE", "NL"), "E19: A1 / A16")


def test_every_crossing_point_is_in_the_box_on_its_side_and_near_its_border() -> None:
    world = border_map()
    west, south, east, north = BOX
    far = []
    for point in crossing_points():
        assert west <= point.lon <= east and south <= point.lat <= north, point.id
        # in one of its two countries (the 1:50m outline puts some a little over the line)
        assert world.country_at(point.lat, point.lon) in point.countries, point.id
        border = world.border(*point.countries)
        distance = distance_to_lines_km(point.lat, point.lon, border)
        if distance > 5.0:
            far.append((point.id, round(distance, 1)))
    assert far == []


def test_distances() -> None:
    # Brussels Grand-Place to Amsterdam Dam: 173.8 km on the great circle
    assert distance_km(50.8467, 4.3525, 52.3731, 4.8922) == pytest.approx(173.77, abs=0.01)
    assert distance_km(50.0, 5.0, 50.0, 5.0) == 0.0
    one_degree = math.radians(1) * geo.EARTH_RADIUS_KM  # 111.195 km
    line = [(5.0, 50.0), (6.0, 50.0)]
    assert distance_to_lines_km(50.01, 5.5, [line]) == pytest.approx(0.01 * one_degree, rel=1e-12)
    assert distance_to_lines_km(50.0, 4.9, [line]) == pytest.approx(
        0.1 * one_degree * math.cos(math.radians(50))
    )
    assert distance_to_lines_km(50.0, 5.0, []) == math.inf
    point, km = nearest_crossing_point(51.45, 4.75)  # type: ignore[misc]
    assert point.id == "be-nl-meer-hazeldonk"
    assert km == pytest.approx(distance_km(51.45, 4.75, 51.466, 4.748))


def test_plot_arrays_separate_lines_with_nan() -> None:
    xs, ys = plot_arrays([[(1.0, 2.0), (3.0, 4.0)], [(5.0, 6.0), (7.0, 8.0)]])
    assert xs[:2] + xs[3:] == [1.0, 3.0, 5.0, 7.0] and math.isnan(xs[2])
    assert ys[:2] + ys[3:] == [2.0, 4.0, 6.0, 8.0] and math.isnan(ys[2])
    assert plot_arrays([]) == ([], [])


# --- malformed files are refused -----------------------------------------------------------------


def _map_with(change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    document = _shipped("benelux-borders.json")
    change(document)
    return document


def _country(document: dict[str, Any], code: str) -> dict[str, Any]:
    return next(f for f in document["features"] if f["properties"].get("code") == code)


def _set(path: tuple[Any, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        node: Any = document
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return change


MAP_FAULTS: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    ("format", _set(("format",), "geojson"), "$.format: expected 'casedesk-border-map'"),
    ("version", _set(("version",), 2), "$.version: expected 1"),
    ("version-bool", _set(("version",), True), "$.version: expected 1"),
    ("bbox-reversed", _set(("bbox",), [7.5, 48.9, 1.5, 53.8]), "$.bbox: expected west < east"),
    ("no-features", _set(("features",), []), "$.features: expected at least 1 items"),
    ("extra-key", _set(("extra",), 1), "$: unknown key 'extra'"),
    (
        "outside-box",
        lambda d: _country(d, "BE")["geometry"]["coordinates"][0][0].__setitem__(1, [8.0, 50.0]),
        "$.features[5].geometry.coordinates[0][0][1][0]: 8.0 is outside 1.5..7.5",
    ),
    (
        "open-ring",
        lambda d: _country(d, "BE")["geometry"]["coordinates"][0][0].pop(),
        "$.features[5].geometry.coordinates[0][0]: a ring must end where it starts",
    ),
    (
        "short-ring",
        lambda d: _country(d, "LU")["geometry"].__setitem__(
            "coordinates", [[[[6, 49.5], [6.1, 49.6], [6, 49.5]]]]
        ),
        "$.features[2].geometry.coordinates[0][0]: expected at least 4 items",
    ),
    (
        "bool-coordinate",
        lambda d: _country(d, "LU")["geometry"]["coordinates"][0][0][1].__setitem__(0, True),
        "$.features[2].geometry.coordinates[0][0][1][0]: expected a number",
    ),
    (
        "code",
        lambda d: _country(d, "BE")["properties"].__setitem__("code", "be"),
        "$.features[5].properties.code: 'be' is not of the form [A-Z]{2}",
    ),
    (
        "duplicate-country",
        lambda d: _country(d, "NL")["properties"].__setitem__("code", "BE"),
        "$.features: a country appears twice",
    ),
    ("kind", _set(("features", 0, "properties", "kind"), "river"), "expected 'country', 'border' or 'coast'"),
    (
        "border-of-three",
        _set(("features", 6, "properties", "countries"), ["BE", "DE", "NL"]),
        "$.features[6].properties.countries: more than 2 items",
    ),
    (
        "border-unsorted",
        _set(("features", 6, "properties", "countries"), ["DE", "BE"]),
        "expected distinct codes in order",
    ),
    (
        "border-stranger",
        _set(("features", 6, "properties", "countries"), ["BE", "CH"]),
        "a border names 'CH', which is not a country of the map",
    ),
    (
        "line-of-one",
        _set(("features", 6, "geometry", "coordinates"), [[[6.0, 50.5]]]),
        "$.features[6].geometry.coordinates[0]: expected at least 2 items",
    ),
    (
        "geometry-type",
        _set(("features", 6, "geometry", "type"), "LineString"),
        "$.features[6].geometry.type: expected 'MultiLineString'",
    ),
]


@pytest.mark.parametrize(("change", "message"), [f[1:] for f in MAP_FAULTS], ids=[f[0] for f in MAP_FAULTS])
def test_a_malformed_map_is_refused_with_where_and_why(tmp_path: Path, change, message: str) -> None:
    path = tmp_path / "borders.json"
    path.write_text(json.dumps(_map_with(change)), encoding="utf-8")
    with pytest.raises(MapDataError) as caught:
        read_border_map(path)
    assert str(caught.value).startswith("borders.json: ")
    assert message in str(caught.value)


POINT_FAULTS: list[tuple[str, tuple[Any, ...], Any, str]] = [
    (
        "not-approximate",
        ("points", 0, "approximate"),
        "yes",
        "$.points[0].approximate: expected true or false",
    ),
    ("country", ("points", 0, "countries"), ["BE", "GB"], "$.points[0].countries[1]: expected one of"),
    (
        "same-country",
        ("points", 0, "countries"),
        ["BE", "BE"],
        "a crossing is between two different countries",
    ),
    ("latitude", ("points", 0, "lat"), 91, "$.points[0].lat: 91 is outside -90..90"),
    ("latitude-text", ("points", 0, "lat"), "51.3", "$.points[0].lat: expected a number"),
    ("id", ("points", 0, "id"), "BE NL", "$.points[0].id: 'BE NL' is not of the form"),
    ("duplicate-id", ("points", 1, "id"), "be-nl-zandvliet", "$.points: two points have the same id"),
    ("empty-name", ("points", 2, "name"), " ", "$.points[2].name: expected a non-empty text"),
    ("extra-key", ("points", 3, "surveyed"), True, "$.points[3]: unknown key 'surveyed'"),
    ("format", ("format",), "casedesk-border-map", "$.format: expected 'casedesk-crossing-points'"),
]


@pytest.mark.parametrize(
    ("path", "value", "message"), [f[1:] for f in POINT_FAULTS], ids=[f[0] for f in POINT_FAULTS]
)
def test_malformed_crossing_points_are_refused(tmp_path: Path, path, value, message: str) -> None:
    document = _shipped("crossing-points.json")
    _set(path, value)(document)
    target = tmp_path / "points.json"
    target.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(MapDataError, match=r"^points\.json: ") as caught:
        read_crossing_points(target)
    assert message in str(caught.value)


def test_a_missing_point_key_is_named() -> None:
    document = _shipped("crossing-points.json")
    del document["points"][4]["approximate"]
    with pytest.raises(MapDataError, match=r"^crossing points: \$\.points\[4\]: missing 'approximate'$"):
        parse_crossing_points(document)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "x.json: not JSON (Expecting value, line 1)"),
        (b"\xff\xfe{}", "x.json: not UTF-8 text"),
        (b'{"lat": NaN}', "x.json: NaN is not a number JSON allows"),
        (b'{"lat": -Infinity}', "x.json: -Infinity is not a number JSON allows"),
        (b'{"a": 1, "a": 2}', "x.json: the key 'a' appears twice in one object"),
        (b"[" * 100_000 + b"]" * 100_000, "x.json: nested too deeply"),
        (b" " * 1025, "x.json: larger than 1024 bytes"),
    ],
    ids=["empty", "not-utf8", "nan", "infinity", "duplicate-key", "deep", "too-big"],
)
def test_raw_json_faults(raw: bytes, message: str) -> None:
    with pytest.raises(MapDataError) as caught:
        parse_json(raw, "x.json", 1024 if len(raw) < 2000 else 10**7)
    assert str(caught.value) == message


def test_a_file_over_the_cap_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b" " * (geo.MAX_MAP_BYTES + 1))
    with pytest.raises(MapDataError, match=rf"^big\.json: larger than {geo.MAX_MAP_BYTES} bytes$"):
        read_border_map(path)
    with pytest.raises(MapDataError, match=r"^absent\.json: cannot be read"):
        read_border_map(tmp_path / "absent.json")


def test_too_many_positions_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(geo, "MAX_MAP_POSITIONS", 100)
    with pytest.raises(MapDataError, match="more than 100 positions in the file"):
        parse_border_map(_shipped("benelux-borders.json"))


# --- property tests: random JSON never gets past the loader unchecked ---------------------------

_NAMES = ("type", "format", "version", "source", "bbox", "features", "properties", "geometry", "coordinates")
_FIELDS = (
    "kind",
    "code",
    "numeric",
    "name",
    "countries",
    "points",
    "id",
    "road",
    "lat",
    "lon",
    "approximate",
)
_KEYS = st.sampled_from(_NAMES + _FIELDS) | st.text(max_size=6)
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(_KEYS, children, max_size=5),
    max_leaves=25,
)


def _well_formed_map(world: geo.BorderMap) -> None:
    west, south, east, north = world.bbox
    for country in world.countries:
        for polygon in country.polygons:
            for ring in polygon:
                assert ring[0] == ring[-1]
                assert all(west <= x <= east and south <= y <= north for x, y in ring)


@given(_JSON)
def test_random_json_is_a_map_or_refused(value: Any) -> None:
    try:
        world = parse_border_map(value)
    except MapDataError:
        return
    _well_formed_map(world)


@given(_JSON)
def test_random_json_is_a_list_of_points_or_refused(value: Any) -> None:
    try:
        points = parse_crossing_points(value)
    except MapDataError:
        return
    assert all(isinstance(p.approximate, bool) and -90 <= p.lat <= 90 for p in points)


@given(st.binary(max_size=200))
def test_random_bytes_are_json_or_refused(raw: bytes) -> None:
    try:
        parse_json(raw, "x.json", 100)
    except MapDataError as error:
        assert str(error).startswith("x.json: ")


def _replace_somewhere(document: Any, data: st.DataObject, value: Any) -> Any:
    """The document with one node (chosen by hypothesis, at any depth) replaced by `value`."""
    document = copy.deepcopy(document)
    parent: Any = None
    key: Any = None
    node = document
    while isinstance(node, dict | list) and node and data.draw(st.integers(0, 5)) > 0:  # mostly deeper
        keys = sorted(node) if isinstance(node, dict) else range(len(node))
        parent, key = node, data.draw(st.sampled_from(list(keys)))
        node = node[key]
    if parent is None:
        return value
    parent[key] = value
    return document


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), _JSON, st.booleans())
def test_a_damaged_shipped_map_is_refused_or_still_well_formed(
    data: st.DataObject, value: Any, one: bool
) -> None:
    document = _shipped("benelux-borders.json")
    if one:  # damage inside one feature
        i = data.draw(st.integers(0, len(document["features"]) - 1))
        document["features"][i] = _replace_somewhere(document["features"][i], data, value)
    else:
        document = _replace_somewhere(document, data, value)
    try:
        world = parse_border_map(document)
    except MapDataError:
        return
    _well_formed_map(world)


@settings(max_examples=300)
@given(st.data(), _JSON, st.booleans())
def test_damaged_crossing_points_are_refused_or_still_valid(
    data: st.DataObject, value: Any, one: bool
) -> None:
    document = _shipped("crossing-points.json")
    if one:  # damage inside one point, where most of the checks are
        i = data.draw(st.integers(0, len(document["points"]) - 1))
        document["points"][i] = _replace_somewhere(document["points"][i], data, value)
    else:
        document = _replace_somewhere(document, data, value)
    try:
        points = parse_crossing_points(document)
    except MapDataError:
        return
    assert len({p.id for p in points}) == len(points)
    assert all(p.countries[0] != p.countries[1] and isinstance(p.approximate, bool) for p in points)


# --- the TopoJSON decoding of scripts/make_border_map.py ---------------------------------------

# Two squares side by side, 1..3 and 3..5 east, 2..3 north, sharing the arc at x = 3, and a
# third country far away. Quantized: lon = x * 0.5 + 1, lat = y * 0.25 + 2, each arc delta-encoded.
TINY = {
    "type": "Topology",
    "transform": {"scale": [0.5, 0.25], "translate": [1, 2]},
    "arcs": [
        [[4, 0], [0, 4]],  # 0: (3,2) -> (3,3), shared
        [[4, 4], [-4, 0], [0, -4], [4, 0]],  # 1: (3,3) -> (1,3) -> (1,2) -> (3,2)
        [[4, 0], [4, 0], [0, 4], [-4, 0]],  # 2: (3,2) -> (5,2) -> (5,3) -> (3,3)
        [[20, 20], [1, 0], [0, 1], [-1, -1]],  # 3: a triangle at (11,7)
    ],
    "objects": {
        "countries": {
            "type": "GeometryCollection",
            "geometries": [
                {"type": "Polygon", "arcs": [[0, 1]], "id": "056", "properties": {"name": "Belgium"}},
                {
                    "type": "MultiPolygon",
                    "arcs": [[[2, -1]]],
                    "id": "528",
                    "properties": {"name": "Netherlands"},
                },
                {"type": "Polygon", "arcs": [[3]], "id": "999", "properties": {"name": "Elsewhere"}},
            ],
        }
    },
}


def test_arcs_are_decoded_from_quantized_deltas() -> None:
    assert maker.decode_arcs(TINY) == [
        [(3.0, 2.0), (3.0, 3.0)],
        [(3.0, 3.0), (1.0, 3.0), (1.0, 2.0), (3.0, 2.0)],
        [(3.0, 2.0), (5.0, 2.0), (5.0, 3.0), (3.0, 3.0)],
        [(11.0, 7.0), (11.5, 7.0), (11.5, 7.25), (11.0, 7.0)],
    ]
    plain = {"type": "Topology", "arcs": [[[1.5, 2.5], [2, 3]]], "objects": {}}
    assert maker.decode_arcs(plain) == [[(1.5, 2.5), (2.0, 3.0)]]


def test_rings_are_stitched_with_reversed_arcs() -> None:
    arcs = maker.decode_arcs(TINY)
    assert maker.arc_points(arcs, ~0) == [(3.0, 3.0), (3.0, 2.0)]
    belgium, netherlands, _ = TINY["objects"]["countries"]["geometries"]  # type: ignore[index]
    assert maker.polygons(belgium, arcs) == [[[(3.0, 2.0), (3.0, 3.0), (1.0, 3.0), (1.0, 2.0), (3.0, 2.0)]]]
    assert maker.polygons(netherlands, arcs) == [
        [[(3.0, 2.0), (5.0, 2.0), (5.0, 3.0), (3.0, 3.0), (3.0, 2.0)]]
    ]
    assert maker.arc_users(TINY["objects"]["countries"]["geometries"]) == {  # type: ignore[index]
        0: ["056", "528"],
        1: ["056"],
        2: ["528"],
        3: ["999"],
    }


def test_the_tiny_topology_becomes_countries_a_border_and_coasts() -> None:
    result = maker.build(TINY, box=(0.0, 0.0, 10.0, 10.0))
    assert [f["properties"] for f in result["features"]] == [
        {"kind": "country", "code": "BE", "numeric": "056", "name": "Belgium"},
        {"kind": "country", "code": "NL", "numeric": "528", "name": "Netherlands"},
        {"kind": "border", "countries": ["BE", "NL"]},
        {"kind": "coast", "countries": ["BE"]},
        {"kind": "coast", "countries": ["NL"]},
    ]
    assert [f["geometry"]["coordinates"] for f in result["features"]] == [
        [[[[3.0, 2.0], [3.0, 3.0], [1.0, 3.0], [1.0, 2.0], [3.0, 2.0]]]],
        [[[[3.0, 2.0], [5.0, 2.0], [5.0, 3.0], [3.0, 3.0], [3.0, 2.0]]]],
        [[[3.0, 2.0], [3.0, 3.0]]],
        [[[3.0, 3.0], [1.0, 3.0], [1.0, 2.0], [3.0, 2.0]]],
        [[[3.0, 2.0], [5.0, 2.0], [5.0, 3.0], [3.0, 3.0]]],
    ]
    world = parse_border_map(result)  # what the script writes, the service reads
    assert world.country_at(2.5, 2.0) == "BE" and world.country_at(2.5, 4.0) == "NL"


def test_a_box_cuts_the_rings_and_the_lines() -> None:
    result = maker.build(TINY, box=(0.0, 0.0, 4.0, 10.0))
    netherlands = result["features"][1]["geometry"]["coordinates"]
    assert netherlands == [[[[3.0, 2.0], [4.0, 2.0], [4.0, 3.0], [3.0, 3.0], [3.0, 2.0]]]]
    assert result["features"][4]["geometry"]["coordinates"] == [
        [[3.0, 2.0], [4.0, 2.0]],
        [[4.0, 3.0], [3.0, 3.0]],
    ]
    # a country wholly outside the box is left out
    gone = maker.build(TINY, box=(0.0, 0.0, 2.0, 10.0))
    assert [
        f["properties"].get("code") for f in gone["features"] if f["properties"]["kind"] == "country"
    ] == ["BE"]


def test_clipping_and_joining_lines() -> None:
    box = (0.0, 0.0, 1.0, 1.0)
    out_and_back = [(0.5, 0.5), (1.5, 0.5), (1.5, 0.8), (0.5, 0.8)]
    assert maker.clip_line(out_and_back, box) == [[(0.5, 0.5), (1.0, 0.5)], [(1.0, 0.8), (0.5, 0.8)]]
    assert maker.clip_line([(2.0, 2.0), (3.0, 3.0)], box) == []
    assert maker.clip_ring([(2.0, 2.0), (3.0, 2.0), (3.0, 3.0), (2.0, 2.0)], box) == []
    square = [(-1.0, -1.0), (2.0, -1.0), (2.0, 2.0), (-1.0, 2.0), (-1.0, -1.0)]
    assert sorted(set(maker.clip_ring(square, box))) == [(0.0, 0.0), (0.0, 1.0), (1.0, 0.0), (1.0, 1.0)]
    a, b, c = (0.0, 0.0), (1.0, 0.0), (1.0, 1.0)
    assert maker.join_lines([[a, b], [c, b]]) == [[a, b, c]]
    assert maker.join_lines([[b, c], [a, b]]) == [[a, b, c]]


def test_the_script_writes_the_same_bytes_twice(tmp_path: Path) -> None:
    source = tmp_path / "tiny.json"
    source.write_text(json.dumps(TINY), encoding="utf-8")
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert maker.main([str(source), "--output", str(first)]) == 0
    assert maker.main([str(source), "--output", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    assert json.loads(first.read_text(encoding="utf-8"))["bbox"] == list(BOX)


# --- where the cases crossed -------------------------------------------------------------------

BRUSSELS = "Europe/Brussels"


@pytest.fixture
def crossed(tmp_case, open_as):  # type: ignore[no-untyped-def]
    """A case file with four cases crossing at a known place, and two that are not on the map."""
    with open_as(tmp_case.path, "Anna") as s:
        refs: dict[str, str] = {}

        def event(ref: str, at: datetime, kind: EventKind, zone: str = BRUSSELS, **place: Any) -> None:
            s.cases.add_event(ref, occurred_at=at, zone=zone, kind=kind, **place)

        # The night clocks go forward: 01:55 CET is 00:55 UTC, 03:05 CEST is 01:05 UTC. On the wall
        # clock it took 1 h 10; the host waited 10 minutes.
        refs["dst"] = ref = s.cases.create(
            CaseKind.PURSUIT, "DST night", partner_code="NL-POLITIE-LIMBURG"
        ).reference
        event(ref, datetime(2026, 3, 29, 1, 40), EventKind.START, latitude=50.93, longitude=5.34)
        event(
            ref,
            datetime(2026, 3, 29, 1, 55),
            EventKind.BORDER_CROSSED,
            latitude=50.97,
            longitude=5.758,
            location="E314",
        )
        event(ref, datetime(2026, 3, 29, 3, 5), EventKind.HOST_NOTIFIED)
        event(ref, datetime(2026, 3, 29, 3, 30), EventKind.HOST_NOTIFIED)  # only the first counts
        # An urgent observation into Luxembourg; the host was never notified.
        refs["silent"] = ref = s.cases.create(
            CaseKind.OBSERVATION, "Van from Arlon", partner_code="LU-POLICE", details={"urgent": True}
        ).reference
        event(
            ref,
            datetime(2026, 4, 2, 14, 0),
            EventKind.BORDER_CROSSED,
            "Europe/Luxembourg",
            latitude=49.654,
            longitude=5.886,
        )
        # The first crossing has no place; the map shows the second, the delay counts from the first.
        refs["twice"] = ref = s.cases.create(
            CaseKind.PURSUIT, "Back and forth", partner_code="NL-POLITIE-ZEELAND-WEST-BRABANT"
        ).reference
        event(ref, datetime(2026, 5, 10, 10, 0), EventKind.BORDER_CROSSED)
        event(ref, datetime(2026, 5, 10, 10, 20), EventKind.HOST_NOTIFIED)
        event(ref, datetime(2026, 5, 10, 10, 30), EventKind.BORDER_CROSSED, latitude=51.466, longitude=4.748)
        # The night clocks go back, given with offsets: told at 02:30 CEST (00:30 UTC), crossed at
        # 02:10 CET (01:10 UTC) - 40 minutes *before* crossing, though the wall clock says after.
        refs["early"] = ref = s.cases.create(
            CaseKind.PURSUIT, "Told early", partner_code="NL-POLITIE-LIMBURG"
        ).reference
        event(ref, datetime.fromisoformat("2026-10-25T02:30+02:00"), EventKind.HOST_NOTIFIED)
        event(
            ref,
            datetime.fromisoformat("2026-10-25T02:10+01:00"),
            EventKind.BORDER_CROSSED,
            latitude=50.823,
            longitude=6.049,
        )
        # Not on the map: a crossing without a place, and a place on another kind of event.
        refs["nowhere"] = ref = s.cases.create(CaseKind.PURSUIT, "No place").reference
        event(ref, datetime(2026, 6, 1, 12, 0), EventKind.BORDER_CROSSED)
        refs["start-only"] = ref = s.cases.create(CaseKind.OBSERVATION, "Start only").reference
        event(ref, datetime(2026, 6, 1, 12, 0), EventKind.START, latitude=50.5, longitude=5.5)
        s.cases.close(refs["dst"])  # a closed case stays on the map
    return tmp_case, refs


def test_crossings_with_exact_delays(crossed, open_as) -> None:  # type: ignore[no-untyped-def]
    fixture, refs = crossed
    with open_as(fixture.path, "Sue") as s:
        rows = GeoService(s.case_file).crossings()
        events = {ref: s.cases.show(ref).timeline for ref in refs.values()}
    crossing_event = {
        ref: [e.id for e in tl if e.kind == "border_crossed" and e.latitude is not None]
        for ref, tl in events.items()
    }
    assert rows == [
        CaseCrossing(
            case_reference=refs["dst"],
            case_kind="pursuit",
            case_title="DST night",
            partner_code="NL-POLITIE-LIMBURG",
            event_id=crossing_event[refs["dst"]][0],
            lat=50.97,
            lon=5.758,
            location="E314",
            zone=BRUSSELS,
            crossed_at=datetime(2026, 3, 29, 0, 55, tzinfo=UTC),
            notified_at=datetime(2026, 3, 29, 1, 5, tzinfo=UTC),
            delay=timedelta(minutes=10),
            urgent=False,
            group="pursuit",
            limit_hours=0.0,
            status="late",
        ),
        CaseCrossing(
            case_reference=refs["silent"],
            case_kind="observation",
            case_title="Van from Arlon",
            partner_code="LU-POLICE",
            event_id=crossing_event[refs["silent"]][0],
            lat=49.654,
            lon=5.886,
            location="",
            zone="Europe/Luxembourg",
            crossed_at=datetime(2026, 4, 2, 12, 0, tzinfo=UTC),
            notified_at=None,
            delay=None,
            urgent=True,
            group="urgent_observation",
            limit_hours=5.0,
            status="not_notified",
        ),
        CaseCrossing(
            case_reference=refs["twice"],
            case_kind="pursuit",
            case_title="Back and forth",
            partner_code="NL-POLITIE-ZEELAND-WEST-BRABANT",
            event_id=crossing_event[refs["twice"]][0],
            lat=51.466,
            lon=4.748,
            location="",
            zone=BRUSSELS,
            crossed_at=datetime(2026, 5, 10, 8, 0, tzinfo=UTC),
            notified_at=datetime(2026, 5, 10, 8, 20, tzinfo=UTC),
            delay=timedelta(minutes=20),
            urgent=False,
            group="pursuit",
            limit_hours=0.0,
            status="late",
        ),
        CaseCrossing(
            case_reference=refs["early"],
            case_kind="pursuit",
            case_title="Told early",
            partner_code="NL-POLITIE-LIMBURG",
            event_id=crossing_event[refs["early"]][0],
            lat=50.823,
            lon=6.049,
            location="",
            zone=BRUSSELS,
            crossed_at=datetime(2026, 10, 25, 1, 10, tzinfo=UTC),
            notified_at=datetime(2026, 10, 25, 0, 30, tzinfo=UTC),
            delay=timedelta(minutes=-40),
            urgent=False,
            group="pursuit",
            limit_hours=0.0,
            status="in_time",
        ),
    ]


def test_crossings_filters(crossed, open_as) -> None:  # type: ignore[no-untyped-def]
    fixture, refs = crossed
    with open_as(fixture.path, "Anna") as s:
        service = GeoService(s.case_file)

        def refs_of(**filters: Any) -> list[str]:
            return [row.case_reference for row in service.crossings(**filters)]

        assert refs_of(kinds=[CaseKind.OBSERVATION]) == [refs["silent"]]
        assert refs_of(kinds=[]) == []
        assert refs_of(partner="nl-") == [refs["dst"], refs["twice"], refs["early"]]
        assert refs_of(partner="LU") == [refs["silent"]]
        assert refs_of(reference=refs["twice"]) == [refs["twice"]]
        assert refs_of(reference=refs["nowhere"]) == []
        april = datetime(2026, 4, 1, tzinfo=UTC)
        assert refs_of(since=april, until=datetime(2026, 5, 10, 8, 0, tzinfo=UTC)) == [refs["silent"]]
        assert refs_of(since=datetime(2026, 5, 10, 8, 0, tzinfo=UTC)) == [refs["twice"], refs["early"]]
        assert refs_of(limit=2) == [refs["twice"], refs["early"]]  # the newest two, oldest first
        with pytest.raises(InvalidInput) as caught:
            service.crossings(since=datetime(2026, 4, 1))
        assert (caught.value.template, caught.value.values) == (
            "The field {field} needs a time zone.",
            {"field": "since"},
        )


def test_an_empty_case_file_has_no_crossings(tmp_case, open_as) -> None:  # type: ignore[no-untyped-def]
    with open_as(tmp_case.path, "Sam") as s:
        assert GeoService(s.case_file).crossings() == []


# --- coordinates through the case service ------------------------------------------------------


@pytest.mark.parametrize(
    ("place", "template", "values"),
    [
        ({"latitude": 50.9}, "Give both the latitude and the longitude of the place, or neither.", {}),
        ({"longitude": 5.7}, "Give both the latitude and the longitude of the place, or neither.", {}),
        (
            {"latitude": -90.5, "longitude": 0.0},
            "The latitude {latitude} is outside the globe (from -90 to 90 degrees).",
            {"latitude": -90.5},
        ),
        (
            {"latitude": 0.0, "longitude": 180.01},
            "The longitude {longitude} is outside the globe (from -180 to 180 degrees).",
            {"longitude": 180.01},
        ),
        ({"latitude": True, "longitude": 5.7}, "The latitude must be a number of degrees.", {}),
        ({"latitude": 50.9, "longitude": "5.7"}, "The longitude must be a number of degrees.", {}),
    ],
    ids=["latitude-alone", "longitude-alone", "latitude-range", "longitude-range", "bool", "text"],
)
def test_event_coordinates_are_checked_and_nothing_is_written(
    tmp_case, open_as, place, template, values
) -> None:  # type: ignore[no-untyped-def]
    with open_as(tmp_case.path, "Anna") as s:
        ref = s.cases.create(CaseKind.PURSUIT, "Pursuit").reference
        with pytest.raises(InvalidInput) as caught:
            s.cases.add_event(
                ref,
                occurred_at=datetime(2026, 5, 4, 9, 0),
                zone=BRUSSELS,
                kind=EventKind.BORDER_CROSSED,
                **place,
            )
        assert (caught.value.template, caught.value.values) == (template, values)
        assert s.cases.show(ref).timeline == ()


def test_nan_coordinates_are_refused(tmp_case, open_as) -> None:  # type: ignore[no-untyped-def]
    with open_as(tmp_case.path, "Anna") as s:
        ref = s.cases.create(CaseKind.PURSUIT, "Pursuit").reference
        with pytest.raises(InvalidInput, match="outside the globe"):
            s.cases.add_event(
                ref,
                occurred_at=datetime(2026, 5, 4, 9, 0),
                zone=BRUSSELS,
                kind=EventKind.START,
                latitude=math.nan,
                longitude=5.0,
            )


def test_coordinates_at_the_limits_are_kept_as_floats(tmp_case, open_as) -> None:  # type: ignore[no-untyped-def]
    with open_as(tmp_case.path, "Anna") as s:
        ref = s.cases.create(CaseKind.PURSUIT, "Pursuit").reference
        at = datetime(2026, 5, 4, 9, 0)
        north = s.cases.add_event(
            ref, occurred_at=at, zone=BRUSSELS, kind=EventKind.START, latitude=90, longitude=-180
        )
        south = s.cases.add_event(
            ref, occurred_at=at, zone=BRUSSELS, kind=EventKind.OTHER, latitude=-90.0, longitude=180.0
        )
        plain = s.cases.add_event(ref, occurred_at=at, zone=BRUSSELS, kind=EventKind.OTHER)
        assert [(e.latitude, e.longitude) for e in s.cases.show(ref).timeline] == [
            (90.0, -180.0),
            (-90.0, 180.0),
            (None, None),
        ]
        assert type(north.latitude) is float and (south.latitude, plain.latitude) == (-90.0, None)
