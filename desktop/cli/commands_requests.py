"""CLI commands for requests: list, show, file, and every workflow step."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from desktop.cli.errors import CliError
from desktop.cli.main import EXIT_OK, add_open_options, opened
from desktop.cli.output import print_json, print_table, when
from desktop.models.enums import (
    Direction,
    HandlingCode,
    InformationAccess,
    InformationEvaluation,
    RequestKind,
    RequestStatus,
    SourceEvaluation,
    Urgency,
)


def _aware_time(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an ISO date and time (e.g. 2026-11-28T14:30+01:00)"
        ) from None
    if value.tzinfo is None:
        raise argparse.ArgumentTypeError(f"{text!r} needs a zone offset, e.g. 2026-11-28T14:30+01:00")
    return value


def _field(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise argparse.ArgumentTypeError(f"{text!r} is not FIELD=VALUE")
    return key.strip(), value


def _item(text: str) -> tuple[str, int, str]:
    parts = text.split(":")
    try:
        quantity = int(parts[1]) if len(parts) > 1 and parts[1] else 1
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r}: the quantity must be a number (TYPE:QUANTITY:SERIALS)"
        ) from None
    return parts[0], quantity, ":".join(parts[2:])


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    request = commands.add_parser(
        "request", help="requests for assistance, equipment and information"
    ).add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = request.add_parser("list", help="list requests, soonest deadline first")
    add_open_options(listing)
    listing.add_argument("--status", action="append", choices=[s.value for s in RequestStatus], default=[])
    listing.add_argument("--direction", choices=[d.value for d in Direction])
    listing.add_argument("--kind", choices=[k.value for k in RequestKind])
    listing.add_argument("--partner", metavar="CODE")
    listing.add_argument("--text", help="full-text search in titles, texts and answers")
    listing.add_argument("--overdue", action="store_true")
    listing.add_argument("--limit", type=int, default=200)
    listing.add_argument("--offset", type=int, default=0)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_list)

    show = request.add_parser("show", help="everything about one request")
    add_open_options(show)
    show.add_argument("request", help="reference (OUT-2026-000001) or number")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_show)

    new = request.add_parser("new", help="file a new request (a draft, or received if incoming)")
    add_open_options(new)
    new.add_argument("--kind", required=True, choices=[k.value for k in RequestKind])
    new.add_argument("--partner", required=True, metavar="CODE", help="the partner agency's code")
    new.add_argument(
        "--basis", required=True, help="legal basis id from the catalogue (see `casedesk bases`)"
    )
    new.add_argument(
        "--events-on", required=True, type=_aware_time, help="when the events happened (ISO, with zone)"
    )
    new.add_argument("--title", required=True)
    new.add_argument("--body", default="")
    new.add_argument("--body-file", type=Path)
    new.add_argument("--incoming", action="store_true", help="a partner's request to us")
    new.add_argument("--own-agency", metavar="CODE")
    new.add_argument("--urgency", choices=[u.value for u in Urgency], default=Urgency.NORMAL.value)
    new.add_argument("--access", choices=[a.value for a in InformationAccess])
    new.add_argument(
        "--field",
        type=_field,
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="a required field of the legal basis; repeat",
    )
    new.add_argument("--handling", choices=[h.value for h in HandlingCode], default="H1")
    new.add_argument("--evaluation", default="B2", help="source A/B/C/X and information 1-4, e.g. B2")
    new.add_argument("--case", metavar="REF")
    new.add_argument("--loan-start", type=_aware_time)
    new.add_argument("--loan-end", type=_aware_time)
    new.add_argument("--item", type=_item, action="append", default=[], metavar="TYPE:QTY:SERIALS")
    new.add_argument("--json", action="store_true")
    new.set_defaults(handler=cmd_new)

    for name, help_text in (
        ("submit", "submit a draft for approval"),
        ("approve", "approve (supervisors; never your own)"),
        ("revise", "take a rejected request back to draft"),
        ("send", "record that the request was sent"),
        ("close", "close an answered or returned request"),
    ):
        step = request.add_parser(name, help=help_text)
        add_open_options(step)
        step.add_argument("request")
        step.set_defaults(handler=cmd_step, step=name)
    for name, help_text, argument in (
        ("reject", "reject with a reason (supervisors; never your own)", "--reason"),
        ("answer", "record the answer", "--text"),
        ("cancel", "cancel an open request", "--reason"),
    ):
        step = request.add_parser(name, help=help_text)
        add_open_options(step)
        step.add_argument("request")
        step.add_argument(argument, dest="text", required=name != "cancel", default="")
        step.set_defaults(handler=cmd_step, step=name)


def cmd_list(args: argparse.Namespace) -> int:
    from desktop.services.requests import RequestFilter

    filters = RequestFilter(
        statuses=tuple(RequestStatus(s) for s in args.status),
        direction=Direction(args.direction) if args.direction else None,
        kind=RequestKind(args.kind) if args.kind else None,
        partner_code=args.partner,
        text=args.text,
        overdue_only=args.overdue,
    )
    with opened(args) as services:
        rows = services.requests.list(filters, limit=args.limit, offset=args.offset)  # type: ignore[attr-defined]
    if args.json:
        print_json(rows)
        return EXIT_OK
    print_table(
        ["REFERENCE", "KIND", "DIR", "STATUS", "PARTNER", "DUE", "TITLE"],
        [
            (
                r.reference,
                r.kind,
                r.direction[:3],
                r.status,
                r.partner_code,
                when(r.due_at) + (" OVERDUE" if r.overdue else ""),
                r.title[:60],
            )
            for r in rows
        ],
    )
    return EXIT_OK


def _print_request(view: object) -> None:
    v = view
    lines = [
        ("Reference", v.reference),
        ("Kind", v.kind),
        ("Direction", v.direction),
        ("Status", v.status),  # type: ignore[attr-defined]
        ("From", v.requesting_agency),
        ("To", v.requested_agency),  # type: ignore[attr-defined]
        ("Legal basis", v.legal_basis.reference + ("" if v.legal_basis.confirmed else "  [to be confirmed]")),  # type: ignore[attr-defined]
        ("Events on", when(v.events_on)),
        ("Urgency", v.urgency),
        ("Handling", v.handling_code),  # type: ignore[attr-defined]
        ("Evaluation", v.evaluation),
        ("Due", when(v.due_at) + (" — OVERDUE" if v.overdue else "")),  # type: ignore[attr-defined]
        ("Case", v.case_reference or "—"),
        ("Created by", v.created_by or "—"),  # type: ignore[attr-defined]
        ("Submitted by", v.submitted_by or "—"),
        ("Decided by", v.decided_by or "—"),  # type: ignore[attr-defined]
        ("Title", v.title),  # type: ignore[attr-defined]
    ]
    for label, value in lines:
        print(f"{label + ':':<14}{value}")
    for key, value in v.form_values.items():  # type: ignore[attr-defined]
        print(f"  {key}: {value}")
    if v.body:  # type: ignore[attr-defined]
        print(f"\n{v.body}")  # type: ignore[attr-defined]
    if v.rejection_reason:  # type: ignore[attr-defined]
        print(f"\nReason: {v.rejection_reason}")  # type: ignore[attr-defined]
    if v.answer:  # type: ignore[attr-defined]
        print(f"\nAnswer: {v.answer}")  # type: ignore[attr-defined]
    if v.loan:  # type: ignore[attr-defined]
        loan = v.loan  # type: ignore[attr-defined]
        print(
            f"\nLoan {when(loan.period_start)} → {when(loan.period_end)}"
            + (" — OVERDUE" if loan.overdue else "")
        )
        for item in loan.items:
            state = f" [{item.condition}: {item.damage_notes}]" if item.condition else ""
            print(f"  #{item.id} {item.quantity} x {item.item_type} {item.serial_numbers}{state}")


def cmd_show(args: argparse.Namespace) -> int:
    with opened(args) as services:
        view = services.requests.show(args.request)  # type: ignore[attr-defined]
    if args.json:
        print_json(view)
    else:
        _print_request(view)
    return EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    from desktop.services.requests import LoanLine, NewRequest

    evaluation = args.evaluation.upper()
    if len(evaluation) != 2 or evaluation[0] not in "ABCX" or evaluation[1] not in "1234":
        raise CliError(
            "The evaluation is a source letter A, B, C or X and an information digit 1-4, e.g. B2."
        )
    body = args.body_file.read_text(encoding="utf-8") if args.body_file else args.body
    new = NewRequest(
        kind=RequestKind(args.kind),
        partner_code=args.partner,
        legal_basis=args.basis,
        events_on=args.events_on,
        title=args.title,
        body=body,
        direction=Direction.INCOMING if args.incoming else Direction.OUTGOING,
        own_agency_code=args.own_agency,
        urgency=Urgency(args.urgency),
        information_access=InformationAccess(args.access) if args.access else None,
        form_values=dict(args.field),
        handling_code=HandlingCode(args.handling),
        source_evaluation=SourceEvaluation(evaluation[0]),
        information_evaluation=InformationEvaluation(evaluation[1]),
        case_reference=args.case,
        loan_start=args.loan_start,
        loan_end=args.loan_end,
        loan_lines=tuple(LoanLine(t, q, s) for t, q, s in args.item),
    )
    with opened(args) as services:
        view = services.requests.create(new)  # type: ignore[attr-defined]
    if args.json:
        print_json(view)
    else:
        print(f"Filed {view.reference} ({view.status}), legal basis {view.legal_basis.reference}.")
    return EXIT_OK


def cmd_step(args: argparse.Namespace) -> int:
    with opened(args) as services:
        requests = services.requests  # type: ignore[attr-defined]
        step = args.step
        if step == "reject":
            view = requests.reject(args.request, args.text)
        elif step == "answer":
            view = requests.record_answer(args.request, args.text)
        elif step == "cancel":
            view = requests.cancel(args.request, args.text)
        elif step == "send":
            view = requests.mark_sent(args.request)
        else:
            view = getattr(requests, step)(args.request)
    waiting = view.status in ("draft", "submitted", "approved", "sent", "received", "handed_over")
    due = f"; due {when(view.due_at)}" if view.due_at and waiting else ""
    print(f"{view.reference} is now {view.status}{due}.")
    return EXIT_OK
