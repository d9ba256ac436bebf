"""`request.json`: the machine-readable heart of a request package, versioned, strictly parsed.

The JSON Schema in resources/schemas/request-package-v1.schema.json documents the same format for
partners; this module is what reads it, by hand, so that every way a hostile file can be wrong
ends in one PackageFormatError sentence.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

from desktop.sentences import Sentence, template

FORMAT = "casedesk-request-package"
VERSION = 1
MAX_BYTES = 1 << 20
_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{1,39}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class PackageFormatError(Sentence, ValueError):
    """request.json is missing, malformed or of an unknown version."""


@dataclass(frozen=True)
class Party:
    agency: str
    country: str


@dataclass(frozen=True)
class LoanItem:
    type: str
    quantity: int
    serial_numbers: str = ""


@dataclass(frozen=True)
class LoanTerms:
    period_start: str
    period_end: str
    items: tuple[LoanItem, ...]


@dataclass(frozen=True)
class RequestSection:
    reference: str
    kind: str
    legal_basis: str
    legal_basis_reference: str
    legal_basis_confirmed: bool
    events_on: str
    urgency: str
    information_access: str | None
    title: str
    body: str
    fields: dict[str, Any]
    handling_code: str
    source_evaluation: str
    information_evaluation: str
    due_at: str | None
    approved_by: str | None
    approved_at: str | None
    loan: LoanTerms | None = None


@dataclass(frozen=True)
class AnswerSection:
    in_reply_to: str
    text: str
    answered_at: str


@dataclass(frozen=True)
class AttachmentEntry:
    name: str
    media_type: str
    sha256: str
    size: int


@dataclass(frozen=True)
class RequestDocument:
    package_id: str
    kind: str  # "request" or "answer"
    created_at: str
    sender: Party
    recipient: Party
    request: RequestSection
    answer: AnswerSection | None = None
    attachments: tuple[AttachmentEntry, ...] = field(default_factory=tuple)

    def to_json(self) -> bytes:
        data = {"format": FORMAT, "version": VERSION, **asdict(self)}
        return (json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")


def utc_text(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).isoformat(timespec="seconds")


PDF_LANGUAGES = ("en", "fr", "nl", "de")


def form_languages(partner_languages: tuple[str, ...]) -> tuple[str, ...]:
    """The partner's first language we have labels for (Luxembourgish → French), then English."""
    for language in partner_languages:
        chosen = "fr" if language == "lb" else language
        if chosen in PDF_LANGUAGES and chosen != "en":
            return (chosen, "en")
    return ("en",)


# -- parsing ------------------------------------------------------------------------------------


class _Reader:
    def __init__(self) -> None:
        self.path: list[str] = []

    def fail(self, nested: str, top: str | None = None, /, **values: object) -> PackageFormatError:
        """The refusal for the field being read: `nested` names it as {where} (its dotted path);
        `top` is the sentence for the document itself, when the fault can be there too."""
        if not self.path and top is not None:
            return PackageFormatError(top, **values)
        return PackageFormatError(nested, where=".".join(self.path) or "request.json", **values)

    def obj(self, value: object, keys: set[str], optional: set[str] = frozenset()) -> dict[str, Any]:  # type: ignore[assignment]
        if not isinstance(value, dict):
            raise self.fail(
                template("request.json is not valid: {where} is not an object."),
                template("request.json is not valid: the document is not an object."),
            )
        unknown = set(value) - keys - optional
        if unknown:
            raise self.fail(
                template("request.json is not valid: {where} has an unknown field {field!r}."),
                template("request.json is not valid: the document has an unknown field {field!r}."),
                field=sorted(unknown)[0],
            )
        missing = keys - set(value)
        if missing:
            raise self.fail(
                template("request.json is not valid: {where} lacks the field {field!r}."),
                template("request.json is not valid: the document lacks the field {field!r}."),
                field=sorted(missing)[0],
            )
        return value

    def text(
        self,
        data: dict[str, Any],
        key: str,
        *,
        limit: int = 300,
        optional: bool = False,
        pattern: re.Pattern[str] | None = None,
    ) -> str | None:
        value = data.get(key)
        if value is None and optional:
            return None
        self.path.append(key)
        try:
            if not isinstance(value, str) or len(value) > limit:
                raise self.fail(
                    template(
                        "request.json is not valid: {where} is not a text of at most {limit} characters."
                    ),
                    limit=limit,
                )
            if pattern is not None and not pattern.fullmatch(value):
                raise self.fail(template("request.json is not valid: {where} has an invalid form."))
            return value
        finally:
            self.path.pop()

    def time(self, data: dict[str, Any], key: str, *, optional: bool = False) -> str | None:
        value = self.text(data, key, limit=40, optional=optional)
        if value is None:
            return None
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            parsed = None
        if parsed is None or parsed.tzinfo is None:
            self.path.append(key)
            try:
                raise self.fail(
                    template("request.json is not valid: {where} is not a date and time with a zone.")
                )
            finally:
                self.path.pop()
        return value

    def section(self, data: dict[str, Any], key: str) -> Any:
        self.path.append(key)
        return data[key]

    def done(self) -> None:
        self.path.pop()


