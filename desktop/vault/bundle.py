"""A case file on disk: the `NAME.casedesk/` bundle, its key slots and its SQLCipher database.

Layout (docs/case-file-format.md has the byte-level detail):

    NAME.casedesk/
        case.db              SQLCipher 4 database, raw 256-bit data key
        keyslots.json        key slots, HMAC-protected
        keyslots.bak.json    identical copy, used when the first is damaged
        .lock                held while a process has the file open
        backups/             encrypted copies made before a schema upgrade

Threading: everything here blocks (Argon2id, fsync, rekey); call it from a worker thread.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import sqlcipher3
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa, x25519
from sqlalchemy import Engine

from desktop.sentences import template
from desktop.vault import wrapping
from desktop.vault.database import connect_raw, make_engine, rekey
from desktop.vault.errors import DamagedCaseFile, NotACaseFile, SlotError, VaultError, WrongSecret
from desktop.vault.filelock import BundleLock
from desktop.vault.kdf import KdfParams, derive_key, encode_passphrase
from desktop.vault.keyslots import Slot, SlotFile, fsync_directory, parse_slot_file, write_atomically
from desktop.vault.recovery import new_recovery_code, normalise_recovery_code

DB_NAME = "case.db"
SLOTS_NAME = "keyslots.json"
SLOTS_BACKUP_NAME = "keyslots.bak.json"
LOCK_NAME = ".lock"
BACKUPS_DIR = "backups"
SUFFIX = ".casedesk"

# Notices of an unlock that repaired something (Vault.warnings). Plain English strings for now:
# the notices they join (CaseFile.notices, the overview) are strings; template() puts them in the
# catalogue so that they can become said(...) once those are sentences.
RESTORED_FROM_BACKUP = template(
    "The key-slot file was damaged or missing; it was restored from its backup copy."
)
ROTATION_COMPLETED = template("An interrupted change of the data key was completed.")


@dataclass(frozen=True)
class SlotInfo:
    """What the unlock screen may know before any secret is given."""

    slot_id: str
    kind: str
    label: str
    member_uid: str | None


@dataclass(frozen=True)
class Principal:
    """Who opened the case file: the slot that unlocked it."""

    slot_id: str
    kind: str
    label: str
    member_uid: str | None


@dataclass
class _Unwrapped:
    slot_file: SlotFile
    slot: Slot
    data_key: bytes
    pending_key: bytes | None
    source: str  # SLOTS_NAME or SLOTS_BACKUP_NAME


def bundle_paths(path: Path) -> dict[str, Path]:
    return {
        "db": path / DB_NAME,
        "slots": path / SLOTS_NAME,
        "backup": path / SLOTS_BACKUP_NAME,
        "lock": path / LOCK_NAME,
    }


def read_slot_infos(path: Path) -> list[SlotInfo]:
    """The slots listed in the key-slot file (or its backup if the first is damaged)."""
    found, _damage = _read_slot_files(Path(path))
    _source, slot_file = found[0]
    return [SlotInfo(s.slot_id, s.kind, s.label, s.member_uid) for s in slot_file.slots]


def _read_slot_files(path: Path) -> tuple[list[tuple[str, SlotFile]], list[str]]:
    if not path.is_dir():
        if path.exists():
            raise NotACaseFile(
                "{name} is a file, not a case-file folder ({suffix}).", name=path.name, suffix=SUFFIX
            )
        raise NotACaseFile("There is no case file at {path}.", path=str(path))
    found: list[tuple[str, SlotFile]] = []
    damage: list[str] = []
    first_error: VaultError | None = None
    seen: set[bytes] = set()
    for name in (SLOTS_NAME, SLOTS_BACKUP_NAME):
        try:
            raw = (path / name).read_bytes()
        except FileNotFoundError:
            damage.append(name)
            continue
        except OSError as error:
            raise DamagedCaseFile(
                "The key-slot file cannot be read: {reason}.", reason=error.strerror
            ) from None
        if raw in seen:
            continue
        seen.add(raw)
        try:
            found.append((name, parse_slot_file(raw)))
        except VaultError as error:
            damage.append(name)
            first_error = first_error or error
    if not found:
        # Without a database there is no case file to be damaged: say what the folder is not.
        if not (path / DB_NAME).exists():
            raise NotACaseFile("{name} is not a Benelux Case Desk case file.", name=path.name)
        if first_error is not None:
            raise first_error
        raise DamagedCaseFile("Both key-slot files of this case file are missing.")
    return found, damage


class Vault:
    """An unlocked case file. Holds the data key until close(); never hands it out."""

    def __init__(
        self,
        path: Path,
        lock: BundleLock,
        slot_file: SlotFile,
        data_key: bytes,
        principal: Principal,
        warnings: list[str],
    ) -> None:
        self.path = path
        self._lock = lock
        self._slot_file = slot_file
        self._data_key: bytes | None = data_key
        self.principal = principal
        self.warnings = warnings
        self._engine: Engine | None = None

    # -- access -----------------------------------------------------------------------------

    @property
    def file_id(self) -> str:
        return self._slot_file.file_id

    @property
    def is_open(self) -> bool:
        return self._data_key is not None

    def _key(self) -> bytes:
        if self._data_key is None:
            raise VaultError("The case file is locked.")
        return self._data_key

    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = make_engine(self.path / DB_NAME, self._key())
        return self._engine

    def slots(self) -> list[SlotInfo]:
        return [SlotInfo(s.slot_id, s.kind, s.label, s.member_uid) for s in self._slot_file.slots]

    def key_check_value(self) -> str:
        """A non-secret fingerprint of the data key (first 8 bytes of SHA-256 of a derivation), for tests and support."""
        return hashlib.sha256(b"casedesk/v1/kcv" + self._key()).hexdigest()[:16]

    def raw_connection(self) -> sqlcipher3.Connection:
        """The single DB-API connection (for integrity checks and rekey); same thread as the engine."""
        return self.engine().raw_connection().driver_connection  # type: ignore[return-value]

    def close(self) -> None:
        """Drop the engine and the key, release the lock. Safe to call twice."""
        if self._engine is not None:
            with contextlib.suppress(Exception):
                connection = self._engine.raw_connection().driver_connection
                self._engine.dispose()
                connection.close()  # type: ignore[union-attr]
            self._engine = None
        self._data_key = None
        self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- slot management ---------------------------------------------------------------------

    def add_member_slot(
        self, label: str, member_uid: str, passphrase: str, kdf: KdfParams | None = None
    ) -> SlotInfo:
        if any(s.kind == "member" and s.label == label for s in self._slot_file.slots):
            raise SlotError("There is already a member named {name!r} in this case file.", name=label)
        slot = _new_x25519_slot(
            "member",
            label,
            member_uid,
            encode_passphrase(passphrase),
            kdf or KdfParams.argon2id(),
            self.file_id,
            self._key(),
        )
        self._save(self._slot_file.with_slots((*self._slot_file.slots, slot)))
        return SlotInfo(slot.slot_id, slot.kind, slot.label, slot.member_uid)

    def add_recovery_slot(self, kdf: KdfParams | None = None) -> str:
        """Replaces any existing recovery slot; returns the new code, to be shown exactly once."""
        code = new_recovery_code()
        slot = _new_x25519_slot(
            "recovery",
            "Recovery code",
            None,
            normalise_recovery_code(code),
            kdf or KdfParams.argon2id(),
            self.file_id,
            self._key(),
        )
        kept = tuple(s for s in self._slot_file.slots if s.kind != "recovery")
        self._save(self._slot_file.with_slots((*kept, slot)))
        return code

    def add_device_slot(self, member_uid: str, label: str) -> tuple[str, bytes]:
        """A slot for quick unlock on this device; returns (slot id, the 32-byte device secret)."""
        secret = os.urandom(32)
        slot = _new_x25519_slot(
            "device", label, member_uid, secret, KdfParams.hkdf(), self.file_id, self._key()
        )
        self._save(self._slot_file.with_slots((*self._slot_file.slots, slot)))
        return slot.slot_id, secret

    def add_escrow_slot(self, certificate: x509.Certificate, label: str) -> SlotInfo:
        public_key = certificate.public_key()
        if not isinstance(public_key, rsa.RSAPublicKey) or public_key.key_size < 2048:
            raise SlotError("An escrow certificate must hold an RSA key of at least 2048 bits.")
        from cryptography.hazmat.primitives.serialization import Encoding

        pem = certificate.public_bytes(Encoding.PEM).decode("ascii")
        fingerprint = hashlib.sha256(certificate.public_bytes(Encoding.DER)).hexdigest()
        if any(s.fingerprint == fingerprint for s in self._slot_file.slots):
            raise SlotError("This escrow certificate already has a slot.")
        slot = Slot(
            slot_id=f"escrow-{uuid.uuid4().hex[:12]}",
            kind="escrow",
            label=label,
            sealed_data_key=wrapping.seal_data_key_rsa(self._key(), public_key),
            certificate_pem=pem,
            fingerprint=fingerprint,
        )
        self._save(self._slot_file.with_slots((*self._slot_file.slots, slot)))
        return SlotInfo(slot.slot_id, slot.kind, slot.label, None)

    def change_secret(
        self, slot_id: str, old_secret: str, new_secret: str, kdf: KdfParams | None = None
    ) -> None:
        """Re-seal one slot's private key under a new passphrase. Nobody else's slot changes."""
        slot = self._find(slot_id)
        if slot.kind != "member" or slot.kdf is None:
            raise SlotError("Only a member's passphrase can be changed this way.")
        kek = derive_key(slot.kdf, encode_passphrase(old_secret))
        private_key = wrapping.open_private_key(
            slot.sealed_private_key, kek, file_id=self.file_id, slot_id=slot_id
        )
        # The slot keeps its cost (or takes the one given) with a new salt.
        new_kdf = (kdf or slot.kdf).with_fresh_salt()
        new_kek = derive_key(new_kdf, encode_passphrase(new_secret))
        sealed = wrapping.seal_private_key(private_key, new_kek, file_id=self.file_id, slot_id=slot_id)
        self._replace_slot(replace(slot, kdf=new_kdf, sealed_private_key=sealed))

    def reset_member_secret(self, member_uid: str, new_secret: str, kdf: KdfParams | None = None) -> None:
        """For recovery and administrators: give a member a fresh key pair under a new passphrase."""
        slots = [s for s in self._slot_file.slots if s.kind == "member" and s.member_uid == member_uid]
        if not slots:
            raise SlotError("That member has no key slot in this case file.")
        old = slots[0]
        fresh = _new_x25519_slot(
            "member",
            old.label,
            member_uid,
            encode_passphrase(new_secret),
            kdf or KdfParams.argon2id(),
            self.file_id,
            self._key(),
            slot_id=old.slot_id,
        )
        self._replace_slot(fresh)

    def remove_slots(self, should_remove: Callable[[Slot], bool], *, rotate: bool = True) -> int:
        """Delete matching slots, then (by default) rotate the data key so old copies open nothing new."""
        kept = tuple(s for s in self._slot_file.slots if not should_remove(s))
        removed = len(self._slot_file.slots) - len(kept)
        if removed == 0:
            return 0
        if not any(s.kind in ("member", "recovery", "escrow") for s in kept):
            raise SlotError("The last way into the case file cannot be removed.")
        if rotate:
            self.rotate_data_key(kept)
        else:
            self._save(self._slot_file.with_slots(kept))
        return removed

    def rotate_data_key(
        self, slots: Iterable[Slot] | None = None, *, after_rekey: Callable[[], None] | None = None
    ) -> None:
        """New random data key: announce it in every slot, `PRAGMA rekey`, then make it current.

        Crash-safe: at every moment the slot file on disk opens the database with either the
        old key (before the rekey commits) or the pending one (after it). The opener finishes
        a rotation that was interrupted.
        """
        kept = tuple(slots) if slots is not None else self._slot_file.slots
        new_key = os.urandom(32)
        announced = tuple(replace(s, pending_data_key=_seal_for(s, new_key, self.file_id)) for s in kept)
        self._save(self._slot_file.with_slots(announced))
        self._finish_rotation(new_key, after_rekey=after_rekey)

    def _finish_rotation(self, new_key: bytes, *, after_rekey: Callable[[], None] | None = None) -> None:
        rekey(self.raw_connection(), new_key)
        if after_rekey is not None:
            after_rekey()
        self._promote_pending(new_key)

    def _promote_pending(self, new_key: bytes) -> None:
        promoted = tuple(
            replace(
                s,
                sealed_data_key=s.pending_data_key or _seal_for(s, new_key, self.file_id),
                pending_data_key=None,
            )
            for s in self._slot_file.slots
        )
        self._data_key = new_key
        self._save(self._slot_file.with_slots(promoted))

    # -- internals ---------------------------------------------------------------------------

    def _find(self, slot_id: str) -> Slot:
        try:
            return self._slot_file.slot(slot_id)
        except KeyError:
            raise SlotError("There is no such key slot in this case file.") from None

    def _replace_slot(self, new_slot: Slot) -> None:
        slots = tuple(new_slot if s.slot_id == new_slot.slot_id else s for s in self._slot_file.slots)
        self._save(self._slot_file.with_slots(slots))

    def _save(self, slot_file: SlotFile) -> None:
        sealed = slot_file.sealed(self._key())
        write_slot_files(self.path, sealed)
        self._slot_file = sealed


def write_slot_files(path: Path, sealed: SlotFile) -> None:
    """Primary, then backup, both with the same content (see docs: why the backup mirrors)."""
    data = sealed.to_bytes()
    write_atomically(path / SLOTS_NAME, data)
    write_atomically(path / SLOTS_BACKUP_NAME, data)


def _seal_for(slot: Slot, data_key: bytes, file_id: str) -> dict[str, str]:
    if slot.kind == "escrow":
        certificate = x509.load_pem_x509_certificate((slot.certificate_pem or "").encode())
        public_key = certificate.public_key()
        assert isinstance(public_key, rsa.RSAPublicKey)
        return wrapping.seal_data_key_rsa(data_key, public_key)
    assert slot.public_key is not None
    recipient = x25519.X25519PublicKey.from_public_bytes(slot.public_key)
    return wrapping.seal_data_key(data_key, recipient, file_id=file_id, slot_id=slot.slot_id)


def _new_x25519_slot(
    kind: str,
    label: str,
    member_uid: str | None,
    secret: bytes,
    kdf: KdfParams,
    file_id: str,
    data_key: bytes,
    *,
    slot_id: str | None = None,
) -> Slot:
    slot_id = slot_id or f"{kind}-{uuid.uuid4().hex[:12]}"
    kdf = kdf.with_fresh_salt()  # one cost setting may serve many slots; a salt never does
    private_key = x25519.X25519PrivateKey.generate()
    kek = derive_key(kdf, secret)
    public = private_key.public_key()
    return Slot(
        slot_id=slot_id,
        kind=kind,
        label=label,
        member_uid=member_uid,
        public_key=wrapping.public_key_bytes(public),
        kdf=kdf,
        sealed_private_key=wrapping.seal_private_key(private_key, kek, file_id=file_id, slot_id=slot_id),
        sealed_data_key=wrapping.seal_data_key(data_key, public, file_id=file_id, slot_id=slot_id),
    )


# -- creating and opening --------------------------------------------------------------------


@dataclass
class Created:
    vault: Vault
    recovery_code: str
    member_slot: SlotInfo


def create_bundle(
    path: Path, *, member_label: str, member_uid: str, passphrase: str, kdf: KdfParams | None = None
) -> Created:
    """A new, empty, keyed database with a member slot and a recovery slot. Schema is the caller's."""
    path = Path(path)
    if path.suffix != SUFFIX:
        raise NotACaseFile("A case file's folder name ends in {suffix}.", suffix=SUFFIX)
    if path.exists():
        raise SlotError("{path} already exists; choose another name.", path=str(path))
    path.mkdir(parents=True, mode=0o700)
    (path / BACKUPS_DIR).mkdir(mode=0o700)
    lock = BundleLock(path / LOCK_NAME)
    lock.acquire()
    try:
        data_key = os.urandom(32)
        connect_raw(path / DB_NAME, data_key).close()
        file_id = uuid.uuid4().hex
        kdf = kdf or KdfParams.argon2id()
        member = _new_x25519_slot(
            "member", member_label, member_uid, encode_passphrase(passphrase), kdf, file_id, data_key
        )
        sealed = SlotFile(file_id=file_id, generation=1, slots=(member,)).sealed(data_key)
        write_slot_files(path, sealed)
        fsync_directory(path)
        principal = Principal(member.slot_id, "member", member_label, member_uid)
        vault = Vault(path, lock, sealed, data_key, principal, [])
        code = vault.add_recovery_slot(kdf=kdf)
    except BaseException:
        lock.release()
        raise
    return Created(vault, code, SlotInfo(member.slot_id, "member", member_label, member_uid))


