"""Tests for the agency seed file and its loader (desktop.services.seed_data)."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from desktop.models.enums import Country
from desktop.services.seed_data import (
    AGENCY_KINDS,
    AgencySeed,
    SeedDataError,
    default_agencies_path,
    load_agencies,
)

BENELUX = (Country.BE, Country.NL, Country.LU)


@pytest.fixture(scope="module")
def agencies() -> tuple[AgencySeed, ...]:
    return load_agencies()


@pytest.fixture(scope="module")
def shipped() -> dict[str, Any]:
    return json.loads(default_agencies_path().read_text(encoding="utf-8"))


def _write(tmp_path: Path, document: object) -> Path:
    path = tmp_path / "agencies.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _minimal() -> dict[str, Any]:
    return {
        "format": "casedesk-agencies",
        "version": 1,
        "agencies": [
            {
                "code": "BE-FEDPOL",
                "names": {"fr": "Police fédérale", "nl": "Federale Politie"},
                "country": "BE",
                "kind": "police",
                "languages": ["fr", "nl", "de"],
                "contact_24_7": None,
                "is_spoc": False,
                "parent": None,
                "marker": "C",
            },
            {
                "code": "BE-FEDPOL-CGI",
                "names": {"en": "CGI"},
                "country": "BE",
                "kind": "police",
                "languages": ["fr", "nl"],
                "contact_24_7": "24/7 through the national SPOC",
                "is_spoc": True,
                "parent": "BE-FEDPOL",
                "marker": "GK",
            },
        ],
    }


# --- the shipped file ----------------------------------------------------------------------


def test_default_path_is_in_project_resources() -> None:
    path = default_agencies_path()
    assert path.parts[-2:] == ("resources", "agencies.json")
    assert path.is_file()


def test_shipped_file_loads(agencies: tuple[AgencySeed, ...]) -> None:
    assert len(agencies) >= 25
    assert all(isinstance(a.country, Country) for a in agencies)
    assert all(a.kind in AGENCY_KINDS for a in agencies)


def test_codes_unique(agencies: tuple[AgencySeed, ...]) -> None:
    codes = [a.code for a in agencies]
    assert len(codes) == len(set(codes))


@pytest.mark.parametrize("country", BENELUX)
def test_each_country_has_exactly_one_spoc(agencies: tuple[AgencySeed, ...], country: Country) -> None:
    spocs = [a.code for a in agencies if a.is_spoc and a.country is country]
    assert len(spocs) == 1, spocs


def test_spocs_are_the_expected_services(agencies: tuple[AgencySeed, ...]) -> None:
    assert {a.code for a in agencies if a.is_spoc} == {
        "BE-FEDPOL-CGI",
        "NL-POLITIE-LE",
        "LU-POLICE-DRI",
    }


def test_parents_resolve_and_come_first(agencies: tuple[AgencySeed, ...]) -> None:
    position = {a.code: i for i, a in enumerate(agencies)}
    for i, agency in enumerate(agencies):
        if agency.parent is not None:
            assert position[agency.parent] < i
            assert agency.parent != agency.code


def test_expected_agencies_present(agencies: tuple[AgencySeed, ...]) -> None:
    codes = {a.code for a in agencies}
    expected = {
        "BE-FEDPOL",
        "BE-FEDPOL-CGI",
        "BE-DOUANES",
        "NL-POLITIE",
        "NL-POLITIE-LE",
        "NL-POLITIE-DSI",
        "NL-POLITIE-LIMBURG",
        "NL-KMAR",
        "NL-DOUANE",
        "LU-POLICE",
        "LU-POLICE-DRI",
        "LU-DOUANES",
        "EPICC",
        "CCPD-LU",
        "CCPD-TOURNAI",
        "EURIEC",
    }
    assert expected <= codes
    regional = {c for c in codes if c.startswith("NL-POLITIE-")} - {
        "NL-POLITIE-LE",
        "NL-POLITIE-DSI",
    }
    assert len(regional) == 10
    local_zones = [a for a in agencies if a.code.startswith("BE-LPZ-")]
    assert 4 <= len(local_zones) <= 6
    assert all(a.marker == "GK" and a.country is Country.BE for a in local_zones)


def test_joint_centres_have_host_country(agencies: tuple[AgencySeed, ...]) -> None:
    by_code = {a.code: a for a in agencies}
    assert by_code["EPICC"].country is Country.NL
    assert by_code["CCPD-LU"].country is Country.LU
    assert by_code["CCPD-TOURNAI"].country is Country.BE
    assert by_code["EURIEC"].country is Country.NL
    assert by_code["EURIEC"].kind == "administrative"
    assert by_code["NL-KMAR"].kind == "military_police"


def test_official_names(agencies: tuple[AgencySeed, ...]) -> None:
    by_code = {a.code: a for a in agencies}
    assert by_code["BE-FEDPOL"].name("fr") == "Police fédérale"
    assert by_code["BE-FEDPOL"].name("nl") == "Federale Politie"
    assert by_code["NL-POLITIE"].name("nl") == "Politie"
    assert by_code["NL-KMAR"].name("nl") == "Koninklijke Marechaussee"
    assert by_code["LU-POLICE"].name("fr") == "Police grand-ducale"
    assert by_code["LU-DOUANES"].name("fr") == "Administration des douanes et accises"
    assert by_code["BE-DOUANES"].name("fr") == "Douanes et Accises"
    assert by_code["BE-DOUANES"].name("nl") == "Douane en Accijnzen"
    assert by_code["NL-DOUANE"].name("nl") == "Douane"


def test_no_invented_phone_numbers_or_addresses(shipped: dict[str, Any]) -> None:
    text = json.dumps(shipped)
    assert "@" not in text
    # A phone number has 8+ digits; the only digit runs allowed are references like "2023/977".
    for run in re.findall(r"[+\d][\d ()./-]*\d", text):
        assert sum(c.isdigit() for c in run) < 8, run


def test_markers_are_c_or_gk(agencies: tuple[AgencySeed, ...]) -> None:
    assert {a.marker for a in agencies} <= {"C", "GK"}


def test_name_fallback() -> None:
    only_nl = AgencySeed(
        code="X",
        names={"nl": "Politie"},
        country=Country.NL,
        kind="police",
        languages=("nl",),
        contact_24_7=None,
        is_spoc=False,
        parent=None,
        marker="C",
    )
    assert only_nl.name("de") == "Politie"
    both = AgencySeed(
        code="Y",
        names={"nl": "Douane", "fr": "Douanes", "de": "Zoll"},
        country=Country.BE,
        kind="customs",
        languages=("fr",),
        contact_24_7=None,
        is_spoc=False,
        parent=None,
        marker="C",
    )
    assert both.name() == "Douanes"  # no English: French comes next
    assert both.name("de") == "Zoll"
    assert both.name("nl") == "Douane"
    odd = AgencySeed(
        code="Z",
        names={"de": "Polizei"},
        country=Country.LU,
        kind="police",
        languages=("de",),
        contact_24_7=None,
        is_spoc=False,
        parent=None,
        marker="GK",
    )
    assert odd.name("en") == "Polizei"


def test_seeds_are_hashable_and_immutable(agencies: tuple[AgencySeed, ...]) -> None:
    assert len(set(agencies)) == len(agencies)
    with pytest.raises(TypeError):
        agencies[0].names["en"] = "changed"  # type: ignore[index]


def test_minimal_file_loads(tmp_path: Path) -> None:
    seeds = load_agencies(_write(tmp_path, _minimal()))
    assert [s.code for s in seeds] == ["BE-FEDPOL", "BE-FEDPOL-CGI"]
    assert seeds[1].parent == "BE-FEDPOL"
    assert seeds[1].languages == ("fr", "nl")


# --- bad files -----------------------------------------------------------------------------


def _mutated(change: Any) -> dict[str, Any]:
    document = copy.deepcopy(_minimal())
    change(document)
    return document


BAD_DOCUMENTS: list[tuple[str, Any, str]] = [
    ("unknown top key", lambda d: d.update(extra=1), "$.extra"),
    ("wrong format", lambda d: d.update(format="other"), "$.format"),
    ("wrong version", lambda d: d.update(version=2), "$.version"),
    ("bool version", lambda d: d.update(version=True), "$.version"),
    ("agencies not a list", lambda d: d.update(agencies={}), "$.agencies"),
    ("agency not an object", lambda d: d["agencies"].append("x"), "$.agencies[2]"),
    ("unknown agency key", lambda d: d["agencies"][1].update(phone="x"), "$.agencies[1].phone"),
    ("missing key", lambda d: d["agencies"][0].pop("marker"), "$.agencies[0].marker"),
    (
        "duplicate code",
        lambda d: d["agencies"][1].update(code="BE-FEDPOL", parent=None, is_spoc=False),
        "$.agencies[1].code",
    ),
    ("bad code", lambda d: d["agencies"][0].update(code="be fedpol"), "$.agencies[0].code"),
    ("unknown country", lambda d: d["agencies"][0].update(country="XX"), "$.agencies[0].country"),
    (
        "country not text",
        lambda d: d["agencies"][0].update(country=["BE"]),
        "$.agencies[0].country",
    ),
    ("unknown kind", lambda d: d["agencies"][0].update(kind="army"), "$.agencies[0].kind"),
    ("kind not text", lambda d: d["agencies"][0].update(kind=[1]), "$.agencies[0].kind"),
    ("empty names", lambda d: d["agencies"][0].update(names={}), "$.agencies[0].names"),
    (
        "unknown name language",
        lambda d: d["agencies"][0]["names"].update(xx="?"),
        "$.agencies[0].names.xx",
    ),
    (
        "blank name",
        lambda d: d["agencies"][0]["names"].update(fr="  "),
        "$.agencies[0].names.fr",
    ),
    (
        "bad language",
        lambda d: d["agencies"][0].update(languages=["FR"]),
        "$.agencies[0].languages[0]",
    ),
    ("no languages", lambda d: d["agencies"][0].update(languages=[]), "$.agencies[0].languages"),
    (
        "duplicate language",
        lambda d: d["agencies"][0].update(languages=["fr", "fr"]),
        "$.agencies[0].languages",
    ),
    ("is_spoc not bool", lambda d: d["agencies"][0].update(is_spoc=1), "$.agencies[0].is_spoc"),
    (
        "empty contact",
        lambda d: d["agencies"][0].update(contact_24_7=""),
        "$.agencies[0].contact_24_7",
    ),
    (
        "unknown parent",
        lambda d: d["agencies"][1].update(parent="NL-POLITIE"),
        "$.agencies[1].parent",
    ),
    ("parent after child", lambda d: d["agencies"].reverse(), "$.agencies[0].parent"),
    ("own parent", lambda d: d["agencies"][0].update(parent="BE-FEDPOL"), "$.agencies[0].parent"),
    ("unknown marker", lambda d: d["agencies"][0].update(marker="maybe"), "$.agencies[0].marker"),
    (
        "two SPOCs for one country",
        lambda d: d["agencies"][0].update(is_spoc=True),
        "$.agencies[1].is_spoc",
    ),
]


@pytest.mark.parametrize(
    ("change", "json_path"),
    [(change, json_path) for _, change, json_path in BAD_DOCUMENTS],
    ids=[label for label, _, _ in BAD_DOCUMENTS],
)
def test_bad_document_reports_path(tmp_path: Path, change: Any, json_path: str) -> None:
    path = _write(tmp_path, _mutated(change))
    with pytest.raises(SeedDataError) as info:
        load_agencies(path)
    assert info.value.path == json_path
    assert json_path in str(info.value)
    assert info.value.file == path


def test_seed_error_is_value_error() -> None:
    assert issubclass(SeedDataError, ValueError)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SeedDataError) as info:
        load_agencies(tmp_path / "nope.json")
    assert info.value.path == "$"


@pytest.mark.parametrize(
    "raw",
    [b"", b"{", b"[1,2", b"\xff\xfe{}", b'{"format": "casedesk-agencies", "format": "x"}', b"[]"],
    ids=["empty", "truncated", "truncated-list", "not-utf8", "duplicate-key", "not-object"],
)
def test_malformed_files(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "agencies.json"
    path.write_bytes(raw)
    with pytest.raises(SeedDataError) as info:
        load_agencies(path)
    assert info.value.path == "$"


def test_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "agencies.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(_minimal()).encode())
    assert len(load_agencies(path)) == 2
