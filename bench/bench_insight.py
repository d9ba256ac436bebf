"""Bench: the dashboard's aggregates at 100,000 requests (services/insight.py), case file vs plain SQLite.

    PYTHONPATH=. .venv/bin/python bench/bench_insight.py [--requests 100000] [--keep DIR] [--runs 9]
                                                         [--what-if "CREATE INDEX ..."]

Builds (or, with --keep DIR, reuses) two files holding identical rows: the encrypted case file and
its plain SQLite twin, with bench/populate.py's requests (its `build` pieces, at the minimum
Argon2id cost: unlocking is not timed here) plus what the dashboard reads and populate leaves out:

* a realistic share of information requests under Directive 2023/977 art. 4 (the 8 h / 3 days /
  7 days deadlines) and every deadline recomputed by `request_rules.deadline`, so the answer
  times are meaningful;
* equipment loans (`--loans`, 2 % of the requests by default) with their loan and inventory rows,
  out, due soon, overdue, returned (some damaged or lost);
* pursuit and observation cases (`--cases`) with their timelines: start, border crossing, host
  notification (or none), end.

Then times `InsightService.dashboard()` (the default view: last 12 months, every partner) on both
sides — median and worst of --runs calls on one open file, plus the first call after opening —
and a trivial `SELECT count(*) FROM request` as a floor. "Database time" is the statements the
dashboard sent, captured once and replayed raw (execute + fetchall) — the rest of a call is
building the frozen views. Prints the plan of each statement. Measured, never asserted.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, insert

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import populate
from bench.bench_casefile import machine, open_plain, versions
from desktop.models import Case, CaseEvent, Loan, LoanItem, ObservationDetails, PursuitDetails
from desktop.models.enums import (
    CaseKind,
    Direction,
    EventKind,
    InformationAccess,
    RequestKind,
    RequestStatus,
    Urgency,
)
from desktop.services import request_rules, schema
from desktop.services.casefile import CaseFile, default_catalogue, open_case_file
from desktop.services.insight import InsightService
from desktop.services.insight_rules import AnswerTiming
from desktop.services.insight_views import DashboardFilter
from desktop.services.requests import RequestService
from desktop.vault import KdfParams

GOAL_MS = 300.0
S = RequestStatus
ITEM_TYPES = (
    "Thermal camera",
    "Radio set (ASTRID/C2000)",
    "Drone",
    "Mobile ANPR unit",
    "Riot shields",
    "Crowd barriers",
    "Night-vision goggles",
    "Armoured vehicle",
    "Tracking device",
    "Sniffer dog unit",
)
LOAN_STATUSES = (
    (S.HANDED_OVER, 10),
    (S.RETURNED, 15),
    (S.CLOSED, 55),
    (S.ANSWERED, 5),
    (S.SENT, 5),
    (S.CANCELLED, 10),
)
ZONES = ("Europe/Brussels", "Europe/Amsterdam", "Europe/Luxembourg")


# -- building ---------------------------------------------------------------------------------------


def _deadline(row: dict[str, Any], catalogue: Any) -> datetime | None:
    """`due_at` as the service computes it (requests.request_deadline), from the row's values."""
    article = catalogue.article(row["legal_basis"])
    crossing = row["form_values"].get("crossing_time")
    return request_rules.deadline(
        article.deadline_rule,
        article.notification_rule,
        crossing_at=datetime.fromisoformat(crossing) if isinstance(crossing, str) else None,
        kind=RequestKind(row["kind"]),
        direction=Direction(row["direction"]),
        urgency=Urgency(row["urgency"]),
        access=InformationAccess(row["information_access"]) if row["information_access"] else None,
        events_on=row["events_on"],
        sent_at=row["sent_at"],
        received_at=row["received_at"],
        loan_end=row.pop("_loan_end", None),
        status=RequestStatus(row["status"]),
    )


