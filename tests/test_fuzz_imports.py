"""Fuzzing the imports a partner or a colleague can hand us: certificates, PKCS#12, almanac CSV, packages.

Each target feeds hostile bytes through the service a user reaches (not only the parser), into a
real case file, and allows two outcomes only: success, or a clean refusal as a `Sentence` (the
services' ServiceError). Any other exception fails the test. A refusal must leave the case file as
it was: the audit entries and the rows the import would write are counted before and after.

Inputs are random bytes, real files (from the session's test PKI, or a valid CSV or package) with
bits flipped, bytes inserted, deleted or truncated, wrong passwords, and, for the CSV, cells that
attack the spreadsheet the export is opened in (``=cmd|' /C calc'!A0``), quotes, NULs, BOMs,
other encodings and very long lines. Already covered elsewhere, and not repeated here: the
container reader (tests/test_asice_hostile.py, 300 mutated containers), unencrypted package
imports (tests/test_packages_hostile_import.py, 200 mutations) and the CSV parser on its own
(tests/test_almanac_csv.py, 900 examples). Added here: the same on encrypted (.p7m) packages.

The targets are plain functions returning "accepted" or "rejected", so the long run,
`python tests/stress/fuzz_imports.py --examples N`, drives the very same code.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import (
    BestAvailableEncryption,
    Encoding,
    NoEncryption,
    pkcs7,
    pkcs12,
)
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from desktop.exchange.envelope import encrypt_for
from desktop.exchange.pki import Credential, DemoPki, load_pkcs12
from desktop.exchange.verify import PASSED
from desktop.sentences import Sentence
from desktop.services.almanac_csv import COLUMNS
from desktop.services.errors import ServiceError
from desktop.services.facade import Services
from desktop.services.package_import import ImportResult

PIN_AGENCY = "NL-POLITIE-LIMBURG"
ACCEPTED, REJECTED = "accepted", "rejected"
_COUNTED = ("audit_entry", "trusted_certificate", "signing_credential", "liaison_officer", "package")

# --------------------------------------------------------------------------------------- mutations

_position = st.integers(min_value=0, max_value=1 << 16)
MUTATION = st.one_of(
    st.tuples(st.just("flip"), _position, st.integers(min_value=0, max_value=7)),
    st.tuples(st.just("byte"), _position, st.integers(min_value=0, max_value=255)),
    st.tuples(st.just("insert"), _position, st.binary(min_size=1, max_size=32)),
    st.tuples(st.just("delete"), _position, st.integers(min_value=1, max_value=64)),
    st.tuples(st.just("truncate"), _position),
)
MUTATIONS = st.lists(MUTATION, min_size=1, max_size=3)


def mutate(data: bytes, mutations: list[tuple]) -> bytes:
    """`data` with the mutations applied in order (positions wrap around the current length)."""
    buffer = bytearray(data)
    for kind, at, *rest in mutations:
        at %= len(buffer) + 1
        if kind == "flip" and at < len(buffer):
            buffer[at] ^= 1 << rest[0]
        elif kind == "byte" and at < len(buffer):
            buffer[at] = rest[0]
        elif kind == "insert":
            buffer[at:at] = rest[0]
        elif kind == "delete":
            del buffer[at : at + rest[0]]
        elif kind == "truncate":
            del buffer[at:]
    return bytes(buffer)


# ------------------------------------------------------------------------------------ environment


@dataclass
class Env:
    """The open case files and the valid files the hostile ones are made from."""

    services: Services  # a plain case file, opened by a supervisor
    certificate_files: list[bytes]  # PEM bundle, DER, PKCS#7 DER, PKCS#7 PEM
    pkcs12_files: list[tuple[bytes, str]]  # (file, its password)
    credentials: list[Credential]
    agencies: list[str]
    importer: Services | None = None  # the exchange-ready case file (package target)
    encrypted_package: bytes = b""
    decryption: Credential | None = None


def seeds(pki: DemoPki) -> tuple[list[bytes], list[tuple[bytes, str]], list[Credential]]:
    """Valid certificate files and PKCS#12 files of the test PKI."""
    people = {person.name: person for person in pki.identities}
    claire, joris = people["Claire Dubois"], people["Joris de Vries"]  # EC P-256, RSA-3072
    ca_be, ca_nl = pki.ca_paths["BE"].read_bytes(), pki.ca_paths["NL"].read_bytes()
    joris_certificate = x509.load_pem_x509_certificate(joris.certificate_path.read_bytes())
    bundle = [x509.load_pem_x509_certificate(ca_nl), joris_certificate]
    certificate_files = [
        ca_be + claire.certificate_path.read_bytes(),
        joris_certificate.public_bytes(Encoding.DER),
        pkcs7.serialize_certificates(bundle, Encoding.DER),
        pkcs7.serialize_certificates(bundle, Encoding.PEM),
    ]
    pkcs12_files = [(p.p12_path.read_bytes(), p.password) for p in (claire, joris)]
    credentials = [load_pkcs12(data, password.encode()) for data, password in pkcs12_files]
    return certificate_files, pkcs12_files, credentials


