"""The key-slot file (`keyslots.json`) and its backup: parsing, MAC, atomic writing.

The file lists one slot per principal. It holds only public keys, sealed private keys and sealed
data keys, plus the display labels the unlock screen needs before any secret is known. Its
integrity is protected by an HMAC-SHA256 under a key derived from the data key, so only someone
who can open the case file can produce a valid slot file; a damaged or tampered file is
detected and the backup copy used. See docs/case-file-format.md.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.vault.encoding import b64d, b64e
from desktop.vault.errors import DamagedCaseFile, NewerFormat, NotACaseFile
from desktop.vault.kdf import KdfParams

FORMAT = "casedesk-keyslots"
VERSION = 1
MAX_SLOT_FILE_BYTES = 4 << 20

SLOT_KINDS = ("member", "recovery", "device", "escrow")
_SLOT_FIELDS = frozenset(
    {
        "id",
        "kind",
        "label",
        "member",
        "public_key",
        "kdf",
        "private_key",
        "data_key",
        "pending_data_key",
        "certificate",
        "fingerprint",
    }
)
_DOCUMENT_FIELDS = frozenset({"format", "version", "file_id", "generation", "database", "slots", "mac"})
DATABASE_DESCRIPTOR: dict[str, object] = {"cipher": "sqlcipher", "compatibility": 4, "key": "raw-256"}


@dataclass(frozen=True)
class Slot:
    """One principal's way into the case file."""

    slot_id: str
    kind: str
    label: str
    member_uid: str | None = None
    public_key: bytes | None = None  # X25519, for member/recovery/device
    kdf: KdfParams | None = None
    sealed_private_key: dict[str, str] | None = None
    sealed_data_key: dict[str, str] | None = None
    # Set only while a data-key rotation is under way (see bundle.rotate_data_key).
    pending_data_key: dict[str, str] | None = None
    certificate_pem: str | None = None  # escrow only
    fingerprint: str | None = None  # escrow only: SHA-256 of the certificate, hex

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.slot_id, "kind": self.kind, "label": self.label}
        if self.member_uid is not None:
            data["member"] = self.member_uid
        if self.public_key is not None:
            data["public_key"] = b64e(self.public_key)
        if self.kdf is not None:
            data["kdf"] = self.kdf.to_json()
        if self.sealed_private_key is not None:
            data["private_key"] = self.sealed_private_key
        if self.sealed_data_key is not None:
            data["data_key"] = self.sealed_data_key
        if self.pending_data_key is not None:
            data["pending_data_key"] = self.pending_data_key
        if self.certificate_pem is not None:
            data["certificate"] = self.certificate_pem
            data["fingerprint"] = self.fingerprint
        return data

    @classmethod
    def from_json(cls, data: object) -> Slot:
        if not isinstance(data, dict):
            raise ValueError("a slot is not an object")
        if set(data) - _SLOT_FIELDS:
            # The MAC covers the document as this version re-creates it; an extra field would
            # ride along unauthenticated, so none is accepted.
            raise ValueError("a slot has an unknown field")
        slot_id, kind, label = data.get("id"), data.get("kind"), data.get("label")
        if not isinstance(slot_id, str) or not isinstance(label, str) or kind not in SLOT_KINDS:
            raise ValueError("a slot lacks its id, kind or label")
        member = data.get("member")
        if member is not None and not isinstance(member, str):
            raise ValueError("a slot's member is malformed")
        public_key = b64d(data["public_key"]) if "public_key" in data else None
        if public_key is not None and len(public_key) != 32:
            raise ValueError("a slot's public key is malformed")
        kdf = KdfParams.from_json(data["kdf"]) if "kdf" in data else None
        certificate = data.get("certificate")
        fingerprint = data.get("fingerprint")
        if kind == "escrow":
            if not isinstance(certificate, str) or not isinstance(fingerprint, str):
                raise ValueError("an escrow slot lacks its certificate")
        elif public_key is None or kdf is None or not isinstance(data.get("private_key"), dict):
            raise ValueError("a slot lacks its public key or sealed private key")
        return cls(
            slot_id=slot_id,
            kind=kind,
            label=label,
            member_uid=member,
            public_key=public_key,
            kdf=kdf,
            sealed_private_key=_dict_or_none(data.get("private_key")),
            sealed_data_key=_dict_or_none(data.get("data_key")),
            pending_data_key=_dict_or_none(data.get("pending_data_key")),
            certificate_pem=certificate if isinstance(certificate, str) else None,
            fingerprint=fingerprint if isinstance(fingerprint, str) else None,
        )


