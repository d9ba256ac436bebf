"""Writing plaintext case data the user asked for (an exported package, a decrypted attachment,
the almanac as CSV, a recovery code) to a file readable by the owner only.

`write_private` writes a 0600 temporary file beside the destination (created with O_EXCL, so it
is never someone else's file or a symlink), flushes and fsyncs it, then renames it over the
destination: the file appears whole or not at all, and a destination that already existed with
wider permissions is replaced, not rewritten in place, so it does not keep its old mode. On any
failure the temporary file is removed and one sentence is raised (`PrivateWriteError`, an
`InvalidInput`).

`check_private_destination` tries the same steps without data, so a caller can refuse a place
before it records or signs anything. No Qt: the services, the CLI and the GUI call these.
"""

from __future__ import annotations

import errno
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from desktop.services.errors import InvalidInput

NAME_MAX = 255
"""Longest file name (in bytes) the usual file systems accept."""


class PrivateWriteError(InvalidInput):
    """A private file could not be written; `reason` is the system's words (for a caller's sentence)."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__("The file {path} could not be written ({reason}).", path=path, reason=reason)
        self.path = path
        self.reason = reason


def _reason(error: OSError) -> str:
    return error.strerror or type(error).__name__


def _partial(destination: Path) -> Path:
    # Hidden, short whatever the destination's length, and unguessable: never an existing file.
    return destination.with_name(f".{destination.name[:64]}.{secrets.token_hex(6)}.part")


def _create(partial: Path) -> int:
    return os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)


def check_private_destination(destination: Path) -> None:
    """Raise PrivateWriteError unless `destination` can be written by `write_private`: a file name
    that is not a folder, in a folder where a private temporary file can be created right now."""
    destination = Path(destination)
    if not destination.name:
        raise PrivateWriteError(destination, os.strerror(errno.EISDIR))
    if len(os.fsencode(destination.name)) > NAME_MAX:
        raise PrivateWriteError(destination, os.strerror(errno.ENAMETOOLONG))
    if destination.is_dir():
        raise PrivateWriteError(destination, os.strerror(errno.EISDIR))
    partial = _partial(destination)
    try:
        os.close(_create(partial))
    except OSError as error:
        raise PrivateWriteError(destination, _reason(error)) from None
    partial.unlink(missing_ok=True)


def write_private(path: Path | str, data: bytes, *, before_replace: Callable[[], None] | None = None) -> Path:
    """Write `data` to `path` readable by its owner only (0600), atomically; returns the path.

    Raises PrivateWriteError (one sentence) when it cannot; nothing is left behind then, and an
    existing file at `path` is unchanged. `before_replace` runs once the bytes are written and
    synced beside `path`, just before they take its place: whatever it raises stops the write the
    same way (the audited export commits its log entry there).
    """
    destination = Path(path)
    if len(os.fsencode(destination.name)) > NAME_MAX:
        raise PrivateWriteError(destination, os.strerror(errno.ENAMETOOLONG))
    partial = _partial(destination)
    try:
        descriptor = _create(partial)
    except OSError as error:
        raise PrivateWriteError(destination, _reason(error)) from None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if before_replace is not None:
            before_replace()
        partial.replace(destination)
    except BaseException as error:
        partial.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise PrivateWriteError(destination, _reason(error)) from None
        raise
    sync_folder(destination.parent)
    return destination


def sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (not on Windows)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some file systems refuse to fsync a folder; the data itself was synced
    finally:
        os.close(descriptor)
