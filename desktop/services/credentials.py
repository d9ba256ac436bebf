"""Members' signing credentials (PKCS#12 kept in the case file) and the per-case-file trust store.

A PKCS#12's own password may be remembered in the OS keyring, with the same refusal of insecure
backends as quick unlock; the case file never holds it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import keyring.errors
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from sqlalchemy import select

from desktop.exchange.pki import Credential, CredentialError, describe, fingerprint, load_pkcs12
from desktop.exchange.trust import CertificateError, expiry_warning, load_certificates
from desktop.models import Agency, Member, SigningCredential, TrustedCertificate, utcnow
from desktop.models.enums import Role
from desktop.services.agencies import agency_by_code
from desktop.services.casefile import CaseFile
from desktop.services.errors import InvalidInput, NotFound, PermissionDenied
from desktop.vault import KeyringUnavailable
from desktop.vault import device as device_keyring

MAX_PKCS12_BYTES = 1 << 20


@dataclass(frozen=True)
class CredentialView:
    member: str
    fingerprint: str
    subject: str
    not_after: datetime
    warning: str | None


@dataclass(frozen=True)
class TrustedView:
    fingerprint: str
    agency_code: str
    subject: str
    is_ca: bool
    not_before: datetime
    not_after: datetime
    warning: str | None


def _password_bytes(password: str) -> bytes:
    """The password as the PKCS#12 file expects it: UTF-8 (a terminal's undecodable bytes, which
    Python keeps as lone surrogates, go back to the bytes that were typed)."""
    try:
        return password.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that stands for no byte: no file has it as password
        raise InvalidInput("The PKCS#12 password is wrong.") from None


def _password_account(file_id: str, member_uid: str) -> str:
    return f"pkcs12-password:{file_id}:{member_uid}"


class CredentialService:
    def __init__(self, case_file: CaseFile) -> None:
        self._cf = case_file

    def import_pkcs12(self, data: bytes, password: str, *, remember_password: bool = False) -> CredentialView:
        """The acting member's own credential; replaces an earlier one."""
        actor = self._cf.actor
        if actor.member_id is None:
            raise PermissionDenied("Open the case file as the member whose credential this is.")
        if len(data) > MAX_PKCS12_BYTES:
            raise InvalidInput("A PKCS#12 file is at most 1 MB.")
        try:
            credential = load_pkcs12(data, _password_bytes(password))
        except CredentialError as error:
            raise InvalidInput.retold(error) from None
        if remember_password:
            device_keyring.secure_backend()  # refuse before anything is stored, not after
        now = datetime.now(UTC)
        if credential.certificate.not_valid_after_utc < now:
            raise InvalidInput(
                "This certificate expired on {date:%Y-%m-%d}.",
                date=credential.certificate.not_valid_after_utc,
            )
        with self._cf.unit_of_work("credential.import") as session:
            member = session.get(Member, actor.member_id)
            assert member is not None
            existing = session.scalar(
                select(SigningCredential).where(SigningCredential.member_id == member.id)
            )
            if existing is None:
                existing = SigningCredential(member_id=member.id)
                session.add(existing)
            existing.pkcs12 = data
            existing.fingerprint = credential.fingerprint
            existing.subject = describe(credential.certificate)[:300]
            existing.not_after = credential.certificate.not_valid_after_utc
            existing.added_at = utcnow()
            member.certificate_fingerprint = credential.fingerprint
        if remember_password:
            self._remember_password(actor.uid or "", password)
        return self._view(actor.name, credential)

    def _remember_password(self, member_uid: str, password: str) -> None:
        backend = device_keyring.secure_backend()
        try:
            backend.set_password(
                device_keyring.SERVICE, _password_account(self._cf.vault.file_id, member_uid), password
            )
        except keyring.errors.KeyringError:
            raise KeyringUnavailable(
                "The system keyring refused to remember the certificate password."
            ) from None

    def remembered_password(self, member_uid: str) -> str | None:
        try:
            backend = device_keyring.secure_backend()
            return backend.get_password(
                device_keyring.SERVICE, _password_account(self._cf.vault.file_id, member_uid)
            )
        except (KeyringUnavailable, keyring.errors.KeyringError):
            return None

    def unlock(self, member_id: int, password: str | None) -> Credential:
        """A member's credential, opened with the password given or remembered in the keyring."""
        with self._cf.reading() as session:
            member = session.get(Member, member_id)
            stored = session.scalar(select(SigningCredential).where(SigningCredential.member_id == member_id))
            if member is None:
                raise NotFound(
                    "This member has no signing certificate in this case file; import a PKCS#12 file first."
                )
            if stored is None:
                raise NotFound(
                    "{name} has no signing certificate in this case file; import a PKCS#12 file first.",
                    name=member.name,
                )
            data, uid, name = stored.pkcs12, member.uid, member.name
        if password is None:
            password = self.remembered_password(uid)
            if password is None:
                raise InvalidInput("The password of {name}'s signing certificate is needed.", name=name)
        try:
            return load_pkcs12(data, _password_bytes(password))
        except CredentialError as error:
            raise InvalidInput("{name}'s signing certificate: {problem}", name=name, problem=error) from None

    def list(self) -> list[CredentialView]:
        now = datetime.now(UTC)
        with self._cf.reading() as session:
            rows = session.execute(select(SigningCredential, Member.name).join(Member)).all()
            return [
                CredentialView(
                    name,
                    c.fingerprint,
                    c.subject,
                    c.not_after,
                    f"expires on {c.not_after:%Y-%m-%d}" if (c.not_after - now).days < 60 else None,
                )
                for c, name in rows
            ]

    @staticmethod
    def _view(name: str, credential: Credential) -> CredentialView:
        # `warning` is for the command line only (the Agencies page words expiry from the dates).
        warning = expiry_warning(credential.certificate, now=datetime.now(UTC))
        return CredentialView(
            name,
            credential.fingerprint,
            describe(credential.certificate),
            credential.certificate.not_valid_after_utc,
            str(warning) if warning is not None else None,
        )