def _dict_or_none(value: object) -> dict[str, str] | None:
    if value is None:
        return None
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise ValueError("a sealed key is malformed")
    return dict(value)


@dataclass(frozen=True)
class SlotFile:
    """The parsed key-slot file. `mac` is None for a document not yet sealed."""

    file_id: str
    generation: int
    slots: tuple[Slot, ...] = field(default_factory=tuple)
    mac: bytes | None = None

    def body(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "file_id": self.file_id,
            "generation": self.generation,
            "database": dict(DATABASE_DESCRIPTOR),
            "slots": [slot.to_json() for slot in self.slots],
        }

    def canonical_body(self) -> bytes:
        return json.dumps(self.body(), sort_keys=True, separators=(",", ":")).encode()

    def sealed(self, data_key: bytes) -> SlotFile:
        return replace(
            self, mac=hmac.new(mac_key(data_key, self.file_id), self.canonical_body(), "sha256").digest()
        )

    def mac_valid(self, data_key: bytes) -> bool:
        if self.mac is None:
            return False
        expected = hmac.new(mac_key(data_key, self.file_id), self.canonical_body(), "sha256").digest()
        return hmac.compare_digest(expected, self.mac)

    def to_bytes(self) -> bytes:
        if self.mac is None:
            raise ValueError("the slot file must be sealed before it is written")
        document = self.body()
        document["mac"] = {"algorithm": "hmac-sha256", "value": b64e(self.mac)}
        return (json.dumps(document, indent=1, sort_keys=True) + "\n").encode()

    def slot(self, slot_id: str) -> Slot:
        for slot in self.slots:
            if slot.slot_id == slot_id:
                return slot
        raise KeyError(slot_id)

    def with_slots(self, slots: tuple[Slot, ...]) -> SlotFile:
        return replace(self, slots=slots, generation=self.generation + 1, mac=None)


def mac_key(data_key: bytes, file_id: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=f"casedesk/v1/keyslot-mac/{file_id}".encode()
    ).derive(data_key)


def parse_slot_file(raw: bytes) -> SlotFile:
    """Parse without checking the MAC (that needs the data key). Raises the vault's errors."""
    if len(raw) > MAX_SLOT_FILE_BYTES:
        raise DamagedCaseFile("The key-slot file is far larger than any valid one.")
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise DamagedCaseFile("The key-slot file is not readable.") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise NotACaseFile("This folder is not a Benelux Case Desk case file.")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise DamagedCaseFile("The key-slot file has no valid version.")
    if version > VERSION:
        raise NewerFormat(
            "This case file was made by a newer version of Benelux Case Desk; please update the application."
        )
    if set(document) - _DOCUMENT_FIELDS:
        raise DamagedCaseFile(
            "The key-slot file has fields this version does not know; it may have been tampered with."
        )
    try:
        file_id = document["file_id"]
        generation = document["generation"]
        slots = tuple(Slot.from_json(item) for item in document["slots"])
        mac_field = document["mac"]
        if not isinstance(mac_field, dict) or mac_field.get("algorithm") != "hmac-sha256":
            raise ValueError("unknown MAC")
        mac = b64d(mac_field.get("value"))
        if not isinstance(file_id, str) or not isinstance(generation, int) or not slots:
            raise ValueError("bad header")
        if len({slot.slot_id for slot in slots}) != len(slots):
            raise ValueError("duplicate slot ids")
        database = document["database"]
    except (KeyError, TypeError, ValueError):
        raise DamagedCaseFile("The key-slot file is damaged.") from None
    # The descriptor is not free data: it states the one database format this version writes.
    # Anything else is a file from elsewhere or a tampered one, never silently rewritten.
    if database != DATABASE_DESCRIPTOR:
        compatibility = database.get("compatibility") if isinstance(database, dict) else None
        if isinstance(compatibility, int) and not isinstance(compatibility, bool) and compatibility > 4:
            raise NewerFormat(
                "This case file uses a newer database format; please update Benelux Case Desk to open it."
            )
        raise DamagedCaseFile("The key-slot file describes a database format this version does not write.")
    return SlotFile(file_id=file_id, generation=generation, slots=slots, mac=mac)


def write_atomically(path: Path, data: bytes) -> None:
    """Temp file in the same folder, fsync, rename, fsync the folder: old or new, never half."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with temp.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        temp.replace(path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    fsync_directory(path.parent)


def fsync_directory(directory: Path) -> None:
    if os.name != "posix":  # Windows cannot open a directory for fsync; NTFS renames are journaled.
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
