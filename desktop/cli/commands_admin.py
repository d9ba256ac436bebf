"""CLI commands about the case file itself: init, members, passphrases, demo, checks, almanac, catalogue."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from desktop.cli import secrets
from desktop.cli.errors import CliError
from desktop.cli.main import EXIT_FAILED, EXIT_OK, add_open_options, opened
from desktop.cli.output import print_json, print_table
from desktop.models.enums import Country, RequestKind, Role
from desktop.services.private_files import check_private_destination, write_private

_ROLES = [r.value for r in Role]


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    init = commands.add_parser("init", help="create a new, empty case file")
    init.add_argument("path", type=Path)
    init.add_argument("--member", required=True, help="your name (the first member)")
    init.add_argument("--role", required=True, choices=_ROLES)
    init.add_argument("--agency", metavar="CODE", help="your agency's code, e.g. BE-FEDPOL-CGI")
    init.add_argument("--passphrase-file", type=Path, metavar="FILE")
    init.add_argument(
        "--unlock-time",
        type=float,
        metavar="SECONDS",
        help="tune Argon2id so one unlock takes about this long here (default 0.5 s)",
    )
    init.set_defaults(handler=cmd_init)

    demo = commands.add_parser("demo", help="create a realistic demo case file")
    demo.add_argument("path", type=Path)
    demo.add_argument("--cases", type=int, default=12)
    demo.add_argument("--requests", type=int, default=60)
    demo.add_argument(
        "--packages",
        type=Path,
        metavar="DIR",
        help="also write a demo PKI, signed packages and a partner's answer into DIR",
    )
    demo.set_defaults(handler=cmd_demo)

    member = commands.add_parser("member", help="members and their key slots").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    add = member.add_parser("add", help="add a member with their own passphrase")
    add_open_options(add)
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=_ROLES)
    add.add_argument("--agency", metavar="CODE")
    add.add_argument("--new-passphrase-file", type=Path, metavar="FILE")
    add.set_defaults(handler=cmd_member_add)
    listing = member.add_parser("list", help="list the members")
    add_open_options(listing)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_member_list)
    remove = member.add_parser("remove", help="remove a member and rotate the data key")
    add_open_options(remove)
    remove.add_argument("name")
    remove.set_defaults(handler=cmd_member_remove)

    passphrase = commands.add_parser("passphrase", help="your passphrase").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    change = passphrase.add_parser("change", help="change your own passphrase")
    add_open_options(change)
    change.add_argument("--new-passphrase-file", type=Path, metavar="FILE")
    change.set_defaults(handler=cmd_passphrase_change)

    rekey = commands.add_parser(
        "rekey", help="give the case file a new data key (old copies of the key-slot file stop working)"
    )
    add_open_options(rekey)
    rekey.set_defaults(handler=cmd_rekey)

    recover = commands.add_parser("recover", help="with the recovery code, set a member's new passphrase")
    recover.add_argument("path", type=Path)
    recover.add_argument("--member", required=True)
    recover.add_argument("--recovery-code-file", type=Path, metavar="FILE")
    recover.add_argument("--new-passphrase-file", type=Path, metavar="FILE")
    recover.set_defaults(handler=cmd_recover)

    audit = commands.add_parser("audit", help="the audit log").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    verify = audit.add_parser("verify", help="verify the hash chain of the audit log")
    add_open_options(verify)
    verify.add_argument(
        "--anchor",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="also check the log against a signed head kept outside the case file (repeatable)",
    )
    verify.set_defaults(handler=cmd_audit_verify)
    anchor = audit.add_parser(
        "anchor", help="sign the head of the audit log with your signing certificate (supervisors)"
    )
    add_open_options(anchor)
    anchor.add_argument("--p12-password-file", type=Path, metavar="FILE")
    anchor.add_argument(
        "--if-due",
        action="store_true",
        help="sign only when a signed head is due (none yet, older than a day, or 200 entries since): "
        "for a scheduled task",
    )
    anchor.add_argument(
        "--out",
        type=Path,
        metavar="PATH",
        help="also write the newest signed head to PATH (a file, or a folder to put it in), to keep "
        "outside the case file",
    )
    anchor.set_defaults(handler=cmd_audit_anchor)
    export_anchor = audit.add_parser(
        "export-anchor", help="write the newest signed head of the log to a file kept elsewhere"
    )
    add_open_options(export_anchor)
    export_anchor.add_argument("--out", type=Path, required=True, metavar="PATH", help="a file, or a folder")
    export_anchor.set_defaults(handler=cmd_audit_export_anchor)

    check = commands.add_parser("check", help="SQLCipher and SQLite integrity, key slots, audit chain")
    add_open_options(check)
    check.set_defaults(handler=cmd_check)

    almanac = commands.add_parser("almanac", help="liaison-officer almanac").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    imp = almanac.add_parser(
        "import", help="import officers from CSV (bad rows are reported, good rows kept)"
    )
    add_open_options(imp)
    imp.add_argument("file", type=Path)
    imp.set_defaults(handler=cmd_almanac_import)
    exp = almanac.add_parser("export", help="export the almanac as CSV")
    add_open_options(exp)
    exp.add_argument("--out", type=Path, required=True)
    exp.set_defaults(handler=cmd_almanac_export)

    bases = commands.add_parser("bases", help="the legal bases the catalogue offers for a request")
    bases.add_argument("--kind", required=True, choices=[k.value for k in RequestKind])
    bases.add_argument("--from", dest="source", required=True, choices=[c.value for c in Country])
    bases.add_argument("--to", dest="target", required=True, choices=[c.value for c in Country])
    bases.add_argument(
        "--date", type=date.fromisoformat, default=None, help="date of the events (default today)"
    )
    bases.set_defaults(handler=cmd_bases)


def cmd_init(args: argparse.Namespace) -> int:
    from desktop.services.casefile import create_case_file
    from desktop.vault import KdfParams

    if args.passphrase_file or os.environ.get(secrets.ENV_PASSPHRASE):
        passphrase = secrets.passphrase("", file=args.passphrase_file)
    else:
        passphrase = secrets.new_passphrase(args.member)
    kdf = KdfParams.calibrated(args.unlock_time) if args.unlock_time else None
    case_file, code = create_case_file(
        args.path,
        member_name=args.member,
        role=Role(args.role),
        passphrase=passphrase,
        agency_code=args.agency,
        kdf=kdf,
    )
    case_file.close()
    print(f"Created {args.path} with member {args.member} ({args.role}).")
    print()
    print("RECOVERY CODE — shown this once. Print it or write it down and keep it in a safe:")
    print(f"    {code}")
    print("It opens the case file if every passphrase is lost. Anyone holding it can open the file.")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.services.demo import make_demo

    passphrase = os.environ.get(secrets.ENV_PASSPHRASE)
    if not passphrase:
        passphrase = "demo"  # noqa: S105 - the documented, loudly announced demo passphrase
        print(
            f'casedesk: {secrets.ENV_PASSPHRASE} is not set — the demo passphrase is "demo". '
            "Never use a demo file for real cases.",
            file=sys.stderr,
        )
    if args.cases < 1 or args.requests < 0:
        raise CliError("--cases must be at least 1 and --requests at least 0.")
    if args.path.exists():
        raise CliError(f"{args.path} already exists; choose another name.")
    if args.packages and args.packages.exists() and any(args.packages.iterdir()):
        raise CliError(f"{args.packages} is not empty; choose a new folder for the demo packages.")
    result = make_demo(
        args.path,
        passphrase,
        cases=args.cases,
        requests=args.requests,
        progress=lambda message: print(str(message), file=sys.stderr),
    )
    print(f"Demo case file {result.path}: {result.cases} cases, {result.requests} requests.")
    print("Members (all with the same passphrase): " + ", ".join(result.members))
    print(f"Recovery code: {result.recovery_code}")
    if args.packages:
        from desktop.cli.main import _render_pdf
        from desktop.services.demo_packages import make_demo_packages

        made = make_demo_packages(args.path, passphrase, args.packages, _render_pdf)
        print(f"Demo PKI, trust certificates and packages in {made.directory} (see its README.txt):")
        for file in made.files:
            print(f"  {file.name}")
    return EXIT_OK


def cmd_member_add(args: argparse.Namespace) -> int:
    new = secrets.new_passphrase(args.name, file=args.new_passphrase_file)
    with opened(args) as services:
        member = services.members.add(args.name, Role(args.role), new, agency_code=args.agency)  # type: ignore[attr-defined]
    print(f"Added {member.name} ({member.role}).")
    return EXIT_OK


def cmd_member_list(args: argparse.Namespace) -> int:
    with opened(args) as services:
        members = services.members.list()  # type: ignore[attr-defined]
    if args.json:
        print_json(members)
    else:
        print_table(
            ["NAME", "ROLE", "AGENCY", "STATUS"],
            [(m.name, m.role, m.agency_code or "", "active" if m.active else "removed") for m in members],
        )
    return EXIT_OK


def cmd_member_remove(args: argparse.Namespace) -> int:
    with opened(args) as services:
        services.members.remove(args.name)  # type: ignore[attr-defined]
    print(
        f"Removed {args.name}; the data key was rotated, so an old copy of the key opens nothing written from now on."
    )
    return EXIT_OK


def cmd_passphrase_change(args: argparse.Namespace) -> int:
    with opened(args) as services:
        old = secrets.passphrase("Current passphrase (again): ", file=args.passphrase_file)
        new = secrets.new_passphrase("you", file=args.new_passphrase_file)
        services.members.change_passphrase(old, new)  # type: ignore[attr-defined]
    print("Passphrase changed.")
    return EXIT_OK


def cmd_rekey(args: argparse.Namespace) -> int:
    with opened(args) as services:
        services.members.rotate_data_key()  # type: ignore[attr-defined]
    print(
        "New data key in place: every member keeps their passphrase; old copies of the key-slot file "
        "open nothing written from now on."
    )
    return EXIT_OK


def cmd_recover(args: argparse.Namespace) -> int:
    from desktop.services.casefile import open_case_file
    from desktop.services.facade import Services

    if args.recovery_code_file:
        code = secrets.read_secret_file(args.recovery_code_file)
    else:
        code = secrets.passphrase("Recovery code: ", env=False)
    new = secrets.new_passphrase(args.member, file=args.new_passphrase_file)
    case_file = open_case_file(args.path, code, kind="recovery")
    try:
        Services(case_file).members.reset_passphrase(args.member, new)
    finally:
        case_file.close()
    print(f"{args.member} can now open the case file with the new passphrase.")
    return EXIT_OK


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from desktop.services.audit import verify_chain
    from desktop.services.audit_anchor import verify_anchors
    from desktop.services.audit_anchor_file import MAX_FILE_BYTES

    kept = []  # --anchor FILE: signed heads kept outside the case file, read before it is opened
    for path in args.anchor:
        with path.open("rb") as handle:
            kept.append((path, handle.read(MAX_FILE_BYTES + 1)))
    with opened(args) as services:
        with services.case_file.reading() as session:  # type: ignore[attr-defined]
            report = verify_chain(session.connection())
            anchors = verify_anchors(session.connection(), services.case_file.vault.file_id)  # type: ignore[attr-defined]
        checks = [(path, services.audit_anchors.check_file(data)) for path, data in kept]  # type: ignore[attr-defined]
    if report.ok:
        print(f"Audit log intact: {report.entries} entries, head {report.head}.")
    else:
        print(f"Audit log BROKEN ({report.entries} entries):")
        for problem in report.problems:
            print(f"  {problem!s}")
    if anchors.anchors == 0:
        print(
            "Signed heads: none; a truncation of the newest entries is not detectable (casedesk audit anchor)."
        )
    elif anchors.latest_seq is None:
        print(
            f"Signed heads: {anchors.anchors}, none verifies; a truncation of the newest entries is not detectable."
        )
    else:
        print(
            f"Signed heads: {anchors.anchors} ({anchors.good} verify); the newest signs entry "
            f"{anchors.latest_seq} ({anchors.latest_hash}), by {anchors.latest_by} at {anchors.latest_at}."
        )
    for problem in anchors.problems:
        print(f"  {problem!s}")
    for path, check in checks:
        if check.ok:
            print(
                f"Kept signed head {path.name}: entry {check.seq}, by {check.signed_by}; the log still holds it."
            )
        else:
            print(f"Kept signed head {path.name}: PROBLEM")
            for problem in check.problems:
                print(f"  {problem!s}")
    kept_ok = all(check.ok for _path, check in checks)
    return EXIT_OK if report.ok and anchors.ok and kept_ok else EXIT_FAILED


def _write_anchor(services: object, out: Path) -> None:
    kept = services.audit_anchors.newest_file()  # type: ignore[attr-defined]
    target = out / kept.name if out.is_dir() else out
    check_private_destination(target)
    write_private(target, kept.data)
    print(f"Wrote the newest signed head to {target}; keep it outside the case file.")


def cmd_audit_anchor(args: argparse.Namespace) -> int:
    from desktop.cli.commands_packages import _p12_password

    password = _p12_password(args, "your signing certificate")
    with opened(args) as services:
        anchors = services.audit_anchors  # type: ignore[attr-defined]
        view = anchors.anchor_if_due(password) if args.if_due else anchors.anchor(password)
        if view is None:
            print("The head of the audit log was signed recently; no signature is due.")
        else:
            print(
                f"Signed the head of the audit log: entry {view.seq}, {view.entry_hash}, by {view.member} at {view.at}."
            )
        if args.out is not None:
            _write_anchor(services, args.out)
    return EXIT_OK


def cmd_audit_export_anchor(args: argparse.Namespace) -> int:
    with opened(args) as services:
        _write_anchor(services, args.out)
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from desktop.services.check import check_case_file

    with opened(args) as services:
        report = check_case_file(services.case_file)  # type: ignore[attr-defined]
    for line in report.lines:
        print(line)
    print("Result: OK" if report.ok else "Result: PROBLEMS FOUND")
    return EXIT_OK if report.ok else EXIT_FAILED


def cmd_almanac_import(args: argparse.Namespace) -> int:
    data = args.file.read_bytes()
    with opened(args) as services:
        report = services.almanac.import_csv(data)  # type: ignore[attr-defined]
    print(f"Imported {report.added} new and {report.updated} updated officers.")
    for error in report.errors:
        column = f", column {error.column}" if error.column else ""
        print(f"  line {error.line}{column}: {error.message!s}", file=sys.stderr)
    return EXIT_OK if not report.errors else EXIT_FAILED


def cmd_almanac_export(args: argparse.Namespace) -> int:
    from desktop.services.exports import ExportKind

    check_private_destination(args.out)
    with opened(args) as services:
        data = services.almanac.export_csv()  # type: ignore[attr-defined]
        # Plaintext officers' contacts: owner-only, whole or not at all, and in the audit log.
        services.exports.write(ExportKind.ALMANAC_CSV, args.out, data, subject="almanac")  # type: ignore[attr-defined]
    print(f"Wrote {args.out}.")
    return EXIT_OK


def cmd_bases(args: argparse.Namespace) -> int:
    from desktop.services.casefile import default_catalogue

    catalogue = default_catalogue()
    day = args.date or datetime.now(UTC).date()
    found = catalogue.bases_for(RequestKind(args.kind), Country(args.source), Country(args.target), day)
    if not found:
        print(
            f"No legal basis in the catalogue allows a {args.kind} request from {args.source} to {args.target} "
            f"for events on {day}."
        )
        return EXIT_FAILED
    print_table(
        ["BASIS", "REFERENCE", "STATUS"],
        [
            (
                a.basis_id,
                catalogue.reference(a.basis_id),
                "confirmed" if a.number_confirmed else "to be confirmed",
            )
            for a in found
        ],
    )
    return EXIT_OK