def counts(services: Services) -> dict[str, int]:
    """Rows of every table an import writes, and of the audit log."""
    with services.case_file.reading() as session:
        return {
            table: session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() for table in _COUNTED
        }


def _rejected(env_services: Services, before: dict[str, int], error: BaseException) -> str:
    assert isinstance(error, Sentence)
    assert str(error).strip(), "a refusal without a sentence"
    assert counts(env_services) == before, f"a refused import changed the case file: {error}"
    return REJECTED


# --------------------------------------------------------------------------------- certificates

_PEM_LABEL = st.sampled_from(["CERTIFICATE", "X509 CERTIFICATE", "PKCS7", "CMS", "TRUSTED CERTIFICATE"])
CERTIFICATE_INPUTS = st.one_of(
    st.tuples(st.just("random"), st.binary(max_size=4096)),
    st.tuples(st.just("mutated"), st.integers(min_value=0, max_value=3), MUTATIONS),
    st.tuples(
        st.just("pem-garbage"),
        _PEM_LABEL,
        st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n", max_size=600),
    ),
)


def certificate_bytes(env: Env, drawn: tuple) -> bytes:
    kind, *args = drawn
    if kind == "random":
        return args[0]
    if kind == "mutated":
        return mutate(env.certificate_files[args[0]], args[1])
    label, body = args
    return f"-----BEGIN {label}-----\n{body}\n-----END {label}-----\n".encode()


def check_certificate_file(env: Env, data: bytes) -> str:
    """Inspect, then pin what was inspected to an agency; a refusal leaves the trust store as it was."""
    services = env.services
    before = counts(services)
    try:
        details = services.agencies.inspect(data)
    except ServiceError as error:
        _rejected(services, before, error)
        try:  # the command line pins without inspecting first: the same refusal
            services.trust.add(PIN_AGENCY, data)
        except ServiceError as again:
            return _rejected(services, before, again)
        raise AssertionError("trust.add accepted a file that inspect refused") from None
    assert details
    for item in details:
        assert len(item.fingerprint) == 64
        assert item.subject_name
    try:
        services.agencies.pin(PIN_AGENCY, data, confirmed=[d.fingerprint for d in details])
    except ServiceError as error:
        return _rejected(services, before, error)
    pinned = {p.fingerprint for p in services.agencies.pinned(PIN_AGENCY)}
    assert {d.fingerprint for d in details} <= pinned
    return ACCEPTED


# ---------------------------------------------------------------------------------------- PKCS#12

PKCS12_INPUTS = st.one_of(
    st.tuples(st.just("random"), st.binary(max_size=4096), st.text(max_size=12)),
    st.tuples(st.just("mutated"), st.integers(min_value=0, max_value=1), MUTATIONS),
    st.tuples(st.just("wrong password"), st.integers(min_value=0, max_value=1), st.text(max_size=24)),
    st.tuples(st.just("truncated"), st.integers(min_value=0, max_value=1), st.integers(min_value=0)),
    # a well-formed PKCS#12 holding a damaged certificate: reaches the checks after decryption
    st.tuples(
        st.just("damaged certificate"), st.integers(min_value=0, max_value=1), MUTATIONS, st.booleans()
    ),
)


def pkcs12_input(env: Env, drawn: tuple) -> tuple[bytes, str]:
    """(file, password) for a drawn PKCS#12 input."""
    kind, *args = drawn
    if kind == "random":
        return args[0], args[1]
    data, password = env.pkcs12_files[args[0]]
    if kind == "mutated":
        return mutate(data, args[1]), password
    if kind == "wrong password":
        return data, args[1] if args[1] != password else password + "x"
    if kind == "truncated":
        return data[: args[1] % len(data)], password
    credential = env.credentials[args[0]]
    damaged = mutate(credential.certificate.public_bytes(Encoding.DER), args[1])
    try:
        certificate = x509.load_der_x509_certificate(damaged)
        encryption = BestAvailableEncryption(b"fuzz") if args[2] else NoEncryption()
        rebuilt = pkcs12.serialize_key_and_certificates(
            b"fuzz", credential.private_key, certificate, None, encryption
        )
    except Exception:
        return damaged, "fuzz"
    return rebuilt, "fuzz" if args[2] else ""


