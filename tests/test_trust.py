"""Certificate files and chain validation, with the demo PKI and small hand-made chains."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.exchange.pki import DemoPki, make_demo_pki
from desktop.exchange.trust import (
    CertificateError,
    ChainResult,
    expiry_warning,
    load_certificates,
    validate_chain,
)
from tests.pki_fixtures import identity, load, session_test_pki

OPENSSL = "/usr/bin/openssl"
DAY = dt.timedelta(days=1)
PEM = serialization.Encoding.PEM
DER = serialization.Encoding.DER


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> DemoPki:
    return session_test_pki(tmp_path_factory)


def _ca(pki: DemoPki, country: str) -> x509.Certificate:
    return x509.load_pem_x509_certificate(pki.ca_paths[country].read_bytes())


def _cert(pki: DemoPki, name: str) -> x509.Certificate:
    return x509.load_pem_x509_certificate(identity(pki, name).certificate_path.read_bytes())


def _assert_refused(result: ChainResult, sub_indication: str) -> None:
    assert not result.trusted
    assert result.sub_indication == sub_indication
    assert result.anchor is None and result.chain == ()
    sentence = str(result.sentence)
    assert sentence.endswith(".") and sentence[0].isupper()


# -------------------------------------------------------------------------------- hand-made chains


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _make(
    common_name: str,
    issuer: tuple[x509.Certificate, ec.EllipticCurvePrivateKey] | None,
    *,
    ca: bool,
    start: dt.datetime,
    end: dt.datetime,
    eku: list[x509.ObjectIdentifier] | None = None,
    signing: bool = True,
) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    key = ec.generate_private_key(ec.SECP256R1())
    issuer_name, issuer_key = (issuer[0].subject, issuer[1]) if issuer else (_name(common_name), key)
    ca_usage = dict(key_cert_sign=True, crl_sign=True, digital_signature=False, content_commitment=False)
    ee_usage = dict(key_cert_sign=False, crl_sign=False, digital_signature=signing, content_commitment=False)
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name))
        .issuer_name(issuer_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                **(ca_usage if ca else ee_usage),
                key_encipherment=not signing,
                data_encipherment=False,
                key_agreement=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()), critical=False
        )
    )
    if eku is not None:
        builder = builder.add_extension(x509.ExtendedKeyUsage(eku), critical=False)
    return builder.sign(issuer_key, hashes.SHA256()), key


@pytest.fixture(scope="module")
def three_levels() -> dict[str, tuple[x509.Certificate, ec.EllipticCurvePrivateKey]]:
    """Root → intermediate (current and an expired twin with the same key name) → leaf."""
    now = dt.datetime.now(dt.UTC)
    root = _make("Partner Root", None, ca=True, start=now - 900 * DAY, end=now + 3000 * DAY)
    inter = _make("Partner Issuing CA", root, ca=True, start=now - 800 * DAY, end=now + 2000 * DAY)
    old_inter = _make("Partner Issuing CA", root, ca=True, start=now - 800 * DAY, end=now - 10 * DAY)
    email = [ExtendedKeyUsageOID.EMAIL_PROTECTION]
    leaf = _make("Signer", inter, ca=False, start=now - 100 * DAY, end=now + 300 * DAY, eku=email)
    old_leaf = _make("Signer", old_inter, ca=False, start=now - 100 * DAY, end=now + 300 * DAY, eku=email)
    return {"root": root, "inter": inter, "old_inter": old_inter, "leaf": leaf, "old_leaf": old_leaf}


# --------------------------------------------------------------------------------------- validation


def test_chain_validates_now_and_at_signing_time(pki: DemoPki) -> None:
    leaf, ca = _cert(pki, "Claire Dubois"), _ca(pki, "BE")
    now = dt.datetime.now(dt.UTC)
    for at in (now, now - dt.timedelta(hours=12), now + 300 * DAY):
        result = validate_chain(leaf, [], [ca], at=at)
        assert result.trusted, result.sentence
        assert result.sub_indication is None
        assert result.anchor == ca and result.chain == (leaf, ca)
        assert result.checked_at == at
    rsa = validate_chain(_cert(pki, "Joris de Vries"), [ca], [_ca(pki, "NL"), ca], at=now)
    assert rsa.trusted and rsa.anchor == _ca(pki, "NL")


def test_checked_at_is_utc_and_naive_time_refused(pki: DemoPki) -> None:
    brussels = dt.timezone(dt.timedelta(hours=1))
    at = dt.datetime.now(brussels)
    result = validate_chain(_cert(pki, "Marie Weber"), [], [_ca(pki, "LU")], at=at)
    assert result.trusted and result.checked_at == at and result.checked_at.tzinfo == dt.UTC
    with pytest.raises(ValueError, match="time zone"):
        validate_chain(_cert(pki, "Marie Weber"), [], [_ca(pki, "LU")], at=dt.datetime(2026, 1, 1))


def test_wrong_anchor_is_no_chain(pki: DemoPki) -> None:
    result = validate_chain(
        _cert(pki, "Claire Dubois"), [], [_ca(pki, "NL"), _ca(pki, "LU")], at=dt.datetime.now(dt.UTC)
    )
    _assert_refused(result, "NO_CERTIFICATE_CHAIN_FOUND")
    assert "add the partner agency's CA certificate" in str(result.sentence)
    empty = validate_chain(_cert(pki, "Claire Dubois"), [], [], at=dt.datetime.now(dt.UTC))
    _assert_refused(empty, "NO_CERTIFICATE_CHAIN_FOUND")


def test_expired_and_not_yet_valid(tmp_path: Path, pki: DemoPki) -> None:
    now = dt.datetime.now(dt.UTC)
    old = make_demo_pki(tmp_path, [("Ann Peeters", "BE", "BE-FEDPOL-CGI")], now=now - 1000 * DAY)
    leaf = load(old.identities[0]).certificate
    ca = x509.load_pem_x509_certificate(old.ca_paths["BE"].read_bytes())
    assert leaf.not_valid_after_utc < now
    expired = validate_chain(leaf, [], [ca], at=now)
    _assert_refused(expired, "OUT_OF_BOUNDS_NO_POE")
    sentence = str(expired.sentence)
    assert "expired" in sentence and leaf.not_valid_after_utc.date().isoformat() in sentence
    signed_back_then = validate_chain(leaf, [], [ca], at=now - 900 * DAY)
    assert signed_back_then.trusted
    early = validate_chain(leaf, [], [ca], at=now - 1200 * DAY)
    _assert_refused(early, "NOT_YET_VALID")
    # An expired certificate from an unknown issuer is reported as unknown, the weightier reason.
    _assert_refused(validate_chain(leaf, [], [_ca(pki, "BE")], at=now), "NO_CERTIFICATE_CHAIN_FOUND")


def test_look_alike_ca_is_no_chain(tmp_path: Path, pki: DemoPki) -> None:
    """A CA with the same name and another key (say a re-keyed partner CA) does not vouch for anyone."""
    other = make_demo_pki(tmp_path, [("Ann Peeters", "BE", "BE-FEDPOL-CGI")])
    look_alike = x509.load_pem_x509_certificate(other.ca_paths["BE"].read_bytes())
    assert look_alike.subject == _ca(pki, "BE").subject
    result = validate_chain(_cert(pki, "Claire Dubois"), [], [look_alike], at=dt.datetime.now(dt.UTC))
    _assert_refused(result, "NO_CERTIFICATE_CHAIN_FOUND")


def test_pinned_end_entity_anchor(pki: DemoPki) -> None:
    leaf = _cert(pki, "Pieter Janssens")
    now = dt.datetime.now(dt.UTC)
    result = validate_chain(leaf, [], [_ca(pki, "NL"), leaf], at=now)
    assert result.trusted and result.anchor == leaf and result.chain == (leaf,)
    assert "pinned" in str(result.sentence)
    late = validate_chain(leaf, [], [leaf], at=leaf.not_valid_after_utc + DAY)
    _assert_refused(late, "OUT_OF_BOUNDS_NO_POE")
    other = validate_chain(_cert(pki, "Claire Dubois"), [], [leaf], at=now)
    _assert_refused(other, "NO_CERTIFICATE_CHAIN_FOUND")


def test_encryption_certificate_is_not_a_signing_certificate(pki: DemoPki) -> None:
    encryption = load(pki.agency_encryption["BE-FEDPOL-CGI"]).certificate
    result = validate_chain(encryption, [], [_ca(pki, "BE")], at=dt.datetime.now(dt.UTC))
    _assert_refused(result, "CHAIN_CONSTRAINTS_FAILURE")
    assert "not meant for signing" in str(result.sentence)


def test_intermediate_chain(three_levels: dict) -> None:
    root, inter, old_inter = three_levels["root"][0], three_levels["inter"][0], three_levels["old_inter"][0]
    leaf, old_leaf = three_levels["leaf"][0], three_levels["old_leaf"][0]
    now = dt.datetime.now(dt.UTC)
    good = validate_chain(leaf, [inter], [root], at=now)
    assert good.trusted and good.chain == (leaf, inter, root) and good.anchor == root
    _assert_refused(validate_chain(leaf, [], [root], at=now), "NO_CERTIFICATE_CHAIN_FOUND")
    stale = validate_chain(old_leaf, [old_inter], [root], at=now)
    _assert_refused(stale, "OUT_OF_BOUNDS_NO_POE")
    assert "authority certificate CN=Partner Issuing CA" in str(stale.sentence)
    assert validate_chain(old_leaf, [old_inter], [root], at=now - 20 * DAY).trusted
    assert validate_chain(leaf, [], [inter], at=now).trusted  # the intermediate itself may be the anchor


@pytest.mark.parametrize(
    ("eku", "trusted"),
    [
        (None, True),
        ([ExtendedKeyUsageOID.ANY_EXTENDED_KEY_USAGE], True),
        ([x509.ObjectIdentifier("1.3.6.1.5.5.7.3.36")], True),  # documentSigning (RFC 9336)
        ([ExtendedKeyUsageOID.SERVER_AUTH], False),
        ([ExtendedKeyUsageOID.CLIENT_AUTH], False),
    ],
)
def test_extended_key_usage_policy(three_levels: dict, eku: list | None, trusted: bool) -> None:
    now = dt.datetime.now(dt.UTC)
    leaf, _key = _make("Signer", three_levels["inter"], ca=False, start=now - DAY, end=now + DAY, eku=eku)
    result = validate_chain(leaf, [three_levels["inter"][0]], [three_levels["root"][0]], at=now)
    assert result.trusted is trusted
    if not trusted:
        assert result.sub_indication == "CHAIN_CONSTRAINTS_FAILURE"


def test_ca_used_as_signer_is_refused(three_levels: dict) -> None:
    result = validate_chain(
        three_levels["inter"][0], [], [three_levels["root"][0]], at=dt.datetime.now(dt.UTC)
    )
    _assert_refused(result, "CHAIN_CONSTRAINTS_FAILURE")


# ------------------------------------------------------------------------------------ certificate files


def test_pem_bundle(pki: DemoPki) -> None:
    ca, claire = _ca(pki, "BE"), _cert(pki, "Claire Dubois")
    key_block = load(identity(pki, "Claire Dubois")).private_key.private_bytes(
        PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    bundle = (
        b"Partner bundle\r\n"
        + ca.public_bytes(PEM)
        + key_block
        + claire.public_bytes(PEM)
        + ca.public_bytes(PEM)
    )
    assert load_certificates(bundle) == [ca, claire]


def test_der_certificate(pki: DemoPki) -> None:
    claire = _cert(pki, "Claire Dubois")
    assert load_certificates(claire.public_bytes(DER)) == [claire]
    assert load_certificates(bytearray(claire.public_bytes(DER))) == [claire]


@pytest.mark.parametrize("outform", ["DER", "PEM"])
def test_pkcs7_bundle_made_by_openssl(pki: DemoPki, tmp_path: Path, outform: str) -> None:
    target = tmp_path / f"bundle.p7b.{outform.lower()}"
    result = subprocess.run(
        [
            OPENSSL, "crl2pkcs7", "-nocrl", "-certfile", str(pki.ca_paths["NL"]),
            "-certfile", str(identity(pki, "Joris de Vries").certificate_path), "-outform", outform, "-out", str(target),
        ],
        capture_output=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert set(load_certificates(target.read_bytes())) == {_ca(pki, "NL"), _cert(pki, "Joris de Vries")}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n", "empty"),
        (b"garbage", "no certificate this program can read"),
        (b"\x30\x03\x02\x01\x00", "no certificate this program can read"),
        (b"-----BEGIN CERTIFICATE-----\nnot*base64\n-----END CERTIFICATE-----\n", "base64"),
        (
            b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
            "no certificate this program can read",
        ),
        (b"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n", "holds no certificate"),
        (b"-----BEGIN PKCS7-----\nAAAA\n-----END PKCS7-----\n", "no certificate this program can read"),
        (b"0" * 5_000_001, "larger than 5 MB"),
        ("text, not bytes", "bytes"),
    ],
)
def test_garbage_is_a_certificate_error(data: bytes, message: str) -> None:
    with pytest.raises(CertificateError, match=message):
        load_certificates(data)


def test_too_many_certificates(pki: DemoPki) -> None:
    pem = _ca(pki, "BE").public_bytes(PEM)
    assert len(load_certificates(pem * 500)) == 1
    with pytest.raises(CertificateError, match="more than 500"):
        load_certificates(pem * 501)


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=2000), pem=st.booleans())
def test_load_certificates_raises_only_certificate_error(data: bytes, pem: bool) -> None:
    if pem:
        data = b"-----BEGIN CERTIFICATE-----\n" + data + b"\n-----END CERTIFICATE-----\n"
    try:
        load_certificates(data)
    except CertificateError as error:
        assert str(error).endswith(".")


# ------------------------------------------------------------------------------------------ expiry


def test_expiry_warning(pki: DemoPki) -> None:
    claire = _cert(pki, "Claire Dubois")
    end = claire.not_valid_after_utc
    assert expiry_warning(claire, now=end - 90 * DAY) is None
    warned = expiry_warning(claire, now=end - 30 * DAY)
    assert warned is not None
    soon = str(warned)
    assert "expires on" in soon and "in 30 day(s)" in soon and "CN=Claire Dubois" in soon
    assert expiry_warning(claire, now=end - 90 * DAY, within_days=100) is not None
    expired = expiry_warning(claire, now=end + DAY)
    assert expired is not None
    gone = str(expired)
    assert "expired on" in gone and gone.endswith(".")
    with pytest.raises(ValueError, match="time zone"):
        expiry_warning(claire, now=dt.datetime(2026, 1, 1))