def shape_requests(
    rows: list[dict[str, Any]], rng: random.Random, now: datetime, n_loans: int
) -> list[dict[str, Any]]:
    """Directive art. 4 for 60 % of information requests; the last `n_loans` rows become loans."""
    catalogue = default_catalogue()
    art4 = {
        "information_requested": "Keeper and history",
        "purpose": "Identify suspects",
        "reasons": "Robbery",
    }
    loans: list[dict[str, Any]] = []
    for row in rows:
        if row["kind"] == RequestKind.INFORMATION_REQUEST.value and rng.random() < 0.6:
            row["legal_basis"], row["form_values"] = "dir-2023-977:4", dict(art4)
    statuses, weights = populate._weighted(LOAN_STATUSES)
    for row in rows[len(rows) - n_loans :]:
        status = rng.choices(statuses, weights)[0]
        created = row["created_at"]
        if status is S.HANDED_OVER:  # out now: some overdue, some due soon, some later
            start = now - timedelta(days=rng.randint(1, 40))
            created = start - timedelta(days=rng.randint(2, 10))
        else:
            start = created + timedelta(days=rng.randint(2, 10))
        end = start + timedelta(days=rng.randint(2, 45))
        answered = start - timedelta(days=1) if status not in (S.SENT, S.CANCELLED) else None
        row.update(
            kind=RequestKind.EQUIPMENT_LOAN.value,
            legal_basis="benelux-2018:equipment-loan",
            form_values={
                "purpose": "Joint operation",
                "loan_from": start.isoformat(),
                "loan_until": end.isoformat(),
            },
            information_access=None,
            status=status.value,
            created_at=created,
            submitted_at=created if row["direction"] == "outgoing" else None,
            decided_at=created if row["direction"] == "outgoing" else None,
            sent_at=created + timedelta(hours=2) if row["direction"] == "outgoing" else None,
            received_at=created if row["direction"] == "incoming" else None,
            answered_at=answered,
            closed_at=end + timedelta(days=2) if status in (S.CLOSED, S.CANCELLED) else None,
            title=f"Loan: {rng.choice(ITEM_TYPES)}",
            _loan_end=end,
        )
        returned = end + timedelta(hours=rng.randint(-72, 96)) if status in (S.RETURNED, S.CLOSED) else None
        loans.append(
            {
                "request_id": row["id"],
                "period_start": start,
                "period_end": end,
                "handed_over_at": start if status in (S.HANDED_OVER, S.RETURNED, S.CLOSED) else None,
                "returned_at": returned,
                "return_notes": "",
            }
        )
    for row in rows:
        row["due_at"] = _deadline(row, catalogue)
    return loans


def loan_items(loans: list[dict[str, Any]], rng: random.Random) -> list[dict[str, Any]]:
    items = []
    for loan in loans:
        for item_type in rng.sample(ITEM_TYPES, rng.randint(1, 3)):
            condition = None
            if loan["returned_at"] is not None:
                roll = rng.random()
                condition = "lost" if roll < 0.02 else "damaged" if roll < 0.08 else "good"
            items.append(
                {
                    "loan_id": loan["request_id"],
                    "item_type": item_type,
                    "quantity": rng.randint(1, 4),
                    "serial_numbers": "",
                    "condition": condition,
                    "damage_notes": "Broken" if condition in ("lost", "damaged") else "",
                }
            )
    return items


