"""CMS EnvelopedData checked against OpenSSL both ways: OpenSSL opens ours, we open OpenSSL's.

RSA-3072 agency certificates (and one EC certificate, which must be refused) are generated for
the module in tmp; no key is committed.
"""

from __future__ import annotations

import datetime
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

from desktop.exchange.envelope import MAX_ENVELOPE_BYTES, EnvelopeError, decrypt, encrypt_for, is_enveloped

OPENSSL = shutil.which("openssl") or "/usr/bin/openssl"
# Bytes a text-mode conversion would damage: CR LF, lone LF, NUL, high bytes, no final newline.
PLAINTEXT = b"PK\x03\x04 signed package\r\nline two\nNUL \x00 and \xff\xfe end"
AES256_CBC_OID = bytes.fromhex("060960864801650304012a")  # 2.16.840.1.101.3.4.1.42 with tag and length

pytestmark = pytest.mark.skipif(not Path(OPENSSL).exists(), reason="needs the openssl command line tool")


class Agency:
    """A key pair, its self-signed certificate, and both written as PEM for OpenSSL."""

    def __init__(self, folder: Path, name: str, key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey) -> None:
        now = datetime.datetime.now(datetime.UTC)
        subject = x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Test Police"),
                             x509.NameAttribute(NameOID.COMMON_NAME, name)])  # fmt: skip
        usage = x509.KeyUsage(
            digital_signature=False, content_commitment=False, key_encipherment=True, data_encipherment=False,
            key_agreement=isinstance(key, ec.EllipticCurvePrivateKey), key_cert_sign=False, crl_sign=False,
            encipher_only=False, decipher_only=False,
        )  # fmt: skip
        self.key = key
        self.certificate = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=2))
            .add_extension(usage, critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256())
        )
        self.cert_pem = folder / f"{name}.pem"
        self.key_pem = folder / f"{name}.key"
        self.cert_pem.write_bytes(self.certificate.public_bytes(serialization.Encoding.PEM))
        self.key_pem.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        )


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("envelope")


@pytest.fixture(scope="module")
def agency(folder: Path) -> Agency:
    return Agency(folder, "agency-be", rsa.generate_private_key(65537, 3072))


@pytest.fixture(scope="module")
def other(folder: Path) -> Agency:
    return Agency(folder, "agency-nl", rsa.generate_private_key(65537, 3072))


def _openssl(*argv: str, stdin: bytes | None = None) -> bytes:
    result = subprocess.run([OPENSSL, *argv], input=stdin, capture_output=True, check=False)
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    return result.stdout


def _openssl_encrypt(folder: Path, *recipients: Agency, extra: tuple[str, ...] = ()) -> bytes:
    source, target = folder / "plain.bin", folder / "openssl.p7m"
    source.write_bytes(PLAINTEXT)
    if extra:
        recipient_args = [arg for agency in recipients for arg in ("-recip", str(agency.cert_pem))]
        _openssl("cms", "-encrypt", "-binary", "-aes256", "-outform", "DER", "-in", str(source), "-out", str(target),
                 *recipient_args, *extra)  # fmt: skip
    else:
        _openssl("cms", "-encrypt", "-binary", "-aes256", "-outform", "DER", "-in", str(source), "-out", str(target),
                 *[str(agency.cert_pem) for agency in recipients])  # fmt: skip
    return target.read_bytes()


def test_openssl_decrypts_ours(folder: Path, agency: Agency) -> None:
    package = folder / "ours.p7m"
    package.write_bytes(encrypt_for(PLAINTEXT, [agency.certificate]))
    plaintext = _openssl(
        "cms", "-decrypt", "-binary", "-inform", "DER", "-in", str(package),
        "-recip", str(agency.cert_pem), "-inkey", str(agency.key_pem),
    )  # fmt: skip
    assert plaintext == PLAINTEXT


def test_ours_uses_aes_256_cbc(agency: Agency) -> None:
    assert AES256_CBC_OID in encrypt_for(PLAINTEXT, [agency.certificate])


def test_we_decrypt_ours_and_openssls(folder: Path, agency: Agency) -> None:
    assert decrypt(encrypt_for(PLAINTEXT, [agency.certificate]), agency.certificate, agency.key) == PLAINTEXT
    assert decrypt(_openssl_encrypt(folder, agency), agency.certificate, agency.key) == PLAINTEXT


def test_several_recipients_each_decrypt(folder: Path, agency: Agency, other: Agency) -> None:
    ours = encrypt_for(PLAINTEXT, [agency.certificate, other.certificate])
    theirs = _openssl_encrypt(folder, agency, other)
    for package in (ours, theirs):
        assert decrypt(package, agency.certificate, agency.key) == PLAINTEXT
        assert decrypt(package, other.certificate, other.key) == PLAINTEXT


def test_wrong_recipient(folder: Path, agency: Agency, other: Agency) -> None:
    for package in (encrypt_for(PLAINTEXT, [agency.certificate]), _openssl_encrypt(folder, agency)):
        with pytest.raises(EnvelopeError) as caught:
            decrypt(package, other.certificate, other.key)
        assert str(caught.value) == "This package was not encrypted for your agency's certificate."