def unlock_bundle(
    path: Path,
    secret: str | bytes,
    *,
    kind: str = "member",
    label: str | None = None,
    slot_id: str | None = None,
) -> Vault:
    """Open with a member passphrase (kind="member"), a recovery code or a device secret.

    Reads only, until a secret has proven right: a wrong secret leaves every byte as it was.
    """
    path = Path(path)
    lock = BundleLock(path / LOCK_NAME)
    found, damage = _read_slot_files(path)  # before locking: a non-bundle gets no lock file
    lock.acquire()
    try:
        if kind == "recovery":  # a malformed code is refused here (WrongSecret)
            code = secret if isinstance(secret, str) else secret.decode("utf-8", "replace")
            secret_bytes = normalise_recovery_code(code)
        else:
            secret_bytes = encode_passphrase(secret) if isinstance(secret, str) else secret
        unwrapped = _unwrap(found, secret_bytes, kind=kind, label=label, slot_id=slot_id)
        return _open_database(path, lock, unwrapped, damage)
    except BaseException:
        lock.release()
        raise


def unlock_bundle_with_escrow(path: Path, private_key: rsa.RSAPrivateKey) -> Vault:
    """The agency's way in when no member is left: the escrow certificate's RSA private key."""
    path = Path(path)
    found, damage = _read_slot_files(path)
    lock = BundleLock(path / LOCK_NAME)
    lock.acquire()
    try:
        from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

        wanted = private_key.public_key().public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
        for source, slot_file in found:
            for slot in slot_file.slots:
                if slot.kind != "escrow":
                    continue
                try:
                    certificate = x509.load_pem_x509_certificate((slot.certificate_pem or "").encode())
                except ValueError:
                    raise DamagedCaseFile("The escrow slot of the key-slot file is damaged.") from None
                if (
                    certificate.public_key().public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
                    != wanted
                ):
                    continue
                data_key = wrapping.open_data_key_rsa(slot.sealed_data_key, private_key)
                pending = (
                    wrapping.open_data_key_rsa(slot.pending_data_key, private_key)
                    if slot.pending_data_key
                    else None
                )
                if slot_file.mac_valid(data_key):
                    return _open_database(
                        path, lock, _Unwrapped(slot_file, slot, data_key, pending, source), damage
                    )
        raise WrongSecret("No escrow slot of this case file matches that key.")
    except BaseException:
        lock.release()
        raise


