"""PKCS#12 loading and the demo PKI, checked against the real OpenSSL command line."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import stat
import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from desktop.exchange.pki import (
    Credential,
    CredentialError,
    DemoPki,
    describe,
    fingerprint,
    load_pkcs12,
    make_demo_pki,
)
from tests.pki_fixtures import AGENCIES, PEOPLE, identity, load, session_test_pki

OPENSSL = "/usr/bin/openssl"


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> DemoPki:
    return session_test_pki(tmp_path_factory)


@pytest.fixture(scope="session")
def claire_pem_files(pki: DemoPki, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Claire's certificate and unencrypted key as PEM files, for building p12 files with OpenSSL."""
    credential = load(identity(pki, "Claire Dubois"))
    directory = tmp_path_factory.mktemp("claire-pem")
    key_path = directory / "claire.key"
    key_path.write_bytes(
        credential.private_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return identity(pki, "Claire Dubois").certificate_path, key_path


def _openssl(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([OPENSSL, *map(str, args)], capture_output=True, text=True, cwd=cwd, check=False)


def _self_signed(key: ec.EllipticCurvePrivateKey | ed25519.Ed25519PrivateKey) -> x509.Certificate:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Someone")])
    now = dt.datetime.now(dt.UTC)
    algorithm = None if isinstance(key, ed25519.Ed25519PrivateKey) else hashes.SHA256()
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=30))
        .sign(key, algorithm)
    )


# -------------------------------------------------------------------------------------------- demo PKI


def test_demo_pki_writes_every_file_with_private_ones_0600(pki: DemoPki) -> None:
    assert set(pki.ca_paths) == {"BE", "NL", "LU"}
    assert [i.name for i in pki.identities] == [name for name, _, _ in PEOPLE]
    assert set(pki.agency_encryption) == {code for code, _ in AGENCIES}
    for path in pki.ca_paths.values():
        assert path.is_file()
    everyone = [*pki.identities, *pki.agency_encryption.values()]
    for person in everyone:
        assert person.certificate_path.is_file()
        assert stat.S_IMODE(person.p12_path.stat().st_mode) == 0o600
        assert len(person.password) == 20 and person.password.isprintable()
    passwords = pki.directory / "passwords.txt"
    assert stat.S_IMODE(passwords.stat().st_mode) == 0o600
    text = passwords.read_text()
    assert text.startswith("# DEMO ONLY")
    for person in everyone:
        assert f"{person.p12_path.name}: {person.password}" in text
    assert len({person.password for person in everyone}) == len(everyone)


def test_every_p12_loads_with_its_password(pki: DemoPki) -> None:
    for person in [*pki.identities, *pki.agency_encryption.values()]:
        credential = load(person)
        assert (
            credential.certificate.public_bytes(serialization.Encoding.PEM)
            == person.certificate_path.read_bytes()
        )
        ca = x509.load_pem_x509_certificate(pki.ca_paths[person.country].read_bytes())
        assert credential.chain == (ca,)
        if person.key_type == "RSA-3072":
            assert isinstance(credential.private_key, rsa.RSAPrivateKey)
            assert credential.private_key.key_size == 3072
        else:
            assert person.key_type == "EC-P256"
            assert isinstance(credential.private_key, ec.EllipticCurvePrivateKey)
            assert isinstance(credential.private_key.curve, ec.SECP256R1)
    assert identity(pki, "Joris de Vries").key_type == "RSA-3072"
    assert identity(pki, "Claire Dubois").key_type == "EC-P256"


def test_signing_certificate_profile(pki: DemoPki) -> None:
    certificate = load(identity(pki, "Joris de Vries")).certificate
    subject = certificate.subject
    assert subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "Joris de Vries"
    assert subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value == "NL-POLITIE-LIMBURG"
    assert subject.get_attributes_for_oid(NameOID.COUNTRY_NAME)[0].value == "NL"
    extensions = certificate.extensions
    basic = extensions.get_extension_for_class(x509.BasicConstraints)
    assert basic.critical and not basic.value.ca
    usage = extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment and not usage.key_encipherment
    assert list(extensions.get_extension_for_class(x509.ExtendedKeyUsage).value) == [
        ExtendedKeyUsageOID.EMAIL_PROTECTION
    ]
    emails = extensions.get_extension_for_class(x509.SubjectAlternativeName).value.get_values_for_type(
        x509.RFC822Name
    )
    assert emails == ["joris.de.vries@nl-politie-limburg.example"]
    assert certificate.not_valid_after_utc - certificate.not_valid_before_utc == dt.timedelta(days=730)


