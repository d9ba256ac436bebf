"""Schema versions of the case-file database, upgraded with Alembic.

Opening a case file from an older release upgrades it after an encrypted backup (the database
file as it is, plus its key-slot file, in `backups/`); a file from a newer release is refused
before anything is written.
"""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect

from desktop.migrations import MIGRATIONS_DIR
from desktop.vault import BACKUPS_DIR, DB_NAME, SLOTS_NAME, NewerFormat, Vault
from desktop.vault.keyslots import fsync_directory

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported where it is used, not with this module: the window and the CLI load the
# services at start-up, and Alembic's import (about 160 ms) is only needed once a file is opened.


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


@cache
def head_revision() -> str:
    """The newest revision shipped (read once: the migration scripts do not change while running)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, target: str = "head") -> None:
    from alembic import command

    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)


def ensure_current(vault: Vault) -> str | None:
    """Bring the schema to head. Returns the backup folder made before an upgrade, if any."""
    engine = vault.engine()
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return None
    if current is None:
        with engine.connect() as connection:
            if inspect(connection).get_table_names():
                raise NewerFormat(
                    "This database has tables but no schema version; it is not a case file of ours."
                )
        upgrade(engine)
        return None
    from alembic.script import ScriptDirectory

    known = {script.revision for script in ScriptDirectory.from_config(_config()).walk_revisions()}
    if current not in known:
        raise NewerFormat(
            "This case file was written by a newer version of Benelux Case Desk; please update the application to open it."
        )
    backup = backup_case_file(vault, reason=f"schema-{current}")
    upgrade(engine)
    return backup


_PARTIAL = ".partial"


def backup_case_file(vault: Vault, *, reason: str) -> str:
    """Copy the encrypted database (after a WAL checkpoint) and its key slots into backups/.

    Crash-safe: the copy is written to a hidden `.partial` folder, synced, then renamed, so a
    backup folder is always complete; partial folders left by a killed process are removed
    here. A name already taken (an upgrade killed and retried within the same second) gets a
    suffix instead of failing.
    """
    connection = vault.raw_connection()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    backups = vault.path / BACKUPS_DIR
    backups.mkdir(parents=True, mode=0o700, exist_ok=True)
    for leftover in backups.glob(f".*{_PARTIAL}"):
        shutil.rmtree(leftover, ignore_errors=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    name = f"{stamp}-{reason}"
    partial = backups / f".{name}{_PARTIAL}"
    partial.mkdir(mode=0o700)
    for file_name in (DB_NAME, SLOTS_NAME):
        shutil.copy2(vault.path / file_name, partial / file_name)
        with (partial / file_name).open("rb") as copied:
            os.fsync(copied.fileno())
    fsync_directory(partial)
    target, number = backups / name, 1
    while target.exists():
        number += 1
        target = backups / f"{name}-{number}"
    partial.rename(target)
    fsync_directory(backups)
    return str(Path(BACKUPS_DIR) / target.name)
