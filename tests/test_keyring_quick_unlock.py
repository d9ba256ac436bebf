"""Quick unlock: which keyring backends are trusted, and the device-slot flow with a real Secret Service.

The Secret Service tests need the session bus and unlocked gnome-keyring that `./dev test` starts
(tests/with-keyring.sh sets CASEDESK_TEST_SECRET_SERVICE=1); elsewhere they are skipped.
The backends defined here refuse to be auto-selected (their priority raises), so they never leak
into keyring's discovery for other tests.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import keyring
import keyring.backend
import keyring.errors
import pytest
from keyring.backends import SecretService, fail
from keyring.backends.chainer import ChainerBackend
from keyring.compat import properties
from sqlalchemy import func, select

from desktop.models import AuditEntry
from desktop.vault import KeyringUnavailable, SlotError, VaultError, WrongSecret, unlock_bundle
from desktop.vault.device import (
    forget_device_secret,
    is_secure_backend,
    load_device_secret,
    secure_backend,
    store_device_secret,
)

SECRET_SERVICE = os.environ.get("CASEDESK_TEST_SECRET_SERVICE") == "1"


class _NeverAutoSelected(keyring.backend.KeyringBackend):
    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("test backend; never chosen by keyring's discovery")

    def get_password(self, service: str, username: str) -> str | None:
        raise NotImplementedError

    def set_password(self, service: str, username: str, password: str) -> None:
        raise NotImplementedError

    def delete_password(self, service: str, username: str) -> None:
        raise NotImplementedError


class PlaintextFileKeyring(_NeverAutoSelected):
    """Looks like keyrings.alt's plaintext file backend."""

    __module__ = "keyrings.alt.file"


class InMemorySecretStore(_NeverAutoSelected):
    """Stands in for a desktop secret store (its module is one the product trusts)."""

    __module__ = "keyring.backends.SecretService"

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("not stored")


class RefusingSecretStore(InMemorySecretStore):
    """A trusted store that refuses writes (a locked collection, a denied prompt)."""

    __module__ = "keyring.backends.SecretService"

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("the collection is locked")


@pytest.fixture(autouse=True)
def _restore_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


def _audit_count(services) -> int:  # type: ignore[no-untyped-def]
    with services.case_file.reading() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


# -- which backends are trusted ------------------------------------------------------------------


def test_fail_backend_is_not_secure() -> None:
    assert not is_secure_backend(fail.Keyring())


def test_plaintext_keyrings_alt_backend_is_not_secure() -> None:
    assert not is_secure_backend(PlaintextFileKeyring())


def test_secret_service_backend_is_secure() -> None:
    assert is_secure_backend(SecretService.Keyring())


def test_chainer_with_one_insecure_child_is_not_secure(monkeypatch) -> None:
    monkeypatch.setattr(ChainerBackend, "backends", [SecretService.Keyring(), PlaintextFileKeyring()])
    assert not is_secure_backend(ChainerBackend())


def test_chainer_with_a_fail_child_is_not_secure(monkeypatch) -> None:
    monkeypatch.setattr(ChainerBackend, "backends", [fail.Keyring(), SecretService.Keyring()])
    assert not is_secure_backend(ChainerBackend())


def test_chainer_with_only_secure_children_is_secure(monkeypatch) -> None:
    monkeypatch.setattr(ChainerBackend, "backends", [SecretService.Keyring()])
    assert is_secure_backend(ChainerBackend())


def test_empty_chainer_is_not_secure(monkeypatch) -> None:
    monkeypatch.setattr(ChainerBackend, "backends", [])
    assert not is_secure_backend(ChainerBackend())


def test_insecure_backend_is_refused_with_a_sentence_by_every_entry_point() -> None:
    keyring.set_keyring(PlaintextFileKeyring())
    with pytest.raises(KeyringUnavailable, match="No secure system keyring is available"):
        secure_backend()
    with pytest.raises(KeyringUnavailable):
        store_device_secret("file", "slot", b"\x00" * 32)
    with pytest.raises(KeyringUnavailable):
        load_device_secret("file", "slot")
    forget_device_secret("file", "slot")  # forgetting never fails


# -- the flow through MemberService --------------------------------------------------------------


def test_remember_on_device_with_fail_backend_raises_and_adds_no_slot(tmp_case, open_as, snapshot) -> None:
    keyring.set_keyring(fail.Keyring())
    with open_as(tmp_case.path, "Sam") as services:
        entries = _audit_count(services)
        slots_before = (tmp_case.path / "keyslots.json").read_bytes()
        with pytest.raises(KeyringUnavailable, match="No secure system keyring"):
            services.members.remember_on_device("test device")
        assert (tmp_case.path / "keyslots.json").read_bytes() == slots_before
        assert all(slot.kind != "device" for slot in services.case_file.vault.slots())
        assert _audit_count(services) == entries


