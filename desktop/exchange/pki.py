"""Signing credentials: PKCS#12 loading, certificate fingerprints and the demo PKI generator.

A credential is a private key with its certificate and any CA certificates bundled beside it. Only
EC (NIST curves) and RSA keys of at least 2048 bits are accepted: OpenSSL 3.0, which partners use to
check our signatures, cannot verify Ed25519 CMS signatures.

`make_demo_pki` writes a throw-away PKI for demonstrations and tests: one self-signed root per
country, personal signing certificates (EC P-256, or RSA-3072 on request) and agency encryption
certificates (RSA-3072, because CMS enveloping here is RSA key transport). It is never for real use.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import secrets
import string
import unicodedata
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from asn1crypto import pkcs12 as asn1_pkcs12
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from desktop.sentences import Said, Sentence, said

__all__ = [
    "Credential",
    "CredentialError",
    "DemoIdentity",
    "DemoPki",
    "describe",
    "description",
    "fingerprint",
    "is_readable",
    "load_pkcs12",
    "make_demo_pki",
]

MAX_PKCS12_BYTES = 1_000_000
MIN_RSA_BITS = 2048
KEY_TYPE_EC = "EC-P256"
KEY_TYPE_RSA = "RSA-3072"
_PASSWORD_ALPHABET = string.ascii_letters + string.digits
_ALLOWED_CURVES = (ec.SECP256R1, ec.SECP384R1, ec.SECP521R1)


class CredentialError(Sentence, ValueError):
    """A PKCS#12 file that cannot serve as a signing credential; the message is a sentence for the user."""


@dataclass(frozen=True)
class Credential:
    """A private key, its certificate and the CA certificates that came with it."""

    private_key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...] = ()

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the certificate's DER, lowercase hex."""
        return fingerprint(self.certificate)


def fingerprint(certificate: x509.Certificate) -> str:
    """SHA-256 of the certificate's DER encoding, as lowercase hex."""
    return hashlib.sha256(certificate.public_bytes(serialization.Encoding.DER)).hexdigest()


def is_readable(certificate: x509.Certificate) -> bool:
    """Whether every part of the certificate the program reads can be decoded.

    The certificate loaders check only the outer structure and decode the names, the extensions
    and the key when they are first read: a damaged certificate loads, then breaks whoever shows,
    pins or signs with it. Loading code calls this once and refuses the file with its sentence.
    """
    try:
        certificate.subject.rfc4514_string()
        certificate.issuer.rfc4514_string()
        for extension in certificate.extensions:
            _ = extension.value
        certificate.public_key()
        _ = certificate.not_valid_before_utc, certificate.not_valid_after_utc
    except Exception:
        return False
    return True