def test_encryption_certificate_profile(pki: DemoPki) -> None:
    person = pki.agency_encryption["LU-POLICE"]
    certificate = load(person).certificate
    assert person.key_type == "RSA-3072" and person.country == "LU"
    usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.key_encipherment and usage.data_encipherment and not usage.digital_signature
    eku = certificate.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert ExtendedKeyUsageOID.EMAIL_PROTECTION in eku


def test_root_ca_profile_and_fixed_clock(tmp_path: Path) -> None:
    now = dt.datetime(2026, 5, 1, 9, 30, tzinfo=dt.UTC)
    demo = make_demo_pki(tmp_path, [("Émile Müller", "LU", "LU-POLICE")], now=now)
    ca = x509.load_pem_x509_certificate(demo.ca_paths["LU"].read_bytes())
    assert (
        ca.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "Benelux Case Desk DEMO Root CA LU"
    )
    assert ca.subject == ca.issuer
    assert ca.not_valid_before_utc == now - dt.timedelta(days=1)
    assert ca.not_valid_after_utc - ca.not_valid_before_utc >= dt.timedelta(days=3650)
    basic = ca.extensions.get_extension_for_class(x509.BasicConstraints)
    assert basic.critical and basic.value.ca and basic.value.path_length == 1
    usage = ca.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.key_cert_sign and usage.crl_sign and not usage.digital_signature
    ski = ca.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    aki = ca.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier).value
    assert aki.key_identifier == ski.digest
    person = demo.identities[0]
    assert person.p12_path.name == "emile-muller.p12"
    leaf = load(person).certificate
    assert leaf.not_valid_before_utc == now - dt.timedelta(days=1)
    assert describe(leaf) == "CN=Émile Müller, O=LU-POLICE (valid 2026-04-30 to 2028-04-29)"
    assert demo.agency_encryption == {}


def test_demo_pki_refuses_bad_input(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="BE, NL and LU"):
        make_demo_pki(tmp_path, [("Hans Schmidt", "DE", "DE-BKA")])
    with pytest.raises(ValueError, match="time zone"):
        make_demo_pki(tmp_path, [("Ann Peeters", "BE", "BE-FEDPOL-CGI")], now=dt.datetime(2026, 1, 1))
    with pytest.raises(ValueError, match="distinct name"):
        make_demo_pki(tmp_path, [("Ann Peeters", "BE", "BE-X"), ("Ann  Peeters", "NL", "NL-Y")])


