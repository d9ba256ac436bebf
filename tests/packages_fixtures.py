"""Shared helpers of the package tests: an exchange-ready case file, partner packages, raw ZIP surgery.

`case_template(factory)` builds ONE case file per pytest session (members at the minimum Argon2id
cost, the case and the requests below, but no certificates); `exchange_template(factory)` is a
copy of it made ready to exchange packages. Tests copy them (`copy_case`):

* members: Claire Dubois (supervisor, creator), Pieter Janssens (duty officer), Marc Wagner
  (supervisor, no signing certificate) — all of BE-FEDPOL-CGI, which is marked as our own agency;
* (exchange template only) signing credentials of Claire and Pieter imported from the session's
  test PKI (pki_fixtures); trust store: the BE, NL and LU root CAs pinned to BE-FEDPOL-CGI,
  NL-POLITIE-LIMBURG and LU-POLICE, and NL-POLITIE-LIMBURG's RSA encryption certificate;
* one case with two attachments (an H1 photo and an H3 informant note) and requests in the states
  the tests need (see REQUESTS), filed by Pieter and decided by Claire.

`partner_package` makes what a partner would send (built like demo_packages._partner_answer),
and `zip_entries`/`write_zip` take a container apart and write it again byte by byte, so that a
test can make the archive say whatever an attacker would.
"""

from __future__ import annotations

import hashlib
import shutil
import stat
import struct
import uuid
import zipfile
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import MappingProxyType

import pytest

from desktop.exchange.asice import DataObject, build_container
from desktop.exchange.cades import sign_detached
from desktop.exchange.pdf import render_request_pdf
from desktop.exchange.pki import Credential, DemoPki
from desktop.exchange.request_document import (
    AnswerSection,
    Party,
    RequestDocument,
    RequestSection,
    utc_text,
)
from desktop.models.enums import (
    CaseKind,
    HandlingCode,
    InformationAccess,
    InformationEvaluation,
    RequestKind,
    Role,
    SourceEvaluation,
    Urgency,
)
from desktop.services.casefile import create_case_file, open_case_file
from desktop.services.facade import Services
from desktop.services.requests import NewRequest
from desktop.vault import KdfParams
from tests.pki_fixtures import identity, session_test_pki

OWN = "BE-FEDPOL-CGI"
NL = "NL-POLITIE-LIMBURG"
LU = "LU-POLICE"
NOT_OURS = "BE-FEDPOL"  # a Belgian agency in the case file that is not marked as ours

CLAIRE, PIETER, MARC = "Claire Dubois", "Pieter Janssens", "Marc Wagner"
PASSPHRASES: Mapping[str, str] = MappingProxyType(
    {
        CLAIRE: "claire-Tq8lantern-basalt-41",
        PIETER: "pieter-Wd3meadow-copper-77",
        MARC: "marc-Hy6orchard-velvet-25",
    }
)
ROLES: Mapping[str, Role] = MappingProxyType(
    {CLAIRE: Role.SUPERVISOR, PIETER: Role.DUTY_OFFICER, MARC: Role.SUPERVISOR}
)
PHOTO = b"\xff\xd8\xff\xe0 a photo of the scene at Lanaken \xff\xd9"
INFORMANT = b"Name and phone number of the informant: never to leave this office.\n"
ANSWER_TEXT = "Registered keeper: a leasing company in Maastricht; the car was reported stolen that morning."

# name → (handling code, source evaluation, information evaluation, partner, state)
REQUESTS: Mapping[str, tuple[str, str, str, str, str]] = MappingProxyType(
    {
        "info": ("H1", "B", "2", NL, "approved"),  # in the case with the attachments
        "sent": ("H1", "B", "2", NL, "sent"),  # marked sent: waiting for the partner's answer
        "lu": ("H1", "B", "2", LU, "approved"),  # LU-POLICE has no encryption certificate pinned
        "h2": ("H2", "B", "2", NL, "approved"),
        "h3": ("H3", "B", "2", NL, "approved"),
        "graded_x": ("H1", "X", "2", NL, "approved"),
        "graded_4": ("H1", "B", "4", NL, "approved"),
        "draft": ("H1", "B", "2", NL, "draft"),
        "submitted": ("H1", "B", "2", NL, "submitted"),
    }
)