def parse_request_document(raw: bytes) -> RequestDocument:
    if len(raw) > MAX_BYTES:
        raise PackageFormatError("request.json is larger than 1 MB.")
    try:
        data = json.loads(raw.decode("utf-8"), parse_constant=_refuse_constant)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError, ValueError):
        raise PackageFormatError("request.json is not readable JSON.") from None
    r = _Reader()
    top = r.obj(
        data,
        {
            "format",
            "version",
            "package_id",
            "kind",
            "created_at",
            "sender",
            "recipient",
            "request",
            "attachments",
        },
        {"answer"},
    )
    if top["format"] != FORMAT:
        raise PackageFormatError("This package's request.json is not a Benelux Case Desk request document.")
    if top["version"] != VERSION or isinstance(top["version"], bool):
        raise PackageFormatError(
            "This package was made by a newer version of Benelux Case Desk (request.json version {version}); "
            "please update to read it.",
            version=str(top["version"])[:10],
        )
    package_id = r.text(top, "package_id", limit=40, pattern=re.compile(r"^[0-9a-f-]{8,40}$"))
    kind = r.text(top, "kind", limit=10)
    if kind not in ("request", "answer"):
        raise PackageFormatError(
            "request.json is not valid: the document kind is neither 'request' nor 'answer'."
        )
    parties = []
    for key in ("sender", "recipient"):
        section = r.obj(r.section(top, key), {"agency", "country"})
        parties.append(
            Party(
                r.text(section, "agency", limit=40, pattern=_CODE),
                r.text(
                    section,
                    "country",
                    limit=2,  # type: ignore[arg-type]
                    pattern=re.compile(r"^[A-Z]{2}$"),
                ),
            )
        )
        r.done()
    request = _request_section(r, r.section(top, "request"))
    r.done()
    answer = None
    if top.get("answer") is not None:
        section = r.obj(r.section(top, "answer"), {"in_reply_to", "text", "answered_at"})
        answer = AnswerSection(
            r.text(section, "in_reply_to", limit=40),
            r.text(section, "text", limit=100_000),  # type: ignore[arg-type]
            r.time(section, "answered_at"),
        )  # type: ignore[arg-type]
        r.done()
    if (kind == "answer") != (answer is not None):
        raise PackageFormatError(
            "request.json is not valid: an answer package needs an answer section, a request package none."
        )
    attachments = []
    items = r.section(top, "attachments")
    if not isinstance(items, list) or len(items) > 500:
        raise r.fail(template("request.json is not valid: {where} is not a list of at most 500 entries."))
    for index, item in enumerate(items):
        r.path.append(str(index))
        entry = r.obj(item, {"name", "media_type", "sha256", "size"})
        size = entry["size"]
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise r.fail(template("request.json is not valid: {where} size is not a whole number."))
        attachments.append(
            AttachmentEntry(
                r.text(entry, "name", limit=255),
                r.text(entry, "media_type", limit=100),  # type: ignore[arg-type]
                r.text(entry, "sha256", limit=64, pattern=_SHA256),
                size,
            )
        )  # type: ignore[arg-type]
        r.path.pop()
    r.done()
    return RequestDocument(
        package_id=package_id,
        kind=kind,
        created_at=r.time(top, "created_at"),
        sender=parties[0],  # type: ignore[arg-type]
        recipient=parties[1],
        request=request,
        answer=answer,
        attachments=tuple(attachments),
    )


