"""Entry point of `casedesk`: argument parsing, opening the case file, and the exit-code contract.

Exit codes: 0 success; 1 a check or verification failed; 2 bad usage or input (one clear line
on stderr). No traceback reaches the user: an unexpected error prints one sentence and exits 3.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

from desktop import __version__
from desktop.cli import secrets
from desktop.cli.errors import CliError

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line, like every other refusal of the CLI."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"casedesk: {message} (see: {self.prog} --help)\n")


def add_open_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, help="the case file (a NAME.casedesk folder)")
    parser.add_argument("--as", dest="member", metavar="NAME", help="open with this member's slot")
    parser.add_argument("--passphrase-file", type=Path, metavar="FILE", help="read the passphrase from FILE")
    parser.add_argument(
        "--device", action="store_true", help="quick unlock with the secret remembered on this device"
    )


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[object]:
    """Unlock the case file named by the arguments; yields Services; always closes (locks) it."""
    from desktop.services.casefile import open_case_file
    from desktop.services.facade import Services

    if getattr(args, "device", False):
        case_file = _open_with_device(args)
    else:
        passphrase = secrets.passphrase(
            f"Passphrase{' for ' + args.member if args.member else ''}: ", file=args.passphrase_file
        )
        case_file = open_case_file(args.path, passphrase, member=args.member)
    try:
        for notice in case_file.notices:
            print(f"casedesk: {notice}", file=sys.stderr)
        yield Services(case_file, render_pdf=_render_pdf)
    finally:
        case_file.close()


def _render_pdf(document: object, languages: tuple[str, ...]) -> bytes:
    """Qt's PDF writer, imported only when a package is actually made (start-up stays light)."""
    from desktop.exchange.pdf import render_request_pdf

    return render_request_pdf(document, languages)  # type: ignore[arg-type]


def _open_with_device(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """Quick unlock: the device slots of this case file whose secret the OS keyring remembers."""
    from desktop.services.casefile import open_case_file
    from desktop.vault import device, read_slot_infos
    from desktop.vault.keyslots import parse_slot_file

    file_id = parse_slot_file((args.path / "keyslots.json").read_bytes()).file_id
    for slot in read_slot_infos(args.path):
        if slot.kind != "device":
            continue
        secret = device.load_device_secret(file_id, slot.slot_id)
        if secret is not None:
            return open_case_file(args.path, secret, kind="device", slot_id=slot.slot_id)
    raise CliError("Nothing is remembered for this case file on this device; open it with your passphrase.")


def build_parser() -> argparse.ArgumentParser:
    from desktop.cli import (
        commands_admin,
        commands_cases,
        commands_keys,
        commands_packages,
        commands_requests,
    )

    parser = _Parser(
        prog="casedesk",
        description="Benelux Case Desk: encrypted case files for cross-border police cooperation.",
        epilog=f"Passphrases are prompted without echo; for automation set {secrets.ENV_PASSPHRASE} "
        "or use --passphrase-file. Exit codes: 0 ok, 1 check failed, 2 bad usage or input.",
    )
    parser.add_argument("--version", action="version", version=f"casedesk {__version__}")
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="check this installation end to end (a demo case file, a package, the window offscreen)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True, parser_class=_Parser)
    commands_admin.register(commands)
    commands_cases.register(commands)
    commands_requests.register(commands)
    commands_keys.register(commands)
    commands_packages.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # Library loggers stay quiet: nothing of a case may reach a log by accident.
    logging.basicConfig(level=logging.WARNING, format="casedesk: %(message)s")
    if list(sys.argv[1:] if argv is None else argv) == ["--self-check"]:
        # The installation's end-to-end check (desktop/self_check.py): it loads Qt, which no
        # other command does, so it is dispatched before the parser.
        from desktop import self_check

        return self_check.run()
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    from desktop.services.catalogue import CatalogueError
    from desktop.services.errors import ServiceError
    from desktop.vault.errors import VaultError

    try:
        return handler(args)
    except (CliError, ServiceError, VaultError, secrets.NoSecret, CatalogueError) as error:
        print(f"casedesk: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("casedesk: interrupted; nothing more was written.", file=sys.stderr)
        return EXIT_USAGE
    except OSError as error:
        print(
            f"casedesk: {error.strerror or error} ({getattr(error, 'filename', '') or ''})".rstrip(" ()"),
            file=sys.stderr,
        )
        return EXIT_USAGE
    except Exception as error:  # the last line of defence: a sentence, never a traceback with case data
        print(
            f"casedesk: an internal error stopped the command ({type(error).__name__}); nothing was committed. "
            "Please report it.",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


if __name__ == "__main__":
    # Run the imported module's main, so its exception classes are the ones the commands raise.
    from desktop.cli.main import main as _main

    sys.exit(_main())
