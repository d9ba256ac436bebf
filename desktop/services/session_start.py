"""What the GUI's welcome, create and unlock screens need (desktop/ui/welcome, desktop/ui/unlock.py).

The same services the CLI's `init`, `demo`, `recover` and `--device` use. Everything here blocks
and runs on the database worker, except `failure_kind`, `agency_choices` and
`passphrase_problem`, which may run on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.sentences import Said
from desktop.services.casefile import CaseFile, open_case_file
from desktop.services.errors import ServiceError
from desktop.services.session_api import USER_ERRORS
from desktop.vault import KdfParams, VaultError, read_slot_infos

if TYPE_CHECKING:
    pass


MIN_PASSPHRASE_LENGTH = 8
"""The same floor as the CLI's (desktop/cli/secrets.py)."""
DEMO_PASSPHRASE = "demo"  # noqa: S105 - the documented, loudly announced demo passphrase
_MANAGER_ROLES = ("administrator", "supervisor")


def failure_kind(error: Exception) -> str:
    """What kind of failure an unlock met, for the GUI to say it in the user's language.

    One of "wrong_secret", "no_slot" (no such member or slot), "damaged", "newer", "locked",
    "not_a_case_file", "keyring", "user" (any other user error: show its own sentence) or
    "internal" (a bug: show a generic sentence).
    """
    from desktop.vault import (
        CaseFileLocked,
        DamagedCaseFile,
        KeyringUnavailable,
        NewerFormat,
        NotACaseFile,
        SlotError,
        WrongSecret,
    )

    for kind, types in (
        ("wrong_secret", WrongSecret),
        ("damaged", DamagedCaseFile),
        ("newer", NewerFormat),
        ("locked", CaseFileLocked),
        ("not_a_case_file", NotACaseFile),
        ("keyring", KeyringUnavailable),
        ("no_slot", SlotError),
    ):
        if isinstance(error, types):
            return kind
    return "user" if isinstance(error, USER_ERRORS) else "internal"


def passphrase_problem(passphrase: str, repeated: str) -> str | None:
    """Why a new passphrase is refused ("empty", "short", "mismatch"), or None when it is fine."""
    if not passphrase:
        return "empty"
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return "short"
    if passphrase != repeated:
        return "mismatch"
    return None


@dataclass(frozen=True)
class AgencyChoice:
    """An agency of the shipped directory, for the "own agency" choice of a new case file."""

    code: str
    name: str
    country: str


def agency_choices(lang: str = "en") -> list[AgencyChoice]:
    """The agencies `casedesk init --agency` accepts (the seed file every new case file gets)."""
    from desktop.services.seed_data import load_agencies

    seeds = sorted(load_agencies(), key=lambda seed: (seed.country.value, seed.code))
    return [AgencyChoice(seed.code, seed.name(lang), seed.country.value) for seed in seeds]


@dataclass(frozen=True)
class NewMember:
    """A member of a case file being created; the passphrase never appears in a repr."""

    name: str
    role: str
    passphrase: str = field(repr=False)


def _load_escrow_certificate(path: Path):  # type: ignore[no-untyped-def]
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric import rsa

    from desktop.services.errors import InvalidInput

    try:
        data = Path(path).read_bytes()
    except OSError as error:
        if error.strerror:
            raise InvalidInput(
                "{file} could not be read ({reason}).", file=Path(path).name, reason=error.strerror
            ) from None
        raise InvalidInput("{file} could not be read.", file=Path(path).name) from None
    try:
        certificate = (
            x509.load_pem_x509_certificate(data)
            if b"-----BEGIN" in data
            else x509.load_der_x509_certificate(data)
        )
    except ValueError:
        raise InvalidInput("{file} is not a readable X.509 certificate.", file=Path(path).name) from None
    key = certificate.public_key()
    if not isinstance(key, rsa.RSAPublicKey) or key.key_size < 2048:
        raise InvalidInput("An escrow certificate must hold an RSA key of at least 2048 bits.")
    return certificate


def create_new_case_file(
    path: Path,
    members: Sequence[NewMember],
    *,
    agency_code: str | None = None,
    escrow_certificate: Path | None = None,
    escrow_label: str = "Agency escrow",
    kdf: KdfParams | None = None,
) -> str:
    """Worker thread. `casedesk init`, then `member add` for the others and `escrow add`.

    Everything is checked before the first byte is written; if a later step fails, the new folder
    is removed again. Returns the recovery code, to be shown exactly once. The file is closed.
    """
    import shutil

    from desktop.models.enums import Role
    from desktop.services.casefile import create_case_file
    from desktop.services.errors import InvalidInput
    from desktop.services.facade import Services

    if not members:
        raise InvalidInput("A case file needs a first member.")
    names = [member.name.strip() for member in members]
    if any(not name for name in names):
        raise InvalidInput("A member needs a name.")
    if len(set(names)) != len(names):
        raise InvalidInput("Two members have the same name; give each a different one.")
    roles = [Role(member.role) for member in members]
    if len(members) > 1 and roles[0].value not in _MANAGER_ROLES:
        raise InvalidInput(
            "Only an administrator or a supervisor can add the other members: make the first member one."
        )
    for member in members:
        problem = passphrase_problem(member.passphrase, member.passphrase)
        if problem is not None:
            raise InvalidInput(
                "The passphrase of {member} needs at least {length} characters.",
                member=member.name.strip(),
                length=MIN_PASSPHRASE_LENGTH,
            )
    certificate = _load_escrow_certificate(escrow_certificate) if escrow_certificate else None
    path = Path(path)
    case_file, code = create_case_file(
        path,
        member_name=names[0],
        role=roles[0],
        passphrase=members[0].passphrase,
        agency_code=agency_code or None,
        kdf=kdf,
    )
    try:
        services = Services(case_file)
        for name, role, member in zip(names[1:], roles[1:], members[1:], strict=True):
            services.members.add(name, role, member.passphrase, agency_code=agency_code or None, kdf=kdf)
        if certificate is not None:
            case_file.vault.add_escrow_slot(certificate, escrow_label)
    except BaseException:
        case_file.close()
        shutil.rmtree(path, ignore_errors=True)  # ours alone: create_case_file refused an existing path
        raise
    case_file.close()
    return code


