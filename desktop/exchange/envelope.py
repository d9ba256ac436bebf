"""Encrypting a package for partner agencies: CMS EnvelopedData (RFC 5652), AES-256-CBC, RSA key transport.

`encrypt_for` wraps the bytes (a signed .asice) for one or more RSA recipient certificates with
cryptography's PKCS7EnvelopeBuilder (PKCS#1 v1.5 key transport, the only one it writes); the
Binary option keeps the bytes exactly as they are (no S/MIME line-ending conversion). OpenSSL
opens the result with `openssl cms -decrypt -binary -inform DER -recip cert.pem -inkey key.pem`.

`decrypt` opens such a package, ours or `openssl cms -encrypt -binary -aes256 -outform DER`'s.
RSA-OAEP key transport and AES-GCM (AuthEnvelopedData) are not supported by cryptography and
are refused with a sentence, and so are recipients named by subject key identifier
(`openssl cms -encrypt -keyid`), which cryptography 50 cannot parse. When decryption fails, a
small DER walk over the RecipientInfos decides whether the package was addressed to the
certificate at all, so that case gets its own sentence; the walk never decides success.
Encryption gives confidentiality only: the signatures inside the container give integrity.
"""

from __future__ import annotations

from collections.abc import Sequence

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.ciphers import algorithms
from cryptography.hazmat.primitives.serialization import pkcs7

from desktop.sentences import Sentence, template

MAX_ENVELOPE_BYTES = 64 << 20
_ENVELOPED_DATA_OID = bytes.fromhex("06092a864886f70d010703")  # 1.2.840.113549.1.7.3, with its tag and length
# id-ct-authEnvelopedData (RFC 5083), 1.2.840.113549.1.9.16.1.23, as a DER OID.
_AUTH_ENVELOPED_DATA_OID = bytes.fromhex("060b2a864886f70d0109100117")
_NOT_FOR_US = template("This package was not encrypted for your agency's certificate.")


class EnvelopeError(Sentence, ValueError):
    """Encryption or decryption failed; the message is one plain sentence."""


def encrypt_for(data: bytes, recipients: Sequence[x509.Certificate]) -> bytes:
    """DER CMS EnvelopedData of `data` (AES-256-CBC) that each recipient's RSA private key can open."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise EnvelopeError("The data to encrypt must be bytes.")
    if not recipients:
        raise EnvelopeError("At least one recipient certificate is needed to encrypt a package.")
    builder = (
        pkcs7.PKCS7EnvelopeBuilder().set_data(bytes(data)).set_content_encryption_algorithm(algorithms.AES256)
    )
    for certificate in recipients:
        if not isinstance(certificate, x509.Certificate):
            raise EnvelopeError("Each recipient of an encrypted package must be an X.509 certificate.")
        try:
            key = certificate.public_key()
        except (UnsupportedAlgorithm, ValueError) as error:
            raise EnvelopeError(
                'The public key of the certificate "{subject}" cannot be read.', subject=_subject(certificate)
            ) from error
        if not isinstance(key, rsa.RSAPublicKey):
            raise EnvelopeError(
                'The certificate "{subject}" has no RSA key, and packages can only be encrypted for RSA keys.',
                subject=_subject(certificate),
            )
        builder = builder.add_recipient(certificate)
    result = builder.encrypt(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary])
    if len(result) > MAX_ENVELOPE_BYTES:
        raise EnvelopeError(
            "The encrypted package would be larger than the limit of {limit} bytes.", limit=MAX_ENVELOPE_BYTES
        )
    return result


def is_enveloped(data: bytes) -> bool:
    """Whether `data` starts like an encrypted CMS ContentInfo (a sniff: nothing is decrypted).

    AuthEnvelopedData (AES-GCM) counts as encrypted too, so that it reaches decrypt() and is
    refused with its own sentence instead of being taken for a damaged ZIP.
    """
    return _content_type(data) in (_ENVELOPED_DATA_OID, _AUTH_ENVELOPED_DATA_OID)


def _content_type(data: bytes) -> bytes | None:
    """The DER-encoded OID (tag and length included) at the start of a ContentInfo, if any."""
    if not isinstance(data, bytes | bytearray | memoryview):
        return None
    head = bytes(data[:32])
    if len(head) < 2 or head[0] != 0x30:
        return None
    length_byte = head[1]
    if length_byte & 0x80 and length_byte != 0x80:  # long definite form; 0x80 alone is BER indefinite
        size = length_byte & 0x7F
        if not 1 <= size <= 4:
            return None
        start = 2 + size
    else:
        start = 2
    for oid in (_ENVELOPED_DATA_OID, _AUTH_ENVELOPED_DATA_OID):
        if head[start : start + len(oid)] == oid:
            return oid
    return None


def decrypt(data: bytes, certificate: x509.Certificate, private_key: rsa.RSAPrivateKey) -> bytes:
    """The plaintext of an EnvelopedData addressed to `certificate`, opened with its RSA `private_key`."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise EnvelopeError("The encrypted package must be given as bytes.")
    if len(data) > MAX_ENVELOPE_BYTES:
        raise EnvelopeError(
            "The encrypted package is larger than the limit of {limit} bytes.", limit=MAX_ENVELOPE_BYTES
        )
    if _content_type(bytes(data[:32])) == _AUTH_ENVELOPED_DATA_OID:
        raise EnvelopeError(
            "This package is encrypted with AES-GCM (CMS AuthEnvelopedData), which this version cannot open; "
            "ask the sender to encrypt with AES-256-CBC (openssl cms -encrypt -aes256)."
        )
    if not isinstance(private_key, rsa.RSAPrivateKey):
        raise EnvelopeError("Only an RSA private key can open an encrypted package.")
    if not isinstance(certificate, x509.Certificate):
        raise EnvelopeError("The decryption certificate must be an X.509 certificate.")
    try:
        public = certificate.public_key()
    except (UnsupportedAlgorithm, ValueError) as error:
        raise EnvelopeError("The public key of the decryption certificate cannot be read.") from error
    if (
        not isinstance(public, rsa.RSAPublicKey)
        or public.public_numbers() != private_key.public_key().public_numbers()
    ):
        raise EnvelopeError("The private key does not belong to the decryption certificate.")
    if not is_enveloped(data):
        raise EnvelopeError("The file is not an encrypted CMS package (EnvelopedData).")
    data = bytes(data)
    try:
        return pkcs7.pkcs7_decrypt_der(data, certificate, private_key, [])
    except UnsupportedAlgorithm as error:
        raise EnvelopeError(
            "The package uses an encryption scheme that is not supported (only RSA PKCS#1 v1.5 with AES-CBC is)."
        ) from error
    except Exception as error:  # cryptography raises ValueError with parser details; the user gets a sentence
        match = _recipient_match(data, certificate)
        if "no recipient" in str(error).lower() or match == "none":
            raise EnvelopeError(_NOT_FOR_US) from error
        if match == "key-id":
            raise EnvelopeError(
                "The package names your certificate by its subject key identifier, which is not supported; "
                "the sender must address it by issuer and serial number."
            ) from error
        raise EnvelopeError("The encrypted package is damaged and could not be decrypted.") from error


