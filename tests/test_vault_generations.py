"""The slot file and its backup across generations: a stale copy never outranks a newer one.

A crash between writing keyslots.json and keyslots.bak.json leaves the backup one generation
behind. The old passphrase must not open the file through that stale backup, and opening with
the new passphrase must bring the backup level, never roll the primary back.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop.vault import (
    SLOTS_BACKUP_NAME,
    SLOTS_NAME,
    DamagedCaseFile,
    KdfParams,
    SlotError,
    WrongSecret,
    unlock_bundle,
)
from desktop.vault.keyslots import parse_slot_file


def _slots(path: Path, name: str = SLOTS_NAME) -> dict:  # type: ignore[type-arg]
    return json.loads((path / name).read_text())


def test_old_passphrase_does_not_open_through_a_stale_backup(tmp_case) -> None:  # type: ignore[no-untyped-def]
    path = tmp_case.path
    stale_backup = (path / SLOTS_BACKUP_NAME).read_bytes()
    vault = unlock_bundle(path, tmp_case.passphrase("Anna"), label="Anna")
    anna_slot = vault.principal.slot_id
    vault.change_secret(anna_slot, tmp_case.passphrase("Anna"), "anna's new passphrase", KdfParams.minimum())
    vault.close()
    # Simulate the crash: the primary was written, the backup was not.
    (path / SLOTS_BACKUP_NAME).write_bytes(stale_backup)
    assert (
        parse_slot_file((path / SLOTS_NAME).read_bytes()).generation
        > parse_slot_file(stale_backup).generation
    )

    with pytest.raises(WrongSecret):
        unlock_bundle(path, tmp_case.passphrase("Anna"), label="Anna")
    assert (path / SLOTS_BACKUP_NAME).read_bytes() == stale_backup, "a refused attempt writes nothing"

    vault = unlock_bundle(path, "anna's new passphrase", label="Anna")
    assert vault.warnings == []
    vault.close()
    assert (path / SLOTS_BACKUP_NAME).read_bytes() == (path / SLOTS_NAME).read_bytes(), "backup brought level"
    with pytest.raises(WrongSecret):
        unlock_bundle(path, tmp_case.passphrase("Anna"), label="Anna")


def test_a_removed_member_cannot_come_back_through_a_stale_backup(tmp_case) -> None:  # type: ignore[no-untyped-def]
    path = tmp_case.path
    stale_backup = (path / SLOTS_BACKUP_NAME).read_bytes()
    vault = unlock_bundle(path, tmp_case.passphrase("Sam"), label="Sam")
    vault.remove_slots(lambda slot: slot.label == "Anna", rotate=False)
    vault.close()
    (path / SLOTS_BACKUP_NAME).write_bytes(stale_backup)
    with pytest.raises(SlotError, match="no member named 'Anna'"):
        unlock_bundle(path, tmp_case.passphrase("Anna"), label="Anna")


def test_a_damaged_newer_primary_still_falls_back_to_the_backup(tmp_case) -> None:  # type: ignore[no-untyped-def]
    path = tmp_case.path
    document = _slots(path)
    document["mac"]["value"] = "A" * 44  # a wrong MAC on an otherwise well-formed newer file
    document["generation"] += 5
    (path / SLOTS_NAME).write_text(json.dumps(document))
    vault = unlock_bundle(path, tmp_case.passphrase("Sue"), label="Sue")
    assert any("backup" in warning for warning in vault.warnings)
    vault.close()


def test_every_slot_has_its_own_salt_even_when_one_cost_setting_is_shared(tmp_path: Path) -> None:
    from desktop.models.enums import Role
    from desktop.services.casefile import create_case_file
    from desktop.services.facade import Services

    shared = KdfParams.minimum()
    case_file, _code = create_case_file(
        tmp_path / "s.casedesk", member_name="A", role=Role.SUPERVISOR, passphrase="a passphrase", kdf=shared
    )
    Services(case_file).members.add("B", Role.DUTY_OFFICER, "b passphrase", kdf=shared)
    Services(case_file).members.add("C", Role.DUTY_OFFICER, "c passphrase", kdf=shared)
    case_file.close()
    salts = [slot["kdf"]["salt"] for slot in _slots(tmp_path / "s.casedesk")["slots"] if "kdf" in slot]
    assert len(salts) == 4 and len(set(salts)) == 4  # three members and the recovery code


@pytest.mark.parametrize("where", ["document", "slot"])
def test_unknown_fields_in_the_slot_file_are_not_carried_unauthenticated(tmp_case, where: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_case.path
    for name in (SLOTS_NAME, SLOTS_BACKUP_NAME):
        document = _slots(path, name)
        (document if where == "document" else document["slots"][0])["extra"] = "planted"
        (path / name).write_text(json.dumps(document))
    with pytest.raises(DamagedCaseFile):
        unlock_bundle(path, tmp_case.passphrase("Sam"), label="Sam")


def test_a_passphrase_opens_whatever_unicode_form_it_is_typed_in(tmp_path: Path) -> None:
    from desktop.models.enums import Role
    from desktop.services.casefile import create_case_file, open_case_file

    composed = "Brüssel-Lüttich ça"  # NFC, as typed on Windows or Linux
    decomposed = "Bru\u0308ssel-Lu\u0308ttich c\u0327a"  # NFD, as macOS may deliver it
    case_file, _code = create_case_file(
        tmp_path / "u.casedesk",
        member_name="A",
        role=Role.SUPERVISOR,
        passphrase=composed,
        kdf=KdfParams.minimum(),
    )
    case_file.close()
    open_case_file(tmp_path / "u.casedesk", decomposed).close()


def test_copy_helper_is_self_contained(tmp_case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    clone = tmp_path / "clone.casedesk"
    shutil.copytree(tmp_case.path, clone)
    unlock_bundle(clone, tmp_case.passphrase("Sue"), label="Sue").close()


def test_rekey_makes_an_old_slot_file_copy_useless_with_the_old_passphrase(tmp_case) -> None:  # type: ignore[no-untyped-def]
    """After a passphrase change an old keyslots.json still opens with the old passphrase (the data
    key is unchanged, as the issue specifies); `rekey` is the remedy, and every member keeps working."""
    from desktop.services.casefile import open_case_file
    from desktop.services.facade import Services

    path = tmp_case.path
    old_slots = (path / SLOTS_NAME).read_bytes()
    case_file = open_case_file(path, tmp_case.passphrase("Sam"), member="Sam")
    Services(case_file).members.rotate_data_key()
    case_file.close()
    stale = path.parent / "stale.casedesk"
    shutil.copytree(path, stale)
    (stale / SLOTS_NAME).write_bytes(old_slots)
    (stale / SLOTS_BACKUP_NAME).write_bytes(old_slots)
    with pytest.raises(DamagedCaseFile):
        unlock_bundle(stale, tmp_case.passphrase("Anna"), label="Anna")
    for name in ("Sam", "Anna", "Sue"):
        open_case_file(path, tmp_case.passphrase(name), member=name).close()
