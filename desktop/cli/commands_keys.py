"""CLI commands for ways into a case file besides passphrases: arrangements, escrow, quick unlock."""

from __future__ import annotations

import argparse
import getpass
import socket
import sys
from pathlib import Path

from desktop.cli import secrets
from desktop.cli.errors import CliError
from desktop.cli.main import EXIT_OK, add_open_options, opened
from desktop.cli.output import print_table, when


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    arrangement = commands.add_parser(
        "arrangement", help="bilateral arrangements added to the catalogue"
    ).add_subparsers(dest="action", metavar="ACTION", required=True)
    add = arrangement.add_parser(
        "add", help="store an overlay (catalogue JSON) in this case file (administrators)"
    )
    add_open_options(add)
    add.add_argument("file", type=Path)
    add.add_argument("--name", required=True)
    add.set_defaults(handler=cmd_arrangement_add)
    listing = arrangement.add_parser("list", help="list the arrangements stored in this case file")
    add_open_options(listing)
    listing.set_defaults(handler=cmd_arrangement_list)

    escrow = commands.add_parser("escrow", help="agency escrow certificate").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    escrow_add = escrow.add_parser(
        "add", help="let the holder of this RSA certificate's key open the case file"
    )
    add_open_options(escrow_add)
    escrow_add.add_argument("certificate", type=Path, help="PEM or DER certificate (RSA, 2048 bits or more)")
    escrow_add.add_argument("--label", default="Agency escrow")
    escrow_add.set_defaults(handler=cmd_escrow_add)
    escrow_recover = escrow.add_parser(
        "recover", help="with the escrow private key, set a member's new passphrase"
    )
    escrow_recover.add_argument("path", type=Path)
    escrow_recover.add_argument(
        "--key", type=Path, required=True, help="the escrow certificate's private key (PEM)"
    )
    escrow_recover.add_argument("--member", required=True)
    escrow_recover.add_argument("--new-passphrase-file", type=Path, metavar="FILE")
    escrow_recover.set_defaults(handler=cmd_escrow_recover)

    device = commands.add_parser("device", help="quick unlock on this device (OS keyring)").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    remember = device.add_parser(
        "remember", help="remember this member on this device (never the passphrase)"
    )
    add_open_options(remember)
    remember.set_defaults(handler=cmd_device_remember)


def cmd_arrangement_add(args: argparse.Namespace) -> int:
    content = args.file.read_bytes()
    with opened(args) as services:
        view = services.arrangements.add(args.name, content)  # type: ignore[attr-defined]
    print(f"Added {view.name}: {', '.join(view.instruments) or 'articles of existing instruments'}.")
    return EXIT_OK


def cmd_arrangement_list(args: argparse.Namespace) -> int:
    with opened(args) as services:
        views = services.arrangements.list()  # type: ignore[attr-defined]
    print_table(
        ["NAME", "INSTRUMENTS", "ADDED"],
        [(v.name, ", ".join(v.instruments), when(v.added_at)) for v in views],
    )
    return EXIT_OK


def _load_certificate(path: Path):  # type: ignore[no-untyped-def]
    from cryptography import x509

    data = path.read_bytes()
    try:
        return (
            x509.load_pem_x509_certificate(data)
            if b"-----BEGIN" in data
            else x509.load_der_x509_certificate(data)
        )
    except ValueError:
        raise CliError(f"{path} is not a readable X.509 certificate.") from None


def cmd_escrow_add(args: argparse.Namespace) -> int:
    certificate = _load_certificate(args.certificate)
    with opened(args) as services:
        if services.case_file.actor.role not in ("administrator", "supervisor"):  # type: ignore[attr-defined]
            raise CliError("Only an administrator or a supervisor can add an escrow certificate.")
        services.case_file.vault.add_escrow_slot(certificate, args.label)  # type: ignore[attr-defined]
    print(f"Escrow slot added for {certificate.subject.rfc4514_string()}.")
    return EXIT_OK


def cmd_escrow_recover(args: argparse.Namespace) -> int:
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    from desktop.services.casefile import open_case_file_with_escrow
    from desktop.services.facade import Services

    data = args.key.read_bytes()
    password = None
    if b"ENCRYPTED" in data:
        if not sys.stdin.isatty():
            raise CliError("The escrow key is encrypted; run this at a terminal to type its password.")
        password = getpass.getpass("Password of the escrow key: ").encode()
    try:
        key = load_pem_private_key(data, password)
    except (ValueError, TypeError):
        raise CliError(f"{args.key} is not a readable private key, or the password is wrong.") from None
    if not isinstance(key, rsa.RSAPrivateKey):
        raise CliError("An escrow key is an RSA private key.")
    new = secrets.new_passphrase(args.member, file=args.new_passphrase_file)
    case_file = open_case_file_with_escrow(args.path, key)
    try:
        Services(case_file).members.reset_passphrase(args.member, new)
    finally:
        case_file.close()
    print(f"{args.member} can now open the case file with the new passphrase.")
    return EXIT_OK


def cmd_device_remember(args: argparse.Namespace) -> int:
    with opened(args) as services:
        slot = services.members.remember_on_device(f"{socket.gethostname()}")  # type: ignore[attr-defined]
    print(f"Remembered on this device (slot {slot}); open with --device.")
    return EXIT_OK
