"""Partner agencies and their pinned certificates, as the Agencies page shows them.

Wraps `desktop.services.agencies` (list and view, with the name in the interface language) and
reads the trust store with more detail than `TrustService.list` gives (the issuer, who pinned a
certificate and when), because a person deciding whether to trust or remove a certificate needs
it. Pinning itself stays `TrustService.add`; `pin` only adds the check that the file still holds
exactly the certificates whose fingerprints the user compared with the partner's.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from cryptography import x509
from cryptography.x509.oid import NameOID
from sqlalchemy import func, select

from desktop.exchange.pki import fingerprint
from desktop.exchange.trust import CertificateError, load_certificates
from desktop.models import Agency, Member, TrustedCertificate
from desktop.services.agencies import agency_by_code, view
from desktop.services.casefile import CaseFile
from desktop.services.credentials import TrustedView, TrustService
from desktop.services.dto import AgencyView
from desktop.services.errors import InvalidInput


@dataclass(frozen=True)
class CertificateDetails:
    """What a person checks before trusting a certificate (read from a file, nothing stored)."""

    fingerprint: str  # SHA-256 of the DER, lowercase hex
    subject: str  # RFC 4514, in full
    issuer: str
    subject_name: str  # the common name (or organisation), for lists
    issuer_name: str
    is_ca: bool
    not_before: datetime
    not_after: datetime


@dataclass(frozen=True)
class PinnedCertificate:
    """A certificate of the trust store pinned to one agency."""

    agency_code: str
    fingerprint: str
    subject: str
    issuer: str
    subject_name: str
    issuer_name: str
    is_ca: bool
    not_before: datetime
    not_after: datetime
    added_at: datetime
    added_by: str | None


def short_name(name: x509.Name) -> str:
    """The common name, else the organisation, else the whole name: what a list shows."""
    for oid in (NameOID.COMMON_NAME, NameOID.ORGANIZATION_NAME):
        values = name.get_attributes_for_oid(oid)
        if values:
            return str(values[0].value)
    return name.rfc4514_string() or "(no name)"


def _is_ca(certificate: x509.Certificate) -> bool:
    try:
        return bool(certificate.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def _details(certificate: x509.Certificate) -> CertificateDetails:
    return CertificateDetails(
        fingerprint=fingerprint(certificate),
        subject=certificate.subject.rfc4514_string(),
        issuer=certificate.issuer.rfc4514_string(),
        subject_name=short_name(certificate.subject),
        issuer_name=short_name(certificate.issuer),
        is_ca=_is_ca(certificate),
        not_before=certificate.not_valid_before_utc,
        not_after=certificate.not_valid_after_utc,
    )


class AgencyService:
    def __init__(self, case_file: CaseFile) -> None:
        self._cf = case_file

    def list(self, *, country: str | None = None, lang: str = "en") -> list[AgencyView]:
        """Every agency (or one country's), by country then code, named in `lang` (en, fr, nl;
        any other language gets the agency's own name)."""
        query = select(Agency).order_by(Agency.country, Agency.code)
        if country:
            query = query.where(Agency.country == country)
        with self._cf.reading() as session:
            return [view(agency, lang) for agency in session.scalars(query)]

    def show(self, code: str, *, lang: str = "en") -> AgencyView:
        with self._cf.reading() as session:
            return view(agency_by_code(session, code), lang)

    def pinned_counts(self) -> dict[str, int]:
        """Agency code → number of pinned certificates (agencies without any are left out)."""
        query = (
            select(Agency.code, func.count(TrustedCertificate.id))
            .join(TrustedCertificate, TrustedCertificate.agency_id == Agency.id)
            .group_by(Agency.code)
        )
        with self._cf.reading() as session:
            return {code: count for code, count in session.execute(query)}

    def pinned(self, code: str) -> list[PinnedCertificate]:
        """The agency's pinned certificates, the one expiring first first."""
        with self._cf.reading() as session:
            agency = agency_by_code(session, code)
            rows = session.execute(
                select(TrustedCertificate, Member.name)
                .outerjoin(Member, Member.id == TrustedCertificate.added_by_id)
                .where(TrustedCertificate.agency_id == agency.id)
                .order_by(TrustedCertificate.not_after, TrustedCertificate.fingerprint)
            ).all()
            return [self._pinned(row, name, agency.code) for row, name in rows]

    @staticmethod
    def _pinned(row: TrustedCertificate, added_by: str | None, code: str) -> PinnedCertificate:
        certificate = x509.load_der_x509_certificate(row.der)
        return PinnedCertificate(
            agency_code=code,
            fingerprint=row.fingerprint,
            subject=row.subject,
            issuer=certificate.issuer.rfc4514_string(),
            subject_name=short_name(certificate.subject),
            issuer_name=short_name(certificate.issuer),
            is_ca=row.is_ca,
            not_before=row.not_before,
            not_after=row.not_after,
            added_at=row.added_at,
            added_by=added_by,
        )

    @staticmethod
    def inspect(data: bytes) -> list[CertificateDetails]:
        """The certificates of a PEM, DER or PKCS#7 file, to be compared before pinning. No database."""
        try:
            return [_details(certificate) for certificate in load_certificates(data)]
        except CertificateError as error:
            raise InvalidInput.retold(error) from None

    def pin(self, code: str, data: bytes, *, confirmed: Collection[str]) -> list[TrustedView]:
        """Pin the file's certificates to the agency, if they are exactly those the user confirmed.

        Returns what was newly pinned (a certificate already pinned to this agency is not pinned twice;
        one pinned to other agencies is pinned to this one too).
        """
        found = {details.fingerprint for details in self.inspect(data)}
        if found != {value.lower() for value in confirmed}:
            raise InvalidInput(
                "The file does not hold the certificates whose fingerprints you confirmed; open it again."
            )
        return TrustService(self._cf).add(code, data)