def render_pdf(document: RequestDocument, languages: tuple[str, ...]) -> bytes:
    """The product's renderer (Qt, offscreen), as the CLI injects it."""
    return render_request_pdf(document, languages)


@contextmanager
def open_services(path: Path, member: str, passphrase: str | None = None) -> Iterator[Services]:
    """Open the case file as `member` with the PDF renderer injected; always closes it."""
    case_file = open_case_file(path, passphrase or PASSPHRASES[member], member=member)
    try:
        yield Services(case_file, render_pdf=render_pdf)
    finally:
        case_file.close()


@dataclass(frozen=True)
class CaseTemplate:
    """A closed case-file template with its requests (never written to by tests: copy it first)."""

    path: Path
    refs: Mapping[str, str]
    attachments: Mapping[str, int]
    case_reference: str


@dataclass(frozen=True)
class Exchange(CaseTemplate):
    """The exchange-ready template: credentials imported and partners' certificates pinned from `pki`."""

    pki: DemoPki

    def password(self, name: str) -> str:
        """The PKCS#12 password of a person of the test PKI."""
        return identity(self.pki, name).password


def _new_request(name: str, case_reference: str | None) -> NewRequest:
    handling, source, information, partner, _state = REQUESTS[name]
    return NewRequest(
        kind=RequestKind.INFORMATION_REQUEST,
        partner_code=partner,
        legal_basis="dir-2023-977:4",
        events_on=datetime.now(UTC) - timedelta(days=1),
        title=f"Keeper of a grey Audi A6 seen at Lanaken ({name})",
        body="Please provide the registered keeper and recent checks of plate 1-ABC-234.",
        urgency=Urgency.URGENT,
        information_access=InformationAccess.DIRECT,
        form_values={
            "information_requested": "Registered keeper, recent checks",
            "purpose": "Identify the suspects",
            "reasons": "The vehicle was used in an armed robbery in Hasselt",
        },
        handling_code=HandlingCode(handling),
        source_evaluation=SourceEvaluation(source),
        information_evaluation=InformationEvaluation(information),
        case_reference=case_reference,
    )


def _build_case(directory: Path) -> CaseTemplate:
    """Members, our agency, the case with its attachments and the requests of REQUESTS; no PKI yet."""
    path = directory / "exchange.casedesk"
    kdf = KdfParams.minimum()
    case_file, _code = create_case_file(
        path,
        member_name=CLAIRE,
        role=ROLES[CLAIRE],
        passphrase=PASSPHRASES[CLAIRE],
        agency_code=OWN,
        kdf=kdf,
    )
    try:
        services = Services(case_file)
        for name in (PIETER, MARC):
            services.members.add(name, ROLES[name], PASSPHRASES[name], agency_code=OWN, kdf=kdf)
    finally:
        case_file.close()
    refs: dict[str, str] = {}
    with open_services(path, PIETER) as services:
        case = services.cases.create(
            CaseKind.INFORMATION_EXCHANGE, "Armed robbery in Hasselt", partner_code=NL
        )
        attachments = {
            "photo": services.cases.add_attachment(
                case.reference, "scene-photo.jpg", PHOTO, "image/jpeg", HandlingCode.H1
            ),
            "informant": services.cases.add_attachment(
                case.reference, "informant.txt", INFORMANT, "text/plain", HandlingCode.H3
            ),
        }
        for name, (*_codes, state) in REQUESTS.items():
            view = services.requests.create(_new_request(name, case.reference if name == "info" else None))
            refs[name] = view.reference
            if state != "draft":
                services.requests.submit(view.reference)
    with open_services(path, CLAIRE) as services:
        for name, (*_codes, state) in REQUESTS.items():
            if state in ("approved", "sent"):
                services.requests.approve(refs[name])
            if state == "sent":
                services.requests.mark_sent(refs[name])
    return CaseTemplate(path, MappingProxyType(refs), MappingProxyType(attachments), case.reference)


