"""Loader for the agency seed file ``resources/agencies.json``.

The file lists the real Belgian, Dutch and Luxembourg services and the joint centres (EPICC, the
two CCPDs, EURIEC). It is data, not code, so an administrator can correct it without a release;
that is also why validation is strict: a typo must stop the load with the JSON path of the fault
instead of seeding a half-right directory.

``marker`` carries the confidence of the record (``C``: read in the project's legal-bases notes,
``GK``: general knowledge, e.g. local police zones and the SPOC designation). A record is only as
confident as its weakest fact, so an agency whose SPOC role is general knowledge is ``GK``.

The file never holds phone numbers or e-mail addresses: ``contact_24_7`` describes the route
(e.g. "24/7 through the national SPOC"), because invented or stale numbers are worse than none.

Pure stdlib; no Qt, no database.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from desktop import RESOURCES_DIR
from desktop.models.enums import Country, SourceMarker

FORMAT = "casedesk-agencies"
VERSION = 1

AGENCY_KINDS: frozenset[str] = frozenset(
    {"police", "customs", "military_police", "joint_centre", "administrative"}
)
# Languages the UI can show a name in (FR, NL, EN and German, see the product brief).
NAME_LANGUAGES: frozenset[str] = frozenset({"en", "fr", "nl", "de"})

_CODE_RE = re.compile(r"^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$")
_LANG_RE = re.compile(r"^[a-z]{2}$")
_TOP_KEYS = frozenset({"format", "version", "agencies"})
_AGENCY_KEYS = frozenset(
    {"code", "names", "country", "kind", "languages", "contact_24_7", "is_spoc", "parent", "marker"}
)
# Sanity bound: the real directory has a few dozen entries; a huge file is a mistake or an attack.
_MAX_BYTES = 2 * 1024 * 1024


def default_agencies_path() -> Path:
    """``<project>/resources/agencies.json``, found relative to the package, not the CWD."""
    return RESOURCES_DIR / "agencies.json"


@dataclass(frozen=True)
class AgencySeed:
    """One agency of the seed file, validated."""

    code: str
    # Read-only mapping; left out of the hash because mappings are not hashable.
    names: Mapping[str, str] = field(hash=False)
    country: Country
    kind: str
    languages: tuple[str, ...]
    contact_24_7: str | None
    is_spoc: bool
    parent: str | None
    marker: str

    def name(self, lang: str = "en") -> str:
        """The name in ``lang``, falling back to English, French, Dutch, then any name."""
        for candidate in (lang, "en", "fr", "nl"):
            if candidate in self.names:
                return self.names[candidate]
        return next(iter(self.names.values()))


class SeedDataError(ValueError):
    """The seed file is missing, malformed or inconsistent.

    ``path`` is the JSON path of the fault (``$.agencies[3].parent``); ``file`` the file read.
    """

    def __init__(self, message: str, *, path: str = "$", file: Path | None = None) -> None:
        self.path = path
        self.file = file
        self.detail = message
        where = f"{file.name}: " if file is not None else ""
        super().__init__(f"{where}{path}: {message}")


class _DuplicateKeyError(ValueError):
    pass


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json.loads silently keeps the last of two equal keys; in a hand-edited file that hides a typo.
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKeyError(key)
        out[key] = value
    return out


def load_agencies(path: Path | None = None) -> tuple[AgencySeed, ...]:
    """Read and validate the agency seed file; raise :class:`SeedDataError` on any fault."""
    file = path if path is not None else default_agencies_path()
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise SeedDataError(f"cannot read the file ({exc.strerror or exc})", file=file) from exc
    if len(raw) > _MAX_BYTES:
        raise SeedDataError(f"the file is larger than {_MAX_BYTES} bytes", file=file)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SeedDataError("the file is not valid UTF-8", file=file) from exc
    try:
        document = json.loads(text, object_pairs_hook=_reject_duplicate_keys)
    except _DuplicateKeyError as exc:
        raise SeedDataError(f"duplicate key {str(exc)!r}", file=file) from exc
    except json.JSONDecodeError as exc:
        raise SeedDataError(
            f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}", file=file
        ) from exc
    except RecursionError as exc:
        raise SeedDataError("the JSON is nested too deeply", file=file) from exc
    return _Validator(file).document(document)


class _Validator:
    """Turns the decoded JSON into seeds; every failure names its JSON path."""

    def __init__(self, file: Path) -> None:
        self._file = file

    def _fail(self, path: str, message: str) -> SeedDataError:
        return SeedDataError(message, path=path, file=self._file)

    def _object(self, value: object, path: str, keys: frozenset[str]) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self._fail(path, "expected an object")
        unknown = sorted(set(value) - keys)
        if unknown:
            raise self._fail(f"{path}.{unknown[0]}", "unknown key")
        missing = sorted(keys - set(value))
        if missing:
            raise self._fail(f"{path}.{missing[0]}", "missing key")
        return value

    def _text(self, value: object, path: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self._fail(path, "expected a non-empty string")
        if value != value.strip():
            raise self._fail(path, "leading or trailing whitespace")
        return value

    def document(self, document: object) -> tuple[AgencySeed, ...]:
        top = self._object(document, "$", _TOP_KEYS)
        if top["format"] != FORMAT:
            raise self._fail("$.format", f"expected {FORMAT!r}")
        # bool is an int in Python; `true` must not pass as version 1.
        if type(top["version"]) is not int or top["version"] != VERSION:
            raise self._fail("$.version", f"unsupported version; this program reads version {VERSION}")
        agencies = top["agencies"]
        if not isinstance(agencies, list):
            raise self._fail("$.agencies", "expected a list")

        seeds: list[AgencySeed] = []
        by_code: dict[str, AgencySeed] = {}
        spoc_of: dict[Country, str] = {}
        for index, item in enumerate(agencies):
            path = f"$.agencies[{index}]"
            seed = self.agency(item, path)
            if seed.code in by_code:
                raise self._fail(f"{path}.code", f"duplicate code {seed.code!r}")
            # Parents first: the importer can then insert rows in file order without a second pass.
            if seed.parent is not None and seed.parent not in by_code:
                raise self._fail(f"{path}.parent", f"parent {seed.parent!r} is not listed before this agency")
            if seed.is_spoc:
                # Requests go SPOC to SPOC; two SPOCs for one country would make routing ambiguous.
                if seed.country in spoc_of:
                    raise self._fail(
                        f"{path}.is_spoc",
                        f"{seed.country.value} already has a SPOC ({spoc_of[seed.country]})",
                    )
                spoc_of[seed.country] = seed.code
            by_code[seed.code] = seed
            seeds.append(seed)
        return tuple(seeds)

    def agency(self, item: object, path: str) -> AgencySeed:
        obj = self._object(item, path, _AGENCY_KEYS)

        code = self._text(obj["code"], f"{path}.code")
        if not _CODE_RE.match(code):
            raise self._fail(f"{path}.code", "expected upper-case letters and digits joined by '-'")

        names_raw = obj["names"]
        if not isinstance(names_raw, dict) or not names_raw:
            raise self._fail(f"{path}.names", "expected a non-empty object")
        names: dict[str, str] = {}
        for lang, value in names_raw.items():
            if lang not in NAME_LANGUAGES:
                raise self._fail(f"{path}.names.{lang}", "unknown name language")
            names[lang] = self._text(value, f"{path}.names.{lang}")

        country_raw = obj["country"]
        try:
            if not isinstance(country_raw, str):
                raise ValueError(country_raw)
            country = Country(country_raw)
        except ValueError:
            raise self._fail(f"{path}.country", f"unknown country {country_raw!r}") from None

        kind = obj["kind"]
        if not isinstance(kind, str) or kind not in AGENCY_KINDS:
            raise self._fail(f"{path}.kind", f"unknown kind {kind!r}")

        languages_raw = obj["languages"]
        if not isinstance(languages_raw, list) or not languages_raw:
            raise self._fail(f"{path}.languages", "expected a non-empty list")
        for i, lang in enumerate(languages_raw):
            if not isinstance(lang, str) or not _LANG_RE.match(lang):
                raise self._fail(f"{path}.languages[{i}]", "expected an ISO 639-1 code")
        if len(set(languages_raw)) != len(languages_raw):
            raise self._fail(f"{path}.languages", "duplicate language")

        contact = obj["contact_24_7"]
        if contact is not None:
            contact = self._text(contact, f"{path}.contact_24_7")

        is_spoc = obj["is_spoc"]
        if not isinstance(is_spoc, bool):
            raise self._fail(f"{path}.is_spoc", "expected true or false")

        parent = obj["parent"]
        if parent is not None:
            parent = self._text(parent, f"{path}.parent")
            if parent == code:
                raise self._fail(f"{path}.parent", "an agency cannot be its own parent")

        marker = obj["marker"]
        if not isinstance(marker, str) or marker not in {m.value for m in SourceMarker}:
            raise self._fail(f"{path}.marker", f"unknown marker {marker!r}")

        return AgencySeed(
            code=code,
            names=MappingProxyType(names),
            country=country,
            kind=kind,
            languages=tuple(languages_raw),
            contact_24_7=contact,
            is_spoc=is_spoc,
            parent=parent,
            marker=marker,
        )
