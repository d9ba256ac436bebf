"""Trust in partner certificates: loading certificate files and validating a signer's chain.

`load_certificates` reads what partners send: PEM (one or many certificates, PKCS#7 blocks too),
a DER certificate, or a PKCS#7 certificate bundle in DER or PEM (`openssl crl2pkcs7 -nocrl`).

`validate_chain` builds a path from the signer's certificate to an anchor of the trust store with
`cryptography.x509.verification` at a given moment (validate at the claimed signing time and at
"now", and say which). The end-entity rules are those of a signing certificate, not of a TLS client:
the extended key usage, when present, must allow emailProtection, documentSigning or any purpose, and
keyUsage must allow digitalSignature or contentCommitment (non-repudiation). CA certificates follow
the Web PKI profile (critical basicConstraints, keyCertSign). A partner without a CA may have its
signing certificate pinned: an anchor byte-for-byte equal to the leaf is trusted while valid.
There is no revocation checking (no CRL or OCSP): the workstations are offline.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding, pkcs7
from cryptography.x509 import verification
from cryptography.x509.oid import ExtendedKeyUsageOID

from desktop.exchange.pki import description, is_readable
from desktop.sentences import Said, Sentence, said, template

__all__ = ["CertificateError", "ChainResult", "expiry_warning", "load_certificates", "validate_chain"]

MAX_CERTIFICATE_FILE_BYTES = 5_000_000
MAX_CERTIFICATES = 500
MAX_CHAIN_DEPTH = 8

NO_CERTIFICATE_CHAIN_FOUND = "NO_CERTIFICATE_CHAIN_FOUND"
OUT_OF_BOUNDS_NO_POE = "OUT_OF_BOUNDS_NO_POE"
NOT_YET_VALID = "NOT_YET_VALID"
CHAIN_CONSTRAINTS_FAILURE = "CHAIN_CONSTRAINTS_FAILURE"

_DOCUMENT_SIGNING = x509.ObjectIdentifier("1.3.6.1.5.5.7.3.36")  # RFC 9336 id-kp-documentSigning
_SIGNING_PURPOSES = frozenset(
    {ExtendedKeyUsageOID.EMAIL_PROTECTION, ExtendedKeyUsageOID.ANY_EXTENDED_KEY_USAGE, _DOCUMENT_SIGNING}
)
_PEM_BLOCK = re.compile(rb"-----BEGIN ([A-Z0-9 ]{1,40})-----(.*?)-----END \1-----", re.DOTALL)
# OpenSSL's "TRUSTED CERTIFICATE" is left out on purpose: its trust settings (which may say "rejected")
# would be silently dropped.
_CERTIFICATE_LABELS = frozenset({b"CERTIFICATE", b"X509 CERTIFICATE"})
_PKCS7_LABELS = frozenset({b"PKCS7", b"CMS", b"PKCS #7 SIGNED DATA"})


_NO_CHAIN = template(
    "The signer's certificate was not issued by any authority in your trust store; "
    "add the partner agency's CA certificate."
)


class CertificateError(Sentence, ValueError):
    """A certificate file that cannot be read; the message is a sentence for the user."""


@dataclass(frozen=True)
class ChainResult:
    """Whether the signer's certificate leads to a trusted anchor at `checked_at`, and if not why.

    `sentence` is for people (the GUI tells it in its language); `str(result.sentence)` is English."""

    trusted: bool
    checked_at: dt.datetime
    anchor: x509.Certificate | None
    chain: tuple[x509.Certificate, ...]
    sub_indication: str | None
    sentence: Said


# ------------------------------------------------------------------------------------------------ loading


def _from_pem(data: bytes) -> list[x509.Certificate]:
    found: list[x509.Certificate] = []
    for label, body in _PEM_BLOCK.findall(data):
        if label not in _CERTIFICATE_LABELS and label not in _PKCS7_LABELS:
            continue  # keys, CRLs and other blocks are not ours to read here
        try:
            der = base64.b64decode(b"".join(body.split()), validate=True)
        except (binascii.Error, ValueError):
            raise CertificateError(
                "A PEM block in the file is damaged (its base64 does not decode)."
            ) from None
        found.extend(_from_der(der, pkcs7_only=label in _PKCS7_LABELS))
        if len(found) > MAX_CERTIFICATES:
            break
    return found


def _from_der(der: bytes, *, pkcs7_only: bool = False) -> list[x509.Certificate]:
    if not pkcs7_only:
        try:
            return [x509.load_der_x509_certificate(der)]
        except Exception:  # noqa: S110 - not a single certificate; try a PKCS#7 bundle next
            pass
    try:
        return list(pkcs7.load_der_pkcs7_certificates(der))
    except Exception:
        raise CertificateError(
            "The file holds no certificate this program can read (PEM, DER or a PKCS#7 bundle)."
        ) from None


def load_certificates(data: bytes) -> list[x509.Certificate]:
    """Every certificate in a PEM, DER or PKCS#7 file, duplicates dropped, in file order."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise CertificateError("A certificate file must be read as bytes.")
    data = bytes(data)
    if not data.strip():
        raise CertificateError("The certificate file is empty.")
    if len(data) > MAX_CERTIFICATE_FILE_BYTES:
        raise CertificateError("The certificate file is larger than 5 MB, which no certificate bundle needs.")
    try:
        certificates = _from_pem(data) if b"-----BEGIN " in data else _from_der(data)
    except CertificateError:
        raise
    except Exception:
        raise CertificateError("The certificate file is damaged.") from None
    if not certificates:
        raise CertificateError("The file holds no certificate.")
    if len(certificates) > MAX_CERTIFICATES:
        raise CertificateError(
            "The file holds more than {limit} certificates, which is not a bundle.", limit=MAX_CERTIFICATES
        )
    unique: dict[bytes, x509.Certificate] = {}
    for certificate in certificates:
        if not is_readable(certificate):  # loaded lazily: a damaged part would break whoever reads it
            raise CertificateError(
                "A certificate in the file is damaged (its names, extensions or key cannot be read)."
            )
        unique.setdefault(certificate.public_bytes(Encoding.DER), certificate)
    return list(unique.values())


