"""CLI commands for certificates, the trust store and signed request packages."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from desktop.cli import secrets
from desktop.cli.errors import CliError
from desktop.cli.main import EXIT_FAILED, EXIT_OK, add_open_options, opened
from desktop.cli.output import print_json, print_table, when

ENV_P12_PASSWORD = "CASEDESK_P12_PASSWORD"  # noqa: S105 - a variable name, not a secret


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    pki = commands.add_parser("pki", help="certificates for trying the product").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    demo = pki.add_parser(
        "demo", help="generate a demo PKI: a root CA per country, agency and personal certificates"
    )
    demo.add_argument("directory", type=Path)
    demo.set_defaults(handler=cmd_pki_demo)

    credential = commands.add_parser("credential", help="your signing certificate").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    imp = credential.add_parser(
        "import", help="import your PKCS#12 file (kept encrypted, still under its own password)"
    )
    add_open_options(imp)
    imp.add_argument("pkcs12", type=Path)
    imp.add_argument("--p12-password-file", type=Path, metavar="FILE")
    imp.add_argument(
        "--remember-password", action="store_true", help="keep the PKCS#12 password in the OS keyring"
    )
    imp.set_defaults(handler=cmd_credential_import)
    listing = credential.add_parser("list", help="members' signing certificates")
    add_open_options(listing)
    listing.set_defaults(handler=cmd_credential_list)

    trust = commands.add_parser("trust", help="partner agencies' certificates").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    add = trust.add_parser("add", help="pin CA or end-entity certificates (PEM, DER, PKCS#7) to an agency")
    add_open_options(add)
    add.add_argument("certificates", type=Path)
    add.add_argument("--agency", required=True, metavar="CODE")
    add.set_defaults(handler=cmd_trust_add)
    tlist = trust.add_parser("list", help="the trust store, with expiry warnings")
    add_open_options(tlist)
    tlist.set_defaults(handler=cmd_trust_list)

    package = commands.add_parser("package", help="signed request packages (ASiC-E)").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    export = package.add_parser(
        "export", help="sign and export an approved request (the approving supervisor)"
    )
    add_open_options(export)
    export.add_argument("request")
    export.add_argument("--out", type=Path, required=True)
    export.add_argument(
        "--encrypt-for", metavar="AGENCY", help="encrypt for this agency's certificate (.asice.p7m)"
    )
    export.add_argument(
        "--attach", type=int, action="append", default=[], metavar="ID", help="attachment of the case"
    )
    export.add_argument(
        "--override-handling", action="store_true", help="include items held back by handling codes"
    )
    export.add_argument(
        "--cosign", action="store_true", help="add the filer's signature (their PKCS#12 password is asked)"
    )
    export.add_argument("--p12-password-file", type=Path, metavar="FILE")
    export.add_argument(
        "--filer-p12-password-file",
        type=Path,
        metavar="FILE",
        help="with --cosign: the filer's PKCS#12 password, for scripts",
    )
    export.add_argument(
        "--dry-run", action="store_true", help="only say what would go in and what is held back"
    )
    export.set_defaults(handler=cmd_package_export)
    answer = package.add_parser("answer", help="answer an incoming request with a signed answer package")
    add_open_options(answer)
    answer.add_argument("request")
    answer.add_argument("--text", help="the answer (omit to re-send an existing answer)")
    answer.add_argument("--out", type=Path, required=True)
    answer.add_argument("--encrypt", action="store_true", help="encrypt for the partner agency's certificate")
    answer.add_argument("--p12-password-file", type=Path, metavar="FILE")
    answer.set_defaults(handler=cmd_package_answer)
    verify = package.add_parser("verify", help="validate a package; exit 0 only on TOTAL_PASSED")
    verify.add_argument("file", type=Path)
    source = verify.add_mutually_exclusive_group()
    source.add_argument("--case", type=Path, metavar="PATH", help="use this case file's trust store")
    source.add_argument(
        "--trust",
        type=Path,
        nargs="+",
        metavar="CERT",
        help="trust these certificates (agency from the package)",
    )
    verify.add_argument("--as", dest="member", metavar="NAME")
    verify.add_argument("--passphrase-file", type=Path, metavar="FILE")
    verify.add_argument(
        "--decrypt-key", type=Path, metavar="P12", help="your agency's PKCS#12 for an encrypted package"
    )
    verify.add_argument("--p12-password-file", type=Path, metavar="FILE")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(handler=cmd_package_verify, device=False)
    imp_pkg = package.add_parser(
        "import", help="verify, then file a partner's request or link a partner's answer"
    )
    add_open_options(imp_pkg)
    imp_pkg.add_argument("file", type=Path)
    imp_pkg.add_argument("--decrypt-key", type=Path, metavar="P12")
    imp_pkg.add_argument("--p12-password-file", type=Path, metavar="FILE")
    imp_pkg.set_defaults(handler=cmd_package_import)


def _p12_password(args: argparse.Namespace, what: str) -> str | None:
    import os

    if args.p12_password_file:
        return secrets.read_secret_file(args.p12_password_file)
    if os.environ.get(ENV_P12_PASSWORD):
        return os.environ[ENV_P12_PASSWORD]
    return None


def _ask_p12(what: str) -> str:
    if not sys.stdin.isatty():
        raise CliError(f"The password of {what} is needed: use --p12-password-file or {ENV_P12_PASSWORD}.")
    return getpass.getpass(f"Password of {what}: ")


def cmd_pki_demo(args: argparse.Namespace) -> int:
    from desktop.exchange.pki import make_demo_pki
    from desktop.services.demo import DEMO_PKI_AGENCIES, DEMO_PKI_PEOPLE, DEMO_PKI_RSA_PEOPLE

    if args.directory.exists() and any(args.directory.iterdir()):
        raise CliError(f"{args.directory} is not empty; choose a new folder.")
    pki = make_demo_pki(
        args.directory, DEMO_PKI_PEOPLE, agencies=DEMO_PKI_AGENCIES, rsa_people=DEMO_PKI_RSA_PEOPLE
    )
    print(f"Demo PKI in {pki.directory} (for trying the product only — never for real cases):")
    for country, path in sorted(pki.ca_paths.items()):
        print(f"  root CA {country}: {path.name}")
    for identity in (*pki.identities, *pki.agency_encryption.values()):
        print(
            f"  {identity.p12_path.name:<32} {identity.name} ({identity.agency_code})  password: {identity.password}"
        )
    return EXIT_OK


def cmd_credential_import(args: argparse.Namespace) -> int:
    data = args.pkcs12.read_bytes()
    password = _p12_password(args, args.pkcs12.name) or _ask_p12(args.pkcs12.name)
    with opened(args) as services:
        view = services.credentials.import_pkcs12(data, password, remember_password=args.remember_password)  # type: ignore[attr-defined]
    print(f"Signing certificate of {view.member}: {view.subject}, SHA-256 {view.fingerprint}.")
    if view.warning:
        print(f"Warning: it {view.warning}.")
    return EXIT_OK


def cmd_credential_list(args: argparse.Namespace) -> int:
    with opened(args) as services:
        views = services.credentials.list()  # type: ignore[attr-defined]
    print_table(
        ["MEMBER", "SUBJECT", "VALID UNTIL", "FINGERPRINT", ""],
        [
            (v.member, v.subject[:50], when(v.not_after), v.fingerprint[:16] + "…", v.warning or "")
            for v in views
        ],
    )
    return EXIT_OK


def cmd_trust_add(args: argparse.Namespace) -> int:
    data = args.certificates.read_bytes()
    with opened(args) as services:
        added = services.trust.add(args.agency, data)  # type: ignore[attr-defined]
    if not added:
        print("Nothing new: these certificates were already in the trust store.")
    for view in added:
        print(
            f"Pinned to {view.agency_code}: {view.subject} ({'CA' if view.is_ca else 'end entity'}), "
            f"valid until {when(view.not_after)}" + (f" — {view.warning}" if view.warning else "")
        )
    return EXIT_OK


def cmd_trust_list(args: argparse.Namespace) -> int:
    with opened(args) as services:
        views = services.trust.list()  # type: ignore[attr-defined]
    print_table(
        ["AGENCY", "SUBJECT", "TYPE", "VALID UNTIL", "WARNING"],
        [
            (v.agency_code, v.subject[:50], "CA" if v.is_ca else "EE", when(v.not_after), v.warning or "")
            for v in views
        ],
    )
    return EXIT_OK


def _print_plan(plan) -> None:  # type: ignore[no-untyped-def]
    print(f"Package for {plan.recipient}:")
    for item in plan.included:
        print(f"  goes in:      {item.name}")
    for item in plan.held_back:
        print(f"  HELD BACK:    {item.name} ({item.reason})")


def _check_writable(out: Path) -> None:
    """Refuse an --out that cannot be written before anything is signed and recorded as sent:
    the same check as the GUI's export and answer dialogs."""
    from desktop.services.session_exchange import check_export_destination

    check_export_destination(out)