class TrustService:
    def __init__(self, case_file: CaseFile) -> None:
        self._cf = case_file

    def add(self, agency_code: str, data: bytes) -> list[TrustedView]:
        """Pin every certificate in the file (PEM, DER or PKCS#7 bundle) to the agency.

        A certificate already pinned to another agency is pinned to this one too (a national CA
        vouches for several agencies); only a pin this agency already has is skipped. Returns the
        new pins.
        """
        if self._cf.actor.role not in (Role.ADMINISTRATOR.value, Role.SUPERVISOR.value):
            raise PermissionDenied("Only an administrator or a supervisor can change the trust store.")
        try:
            certificates = load_certificates(data)
        except CertificateError as error:
            raise InvalidInput.retold(error) from None
        added = []
        with self._cf.unit_of_work("trust.add") as session:
            agency = agency_by_code(session, agency_code)
            for certificate in certificates:
                digest = fingerprint(certificate)
                pinned = select(TrustedCertificate.id).where(
                    TrustedCertificate.agency_id == agency.id, TrustedCertificate.fingerprint == digest
                )
                if session.scalar(pinned) is not None:
                    continue
                row = TrustedCertificate(
                    agency_id=agency.id,
                    der=certificate.public_bytes(Encoding.DER),
                    fingerprint=digest,
                    subject=certificate.subject.rfc4514_string()[:300],
                    is_ca=_is_ca(certificate),
                    not_before=certificate.not_valid_before_utc,
                    not_after=certificate.not_valid_after_utc,
                    added_by_id=self._cf.actor.member_id,
                )
                session.add(row)
                added.append(self._view(row, agency.code))
        return added

    def remove(self, fingerprint_hex: str, agency_code: str | None = None) -> None:
        """Remove the certificate's pin to the agency; without an agency, its only pin.

        A certificate pinned to several agencies needs the agency: guessing could drop the trust
        of the wrong one.
        """
        if self._cf.actor.role not in (Role.ADMINISTRATOR.value, Role.SUPERVISOR.value):
            raise PermissionDenied("Only an administrator or a supervisor can change the trust store.")
        digest = fingerprint_hex.strip().lower()
        with self._cf.unit_of_work("trust.remove") as session:
            query = (
                select(TrustedCertificate, Agency.code)
                .join(Agency)
                .where(TrustedCertificate.fingerprint == digest)
                .order_by(Agency.code)
            )
            if agency_code:
                query = query.where(TrustedCertificate.agency_id == agency_by_code(session, agency_code).id)
            rows = session.execute(query).all()
            if not rows:
                if agency_code:
                    raise NotFound(
                        "There is no certificate with that fingerprint pinned to {agency}.",
                        agency=agency_code,
                    )
                raise NotFound("There is no certificate with that fingerprint in the trust store.")
            if len(rows) > 1:
                raise InvalidInput(
                    "The certificate {fingerprint}… is pinned to several agencies ({agencies}); say which.",
                    fingerprint=digest[:16],
                    agencies=", ".join(code for _row, code in rows),  # agency codes: data, not words
                )
            session.delete(rows[0][0])

    def list(self) -> list[TrustedView]:
        with self._cf.reading() as session:
            rows = session.execute(
                select(TrustedCertificate, Agency.code)
                .join(Agency)
                .order_by(Agency.code, TrustedCertificate.fingerprint)
            ).all()
            return [self._view(row, code) for row, code in rows]

    def anchors(self, agency_code: str | None = None) -> list[tuple[str, x509.Certificate]]:
        """(agency code, certificate) of every pinned certificate, or only the agency's."""
        query = select(TrustedCertificate.der, Agency.code).join(Agency)
        if agency_code:
            query = query.where(Agency.code == agency_code)
        with self._cf.reading() as session:
            return [(code, x509.load_der_x509_certificate(der)) for der, code in session.execute(query)]

    @staticmethod
    def _view(row: TrustedCertificate, code: str) -> TrustedView:
        now = datetime.now(UTC)
        warning = None
        if row.not_after < now:
            warning = f"expired on {row.not_after:%Y-%m-%d}"
        elif (row.not_after - now).days < 60:
            warning = f"expires on {row.not_after:%Y-%m-%d}"
        return TrustedView(
            row.fingerprint, code, row.subject, row.is_ca, row.not_before, row.not_after, warning
        )


def _is_ca(certificate: x509.Certificate) -> bool:
    try:
        return bool(certificate.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False