def check_pkcs12(env: Env, data: bytes, password: str) -> str:
    """Import as the acting member's signing credential; then the credential must open again."""
    services = env.services
    before = counts(services)
    try:
        view = services.credentials.import_pkcs12(data, password)
    except ServiceError as error:
        return _rejected(services, before, error)
    assert any(c.fingerprint == view.fingerprint for c in services.credentials.list())
    member_id = services.case_file.actor.member_id
    assert member_id is not None
    assert services.credentials.unlock(member_id, password).fingerprint == view.fingerprint
    return ACCEPTED


# ------------------------------------------------------------------------------------ almanac CSV

FORMULAS = (
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://evil.example","click")',
    "+1+1",
    "-2+3+cmd|' /C notepad'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "'=already quoted",
    "''@twice",
    "=",
)
_CELL = st.one_of(
    st.sampled_from(FORMULAS),
    st.sampled_from(
        ['"', '""', 'a"b', '"quoted, with comma"', "a,b;c", "line\nbreak", "\x00", "nul\x00inside"]
    ),
    st.sampled_from(["Anne Dupont", "Jan Peeters", "Liège", "Ærø", "   padded   ", ""]),
    st.text(max_size=30),
    st.builds(lambda ch, n: ch * n, st.sampled_from("A=é€"), st.sampled_from([499, 500, 501, 5000, 140_000])),
)
_ENCODINGS = (
    ("utf-8",) * 5 + ("utf-8-sig",) * 2 + ("utf-16", "utf-16-le", "utf-32", "latin-1", "cp1252", "utf-7")
)