def cmd_package_export(args: argparse.Namespace) -> int:
    from desktop.services.session_exchange import export_package_to

    if not args.dry_run:
        _check_writable(args.out)
    password = _p12_password(args, "your signing certificate")
    with opened(args) as services:
        packages = services.packages  # type: ignore[attr-defined]
        plan = packages.plan(args.request, tuple(args.attach))
        if args.encrypt_for and args.encrypt_for != plan.recipient:
            raise CliError(
                f"{args.request} goes to {plan.recipient}; encrypt for that agency, not {args.encrypt_for}."
            )
        _print_plan(plan)
        if args.dry_run:
            return EXIT_OK
        if (
            password is None
            and services.credentials.remembered_password(services.case_file.actor.uid) is None
        ):  # type: ignore[attr-defined]
            password = _ask_p12("your signing certificate")
        filer_password = None
        if args.cosign:
            filer_password = (
                secrets.read_secret_file(args.filer_p12_password_file)
                if args.filer_p12_password_file
                else _ask_p12("the filer's signing certificate")
            )
        # What the GUI's export dialog runs: sign, record as sent, then write owner-only.
        done = export_package_to(
            services,  # type: ignore[arg-type]
            args.request,
            args.out,
            password=password,
            attachment_ids=tuple(args.attach),
            override_handling=args.override_handling,
            filer_password=filer_password,
            encrypt_for_agency=bool(args.encrypt_for),
        )
    print(
        f"Wrote {done.path} ({done.size} bytes, SHA-256 {done.sha256})"
        + (f", encrypted for {done.encrypted_for}" if done.encrypted_for else "")
        + "."
    )
    if done.overridden:
        print("Handling codes were overridden; this is recorded in the audit log.")
    return EXIT_OK