@dataclass
class _Attempt:
    wrong: int = 0
    damaged: int = 0
    tried: int = 0
    kek_cache: dict[tuple[object, ...], bytes] = field(default_factory=dict)


def _unwrap(
    found: list[tuple[str, SlotFile]], secret: bytes, *, kind: str, label: str | None, slot_id: str | None
) -> _Unwrapped:
    attempt = _Attempt()
    # Newest generation first (the primary first on a tie). An older copy is only a fallback for
    # a newer one that is damaged: a secret the newer file refuses (a changed passphrase) or a
    # slot it no longer has (a removed member) must not open the file through a stale backup.
    ordered = sorted(found, key=lambda item: -item[1].generation)
    newest = ordered[0][1].generation
    for source, slot_file in ordered:
        if slot_file.generation < newest and (attempt.wrong or (attempt.tried == 0 and not attempt.damaged)):
            break
        for slot in slot_file.slots:
            if slot.kind != kind or (label is not None and slot.label != label):
                continue
            if slot_id is not None and slot.slot_id != slot_id:
                continue
            result = _try_slot(slot_file, slot, secret, source, attempt)
            if result is not None:
                return result
    if attempt.tried == 0:
        if label is not None:
            raise SlotError("There is no member named {name!r} in this case file.", name=label)
        raise SlotError("This case file has no slot of that kind.")
    if attempt.damaged and not attempt.wrong:
        raise DamagedCaseFile(
            "The key-slot file and its backup are both damaged; the case file cannot be opened."
        )
    if kind == "recovery":
        raise WrongSecret("The recovery code is not correct for this case file.")
    if kind == "device":
        raise WrongSecret("The secret remembered on this device no longer opens this case file.")
    if label is None:
        raise WrongSecret("The passphrase does not open this case file for any of its members.")
    raise WrongSecret("The passphrase is not correct for {name}.", name=label)


