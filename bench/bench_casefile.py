"""How much the encryption costs: the same requests in a case file and in a plain SQLite file.

    PYTHONPATH=. .venv/bin/python bench/bench_casefile.py [--requests 100000] [--keep DIR] [--runs 9]

Builds both files with bench/populate.py (identical rows), then times, on each:

* unlock: `open_case_file` (Argon2id, slot unwrapping, SQLCipher key check, schema check, acting
  member, catalogue) against opening the plain file the same way minus the vault; and the
  Argon2id derivation alone with the product's default parameters (`KdfParams.argon2id()`);
* the request list: `RequestService.list(RequestFilter(statuses=(SENT,)), limit=200)` — on the
  plain side the very same service, over a `CaseFile` whose vault is a stand-in returning the
  plain engine, so both sides run identical Python and SQL;
* full-text search through the service (`RequestFilter(text=...)`) and the FTS5 MATCH alone;
* counts per status and partner (`counts_by_status_and_partner`);
* one audited write: `RequestService.submit` (update + hash-chained audit entry, one commit).

Each figure is the median of --runs runs, in milliseconds, measured in this run. The plain file is
timed twice: through the standard library's sqlite3 (the brief's baseline) and through sqlcipher3
without a key (plain SQLite on SQLCipher's own SQLite build, which separates the cost of the
cipher from the difference between SQLite versions). Speed is reported, never asserted.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, event, func, select, text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import populate
from desktop.models import Member, Request
from desktop.models.enums import OPEN_REQUEST_STATUSES, RequestStatus
from desktop.services.casefile import CaseFile, _finish_open, open_case_file
from desktop.services.facade import Services
from desktop.services.requests import RequestFilter, _fts_query
from desktop.vault import KdfParams, Principal
from desktop.vault.kdf import derive_key

GOAL_MS = 50.0
GOAL_RATIO = 1.5
SENT_FILTER = RequestFilter(statuses=(RequestStatus.SENT,))
# The request list's default view (models/request.py): open requests by due date.
OPEN_FILTER = RequestFilter(statuses=tuple(sorted(OPEN_REQUEST_STATUSES)))
# --what-if: indexes proposed in bench/README.md, created on the bench's own files only.
PROPOSED_INDEXES = (
    "CREATE INDEX ix_request_status_due_order ON request (status, due_at IS NULL, due_at)",
    "CREATE INDEX ix_request_due_order ON request (due_at IS NULL, due_at)",
)
SEARCHES = ("Maastricht", "gestolen voertuig")


class PlainVault:
    """Just enough of `desktop.vault.Vault` for `CaseFile` to run over a plain SQLite engine."""

    def __init__(self, path: Path, engine: Engine, member_uid: str, label: str) -> None:
        self.path = path
        self._engine = engine
        self.warnings: list[str] = []
        self.principal = Principal("plain", "member", label, member_uid)

    def engine(self) -> Engine:
        return self._engine

    def raw_connection(self) -> Any:
        return self._engine.raw_connection().driver_connection

    def close(self) -> None:
        populate.close_engine(self._engine)


def open_plain(path: Path, member_uid: str, module: Any) -> CaseFile:
    """The plain twin of `open_case_file`: same schema check, acting member and catalogue."""
    engine = populate.plain_engine(path, module=module)
    return _finish_open(PlainVault(path, engine, member_uid, populate.MEMBER))  # type: ignore[arg-type]


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def median_ms(fn: Callable[[], object], runs: int) -> float:
    return statistics.median(timed(fn) for _ in range(runs))


# -- one side of the comparison ----------------------------------------------------------------------


class Side:
    def __init__(self, name: str, opener: Callable[[], CaseFile]) -> None:
        self.name = name
        self.opener = opener
        self.results: dict[str, float] = {}
        self.plans: dict[str, list[str]] = {}
        self.counts: dict[str, int] = {}

    def unlock(self, runs: int) -> None:
        totals, firsts = [], []
        for _ in range(runs):
            started = time.perf_counter()
            case_file = self.opener()
            totals.append((time.perf_counter() - started) * 1000)
            firsts.append(timed(lambda cf=case_file: Services(cf).requests.list(SENT_FILTER, limit=200)))
            case_file.close()
        self.results["unlock"] = statistics.median(totals)
        self.results["list_first"] = statistics.median(firsts)

    def reads_and_writes(self, runs: int, drafts: list[int]) -> None:
        case_file = self.opener()
        try:
            services = Services(case_file)
            requests = services.requests
            engine = case_file.vault.engine()
            self.counts["sent"] = len(requests.list(SENT_FILTER, limit=1_000_000))
            for query in SEARCHES:
                self.counts[f"search:{query}"] = requests.count(RequestFilter(text=query))

            self.results["list"] = median_ms(lambda: requests.list(SENT_FILTER, limit=200), runs)
            self.plans["list"] = capture_plan(engine, lambda: requests.list(SENT_FILTER, limit=200))
            self.results["list_open"] = median_ms(lambda: requests.list(OPEN_FILTER, limit=200), runs)
            self.plans["list_open"] = capture_plan(engine, lambda: requests.list(OPEN_FILTER, limit=200))
            self.counts["open"] = requests.count(OPEN_FILTER)
            for query in SEARCHES:
                flt = RequestFilter(text=query)
                self.results[f"search:{query}"] = median_ms(lambda f=flt: requests.list(f, limit=200), runs)
                self.plans[f"search:{query}"] = capture_plan(
                    engine, lambda f=flt: requests.list(f, limit=200)
                )
                match = _fts_query(query)

                def fts_only(m: str = match) -> list[Any]:
                    with case_file.reading() as session:
                        return session.execute(
                            text("SELECT rowid FROM request_fts WHERE request_fts MATCH :q"), {"q": m}
                        ).all()

                self.results[f"fts:{query}"] = median_ms(fts_only, runs)
            self.results["counts"] = median_ms(requests.counts_by_status_and_partner, runs)
            self.plans["counts"] = capture_plan(engine, requests.counts_by_status_and_partner)
            self.counts["count_groups"] = len(requests.counts_by_status_and_partner())

            writes = iter(drafts)
            self.results["write"] = median_ms(lambda: requests.submit(next(writes)), len(drafts))
        finally:
            case_file.close()


def capture_plan(engine: Engine, fn: Callable[[], object]) -> list[str]:
    """EXPLAIN QUERY PLAN of the (last) SELECT that `fn` sends, with its parameters."""
    seen: list[tuple[str, Any]] = []

    def listener(_conn, _cursor, statement, parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", listener)
    try:
        fn()
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    statement, parameters = seen[-1]
    with engine.connect() as connection:
        rows = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
    depth: dict[int, int] = {0: 0}
    lines = []
    for node, parent, _unused, detail in rows:
        depth[node] = depth.get(parent, 0) + 1
        lines.append("  " * depth[node] + detail)
    return lines


# -- the report -------------------------------------------------------------------------------------


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{model}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, Python {platform.python_version()}"


def versions() -> str:
    probe = sqlcipher3.connect(":memory:")
    cipher = probe.execute("PRAGMA cipher_version").fetchone()[0]
    inner = probe.execute("SELECT sqlite_version()").fetchone()[0]
    probe.close()
    return (
        f"SQLCipher {cipher} (SQLite {inner}) via sqlcipher3; "
        f"plain baseline: Python sqlite3, SQLite {sqlite3.sqlite_version}"
    )


def fmt(ms: float | None) -> str:
    if ms is None:
        return "—"
    return f"{ms:,.1f}" if ms < 1000 else f"{ms:,.0f}"


def ratio(a: float | None, b: float | None) -> str:
    if a is None or b is None or b <= 0:
        return "—"
    return f"{a / b:.2f}"


def report(
    args: argparse.Namespace,
    enc: Side,
    plain: Side,
    same: Side,
    kdf_ms: float,
    sizes: dict[str, int],
    build_seconds: dict[str, float],
) -> str:
    rows: list[tuple[str, str, bool]] = [
        ("unlock", "unlock: open_case_file total / plain open", False),
        ("kdf", "unlock: Argon2id alone (256 MiB, t=2, p=4)", False),
        ("list_first", "list: first call after unlock", False),
        ("list", "list: 200 SENT by due date", True),
        ("list_open", "list: 200 open by due date (default view)", True),
    ]
    for query in SEARCHES:
        rows.append((f"search:{query}", f"search (service) {query!r}", True))
        rows.append((f"fts:{query}", f"FTS5 MATCH alone {query!r}", True))
    rows += [
        ("counts", "counts per status and partner", True),
        ("write", "audited write: submit + audit entry", False),
    ]
    enc.results["kdf"] = kdf_ms
    width = max(len(label) for _k, label, _g in rows) + 2
    out = []
    out.append(f"Benelux Case Desk: case-file bench, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    out.append(f"machine: {machine()}")
    out.append(versions())
    out.append(
        f"requests: {args.requests:,} (SENT: {enc.counts['sent']:,}; open: {enc.counts['open']:,}; "
        + ", ".join(f"{q!r} matches {enc.counts[f'search:{q}']:,}" for q in SEARCHES)
        + f"; {enc.counts['count_groups']} status/partner groups)"
    )
    out.append(
        f"files: case.db {sizes['enc'] / 2**20:,.0f} MiB, plain {sizes['plain'] / 2**20:,.0f} MiB; build: "
        + ", ".join(f"{k} {v:.1f} s" for k, v in build_seconds.items())
    )
    out.append(
        f"median of {args.runs} runs (unlock: {args.unlock_runs}), ms; plain* = the plain file through "
        "sqlcipher3 without a key (same SQLite build as SQLCipher)"
    )
    out.append(f"goal: each read < {GOAL_MS:.0f} ms at 100,000 requests and SQLCipher/plain < {GOAL_RATIO}")
    if args.what_if or args.cache_mib:
        out.append(
            "WHAT-IF RUN, not the product as shipped: "
            + ("proposed indexes added to both files; " if args.what_if else "")
            + (f"PRAGMA cache_size = {args.cache_mib} MiB on every connection" if args.cache_mib else "")
        )
    out.append("")
    header = (
        f"{'operation':<{width}}{'SQLCipher':>10}{'plain':>9}{'ratio':>7}{'plain*':>9}{'ratio*':>8}  goal"
    )
    out.append(header)
    out.append("-" * len(header))
    missed = []
    for key, label, is_read in rows:
        e, p, s = enc.results.get(key), plain.results.get(key), same.results.get(key)
        verdict = ""
        if is_read and e is not None:
            ok_time = e < GOAL_MS
            ok_ratio = p is not None and e / p < GOAL_RATIO
            verdict = (
                "met"
                if ok_time and ok_ratio
                else "MISSED ("
                + ", ".join(x for x, bad in (("time", not ok_time), ("ratio", not ok_ratio)) if bad)
                + ")"
            )
            if verdict != "met":
                missed.append(key)
        out.append(
            f"{label:<{width}}{fmt(e):>10}{fmt(p):>9}{ratio(e, p):>7}{fmt(s):>9}{ratio(e, s):>8}  {verdict}"
        )
    out.append("")
    out.append("query plans (SQLCipher side, the statements the service sent):")
    for key in ("list", "list_open", *(f"search:{q}" for q in SEARCHES), "counts"):
        out.append(f"  {key}:")
        out.extend("  " + line for line in enc.plans.get(key, []))
    if missed:
        out.append("")
        out.append("missed: " + ", ".join(missed) + " (see bench/README.md for the analysis)")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="build the files in DIR and leave them there")
    parser.add_argument("--runs", type=int, default=9, help="runs per read/write figure (at least 7)")
    parser.add_argument("--unlock-runs", type=int, default=7)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument(
        "--what-if",
        action="store_true",
        help="add the indexes proposed in bench/README.md (bench files only)",
    )
    parser.add_argument(
        "--cache-mib", type=int, default=0, help="what-if: PRAGMA cache_size in MiB after each open"
    )
    args = parser.parse_args(argv)
    args.runs = max(args.runs, 7)
    args.unlock_runs = max(args.unlock_runs, 7)

    workdir = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="casedesk-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    enc_path, plain_path = workdir / "bench.casedesk", workdir / "bench-plain.sqlite"
    for stale in (enc_path, plain_path):
        if stale.is_dir():
            shutil.rmtree(stale)
        elif stale.exists():
            stale.unlink()
    try:
        log = lambda m: print(m, file=sys.stderr)  # noqa: E731
        log(f"building {args.requests:,} requests in {workdir} …")
        built = populate.build(
            enc_path, args.requests, plain_path=plain_path, kdf=KdfParams.argon2id(), seed=args.seed, log=log
        )
        with built.case_file.reading() as session:
            member_uid = session.scalar(select(Member.uid).where(Member.name == populate.MEMBER))
            drafts = list(
                session.scalars(
                    select(Request.id)
                    .where(Request.status == "draft", Request.direction == "outgoing")
                    .order_by(Request.id)
                    .limit(3 * args.runs)
                )
            )
            assert session.scalar(select(func.count(Request.id))) == args.requests
        if args.what_if:
            for engine in (built.case_file.vault.engine(), built.plain):
                assert engine is not None
                with engine.begin() as connection:
                    for statement in PROPOSED_INDEXES:
                        connection.exec_driver_sql(statement)
        built.case_file.close()
        assert built.plain is not None
        populate.close_engine(built.plain)
        assert member_uid is not None and len(drafts) == 3 * args.runs, "not enough draft requests"
        sizes = {"enc": (enc_path / "case.db").stat().st_size, "plain": plain_path.stat().st_size}

        def sized(case_file: CaseFile) -> CaseFile:
            if args.cache_mib:
                case_file.vault.raw_connection().execute(f"PRAGMA cache_size = -{args.cache_mib * 1024}")
            return case_file

        enc = Side(
            "SQLCipher",
            lambda: sized(open_case_file(enc_path, populate.PASSPHRASE, member=populate.MEMBER)),
        )
        plain = Side("plain", lambda: sized(open_plain(plain_path, member_uid, sqlite3)))
        same = Side("plain*", lambda: sized(open_plain(plain_path, member_uid, sqlcipher3.dbapi2)))
        kdf_params = KdfParams.argon2id()
        log("timing unlock …")
        kdf_ms = median_ms(lambda: derive_key(kdf_params, populate.PASSPHRASE.encode()), args.unlock_runs)
        for side in (enc, plain, same):
            side.unlock(args.unlock_runs)
        log("timing reads and writes …")
        for n, side in enumerate((enc, plain, same)):
            side.reads_and_writes(args.runs, drafts[n * args.runs : (n + 1) * args.runs])
        print(report(args, enc, plain, same, kdf_ms, sizes, built.seconds))
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
