"""CLI commands for cases, loans and "what is due next"."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from desktop.cli.errors import CliError
from desktop.cli.main import EXIT_OK, add_open_options, opened
from desktop.cli.output import print_json, print_table, when
from desktop.models.enums import CaseKind, EventKind, HandlingCode, ItemCondition


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    case = commands.add_parser("case", help="cross-border cases").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    listing = case.add_parser("list", help="list cases, newest first")
    add_open_options(listing)
    listing.add_argument("--kind", choices=[k.value for k in CaseKind])
    listing.add_argument("--status", choices=["open", "closed"])
    listing.add_argument("--text")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_case_list)
    show = case.add_parser("show", help="a case with its timeline")
    add_open_options(show)
    show.add_argument("case", help="reference, e.g. CASE-2026-00001")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_case_show)

    new = case.add_parser("new", help="open a new case")
    add_open_options(new)
    new.add_argument("--kind", required=True, choices=[k.value for k in CaseKind])
    new.add_argument("--title", required=True)
    new.add_argument("--summary", default="")
    new.add_argument("--partner", metavar="CODE")
    new.add_argument("--lead", metavar="CODE", help="lead agency code")
    new.set_defaults(handler=cmd_case_new)
    event = case.add_parser("event", help="add an event to a case's timeline")
    add_open_options(event)
    event.add_argument("case")
    event.add_argument(
        "--at", required=True, help="local date and time, e.g. 2026-11-28T14:05 (read in --zone)"
    )
    event.add_argument("--zone", default="Europe/Brussels", help="IANA zone the time is given in")
    event.add_argument("--kind", required=True, choices=[k.value for k in EventKind])
    event.add_argument("--description", default="")
    event.add_argument("--agency", metavar="CODE")
    event.add_argument("--location", default="")
    event.add_argument("--lat", type=float)
    event.add_argument("--lon", type=float)
    event.set_defaults(handler=cmd_case_event)
    note = case.add_parser("note", help="add a note to a case")
    add_open_options(note)
    note.add_argument("case")
    note.add_argument("--text", required=True)
    note.set_defaults(handler=cmd_case_note)
    attach = case.add_parser("attach", help="attach a file (stored encrypted inside the case file)")
    add_open_options(attach)
    attach.add_argument("case")
    attach.add_argument("file", type=Path)
    attach.add_argument("--type", dest="media_type", help="media type (guessed from the name by default)")
    attach.add_argument(
        "--handling",
        choices=[code.value for code in HandlingCode],
        default=HandlingCode.H1.value,
        metavar="H0..H3",
        help="handling code: what may leave in a package (default H1)",
    )
    attach.set_defaults(handler=cmd_case_attach)

    due = commands.add_parser("due", help="what is due next: deadlines, loan returns, tasks, timers")
    add_open_options(due)
    due.add_argument("--limit", type=int, default=30)
    due.add_argument("--json", action="store_true")
    due.set_defaults(handler=cmd_due)

    loan = commands.add_parser("loan", help="equipment loans").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    loans = loan.add_parser("list", help="loans by state")
    add_open_options(loans)
    loans.add_argument("--state", choices=["all", "out", "due_soon", "overdue", "returned"], default="all")
    loans.add_argument("--json", action="store_true")
    loans.set_defaults(handler=cmd_loan_list)
    handover = loan.add_parser("handover", help="record that the equipment was handed over")
    add_open_options(handover)
    handover.add_argument("request")
    handover.set_defaults(handler=cmd_loan_handover)
    back = loan.add_parser("return", help="record the return, with each item's condition")
    add_open_options(back)
    back.add_argument("request")
    back.add_argument(
        "--item",
        action="append",
        default=[],
        metavar="ID=CONDITION[:NOTES]",
        help="condition good, damaged or lost per inventory line; repeat",
    )
    back.add_argument("--notes", default="")
    back.set_defaults(handler=cmd_loan_return)


def cmd_case_list(args: argparse.Namespace) -> int:
    with opened(args) as services:
        rows = services.cases.list(
            kind=CaseKind(args.kind) if args.kind else None,  # type: ignore[attr-defined]
            status=args.status,
            text=args.text,
        )
    if args.json:
        print_json(rows)
    else:
        print_table(
            ["REFERENCE", "KIND", "STATUS", "PARTNER", "OPENED", "TITLE"],
            [
                (r.reference, r.kind, r.status, r.partner_code or "", when(r.opened_at), r.title[:60])
                for r in rows
            ],
        )
    return EXIT_OK


def cmd_case_show(args: argparse.Namespace) -> int:
    with opened(args) as services:
        view = services.cases.show(args.case)  # type: ignore[attr-defined]
    if args.json:
        print_json(view)
        return EXIT_OK
    print(f"{view.reference}  {view.title}")
    print(
        f"Kind: {view.kind}   Status: {view.status}   Partner: {view.partner_agency or '—'}   Handling: {view.handling_code}"
    )
    if view.summary:
        print(view.summary)
    for key, value in view.details.items():
        if value not in (None, "", []):
            print(f"  {key}: {when(value) if hasattr(value, 'tzinfo') else value}")
    print("\nTimeline:")
    for event in view.timeline:
        print(f"  {event.local_time}  {event.kind:<22} {event.description}")
    for title, rows in (
        ("Persons, vehicles, objects", [f"{k}: {label}" for _, k, label, _ in view.subjects]),
        ("Tasks", [f"{t} (due {when(d)}{', done' if done else ''})" for _, t, d, done in view.tasks]),
        (
            "Attachments",
            [
                f"{name} ({size} bytes, sha256 {digest[:16]}…)"
                for _, name, _, size, digest in view.attachments
            ],
        ),
        ("Requests", [f"{ref} {kind} {status}" for ref, kind, status in view.requests]),
    ):
        if rows:
            print(f"\n{title}:")
            for row in rows:
                print(f"  {row}")
    return EXIT_OK


def cmd_case_new(args: argparse.Namespace) -> int:
    with opened(args) as services:
        view = services.cases.create(
            CaseKind(args.kind),
            args.title,
            summary=args.summary,  # type: ignore[attr-defined]
            partner_code=args.partner,
            lead_agency_code=args.lead,
        )
    print(f"Opened {view.reference}.")
    return EXIT_OK


def cmd_case_event(args: argparse.Namespace) -> int:

    try:
        moment = datetime.fromisoformat(args.at)
    except ValueError:
        raise CliError(f"{args.at!r} is not a date and time like 2026-11-28T14:05.") from None
    with opened(args) as services:
        event = services.cases.add_event(  # type: ignore[attr-defined]
            args.case,
            occurred_at=moment,
            zone=args.zone,
            kind=EventKind(args.kind),
            description=args.description,
            agency_code=args.agency,
            location=args.location,
            latitude=args.lat,
            longitude=args.lon,
        )
    print(f"Recorded {event.kind} at {event.local_time}.")
    return EXIT_OK


def cmd_case_note(args: argparse.Namespace) -> int:
    with opened(args) as services:
        services.cases.add_note(args.case, args.text)  # type: ignore[attr-defined]
    print("Note added.")
    return EXIT_OK


def cmd_case_attach(args: argparse.Namespace) -> int:
    with opened(args) as services:
        # As the GUI: the size is checked before a byte is read, the handling code is chosen.
        attachment_id = services.cases.add_attachment_file(  # type: ignore[attr-defined]
            args.case, args.file, media_type=args.media_type, handling_code=HandlingCode(args.handling)
        )
        size = next(
            a[3]
            for a in services.cases.show(args.case).attachments
            if a[0] == attachment_id  # type: ignore[attr-defined]
        )
    print(
        f"Attached {args.file.name} as #{attachment_id} ({size} bytes, handling code {args.handling}, "
        "stored encrypted)."
    )
    return EXIT_OK


def cmd_due(args: argparse.Namespace) -> int:
    with opened(args) as services:
        items = services.due.next(limit=args.limit)  # type: ignore[attr-defined]
    if args.json:
        print_json(items)
    else:
        print_table(
            ["DUE", "", "WHAT", "REFERENCE", "DESCRIPTION"],
            [
                (when(i.due_at), "OVERDUE" if i.overdue else "", i.what, i.reference, i.description[:60])
                for i in items
            ],
        )
    return EXIT_OK


def cmd_loan_list(args: argparse.Namespace) -> int:
    with opened(args) as services:
        loans = services.loans.list(state=args.state)  # type: ignore[attr-defined]
    if args.json:
        print_json(loans)
    else:
        print_table(
            ["REQUEST", "PARTNER", "STATUS", "FROM", "UNTIL", "", "ITEMS"],
            [
                (
                    loan.request_reference,
                    loan.partner_code,
                    loan.status,
                    when(loan.period_start),
                    when(loan.period_end),
                    "OVERDUE" if loan.overdue else "",
                    "; ".join(f"{i.quantity} x {i.item_type}" for i in loan.items),
                )
                for loan in loans
            ],
        )
    return EXIT_OK


def cmd_loan_handover(args: argparse.Namespace) -> int:
    with opened(args) as services:
        loan = services.loans.hand_over(args.request)  # type: ignore[attr-defined]
    print(f"{loan.request_reference} handed over; to be returned by {when(loan.period_end)}.")
    return EXIT_OK


def cmd_loan_return(args: argparse.Namespace) -> int:
    from desktop.services.loans import ItemReturn

    returns = []
    for text in args.item:
        ident, _, rest = text.partition("=")
        condition, _, notes = rest.partition(":")
        try:
            returns.append(ItemReturn(int(ident), ItemCondition(condition), notes))
        except ValueError:
            raise CliError(f"{text!r} is not ID=good|damaged|lost[:notes].") from None
    with opened(args) as services:
        loan = services.loans.record_return(args.request, returns, notes=args.notes)  # type: ignore[attr-defined]
    print(f"{loan.request_reference} returned.")
    return EXIT_OK
