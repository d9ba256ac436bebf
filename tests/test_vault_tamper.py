"""Damage and tampering: the key-slot backup, MAC checks, damaged database pages, interrupted key rotation.

A damaged case file must either be repaired from its backup (with a notice) or refused with a
plain sentence (a VaultError); it must never crash with a raw database exception.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.models.enums import CaseKind
from desktop.services.casefile import open_case_file
from desktop.services.check import check_case_file
from desktop.services.facade import Services
from desktop.vault import DamagedCaseFile, VaultError, WrongSecret, unlock_bundle

PROJECT_ROOT = Path(__file__).resolve().parents[1]
PAGE_SIZE = 4096
RESTORED = "The key-slot file was damaged or missing; it was restored from its backup copy."
ROTATION_COMPLETED = "An interrupted change of the data key was completed."


def _flip_at(fraction: float) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        raw = bytearray(path.read_bytes())
        raw[int(len(raw) * fraction)] ^= 0x01
        path.write_bytes(bytes(raw))

    return damage


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _delete(path: Path) -> None:
    path.unlink()


def _rename_anna(path: Path) -> None:
    """Valid JSON, every slot still well-formed, only the MAC no longer matches."""
    document = json.loads(path.read_text())
    for slot in document["slots"]:
        if slot["label"] == "Anna":
            slot["label"] = "Mallory"
    path.write_text(json.dumps(document, indent=1, sort_keys=True) + "\n")


def _flip_in_file_id(path: Path) -> None:
    raw = bytearray(path.read_bytes())
    raw[raw.index(b'"file_id": "') + len(b'"file_id": "') + 3] ^= 0x01
    path.write_bytes(bytes(raw))


DAMAGES: dict[str, Callable[[Path], None]] = {
    "flip-first-byte": _flip_at(0.0),
    "flip-byte-in-file-id": _flip_in_file_id,
    "flip-byte-in-middle": _flip_at(0.5),
    "flip-byte-near-end": _flip_at(0.97),
    "truncate": _truncate,
    "empty": _empty,
    "delete": _delete,
    "relabel-without-mac": _rename_anna,
}


def _flip_page(db: Path, page: int, offset: int = 100) -> None:
    """Flip one bit inside page `page` (1-based) of the encrypted database."""
    raw = bytearray(db.read_bytes())
    raw[(page - 1) * PAGE_SIZE + offset] ^= 0x01
    db.write_bytes(bytes(raw))


def _root_page(case_path: Path, passphrase: str, table: str) -> int:
    vault = unlock_bundle(case_path, passphrase, label="Sam")
    try:
        row = (
            vault.raw_connection()
            .execute("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,))
            .fetchone()
        )
    finally:
        vault.close()
    assert row is not None and row[0] > 1
    return int(row[0])


# -- the key-slot file and its backup ------------------------------------------------------------


@pytest.mark.parametrize("damage", DAMAGES.values(), ids=DAMAGES.keys())
def test_damaged_primary_slot_file_opens_from_backup_with_notice_and_is_repaired(tmp_case, damage) -> None:
    backup_bytes = (tmp_case.path / "keyslots.bak.json").read_bytes()
    damage(tmp_case.path / "keyslots.json")

    case_file = open_case_file(tmp_case.path, tmp_case.passphrase("Sam"), member="Sam")
    try:
        assert RESTORED in case_file.notices
        assert sorted(s.label for s in case_file.vault.slots() if s.kind == "member") == [
            "Anna",
            "Sam",
            "Sue",
        ]
        report = check_case_file(case_file)
        assert report.ok
        assert f"Note: {RESTORED}" in report.lines
    finally:
        case_file.close()

    assert (tmp_case.path / "keyslots.json").read_bytes() == backup_bytes
    assert (tmp_case.path / "keyslots.bak.json").read_bytes() == backup_bytes
    vault = unlock_bundle(tmp_case.path, tmp_case.passphrase("Anna"), label="Anna")
    try:
        assert vault.warnings == []
    finally:
        vault.close()


def test_damaged_backup_alone_is_repaired_silently_from_the_primary(tmp_case) -> None:
    primary = (tmp_case.path / "keyslots.json").read_bytes()
    _truncate(tmp_case.path / "keyslots.bak.json")
    vault = unlock_bundle(tmp_case.path, tmp_case.passphrase("Sue"), label="Sue")
    try:
        assert vault.warnings == []
    finally:
        vault.close()
    assert (tmp_case.path / "keyslots.bak.json").read_bytes() == primary


def test_wrong_passphrase_on_a_damaged_primary_repairs_nothing(tmp_case, snapshot) -> None:
    _truncate(tmp_case.path / "keyslots.json")
    before = snapshot(tmp_case.path)
    with pytest.raises(WrongSecret):
        unlock_bundle(tmp_case.path, "not sam's passphrase", label="Sam")
    assert snapshot(tmp_case.path) == before


@pytest.mark.parametrize(
    ("primary_damage", "backup_damage", "sentence"),
    [
        (_truncate, _truncate, "The key-slot file is not readable."),
        (_delete, _delete, "Both key-slot files of this case file are missing."),
        (_rename_anna, _rename_anna, "The key-slot file and its backup are both damaged"),
        (_empty, _rename_anna, "The key-slot file and its backup are both damaged"),
        (_rename_anna, _delete, "The key-slot file and its backup are both damaged"),
    ],
    ids=[
        "both-truncated",
        "both-deleted",
        "both-relabelled",
        "empty-and-relabelled",
        "relabelled-and-deleted",
    ],
)
def test_both_slot_files_damaged_is_refused_with_a_sentence_and_nothing_written(
    tmp_case, snapshot, primary_damage, backup_damage, sentence
) -> None:
    primary_damage(tmp_case.path / "keyslots.json")
    backup_damage(tmp_case.path / "keyslots.bak.json")
    before = snapshot(tmp_case.path)
    with pytest.raises(DamagedCaseFile) as raised:
        open_case_file(tmp_case.path, tmp_case.passphrase("Sam"), member="Sam")
    assert sentence in str(raised.value)
    assert snapshot(tmp_case.path) == before


def test_slot_files_from_another_case_file_are_refused_with_a_sentence(tmp_case_factory, snapshot) -> None:
    first = tmp_case_factory("first")
    second = tmp_case_factory("second")
    # Copies of one template share the data key; give the second its own key first.
    vault = unlock_bundle(second.path, second.passphrase("Sam"), label="Sam")
    try:
        vault.rotate_data_key()
    finally:
        vault.close()
    for name in ("keyslots.json", "keyslots.bak.json"):
        (first.path / name).write_bytes((second.path / name).read_bytes())
    before = snapshot(first.path)
    with pytest.raises(DamagedCaseFile, match="one of them is damaged or was replaced"):
        open_case_file(first.path, first.passphrase("Sam"), member="Sam")
    assert snapshot(first.path) == before


# -- damaged database pages ----------------------------------------------------------------------


def test_flipped_byte_in_an_attachment_page_is_reported_by_check(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Sam") as services:
        connection = services.case_file.vault.raw_connection()
        assert connection.execute("PRAGMA freelist_count").fetchone()[0] == 0
        first_free = connection.execute("PRAGMA page_count").fetchone()[0] + 1
        case = services.cases.create(CaseKind.INFORMATION_EXCHANGE, "Attachment carrier")
        services.cases.add_attachment(case.reference, "photo.bin", os.urandom(200_000))
        last = connection.execute("PRAGMA page_count").fetchone()[0]
    assert last - first_free > 40  # the blob's overflow pages were appended
    damaged_page = (first_free + last) // 2
    _flip_page(tmp_case.path / "case.db", damaged_page)

    case_file = open_case_file(tmp_case.path, tmp_case.passphrase("Sam"), member="Sam")
    try:
        report = check_case_file(case_file)
    finally:
        case_file.close()
    assert not report.ok
    assert f"Encrypted page check: HMAC verification failed for page {damaged_page}" in report.lines


def test_flipped_byte_in_the_first_page_refuses_to_open_with_a_sentence(tmp_case, snapshot) -> None:
    _flip_page(tmp_case.path / "case.db", 1, offset=200)
    before = snapshot(tmp_case.path)
    with pytest.raises(DamagedCaseFile, match="does not open with the key held by the key-slot file"):
        open_case_file(tmp_case.path, tmp_case.passphrase("Sam"), member="Sam")
    assert snapshot(tmp_case.path) == before


def test_flipped_byte_in_the_schema_version_page_refuses_to_open_with_a_sentence(tmp_case) -> None:
    page = _root_page(tmp_case.path, tmp_case.passphrase("Sam"), "alembic_version")
    _flip_page(tmp_case.path / "case.db", page)
    with pytest.raises(DamagedCaseFile, match="damaged"):
        open_case_file(tmp_case.path, tmp_case.passphrase("Sam"), member="Sam")


# -- interrupted data-key rotation ---------------------------------------------------------------

_CRASH_AFTER_REKEY = textwrap.dedent(
    """
    import os, sys
    from desktop.vault import unlock_bundle
    vault = unlock_bundle(sys.argv[1], sys.argv[2], label=sys.argv[3])
    vault.rotate_data_key(after_rekey=lambda: os._exit(17))
    """
)


def _pending_in_slot_file(path: Path) -> bool:
    document = json.loads((path / "keyslots.json").read_text())
    return any("pending_data_key" in slot for slot in document["slots"])


def _everyone_opens(case) -> None:  # type: ignore[no-untyped-def]
    for name in ("Sam", "Anna", "Sue"):
        unlock_bundle(case.path, case.passphrase(name), label=name).close()
    unlock_bundle(case.path, case.recovery_code, kind="recovery").close()


def test_process_killed_after_rekey_is_completed_on_next_open(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Sam") as services:
        services.cases.create(CaseKind.JOINT_PATROL, "Patrol written before the crash")
        old_fingerprint = services.case_file.vault.key_check_value()

    crashed = subprocess.run(
        [sys.executable, "-c", _CRASH_AFTER_REKEY, str(tmp_case.path), tmp_case.passphrase("Sam"), "Sam"],
        cwd=PROJECT_ROOT,
        env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert crashed.returncode == 17, crashed.stderr
    assert _pending_in_slot_file(tmp_case.path)

    case_file = open_case_file(tmp_case.path, tmp_case.passphrase("Anna"), member="Anna")
    try:
        assert ROTATION_COMPLETED in case_file.notices
        assert case_file.vault.key_check_value() != old_fingerprint
        assert [c.title for c in Services(case_file).cases.list()] == ["Patrol written before the crash"]
        assert check_case_file(case_file).ok
    finally:
        case_file.close()
    assert not _pending_in_slot_file(tmp_case.path)
    _everyone_opens(tmp_case)
    vault = unlock_bundle(tmp_case.path, tmp_case.passphrase("Sam"), label="Sam")
    try:
        assert vault.warnings == []
    finally:
        vault.close()


def test_error_raised_after_rekey_is_completed_on_next_open(tmp_case) -> None:
    vault = unlock_bundle(tmp_case.path, tmp_case.passphrase("Sue"), label="Sue")
    old_fingerprint = vault.key_check_value()

    def crash() -> None:
        raise RuntimeError("power cut")

    try:
        with pytest.raises(RuntimeError, match="power cut"):
            vault.rotate_data_key(after_rekey=crash)
    finally:
        vault.close()
    assert _pending_in_slot_file(tmp_case.path)

    vault = unlock_bundle(tmp_case.path, tmp_case.passphrase("Sue"), label="Sue")
    try:
        assert vault.warnings == [ROTATION_COMPLETED]
        assert vault.key_check_value() != old_fingerprint
    finally:
        vault.close()
    assert not _pending_in_slot_file(tmp_case.path)
    _everyone_opens(tmp_case)


def test_crash_between_pending_slot_file_and_rekey_reopens_with_old_passphrase(tmp_case, monkeypatch) -> None:
    import desktop.vault.bundle as bundle

    vault = unlock_bundle(tmp_case.path, tmp_case.passphrase("Sam"), label="Sam")
    old_fingerprint = vault.key_check_value()
    try:
        with monkeypatch.context() as patch:

            def crash_before_rekey(*_args: object) -> None:
                raise RuntimeError("crashed before the rekey")

            patch.setattr(bundle, "rekey", crash_before_rekey)
            with pytest.raises(RuntimeError, match="crashed before the rekey"):
                vault.remove_slots(lambda slot: slot.label == "Anna")
    finally:
        vault.close()
    assert _pending_in_slot_file(tmp_case.path)

    case_file = open_case_file(tmp_case.path, tmp_case.passphrase("Sam"), member="Sam")
    try:
        assert ROTATION_COMPLETED in case_file.notices
        assert case_file.vault.key_check_value() != old_fingerprint
    finally:
        case_file.close()
    assert not _pending_in_slot_file(tmp_case.path)
    case_file = open_case_file(tmp_case.path, tmp_case.passphrase("Sue"), member="Sue")
    try:
        assert case_file.notices == ()
        assert check_case_file(case_file).ok
    finally:
        case_file.close()
    with pytest.raises(VaultError):
        unlock_bundle(tmp_case.path, tmp_case.passphrase("Anna"), label="Anna")


def test_check_right_after_a_rotation_in_the_same_session_reports_a_healthy_file(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Sam") as services:
        services.members.remove("Anna")
        report = check_case_file(services.case_file)
    assert report.ok, report.lines[:3]


def test_check_after_reopening_a_rotated_file_reports_a_healthy_file(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Sam") as services:
        services.members.remove("Anna")
    with open_as(tmp_case.path, "Sue") as services:
        report = check_case_file(services.case_file)
    assert report.ok, report.lines
    assert "Encrypted pages: every page's HMAC verified (cipher_integrity_check)." in report.lines


def test_edited_database_descriptor_in_the_primary_is_noticed(tmp_case) -> None:
    path = tmp_case.path / "keyslots.json"
    document = json.loads(path.read_text())
    document["database"]["compatibility"] = 5
    path.write_text(json.dumps(document, indent=1, sort_keys=True) + "\n")
    vault = unlock_bundle(tmp_case.path, tmp_case.passphrase("Sam"), label="Sam")
    try:
        assert RESTORED in vault.warnings
    finally:
        vault.close()
