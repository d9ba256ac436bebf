"""The SQLCipher 4 database inside a case file, as a SQLAlchemy engine.

The engine keeps exactly one DB-API connection (StaticPool): SQLCipher's `PRAGMA rekey` needs
to be the only connection, and the application funnels every database call through one worker
thread anyway. The raw 256-bit key is given as the first statement on the connection, straight on
the DB-API cursor, so it never passes through SQLAlchemy's statement logging or a URL.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import StaticPool

from desktop.vault.errors import DamagedCaseFile, NotACaseFile, VaultError, WrongSecret

# Pinned on-disk format: SQLCipher 4 defaults (AES-256-CBC, HMAC-SHA512, 4 KiB pages). SQLCipher 5
# changes these defaults; the pin keeps our files readable by any SQLCipher 4 client.
CIPHER_PRAGMAS = ("PRAGMA cipher_compatibility = 4",)

# Pragmas that keep plaintext off the disk and commits durable across power loss.
SESSION_PRAGMAS = (
    "PRAGMA temp_store = MEMORY",
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA busy_timeout = 2000",
    # 64 MiB of decrypted pages in memory (never on disk): repeated list and search reads stop
    # paying for decryption again (bench/README.md).
    "PRAGMA cache_size = -65536",
)


def _key_statement(data_key: bytes) -> str:
    if len(data_key) != 32:
        raise ValueError("a data key is 32 bytes")
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def connect_raw(path: Path, data_key: bytes, *, check_same_thread: bool = False) -> sqlcipher3.Connection:
    """A keyed DB-API connection, verified to decrypt; raises WrongSecret or NotACaseFile."""
    connection = sqlcipher3.connect(str(path), check_same_thread=check_same_thread, isolation_level=None)
    try:
        cursor = connection.cursor()
        # Without this SQLCipher prints "ERROR CORE" lines to stderr on a wrong key.
        cursor.execute("PRAGMA cipher_log_level = NONE")
        cursor.execute(_key_statement(data_key))
        for pragma in CIPHER_PRAGMAS:
            cursor.execute(pragma)
        try:
            cursor.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError:
            raise WrongSecret("The data key does not open this database.") from None
        for pragma in SESSION_PRAGMAS:
            cursor.execute(pragma)
        cursor.close()
    except BaseException:
        connection.close()
        raise
    return connection


def make_engine(path: Path, data_key: bytes) -> Engine:
    """An engine over one verified connection. The key is captured in the closure only."""
    connection = connect_raw(path, data_key)

    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher3.dbapi2,
        creator=lambda: connection,
        poolclass=StaticPool,
        # Bound values are case data: keep them out of every exception message and log line.
        hide_parameters=True,
    )

    # pysqlite's own transaction handling is off (isolation_level=None above); SQLAlchemy emits
    # BEGIN itself so that reads and writes of one unit of work share one transaction.
    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # type: ignore[no-untyped-def]
        conn.exec_driver_sql("BEGIN")

    return engine


def integrity_problems(connection: sqlcipher3.Connection) -> list[str]:
    """Page HMAC failures (cipher_integrity_check) and SQLite structure problems, as sentences."""
    problems: list[str] = []
    try:
        for (line,) in connection.execute("PRAGMA cipher_integrity_check").fetchall():
            problems.append(f"Encrypted page check: {line}")
        for (line,) in connection.execute("PRAGMA integrity_check").fetchall():
            if line != "ok":
                problems.append(f"Database structure check: {line}")
    except (sqlcipher3.DatabaseError, sqlite3.DatabaseError) as error:
        problems.append(f"The database could not be checked: {error}")
    return problems


def rekey(connection: sqlcipher3.Connection, new_key: bytes) -> None:
    """Re-encrypt every page under new_key, in one transaction (SQLCipher's rekey)."""
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute(_key_statement(new_key).replace("PRAGMA key", "PRAGMA rekey", 1))
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        # Move the re-encrypted pages into the main file now: otherwise case.db keeps pages under
        # the old key until the next checkpoint, and cipher_integrity_check (main file only)
        # would report them as damaged.
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlcipher3.DatabaseError as error:
        raise DamagedCaseFile("Re-encrypting the database failed: {reason}", reason=str(error)) from None


def classify_open_error(error: Exception) -> VaultError:
    text = str(error).lower()
    if "not a database" in text or "encrypted" in text:
        return NotACaseFile("The database in this case file is not readable with its key.")
    if "malformed" in text or "corrupt" in text or "hmac" in text:
        return DamagedCaseFile("The case file's database is damaged.")
    return DamagedCaseFile("The case file's database could not be opened ({reason}).", reason=str(error))