def _refuse_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


def _request_section(r: _Reader, value: object) -> RequestSection:
    data = r.obj(
        value,
        {
            "reference",
            "kind",
            "legal_basis",
            "legal_basis_reference",
            "legal_basis_confirmed",
            "events_on",
            "urgency",
            "information_access",
            "title",
            "body",
            "fields",
            "handling_code",
            "source_evaluation",
            "information_evaluation",
            "due_at",
            "approved_by",
            "approved_at",
            "loan",
        },
    )
    fields = data["fields"]
    if (
        not isinstance(fields, dict)
        or len(fields) > 50
        or not all(
            isinstance(k, str) and len(k) <= 60 and (v is None or isinstance(v, (str, int, float, bool)))
            for k, v in fields.items()
        )
    ):
        raise r.fail(
            template(
                "request.json is not valid: {where} fields are not a flat object of at most 50 simple values."
            )
        )
    if not isinstance(data["legal_basis_confirmed"], bool):
        raise r.fail(
            template("request.json is not valid: {where} legal_basis_confirmed is not true or false.")
        )
    loan = None
    if data["loan"] is not None:
        section = r.obj(r.section(data, "loan"), {"period_start", "period_end", "items"})
        items = section["items"]
        if not isinstance(items, list) or not 1 <= len(items) <= 200:
            raise r.fail(
                template("request.json is not valid: {where} items is not a list of 1 to 200 entries.")
            )
        parsed = []
        for item in items:
            entry = r.obj(item, {"type", "quantity", "serial_numbers"})
            quantity = entry["quantity"]
            if not isinstance(quantity, int) or isinstance(quantity, bool) or not 1 <= quantity <= 100_000:
                raise r.fail(template("request.json is not valid: {where} quantity is not a number from 1."))
            parsed.append(
                LoanItem(
                    r.text(entry, "type", limit=120), quantity, r.text(entry, "serial_numbers", limit=5000)
                )
            )  # type: ignore[arg-type]
        loan = LoanTerms(r.time(section, "period_start"), r.time(section, "period_end"), tuple(parsed))  # type: ignore[arg-type]
        r.done()
    return RequestSection(
        reference=r.text(data, "reference", limit=40),  # type: ignore[arg-type]
        kind=r.text(data, "kind", limit=40),  # type: ignore[arg-type]
        legal_basis=r.text(data, "legal_basis", limit=80),  # type: ignore[arg-type]
        legal_basis_reference=r.text(data, "legal_basis_reference", limit=300),  # type: ignore[arg-type]
        legal_basis_confirmed=data["legal_basis_confirmed"],
        events_on=r.time(data, "events_on"),  # type: ignore[arg-type]
        urgency=r.text(data, "urgency", limit=10),  # type: ignore[arg-type]
        information_access=r.text(data, "information_access", limit=10, optional=True),
        title=r.text(data, "title", limit=300),  # type: ignore[arg-type]
        body=r.text(data, "body", limit=100_000),  # type: ignore[arg-type]
        fields=dict(fields),
        handling_code=r.text(data, "handling_code", limit=2, pattern=re.compile(r"^H[0-3]$")),  # type: ignore[arg-type]
        source_evaluation=r.text(data, "source_evaluation", limit=1, pattern=re.compile(r"^[ABCX]$")),  # type: ignore[arg-type]
        information_evaluation=r.text(
            data, "information_evaluation", limit=1, pattern=re.compile(r"^[1-4]$")
        ),  # type: ignore[arg-type]
        due_at=r.time(data, "due_at", optional=True),
        approved_by=r.text(data, "approved_by", limit=120, optional=True),
        approved_at=r.time(data, "approved_at", optional=True),
        loan=loan,
    )