def cmd_package_answer(args: argparse.Namespace) -> int:
    from desktop.services.session_requests import answer_package_to

    _check_writable(args.out)
    password = _p12_password(args, "your signing certificate")
    with opened(args) as services:
        # What the GUI's answer dialog runs: sign, record the answer, then write owner-only.
        done = answer_package_to(
            services,  # type: ignore[arg-type]
            args.request,
            args.out,
            password=password,
            answer=args.text,
            encrypt_for_agency=args.encrypt,
        )
    print(f"Wrote {done.path} ({done.size} bytes, SHA-256 {done.sha256}).")
    return EXIT_OK


def _decryption(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    if not args.decrypt_key:
        return None
    from desktop.exchange.pki import CredentialError, load_pkcs12

    password = _p12_password(args, args.decrypt_key.name) or _ask_p12(args.decrypt_key.name)
    try:
        return load_pkcs12(args.decrypt_key.read_bytes(), password.encode())
    except CredentialError as error:
        raise CliError(f"{args.decrypt_key.name}: {error}") from None


def _print_report(report) -> None:  # type: ignore[no-untyped-def]
    print(f"{report.indication}" + (f" / {report.sub_indication}" if report.sub_indication else ""))
    print(report.sentence)
    for signature in report.signatures:
        sub = f" / {signature.sub_indication}" if signature.sub_indication else ""
        print(f"  signature {signature.signature}: {signature.indication}{sub} — {signature.sentence}")
        for note in signature.notes:
            print(f"      note: {note}")
    for file in report.files:
        print(f"  file {file.name}: {file.indication} — {file.sentence}")


def cmd_package_verify(args: argparse.Namespace) -> int:
    from desktop.exchange.verify import PASSED, verify_package

    data = args.file.read_bytes()
    decryption = _decryption(args)
    if args.case:
        args.path = args.case
        with opened(args) as services:
            report = services.packages.verify(data, decryption=decryption)  # type: ignore[attr-defined]
    else:
        from desktop.exchange.envelope import EnvelopeError, decrypt, is_enveloped
        from desktop.exchange.trust import CertificateError, load_certificates

        anchors = []
        for path in args.trust or []:
            try:
                certificates = load_certificates(path.read_bytes())
            except CertificateError as error:
                raise CliError(f"{path.name}: {error}") from None
            anchors += [(None, c) for c in certificates]
        if is_enveloped(data):
            if decryption is None:
                raise CliError("The package is encrypted; give your agency's PKCS#12 with --decrypt-key.")
            try:
                data = decrypt(data, decryption.certificate, decryption.private_key)
            except EnvelopeError as error:
                raise CliError(str(error)) from None
        # Certificates given on the command line are trusted for whichever agency the package names.
        report = (
            verify_package(data, [], now=None) if not anchors else _verify_with_loose_anchors(data, anchors)
        )
    if args.json:
        print_json(report.to_json())
    else:
        _print_report(report)
    return EXIT_OK if report.indication == PASSED else EXIT_FAILED


def _verify_with_loose_anchors(data: bytes, anchors: list) -> object:  # type: ignore[type-arg]
    from desktop.exchange.asice import ContainerError, read_container
    from desktop.exchange.request_document import PackageFormatError, parse_request_document
    from desktop.exchange.verify import verify_package

    try:
        sender = parse_request_document(
            read_container(data).data_objects.get("request.json", b"")
        ).sender.agency
    except (ContainerError, PackageFormatError):
        sender = ""
    return verify_package(data, [(sender, certificate) for _none, certificate in anchors])


def cmd_package_import(args: argparse.Namespace) -> int:
    from desktop.services.packages import PackageRejected

    data = args.file.read_bytes()
    decryption = _decryption(args)
    with opened(args) as services:
        try:
            result = services.packages.import_package(data, args.file.name, decryption=decryption)  # type: ignore[attr-defined]
        except PackageRejected as error:
            if error.report is not None:
                _print_report(error.report)
            raise
    print(str(result.sentence))
    return EXIT_OK