def test_openssl_verifies_demo_certificates(pki: DemoPki) -> None:
    claire = identity(pki, "Claire Dubois")
    result = _openssl("verify", "-CAfile", pki.ca_paths["BE"], claire.certificate_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith(": OK")
    joris = identity(pki, "Joris de Vries")
    encryption = pki.agency_encryption["NL-POLITIE-LIMBURG"]
    result = _openssl(
        "verify", "-purpose", "smimesign", "-CAfile", pki.ca_paths["NL"], joris.certificate_path
    )
    assert result.returncode == 0, result.stderr
    result = _openssl("verify", "-CAfile", pki.ca_paths["NL"], encryption.certificate_path)
    assert result.returncode == 0, result.stderr
    wrong = _openssl("verify", "-CAfile", pki.ca_paths["LU"], claire.certificate_path)
    assert wrong.returncode != 0


def test_openssl_reads_our_p12(pki: DemoPki) -> None:
    claire = identity(pki, "Claire Dubois")
    result = _openssl(
        "pkcs12", "-in", claire.p12_path, "-passin", f"pass:{claire.password}", "-info", "-noout"
    )
    assert result.returncode == 0, result.stderr
    assert "PBES2" in result.stderr and "AES-256-CBC" in result.stderr


# ------------------------------------------------------------------------------------------ load_pkcs12


def test_fingerprint_is_sha256_of_der(pki: DemoPki) -> None:
    credential = load(identity(pki, "Marie Weber"))
    expected = hashlib.sha256(credential.certificate.public_bytes(serialization.Encoding.DER)).hexdigest()
    assert fingerprint(credential.certificate) == expected == credential.fingerprint
    assert re.fullmatch(r"[0-9a-f]{64}", expected)
    assert re.fullmatch(
        r"CN=Marie Weber, O=LU-POLICE \(valid \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d\)",
        describe(credential.certificate),
    )


def test_wrong_password_is_a_sentence(pki: DemoPki) -> None:
    claire = identity(pki, "Claire Dubois")
    for password in (b"not-the-password", None, b""):
        with pytest.raises(CredentialError, match=r"^The PKCS#12 password is wrong\.$"):
            load_pkcs12(claire.p12_path.read_bytes(), password)


@pytest.mark.parametrize(
    "options",
    [
        pytest.param(["-legacy"], id="legacy-rc2-3des"),
        pytest.param(["-certpbe", "PBE-SHA1-3DES", "-keypbe", "PBE-SHA1-3DES", "-macalg", "sha1"], id="3des"),
    ],
)
def test_legacy_openssl_p12_loads(
    claire_pem_files: tuple[Path, Path], pki: DemoPki, tmp_path: Path, options: list[str]
) -> None:
    certificate, key = claire_pem_files
    target = tmp_path / "legacy.p12"
    result = _openssl(
        "pkcs12", "-export", *options, "-in", certificate, "-inkey", key,
        "-certfile", pki.ca_paths["BE"], "-passout", "pass:old school", "-out", target,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    credential = load_pkcs12(target.read_bytes(), b"old school")
    assert credential.certificate == x509.load_pem_x509_certificate(certificate.read_bytes())
    assert len(credential.chain) == 1
    with pytest.raises(CredentialError, match="password is wrong"):
        load_pkcs12(target.read_bytes(), b"new school")


def test_unencrypted_openssl_p12_loads_without_password(
    claire_pem_files: tuple[Path, Path], tmp_path: Path
) -> None:
    certificate, key = claire_pem_files
    target = tmp_path / "plain.p12"
    result = _openssl(
        "pkcs12", "-export", "-certpbe", "NONE", "-keypbe", "NONE", "-nomac",
        "-in", certificate, "-inkey", key, "-passout", "pass:", "-out", target,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    for password in (None, b""):
        assert load_pkcs12(target.read_bytes(), password).chain == ()


def test_ed25519_is_refused() -> None:
    key = ed25519.Ed25519PrivateKey.generate()
    data = pkcs12.serialize_key_and_certificates(
        b"ed", key, _self_signed(key), None, serialization.BestAvailableEncryption(b"pw")
    )
    with pytest.raises(CredentialError, match=r"Ed25519.*EC P-256 or RSA\.$"):
        load_pkcs12(data, b"pw")


def test_p12_without_key_or_with_small_rsa_is_refused() -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    only_cert = pkcs12.serialize_key_and_certificates(
        b"c", None, _self_signed(key), None, serialization.BestAvailableEncryption(b"pw")
    )
    with pytest.raises(CredentialError, match=r"^This PKCS#12 file holds no private key\.$"):
        load_pkcs12(only_cert, b"pw")
    key_only = pkcs12.serialize_key_and_certificates(
        b"k", key, None, None, serialization.BestAvailableEncryption(b"pw")
    )
    with pytest.raises(CredentialError, match="holds no certificate"):
        load_pkcs12(key_only, b"pw")
    other = ec.generate_private_key(ec.SECP256R1())
    mismatched = pkcs12.serialize_key_and_certificates(
        b"m", key, None, [_self_signed(other)], serialization.BestAvailableEncryption(b"pw")
    )
    with pytest.raises(
        CredentialError, match=r"^This PKCS#12 file holds no certificate for its private key\.$"
    ):
        load_pkcs12(mismatched, b"pw")


def test_certificate_not_matching_key_is_refused(pki: DemoPki, monkeypatch: pytest.MonkeyPatch) -> None:
    """Neither cryptography nor OpenSSL writes such a file, but a hand-made one can exist."""
    claire = identity(pki, "Claire Dubois")
    stranger = load(identity(pki, "Pieter Janssens")).certificate
    key = load(claire).private_key
    forged = pkcs12.PKCS12KeyAndCertificates(key, pkcs12.PKCS12Certificate(stranger, None), [])
    monkeypatch.setattr(pkcs12, "load_pkcs12", lambda _data, _password: forged)
    with pytest.raises(CredentialError, match=r"^The certificate does not match the private key\.$"):
        load_pkcs12(claire.p12_path.read_bytes(), claire.password.encode())


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"garbage, not a key store", "not a PKCS#12"),
        (b"0\x82\x01\x00" + b"\x00" * 256, "not a PKCS#12"),
        (b"\x30" * 1_000_001, "larger than 1 MB"),
    ],
)
def test_garbage_is_refused(data: bytes, message: str) -> None:
    with pytest.raises(CredentialError, match=message):
        load_pkcs12(data, b"pw")


def test_pem_certificate_is_not_a_p12(pki: DemoPki) -> None:
    with pytest.raises(CredentialError, match=r"^This file is not a PKCS#12 \(\.p12 or \.pfx\) file\.$"):
        load_pkcs12(pki.ca_paths["BE"].read_bytes(), b"pw")


def test_credential_is_frozen(pki: DemoPki) -> None:
    credential = load(identity(pki, "Pieter Janssens"))
    assert isinstance(credential, Credential)
    with pytest.raises(AttributeError):
        credential.chain = ()  # type: ignore[misc]