@st.composite
def hostile_csv(draw: st.DrawFn, agencies: tuple[str, ...]) -> tuple[str, bytes]:
    """(description, bytes) of a CSV with a mostly valid header and hostile rows."""
    optional = draw(st.lists(st.sampled_from(COLUMNS[2:]), unique=True, max_size=6))
    header = draw(st.permutations(["name", "agency", *optional]))
    delimiter = draw(st.sampled_from([",", ";"]))
    end = draw(st.sampled_from(["\r\n", "\n", "\r"]))
    agency = st.one_of(st.sampled_from(agencies), st.sampled_from(FORMULAS), st.text(max_size=8))
    rows = draw(
        st.lists(
            st.lists(_CELL, min_size=len(header), max_size=len(header) + 1).flatmap(
                lambda cells: st.tuples(st.just(cells), agency)
            ),
            max_size=6,
        )
    )
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=end)
    writer.writerow(header)
    at = header.index("agency")
    for cells, code in rows:
        writer.writerow([code if position == at else cell for position, cell in enumerate(cells)])
    written = buffer.getvalue()
    encoding = draw(st.sampled_from(_ENCODINGS))
    data = written.encode(encoding, errors="replace")
    if draw(st.integers(0, 3)) == 0:  # a BOM of another encoding, doubled, or in the middle of the file
        bom = draw(
            st.sampled_from([codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32])
        )
        at_byte = draw(st.sampled_from([0, len(data) // 2, len(data)]))
        data = data[:at_byte] + bom + data[at_byte:]
    return encoding, data


_FREE_TEXT = st.one_of(
    st.sampled_from(FORMULAS),
    st.text(alphabet=st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=30),
)


@st.composite
def formula_csv(draw: st.DrawFn, agencies: tuple[str, ...]) -> bytes:
    """Good rows whose free-text cells are spreadsheet formulas, quotes and odd characters."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["name", "agency", "posting", "coverage", "notes"])
    for _ in range(draw(st.integers(1, 4))):
        name = draw(_FREE_TEXT).strip() or "x"
        row = [name, draw(st.sampled_from(agencies)), draw(_FREE_TEXT), draw(_FREE_TEXT), draw(_FREE_TEXT)]
        writer.writerow(row)
    return draw(st.sampled_from([b"", codecs.BOM_UTF8])) + buffer.getvalue().encode("utf-8")


def almanac_inputs(agencies: tuple[str, ...]) -> st.SearchStrategy[bytes]:
    return st.one_of(
        st.binary(max_size=2048),
        st.text(max_size=400).map(lambda s: s.encode("utf-8", "surrogatepass")),
        hostile_csv(agencies).map(lambda pair: pair[1]),
        formula_csv(agencies),
    )


def _cells(exported: bytes) -> list[list[str]]:
    assert exported.startswith(codecs.BOM_UTF8)
    return list(csv.reader(io.StringIO(exported[3:].decode("utf-8"), newline="")))


def check_almanac_csv(env: Env, data: bytes) -> str:
    """Import; a file with no good row writes nothing; the export opens safely in a spreadsheet and
    imports back unchanged."""
    services = env.services
    before = counts(services)
    try:
        report = services.almanac.import_csv(data)
    except ServiceError as error:
        return _rejected(services, before, error)
    for row_error in report.errors:
        assert row_error.line >= 1
        assert str(row_error.message).strip()
    if report.added == 0 and report.updated == 0:
        assert counts(services) == before, "an import with no good row changed the case file"
        outcome = REJECTED
    else:
        outcome = ACCEPTED
    exported = services.almanac.export_csv()
    rows = _cells(exported)
    assert rows[0] == list(COLUMNS)
    for row in rows[1:]:
        for cell in row:
            assert not cell or cell[0] not in "=+-@\t\r", f"a formula cell reached the export: {cell!r}"
    if outcome == ACCEPTED:
        again = services.almanac.import_csv(exported)
        assert again.errors == ()
        assert again.added == 0
        assert services.almanac.export_csv() == exported
    return outcome


# ------------------------------------------------------------------------------ encrypted packages

PACKAGE_INPUTS = st.one_of(
    st.tuples(st.just("random"), st.binary(max_size=4096)),
    st.tuples(st.just("mutated"), MUTATIONS),
    st.tuples(st.just("truncated"), st.integers(min_value=0)),
)


def package_bytes(env: Env, drawn: tuple) -> bytes:
    kind, argument = drawn
    if kind == "random":
        return argument
    if kind == "mutated":
        return mutate(env.encrypted_package, argument)
    return env.encrypted_package[: argument % len(env.encrypted_package)]


def check_encrypted_package(env: Env, data: bytes) -> str:
    """Import a .p7m with our agency's key: filed only when it verifies, else refused with nothing filed."""
    services = env.importer
    assert services is not None
    before = counts(services)
    try:
        result = services.packages.import_package(data, "incoming.p7m", decryption=env.decryption)
    except ServiceError as error:
        return _rejected(services, before, error)
    assert isinstance(result, ImportResult)
    if result.outcome == "duplicate":
        return REJECTED if counts(services) == before else ACCEPTED
    assert result.report.indication == PASSED
    return ACCEPTED


@dataclass(frozen=True)
class Target:
    name: str
    inputs: Callable[[Env], st.SearchStrategy[object]]
    check: Callable[[Env, object], str]


TARGETS: tuple[Target, ...] = (
    Target("certificates", lambda env: CERTIFICATE_INPUTS, lambda env, d: check_certificate_file(env, certificate_bytes(env, d))),  # type: ignore[arg-type]
    Target("pkcs12", lambda env: PKCS12_INPUTS, lambda env, d: check_pkcs12(env, *pkcs12_input(env, d))),  # type: ignore[arg-type]
    Target("almanac-csv", lambda env: almanac_inputs(tuple(env.agencies)), lambda env, d: check_almanac_csv(env, d)),  # type: ignore[arg-type]
    Target("encrypted-package", lambda env: PACKAGE_INPUTS, lambda env, d: check_encrypted_package(env, package_bytes(env, d))),  # type: ignore[arg-type]
)  # fmt: skip


# ------------------------------------------------------------------------------------------ pytest

CI_EXAMPLES = {"certificates": 400, "pkcs12": 300, "almanac-csv": 200, "encrypted-package": 150}
_FUZZ = settings(
    deadline=None,
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)


def fuzz(target: str, examples: int | None = None) -> settings:
    """The fuzz settings of a target: its CI number of examples, no deadline, no example database."""
    return settings(_FUZZ, max_examples=examples or CI_EXAMPLES[target])


@pytest.fixture(scope="module")
def seed_files(tmp_path_factory: pytest.TempPathFactory) -> tuple:
    from tests.pki_fixtures import session_test_pki

    return seeds(session_test_pki(tmp_path_factory))


@pytest.fixture
def env(tmp_case, open_as, seed_files: tuple) -> Iterator[Env]:  # type: ignore[no-untyped-def]
    certificate_files, pkcs12_files, credentials = seed_files
    with open_as(tmp_case.path, "Sam") as services:
        agencies = [agency.code for agency in services.agencies.list()]
        yield Env(services, certificate_files, pkcs12_files, credentials, agencies)


@pytest.fixture
def package_env(env: Env, exchange, tmp_path: Path) -> Iterator[Env]:  # type: ignore[no-untyped-def]
    from tests.packages_fixtures import (
        OWN,
        PIETER,
        copy_case,
        open_services,
        partner_document,
        partner_package,
    )
    from tests.pki_fixtures import identity, load

    joris = load(identity(exchange.pki, "Joris de Vries"))
    answer = partner_package(partner_document(in_reply_to=exchange.refs["sent"]), [joris])
    ours = load(exchange.pki.agency_encryption[OWN])
    env.encrypted_package = encrypt_for(answer, [ours.certificate])
    env.decryption = ours
    with open_services(copy_case(exchange, tmp_path, "exchange"), PIETER) as importer:
        env.importer = importer
        yield env


def _run(target_name: str, env: Env, drawn: object) -> None:
    target = next(t for t in TARGETS if t.name == target_name)
    assert target.check(env, drawn) in (ACCEPTED, REJECTED)


@fuzz("certificates")
@given(drawn=CERTIFICATE_INPUTS)
def test_a_certificate_file_is_pinned_or_refused_with_a_sentence(env: Env, drawn: tuple) -> None:
    _run("certificates", env, drawn)


@fuzz("pkcs12")
@example(drawn=("wrong password", 0, "pass\x00word"))  # made cryptography's OpenSSL binding panic
@example(drawn=("wrong password", 1, "\ud800"))  # a lone surrogate: str.encode() raised UnicodeEncodeError
@given(drawn=PKCS12_INPUTS)
def test_a_pkcs12_file_is_imported_or_refused_with_a_sentence(env: Env, drawn: tuple) -> None:
    _run("pkcs12", env, drawn)


@fuzz("almanac-csv")
@given(data=st.data())
def test_an_almanac_csv_is_imported_row_by_row_and_exports_no_formula(env: Env, data: st.DataObject) -> None:
    _run("almanac-csv", env, data.draw(almanac_inputs(tuple(env.agencies))))


@fuzz("encrypted-package")
@given(drawn=PACKAGE_INPUTS)
def test_an_encrypted_package_is_filed_or_refused_with_a_sentence(package_env: Env, drawn: tuple) -> None:
    _run("encrypted-package", package_env, drawn)


# -------------------------------------------------------------------------------- fixed examples


def test_a_damaged_certificate_that_still_loads_is_refused_when_read_not_when_shown(
    env: Env, seed_files: tuple
) -> None:
    """The certificate loaders decode names and extensions lazily: a certificate whose subject is
    damaged loads, and used to break the Agencies page's inspect with a ValueError."""
    der = bytearray(seed_files[0][1])
    start = der.find(b"\x06\x03\x55\x04\x03")  # the first commonName attribute (in the issuer)
    der[start + 5] = 0x05  # its value's string type becomes NULL: parseable outside, not inside
    x509.load_der_x509_certificate(bytes(der))  # still loads
    before = counts(env.services)
    for call in (
        lambda: env.services.agencies.inspect(bytes(der)),
        lambda: env.services.trust.add(PIN_AGENCY, bytes(der)),
    ):
        with pytest.raises(ServiceError) as refused:
            call()
        assert str(refused.value) == (
            "A certificate in the file is damaged (its names, extensions or key cannot be read)."
        )
    assert counts(env.services) == before


def test_a_formula_cell_is_exported_as_text(env: Env) -> None:
    agency = env.agencies[0]
    payload = "=cmd|' /C calc'!A0"
    data = f"name,agency,notes\r\n{payload},{agency},@SUM(1+1)\r\n".encode()
    report = env.services.almanac.import_csv(data)
    assert (report.added, report.errors) == (1, ())
    rows = _cells(env.services.almanac.export_csv())
    assert rows[1][:2] == ["'" + payload, agency]
    assert rows[1][7] == "'@SUM(1+1)"