# --------------------------------------------------------------------------------------------- validation


def _check_eku(
    _policy: verification.Policy, _certificate: x509.Certificate, eku: x509.ExtendedKeyUsage | None
) -> None:
    if eku is not None and not _SIGNING_PURPOSES.intersection(eku):
        raise ValueError("extended key usage does not allow document or e-mail signing")


def _check_key_usage(
    _policy: verification.Policy, _certificate: x509.Certificate, usage: x509.KeyUsage
) -> None:
    if not (usage.digital_signature or usage.content_commitment):
        raise ValueError("key usage does not allow digital signatures")


def _signing_ee_policy() -> verification.ExtensionPolicy:
    return (
        verification.ExtensionPolicy.webpki_defaults_ee()
        .may_be_present(x509.ExtendedKeyUsage, verification.Criticality.AGNOSTIC, _check_eku)
        .require_present(x509.KeyUsage, verification.Criticality.AGNOSTIC, _check_key_usage)
        .may_be_present(x509.SubjectAlternativeName, verification.Criticality.AGNOSTIC, None)
    )


def _der(certificate: x509.Certificate) -> bytes:
    return certificate.public_bytes(Encoding.DER)


def _date(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).date().isoformat()


# Whose certificate is out of its validity, and what to do about it: one whole sentence each.
_SIGNER = "signer"
_AUTHORITY = "authority"
_EXPIRED = {
    _SIGNER: template(
        "The signer's certificate {certificate} had expired on {expired}, before the time checked "
        "({checked}); a new signature with a current certificate is needed."
    ),
    _AUTHORITY: template(
        "The authority certificate {certificate} had expired on {expired}, before the time checked "
        "({checked}); import the partner's renewed CA certificate."
    ),
}
_NOT_YET_VALID = {
    _SIGNER: template(
        "The signer's certificate {certificate} was not yet valid at the time checked ({checked}); "
        "check the signing time and this computer's clock."
    ),
    _AUTHORITY: template(
        "The authority certificate {certificate} was not yet valid at the time checked ({checked}); "
        "check the signing time and this computer's clock."
    ),
}


def _out_of_window(certificate: x509.Certificate, at: dt.datetime, whose: str) -> tuple[str, Said] | None:
    """(sub-indication, sentence) when `certificate` (`_SIGNER` or `_AUTHORITY`) is not valid at `at`."""
    if at > certificate.not_valid_after_utc:
        return OUT_OF_BOUNDS_NO_POE, said(
            _EXPIRED[whose],
            certificate=description(certificate),
            expired=_date(certificate.not_valid_after_utc),
            checked=_date(at),
        )
    if at < certificate.not_valid_before_utc:
        return NOT_YET_VALID, said(
            _NOT_YET_VALID[whose], certificate=description(certificate), checked=_date(at)
        )
    return None


def _issuers_path(leaf: x509.Certificate, pool: Sequence[x509.Certificate]) -> list[x509.Certificate]:
    """The certificates above `leaf` found by name and signature, for explaining a failure."""
    path: list[x509.Certificate] = []
    current = leaf
    for _ in range(MAX_CHAIN_DEPTH):
        issuer = None
        for candidate in pool:
            if candidate.subject == current.issuer and all(_der(candidate) != _der(c) for c in path):
                try:
                    current.verify_directly_issued_by(candidate)
                except Exception:  # noqa: S112 - same name, other key: keep looking
                    continue
                issuer = candidate
                break
        if issuer is None or _der(issuer) == _der(current):
            break
        path.append(issuer)
        current = issuer
    return path


_NOT_FOR_SIGNING = template(
    "The signer's certificate is not meant for signing (its key usage forbids it); "
    "ask the partner to sign with a signing certificate."
)


