"""Strict parsing and validation of agreements catalogue and overlay files.

The catalogue decides which legal basis a signed request cites, and overlays are written by
administrators, so the parser trusts nothing: every key is known, every value has its type,
every enum value exists, every id is unique and every reference resolves. A fault stops the load
with a :class:`CatalogueError` naming the file and the JSON path, e.g.
``catalogue.json: instruments[2].articles[0].request_kinds[1]: unknown request kind 'foo'``.
No other exception may escape for any input text (a property test checks this).

Pure stdlib and the shared enums; no Qt, no database.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from types import MappingProxyType
from typing import Any, TypeVar

from desktop.models.enums import CaseKind, Country, RequestKind, SourceMarker
from desktop.services.catalogue import (
    FORMAT,
    REQUIRED_LANGUAGES,
    VERSION,
    Article,
    CatalogueError,
    DeadlineRule,
    FieldSpec,
    Instrument,
)
from desktop.services.deadlines import RULE_IDS

# A real catalogue is well under 1 MB; anything far larger is a mistake (or an attack on the parser).
_MAX_CHARS = 4 * 1024 * 1024
_LANGUAGES = frozenset({*REQUIRED_LANGUAGES, "de"})
_FIELD_TYPES = frozenset({"text", "datetime", "choice", "boolean", "inventory"})
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9.\-]*$")  # instrument ids, article keys, rule ids
_FIELD_ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

_TOP_KEYS = frozenset({"format", "version", "edition", "comment", "deadline_rules", "instruments"})
_RULE_KEYS = frozenset({"id", "marker", "description"})
_INSTRUMENT_KEYS = frozenset(
    {
        "id", "short_title", "title", "citation", "valid_from", "valid_from_marker", "valid_to",
        "valid_to_marker", "parties", "marker", "replaces", "source", "comment", "articles",
    }
)  # fmt: skip
_INSTRUMENT_REQUIRED = frozenset(
    {"id", "short_title", "title", "citation", "valid_from", "valid_to", "parties", "marker",
     "articles"}
)  # fmt: skip
_ARTICLE_KEYS = frozenset(
    {
        "key", "number", "number_marker", "marker", "subject", "notes", "request_kinds",
        "case_kinds", "country_pairs", "required_fields", "deadline_rule", "notification",
        "rules_marker", "source", "comment",
    }
)  # fmt: skip
_ARTICLE_REQUIRED = frozenset(
    {"key", "number", "marker", "subject", "request_kinds", "case_kinds", "required_fields",
     "source"}
)  # fmt: skip
_FIELD_KEYS = frozenset({"id", "label", "type", "choices", "required"})
_CHOICE_KEYS = frozenset({"id", "label"})

E = TypeVar("E", bound=StrEnum)


@dataclass(frozen=True)
class ParsedDocument:
    version: int
    edition: str
    instruments: tuple[Instrument, ...]
    deadline_rules: tuple[DeadlineRule, ...]


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        self.key = key


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json.loads would keep the last of two equal keys; in a legal catalogue that hides an edit.
    out: dict[str, Any] = {}
    for k, v in pairs:
        if k in out:
            raise _DuplicateKey(k)
        out[k] = v
    return out


def parse_document(
    text: str,
    *,
    source: str,
    base_rules: frozenset[str],
    base_instruments: Mapping[str, Instrument],
) -> ParsedDocument:
    """Parse a catalogue (empty bases) or an overlay over a catalogue's rules and instruments."""
    return _Parser(source, base_rules, base_instruments).document(text)


