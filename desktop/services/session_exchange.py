"""What the GUI's export and verify/import dialogs need (desktop/ui/exchange).

Plain functions of the open Services, run on the database worker: they return frozen
dataclasses, never ORM objects, and never hand a password to the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.sentences import Said, said

if TYPE_CHECKING:
    from desktop.services.facade import Services


@dataclass(frozen=True)
class OfferedAttachment:
    """An attachment of the request's case, with the handling code that decides if it may leave."""

    id: int
    filename: str
    media_type: str
    size: int
    handling_code: str
    held: bool
    reason: Said | None
    """Why a handling code holds it back (None when it may leave)."""


@dataclass(frozen=True)
class ExportContext:
    """Everything the export dialog shows before anything is signed."""

    reference: str
    title: str
    status: str
    recipient: str
    member: str
    can_export: bool
    refusal: Said | None
    """Why this member cannot export the request (None when `can_export`)."""
    has_credential: bool
    credential_fingerprint: str
    password_remembered: bool
    encryption_certificates: tuple[tuple[str, str], ...]
    """(subject, SHA-256 fingerprint) of the recipient's RSA encryption certificates pinned here."""
    attachments: tuple[OfferedAttachment, ...]
    plan: object  # packages.ExportPlan of the request alone (no attachment chosen yet)


def export_context(services: Services, reference: str) -> ExportContext:
    """Worker thread. The request, its recipient, the acting member's credential and what may go in."""
    from desktop.exchange.pki import describe, fingerprint
    from desktop.models.enums import Direction, RequestStatus, Role
    from desktop.services.packages import is_rsa_encryption

    view = services.requests.show(reference)
    actor = services.case_file.actor
    plan = services.packages.plan(view.reference)
    refusal: Said | None = None
    if view.direction != Direction.OUTGOING.value:
        refusal = said("Only an outgoing request is exported; answer an incoming one with an answer package.")
    elif view.status not in (RequestStatus.APPROVED.value, RequestStatus.SENT.value):
        refusal = said(
            "{reference} has the status {status}; only an approved request is exported.",
            reference=view.reference,
            status=RequestStatus(view.status),
        )
    elif actor.role != Role.SUPERVISOR.value or view.decided_by != actor.name:
        refusal = said("The supervisor who approved the request signs and exports it.")
    mine = [c for c in services.credentials.list() if c.member == actor.name]
    attachments: list[OfferedAttachment] = []
    if view.case_reference:
        for attachment_id, filename, media_type, size, _sha in services.cases.show(
            view.case_reference
        ).attachments:
            single = services.packages.plan(view.reference, (attachment_id,))
            item = next(
                (i for i in (*single.included, *single.held_back) if i.name.startswith("attachments/")),
                None,
            )
            code = item.handling_code if item is not None else ""
            held = item is not None and item in single.held_back
            attachments.append(
                OfferedAttachment(
                    attachment_id,
                    filename,
                    media_type,
                    size,
                    code,
                    held,
                    item.reason if held and item else None,
                )
            )
    encryption = tuple(
        (describe(certificate), fingerprint(certificate))
        for _code, certificate in services.trust.anchors(plan.recipient)
        if is_rsa_encryption(certificate)
    )
    return ExportContext(
        reference=view.reference,
        title=view.title,
        status=view.status,
        recipient=plan.recipient,
        member=actor.name,
        can_export=refusal is None,
        refusal=refusal,
        has_credential=bool(mine),
        credential_fingerprint=mine[0].fingerprint if mine else "",
        password_remembered=bool(mine)
        and services.credentials.remembered_password(actor.uid or "") is not None,
        encryption_certificates=encryption,
        attachments=tuple(attachments),
        plan=plan,
    )


@dataclass(frozen=True)
class ExportDone:
    """Where an exported package was written, and what identifies it."""

    path: Path
    file_name: str
    size: int
    sha256: str
    signer_fingerprints: tuple[str, ...]
    encrypted_for: str | None
    overridden: bool
    held_back: tuple[str, ...]


def check_export_destination(destination: Path) -> None:
    """Refuse a destination that cannot be written before anything is signed and marked sent."""
    import os

    from desktop.services.errors import InvalidInput
    from desktop.services.private_files import PrivateWriteError, check_private_destination

    destination = Path(destination)
    if not destination.name:
        raise InvalidInput("Choose a file name for the package.")
    if destination.is_dir():
        raise InvalidInput("{path} is a folder; choose a file name.", path=destination)
    folder = destination.parent
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        raise InvalidInput("Cannot write into {folder}; choose another place.", folder=folder)
    try:
        # The permission bits do not tell everything (root, a read-only mount, a name too long):
        # create and remove the very temporary file write_private will use.
        check_private_destination(destination)
    except PrivateWriteError as error:
        raise InvalidInput(
            "Cannot write {path} ({reason}); choose another place.", path=destination, reason=error.reason
        ) from None