def test_keyring_refusing_to_store_leaves_no_device_slot(tmp_case, open_as) -> None:
    keyring.set_keyring(RefusingSecretStore())
    with open_as(tmp_case.path, "Anna") as services:
        slot_ids = {slot.slot_id for slot in services.case_file.vault.slots()}
        with pytest.raises(KeyringUnavailable, match="refused to store the device secret"):
            services.members.remember_on_device("locked keyring")
        assert {slot.slot_id for slot in services.case_file.vault.slots()} == slot_ids
    with pytest.raises(SlotError):
        unlock_bundle(tmp_case.path, b"\x00" * 32, kind="device")


def test_recovery_principal_cannot_remember_a_device(tmp_case) -> None:
    from desktop.services.casefile import open_case_file
    from desktop.services.errors import InvalidInput
    from desktop.services.facade import Services

    keyring.set_keyring(InMemorySecretStore())
    case_file = open_case_file(tmp_case.path, tmp_case.recovery_code, kind="recovery")
    try:
        with pytest.raises(InvalidInput, match="your own passphrase"):
            Services(case_file).members.remember_on_device("recovery laptop")
    finally:
        case_file.close()


def _quick_unlock_round_trip(tmp_case, open_as) -> None:  # type: ignore[no-untyped-def]
    with open_as(tmp_case.path, "Anna") as services:
        anna_uid = services.case_file.vault.principal.member_uid
        entries = _audit_count(services)
        slot_id = services.members.remember_on_device("test device")
        assert _audit_count(services) == entries + 1
        device_slots = [s for s in services.case_file.vault.slots() if s.kind == "device"]
        assert [(s.slot_id, s.label, s.member_uid) for s in device_slots] == [
            (slot_id, "test device", anna_uid)
        ]

    secret = load_device_secret(tmp_case.file_id, slot_id)
    assert secret is not None and len(secret) == 32
    vault = unlock_bundle(tmp_case.path, secret, kind="device")
    try:
        assert vault.principal.kind == "device"
        assert vault.principal.member_uid == anna_uid
        assert vault.principal.slot_id == slot_id
    finally:
        vault.close()
    with pytest.raises(WrongSecret, match="remembered on this device no longer opens"):
        unlock_bundle(tmp_case.path, os.urandom(32), kind="device")

    with open_as(tmp_case.path, "Anna") as services:
        services.members.forget_device(slot_id)
        assert all(s.kind != "device" for s in services.case_file.vault.slots())
    assert load_device_secret(tmp_case.file_id, slot_id) is None
    with pytest.raises(VaultError):
        unlock_bundle(tmp_case.path, secret, kind="device")
    with pytest.raises(VaultError):
        unlock_bundle(tmp_case.path, secret, kind="device", slot_id=slot_id)
    unlock_bundle(tmp_case.path, tmp_case.passphrase("Anna"), label="Anna").close()


def test_quick_unlock_round_trip_with_a_trusted_in_memory_store(tmp_case, open_as) -> None:
    store = InMemorySecretStore()
    keyring.set_keyring(store)
    _quick_unlock_round_trip(tmp_case, open_as)
    assert store.secrets == {}  # forgetting removed the secret from the store


@pytest.mark.keyring
def test_quick_unlock_round_trip_with_the_real_secret_service(tmp_case, open_as) -> None:
    if not SECRET_SERVICE:
        pytest.skip("needs gnome-keyring on a session bus (./dev test sets CASEDESK_TEST_SECRET_SERVICE=1)")
    keyring.set_keyring(SecretService.Keyring())
    _quick_unlock_round_trip(tmp_case, open_as)


@pytest.mark.keyring
def test_removing_a_member_makes_their_remembered_device_useless(tmp_case, open_as) -> None:
    if not SECRET_SERVICE:
        pytest.skip("needs gnome-keyring on a session bus (./dev test sets CASEDESK_TEST_SECRET_SERVICE=1)")
    keyring.set_keyring(SecretService.Keyring())
    with open_as(tmp_case.path, "Anna") as services:
        slot_id = services.members.remember_on_device("Anna's laptop")
    secret = load_device_secret(tmp_case.file_id, slot_id)
    assert secret is not None
    with open_as(tmp_case.path, "Sam") as services:
        services.members.remove("Anna")
        assert all(s.kind != "device" for s in services.case_file.vault.slots())
    with pytest.raises(VaultError):
        unlock_bundle(tmp_case.path, secret, kind="device")
    forget_device_secret(tmp_case.file_id, slot_id)
