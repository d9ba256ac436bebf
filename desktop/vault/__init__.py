"""Encrypted storage: the case-file bundle, its key slots and its SQLCipher database.

The small interface the rest of the application uses:

* `create_bundle` / `unlock_bundle` / `unlock_bundle_with_escrow` → a `Vault`
* `Vault.engine()` for the services, `Vault.close()` to lock
* slot management on `Vault` (members, recovery, device, escrow, rotation)
* `read_slot_infos` for the unlock screen
* the errors in `desktop.vault.errors`, each a sentence for the user
"""

from __future__ import annotations

from desktop.vault.bundle import (
    BACKUPS_DIR,
    DB_NAME,
    SLOTS_BACKUP_NAME,
    SLOTS_NAME,
    SUFFIX,
    Created,
    Principal,
    SlotInfo,
    Vault,
    create_bundle,
    read_slot_infos,
    unlock_bundle,
    unlock_bundle_with_escrow,
)
from desktop.vault.errors import (
    CaseFileLocked,
    DamagedCaseFile,
    KeyringUnavailable,
    NewerFormat,
    NotACaseFile,
    SlotError,
    VaultError,
    WrongSecret,
)
from desktop.vault.kdf import KdfParams

__all__ = [
    "BACKUPS_DIR",
    "DB_NAME",
    "SLOTS_BACKUP_NAME",
    "SLOTS_NAME",
    "SUFFIX",
    "CaseFileLocked",
    "Created",
    "DamagedCaseFile",
    "KdfParams",
    "KeyringUnavailable",
    "NewerFormat",
    "NotACaseFile",
    "Principal",
    "SlotError",
    "SlotInfo",
    "Vault",
    "VaultError",
    "WrongSecret",
    "create_bundle",
    "read_slot_infos",
    "unlock_bundle",
    "unlock_bundle_with_escrow",
]