def _try_slot(
    slot_file: SlotFile, slot: Slot, secret: bytes, source: str, attempt: _Attempt
) -> _Unwrapped | None:
    assert slot.kdf is not None
    attempt.tried += 1
    cache_key = (slot.kdf, secret)
    kek = attempt.kek_cache.get(cache_key)
    if kek is None:
        kek = attempt.kek_cache[cache_key] = derive_key(slot.kdf, secret)
    try:
        private_key = wrapping.open_private_key(
            slot.sealed_private_key, kek, file_id=slot_file.file_id, slot_id=slot.slot_id
        )
        data_key = wrapping.open_data_key(
            slot.sealed_data_key, private_key, file_id=slot_file.file_id, slot_id=slot.slot_id
        )
        pending = (
            wrapping.open_data_key(
                slot.pending_data_key, private_key, file_id=slot_file.file_id, slot_id=slot.slot_id
            )
            if slot.pending_data_key
            else None
        )
    except WrongSecret:
        attempt.wrong += 1
        return None
    except ValueError:
        attempt.damaged += 1
        return None
    if not slot_file.mac_valid(data_key):
        attempt.damaged += 1
        return None
    return _Unwrapped(slot_file, slot, data_key, pending, source)


def _open_database(path: Path, lock: BundleLock, unwrapped: _Unwrapped, damage: list[str]) -> Vault:
    db_path = path / DB_NAME
    if not db_path.is_file():
        raise DamagedCaseFile("The case file's database is missing.")
    keys = [unwrapped.data_key] + ([unwrapped.pending_key] if unwrapped.pending_key else [])
    opened_with: bytes | None = None
    for key in keys:
        try:
            connect_raw(db_path, key).close()
        except WrongSecret:
            continue
        except sqlcipher3.DatabaseError:
            raise DamagedCaseFile("The case file's database is damaged and cannot be opened.") from None
        opened_with = key
        break
    if opened_with is None:
        raise DamagedCaseFile(
            "The database does not open with the key held by the key-slot file: one of them is damaged or was replaced."
        )
    slot = unwrapped.slot
    principal = Principal(slot.slot_id, slot.kind, slot.label, slot.member_uid)
    warnings: list[str] = []
    vault = Vault(path, lock, unwrapped.slot_file, opened_with, principal, warnings)
    if unwrapped.source != SLOTS_NAME or SLOTS_NAME in damage:
        warnings.append(RESTORED_FROM_BACKUP)
    if unwrapped.pending_key is not None:
        # A rotation was interrupted. Finish it, so a removed member's old key stays useless.
        if opened_with == unwrapped.pending_key:
            vault._promote_pending(unwrapped.pending_key)
        else:
            vault._finish_rotation(unwrapped.pending_key)
        warnings.append(ROTATION_COMPLETED)
    else:
        _heal_slot_files(path, unwrapped.slot_file)
    return vault


def _heal_slot_files(path: Path, slot_file: SlotFile) -> None:
    """Rewrite whichever slot file differs from the one that opened (damaged, missing, or one
    generation behind after a crash between the two writes)."""
    expected = slot_file.to_bytes()
    for name in (SLOTS_NAME, SLOTS_BACKUP_NAME):
        try:
            current = (path / name).read_bytes()
        except OSError:
            current = b""
        if current != expected:
            write_atomically(path / name, expected)