def _equip(path: Path, pki: DemoPki) -> None:
    """Claire's and Pieter's credentials, the CAs pinned to their agencies, NL's encryption certificate."""
    for member in (CLAIRE, PIETER):
        person = identity(pki, member)
        with open_services(path, member) as services:
            services.credentials.import_pkcs12(person.p12_path.read_bytes(), person.password)
            if member == CLAIRE:
                for agency, country in ((OWN, "BE"), (NL, "NL"), (LU, "LU")):
                    services.trust.add(agency, pki.ca_paths[country].read_bytes())
                services.trust.add(NL, pki.agency_encryption[NL].certificate_path.read_bytes())


_CASES: dict[Path, CaseTemplate] = {}
_EXCHANGES: dict[Path, Exchange] = {}


def case_template(factory: pytest.TempPathFactory) -> CaseTemplate:
    """The session's template without credentials or trust (for flows that import them themselves)."""
    key = factory.getbasetemp()
    if key not in _CASES:
        _CASES[key] = _build_case(factory.mktemp("case-template"))
    return _CASES[key]


def exchange_template(factory: pytest.TempPathFactory) -> Exchange:
    """The session's exchange-ready template, built on first use (about a second)."""
    key = factory.getbasetemp()
    if key not in _EXCHANGES:
        pki = session_test_pki(factory)
        bare = case_template(factory)
        directory = factory.mktemp("exchange-template")
        path = copy_case(bare, directory, "exchange")
        _equip(path, pki)
        _EXCHANGES[key] = Exchange(path, bare.refs, bare.attachments, bare.case_reference, pki)
    return _EXCHANGES[key]


def copy_case(template: CaseTemplate, directory: Path, name: str = "case") -> Path:
    """A private copy of the template's bundle at directory/name.casedesk."""
    target = directory / f"{name}.casedesk"
    shutil.copytree(template.path, target)
    return target


def tree_snapshot(root: Path) -> dict[str, str]:
    """Every file and folder under root (hidden ones too) → SHA-256 of its bytes, or '<dir>'."""
    result: dict[str, str] = {}
    for item in sorted(root.rglob("*")):
        relative = item.relative_to(root).as_posix()
        result[relative + ("/" if item.is_dir() else "")] = (
            "<dir>" if item.is_dir() else hashlib.sha256(item.read_bytes()).hexdigest()
        )
    return result


# --- what a partner sends -------------------------------------------------------------------------


def partner_document(
    *,
    kind: str = "answer",
    in_reply_to: str | None = None,
    sender: str = NL,
    sender_country: str = "NL",
    recipient: str = OWN,
    recipient_country: str = "BE",
    reference: str | None = None,
    answer_text: str = ANSWER_TEXT,
    package_id: str | None = None,
    handling_code: str = "H1",
) -> RequestDocument:
    """request.json of a partner's answer (to our `in_reply_to`) or of a partner's own request to us."""
    now = datetime.now(UTC)
    section = RequestSection(
        reference=reference or f"NL-LIM-{now:%Y}-0042",
        kind="information_request",
        legal_basis="dir-2023-977:4",
        legal_basis_reference="Directive (EU) 2023/977 art. 4",
        legal_basis_confirmed=True,
        events_on=utc_text(now - timedelta(days=1)),  # type: ignore[arg-type]
        urgency="urgent",
        information_access="direct",
        title="Keeper of a grey Audi A6 seen at Lanaken",
        body="" if kind == "answer" else "Please tell us who rented the car on the day of the robbery.",
        fields={},
        handling_code=handling_code,
        source_evaluation="B",
        information_evaluation="2",
        due_at=None,
        approved_by=None if kind == "answer" else "Joris de Vries",
        approved_at=None if kind == "answer" else utc_text(now),
    )
    answer = None
    if kind == "answer":
        assert in_reply_to is not None, "an answer replies to one of our references"
        answer = AnswerSection(in_reply_to, answer_text, utc_text(now))  # type: ignore[arg-type]
    return RequestDocument(
        package_id=package_id or str(uuid.uuid4()),
        kind=kind,
        created_at=utc_text(now),  # type: ignore[arg-type]
        sender=Party(sender, sender_country),
        recipient=Party(recipient, recipient_country),
        request=section,
        answer=answer,
    )