def cases_and_events(
    n: int, ctx: populate.Context, rng: random.Random, now: datetime
) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {"cases": [], "observations": [], "pursuits": [], "events": []}
    span = int((now - populate.EARLIEST_EVENTS).total_seconds()) - 86400
    others = [k for k in CaseKind if k not in (CaseKind.PURSUIT, CaseKind.OBSERVATION)]
    for index in range(1, n + 1):
        roll = rng.random()
        kind = CaseKind.PURSUIT if roll < 0.45 else CaseKind.OBSERVATION if roll < 0.8 else rng.choice(others)
        start = populate.EARLIEST_EVENTS + timedelta(seconds=rng.randrange(span))
        partner_id = rng.choice(ctx.partners)[0]
        out["cases"].append(
            {
                "id": index,
                "reference": f"CASE-{start.year}-{index:05d}",
                "kind": kind.value,
                "title": f"{kind.value.replace('_', ' ').capitalize()} {index}",
                "summary": "",
                "status": "closed" if start < now - timedelta(days=30) else "open",
                "lead_agency_id": ctx.own_id,
                "partner_agency_id": partner_id,
                "handling_code": "H1",
                "opened_at": start,
                "closed_at": start + timedelta(days=20) if start < now - timedelta(days=30) else None,
                "created_by_id": ctx.member_id,
            }
        )
        zone = rng.choice(ZONES)

        def event_row(kind_: EventKind, at: datetime, case_id: int = index, zone_: str = zone) -> None:
            out["events"].append(
                {
                    "case_id": case_id,
                    "occurred_at": at,
                    "entered_zone": zone_,
                    "kind": kind_.value,
                    "description": "",
                    "agency_id": None,
                    "location": "",
                    "latitude": None,
                    "longitude": None,
                    "created_by_id": ctx.member_id,
                    "created_at": at,
                }
            )

        event_row(EventKind.START, start)
        crossed = notified = None
        urgent = rng.random() < 0.5
        if kind in (CaseKind.PURSUIT, CaseKind.OBSERVATION) and rng.random() < 0.95:
            crossed = start + timedelta(minutes=rng.randint(5, 120))
            event_row(EventKind.BORDER_CROSSED, crossed)
            if rng.random() < 0.88:
                if kind is CaseKind.PURSUIT:
                    delay = timedelta(minutes=rng.randint(-20, 25))
                elif urgent:
                    delay = timedelta(minutes=rng.randint(0, 420))
                else:
                    delay = timedelta(minutes=rng.randint(-600, 30))
                notified = crossed + delay
                event_row(EventKind.HOST_NOTIFIED, notified)
        event_row(EventKind.END, start + timedelta(hours=rng.randint(2, 30)))
        if kind is CaseKind.OBSERVATION:
            out["observations"].append(
                {
                    "case_id": index,
                    "urgent": urgent,
                    "authorisation_reference": "",
                    "crossed_at": crossed,
                    "authorised_at": None,
                    "ended_at": None,
                    "target": "",
                }
            )
        elif kind is CaseKind.PURSUIT:
            out["pursuits"].append(
                {
                    "case_id": index,
                    "started_at": start,
                    "crossing_point": "",
                    "crossed_at": crossed,
                    "host_notified_at": notified,
                    "handover_at": None,
                    "ended_at": None,
                    "offence": "",
                    "vehicles": "",
                    "outcome": "",
                }
            )
    return out


def insert_rest(
    engine: Engine,
    loans: list[dict[str, Any]],
    items: list[dict[str, Any]],
    cases: dict[str, list[dict[str, Any]]],
) -> None:
    with engine.begin() as c:
        c.execute(insert(Loan), loans)
        c.execute(insert(LoanItem), items)
        c.execute(insert(Case), cases["cases"])
        c.execute(insert(ObservationDetails), cases["observations"])
        c.execute(insert(PursuitDetails), cases["pursuits"])
        c.execute(insert(CaseEvent), cases["events"])
    with engine.connect() as c:
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def build(workdir: Path, args: argparse.Namespace, log: Callable[[str], None]) -> dict[str, float]:
    now = datetime.now(UTC)
    rng = random.Random(args.seed)
    seconds: dict[str, float] = {}
    t0 = time.perf_counter()
    case_file = populate.create_encrypted(workdir / "case.casedesk", kdf=KdfParams.minimum())
    engine = case_file.vault.engine()
    plain = populate.create_plain(workdir / "plain.sqlite", engine)
    ctx = populate.read_context(engine)
    rows = populate.generate_requests(args.requests, ctx, default_catalogue(), now=now, seed=args.seed)
    loans = shape_requests(rows, rng, now, args.loans)
    items = loan_items(loans, rng)
    cases = cases_and_events(args.cases, ctx, rng, now)
    audits = populate.audit_rows(rows, ctx, head=populate.audit_head(engine), now=now)
    seconds["generate"] = time.perf_counter() - t0
    log(f"generated {len(rows):,} requests, {len(loans):,} loans, {len(cases['cases']):,} cases")
    for name, target in (("case file", engine), ("plain", plain)):
        t0 = time.perf_counter()
        populate.insert_requests(target, rows, audits)
        insert_rest(target, loans, items, cases)
        seconds[f"insert ({name})"] = time.perf_counter() - t0
        log(f"inserted into the {name} in {seconds[f'insert ({name})']:.1f} s")
    case_file.close()
    populate.close_engine(plain)
    (workdir / "built").write_text(f"{args.requests} {args.loans} {args.cases} {args.seed}\n")
    return seconds


# -- timing -----------------------------------------------------------------------------------------


