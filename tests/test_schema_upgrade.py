"""Schema versions: a file from a newer release is refused untouched; an older one is upgraded on open
after an encrypted backup. (The committed v1 fixture is exercised in test_upgrade_fixture.py.)
"""

from __future__ import annotations

import shutil
from datetime import timedelta

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import inspect

from desktop.migrations import MIGRATIONS_DIR
from desktop.models import utcnow
from desktop.models.enums import RequestKind
from desktop.services import schema
from desktop.services.casefile import open_case_file
from desktop.services.requests import NewRequest, RequestFilter
from desktop.vault import NewerFormat, unlock_bundle


def _request(title: str, body: str = "") -> NewRequest:
    return NewRequest(
        kind=RequestKind.INFORMATION_REQUEST,
        partner_code="NL-POLITIE-LIMBURG",
        legal_basis="dir-2023-977:4",
        events_on=utcnow() - timedelta(days=1),
        title=title,
        body=body,
        form_values={"information_requested": "Keeper", "purpose": "Burglaries", "reasons": "Seen at scenes"},
    )


def _downgrade(vault, revision: str) -> None:  # type: ignore[no-untyped-def]
    """Same Config pattern as desktop/services/schema.py, in the other direction."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with vault.engine().begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def test_unknown_schema_revision_is_refused_as_newer_and_no_byte_changes(tmp_case, snapshot) -> None:
    vault = unlock_bundle(tmp_case.path, tmp_case.passphrase("Sam"), label="Sam")
    try:
        vault.raw_connection().execute("UPDATE alembic_version SET version_num = '9999'")
    finally:
        vault.close()
    before = snapshot(tmp_case.path)
    with pytest.raises(NewerFormat, match="written by a newer version of Benelux Case Desk"):
        open_case_file(tmp_case.path, tmp_case.passphrase("Anna"), member="Anna")
    with pytest.raises(NewerFormat):
        open_case_file(tmp_case.path, tmp_case.recovery_code, kind="recovery")
    assert snapshot(tmp_case.path) == before
    assert list((tmp_case.path / "backups").iterdir()) == []


def test_database_with_tables_but_no_schema_version_is_refused(tmp_case, snapshot) -> None:
    vault = unlock_bundle(tmp_case.path, tmp_case.passphrase("Sam"), label="Sam")
    try:
        vault.raw_connection().execute("DROP TABLE alembic_version")
    finally:
        vault.close()
    before = snapshot(tmp_case.path)
    with pytest.raises(NewerFormat, match="has tables but no schema version"):
        open_case_file(tmp_case.path, tmp_case.passphrase("Sam"), member="Sam")
    assert snapshot(tmp_case.path) == before


def test_file_at_revision_0001_is_upgraded_on_open_after_a_backup_and_search_works(
    tmp_case, tmp_path, open_as
) -> None:
    with open_as(tmp_case.path, "Anna") as s:
        old_ref = s.requests.create(
            _request("Thermal imaging footage", "Camera at the Lanaken exit")
        ).reference

    vault = unlock_bundle(tmp_case.path, tmp_case.passphrase("Sam"), label="Sam")
    try:
        _downgrade(vault, "0001")
        assert schema.current_revision(vault.engine()) == "0001"
        with vault.engine().connect() as connection:
            assert "request_fts" not in inspect(connection).get_table_names()
    finally:
        vault.close()
    assert list((tmp_case.path / "backups").iterdir()) == []

    with open_as(tmp_case.path, "Anna") as s:
        notices = s.case_file.notices
        assert schema.current_revision(s.case_file.vault.engine()) == schema.head_revision()
        # The index was rebuilt for the old rows, and the triggers keep it current for new ones.
        assert [r.reference for r in s.requests.list(RequestFilter(text="lanaken"))] == [old_ref]
        new_ref = s.requests.create(_request("Bicycle theft in Venlo")).reference
        assert [r.reference for r in s.requests.list(RequestFilter(text="venlo"))] == [new_ref]

    backups = list((tmp_case.path / "backups").iterdir())
    assert len(backups) == 1 and backups[0].name.endswith("-schema-0001")
    assert sorted(p.name for p in backups[0].iterdir()) == ["case.db", "keyslots.json"]
    assert len(notices) == 1
    assert str(notices[0]) == (
        f"The case file was upgraded to the current format; a backup was kept in backups/{backups[0].name}."
    )

    # The backup is the file as it was: encrypted, openable, still at revision 0001.
    assert b"Thermal imaging" not in (backups[0] / "case.db").read_bytes()
    copy = tmp_path / "from-backup.casedesk"
    shutil.copytree(backups[0], copy)
    restored = unlock_bundle(copy, tmp_case.passphrase("Sue"), label="Sue")
    try:
        assert schema.current_revision(restored.engine()) == "0001"
    finally:
        restored.close()

    # Opening again: nothing left to upgrade, no second backup.
    with open_as(tmp_case.path, "Sue") as s:
        assert s.case_file.notices == ()
    assert len(list((tmp_case.path / "backups").iterdir())) == 1
