"""Upgrading a case file written by the first released schema (the committed v1 fixture).

The fixture's passphrase is documented in tests/fixtures/make_v1_fixture.py; it holds no real data.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.services import schema
from desktop.services.casefile import open_case_file
from desktop.services.facade import Services
from desktop.services.requests import RequestFilter
from desktop.vault import BACKUPS_DIR, unlock_bundle

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "v1-schema.casedesk"
PASSPHRASE = "fixture-passphrase-v1"


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    target = tmp_path / "old.casedesk"
    shutil.copytree(FIXTURE, target)
    return target


def test_fixture_really_is_schema_0001(v1_copy: Path) -> None:
    vault = unlock_bundle(v1_copy, PASSPHRASE)
    try:
        assert schema.current_revision(vault.engine()) == "0001"
        assert schema.head_revision() != "0001", "the upgrade test needs a later revision to upgrade to"
    finally:
        vault.close()


def test_opening_upgrades_after_an_encrypted_backup(v1_copy: Path) -> None:
    case_file = open_case_file(v1_copy, PASSPHRASE)
    try:
        assert schema.current_revision(case_file.vault.engine()) == schema.head_revision()
        assert any("upgraded" in str(notice) and BACKUPS_DIR in str(notice) for notice in case_file.notices)
        services = Services(case_file)
        # Revision 0002 added full-text search; the old row must be found by it.
        rows = services.requests.list(RequestFilter(text="audi lanaken"))
        assert [r.reference for r in rows] == ["OUT-2026-000001"]
        assert services.requests.show("OUT-2026-000001").legal_basis.basis_id == "dir-2023-977:4"
    finally:
        case_file.close()
    backups = list((v1_copy / BACKUPS_DIR).iterdir())
    assert len(backups) == 1 and backups[0].name.endswith("schema-0001")
    # The backup is the old encrypted database with its own key slots: it still opens, at 0001.
    old = unlock_bundle(_as_bundle(backups[0]), PASSPHRASE)
    try:
        assert schema.current_revision(old.engine()) == "0001"
    finally:
        old.close()


def _as_bundle(backup: Path) -> Path:
    bundle = backup.parent.parent.parent / "restored.casedesk"
    shutil.copytree(backup, bundle)
    (bundle / "keyslots.bak.json").write_bytes((bundle / "keyslots.json").read_bytes())
    return bundle


def test_backup_holds_no_plaintext(v1_copy: Path) -> None:
    open_case_file(v1_copy, PASSPHRASE).close()
    for path in (v1_copy / BACKUPS_DIR).rglob("*"):
        if path.is_file():
            assert b"Lanaken" not in path.read_bytes()
