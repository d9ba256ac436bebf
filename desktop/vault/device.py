"""Quick unlock: a random device secret in the OS keyring opens a device slot.

The keyring never holds the human passphrase, only a 256-bit secret that opens one device slot
of one case file. Backends that would store it in plaintext (keyrings.alt's files, the `fail`
backend, or a chainer that could fall back to one of those) are refused: the caller then asks
for the passphrase as usual. KeePassXC users were confused when quick unlock failed silently;
every refusal here comes with a sentence saying why.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import threading

import keyring
import keyring.backend
import keyring.errors

from desktop.vault.errors import KeyringUnavailable

SERVICE = "benelux-case-desk"

# Modules of keyring backends that keep secrets protected by the OS or a desktop secret store.
_SECURE_MODULES = (
    "keyring.backends.SecretService",
    "keyring.backends.libsecret",
    "keyring.backends.macOS",
    "keyring.backends.Windows",
    "keyring.backends.kwallet",
)


def is_secure_backend(backend: keyring.backend.KeyringBackend) -> bool:
    module = type(backend).__module__
    if module == "keyring.backends.chainer":
        children = getattr(backend, "backends", [])
        return bool(children) and all(is_secure_backend(child) for child in children)
    return module.startswith(_SECURE_MODULES)


_discovered = threading.Event()


def _discover_backends() -> None:
    """Let keyring import its backend modules on a throw-away thread, once per process.

    Some of them keep the ImportError they trapped at import (the Windows backend on Linux, in a
    module-level `ExceptionTrap`). That traceback's frames lead back to whatever called keyring
    first, so on the database worker it pinned the open case file — its Vault, engine and
    Services — for the life of the process, long after the window was locked. A fresh thread's
    frames lead nowhere (tests/test_key_material_on_lock.py).
    """
    if _discovered.is_set():
        return

    def discover() -> None:
        with contextlib.suppress(Exception):  # the caller asks again and says why
            keyring.get_keyring()

    thread = threading.Thread(target=discover, name="casedesk-keyring-discovery", daemon=True)
    thread.start()
    thread.join()
    _discovered.set()


def secure_backend() -> keyring.backend.KeyringBackend:
    """The current backend if it is secure and reachable, else KeyringUnavailable with a reason."""
    _discover_backends()
    try:
        backend = keyring.get_keyring()
    except Exception as error:  # keyring's own discovery can raise anything a plugin raises
        raise KeyringUnavailable(
            "The system keyring could not be reached ({error_type}).", error_type=type(error).__name__
        ) from None
    if not is_secure_backend(backend):
        raise KeyringUnavailable(
            "No secure system keyring is available on this computer, so the passphrase will be asked each time."
        )
    return backend


def _account(file_id: str, slot_id: str) -> str:
    return f"device-slot:{file_id}:{slot_id}"


def store_device_secret(file_id: str, slot_id: str, secret: bytes) -> None:
    backend = secure_backend()
    try:
        backend.set_password(SERVICE, _account(file_id, slot_id), base64.b64encode(secret).decode("ascii"))
    except keyring.errors.KeyringError as error:
        raise KeyringUnavailable(
            "The system keyring refused to store the device secret ({error_type}).",
            error_type=type(error).__name__,
        ) from None


def load_device_secret(file_id: str, slot_id: str) -> bytes | None:
    """The remembered secret, or None when nothing is remembered (or the keyring is locked)."""
    backend = secure_backend()
    try:
        stored = backend.get_password(SERVICE, _account(file_id, slot_id))
    except keyring.errors.KeyringError:
        return None
    if stored is None:
        return None
    try:
        return base64.b64decode(stored, validate=True)
    except (binascii.Error, ValueError):
        return None


def forget_device_secret(file_id: str, slot_id: str) -> None:
    try:
        backend = secure_backend()
        backend.delete_password(SERVICE, _account(file_id, slot_id))
    except (KeyringUnavailable, keyring.errors.KeyringError):
        pass