def export_package_to(
    services: Services,
    reference: str,
    destination: Path,
    *,
    password: str | None,
    attachment_ids: tuple[int, ...] = (),
    override_handling: bool = False,
    filer_password: str | None = None,
    encrypt_for_agency: bool = False,
) -> ExportDone:
    """Worker thread. Sign and record the package (PackageService.export), then write its bytes
    (owner-only, atomically: the package holds case data in the clear unless encrypted)."""
    from desktop.services.errors import InvalidInput
    from desktop.services.private_files import PrivateWriteError, write_private

    destination = Path(destination)
    check_export_destination(destination)
    result = services.packages.export(
        reference,
        password=password,
        attachment_ids=attachment_ids,
        override_handling=override_handling,
        filer_password=filer_password,
        encrypt_for_agency=encrypt_for_agency,
    )
    try:
        write_private(destination, result.data)
    except PrivateWriteError as error:
        raise InvalidInput(
            "The package was signed and recorded in the case file, but {path} could not be "
            "written ({reason}); export it again to another place.",
            path=destination,
            reason=error.reason,
        ) from None
    signers = [
        c.fingerprint for c in services.credentials.list() if c.member == services.case_file.actor.name
    ]
    return ExportDone(
        path=destination,
        file_name=result.file_name,
        size=len(result.data),
        sha256=result.sha256,
        signer_fingerprints=tuple(signers),
        encrypted_for=result.encrypted_for,
        overridden=result.overridden,
        held_back=() if result.overridden else tuple(i.name for i in result.plan.held_back),
    )


PACKAGE_SUFFIXES = (".asice", ".p7m")
"""File name endings of a package (a request, an answer, encrypted or not): the one definition."""


@dataclass(frozen=True)
class PackageFile:
    """The bytes of a package file someone dropped or chose, read in full (under the importer's cap)."""

    path: Path
    data: bytes
    encrypted: bool


def read_package_file(path: Path) -> PackageFile:
    """Worker thread. Read a .asice/.p7m file, refusing anything over the importer's size limit."""
    from desktop.exchange.envelope import is_enveloped
    from desktop.services.errors import InvalidInput
    from desktop.services.package_import import MAX_PACKAGE_BYTES

    path = Path(path)
    try:
        if not path.is_file():
            raise InvalidInput("{file} is not a file that can be read.", file=path.name)
        if path.stat().st_size > MAX_PACKAGE_BYTES:
            raise InvalidInput("The package is larger than 64 MB; nothing was imported.")
        with path.open("rb") as handle:
            data = handle.read(MAX_PACKAGE_BYTES + 1)  # the file may grow between stat and read
    except OSError as error:
        if error.strerror:
            raise InvalidInput(
                "{file} could not be read ({reason}).", file=path.name, reason=error.strerror
            ) from None
        raise InvalidInput("{file} could not be read.", file=path.name) from None
    if len(data) > MAX_PACKAGE_BYTES:
        raise InvalidInput("The package is larger than 64 MB; nothing was imported.")
    return PackageFile(path, data, is_enveloped(data))


def package_is_encrypted(data: bytes) -> bool:
    """Whether the bytes are an encrypted (CMS EnvelopedData) package: a sniff, nothing is decrypted."""
    from desktop.exchange.envelope import is_enveloped

    return is_enveloped(data)


def _decryption_key(pkcs12: bytes | None, password: str | None):  # type: ignore[no-untyped-def]
    if pkcs12 is None:
        return None
    from desktop.exchange.pki import CredentialError, load_pkcs12
    from desktop.services.errors import InvalidInput

    try:
        return load_pkcs12(pkcs12, (password or "").encode())
    except CredentialError as error:
        raise InvalidInput("The decryption key: {reason}", reason=error.said) from None


def verify_package_data(
    services: Services, data: bytes, *, pkcs12: bytes | None = None, password: str | None = None
) -> object:
    """Worker thread. The ValidationReport of a package against this case file's trust store."""
    return services.packages.verify(data, decryption=_decryption_key(pkcs12, password))


def import_package_data(
    services: Services,
    data: bytes,
    file_name: str,
    *,
    pkcs12: bytes | None = None,
    password: str | None = None,
) -> object:
    """Worker thread. Verify again and file the package (PackageService.import_package)."""
    return services.packages.import_package(data, file_name, decryption=_decryption_key(pkcs12, password))


def read_pkcs12_file(path: Path) -> bytes:
    """Worker thread. The bytes of an agency's decryption PKCS#12, refusing anything over 1 MB."""
    from desktop.services.credentials import MAX_PKCS12_BYTES
    from desktop.services.errors import InvalidInput

    try:
        with Path(path).open("rb") as handle:
            data = handle.read(MAX_PKCS12_BYTES + 1)
    except OSError as error:
        if error.strerror:
            raise InvalidInput(
                "{file} could not be read ({reason}).", file=Path(path).name, reason=error.strerror
            ) from None
        raise InvalidInput("{file} could not be read.", file=Path(path).name) from None
    if len(data) > MAX_PKCS12_BYTES:
        raise InvalidInput("A PKCS#12 file is at most 1 MB.")
    return data