def _subject(certificate: x509.Certificate) -> str:
    names = certificate.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
    value = names[0].value if names else certificate.subject.rfc4514_string()
    return value if isinstance(value, str) else value.decode("utf-8", "replace")


class _Malformed(Exception):
    pass


def _tlv(data: bytes, position: int, end: int) -> tuple[int, int, int]:
    """(tag, content start, content end) of the DER element at `position`; definite lengths only."""
    if position + 2 > end:
        raise _Malformed
    tag, length = data[position], data[position + 1]
    if tag & 0x1F == 0x1F:
        raise _Malformed
    position += 2
    if length & 0x80:
        size = length & 0x7F
        if not 1 <= size <= 4 or position + size > end:
            raise _Malformed
        length = int.from_bytes(data[position : position + size], "big")
        position += size
    if position + length > end:
        raise _Malformed
    return tag, position, position + length


def _children(data: bytes, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """(tag, element start, content start, content end) of each element in data[start:end]."""
    children = []
    while start < end:
        tag, content, stop = _tlv(data, start, end)
        children.append((tag, start, content, stop))
        start = stop
    return children


def _recipient_match(data: bytes, certificate: x509.Certificate) -> str | None:
    """How a key-transport RecipientInfo names `certificate`: "issuer-serial", "key-id" or "none".

    None when the structure cannot be walked (BER indefinite lengths, damage).
    """
    try:
        _, start, end = _tlv(data, 0, len(data))
        _, _, start, end = _children(data, start, end)[1]  # ContentInfo.content, [0] EXPLICIT
        _, _, start, end = _children(data, start, end)[0]  # EnvelopedData
        recipient_set = next(field for field in _children(data, start, end)[1:] if field[0] == 0x31)
        identifiers = [
            _children(data, start, end)[1]  # KeyTransRecipientInfo: version, rid, …
            for tag, _, start, end in _children(data, recipient_set[2], recipient_set[3])
            if tag == 0x30
        ]
    except (_Malformed, IndexError, StopIteration):
        return None
    issuer = certificate.issuer.public_bytes()
    try:
        key_id = certificate.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
    except x509.ExtensionNotFound:
        key_id = None
    for tag, _element, start, end in identifiers:
        if tag == 0x80 and key_id is not None and data[start:end] == key_id:
            return "key-id"
        if tag == 0x30:
            try:
                parts = _children(data, start, end)
            except _Malformed:
                continue
            if len(parts) == 2 and parts[1][0] == 0x02:
                name = data[parts[0][1] : parts[0][3]]
                serial = int.from_bytes(data[parts[1][2] : parts[1][3]], "big", signed=True)
                if name == issuer and serial == certificate.serial_number:
                    return "issuer-serial"
    return "none"