def _public_der(key: object) -> bytes:
    return key.public_bytes(  # type: ignore[attr-defined]
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def _parse_pkcs12(data: bytes, password: bytes | None) -> pkcs12.PKCS12KeyAndCertificates:
    """Decrypt the file, trying both "no password" forms when the caller gave none."""
    if password and b"\x00" in password:  # OpenSSL reads C strings: its binding panics on a NUL
        raise CredentialError("The PKCS#12 password is wrong.")
    candidates: list[bytes | None] = [password] if password else [None, b""]
    for candidate in candidates:
        try:
            return pkcs12.load_pkcs12(data, candidate)
        except Exception:  # noqa: S112 - wrong password and unsupported ciphers look alike; try the next form
            continue
    raise CredentialError("The PKCS#12 password is wrong.")


def _looks_like_pfx(data: bytes) -> bool:
    """True when the bytes are a DER PFX (version 3) structure, whatever its encryption."""
    try:
        pfx = asn1_pkcs12.Pfx.load(data)  # lenient: BER files from other tools are PKCS#12 too
        return pfx["version"].native == "v3"
    except Exception:
        return False


def load_pkcs12(data: bytes, password: bytes | None) -> Credential:
    """Load a PKCS#12 (.p12/.pfx) signing credential; modern (PBES2/AES) and legacy (3DES/RC2) files."""
    if not isinstance(data, bytes | bytearray) or not data:
        raise CredentialError("The PKCS#12 file is empty.")
    if len(data) > MAX_PKCS12_BYTES:
        raise CredentialError("The PKCS#12 file is larger than 1 MB, which no signing credential needs.")
    data = bytes(data)
    if not _looks_like_pfx(data):
        raise CredentialError("This file is not a PKCS#12 (.p12 or .pfx) file.")
    loaded = _parse_pkcs12(data, password)
    key = loaded.key
    if key is None:
        raise CredentialError("This PKCS#12 file holds no private key.")
    if loaded.cert is None:
        raise CredentialError("This PKCS#12 file holds no certificate for its private key.")
    certificate = loaded.cert.certificate
    if not is_readable(certificate):
        raise CredentialError("The certificate in the PKCS#12 file is damaged; its parts cannot be read.")
    if isinstance(key, ec.EllipticCurvePrivateKey):
        if not isinstance(key.curve, _ALLOWED_CURVES):
            raise CredentialError(
                "The key uses the elliptic curve {curve}; only P-256, P-384 and P-521 are supported.",
                curve=key.curve.name,
            )
    elif isinstance(key, rsa.RSAPrivateKey):
        if key.key_size < MIN_RSA_BITS:
            raise CredentialError(
                "The RSA key has {bits} bits; at least {minimum} are required.",
                bits=key.key_size,
                minimum=MIN_RSA_BITS,
            )
    else:
        raise CredentialError(
            "This key type (for example Ed25519) cannot be used: partners' OpenSSL cannot verify it; use EC P-256 or RSA."
        )
    try:
        matches = _public_der(key.public_key()) == _public_der(certificate.public_key())
    except Exception:
        matches = False
    if not matches:
        raise CredentialError("The certificate does not match the private key.")
    leaf_der = certificate.public_bytes(serialization.Encoding.DER)
    chain: list[x509.Certificate] = []
    seen = {leaf_der}
    for extra in loaded.additional_certs:
        der = extra.certificate.public_bytes(serialization.Encoding.DER)
        if der not in seen:
            seen.add(der)
            chain.append(extra.certificate)
    return Credential(private_key=key, certificate=certificate, chain=tuple(chain))


def _name_value(name: x509.Name, oid: x509.ObjectIdentifier) -> str | None:
    values = name.get_attributes_for_oid(oid)
    if not values:
        return None
    value = values[0].value
    return value if isinstance(value, str) else value.decode("utf-8", "replace")


def describe(certificate: x509.Certificate) -> str:
    """One line for people: "CN=…, O=… (valid 2026-01-01 to 2028-01-01)", in English (stored, printed)."""
    return str(description(certificate))


def description(certificate: x509.Certificate) -> Said:
    """`describe()` as a translatable sentence part: the GUI shows "valid … to …" in its language."""
    parts = []
    for label, oid in (("CN", NameOID.COMMON_NAME), ("O", NameOID.ORGANIZATION_NAME)):
        value = _name_value(certificate.subject, oid)
        if value is not None:
            parts.append(f"{label}={value}")
    subject = ", ".join(parts) or certificate.subject.rfc4514_string()
    start = certificate.not_valid_before_utc.date().isoformat()
    end = certificate.not_valid_after_utc.date().isoformat()
    if not subject:
        return said("(no subject name) (valid {start} to {end})", start=start, end=end)
    return said("{subject} (valid {start} to {end})", subject=subject, start=start, end=end)


# ----------------------------------------------------------------------------------------------- demo PKI


@dataclass(frozen=True)
class DemoIdentity:
    """One demo key pair: a .p12 with its password and the certificate as PEM."""

    name: str
    country: str
    agency_code: str
    p12_path: Path
    password: str
    certificate_path: Path
    key_type: str


@dataclass(frozen=True)
class DemoPki:
    """What `make_demo_pki` wrote: the root per country, the people and the agency encryption keys."""

    directory: Path
    ca_paths: Mapping[str, Path]
    identities: tuple[DemoIdentity, ...]
    agency_encryption: Mapping[str, DemoIdentity]


@dataclass(frozen=True)
class _Ca:
    key: ec.EllipticCurvePrivateKey
    certificate: x509.Certificate


_COUNTRIES = frozenset({"BE", "NL", "LU"})


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug or "identity"


def _email(name: str, agency_code: str) -> str:
    return f"{_slug(name).replace('-', '.')}@{_slug(agency_code)}.example"


def _new_password() -> str:
    return "".join(secrets.choice(_PASSWORD_ALPHABET) for _ in range(20))


def _write_private(path: Path, data: bytes) -> None:
    """Write a file readable by its owner only (0600), also when it already existed."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    path.chmod(0o600)


def _make_ca(country: str, now: dt.datetime) -> _Ca:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, country),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Benelux Case Desk DEMO"),
            x509.NameAttribute(NameOID.COMMON_NAME, f"Benelux Case Desk DEMO Root CA {country}"),
        ]
    )
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    start = now - dt.timedelta(days=1)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=3652))
        .add_extension(x509.BasicConstraints(ca=True, path_length=1), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(ski, critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski), critical=False)
        .sign(key, hashes.SHA256())
    )
    return _Ca(key, certificate)


def _issue(
    ca: _Ca,
    key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey,
    *,
    common_name: str,
    agency_code: str,
    country: str,
    email: str,
    signing: bool,
    now: dt.datetime,
) -> x509.Certificate:
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, country),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, agency_code),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )
    start = now - dt.timedelta(days=1)
    ca_ski = ca.certificate.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    usage = x509.KeyUsage(
        digital_signature=signing,
        content_commitment=signing,
        key_encipherment=not signing,
        data_encipherment=not signing,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(ca.certificate.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=730))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(usage, critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
        .add_extension(x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski), critical=False)
        .sign(ca.key, hashes.SHA256())
    )


def _export(
    directory: Path,
    slug: str,
    label: str,
    key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey,
    certificate: x509.Certificate,
    ca: _Ca,
) -> tuple[Path, Path, str]:
    password = _new_password()
    p12 = pkcs12.serialize_key_and_certificates(
        label.encode("utf-8"),
        key,
        certificate,
        [ca.certificate],
        serialization.BestAvailableEncryption(password.encode("ascii")),
    )
    p12_path = directory / f"{slug}.p12"
    pem_path = directory / f"{slug}.pem"
    _write_private(p12_path, p12)
    pem_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return p12_path, pem_path, password


def make_demo_pki(
    directory: Path,
    people: Sequence[tuple[str, str, str]],
    *,
    agencies: Sequence[tuple[str, str]] = (),
    now: dt.datetime | None = None,
    rsa_people: Collection[str] = (),
) -> DemoPki:
    """Write a demo PKI into `directory`: `people` are (name, country, agency code), `agencies` (code, country)."""
    if now is not None and now.tzinfo is None:
        raise ValueError("The demo PKI's clock time must carry a time zone.")
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    countries = [country for _, country, _ in people] + [country for _, country in agencies]
    unknown = sorted(set(countries) - _COUNTRIES)
    if unknown:
        raise ValueError(f"The demo PKI knows only the countries BE, NL and LU, not {', '.join(unknown)}.")
    slugs = [_slug(name) for name, _, _ in people] + [f"encryption-{_slug(code)}" for code, _ in agencies]
    if len(set(slugs)) != len(slugs):
        raise ValueError(
            "Two demo identities would share a file name; give every person and agency a distinct name."
        )
    directory.mkdir(parents=True, exist_ok=True)

    cas: dict[str, _Ca] = {}
    ca_paths: dict[str, Path] = {}
    for country in dict.fromkeys(countries):
        cas[country] = _make_ca(country, moment)
        ca_paths[country] = directory / f"ca-{country}.pem"
        ca_paths[country].write_bytes(cas[country].certificate.public_bytes(serialization.Encoding.PEM))

    identities: list[DemoIdentity] = []
    for name, country, agency_code in people:
        use_rsa = name in rsa_people
        key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey = (
            rsa.generate_private_key(public_exponent=65537, key_size=3072)
            if use_rsa
            else ec.generate_private_key(ec.SECP256R1())
        )
        certificate = _issue(
            cas[country], key, common_name=name, agency_code=agency_code, country=country,
            email=_email(name, agency_code), signing=True, now=moment,
        )  # fmt: skip
        slug = _slug(name)
        p12_path, pem_path, password = _export(directory, slug, name, key, certificate, cas[country])
        key_type = KEY_TYPE_RSA if use_rsa else KEY_TYPE_EC
        identities.append(DemoIdentity(name, country, agency_code, p12_path, password, pem_path, key_type))

    encryption: dict[str, DemoIdentity] = {}
    for agency_code, country in agencies:
        key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
        label = f"{agency_code} exchange encryption"
        certificate = _issue(
            cas[country], key, common_name=label, agency_code=agency_code, country=country,
            email=f"exchange@{_slug(agency_code)}.example", signing=False, now=moment,
        )  # fmt: skip
        slug = f"encryption-{_slug(agency_code)}"
        p12_path, pem_path, password = _export(directory, slug, label, key, certificate, cas[country])
        encryption[agency_code] = DemoIdentity(
            label, country, agency_code, p12_path, password, pem_path, KEY_TYPE_RSA
        )

    lines = [
        "# DEMO ONLY: passwords of the throw-away demo PKI made by Benelux Case Desk.",
        "# These keys protect nothing real; never use them for actual casework.",
    ]
    lines += [f"{i.p12_path.name}: {i.password}" for i in [*identities, *encryption.values()]]
    _write_private(directory / "passwords.txt", ("\n".join(lines) + "\n").encode("utf-8"))
    return DemoPki(
        directory=directory,
        ca_paths=MappingProxyType(ca_paths),
        identities=tuple(identities),
        agency_encryption=MappingProxyType(encryption),
    )
