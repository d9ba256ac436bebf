"""Detached CAdES baseline-B signatures (ETSI EN 319 122-1) over a manifest's bytes, made and checked.

`sign_detached` writes a DER CMS SignedData without eContent whose one SignerInfo carries the four
B-B signed attributes exactly once: content-type (id-data), signing-time, message-digest (SHA-256)
and ESS signing-certificate-v2 (RFC 5035, hashAlgorithm omitted as the SHA-256 default, issuerSerial
included). The signer certificate and the credential's CA certificates go into `certificates`.

`verify_detached` checks structure, digest and signature only ("intact"); whether the signer is
trusted is `trust.validate_chain`'s business. It never raises. Decisions:

* A signature without signing-certificate-v2 (stock `openssl cms -sign` without `-cades`) is still
  intact when everything else holds, with a problem sentence saying it is not CAdES baseline B; the
  partner guide asks for `-cades`. The SHA-1 signing-certificate (v1) is accepted the same way.
* The fields outside the signature (versions, algorithm identifiers, the signer identifier) are
  held to RFC 5652 exactly, so changed bytes anywhere make the signature not intact.
* Sub-indications (ETSI EN 319 102-1): FORMAT_FAILURE for anything malformed or unsupported,
  SIGNED_DATA_NOT_FOUND when the bytes are CMS but not SignedData (e.g. an encrypted .p7m),
  NO_SIGNING_CERTIFICATE_FOUND when the signer certificate is missing or the signing-certificate
  attribute names another one, HASH_FAILURE for a content digest mismatch, SIG_CRYPTO_FAILURE when
  the signature value does not verify.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from collections.abc import Callable
from dataclasses import dataclass, field

from asn1crypto import algos, cms, core, tsp  # importing tsp also registers the ESS attribute types
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import Encoding

from desktop.exchange.pki import Credential
from desktop.sentences import Said, said

__all__ = ["MAX_SIGNATURE_BYTES", "SignatureCheck", "sign_detached", "verify_detached"]

MAX_SIGNATURE_BYTES = 1_000_000

FORMAT_FAILURE = "FORMAT_FAILURE"
HASH_FAILURE = "HASH_FAILURE"
SIG_CRYPTO_FAILURE = "SIG_CRYPTO_FAILURE"
SIGNED_DATA_NOT_FOUND = "SIGNED_DATA_NOT_FOUND"
NO_SIGNING_CERTIFICATE_FOUND = "NO_SIGNING_CERTIFICATE_FOUND"

_ID_DATA = "1.2.840.113549.1.7.1"
_ID_SIGNED_DATA = "1.2.840.113549.1.7.2"
_ATTR_CONTENT_TYPE = "1.2.840.113549.1.9.3"
_ATTR_MESSAGE_DIGEST = "1.2.840.113549.1.9.4"
_ATTR_SIGNING_TIME = "1.2.840.113549.1.9.5"
_ATTR_SIGNING_CERT_V1 = "1.2.840.113549.1.9.16.2.12"
_ATTR_SIGNING_CERT_V2 = "1.2.840.113549.1.9.16.2.47"

_DIGESTS: dict[str, type[hashes.HashAlgorithm]] = {
    "2.16.840.1.101.3.4.2.1": hashes.SHA256,
    "2.16.840.1.101.3.4.2.2": hashes.SHA384,
    "2.16.840.1.101.3.4.2.3": hashes.SHA512,
}
_ECDSA = {"1.2.840.10045.4.3.2": "sha256", "1.2.840.10045.4.3.3": "sha384", "1.2.840.10045.4.3.4": "sha512"}
_RSA_PKCS1 = {
    "1.2.840.113549.1.1.11": "sha256",
    "1.2.840.113549.1.1.12": "sha384",
    "1.2.840.113549.1.1.13": "sha512",
}
_EC_PUBLIC_KEY = "1.2.840.10045.2.1"
_RSA_ENCRYPTION = "1.2.840.113549.1.1.1"
_RSA_PSS = "1.2.840.113549.1.1.10"

NO_SIGNING_CERT_V2 = said("The signature lacks the signing-certificate-v2 attribute (not CAdES baseline B).")


@dataclass(frozen=True)
class SignatureCheck:
    """What `verify_detached` found; `intact` says nothing about whether the signer is trusted."""

    intact: bool
    signer: x509.Certificate | None
    certificates: tuple[x509.Certificate, ...]
    signing_time: dt.datetime | None
    sub_indication: str | None
    problems: tuple[Said, ...]


# ------------------------------------------------------------------------------------------------ signing


def _cms_time(moment: dt.datetime) -> cms.Time:
    """RFC 5652 §11.3: UTCTime for 1950–2049, GeneralizedTime outside."""
    kind = "utc_time" if 1950 <= moment.year <= 2049 else "generalized_time"
    return cms.Time(name=kind, value=moment)


def _attribute(kind: str, value: object) -> cms.CMSAttribute:
    return cms.CMSAttribute({"type": kind, "values": [value]})


def sign_detached(
    content: bytes, credential: Credential, *, signing_time: dt.datetime | None = None
) -> bytes:
    """A DER CAdES baseline-B detached signature (CMS SignedData) over `content`."""
    if signing_time is not None and signing_time.tzinfo is None:
        raise ValueError("The signing time must carry a time zone.")
    moment = (signing_time or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    signer_der = credential.certificate.public_bytes(Encoding.DER)
    signer = asn1_x509.Certificate.load(signer_der)
    issuer_serial = {
        "issuer": [asn1_x509.GeneralName(name="directory_name", value=signer.issuer)],
        "serial_number": signer.serial_number,
    }  # hashAlgorithm left out: SHA-256 is its DER default (RFC 5035)
    cert_id = {"cert_hash": hashlib.sha256(signer_der).digest(), "issuer_serial": issuer_serial}
    ess = tsp.SigningCertificateV2({"certs": [cert_id]})
    attributes = cms.CMSAttributes(
        [
            _attribute("content_type", cms.ContentType("data")),
            _attribute("signing_time", _cms_time(moment)),
            _attribute("message_digest", core.OctetString(hashlib.sha256(content).digest())),
            _attribute("signing_certificate_v2", ess),
        ]
    )
    to_sign = attributes.dump()  # universal SET OF, sorted by asn1crypto as DER requires
    key = credential.private_key
    if isinstance(key, ec.EllipticCurvePrivateKey):
        signature = key.sign(to_sign, ec.ECDSA(hashes.SHA256()))
        algorithm = algos.SignedDigestAlgorithm({"algorithm": "sha256_ecdsa"})
    elif isinstance(key, rsa.RSAPrivateKey):
        signature = key.sign(to_sign, padding.PKCS1v15(), hashes.SHA256())
        algorithm = algos.SignedDigestAlgorithm({"algorithm": "sha256_rsa", "parameters": core.Null()})
    else:
        raise ValueError("Only EC and RSA keys can make signatures partners can verify.")
    signer_info = cms.SignerInfo(
        {
            "version": "v1",
            "sid": cms.SignerIdentifier(
                name="issuer_and_serial_number",
                value={"issuer": signer.issuer, "serial_number": signer.serial_number},
            ),
            "digest_algorithm": {"algorithm": "sha256", "parameters": None},
            "signed_attrs": attributes,
            "signature_algorithm": algorithm,
            "signature": signature,
        }
    )
    certificates = [
        signer,
        *(asn1_x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in credential.chain),
    ]
    signed_data = cms.SignedData(
        {
            "version": "v1",
            "digest_algorithms": [{"algorithm": "sha256", "parameters": None}],
            "encap_content_info": {"content_type": "data"},
            "certificates": [cms.CertificateChoices(name="certificate", value=c) for c in certificates],
            "signer_infos": [signer_info],
        }
    )
    return cms.ContentInfo({"content_type": "signed_data", "content": signed_data}).dump()


# ---------------------------------------------------------------------------------------------- verifying


class _Failure(Exception):
    def __init__(self, sub_indication: str, sentence: Said) -> None:
        super().__init__(str(sentence))
        self.sub_indication = sub_indication
        self.sentence = sentence


@dataclass
class _Found:
    signer: x509.Certificate | None = None
    certificates: tuple[x509.Certificate, ...] = ()
    signing_time: dt.datetime | None = None
    notes: list[Said] = field(default_factory=list)


def _params_absent_or_null(algorithm: core.Sequence) -> bool:
    return isinstance(algorithm["parameters"], core.Void | core.Null)


def _digest_of(algorithm: algos.DigestAlgorithm) -> type[hashes.HashAlgorithm]:
    digest = _DIGESTS.get(algorithm["algorithm"].dotted)
    if digest is None or not _params_absent_or_null(algorithm):
        raise _Failure(
            FORMAT_FAILURE,
            said("The signature uses a digest algorithm other than SHA-256, SHA-384 or SHA-512."),
        )
    return digest


def _hash(kind: type[hashes.HashAlgorithm], data: bytes) -> bytes:
    digest = hashes.Hash(kind())
    digest.update(data)
    return digest.finalize()


def _single_attributes(signer_info: cms.SignerInfo) -> dict[str, object]:
    """Signed attribute OID → its one value; duplicates and multi-valued attributes are format failures."""
    attributes = signer_info["signed_attrs"]
    if isinstance(attributes, core.Void) or len(attributes) == 0:
        raise _Failure(FORMAT_FAILURE, said("The signature has no signed attributes, which CAdES requires."))
    found: dict[str, object] = {}
    for attribute in attributes:
        oid = attribute["type"].dotted
        values = attribute["values"]
        if oid in found or len(values) != 1:
            raise _Failure(
                FORMAT_FAILURE, said("A signed attribute appears more than once or holds several values.")
            )
        found[oid] = values[0]
    return found


def _find_signer(signer_info: cms.SignerInfo, carried: list[asn1_x509.Certificate]) -> asn1_x509.Certificate:
    sid = signer_info["sid"]
    for candidate in carried:
        if sid.name == "issuer_and_serial_number":
            issuer_serial = sid.chosen
            tbs = candidate["tbs_certificate"]
            if (
                issuer_serial["issuer"].dump() == tbs["issuer"].dump()
                and issuer_serial["serial_number"].native == tbs["serial_number"].native
            ):
                return candidate
        elif sid.name == "subject_key_identifier" and candidate.key_identifier == sid.chosen.native:
            return candidate
    raise _Failure(
        NO_SIGNING_CERTIFICATE_FOUND, said("The signer's certificate is not included in the signature.")
    )


def _check_signing_certificate(
    attributes: dict[str, object], signer: asn1_x509.Certificate, notes: list[Said]
) -> None:
    signer_der = signer.dump()
    mismatch = _Failure(
        NO_SIGNING_CERTIFICATE_FOUND,
        said(
            "The signing-certificate attribute names a different certificate than the one carried as signer."
        ),
    )
    if _ATTR_SIGNING_CERT_V2 in attributes:
        cert_id = attributes[_ATTR_SIGNING_CERT_V2]["certs"][0]  # type: ignore[index]
        kind = _digest_of(cert_id["hash_algorithm"])
        expected = _hash(kind, signer_der)
    elif _ATTR_SIGNING_CERT_V1 in attributes:
        cert_id = attributes[_ATTR_SIGNING_CERT_V1]["certs"][0]  # type: ignore[index]
        expected = hashlib.sha1(signer_der, usedforsecurity=False).digest()
        notes.append(
            said(
                "The signature identifies its certificate with the older SHA-1 signing-certificate attribute."
            )
        )
    else:
        notes.append(NO_SIGNING_CERT_V2)
        return
    if not hmac.compare_digest(cert_id["cert_hash"].native, expected):
        raise mismatch
    issuer_serial = cert_id["issuer_serial"]
    if not isinstance(issuer_serial, core.Void):
        names = [n.chosen for n in issuer_serial["issuer"] if n.name == "directory_name"]
        if issuer_serial["serial_number"].native != signer.serial_number or signer.issuer not in names:
            raise mismatch


_WRONG_KEY = said("The signature algorithm does not match the signer's key type.")


def _ec_verifier(key: object, kind: type[hashes.HashAlgorithm]) -> Callable[[bytes, bytes], None]:
    if not isinstance(key, ec.EllipticCurvePublicKey):
        raise _Failure(SIG_CRYPTO_FAILURE, _WRONG_KEY)
    return lambda signature, data: key.verify(signature, data, ec.ECDSA(kind()))


def _rsa_verifier(
    key: object, scheme: padding.AsymmetricPadding, kind: type[hashes.HashAlgorithm]
) -> Callable[[bytes, bytes], None]:
    if not isinstance(key, rsa.RSAPublicKey):
        raise _Failure(SIG_CRYPTO_FAILURE, _WRONG_KEY)
    return lambda signature, data: key.verify(signature, data, scheme, kind())


def _verify_signature(signer_info: cms.SignerInfo, certificate: x509.Certificate, digest_name: str) -> None:
    algorithm = signer_info["signature_algorithm"]
    oid = algorithm["algorithm"].dotted
    signed = b"\x31" + signer_info["signed_attrs"].dump()[1:]  # the [0] IMPLICIT tag back to SET OF
    signature = signer_info["signature"].native
    hash_kind = {"sha256": hashes.SHA256, "sha384": hashes.SHA384, "sha512": hashes.SHA512}[digest_name]
    wrong_alg = _Failure(
        FORMAT_FAILURE, said("The signature algorithm is not supported or does not match its digest.")
    )
    key = certificate.public_key()
    if oid in _ECDSA or oid == _EC_PUBLIC_KEY:
        if _ECDSA.get(oid, digest_name) != digest_name or not isinstance(algorithm["parameters"], core.Void):
            raise wrong_alg
        verify = _ec_verifier(key, hash_kind)
    elif oid in _RSA_PKCS1 or oid == _RSA_ENCRYPTION:
        if _RSA_PKCS1.get(oid, digest_name) != digest_name or not _params_absent_or_null(algorithm):
            raise wrong_alg
        verify = _rsa_verifier(key, padding.PKCS1v15(), hash_kind)
    elif oid == _RSA_PSS:
        params = algorithm["parameters"]
        if not isinstance(params, algos.RSASSAPSSParams):
            raise wrong_alg
        mgf = params["mask_gen_algorithm"]
        if (
            params["hash_algorithm"]["algorithm"].native != digest_name
            or not _params_absent_or_null(params["hash_algorithm"])
            or mgf["algorithm"].native != "mgf1"
            or mgf["parameters"]["algorithm"].native != digest_name
            or not _params_absent_or_null(mgf["parameters"])
            or params["trailer_field"].native != "trailer_field_bc"
        ):
            raise wrong_alg
        pss = padding.PSS(mgf=padding.MGF1(hash_kind()), salt_length=params["salt_length"].native)
        verify = _rsa_verifier(key, pss, hash_kind)
    else:
        raise wrong_alg
    try:
        verify(signature, signed)
    except InvalidSignature:
        raise _Failure(
            SIG_CRYPTO_FAILURE, said("The signature value does not verify with the signer's key.")
        ) from None


def _signing_time(value: object) -> dt.datetime:
    moment = value.native  # type: ignore[attr-defined]
    if not isinstance(moment, dt.datetime) or moment.tzinfo is None:
        raise _Failure(FORMAT_FAILURE, said("The signing time in the signature cannot be read."))
    return moment.astimezone(dt.UTC)


def _check(signature_der: bytes, content: bytes, found: _Found) -> None:
    if len(signature_der) > MAX_SIGNATURE_BYTES:
        raise _Failure(
            FORMAT_FAILURE, said("The signature file is larger than 1 MB, which no detached signature needs.")
        )
    info = cms.ContentInfo.load(signature_der, strict=True)
    if info["content_type"].dotted != _ID_SIGNED_DATA:
        raise _Failure(
            SIGNED_DATA_NOT_FOUND, said("The file is a CMS message but not a signature (SignedData).")
        )
    signed_data = info["content"]
    signer_infos = signed_data["signer_infos"]
    if len(signer_infos) != 1:
        raise _Failure(FORMAT_FAILURE, said("The signature must hold exactly one signer."))
    signer_info = signer_infos[0]
    encap = signed_data["encap_content_info"]
    if encap["content_type"].dotted != _ID_DATA:
        raise _Failure(FORMAT_FAILURE, said("The signature does not sign plain data (id-data)."))
    if not isinstance(encap["content"], core.Void):
        raise _Failure(
            FORMAT_FAILURE, said("The signature embeds its content; a detached signature was expected.")
        )
    by_key = signer_info["sid"].name == "subject_key_identifier"
    if signer_info["version"].native != ("v3" if by_key else "v1") or signed_data["version"].native != (
        "v3" if by_key else "v1"
    ):
        raise _Failure(FORMAT_FAILURE, said("The signature's version numbers do not follow RFC 5652."))
    carried: list[asn1_x509.Certificate] = []
    certificate_set = signed_data["certificates"]
    for choice in [] if isinstance(certificate_set, core.Void) else certificate_set:
        if choice.name != "certificate":
            raise _Failure(
                FORMAT_FAILURE, said("The signature carries something other than X.509 certificates.")
            )
        if choice.chosen.serial_number <= 0:  # RFC 5280 forbids it; cryptography would warn, then refuse
            raise _Failure(FORMAT_FAILURE, said("A certificate carried in the signature is damaged."))
        carried.append(choice.chosen)
    try:
        parsed = [x509.load_der_x509_certificate(c.dump()) for c in carried]
    except Exception:
        raise _Failure(FORMAT_FAILURE, said("A certificate carried in the signature is damaged.")) from None
    found.certificates = tuple(parsed)
    digest_kind = _digest_of(signer_info["digest_algorithm"])
    listed = [a["algorithm"].dotted for a in signed_data["digest_algorithms"]]
    for algorithm in signed_data["digest_algorithms"]:
        _digest_of(algorithm)
    if signer_info["digest_algorithm"]["algorithm"].dotted not in listed:
        raise _Failure(FORMAT_FAILURE, said("The signer's digest algorithm is missing from the SignedData."))
    attributes = _single_attributes(signer_info)
    if _ATTR_SIGNING_TIME in attributes:
        found.signing_time = _signing_time(attributes[_ATTR_SIGNING_TIME])
    else:
        found.notes.append(said("The signature carries no signing time."))
    signer = _find_signer(signer_info, carried)
    found.signer = parsed[carried.index(signer)]
    if attributes.get(_ATTR_CONTENT_TYPE) is None or attributes[_ATTR_CONTENT_TYPE].dotted != _ID_DATA:  # type: ignore[attr-defined]
        raise _Failure(
            FORMAT_FAILURE, said("The signature's content-type attribute is missing or is not id-data.")
        )
    message_digest = attributes.get(_ATTR_MESSAGE_DIGEST)
    if message_digest is None:
        raise _Failure(FORMAT_FAILURE, said("The signature lacks the message-digest attribute."))
    _check_signing_certificate(attributes, signer, found.notes)
    if not hmac.compare_digest(message_digest.native, _hash(digest_kind, content)):  # type: ignore[attr-defined]
        raise _Failure(
            HASH_FAILURE, said("The signed file was changed after it was signed: its digest does not match.")
        )
    _verify_signature(signer_info, found.signer, digest_kind.name)


def verify_detached(signature_der: bytes, content: bytes) -> SignatureCheck:
    """Check a detached CMS/CAdES signature over `content`; never raises, whatever the bytes."""
    found = _Found()
    sub_indication: str | None = None
    problems: list[Said] = []
    try:
        if not isinstance(signature_der, bytes | bytearray | memoryview) or not isinstance(
            content, bytes | bytearray | memoryview
        ):
            raise _Failure(FORMAT_FAILURE, said("The signature and the signed file must both be bytes."))
        _check(bytes(signature_der), bytes(content), found)
    except _Failure as failure:
        sub_indication, problems = failure.sub_indication, [failure.sentence]
    except Exception:
        sub_indication, problems = (
            FORMAT_FAILURE,
            [said("The signature file is damaged or is not a CMS signature.")],
        )
    return SignatureCheck(
        intact=sub_indication is None,
        signer=found.signer,
        certificates=found.certificates,
        signing_time=found.signing_time,
        sub_indication=sub_indication,
        problems=tuple(problems + found.notes),
    )