FAKE_PDF = b"%PDF-1.4\n% a partner's form, not checked by the importer\n%%EOF\n"


def partner_package(
    document: RequestDocument,
    signers: Sequence[Credential],
    *,
    pdf: bytes = FAKE_PDF,
    signing_time: datetime | None = None,
) -> bytes:
    """The signed ASiC-E container a partner would send (request.json, request.pdf), one signature per signer."""
    objects = [
        DataObject("request.json", document.to_json(), "application/json"),
        DataObject("request.pdf", pdf, "application/pdf"),
    ]

    def signer(credential: Credential) -> Callable[[bytes], bytes]:
        return lambda manifest: sign_detached(manifest, credential, signing_time=signing_time)

    return build_container(objects, [signer(c) for c in signers])


# --- raw ZIP surgery --------------------------------------------------------------------------------

FILE_MODE = (stat.S_IFREG | 0o644) << 16
SYMLINK_MODE = (stat.S_IFLNK | 0o777) << 16
_DOS_DATE = (0 << 9) | (1 << 5) | 1  # 1980-01-01


@dataclass(frozen=True)
class Entry:
    """One entry as it will be written; the overrides let the headers lie."""

    name: str
    data: bytes
    method: int = zipfile.ZIP_STORED
    external_attr: int = FILE_MODE
    declared_size: int | None = None  # the uncompressed size both headers claim
    payload: bytes | None = field(default=None, repr=False)  # the stored bytes, if not derived from data


def deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush()


def zip_entries(container: bytes) -> list[Entry]:
    """The entries of a (valid) container in archive order, with their content and method."""
    import io

    with zipfile.ZipFile(io.BytesIO(container)) as archive:
        return [
            Entry(info.filename, archive.read(info), info.compress_type, info.external_attr)
            for info in archive.infolist()
        ]


def write_zip(entries: Sequence[Entry]) -> bytes:
    """A ZIP archive of exactly these entries (no ZIP64, no extra fields, no comment)."""
    local, central = bytearray(), bytearray()
    for entry in entries:
        name = entry.name.encode("utf-8")
        payload = entry.payload
        if payload is None:
            payload = deflate(entry.data) if entry.method == zipfile.ZIP_DEFLATED else entry.data
        size = len(entry.data) if entry.declared_size is None else entry.declared_size
        crc = zlib.crc32(entry.data)
        flags = 0 if name.isascii() else 0x800
        offset = len(local)
        local += struct.pack(
            "<4sHHHHHIIIHH", b"PK\x03\x04", 20, flags, entry.method, 0, _DOS_DATE, crc, len(payload), size,
            len(name), 0,
        )  # fmt: skip
        local += name + payload
        central += struct.pack(
            "<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", (3 << 8) | 20, 20, flags, entry.method, 0, _DOS_DATE,
            crc, len(payload), size, len(name), 0, 0, 0, 0, entry.external_attr, offset,
        )  # fmt: skip
        central += name
    end = struct.pack(
        "<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(central), len(local), 0
    )
    return bytes(local + central + end)


def replace_entry(container: bytes, name: str, data: bytes) -> bytes:
    """The container rewritten with `name`'s content replaced (manifests and signatures untouched)."""
    return write_zip(
        [
            Entry(e.name, data, e.method, e.external_attr) if e.name == name else e
            for e in zip_entries(container)
        ]
    )