def _failure(
    leaf: x509.Certificate,
    intermediates: Sequence[x509.Certificate],
    anchors: Sequence[x509.Certificate],
    at: dt.datetime,
    message: str,
) -> tuple[str, Said]:
    """Explain a VerificationError: its message is for developers, so look at the real issuers too."""
    path = _issuers_path(leaf, [*intermediates, *anchors])
    for certificate in path:
        window = _out_of_window(certificate, at, _AUTHORITY)
        if window is not None:
            return window
    anchor_ders = {_der(a) for a in anchors}
    if not path or _der(path[-1]) not in anchor_ders:
        # No issuer by name and signature up to an anchor: a look-alike (same name, other key, say a
        # re-keyed CA) may have been tried and failed, but the real reason is the missing authority.
        return NO_CERTIFICATE_CHAIN_FOUND, said(_NO_CHAIN)
    if "key usage" in message and "extended key usage" not in message:
        return CHAIN_CONSTRAINTS_FAILURE, said(_NOT_FOR_SIGNING)
    return CHAIN_CONSTRAINTS_FAILURE, said(
        "The certificate chain breaks the rules for signing certificates and their authorities; "
        "ask the partner agency's PKI administrator for a compliant certificate."
    )


def _path_at(
    leaf: x509.Certificate,
    intermediates: Sequence[x509.Certificate],
    anchors: Sequence[x509.Certificate],
    at: dt.datetime,
) -> tuple[str | None, Said, x509.Certificate | None, tuple[x509.Certificate, ...]]:
    """(sub-indication, sentence, anchor, chain) of the path search at `at`, the leaf's dates aside."""
    pinned = next((a for a in anchors if _der(a) == _der(leaf)), None)
    if pinned is not None:
        try:
            usage: x509.KeyUsage | None = leaf.extensions.get_extension_for_class(x509.KeyUsage).value
        except x509.ExtensionNotFound:
            usage = None
        if usage is not None and not (usage.digital_signature or usage.content_commitment):
            return CHAIN_CONSTRAINTS_FAILURE, said(_NOT_FOR_SIGNING), None, ()
        sentence = said(
            "The signer's certificate is pinned in your trust store and valid on {checked}.",
            checked=_date(at),
        )
        return None, sentence, pinned, (leaf,)
    if not anchors:
        empty = said("Your trust store is empty; import the partner agency's CA certificate first.")
        return NO_CERTIFICATE_CHAIN_FOUND, empty, None, ()
    try:
        verifier = (
            verification.PolicyBuilder()
            .store(verification.Store(list(anchors)))
            .time(at)
            .max_chain_depth(MAX_CHAIN_DEPTH)
            .extension_policies(
                ca_policy=verification.ExtensionPolicy.webpki_defaults_ca(), ee_policy=_signing_ee_policy()
            )
            .build_client_verifier()
        )
        chain = tuple(verifier.verify(leaf, list(intermediates)).chain)
    except verification.VerificationError as error:
        return (*_failure(leaf, intermediates, anchors, at, str(error)), None, ())
    except Exception:
        return (*_failure(leaf, intermediates, anchors, at, "unexpected"), None, ())
    sentence = said(
        "The signer's certificate leads to {anchor}, trusted on {checked}.",
        anchor=description(chain[-1]),
        checked=_date(at),
    )
    return None, sentence, chain[-1], chain


def validate_chain(
    leaf: x509.Certificate,
    intermediates: Sequence[x509.Certificate],
    anchors: Sequence[x509.Certificate],
    *,
    at: dt.datetime,
) -> ChainResult:
    """Validate `leaf` against the trust `anchors` at the moment `at` (aware); intermediates untrusted.

    When the leaf itself is outside its validity at `at`, the path is first searched at a moment
    inside it: a certificate from an unknown issuer is reported as such, not merely as expired.
    """
    if at.tzinfo is None:
        raise ValueError("The validation time must carry a time zone.")
    at = at.astimezone(dt.UTC)
    window = _out_of_window(leaf, at, _SIGNER)
    if window is not None:
        inside = min(max(at, leaf.not_valid_before_utc), leaf.not_valid_after_utc)
        sub, sentence, _anchor, _chain = _path_at(leaf, intermediates, anchors, inside)
        if sub in (NO_CERTIFICATE_CHAIN_FOUND, CHAIN_CONSTRAINTS_FAILURE):
            return ChainResult(False, at, None, (), sub, sentence)
        return ChainResult(False, at, None, (), *window)
    sub, sentence, anchor, chain = _path_at(leaf, intermediates, anchors, at)
    if sub is not None:
        return ChainResult(False, at, None, (), sub, sentence)
    return ChainResult(True, at, anchor, chain, None, sentence)


def expiry_warning(certificate: x509.Certificate, *, now: dt.datetime, within_days: int = 60) -> Said | None:
    """A sentence when `certificate` has expired or expires within `within_days` of `now`, else None
    (`str()` of it is English, for the command line)."""
    if now.tzinfo is None:
        raise ValueError("The current time must carry a time zone.")
    end = certificate.not_valid_after_utc
    if now >= end:
        return said(
            "The certificate {certificate} expired on {expired}; import or request a renewed one.",
            certificate=description(certificate),
            expired=_date(end),
        )
    if end - now <= dt.timedelta(days=within_days):
        return said(
            "The certificate {certificate} expires on {expires}, in {days} day(s); arrange its renewal before then.",
            certificate=description(certificate),
            expires=_date(end),
            days=(end - now).days,
        )
    return None
