"""Detached CAdES baseline-B signatures: ours verified by real OpenSSL, OpenSSL's verified by ours."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from asn1crypto import cms, tsp
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import NameOID
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.exchange.cades import NO_SIGNING_CERT_V2, SignatureCheck, sign_detached, verify_detached
from desktop.exchange.pki import Credential, DemoPki
from tests.pki_fixtures import identity, load, session_test_pki

OPENSSL = "/usr/bin/openssl"
CONTENT = b'<?xml version="1.0"?><ASiCManifest>request.json sha256 ...</ASiCManifest>\n'
OID_SIGNING_CERTIFICATE_V2 = "1.2.840.113549.1.9.16.2.47"
OID_SIGNING_TIME = "1.2.840.113549.1.9.5"


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> DemoPki:
    return session_test_pki(tmp_path_factory)


@pytest.fixture(scope="session")
def claire(pki: DemoPki) -> Credential:
    return load(identity(pki, "Claire Dubois"))


@pytest.fixture(scope="session")
def joris(pki: DemoPki) -> Credential:
    return load(identity(pki, "Joris de Vries"))


@pytest.fixture(scope="session")
def work(tmp_path_factory: pytest.TempPathFactory, claire: Credential, joris: Credential) -> Path:
    """A folder with the content, and Claire's and Joris's certificates and keys as PEM for OpenSSL."""
    directory = tmp_path_factory.mktemp("cades")
    (directory / "data.bin").write_bytes(CONTENT)
    for name, credential in (("claire", claire), ("joris", joris)):
        (directory / f"{name}.pem").write_bytes(
            credential.certificate.public_bytes(serialization.Encoding.PEM)
        )
        (directory / f"{name}.key").write_bytes(
            credential.private_key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        )
    return directory


@pytest.fixture(scope="session")
def claire_signature(claire: Credential) -> bytes:
    return sign_detached(CONTENT, claire)


def _openssl(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([OPENSSL, *map(str, args)], capture_output=True, cwd=cwd, check=False)


def _openssl_sign(work: Path, who: str, *extra: str) -> bytes:
    out = work / f"openssl-{who}-{'-'.join(e.strip('-').replace(':', '_') for e in extra) or 'plain'}.p7s"
    result = _openssl(
        "cms", "-sign", "-binary", "-md", "sha256", "-signer", f"{who}.pem", "-inkey", f"{who}.key",
        "-outform", "DER", "-in", "data.bin", "-out", out.name, *extra, cwd=work,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return out.read_bytes()


def _openssl_verify(signature: bytes, ca: Path, tmp_path: Path) -> subprocess.CompletedProcess[bytes]:
    (tmp_path / "sig.p7s").write_bytes(signature)
    (tmp_path / "data.bin").write_bytes(CONTENT)
    return _openssl(
        "cms", "-verify", "-binary", "-inform", "DER", "-in", "sig.p7s", "-content", "data.bin",
        "-CAfile", ca, "-out", "/dev/null", cwd=tmp_path,
    )  # fmt: skip


def _signer_info(signature: bytes) -> cms.SignerInfo:
    return cms.ContentInfo.load(signature)["content"]["signer_infos"][0]


def _resign(
    signature: bytes, credential: Credential, edit: Callable[[list[cms.CMSAttribute]], list[cms.CMSAttribute]]
) -> bytes:
    """Re-sign `signature` after `edit` changed its signed attributes: a validly signed odd structure."""
    info = cms.ContentInfo.load(signature)
    signer_info = info["content"]["signer_infos"][0]
    attributes = cms.CMSAttributes(edit(list(signer_info["signed_attrs"])))
    to_sign = attributes.dump()
    key = credential.private_key
    if isinstance(key, ec.EllipticCurvePrivateKey):
        value = key.sign(to_sign, ec.ECDSA(hashes.SHA256()))
    else:
        value = key.sign(to_sign, padding.PKCS1v15(), hashes.SHA256())
    signer_info["signed_attrs"] = attributes
    signer_info["signature"] = value
    return info.dump(force=True)


def _without(oid: str) -> Callable[[list[cms.CMSAttribute]], list[cms.CMSAttribute]]:
    return lambda attributes: [a for a in attributes if a["type"].dotted != oid]


def _assert_failed(check: SignatureCheck, sub_indication: str) -> None:
    assert not check.intact
    assert check.sub_indication == sub_indication
    assert check.problems and all(str(p).endswith(".") for p in check.problems)


# ---------------------------------------------------------------------------------------- interop


@pytest.mark.parametrize("who", ["Claire Dubois", "Joris de Vries"])
def test_openssl_verifies_ours(pki: DemoPki, who: str, tmp_path: Path) -> None:
    person = identity(pki, who)
    signature = sign_detached(CONTENT, load(person))
    result = _openssl_verify(signature, pki.ca_paths[person.country], tmp_path)
    assert result.returncode == 0, result.stderr
    assert b"Verification successful" in result.stderr
    tampered = _openssl(
        "cms", "-verify", "-binary", "-inform", "DER", "-in", "sig.p7s", "-content", "/dev/null",
        "-CAfile", pki.ca_paths[person.country], "-out", "/dev/null", cwd=tmp_path,
    )  # fmt: skip
    assert tampered.returncode != 0


def test_openssl_shows_cades_attributes(claire_signature: bytes, tmp_path: Path) -> None:
    (tmp_path / "sig.p7s").write_bytes(claire_signature)
    printed = _openssl("cms", "-cmsout", "-print", "-inform", "DER", "-in", "sig.p7s", cwd=tmp_path)
    assert printed.returncode == 0, printed.stderr
    text = printed.stdout.decode()
    for oid in (OID_SIGNING_CERTIFICATE_V2, OID_SIGNING_TIME, "1.2.840.113549.1.9.3", "1.2.840.113549.1.9.4"):
        assert f"({oid})" in text
    assert "eContent: <ABSENT>" in text
    parsed = _openssl("asn1parse", "-inform", "DER", "-in", "sig.p7s", cwd=tmp_path)
    assert parsed.returncode == 0, parsed.stderr
    listing = parsed.stdout.decode()
    for name in ("id-smime-aa-signingCertificateV2", "signingTime", "messageDigest", "contentType"):
        assert f":{name}" in listing
    assert listing.count(":id-smime-aa-signingCertificateV2") == 1 and listing.count(":signingTime") == 1


def test_structure_is_baseline_b(claire: Credential, claire_signature: bytes) -> None:
    info = cms.ContentInfo.load(claire_signature)
    assert info["content_type"].native == "signed_data"
    signed_data = info["content"]
    assert signed_data["version"].native == "v1"
    assert [a["algorithm"].native for a in signed_data["digest_algorithms"]] == ["sha256"]
    assert signed_data["encap_content_info"]["content_type"].native == "data"
    assert signed_data["encap_content_info"]["content"].native is None
    carried = {c.chosen.dump() for c in signed_data["certificates"]}
    der = serialization.Encoding.DER
    assert carried == {c.public_bytes(der) for c in (claire.certificate, *claire.chain)}
    signer_info = _signer_info(claire_signature)
    assert signer_info["sid"].name == "issuer_and_serial_number"
    assert signer_info["sid"].chosen["serial_number"].native == claire.certificate.serial_number
    assert signer_info["signature_algorithm"]["algorithm"].native == "sha256_ecdsa"
    types = [a["type"].native for a in signer_info["signed_attrs"]]
    assert sorted(types) == sorted(
        ["content_type", "signing_time", "message_digest", "signing_certificate_v2"]
    )
    attributes = {a["type"].native: a["values"] for a in signer_info["signed_attrs"]}
    assert all(len(values) == 1 for values in attributes.values())
    assert attributes["message_digest"][0].native == hashlib.sha256(CONTENT).digest()
    cert_id = attributes["signing_certificate_v2"][0]["certs"][0]
    assert cert_id["cert_hash"].native == hashlib.sha256(claire.certificate.public_bytes(der)).digest()
    assert b"\x60\x86\x48\x01\x65\x03\x04\x02\x01" not in cert_id.dump()  # SHA-256 is the omitted default
    assert cert_id["issuer_serial"]["serial_number"].native == claire.certificate.serial_number


def test_rsa_uses_sha256_with_rsa(joris: Credential) -> None:
    signer_info = _signer_info(sign_detached(CONTENT, joris))
    assert signer_info["signature_algorithm"]["algorithm"].native == "sha256_rsa"


@pytest.mark.parametrize(
    ("moment", "kind"),
    [
        (dt.datetime(2026, 3, 1, 13, 0, 5, 987654, tzinfo=dt.timezone(dt.timedelta(hours=1))), "utc_time"),
        (dt.datetime(2050, 1, 1, 0, 0, 0, tzinfo=dt.UTC), "generalized_time"),
    ],
)
def test_signing_time_is_reported(
    claire: Credential, pki: DemoPki, moment: dt.datetime, kind: str, tmp_path: Path
) -> None:
    signature = sign_detached(CONTENT, claire, signing_time=moment)
    assert _openssl_verify(signature, pki.ca_paths["BE"], tmp_path).returncode == 0
    attributes = {a["type"].native: a["values"][0] for a in _signer_info(signature)["signed_attrs"]}
    assert attributes["signing_time"].name == kind
    check = verify_detached(signature, CONTENT)
    assert check.intact
    assert check.signing_time == moment.astimezone(dt.UTC).replace(microsecond=0)
    assert check.signing_time is not None and check.signing_time.tzinfo == dt.UTC


def test_naive_signing_time_is_refused(claire: Credential) -> None:
    with pytest.raises(ValueError, match="time zone"):
        sign_detached(CONTENT, claire, signing_time=dt.datetime(2026, 1, 1))


def test_default_signing_time_is_now(claire_signature: bytes) -> None:
    check = verify_detached(claire_signature, CONTENT)
    assert check.signing_time is not None
    assert abs(dt.datetime.now(dt.UTC) - check.signing_time) < dt.timedelta(minutes=5)
    assert check.signing_time.microsecond == 0


# ------------------------------------------------------------------------------------------- verifying


@pytest.mark.parametrize("who", ["Claire Dubois", "Joris de Vries"])
def test_ours_is_intact(pki: DemoPki, who: str) -> None:
    credential = load(identity(pki, who))
    check = verify_detached(sign_detached(CONTENT, credential), CONTENT)
    assert check.intact and check.sub_indication is None and check.problems == ()
    assert check.signer == credential.certificate
    assert set(check.certificates) == {credential.certificate, *credential.chain}


@pytest.mark.parametrize("who", ["claire", "joris"])
def test_openssl_cades_signature_is_intact(work: Path, who: str, request: pytest.FixtureRequest) -> None:
    check = verify_detached(_openssl_sign(work, who, "-cades"), CONTENT)
    assert check.intact, check.problems
    assert check.problems == ()
    assert check.signer == request.getfixturevalue(who).certificate


@pytest.mark.parametrize("who", ["claire", "joris"])
def test_openssl_plain_cms_is_intact_with_note(work: Path, who: str) -> None:
    check = verify_detached(_openssl_sign(work, who), CONTENT)
    assert check.intact
    assert check.problems == (NO_SIGNING_CERT_V2,)
    assert check.signing_time is not None


def test_openssl_rsa_pss_and_sha512_are_intact(work: Path) -> None:
    assert verify_detached(
        _openssl_sign(work, "joris", "-cades", "-keyopt", "rsa_padding_mode:pss"), CONTENT
    ).intact
    sha512 = _openssl(
        "cms", "-sign", "-binary", "-md", "sha512", "-cades", "-signer", "claire.pem", "-inkey", "claire.key",
        "-outform", "DER", "-in", "data.bin", cwd=work,
    )  # fmt: skip
    assert verify_detached(sha512.stdout, CONTENT).intact


def test_openssl_sha1_is_a_format_failure(work: Path) -> None:
    sha1 = _openssl(
        "cms", "-sign", "-binary", "-md", "sha1", "-signer", "claire.pem", "-inkey", "claire.key",
        "-outform", "DER", "-in", "data.bin", cwd=work,
    )  # fmt: skip
    assert sha1.returncode == 0
    _assert_failed(verify_detached(sha1.stdout, CONTENT), "FORMAT_FAILURE")


def test_attached_and_two_signer_signatures_are_format_failures(work: Path) -> None:
    attached = _openssl_sign(work, "claire", "-nodetach")
    _assert_failed(verify_detached(attached, CONTENT), "FORMAT_FAILURE")
    two = _openssl_sign(work, "claire", "-signer", "joris.pem", "-inkey", "joris.key")
    check = verify_detached(two, CONTENT)
    _assert_failed(check, "FORMAT_FAILURE")
    assert "exactly one signer" in str(check.problems[0])


def test_tampered_content_is_a_hash_failure(claire: Credential, claire_signature: bytes) -> None:
    check = verify_detached(claire_signature, CONTENT.replace(b"sha256", b"sha257"))
    _assert_failed(check, "HASH_FAILURE")
    assert check.signer == claire.certificate  # still says who claimed to sign


def test_flipped_signature_byte_is_a_crypto_failure(claire_signature: bytes, joris: Credential) -> None:
    for signature in (claire_signature, sign_detached(CONTENT, joris)):
        value = _signer_info(signature)["signature"].native
        at = signature.rindex(value) + len(value) - 1
        flipped = signature[:at] + bytes([signature[at] ^ 0x01]) + signature[at + 1 :]
        _assert_failed(verify_detached(flipped, CONTENT), "SIG_CRYPTO_FAILURE")


def _swap_certificates(signature: bytes, certificates: list[x509.Certificate]) -> bytes:
    info = cms.ContentInfo.load(signature)
    der = serialization.Encoding.DER
    info["content"]["certificates"] = [
        cms.CertificateChoices.load(
            cms.CertificateChoices(name="certificate", value=cms.Certificate.load(c.public_bytes(der))).dump()
        )
        for c in certificates
    ]
    return info.dump(force=True)


def test_swapped_certificate_is_detected(claire: Credential, claire_signature: bytes, pki: DemoPki) -> None:
    pieter = load(identity(pki, "Pieter Janssens")).certificate
    check = verify_detached(_swap_certificates(claire_signature, [pieter, *claire.chain]), CONTENT)
    _assert_failed(check, "NO_SIGNING_CERTIFICATE_FOUND")
    assert check.signer is None
    # A look-alike: same issuer name and serial number, another key (what an attacker would try).
    impostor_key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    impostor = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Claire Dubois")]))
        .issuer_name(claire.certificate.issuer)
        .public_key(impostor_key.public_key())
        .serial_number(claire.certificate.serial_number)
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=1))
        .sign(impostor_key, hashes.SHA256())
    )
    check = verify_detached(_swap_certificates(claire_signature, [impostor]), CONTENT)
    _assert_failed(check, "NO_SIGNING_CERTIFICATE_FOUND")
    assert "different certificate" in str(check.problems[0])


def test_wrong_signing_certificate_v2_hash(claire: Credential, claire_signature: bytes) -> None:
    def edit(attributes: list[cms.CMSAttribute]) -> list[cms.CMSAttribute]:
        ess = tsp.SigningCertificateV2({"certs": [{"cert_hash": b"\x00" * 32}]})
        return [
            *_without(OID_SIGNING_CERTIFICATE_V2)(attributes),
            cms.CMSAttribute({"type": "signing_certificate_v2", "values": [ess]}),
        ]

    _assert_failed(
        verify_detached(_resign(claire_signature, claire, edit), CONTENT), "NO_SIGNING_CERTIFICATE_FOUND"
    )


def test_signing_certificate_v1_is_accepted_with_note(claire: Credential, claire_signature: bytes) -> None:
    sha1 = hashlib.sha1(claire.certificate.public_bytes(serialization.Encoding.DER), usedforsecurity=False)

    def edit(attributes: list[cms.CMSAttribute]) -> list[cms.CMSAttribute]:
        v1 = tsp.SigningCertificate({"certs": [{"cert_hash": sha1.digest()}]})
        return [
            *_without(OID_SIGNING_CERTIFICATE_V2)(attributes),
            cms.CMSAttribute({"type": "signing_certificate", "values": [v1]}),
        ]

    check = verify_detached(_resign(claire_signature, claire, edit), CONTENT)
    assert check.intact
    assert len(check.problems) == 1 and "SHA-1" in str(check.problems[0])


def test_missing_or_duplicated_attributes(claire: Credential, claire_signature: bytes) -> None:
    no_time = verify_detached(_resign(claire_signature, claire, _without(OID_SIGNING_TIME)), CONTENT)
    assert no_time.intact and no_time.signing_time is None
    assert [str(p) for p in no_time.problems] == ["The signature carries no signing time."]
    for oid in ("1.2.840.113549.1.9.3", "1.2.840.113549.1.9.4"):
        _assert_failed(
            verify_detached(_resign(claire_signature, claire, _without(oid)), CONTENT), "FORMAT_FAILURE"
        )
    doubled = _resign(claire_signature, claire, lambda attributes: [*attributes, attributes[0]])
    _assert_failed(verify_detached(doubled, CONTENT), "FORMAT_FAILURE")

    def other_type(attributes: list[cms.CMSAttribute]) -> list[cms.CMSAttribute]:
        changed = cms.CMSAttribute({"type": "content_type", "values": [cms.ContentType("signed_data")]})
        return [*_without("1.2.840.113549.1.9.3")(attributes), changed]

    _assert_failed(verify_detached(_resign(claire_signature, claire, other_type), CONTENT), "FORMAT_FAILURE")


def test_encrypted_message_is_not_signed_data(pki: DemoPki) -> None:
    recipient = load(pki.agency_encryption["BE-FEDPOL-CGI"]).certificate
    enveloped = (
        pkcs7.PKCS7EnvelopeBuilder()
        .set_data(CONTENT)
        .add_recipient(recipient)
        .encrypt(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary])
    )
    _assert_failed(verify_detached(enveloped, CONTENT), "SIGNED_DATA_NOT_FOUND")


@pytest.mark.parametrize(
    "signature",
    [b"", b"\x00", b"garbage", b"\x30\x80", b"\x30" * 1_000_001, "not bytes", None],
)
def test_garbage_never_raises(signature: object) -> None:
    check = verify_detached(signature, CONTENT)  # type: ignore[arg-type]
    _assert_failed(check, "FORMAT_FAILURE")
    assert check.signer is None and check.certificates == ()


def test_oversized_signature_is_refused(claire_signature: bytes) -> None:
    check = verify_detached(claire_signature + b"\x00" * 1_000_000, CONTENT)
    _assert_failed(check, "FORMAT_FAILURE")
    assert "1 MB" in str(check.problems[0])


def test_trailing_bytes_are_refused(claire_signature: bytes) -> None:
    _assert_failed(verify_detached(claire_signature + b"\x00", CONTENT), "FORMAT_FAILURE")


# ------------------------------------------------------------------------------------------- property


@pytest.fixture(scope="session")
def bare_signature(claire: Credential) -> bytes:
    """Only the signer certificate inside: then every byte is covered by the signature or the ESS hash."""
    return sign_detached(CONTENT, dataclasses.replace(claire, chain=()))


_MUTATION = st.one_of(
    st.tuples(st.just("flip"), st.integers(min_value=0), st.integers(min_value=1, max_value=255)),
    st.tuples(st.just("insert"), st.integers(min_value=0), st.integers(min_value=0, max_value=255)),
    st.tuples(st.just("delete"), st.integers(min_value=0), st.just(0)),
    st.tuples(st.just("truncate"), st.integers(min_value=0), st.just(0)),
)


def _mutate(data: bytes, mutation: tuple[str, int, int]) -> bytes:
    kind, position, value = mutation
    if not data:
        return bytes([value]) if kind == "insert" else data
    at = position % (len(data) + (1 if kind == "insert" else 0))
    if kind == "flip":
        return data[:at] + bytes([data[at] ^ value]) + data[at + 1 :]
    if kind == "insert":
        return data[:at] + bytes([value]) + data[at:]
    if kind == "delete":
        return data[:at] + data[at + 1 :]
    return data[:at]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutations=st.lists(_MUTATION, min_size=1, max_size=3))
def test_mutated_signature_never_raises_and_is_never_intact(bare_signature: bytes, mutations: list) -> None:
    mutated = bare_signature
    for mutation in mutations:
        mutated = _mutate(mutated, mutation)
    check = verify_detached(mutated, CONTENT)
    assert isinstance(check, SignatureCheck)
    assert check.intact == (mutated == bare_signature)


@settings(max_examples=300, deadline=None)
@given(
    data=st.binary(max_size=3000),
    prefix=st.sampled_from([b"", b"\x30\x82", b"\x30\x80\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x02"]),
)
def test_random_bytes_never_raise(data: bytes, prefix: bytes) -> None:
    check = verify_detached(prefix + data, CONTENT)
    assert not check.intact and check.sub_indication is not None and check.problems
