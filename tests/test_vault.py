"""The encrypted case-file bundle: unlocking, refusals that write nothing, locking, slots and rotation.

Every test works on a real SQLCipher bundle copied from the session template (see conftest.py).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from desktop.models.enums import CaseKind, Role
from desktop.services.casefile import open_case_file
from desktop.services.errors import PermissionDenied
from desktop.services.facade import Services
from desktop.vault import (
    CaseFileLocked,
    DamagedCaseFile,
    KdfParams,
    NewerFormat,
    NotACaseFile,
    SlotError,
    WrongSecret,
    unlock_bundle,
    unlock_bundle_with_escrow,
)

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def _slots_by_id(bundle: Path) -> dict[str, dict[str, object]]:
    document = json.loads((bundle / "keyslots.json").read_text())
    return {slot["id"]: slot for slot in document["slots"]}


def _self_signed(key: rsa.RSAPrivateKey, common_name: str) -> x509.Certificate:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = datetime.now(UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365))
        .sign(key, hashes.SHA256())
    )


@pytest.fixture(scope="module")
def escrow_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)


# -- create and unlock ---------------------------------------------------------------------------


def test_each_member_unlocks_with_own_passphrase_and_sees_same_data_key(tmp_case) -> None:
    fingerprints = set()
    uids = set()
    for name in ("Sam", "Anna", "Sue"):
        vault = unlock_bundle(tmp_case.path, tmp_case.passphrase(name), label=name)
        try:
            assert vault.principal.kind == "member"
            assert vault.principal.label == name
            assert vault.warnings == []
            fingerprints.add(vault.key_check_value())
            uids.add(vault.principal.member_uid)
            kinds = sorted(slot.kind for slot in vault.slots())
            assert kinds == ["member", "member", "member", "recovery"]
        finally:
            vault.close()
    assert len(fingerprints) == 1, "every member slot must seal the same data key"
    assert len(uids) == 3


def test_unlock_without_a_name_finds_the_member_by_passphrase(tmp_case) -> None:
    vault = unlock_bundle(tmp_case.path, tmp_case.passphrase("Anna"))
    try:
        assert vault.principal.label == "Anna"
    finally:
        vault.close()


def test_open_case_file_resolves_the_acting_member_and_role(tmp_case) -> None:
    case_file = open_case_file(tmp_case.path, tmp_case.passphrase("Anna"), member="Anna")
    try:
        assert case_file.actor.name == "Anna"
        assert case_file.actor.role == Role.DUTY_OFFICER.value
        assert case_file.notices == ()
    finally:
        case_file.close()


@pytest.mark.parametrize(
    ("secret", "kwargs", "error", "sentence"),
    [
        ("not the passphrase", {"label": "Sam"}, WrongSecret, "The passphrase is not correct for Sam."),
        ("not the passphrase", {}, WrongSecret, "does not open this case file for any of its members"),
        (
            "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA",
            {"kind": "recovery"},
            WrongSecret,
            "The recovery code is not correct",
        ),
        ("too short", {"kind": "recovery"}, WrongSecret, "A recovery code has 32 letters and digits"),
        ("sam correct horse 1", {"label": "Mallory"}, SlotError, "There is no member named 'Mallory'"),
        (os.urandom(32), {"kind": "device"}, SlotError, "no slot of that kind"),
    ],
    ids=[
        "wrong-for-named-member",
        "wrong-for-anyone",
        "wrong-recovery",
        "malformed-recovery",
        "unknown-member",
        "no-device-slot",
    ],
)
def test_refused_unlock_changes_no_byte_of_the_bundle(
    tmp_case, snapshot, secret, kwargs, error, sentence
) -> None:
    before = snapshot(tmp_case.path)
    assert "case.db" in before and "keyslots.json" in before and "keyslots.bak.json" in before
    with pytest.raises(error) as raised:
        unlock_bundle(tmp_case.path, secret, **kwargs)
    assert sentence in str(raised.value)
    assert snapshot(tmp_case.path) == before  # same file list, same bytes
    # The refusal released the lock: the right passphrase opens at once.
    unlock_bundle(tmp_case.path, tmp_case.passphrase("Sam"), label="Sam").close()


# -- not a case file -----------------------------------------------------------------------------


def test_empty_folder_is_not_a_case_file_and_gets_no_lock_file(tmp_path) -> None:
    folder = tmp_path / "empty.casedesk"
    folder.mkdir()
    with pytest.raises(NotACaseFile, match="is not a Benelux Case Desk case file"):
        unlock_bundle(folder, "whatever")
    assert list(folder.iterdir()) == []


def test_plain_file_is_not_a_case_file(tmp_path) -> None:
    plain = tmp_path / "notes.casedesk"
    plain.write_bytes(b"just some text\n")
    with pytest.raises(NotACaseFile, match="is a file, not a case-file folder"):
        unlock_bundle(plain, "whatever")
    assert plain.read_bytes() == b"just some text\n"


def test_missing_path_is_not_a_case_file(tmp_path) -> None:
    with pytest.raises(NotACaseFile, match="There is no case file at"):
        unlock_bundle(tmp_path / "nowhere.casedesk", "whatever")
    assert not (tmp_path / "nowhere.casedesk").exists()


def test_folder_with_someone_elses_json_keyslots_is_not_a_case_file(tmp_path) -> None:
    folder = tmp_path / "other.casedesk"
    folder.mkdir()
    (folder / "keyslots.json").write_text('{"format": "something-else", "version": 1}')
    with pytest.raises(NotACaseFile, match="not a Benelux Case Desk case file"):
        unlock_bundle(folder, "whatever")
    assert sorted(p.name for p in folder.iterdir()) == ["keyslots.json"]


def test_folder_with_garbage_keyslots_and_no_database_is_not_a_case_file(tmp_path) -> None:
    folder = tmp_path / "garbage.casedesk"
    folder.mkdir()
    (folder / "keyslots.json").write_bytes(os.urandom(300))
    with pytest.raises(NotACaseFile, match="not a Benelux Case Desk case file"):
        unlock_bundle(folder, "whatever")
    assert sorted(p.name for p in folder.iterdir()) == ["keyslots.json"]


def test_create_refuses_a_name_without_the_suffix_and_an_existing_path(tmp_path, tmp_case) -> None:
    from desktop.vault import create_bundle

    with pytest.raises(NotACaseFile, match=r"ends in \.casedesk"):
        create_bundle(
            tmp_path / "plain", member_label="X", member_uid="u", passphrase="p", kdf=KdfParams.minimum()
        )
    with pytest.raises(SlotError, match="already exists"):
        create_bundle(
            tmp_case.path, member_label="X", member_uid="u", passphrase="p", kdf=KdfParams.minimum()
        )


# -- locking -------------------------------------------------------------------------------------

_HOLDER = textwrap.dedent(
    """
    import sys
    from desktop.vault import unlock_bundle
    vault = unlock_bundle(sys.argv[1], sys.argv[2], label=sys.argv[3])
    print("ready", flush=True)
    sys.stdin.readline()
    vault.close()
    print("closed", flush=True)
    """
)


def _start_holder(path: Path, name: str, passphrase: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path), passphrase, name],
        cwd=PROJECT_ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline().strip()
    if line != "ready":
        process.kill()
        _, err = process.communicate(timeout=10)
        pytest.fail(f"the holder process did not open the case file: {err[-2000:]}")
    return process


def test_case_file_open_in_another_process_is_refused_with_a_sentence(tmp_case) -> None:
    holder = _start_holder(tmp_case.path, "Anna", tmp_case.passphrase("Anna"))
    try:
        with pytest.raises(CaseFileLocked) as raised:
            unlock_bundle(tmp_case.path, tmp_case.passphrase("Sam"), label="Sam")
        assert str(raised.value) == (
            "This case file is already open in another window or program; close it there first."
        )
        with pytest.raises(CaseFileLocked):
            open_case_file(tmp_case.path, tmp_case.recovery_code, kind="recovery")
        # The other process closes normally: the file opens here.
        assert holder.stdin is not None and holder.stdout is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "closed"
        assert holder.wait(timeout=10) == 0
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait(timeout=10)
    unlock_bundle(tmp_case.path, tmp_case.passphrase("Sam"), label="Sam").close()


def test_a_crashed_holder_leaves_no_stale_lock(tmp_case) -> None:
    holder = _start_holder(tmp_case.path, "Sue", tmp_case.passphrase("Sue"))
    with pytest.raises(CaseFileLocked):
        unlock_bundle(tmp_case.path, tmp_case.passphrase("Sam"), label="Sam")
    holder.kill()
    holder.wait(timeout=10)
    vault = unlock_bundle(tmp_case.path, tmp_case.passphrase("Sam"), label="Sam")
    try:
        assert vault.principal.label == "Sam"
    finally:
        vault.close()


def test_second_open_in_the_same_process_is_refused_until_the_first_closes(tmp_case) -> None:
    first = open_case_file(tmp_case.path, tmp_case.passphrase("Sam"), member="Sam")
    try:
        with pytest.raises(CaseFileLocked, match="already open in another window or program"):
            open_case_file(tmp_case.path, tmp_case.passphrase("Sue"), member="Sue")
        with pytest.raises(CaseFileLocked):
            unlock_bundle(tmp_case.path, tmp_case.passphrase("Sam"), label="Sam")
    finally:
        first.close()
    first.close()  # closing twice is harmless
    unlock_bundle(tmp_case.path, tmp_case.passphrase("Sue"), label="Sue").close()


# -- recovery code -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "transform",
    [
        lambda code: code,
        lambda code: code.lower(),
        lambda code: code.replace("-", " "),
        lambda code: "  " + code.lower().replace("-", "  ") + "\n",
        lambda code: code.replace("-", "").replace("0", "O").replace("1", "l"),
    ],
    ids=["as-shown", "lower-case", "spaces", "lower-with-extra-spaces", "confusable-letters"],
)
def test_recovery_code_unlocks_however_it_is_typed(tmp_case, transform) -> None:
    vault = unlock_bundle(tmp_case.path, transform(tmp_case.recovery_code), kind="recovery")
    try:
        assert vault.principal.kind == "recovery"
        assert vault.principal.member_uid is None
    finally:
        vault.close()


def test_recovery_vault_gives_a_member_a_fresh_passphrase(tmp_case) -> None:
    vault = unlock_bundle(tmp_case.path, tmp_case.recovery_code.lower(), kind="recovery")
    try:
        sam = next(s for s in vault.slots() if s.label == "Sam")
        assert sam.member_uid is not None
        vault.reset_member_secret(sam.member_uid, "sam new after recovery", kdf=KdfParams.minimum())
        with pytest.raises(SlotError, match="no key slot"):
            vault.reset_member_secret("no-such-member", "x", kdf=KdfParams.minimum())
    finally:
        vault.close()
    with pytest.raises(WrongSecret):
        unlock_bundle(tmp_case.path, tmp_case.passphrase("Sam"), label="Sam")
    unlock_bundle(tmp_case.path, "sam new after recovery", label="Sam").close()
    unlock_bundle(tmp_case.path, tmp_case.passphrase("Anna"), label="Anna").close()


def test_recovery_principal_resets_a_forgotten_passphrase_through_the_service(tmp_case, open_as) -> None:
    case_file = open_case_file(tmp_case.path, tmp_case.recovery_code.lower(), kind="recovery")
    try:
        Services(case_file).members.reset_passphrase("Sam", "sam new after recovery", kdf=KdfParams.minimum())
    finally:
        case_file.close()
    with pytest.raises(WrongSecret):
        unlock_bundle(tmp_case.path, tmp_case.passphrase("Sam"), label="Sam")
    with open_as(tmp_case.path, "Sam", "sam new after recovery") as services:
        assert services.case_file.actor.name == "Sam"
    with pytest.raises(WrongSecret):
        unlock_bundle(tmp_case.path, tmp_case.passphrase("Sam"), label="Sam")
    unlock_bundle(tmp_case.path, "sam new after recovery", label="Sam").close()
    unlock_bundle(tmp_case.path, tmp_case.passphrase("Anna"), label="Anna").close()


# -- passphrase change ---------------------------------------------------------------------------


def test_passphrase_change_old_fails_new_works_and_no_other_slot_changes(tmp_case, open_as) -> None:
    before = _slots_by_id(tmp_case.path)
    with open_as(tmp_case.path, "Anna") as services:
        anna_slot = services.case_file.vault.principal.slot_id
        fingerprint = services.case_file.vault.key_check_value()
        services.members.change_passphrase(
            tmp_case.passphrase("Anna"), "anna brand new 9", kdf=KdfParams.minimum()
        )
    after = _slots_by_id(tmp_case.path)
    assert set(after) == set(before)
    for slot_id, slot in before.items():
        if slot_id == anna_slot:
            assert after[slot_id]["private_key"] != slot["private_key"]
            assert after[slot_id]["public_key"] == slot["public_key"]
        else:
            assert after[slot_id] == slot, f"slot {slot['label']} changed"
    assert (tmp_case.path / "keyslots.json").read_bytes() == (
        tmp_case.path / "keyslots.bak.json"
    ).read_bytes()

    with pytest.raises(WrongSecret, match="not correct for Anna"):
        unlock_bundle(tmp_case.path, tmp_case.passphrase("Anna"), label="Anna")
    vault = unlock_bundle(tmp_case.path, "anna brand new 9", label="Anna")
    try:
        assert vault.key_check_value() == fingerprint  # no rotation for a passphrase change
    finally:
        vault.close()
    for name in ("Sam", "Sue"):
        unlock_bundle(tmp_case.path, tmp_case.passphrase(name), label=name).close()
    unlock_bundle(tmp_case.path, tmp_case.recovery_code, kind="recovery").close()


def test_passphrase_change_with_wrong_old_passphrase_writes_nothing(tmp_case) -> None:
    vault = unlock_bundle(tmp_case.path, tmp_case.passphrase("Sue"), label="Sue")
    try:
        slots_before = (tmp_case.path / "keyslots.json").read_bytes()
        with pytest.raises(WrongSecret):
            vault.change_secret(vault.principal.slot_id, "not sue's", "new", kdf=KdfParams.minimum())
        assert (tmp_case.path / "keyslots.json").read_bytes() == slots_before
        with pytest.raises(SlotError, match="Only a member's passphrase"):
            recovery = next(s for s in vault.slots() if s.kind == "recovery")
            vault.change_secret(recovery.slot_id, tmp_case.recovery_code, "x")
    finally:
        vault.close()
    unlock_bundle(tmp_case.path, tmp_case.passphrase("Sue"), label="Sue").close()


# -- member removal and rotation -----------------------------------------------------------------


def test_member_removal_rotates_key_so_old_slot_file_opens_nothing_written_after(
    tmp_case, tmp_path, open_as
) -> None:
    before_copy = tmp_path / "before-removal.casedesk"
    shutil.copytree(tmp_case.path, before_copy)

    with open_as(tmp_case.path, "Sam") as services:
        old_fingerprint = services.case_file.vault.key_check_value()
        services.members.remove("Anna")
        new_fingerprint = services.case_file.vault.key_check_value()
        services.cases.create(CaseKind.INFORMATION_EXCHANGE, "Written after Anna left")
    assert new_fingerprint != old_fingerprint
    assert not (tmp_case.path / "case.db-wal").exists()

    # Old key slots (which still hold Anna and the old data key) + the new database: nothing opens.
    hybrid = tmp_path / "hybrid.casedesk"
    hybrid.mkdir()
    for name in ("keyslots.json", "keyslots.bak.json"):
        shutil.copy2(before_copy / name, hybrid / name)
    shutil.copy2(tmp_case.path / "case.db", hybrid / "case.db")
    for name in ("Anna", "Sam"):
        with pytest.raises(DamagedCaseFile, match="does not open with the key held by the key-slot file"):
            unlock_bundle(hybrid, tmp_case.passphrase(name), label=name)
    with pytest.raises(DamagedCaseFile):
        unlock_bundle(hybrid, tmp_case.recovery_code, kind="recovery")

    # The real file still opens for everyone else, with the new key, and holds the new case.
    for name in ("Sam", "Sue"):
        with open_as(tmp_case.path, name) as services:
            assert services.case_file.vault.key_check_value() == new_fingerprint
            assert [c.title for c in services.cases.list()] == ["Written after Anna left"]
    unlock_bundle(tmp_case.path, tmp_case.recovery_code, kind="recovery").close()


def test_removed_member_cannot_open_the_case_file(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Sue") as services:
        services.members.remove("Anna")
        labels = sorted(s.label for s in services.case_file.vault.slots() if s.kind == "member")
        assert labels == ["Sam", "Sue"]
    with pytest.raises(SlotError, match="There is no member named 'Anna'"):
        unlock_bundle(tmp_case.path, tmp_case.passphrase("Anna"), label="Anna")
    with pytest.raises(WrongSecret):
        unlock_bundle(tmp_case.path, tmp_case.passphrase("Anna"))


def test_duty_officer_cannot_remove_a_member_and_nothing_changes(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Anna") as services:
        slots_before = (tmp_case.path / "keyslots.json").read_bytes()
        with pytest.raises(PermissionDenied, match="Only an administrator or a supervisor"):
            services.members.remove("Sue")
        assert (tmp_case.path / "keyslots.json").read_bytes() == slots_before
    unlock_bundle(tmp_case.path, tmp_case.passphrase("Sue"), label="Sue").close()


def test_member_list_shows_everyone_with_role_and_active_flag(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Sam") as services:
        services.members.remove("Anna")
        listed = {m.name: (m.role, m.active) for m in services.members.list()}
    assert listed == {
        "Anna": ("duty_officer", False),
        "Sam": ("supervisor", True),
        "Sue": ("supervisor", True),
    }


# -- escrow --------------------------------------------------------------------------------------


def test_escrow_certificate_opens_the_file_and_survives_a_rotation(tmp_case, escrow_key, open_as) -> None:
    certificate = _self_signed(escrow_key, "BE-FEDPOL escrow")
    with open_as(tmp_case.path, "Sam") as services:
        info = services.case_file.vault.add_escrow_slot(certificate, "Federal police escrow")
        assert info.kind == "escrow"
        with pytest.raises(SlotError, match="already has a slot"):
            services.case_file.vault.add_escrow_slot(certificate, "again")
        fingerprint = services.case_file.vault.key_check_value()

    vault = unlock_bundle_with_escrow(tmp_case.path, escrow_key)
    try:
        assert vault.principal.kind == "escrow"
        assert vault.principal.label == "Federal police escrow"
        assert vault.key_check_value() == fingerprint
    finally:
        vault.close()

    with open_as(tmp_case.path, "Sam") as services:
        services.members.remove("Anna")  # rotation re-seals the data key to the certificate too
    vault = unlock_bundle_with_escrow(tmp_case.path, escrow_key)
    try:
        assert vault.key_check_value() != fingerprint
    finally:
        vault.close()


def test_escrow_with_the_wrong_rsa_key_is_refused_and_writes_nothing(
    tmp_case, escrow_key, open_as, snapshot
) -> None:
    with open_as(tmp_case.path, "Sam") as services:
        services.case_file.vault.add_escrow_slot(_self_signed(escrow_key, "escrow"), "Escrow")
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    before = snapshot(tmp_case.path)
    with pytest.raises(WrongSecret, match="No escrow slot of this case file matches that key"):
        unlock_bundle_with_escrow(tmp_case.path, other)
    assert snapshot(tmp_case.path) == before


def test_escrow_certificate_with_a_small_rsa_key_is_refused(tmp_case, open_as) -> None:
    small = rsa.generate_private_key(public_exponent=65537, key_size=1024)  # noqa: S505 - must be refused
    with open_as(tmp_case.path, "Sam") as services:
        with pytest.raises(SlotError, match="at least 2048 bits"):
            services.case_file.vault.add_escrow_slot(_self_signed(small, "weak"), "Weak escrow")
        assert all(s.kind != "escrow" for s in services.case_file.vault.slots())


# -- format versions -----------------------------------------------------------------------------


def test_slot_file_from_a_newer_version_is_refused_and_left_untouched(tmp_case, snapshot) -> None:
    for name in ("keyslots.json", "keyslots.bak.json"):
        document = json.loads((tmp_case.path / name).read_text())
        document["version"] = 2
        (tmp_case.path / name).write_text(json.dumps(document, indent=1, sort_keys=True) + "\n")
    before = snapshot(tmp_case.path)
    with pytest.raises(NewerFormat, match="newer version of Benelux Case Desk"):
        unlock_bundle(tmp_case.path, tmp_case.passphrase("Sam"), label="Sam")
    with pytest.raises(NewerFormat):
        open_case_file(tmp_case.path, tmp_case.recovery_code, kind="recovery")
    assert snapshot(tmp_case.path) == before
