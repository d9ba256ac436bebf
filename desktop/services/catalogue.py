"""The agreements catalogue: legal instruments, their articles and the queries the forms need.

The catalogue is data (``resources/agreements/catalogue.json``), so an administrator can correct
it or add a bilateral arrangement (an *overlay* file) without a release. This module holds the
immutable model and the rules over it; parsing and validation live in ``catalogue_loader``.

Every instrument, article and deadline rule carries a :class:`SourceMarker` taken from the
project's legal-bases notes. An article whose number could not be confirmed has ``number=None``
and is shown as "article to be confirmed", never as settled law.

Rules applied here (legal-bases.md, "Rules the software should apply"):

1. the basis depends on the date of the *events* (the 2004 treaty before 1 October 2023, the
   2018 treaty from then), so every query takes ``events_on``;
2. some implementing agreements are BE–NL only (``country_pairs``);
3. a request between two agencies of one country is not cross-border and has no basis here.

Pure stdlib and the shared enums; no Qt, no database.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from desktop import RESOURCES_DIR
from desktop.models.enums import CaseKind, Country, RequestKind, SourceMarker
from desktop.sentences import Said, Sentence, said

FORMAT = "casedesk-agreements"
VERSION = 1
# Languages every label must have; "de" may be added (the UI may show German later).
REQUIRED_LANGUAGES: tuple[str, ...] = ("en", "fr", "nl")


class CatalogueError(ValueError):
    """A malformed catalogue or overlay; the message names the file, the JSON path and the fault."""


class InvalidLegalBasis(Sentence, ValueError):
    """A legal basis that does not apply; the message is one plain sentence saying why."""


def default_resources_dir() -> Path:
    """The shipped resources (`desktop.RESOURCES_DIR`: source tree, wheel or bundle), never the
    working directory."""
    return RESOURCES_DIR


def default_catalogue_path() -> Path:
    return default_resources_dir() / "agreements" / "catalogue.json"


def default_overlay_dir() -> Path:
    """Where an administrator drops bilateral-arrangement overlays (``*.json``, read in name order)."""
    return default_resources_dir() / "agreements" / "overlays"


def _pick(texts: Mapping[str, str], lang: str) -> str:
    # English is always present (validated), so it is the fallback for a language not provided.
    return texts.get(lang) or texts["en"]


def _lower_first(text: str) -> str:
    # "Cross-border pursuit" reads as "(cross-border pursuit)" inside a reference; "ANPR …" stays.
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


@dataclass(frozen=True)
class FieldSpec:
    """A form field an article requires (e.g. "nature of the desired action" for Senningen art. 4)."""

    id: str
    # Mappings are read-only proxies and are left out of the hash (mappings are unhashable).
    labels: Mapping[str, str] = field(hash=False)
    type: str  # text | datetime | choice | boolean | inventory
    choices: tuple[str, ...] = ()
    required: bool = True
    # Choice id -> labels by language; empty unless type == "choice".
    choice_labels: Mapping[str, Mapping[str, str]] = field(default_factory=dict, hash=False)

    def label(self, lang: str = "en") -> str:
        return _pick(self.labels, lang)

    def choice_label(self, choice: str, lang: str = "en") -> str:
        return _pick(self.choice_labels[choice], lang)


@dataclass(frozen=True)
class Article:
    """One article (or confirmed capability) of an instrument that can ground a request."""

    basis_id: str  # "<instrument>:<article-key>", e.g. "cisa:41", "benelux-2018:pursuit"
    instrument_id: str
    number: str | None
    marker: SourceMarker
    number_marker: SourceMarker
    subjects: Mapping[str, str] = field(hash=False)
    request_kinds: frozenset[RequestKind]
    case_kinds: frozenset[CaseKind]
    # None: no restriction beyond the instrument's parties; otherwise unordered pairs.
    country_pairs: frozenset[frozenset[Country]] | None
    required_fields: tuple[FieldSpec, ...]
    deadline_rule: str | None
    notification_rule: str | None
    source: str
    # Conditions worth showing next to the form (may be empty).
    notes: Mapping[str, str] = field(default_factory=dict, hash=False)
    # Confidence that *this* article carries its deadline/notification rules. Differs from
    # ``marker`` when a timer is applied by analogy, e.g. 2018 pursuit timed like CISA art. 41.
    rules_marker: SourceMarker = SourceMarker.CONFIRMED

    @property
    def key(self) -> str:
        return self.basis_id.split(":", 1)[1]

    @property
    def number_confirmed(self) -> bool:
        return self.number is not None and self.number_marker is SourceMarker.CONFIRMED

    def subject(self, lang: str = "en") -> str:
        return _pick(self.subjects, lang)

    def note(self, lang: str = "en") -> str:
        return _pick(self.notes, lang) if self.notes else ""

    def reference(self, instrument: Instrument, lang: str = "en") -> str:
        """Citation for display: "CISA art. 41", or "…, article to be confirmed (pursuit)"."""
        if instrument.id != self.instrument_id:
            raise ValueError(f"{self.basis_id} does not belong to instrument {instrument.id}")
        title = instrument.short_title(lang)
        if self.number is None:
            pending = {
                "fr": "article à confirmer",
                "nl": "artikel nog te bevestigen",
            }.get(lang, "article to be confirmed")
            return f"{title}, {pending} ({_lower_first(self.subject(lang))})"
        ref = f"{title} art. {self.number}"
        if not self.number_confirmed:
            # A number from general knowledge is shown, but never as settled law.
            ref += {
                "fr": " (numéro à confirmer)",
                "nl": " (nummer nog te bevestigen)",
            }.get(lang, " (number to be confirmed)")
        return ref

    def applies_between(self, a: Country, b: Country) -> bool:
        """The article's own pair restriction (the instrument's parties are checked separately)."""
        return self.country_pairs is None or frozenset((a, b)) in self.country_pairs


@dataclass(frozen=True)
class Instrument:
    """A treaty, decision or directive, with the period in which it governs events."""

    id: str
    short_titles: Mapping[str, str] = field(hash=False)
    title: str
    citation: str
    valid_from: date
    valid_to: date | None  # inclusive; None while in force
    parties: frozenset[Country]
    marker: SourceMarker
    articles: tuple[Article, ...]
    valid_from_marker: SourceMarker = SourceMarker.CONFIRMED
    valid_to_marker: SourceMarker = SourceMarker.CONFIRMED
    # The instrument this one replaced (benelux-2018 replaces benelux-2004); used for advice.
    replaces: str | None = None
    source: str = ""

    def short_title(self, lang: str = "en") -> str:
        return _pick(self.short_titles, lang)

    def in_force_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True)
class DeadlineRule:
    """A deadline or notification duty; the computation itself is ``deadlines.compute_due``."""

    id: str
    marker: SourceMarker
    descriptions: Mapping[str, str] = field(hash=False)

    def description(self, lang: str = "en") -> str:
        return _pick(self.descriptions, lang)


class Catalogue:
    """An immutable, validated catalogue; overlays return a new catalogue."""

    __slots__ = ("_articles", "_instruments", "_rules", "edition", "sources", "version")

    def __init__(
        self,
        *,
        version: int,
        edition: str,
        instruments: Sequence[Instrument],
        deadline_rules: Sequence[DeadlineRule],
        sources: Sequence[str] = (),
    ) -> None:
        # Callers go through from_json/with_overlay, which validate; this only indexes.
        self.version = version
        self.edition = edition
        self.sources: tuple[str, ...] = tuple(sources)
        self._instruments: dict[str, Instrument] = {i.id: i for i in instruments}
        self._articles: dict[str, Article] = {a.basis_id: a for i in instruments for a in i.articles}
        self._rules: dict[str, DeadlineRule] = {r.id: r for r in deadline_rules}

    def __repr__(self) -> str:
        return (
            f"Catalogue(version={self.version}, edition={self.edition!r}, "
            f"instruments={len(self._instruments)}, sources={self.sources!r})"
        )

    # -- loading ---------------------------------------------------------------------------

    @classmethod
    def from_json(cls, text: str, *, source: str) -> Catalogue:
        """Parse a complete catalogue; ``source`` names the file in error messages."""
        # Imported here: the loader builds this module's dataclasses, so a top-level import
        # would be circular.
        from desktop.services.catalogue_loader import parse_document

        doc = parse_document(text, source=source, base_rules=frozenset(), base_instruments={})
        return cls(
            version=doc.version,
            edition=doc.edition,
            instruments=doc.instruments,
            deadline_rules=doc.deadline_rules,
            sources=(source,),
        )

    @classmethod
    def load_default(cls, *, overlay_dirs: Iterable[Path] | None = None) -> Catalogue:
        """The shipped catalogue plus every ``*.json`` overlay found in ``overlay_dirs``.

        ``overlay_dirs`` defaults to ``resources/agreements/overlays``; a missing folder is
        simply skipped. Files are applied in name order so the result does not depend on the
        file system's listing order.
        """
        path = default_catalogue_path()
        catalogue = cls.from_json(path.read_text(encoding="utf-8"), source=path.name)
        dirs = [default_overlay_dir()] if overlay_dirs is None else list(overlay_dirs)
        for folder in dirs:
            if not folder.is_dir():
                continue
            for overlay in sorted(folder.glob("*.json")):
                catalogue = catalogue.with_overlay(overlay.read_text(encoding="utf-8"), source=str(overlay))
        return catalogue

    def with_overlay(self, text: str, *, source: str) -> Catalogue:
        """A new catalogue with the overlay's instruments (and deadline rules) added.

        An overlay has the same format as the catalogue. It may not redefine an existing
        instrument or deadline rule: silently replacing treaty data is how a wrong basis ends up
        on a signed request, so an id clash is a :class:`CatalogueError`.
        """
        from desktop.services.catalogue_loader import parse_document

        doc = parse_document(
            text,
            source=source,
            base_rules=frozenset(self._rules),
            base_instruments=dict(self._instruments),
        )
        return Catalogue(
            version=self.version,
            edition=self.edition,
            instruments=(*self._instruments.values(), *doc.instruments),
            deadline_rules=(*self._rules.values(), *doc.deadline_rules),
            sources=(*self.sources, source),
        )

    # -- lookups ---------------------------------------------------------------------------

    def instruments(self) -> tuple[Instrument, ...]:
        return tuple(self._instruments.values())

    def instrument(self, id: str) -> Instrument:
        try:
            return self._instruments[id]
        except KeyError:
            raise InvalidLegalBasis(
                "{instrument!r} is not an instrument in the agreements catalogue.", instrument=id
            ) from None

    def article(self, basis_id: str) -> Article:
        try:
            return self._articles[basis_id]
        except KeyError:
            raise InvalidLegalBasis(
                "{basis!r} is not a legal basis in the agreements catalogue.", basis=basis_id
            ) from None

    def articles(self) -> tuple[Article, ...]:
        return tuple(self._articles.values())

    def reference(self, basis_id: str, lang: str = "en") -> str:
        art = self.article(basis_id)
        return art.reference(self._instruments[art.instrument_id], lang)

    def deadline_rule(self, id: str) -> DeadlineRule:
        try:
            return self._rules[id]
        except KeyError:
            raise KeyError(f"unknown deadline rule {id!r}") from None

    def deadline_rules(self) -> tuple[DeadlineRule, ...]:
        return tuple(self._rules.values())

    # -- rules -----------------------------------------------------------------------------

    def bases_for(
        self, kind: RequestKind, requesting: Country, requested: Country, events_on: date
    ) -> list[Article]:
        """Articles that can ground a request of ``kind`` between the two countries.

        Sorted with confirmed article numbers first (a form should default to settled law), then
        in catalogue order of instruments, which puts the Benelux treaties before EU-wide law.
        """
        return self._sorted(
            a
            for a in self._articles.values()
            if kind in a.request_kinds and self._reason(a, requesting, requested, events_on) is None
        )

    def bases_for_case(
        self, kind: CaseKind, requesting: Country, requested: Country, events_on: date
    ) -> list[Article]:
        """As :meth:`bases_for`, by case kind (e.g. a JIT, which has no request kind)."""
        return self._sorted(
            a
            for a in self._articles.values()
            if kind in a.case_kinds and self._reason(a, requesting, requested, events_on) is None
        )

    def validate_basis(
        self,
        basis_id: str,
        kind: RequestKind,
        requesting: Country,
        requested: Country,
        events_on: date,
    ) -> Article:
        """The article if it grounds this request, else :class:`InvalidLegalBasis` saying why."""
        if requesting == requested:
            raise InvalidLegalBasis.retold(_same_country(requesting))
        art = self.article(basis_id)
        if kind not in art.request_kinds:
            raise InvalidLegalBasis(
                "{reference} is not valid for request kind '{kind}'.",
                reference=self.reference(basis_id),
                kind=kind,
            )
        reason = self._reason(art, requesting, requested, events_on)
        if reason is not None:
            raise InvalidLegalBasis.retold(reason)
        return art

    def missing_fields(self, basis_id: str, values: Mapping[str, object]) -> list[FieldSpec]:
        """Required fields of the article that have no usable value in ``values``.

        Missing means absent, None, a blank string or an empty collection. ``False`` is an
        answer to a yes/no field, not a missing one.
        """
        art = self.article(basis_id)
        return [f for f in art.required_fields if f.required and _is_blank(values.get(f.id))]

    # -- internals -------------------------------------------------------------------------

    def _sorted(self, articles: Iterable[Article]) -> list[Article]:
        order = {iid: n for n, iid in enumerate(self._instruments)}
        position = {a.basis_id: n for n, a in enumerate(self._articles.values())}
        return sorted(
            articles,
            key=lambda a: (not a.number_confirmed, order[a.instrument_id], position[a.basis_id]),
        )

    def _reason(self, art: Article, requesting: Country, requested: Country, events_on: date) -> Said | None:
        """Why ``art`` does not apply between the countries on that day, or None if it does.

        References and short titles are the catalogue's English ones: the sentence is the
        service's (the CLI's), and the GUI translates its words, not the catalogue's data.
        """
        if requesting == requested:
            return _same_country(requesting)
        inst = self._instruments[art.instrument_id]
        if not inst.in_force_on(events_on):
            return self._not_in_force(inst, events_on)
        outsiders = [c for c in (requesting, requested) if c not in inst.parties]
        if len(outsiders) == 1:
            return said(
                "{reference} does not apply between {requesting} and {requested}: "
                "{outsider} is not a party to the {instrument}.",
                reference=art.reference(inst),
                requesting=requesting,
                requested=requested,
                outsider=outsiders[0],
                instrument=inst.short_title(),
            )
        if outsiders:
            return said(
                "{reference} does not apply between {requesting} and {requested}: "
                "{requesting} and {requested} are not parties to the {instrument}.",
                reference=art.reference(inst),
                requesting=requesting,
                requested=requested,
                instrument=inst.short_title(),
            )
        if not art.applies_between(requesting, requested):
            assert art.country_pairs is not None  # applies_between is True for None
            pairs = sorted(sorted(c.value for c in pair) for pair in art.country_pairs)
            if len(pairs) == 1:
                return said(
                    "{reference} applies only between {first} and {second}, not between "
                    "{requesting} and {requested}.",
                    reference=art.reference(inst),
                    first=pairs[0][0],
                    second=pairs[0][1],
                    requesting=requesting,
                    requested=requested,
                )
            return said(
                "{reference} applies only between the countries of these pairs: {pairs}; not between "
                "{requesting} and {requested}.",
                reference=art.reference(inst),
                pairs=", ".join("–".join(pair) for pair in pairs),
                requesting=requesting,
                requested=requested,
            )
        return None

    def _not_in_force(self, inst: Instrument, day: date) -> Said:
        if day < inst.valid_from:
            before = self._instruments.get(inst.replaces) if inst.replaces else None
            if before is None:
                return said(
                    "The {instrument} is not in force on {day}: it applies to events from {start}.",
                    instrument=inst.short_title(),
                    day=day,
                    start=inst.valid_from,
                )
            return said(
                "The {instrument} is not in force on {day}: the {previous} applies to events before {start}.",
                instrument=inst.short_title(),
                day=day,
                previous=before.short_title(),
                start=inst.valid_from,
            )
        assert inst.valid_to is not None  # not in force and not before the start
        after = next((i for i in self._instruments.values() if i.replaces == inst.id), None)
        if after is None:
            return said(
                "The {instrument} is not in force on {day}: it applies to events up to {end}.",
                instrument=inst.short_title(),
                day=day,
                end=inst.valid_to,
            )
        return said(
            "The {instrument} is not in force on {day}: the {following} applies to events from {start}.",
            instrument=inst.short_title(),
            day=day,
            following=after.short_title(),
            start=after.valid_from,
        )


def _same_country(country: Country) -> Said:
    return said(
        "A request between two agencies in {country} is not cross-border, "
        "so no cross-border legal basis applies.",
        country=country,
    )


def _is_blank(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, tuple, set, frozenset, dict)):
        return len(value) == 0
    return False
