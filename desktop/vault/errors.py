"""Errors of the encrypted storage layer.

Every message is one plain sentence a user can act on; none of them ever contains a secret, a
key or case content, so they are safe to print, log and show in a dialog.
"""

from __future__ import annotations

from desktop.sentences import Sentence


class VaultError(Sentence):
    """Base class: something about the case file on disk prevents the operation."""


class WrongSecret(VaultError):
    """The passphrase, recovery code or device secret does not open this slot."""


class NotACaseFile(VaultError):
    """The path is not a case-file bundle (or the database is not one of ours)."""


class NewerFormat(VaultError):
    """The case file was written by a newer version of the application."""


class DamagedCaseFile(VaultError):
    """Integrity checks failed: a page, the key-slot file or its backup is damaged."""


class CaseFileLocked(VaultError):
    """Another process (or window) has the case file open."""


class SlotError(VaultError):
    """A key-slot operation is not possible (unknown member, last slot, duplicate name...)."""


class KeyringUnavailable(VaultError):
    """No secure OS keyring is available; quick unlock falls back to asking."""
