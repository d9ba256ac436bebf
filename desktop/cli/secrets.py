"""Where the CLI gets secrets from: a prompt without echo, or for automation a file or one variable.

Never from argv (visible in `ps` and shell history). `CASEDESK_PASSPHRASE` is the one documented
automation variable; `--passphrase-file` is preferred on shared machines.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

ENV_PASSPHRASE = "CASEDESK_PASSPHRASE"  # noqa: S105 - a variable name, not a secret


class NoSecret(Exception):
    """No way to obtain the secret without a terminal."""


def read_secret_file(path: Path) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise NoSecret(f"The passphrase file {path} cannot be read ({error.strerror}).") from None
    return text.rstrip("\r\n")


def passphrase(prompt: str, *, file: Path | None = None, env: bool = True) -> str:
    if file is not None:
        return read_secret_file(file)
    if env and os.environ.get(ENV_PASSPHRASE):
        return os.environ[ENV_PASSPHRASE]
    if not sys.stdin.isatty():
        raise NoSecret(f"No passphrase: type it at a terminal, or use --passphrase-file or {ENV_PASSPHRASE}.")
    return getpass.getpass(prompt)


def new_passphrase(what: str, *, file: Path | None = None) -> str:
    """A new secret: from its file, or typed twice. Never from the environment (that is the old one)."""
    if file is not None:
        value = read_secret_file(file)
    else:
        if not sys.stdin.isatty():
            raise NoSecret(
                f"No new passphrase for {what}: type it at a terminal or use a --new-passphrase-file."
            )
        value = getpass.getpass(f"New passphrase for {what}: ")
        if getpass.getpass("Repeat it: ") != value:
            raise NoSecret("The two passphrases differ; nothing was changed.")
    if len(value) < 8:
        raise NoSecret("A passphrase needs at least 8 characters; nothing was changed.")
    return value