class _Parser:
    def __init__(
        self, source: str, base_rules: frozenset[str], base_instruments: Mapping[str, Instrument]
    ) -> None:
        self.source = source
        self.base_rules = base_rules
        self.base_instruments = base_instruments

    def fail(self, path: str, what: str) -> CatalogueError:
        return CatalogueError(f"{self.source}: {path}: {what}" if path else f"{self.source}: {what}")

    # -- document --------------------------------------------------------------------------

    def document(self, text: str) -> ParsedDocument:
        if not isinstance(text, str):
            raise self.fail("", f"expected JSON text, got {type(text).__name__}")
        if len(text) > _MAX_CHARS:
            raise self.fail("", f"file too large ({len(text)} characters, limit {_MAX_CHARS})")
        try:
            raw = json.loads(text, object_pairs_hook=_no_duplicate_keys)
        except _DuplicateKey as exc:
            raise self.fail("", f"duplicate key {exc.key!r} in a JSON object") from None
        except RecursionError:
            raise self.fail("", "JSON nested too deeply") from None
        except ValueError as exc:  # json.JSONDecodeError, and lone surrogates
            raise self.fail("", f"not valid JSON: {exc}") from None

        top = self.obj(raw, "", _TOP_KEYS, {"format", "version", "edition", "instruments"})
        if top["format"] != FORMAT:
            raise self.fail("format", f"expected {FORMAT!r}, got {top['format']!r}")
        version = top["version"]
        if type(version) is not int:
            raise self.fail("version", f"expected an integer, got {_kind(version)}")
        if version != VERSION:
            raise self.fail("version", f"unsupported version {version} (this program reads {VERSION})")
        edition = self.text(top["edition"], "edition")
        if "comment" in top:
            self.text(top["comment"], "comment")

        rules = self.rules(top.get("deadline_rules", []))
        known_rules = self.base_rules | {r.id for r in rules}
        instruments = self.instruments(top["instruments"], known_rules)
        return ParsedDocument(version, edition, instruments, rules)

    # -- deadline rules --------------------------------------------------------------------

    def rules(self, raw: object) -> tuple[DeadlineRule, ...]:
        out: list[DeadlineRule] = []
        seen: set[str] = set()
        for n, item in enumerate(self.array(raw, "deadline_rules")):
            path = f"deadline_rules[{n}]"
            d = self.obj(item, path, _RULE_KEYS, _RULE_KEYS)
            rid = self.ident(d["id"], f"{path}.id")
            if rid in seen:
                raise self.fail(f"{path}.id", f"duplicate deadline rule id {rid!r}")
            if rid in self.base_rules:
                raise self.fail(f"{path}.id", f"deadline rule {rid!r} is already defined")
            if rid not in RULE_IDS:
                # The computation is code (deadlines.compute_due); a rule it cannot compute
                # would show a timer that never runs.
                raise self.fail(
                    f"{path}.id",
                    f"no computation exists for deadline rule {rid!r} (known: {', '.join(sorted(RULE_IDS))})",
                )
            seen.add(rid)
            out.append(
                DeadlineRule(
                    id=rid,
                    marker=self.enum(d["marker"], f"{path}.marker", SourceMarker, "marker"),
                    descriptions=self.texts(d["description"], f"{path}.description"),
                )
            )
        return tuple(out)

    # -- instruments -----------------------------------------------------------------------

    def instruments(self, raw: object, known_rules: frozenset[str]) -> tuple[Instrument, ...]:
        items = self.array(raw, "instruments")
        ids: dict[str, int] = {}
        for n, item in enumerate(items):
            # Ids first, so "replaces" can point at an instrument later in the same file.
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                ids.setdefault(item["id"], n)
        out: list[Instrument] = []
        seen: set[str] = set()
        for n, item in enumerate(items):
            inst = self.instrument(item, f"instruments[{n}]", known_rules, set(ids))
            if inst.id in seen:
                raise self.fail(f"instruments[{n}].id", f"duplicate instrument id {inst.id!r}")
            seen.add(inst.id)
            out.append(inst)
        return tuple(out)

    def instrument(
        self, raw: object, path: str, known_rules: frozenset[str], local_ids: set[str]
    ) -> Instrument:
        d = self.obj(raw, path, _INSTRUMENT_KEYS, _INSTRUMENT_REQUIRED)
        iid = self.ident(d["id"], f"{path}.id")
        if iid in self.base_instruments:
            raise self.fail(f"{path}.id", f"instrument {iid!r} is already defined in the catalogue")
        valid_from = self.day(d["valid_from"], f"{path}.valid_from")
        valid_to = None if d["valid_to"] is None else self.day(d["valid_to"], f"{path}.valid_to")
        if valid_to is not None and valid_to < valid_from:
            raise self.fail(
                f"{path}.valid_to",
                f"{valid_to.isoformat()} is before valid_from {valid_from.isoformat()}",
            )
        parties = self.countries(d["parties"], f"{path}.parties")
        if len(parties) < 2:
            raise self.fail(f"{path}.parties", "an instrument needs at least two parties")
        replaces = None
        if d.get("replaces") is not None:
            replaces = self.ident(d["replaces"], f"{path}.replaces")
            if replaces == iid:
                raise self.fail(f"{path}.replaces", "an instrument cannot replace itself")
            if replaces not in local_ids and replaces not in self.base_instruments:
                raise self.fail(f"{path}.replaces", f"unknown instrument {replaces!r}")
        marker = self.enum(d["marker"], f"{path}.marker", SourceMarker, "marker")
        if "comment" in d:
            self.text(d["comment"], f"{path}.comment")

        articles: list[Article] = []
        keys: set[str] = set()
        for n, item in enumerate(self.array(d["articles"], f"{path}.articles")):
            art = self.article(item, f"{path}.articles[{n}]", iid, parties, known_rules)
            if art.key in keys:
                raise self.fail(f"{path}.articles[{n}].key", f"duplicate article key {art.key!r}")
            keys.add(art.key)
            articles.append(art)

        return Instrument(
            id=iid,
            short_titles=self.texts(d["short_title"], f"{path}.short_title"),
            title=self.text(d["title"], f"{path}.title"),
            citation=self.text(d["citation"], f"{path}.citation"),
            valid_from=valid_from,
            valid_to=valid_to,
            parties=parties,
            marker=marker,
            articles=tuple(articles),
            valid_from_marker=self.opt_marker(d, "valid_from_marker", path, marker),
            valid_to_marker=self.opt_marker(d, "valid_to_marker", path, marker),
            replaces=replaces,
            source=self.text(d["source"], f"{path}.source") if "source" in d else "",
        )

    # -- articles --------------------------------------------------------------------------

    def article(
        self,
        raw: object,
        path: str,
        instrument_id: str,
        parties: frozenset[Country],
        known_rules: frozenset[str],
    ) -> Article:
        d = self.obj(raw, path, _ARTICLE_KEYS, _ARTICLE_REQUIRED)
        key = self.ident(d["key"], f"{path}.key")
        number = None if d["number"] is None else self.text(d["number"], f"{path}.number")
        default_nm = SourceMarker.UNCONFIRMED if number is None else SourceMarker.CONFIRMED
        number_marker = self.opt_marker(d, "number_marker", path, default_nm)
        # An unconfirmed number is not shown at all (null), so the two must agree; a number from
        # general knowledge is marked GK and shown "to be confirmed".
        if number is None and number_marker is not SourceMarker.UNCONFIRMED:
            raise self.fail(f"{path}.number_marker", "a null number must be marked 'UNCONFIRMED'")
        if number is not None and number_marker is SourceMarker.UNCONFIRMED:
            raise self.fail(
                f"{path}.number", "an UNCONFIRMED number must be null (use 'GK' for a tentative one)"
            )
        marker = self.enum(d["marker"], f"{path}.marker", SourceMarker, "marker")

        pairs: frozenset[frozenset[Country]] | None = None
        if d.get("country_pairs") is not None:
            pairs = self.pairs(d["country_pairs"], f"{path}.country_pairs", parties)

        fields: list[FieldSpec] = []
        field_ids: set[str] = set()
        for n, item in enumerate(self.array(d["required_fields"], f"{path}.required_fields")):
            spec = self.field(item, f"{path}.required_fields[{n}]")
            if spec.id in field_ids:
                raise self.fail(f"{path}.required_fields[{n}].id", f"duplicate field id {spec.id!r}")
            field_ids.add(spec.id)
            fields.append(spec)

        rule_ids: dict[str, str | None] = {}
        for json_key in ("deadline_rule", "notification"):
            value = d.get(json_key)
            if value is not None:
                value = self.ident(value, f"{path}.{json_key}")
                if value not in known_rules:
                    raise self.fail(f"{path}.{json_key}", f"unknown deadline rule {value!r}")
            rule_ids[json_key] = value
        if "comment" in d:
            self.text(d["comment"], f"{path}.comment")

        return Article(
            basis_id=f"{instrument_id}:{key}",
            instrument_id=instrument_id,
            number=number,
            marker=marker,
            number_marker=number_marker,
            subjects=self.texts(d["subject"], f"{path}.subject"),
            request_kinds=self.enum_set(
                d["request_kinds"], f"{path}.request_kinds", RequestKind, "request kind"
            ),
            case_kinds=self.enum_set(d["case_kinds"], f"{path}.case_kinds", CaseKind, "case kind"),
            country_pairs=pairs,
            required_fields=tuple(fields),
            deadline_rule=rule_ids["deadline_rule"],
            notification_rule=rule_ids["notification"],
            source=self.text(d["source"], f"{path}.source"),
            notes=self.texts(d["notes"], f"{path}.notes") if "notes" in d else MappingProxyType({}),
            rules_marker=self.opt_marker(d, "rules_marker", path, marker),
        )

    def pairs(self, raw: object, path: str, parties: frozenset[Country]) -> frozenset[frozenset[Country]]:
        out: set[frozenset[Country]] = set()
        items = self.array(raw, path)
        if not items:
            raise self.fail(path, "an empty list would allow no pair; omit the key instead")
        for n, item in enumerate(items):
            ppath = f"{path}[{n}]"
            pair = self.array(item, ppath)
            if len(pair) != 2:
                raise self.fail(ppath, f"a pair has exactly two countries, got {len(pair)}")
            countries = [self.enum(c, f"{ppath}[{k}]", Country, "country") for k, c in enumerate(pair)]
            if countries[0] == countries[1]:
                raise self.fail(ppath, "a pair needs two different countries")
            for k, c in enumerate(countries):
                if c not in parties:
                    raise self.fail(f"{ppath}[{k}]", f"{c.value} is not a party to the instrument")
            out.add(frozenset(countries))
        return frozenset(out)

    def field(self, raw: object, path: str) -> FieldSpec:
        d = self.obj(raw, path, _FIELD_KEYS, {"id", "label", "type"})
        fid = self.text(d["id"], f"{path}.id")
        if not _FIELD_ID_RE.match(fid):
            raise self.fail(f"{path}.id", f"field id {fid!r} must be lower-case letters, digits, '_'")
        ftype = self.text(d["type"], f"{path}.type")
        if ftype not in _FIELD_TYPES:
            raise self.fail(
                f"{path}.type",
                f"unknown field type {ftype!r} (expected one of {', '.join(sorted(_FIELD_TYPES))})",
            )
        choices: list[str] = []
        choice_labels: dict[str, Mapping[str, str]] = {}
        if ftype == "choice":
            if "choices" not in d:
                raise self.fail(path, "a choice field needs 'choices'")
            items = self.array(d["choices"], f"{path}.choices")
            if len(items) < 2:
                raise self.fail(f"{path}.choices", "a choice field needs at least two choices")
            for n, item in enumerate(items):
                cpath = f"{path}.choices[{n}]"
                c = self.obj(item, cpath, _CHOICE_KEYS, _CHOICE_KEYS)
                cid = self.text(c["id"], f"{cpath}.id")
                if cid in choice_labels:
                    raise self.fail(f"{cpath}.id", f"duplicate choice {cid!r}")
                choices.append(cid)
                choice_labels[cid] = self.texts(c["label"], f"{cpath}.label")
        elif "choices" in d:
            raise self.fail(f"{path}.choices", f"only a choice field has choices, not {ftype!r}")
        required = d.get("required", True)
        if type(required) is not bool:
            raise self.fail(f"{path}.required", f"expected true or false, got {_kind(required)}")
        return FieldSpec(
            id=fid,
            labels=self.texts(d["label"], f"{path}.label"),
            type=ftype,
            choices=tuple(choices),
            required=required,
            choice_labels=MappingProxyType(choice_labels),
        )

    # -- primitives ------------------------------------------------------------------------

    def obj(
        self, raw: object, path: str, allowed: frozenset[str], required: set[str] | frozenset[str]
    ) -> dict[str, Any]:
        if not isinstance(raw, dict):
            raise self.fail(path, f"expected an object, got {_kind(raw)}")
        prefix = f"{path}." if path else ""
        for k in raw:
            if k not in allowed:
                raise self.fail(f"{prefix}{k}", f"unknown key {k!r}")
        for k in sorted(required):
            if k not in raw:
                raise self.fail(path, f"missing key {k!r}")
        return raw

    def array(self, raw: object, path: str) -> list[Any]:
        if not isinstance(raw, list):
            raise self.fail(path, f"expected a list, got {_kind(raw)}")
        return raw

    def text(self, raw: object, path: str) -> str:
        if not isinstance(raw, str):
            raise self.fail(path, f"expected a string, got {_kind(raw)}")
        if not raw.strip():
            raise self.fail(path, "must not be empty")
        return raw

    def ident(self, raw: object, path: str) -> str:
        value = self.text(raw, path)
        if not _ID_RE.match(value):
            raise self.fail(path, f"id {value!r} must be lower-case letters, digits, '.' and '-'")
        return value

    def texts(self, raw: object, path: str) -> Mapping[str, str]:
        d = self.obj(raw, path, _LANGUAGES, frozenset(REQUIRED_LANGUAGES))
        return MappingProxyType({lang: self.text(v, f"{path}.{lang}") for lang, v in d.items()})

    def day(self, raw: object, path: str) -> date:
        value = self.text(raw, path)
        # date.fromisoformat also takes "20231001" and week dates; the file format is YYYY-MM-DD.
        if not _DATE_RE.match(value):
            raise self.fail(path, f"expected a date YYYY-MM-DD, got {value!r}")
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise self.fail(path, f"not a calendar date: {value!r}") from None

    def enum(self, raw: object, path: str, cls: type[E], what: str) -> E:
        if not isinstance(raw, str):
            raise self.fail(path, f"expected a {what} string, got {_kind(raw)}")
        try:
            return cls(raw)
        except ValueError:
            allowed = ", ".join(m.value for m in cls)
            raise self.fail(path, f"unknown {what} {raw!r} (expected one of {allowed})") from None

    def enum_set(self, raw: object, path: str, cls: type[E], what: str) -> frozenset[E]:
        out: set[E] = set()
        for n, item in enumerate(self.array(raw, path)):
            value = self.enum(item, f"{path}[{n}]", cls, what)
            if value in out:
                raise self.fail(f"{path}[{n}]", f"duplicate {what} {value.value!r}")
            out.add(value)
        return frozenset(out)

    def countries(self, raw: object, path: str) -> frozenset[Country]:
        return self.enum_set(raw, path, Country, "country")

    def opt_marker(self, d: Mapping[str, Any], key: str, path: str, default: SourceMarker) -> SourceMarker:
        if d.get(key) is None:
            return default
        return self.enum(d[key], f"{path}.{key}", SourceMarker, "marker")


def _kind(value: object) -> str:
    names: dict[type, str] = {
        dict: "an object", list: "a list", str: "a string", bool: "a boolean",
        int: "a number", float: "a number", type(None): "null",
    }  # fmt: skip
    return names.get(type(value), type(value).__name__)
