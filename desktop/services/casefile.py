"""An open case file for the services: the unlocked vault, sessions and the acting member.

One `CaseFile` per unlocked file. Each user action runs in one `unit_of_work`, a Session in one
transaction, audited on flush and attributed to the member whose slot opened the file.
Threading: a CaseFile belongs to one thread (the GUI's database worker, or the CLI's main).
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy.exc
import sqlcipher3
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import Agency, Member
from desktop.models.enums import Role
from desktop.sentences import Said, said, template
from desktop.services import audit, schema
from desktop.services.catalogue import Catalogue
from desktop.services.errors import InvalidInput, NotFound, StorageFull
from desktop.vault import (
    DamagedCaseFile,
    KdfParams,
    Vault,
    create_bundle,
    unlock_bundle,
    unlock_bundle_with_escrow,
)
from desktop.vault.bundle import DB_NAME, LOCK_NAME
from desktop.vault.filelock import BundleLock
from desktop.vault.wal import wal_damage


class _CaseSession(Session):
    """Session class of case files; the audit listener is attached to it once."""


audit.install_listener(_CaseSession)

_catalogue_cache: Catalogue | None = None


def default_catalogue() -> Catalogue:
    global _catalogue_cache
    if _catalogue_cache is None:
        _catalogue_cache = Catalogue.load_default()
    return _catalogue_cache


@dataclass(frozen=True)
class OpenResult:
    """What opening reported besides the file itself (repairs, upgrades) — to show the user."""

    notices: tuple[str | Said, ...]


class CaseFile:
    def __init__(self, vault: Vault, actor: audit.Actor, notices: tuple[str | Said, ...] = ()) -> None:
        self.vault = vault
        self.actor = actor
        self.notices = notices
        self._sessions = sessionmaker(bind=vault.engine(), class_=_CaseSession, expire_on_commit=False)
        self._catalogue: Catalogue | None = None
        self.reload_catalogue()

    @property
    def path(self) -> Path:
        return self.vault.path

    @contextmanager
    def unit_of_work(self, intent: str) -> Iterator[Session]:
        """One transaction; committed when the block ends, rolled back (nothing written) on error.

        A write the disk refuses (full, or the file too large) is a StorageFull sentence, not
        the driver's error."""
        try:
            with self._sessions() as session, session.begin():
                session.info["actor"] = self.actor
                session.info["intent"] = intent
                yield session
        except (sqlalchemy.exc.OperationalError, sqlcipher3.OperationalError) as error:
            refused = _storage_refusal(error)
            if refused is None:
                raise
            raise refused from None

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read session (one transaction, for a consistent view) that never writes.

        Objects are detached at the end with their loaded attributes intact, so a caller may
        read what it loaded; nothing it changes by mistake is ever flushed.
        """
        with self._sessions() as session:
            session.info["actor"] = self.actor
            with session.begin():
                try:
                    yield session
                finally:
                    session.expunge_all()

    def catalogue(self) -> Catalogue:
        """The shipped catalogue plus the bilateral arrangements stored in this case file.

        Loaded when the file opens, not lazily: the single connection cannot start a second
        transaction inside a unit of work that asks for it.
        """
        if self._catalogue is None:
            self.reload_catalogue()
        assert self._catalogue is not None
        return self._catalogue

    def reload_catalogue(self) -> None:
        from desktop.models import CatalogueOverlay

        catalogue = default_catalogue()
        with self.reading() as session:
            for overlay in session.scalars(select(CatalogueOverlay).order_by(CatalogueOverlay.id)):
                catalogue = catalogue.with_overlay(overlay.content, source=overlay.name)
        self._catalogue = catalogue

    def close(self) -> None:
        self.vault.close()


_SQLITE_IOERR, _SQLITE_FULL = 10, 13


def _storage_refusal(error: Exception) -> StorageFull | None:
    """The sentence for a write the disk refused (SQLITE_FULL, or SQLITE_IOERR: a write that
    failed, as when the file would grow past the size allowed); None for any other error."""
    driver_error = getattr(error, "orig", error)
    code = getattr(driver_error, "sqlite_errorcode", None)
    if code == _SQLITE_FULL:
        return StorageFull(
            "There is no room left on the disk to write to the case file; nothing was changed."
        )
    if code == _SQLITE_IOERR:
        # Not "nothing was changed": an I/O error may come after the commit frame reached the log
        # (a failed sync), and the next open then replays that transaction.
        return StorageFull(
            "The disk refused to write to the case file (it may be full); the last change may not "
            "have been saved: close the case file and open it again to see what it holds."
        )
    return None


# A notice of the unlock. The vault's own notices are constant sentences without values (plain
# strings, marked with template() in desktop.vault.bundle); the GUI looks those up as they are.
UPGRADED = template("The case file was upgraded to the current format; a backup was kept in {backup}.")


def _actor_for(vault: Vault) -> audit.Actor:
    principal = vault.principal
    if principal.member_uid is None:
        return audit.Actor(None, None, principal.label, None)
    with Session(vault.engine()) as session:
        member = session.scalar(select(Member).where(Member.uid == principal.member_uid))
    if member is None or not member.active:
        raise NotFound("The member of this key slot is no longer part of the case file.")
    return audit.Actor(member.id, member.uid, member.name, member.role)


def _finish_open(vault: Vault) -> CaseFile:
    try:
        backup = schema.ensure_current(vault)
        notices = list(vault.warnings)
        if backup:
            notices.append(said(UPGRADED, backup=backup))
        return CaseFile(vault, _actor_for(vault), tuple(notices))
    except (sqlalchemy.exc.DatabaseError, sqlcipher3.DatabaseError):
        vault.close()
        raise DamagedCaseFile(
            "The case file's database is damaged (a page failed its integrity check); run `casedesk check` "
            "on a copy, or restore the latest backup."
        ) from None
    except BaseException:
        vault.close()
        raise


def _refuse_a_damaged_log(path: Path) -> None:
    """Refuse a write-ahead log whose damage would make SQLite drop committed changes silently
    (desktop.vault.wal), before anything reads it: nothing is replayed, checkpointed or lost."""
    wal = path / f"{DB_NAME}-wal"
    if not wal.is_file() or wal_damage(wal) is None:
        return
    with BundleLock(path / LOCK_NAME):  # not while another program is writing to it
        if wal_damage(wal) is None:
            return
    raise DamagedCaseFile(
        "The case file's write-ahead log (case.db-wal) is damaged: changes saved after the damaged "
        "part would be lost. Nothing was opened or changed; restore the latest backup."
    )


def open_case_file(
    path: Path,
    secret: str | bytes,
    *,
    member: str | None = None,
    kind: str = "member",
    slot_id: str | None = None,
) -> CaseFile:
    """Unlock, upgrade the schema if needed (after a backup), and resolve the acting member."""
    _refuse_a_damaged_log(Path(path))
    return _finish_open(unlock_bundle(Path(path), secret, kind=kind, label=member, slot_id=slot_id))


def open_case_file_with_escrow(path: Path, private_key: object) -> CaseFile:
    _refuse_a_damaged_log(Path(path))
    return _finish_open(unlock_bundle_with_escrow(Path(path), private_key))  # type: ignore[arg-type]


def create_case_file(
    path: Path,
    *,
    member_name: str,
    role: Role,
    passphrase: str,
    agency_code: str | None = None,
    kdf: KdfParams | None = None,
) -> tuple[CaseFile, str]:
    """A new case file with its first member and the agencies seeded. Returns (file, recovery code)."""
    from desktop.services.agencies import seed_agencies

    member_name = member_name.strip()
    if not member_name:
        raise InvalidInput("A member needs a name.")
    if not passphrase:
        raise InvalidInput("A passphrase cannot be empty.")
    member_uid = uuid.uuid4().hex
    created = create_bundle(
        Path(path), member_label=member_name, member_uid=member_uid, passphrase=passphrase, kdf=kdf
    )
    vault = created.vault
    try:
        schema.upgrade(vault.engine())
        bootstrap = audit.Actor(None, member_uid, member_name, role.value)
        case_file = CaseFile(vault, bootstrap)
        with case_file.unit_of_work("casefile.create") as session:
            seed_agencies(session)
            agency_id = None
            if agency_code:
                agency = session.scalar(select(Agency).where(Agency.code == agency_code))
                if agency is None:
                    raise InvalidInput("There is no agency with the code {code!r}.", code=agency_code)
                agency.own = True
                agency_id = agency.id
            session.add(Member(uid=member_uid, name=member_name, role=role.value, agency_id=agency_id))
        case_file.actor = _actor_for(vault)
    except BaseException:
        vault.close()
        shutil.rmtree(path, ignore_errors=True)  # ours alone: create_bundle refused an existing path
        raise
    return case_file, created.recovery_code