def ensure_demo(path: Path, *, kdf: KdfParams | None = None) -> Path:
    """Worker thread. The demo case file at `path`, made like `casedesk demo` when it is missing."""
    from desktop.services.demo import make_demo

    path = Path(path)
    if not path.exists():
        make_demo(path, DEMO_PASSPHRASE, kdf=kdf)
    return path


def _file_id(path: Path) -> str | None:
    from desktop.vault import SLOTS_BACKUP_NAME, SLOTS_NAME
    from desktop.vault.keyslots import parse_slot_file

    for name in (SLOTS_NAME, SLOTS_BACKUP_NAME):
        try:
            return parse_slot_file((Path(path) / name).read_bytes()).file_id
        except (OSError, VaultError):
            continue
    return None


def quick_unlock_members(path: Path) -> dict[str, str]:
    """Worker thread. {member name: device slot id} for the members this device remembers.

    Empty when the file has no device slot, the keyring is insecure or unreachable, or it
    remembers nothing for this file (as `casedesk --device` finds them). Reads the keyring only.
    """
    from desktop.vault import KeyringUnavailable
    from desktop.vault import device as device_keyring

    slots = read_slot_infos(Path(path))
    devices = [slot for slot in slots if slot.kind == "device" and slot.member_uid]
    file_id = _file_id(path) if devices else None
    if file_id is None:
        return {}
    names = {slot.member_uid: slot.label for slot in slots if slot.kind == "member"}
    found: dict[str, str] = {}
    for slot in devices:
        name = names.get(slot.member_uid)
        if name is None or name in found:
            continue
        try:
            if device_keyring.load_device_secret(file_id, slot.slot_id) is not None:
                found[name] = slot.slot_id
        except KeyringUnavailable:
            return {}
    return found


def unlock_with_device(path: Path, slot_id: str) -> CaseFile:
    """Worker thread. Quick unlock with the device secret the keyring holds for `slot_id`."""
    from desktop.services.errors import NotFound
    from desktop.vault import device as device_keyring

    file_id = _file_id(path)
    secret = device_keyring.load_device_secret(file_id, slot_id) if file_id else None
    if secret is None:
        raise NotFound(
            "Nothing is remembered for this case file on this device; open it with your passphrase."
        )
    return open_case_file(Path(path), secret, kind="device", slot_id=slot_id)


def remember_this_device(
    case_file: CaseFile, remembered_notice: str, *, label: str | None = None
) -> tuple[bool, str | Said]:
    """Worker thread. After a passphrase unlock: quick unlock on this device (never the passphrase).

    Never fails the unlock: returns (True, remembered_notice) or (False, the keyring's sentence as
    a Said, for the unlock screen to tell in the user's language), and adds that sentence to the
    file's notices so the overview shows it too (in English: the notices are plain text).
    """
    import socket

    from desktop.services.facade import Services
    from desktop.vault import KeyringUnavailable
    from desktop.vault import device as device_keyring

    principal = case_file.vault.principal
    if principal.kind != "member":
        return False, ""
    said_back: str | Said
    try:
        for slot in case_file.vault.slots():
            if (
                slot.kind == "device"
                and slot.member_uid == principal.member_uid
                and device_keyring.load_device_secret(case_file.vault.file_id, slot.slot_id) is not None
            ):
                ok, notice = True, remembered_notice  # already remembered: no second slot
                break
        else:
            Services(case_file).members.remember_on_device(label or socket.gethostname())
            ok, notice = True, remembered_notice
        said_back = notice
    except (KeyringUnavailable, ServiceError) as error:
        ok, notice, said_back = False, str(error), error.said
    if notice:
        case_file.notices = (*case_file.notices, notice)
    return ok, said_back


def recover_and_unlock(
    path: Path, recovery_code: str, member: str, new_passphrase: str, *, kdf: KdfParams | None = None
) -> CaseFile:
    """Worker thread. `casedesk recover --member`, then open the file with the new passphrase."""
    from desktop.services.errors import InvalidInput
    from desktop.services.facade import Services

    if passphrase_problem(new_passphrase, new_passphrase) is not None:
        raise InvalidInput("A passphrase needs at least 8 characters; nothing was changed.")
    case_file = open_case_file(Path(path), recovery_code, kind="recovery")
    try:
        Services(case_file).members.reset_passphrase(member, new_passphrase, kdf=kdf)
    finally:
        case_file.close()
    return open_case_file(Path(path), new_passphrase, member=member)