class Capture:
    """The SELECTs a call sends, with their parameters (to replay them raw and to explain them)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.statements: list[tuple[str, Any]] = []

    def __enter__(self) -> Capture:
        event.listen(self.engine, "before_cursor_execute", self._seen)
        return self

    def __exit__(self, *_exc: object) -> None:
        event.remove(self.engine, "before_cursor_execute", self._seen)

    def _seen(self, _conn, _cursor, statement, parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT"):
            self.statements.append((statement, parameters))


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def measure(case_file: CaseFile, runs: int) -> dict[str, Any]:
    insight = InsightService(case_file)
    engine = case_file.vault.engine()
    result: dict[str, Any] = {"first": timed(insight.dashboard)}
    calls = [timed(insight.dashboard) for _ in range(runs)]
    result["median"], result["worst"] = statistics.median(calls), max(calls)
    with Capture(engine) as capture:
        board = insight.dashboard()
    result["board"] = board
    # One partner (the one with most answered requests) and one direction: what a click on the
    # dashboard's filters asks for.
    busiest = (
        max(board.answers.partners, key=lambda p: p.answered).partner_code if board.answers.partners else None
    )
    narrowed = DashboardFilter(partner_code=busiest, direction=Direction.OUTGOING)
    result["filtered"] = statistics.median(timed(lambda: insight.dashboard(narrowed)) for _ in range(runs))
    # A click on a bar: the request list behind it (its count and first page), as the page asks.
    requests = RequestService(case_file)
    month = max(range(len(board.requests.months)), key=lambda m: board.requests.totals[m])
    bar = board.requests.filter_for(month)
    late = board.answers.filter_for(AnswerTiming.LATE)
    for key, flt in (("click_month", bar), ("click_late", late)):
        result[key] = statistics.median(
            timed(lambda f=flt: (requests.count(f), requests.list(f, limit=200))) for _ in range(runs)
        )
    result["statements"] = capture.statements
    raw = engine.raw_connection().driver_connection

    def replay() -> None:
        for statement, parameters in capture.statements:
            raw.execute(statement, parameters).fetchall()  # type: ignore[union-attr]

    replays = [timed(replay) for _ in range(runs)]
    result["db_median"], result["db_worst"] = statistics.median(replays), max(replays)
    per = []
    for statement, parameters in capture.statements:
        per.append(
            statistics.median(
                timed(lambda s=statement, p=parameters: raw.execute(s, p).fetchall()) for _ in range(runs)
            )
        )  # type: ignore[union-attr,misc]
    result["per_statement"] = per
    result["plans"] = [
        [row[3] for row in raw.execute("EXPLAIN QUERY PLAN " + s, p).fetchall()]  # type: ignore[union-attr]
        for s, p in capture.statements
    ]
    counts = [timed(lambda: raw.execute("SELECT count(*) FROM request").fetchall()) for _ in range(runs)]  # type: ignore[union-attr]
    result["count_median"] = statistics.median(counts)
    return result


def what_if(openers: Any, statements: list[str], *, undo: bool = False) -> None:
    """Run the --what-if statements on both files (undo: drop the indexes they created)."""
    for opener in openers:
        case_file = opener()
        try:
            with case_file.vault.engine().begin() as connection:
                for statement in statements:
                    if not undo:
                        connection.exec_driver_sql(statement)
                    elif statement.upper().startswith("CREATE INDEX"):
                        connection.exec_driver_sql(f"DROP INDEX IF EXISTS {statement.split()[2]}")
        finally:
            case_file.close()


def cold(opener: Callable[[], CaseFile], statements: list[tuple[str, Any]], runs: int) -> list[float]:
    """Each statement's time right after opening (SQLite's page cache empty; the OS cache warm)."""
    per: list[list[float]] = [[] for _ in statements]
    for _ in range(runs):
        case_file = opener()
        try:
            raw = case_file.vault.engine().raw_connection().driver_connection
            for n, (statement, parameters) in enumerate(statements):
                per[n].append(timed(lambda s=statement, p=parameters, r=raw: r.execute(s, p).fetchall()))  # type: ignore[union-attr,misc]
        finally:
            case_file.close()
    return [statistics.median(times) for times in per]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--loans", type=int, default=0, help="loans among the requests (default 2 %%)")
    parser.add_argument("--cases", type=int, default=3000)
    parser.add_argument("--keep", type=Path, help="build the files in DIR, or reuse the ones there")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument(
        "--what-if",
        action="append",
        default=[],
        help="an SQL statement (e.g. CREATE INDEX) run on both files first",
    )
    args = parser.parse_args(argv)
    args.loans = args.loans or args.requests // 50
    workdir = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="casedesk-insight-"))
    workdir.mkdir(parents=True, exist_ok=True)
    wanted = f"{args.requests} {args.loans} {args.cases} {args.seed}\n"
    built = workdir / "built"
    if built.exists() and built.read_text() == wanted:
        seconds: dict[str, float] = {}
        print(f"reusing the files in {workdir}", file=sys.stderr)
    else:
        if any(workdir.iterdir()):
            raise SystemExit(f"{workdir} holds other files; give an empty or matching --keep directory")
        seconds = build(workdir, args, lambda m: print(m, file=sys.stderr))

    def open_encrypted() -> CaseFile:
        return open_case_file(workdir / "case.casedesk", populate.PASSPHRASE, member=populate.MEMBER)

    probe = open_encrypted()
    uid = probe.actor.uid or ""
    probe.close()

    twin = populate.plain_engine(workdir / "plain.sqlite")
    if schema.current_revision(twin) != schema.head_revision():  # a file built before a new revision
        schema.upgrade(twin)
    populate.close_engine(twin)

    def open_plain_twin() -> CaseFile:
        return open_plain(workdir / "plain.sqlite", uid, sqlite3)

    sides = {"enc": open_encrypted, "plain": open_plain_twin}
    results: dict[str, dict[str, Any]] = {}
    what_if(sides.values(), args.what_if)
    try:
        for name, opener in sides.items():
            case_file = opener()
            try:
                results[name] = measure(case_file, args.runs)
            finally:
                case_file.close()
            results[name]["cold"] = cold(opener, results[name]["statements"], max(3, args.runs // 3))
    finally:
        what_if(sides.values(), args.what_if, undo=True)
    enc, plain = results["enc"], results["plain"]

    board = enc["board"]
    print(f"Benelux Case Desk: dashboard bench, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    print(f"machine: {machine()}")
    print(versions())
    if seconds:
        print("build: " + ", ".join(f"{k} {v:.1f} s" for k, v in seconds.items()))
    print(
        f"data: {args.requests:,} requests ({board.requests.total:,} created in the last 12 months), "
        f"{args.loans:,} loans, {args.cases:,} cases; answered with a deadline {board.answers.answered:,} "
        f"({board.answers.in_time:,} in time), loans out {board.loans.total.out:,}, "
        f"crossings {board.notifications.cases:,}"
    )
    if args.what_if:
        print("WHAT-IF RUN: " + "; ".join(args.what_if))
    print(
        f"\nms, {args.runs} runs on one open file; goal: dashboard under {GOAL_MS:.0f} ms of database time\n"
    )
    print(f"{'':<50}{'SQLCipher':>10}{'plain':>9}{'ratio':>7}")
    lines = (
        ("dashboard(): first call after opening", "first"),
        ("dashboard(): median", "median"),
        ("dashboard(): worst", "worst"),
        ("database time (its statements replayed): median", "db_median"),
        ("database time: worst", "db_worst"),
        ("dashboard(one partner, outgoing): median", "filtered"),
        ("click: request list behind a month's bar", "click_month"),
        ("click: request list of the late answers", "click_late"),
        ("floor: SELECT count(*) FROM request", "count_median"),
    )
    for label, key in lines:
        print(f"{label:<50}{enc[key]:>10.2f}{plain[key]:>9.2f}{enc[key] / plain[key]:>7.2f}")
    verdict = "met" if enc["db_worst"] < GOAL_MS else "NOT met"
    print(
        f"\ngoal (database time, worst of {args.runs}): {enc['db_worst']:.1f} ms < {GOAL_MS:.0f} ms: {verdict}"
    )
    print("\nstatements (median ms, SQLCipher / plain) and their plans on the case file:")
    for n, plan in enumerate(enc["plans"]):
        print(
            f"  {n + 1}. warm {enc['per_statement'][n]:.1f} / {plain['per_statement'][n]:.1f}, "
            f"first after opening {enc['cold'][n]:.1f} / {plain['cold'][n]:.1f}"
        )
        print("\n".join("       " + line for line in plan))
    return 0


if __name__ == "__main__":
    sys.exit(main())