def test_recipient_named_by_subject_key_identifier(folder: Path, agency: Agency, other: Agency) -> None:
    """cryptography 50 cannot parse a version-2 KeyTransRecipientInfo (`-keyid`): a sentence says so."""
    package = _openssl_encrypt(folder, agency, extra=("-keyid",))
    with pytest.raises(EnvelopeError) as caught:
        decrypt(package, agency.certificate, agency.key)
    assert str(caught.value) == (
        "The package names your certificate by its subject key identifier, which is not supported; "
        "the sender must address it by issuer and serial number."
    )
    with pytest.raises(
        EnvelopeError, match=r"^This package was not encrypted for your agency's certificate\.$"
    ):
        decrypt(package, other.certificate, other.key)


def test_ec_recipient_refused(folder: Path, agency: Agency) -> None:
    ec_agency = Agency(folder, "agency-lu", ec.generate_private_key(ec.SECP256R1()))
    with pytest.raises(EnvelopeError) as caught:
        encrypt_for(PLAINTEXT, [agency.certificate, ec_agency.certificate])
    assert str(caught.value) == (
        'The certificate "agency-lu" has no RSA key, and packages can only be encrypted for RSA keys.'
    )


def test_no_recipients_refused() -> None:
    with pytest.raises(
        EnvelopeError, match=r"^At least one recipient certificate is needed to encrypt a package\.$"
    ):
        encrypt_for(PLAINTEXT, [])


@pytest.mark.parametrize("garbage", [b"", b"garbage", bytes(64), b"\x30\x03\x06\x01\x00"])
def test_garbage(agency: Agency, garbage: bytes) -> None:
    with pytest.raises(EnvelopeError) as caught:
        decrypt(garbage, agency.certificate, agency.key)
    assert str(caught.value) == "The file is not an encrypted CMS package (EnvelopedData)."


@pytest.mark.parametrize("cut", [1, 17, 200])
def test_truncated_or_damaged_envelope(agency: Agency, cut: int) -> None:
    package = encrypt_for(PLAINTEXT, [agency.certificate])
    with pytest.raises(EnvelopeError) as caught:
        decrypt(package[:-cut], agency.certificate, agency.key)
    assert str(caught.value) == "The encrypted package is damaged and could not be decrypted."
    flipped = bytearray(package)
    flipped[-cut] ^= 0x01
    # AES-CBC carries no integrity of its own: a flipped byte in the last blocks now and then
    # still leaves valid padding (about 1 in 256). Then the output is garbage, never the
    # plaintext, and the signed container inside is what refuses it.
    try:
        opened = decrypt(bytes(flipped), agency.certificate, agency.key)
    except EnvelopeError as caught:
        assert str(caught) == "The encrypted package is damaged and could not be decrypted."
    else:
        assert opened != PLAINTEXT


def test_key_not_matching_certificate(agency: Agency, other: Agency) -> None:
    package = encrypt_for(PLAINTEXT, [agency.certificate])
    with pytest.raises(
        EnvelopeError, match=r"^The private key does not belong to the decryption certificate\.$"
    ):
        decrypt(package, agency.certificate, other.key)


def test_rsa_oaep_from_openssl_is_refused_with_a_sentence(folder: Path, agency: Agency) -> None:
    package = _openssl_encrypt(folder, agency, extra=("-keyopt", "rsa_padding_mode:oaep"))
    with pytest.raises(EnvelopeError) as caught:
        decrypt(package, agency.certificate, agency.key)
    assert str(caught.value) == (
        "The package uses an encryption scheme that is not supported (only RSA PKCS#1 v1.5 with AES-CBC is)."
    )


def test_oversized_input(agency: Agency) -> None:
    with pytest.raises(EnvelopeError) as caught:
        decrypt(bytes(MAX_ENVELOPE_BYTES + 1), agency.certificate, agency.key)
    assert str(caught.value) == "The encrypted package is larger than the limit of 67108864 bytes."


def test_is_enveloped(folder: Path, agency: Agency) -> None:
    assert is_enveloped(encrypt_for(PLAINTEXT, [agency.certificate]))
    assert is_enveloped(_openssl_encrypt(folder, agency))
    gcm = folder / "gcm.p7m"
    _openssl("cms", "-encrypt", "-binary", "-aes-256-gcm", "-outform", "DER", "-in", str(folder / "plain.bin"),
             "-out", str(gcm), str(agency.cert_pem))  # fmt: skip
    # AuthEnvelopedData (AES-GCM) counts as encrypted, so it is refused by decrypt with its own sentence.
    assert is_enveloped(gcm.read_bytes())
    with pytest.raises(EnvelopeError, match="AES-GCM"):
        decrypt(gcm.read_bytes(), agency.certificate, agency.key)
    assert not is_enveloped(agency.certificate.public_bytes(serialization.Encoding.DER))
    assert not is_enveloped(b"PK\x03\x04")
    assert not is_enveloped(b"")
    assert not is_enveloped(b"\x30")
    assert not is_enveloped("0\x82 not bytes")  # type: ignore[arg-type]
