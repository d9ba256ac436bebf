"""Kill a case-file writer with SIGKILL at random moments; after each kill the file must hold.

A writer process (forked from this one, which has imported everything, so a writer starts in
milliseconds) opens the case file and performs random service operations: cases, events, notes,
attachments, requests created and submitted by Anna (duty officer) and approved by Sam
(supervisor, four-eyes), incoming equipment loans answered, handed over and returned. After each
operation has COMMITTED it writes one JSON line naming it to a pipe. The parent kills it after a
random delay, then opens the case file, runs `desktop.services.check` (what `casedesk check`
runs) and looks up, through the services, every operation ever reported committed.

The same module drives the credential variants (passphrase change, member removal with its
data-key rotation, Alembic upgrade of an old-revision file) used by tests/test_crash_kill.py.

Long run, by hand:
    .venv/bin/python -m tests.stress.kill_writer --kills 2000 --seconds 900
It prints the counts (kills, ops confirmed, ops lost — must be 0, checks passed) and exits 1
if anything was lost or a check failed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import select
import signal
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from desktop.models.enums import (
    CaseKind,
    Direction,
    EventKind,
    ItemCondition,
    RequestKind,
    RequestStatus,
    Role,
)
from desktop.services.casefile import CaseFile, create_case_file, open_case_file
from desktop.services.check import check_case_file
from desktop.services.facade import Services
from desktop.services.loans import ItemReturn
from desktop.services.requests import LoanLine, NewRequest, RequestFilter
from desktop.vault import KdfParams

OWN_AGENCY = "BE-FEDPOL"
PARTNER = "NL-POLITIE-LIMBURG"
PASSPHRASES = {"Sam": "sam correct horse 1", "Anna": "anna battery staple 2", "Sue": "sue tr0ub4dor 3"}
ROLES = {"Sam": Role.SUPERVISOR, "Anna": Role.DUTY_OFFICER, "Sue": Role.SUPERVISOR}
MAX_CASES = 4

# How far along its lifecycle a request is: a reported status may have been overtaken by a later
# step that committed after the last line the writer managed to write, never undone.
_RANK = {
    RequestStatus.DRAFT.value: 0,
    RequestStatus.SUBMITTED.value: 1,
    RequestStatus.APPROVED.value: 2,
    RequestStatus.RECEIVED.value: 0,
    RequestStatus.ANSWERED.value: 1,
    RequestStatus.HANDED_OVER.value: 2,
    RequestStatus.RETURNED.value: 3,
}


def make_case_file(path: Path) -> None:
    """Sam (supervisor), Anna (duty officer) and Sue (supervisor), minimum Argon2id cost."""
    kdf = KdfParams.minimum()
    case_file, _code = create_case_file(
        path,
        member_name="Sam",
        role=ROLES["Sam"],
        passphrase=PASSPHRASES["Sam"],
        agency_code=OWN_AGENCY,
        kdf=kdf,
    )
    try:
        services = Services(case_file)
        for name in ("Anna", "Sue"):
            services.members.add(name, ROLES[name], PASSPHRASES[name], agency_code=OWN_AGENCY, kdf=kdf)
    finally:
        case_file.close()


# -- the forked writer -----------------------------------------------------------------------------


def run_forked(body: Callable[[Callable[..., None]], None]) -> tuple[int, int]:
    """Fork a child running body(report); returns (pid, read end of its report pipe).

    The child never returns: it ends with os._exit, so no pytest or atexit code runs in it.
    """
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the writer
        os.close(read_end)
        code = 0
        try:

            def report(**fields: Any) -> None:
                # One write of less than PIPE_BUF bytes: a line arrives whole or not at all.
                os.write(write_end, (json.dumps(fields, sort_keys=True) + "\n").encode())

            body(report)
        except BaseException as error:
            try:
                os.write(write_end, (json.dumps({"op": "error", "text": repr(error)[:400]}) + "\n").encode())
            finally:
                code = 3
        os._exit(code)
    os.close(write_end)
    return pid, read_end


def kill_after(pid: int, read_end: int, delay: float) -> tuple[list[dict[str, Any]], bool]:
    """Read report lines for `delay` seconds, SIGKILL the writer, read what is left.

    Returns (reports, killed): killed is False when the writer had already ended by itself.
    """
    buffer = b""
    deadline = time.monotonic() + delay
    while (left := deadline - time.monotonic()) > 0:
        ready, _, _ = select.select([read_end], [], [], left)
        if not ready:
            break
        chunk = os.read(read_end, 65536)
        if not chunk:
            break
        buffer += chunk
    killed = True
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        killed = False
    _pid, status = os.waitpid(pid, 0)
    if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
        killed = False
    while chunk := os.read(read_end, 65536):
        buffer += chunk
    os.close(read_end)
    lines = [json.loads(line) for line in buffer.decode().splitlines() if line.strip()]
    errors = [line for line in lines if line.get("op") == "error"]
    if errors:
        raise AssertionError(f"the writer failed by itself: {errors[0]['text']}")
    return lines, killed


def _new_request(rng: random.Random, title: str) -> NewRequest:
    return NewRequest(
        kind=RequestKind.INFORMATION_REQUEST,
        partner_code=PARTNER,
        legal_basis="dir-2023-977:4",
        events_on=datetime.now(UTC) - timedelta(days=1),
        title=title,
        body=f"Body of {title}.",
        form_values={
            "information_requested": "Registered keeper",
            "purpose": "Identify the suspects",
            "reasons": f"Vehicle {rng.randrange(10**6)} was used in a robbery",
        },
    )


def _new_loan(title: str) -> NewRequest:
    start = datetime.now(UTC)
    return NewRequest(
        kind=RequestKind.EQUIPMENT_LOAN,
        direction=Direction.INCOMING,
        partner_code=PARTNER,
        legal_basis="benelux-2018:equipment-loan",
        events_on=start,
        title=title,
        form_values={"purpose": "Search for a missing person"},
        loan_start=start,
        loan_end=start + timedelta(days=2),
        loan_lines=(LoanLine("Drone", 1, "DR-7"),),
    )


def _anna_step(s: Services, rng: random.Random, report: Callable[..., None]) -> None:
    token = f"{rng.getrandbits(48):012x}"
    cases = [row.reference for row in s.cases.list()]
    choice = rng.random()
    if not cases or (choice < 0.12 and len(cases) < MAX_CASES):
        title = f"Case {token}"
        view = s.cases.create(CaseKind.JOINT_PATROL, title)
        report(op="case", ref=view.reference, title=title)
    elif choice < 0.30:
        ref = rng.choice(cases)
        description = f"Event {token}"
        s.cases.add_event(
            ref,
            occurred_at=datetime.now(UTC),
            zone="Europe/Brussels",
            kind=EventKind.OBSERVATION,
            description=description,
        )
        report(op="event", case=ref, description=description)
    elif choice < 0.45:
        ref = rng.choice(cases)
        body = f"Note {token}"
        note_id = s.cases.add_note(ref, body)
        report(op="note", case=ref, id=note_id)
    elif choice < 0.55:
        ref = rng.choice(cases)
        content = os.urandom(rng.randrange(1, 64 * 1024))
        attachment_id = s.cases.add_attachment(ref, f"photo-{token}.bin", content)
        report(op="attachment", case=ref, id=attachment_id, sha256=hashlib.sha256(content).hexdigest())
    elif choice < 0.75:
        drafts = s.requests.list(RequestFilter(statuses=(RequestStatus.DRAFT,)))
        if drafts and rng.random() < 0.6:
            ref = rng.choice(drafts).reference
            report(op="request", ref=ref, status=s.requests.submit(ref).status)
        else:
            view = s.requests.create(_new_request(rng, f"Keeper of car {token}"))
            report(op="request", ref=view.reference, status=view.status)
    else:
        _loan_step(s, rng, token, report)


def _loan_step(s: Services, rng: random.Random, token: str, report: Callable[..., None]) -> None:
    open_loans = [loan for loan in s.loans.list() if loan.status != RequestStatus.RETURNED.value]
    if not open_loans or rng.random() < 0.25:
        view = s.requests.create(_new_loan(f"Drone for search {token}"))
        report(op="request", ref=view.reference, status=view.status)
        return
    loan = rng.choice(open_loans)
    ref = loan.request_reference
    if loan.status == RequestStatus.RECEIVED.value:
        status = s.requests.record_answer(ref, "Drone available from 14:00").status
    elif loan.status == RequestStatus.ANSWERED.value:
        status = s.loans.hand_over(ref).status
    else:
        status = s.loans.record_return(ref, [ItemReturn(loan.items[0].id, ItemCondition.GOOD)]).status
    report(op="request", ref=ref, status=status)


def _sam_step(s: Services, rng: random.Random, report: Callable[..., None]) -> bool:
    """Approve one request Anna submitted; False when there is none."""
    submitted = s.requests.list(RequestFilter(statuses=(RequestStatus.SUBMITTED,)))
    if not submitted:
        return False
    ref = rng.choice(submitted).reference
    report(op="request", ref=ref, status=s.requests.approve(ref).status)
    return True


@dataclass(frozen=True)
class DeviceKeys:
    """Quick-unlock (device) slots of the members: the product's fast way in (HKDF, no Argon2id),
    so that each kill costs two opens of a few milliseconds instead of two Argon2id derivations."""

    secrets: dict[str, tuple[str, bytes]]

    @classmethod
    def add(cls, path: Path, members: tuple[str, ...] = ("Sam", "Anna", "Sue")) -> DeviceKeys:
        secrets: dict[str, tuple[str, bytes]] = {}
        for member in members:
            case_file = open_case_file(path, PASSPHRASES[member], member=member)
            try:
                uid = case_file.vault.principal.member_uid
                assert uid is not None
                secrets[member] = case_file.vault.add_device_slot(uid, f"stress-{member}")
            finally:
                case_file.close()
        return cls(secrets)

    def open(self, path: Path, member: str) -> CaseFile:
        slot_id, secret = self.secrets[member]
        return open_case_file(path, secret, kind="device", slot_id=slot_id)


def service_writer(path: Path, seed: int, keys: DeviceKeys) -> Callable[[Callable[..., None]], None]:
    """The body of a writer: sessions alternate between Anna (filing) and Sam (approving)."""

    def body(report: Callable[..., None]) -> None:
        rng = random.Random(seed)
        while True:
            member = "Sam" if rng.random() < 0.3 else "Anna"
            case_file = keys.open(path, member)
            try:
                s = Services(case_file)
                for _ in range(rng.randrange(2, 8)):
                    if member == "Anna":
                        _anna_step(s, rng, report)
                    elif not _sam_step(s, rng, report):
                        break
            finally:
                case_file.close()

    return body


# -- after a kill ----------------------------------------------------------------------------------


@dataclass
class Ledger:
    """Every operation the writers reported committed, by what identifies it."""

    cases: dict[str, str] = field(default_factory=dict)
    events: dict[str, set[str]] = field(default_factory=dict)
    notes: dict[str, set[int]] = field(default_factory=dict)
    attachments: dict[str, dict[int, str]] = field(default_factory=dict)
    requests: dict[str, str] = field(default_factory=dict)
    confirmed: int = 0
    # Attachments whose content has not been read back yet (metadata and digest are compared
    # after every kill; the content of each once after its own kill and all again at the end).
    unread: set[int] = field(default_factory=set)
    # How many of each kind were confirmed: "case", "note", …, "request:approved", …
    kinds: Counter[str] = field(default_factory=Counter)

    def add(self, line: dict[str, Any]) -> None:
        op = line["op"]
        if op == "case":
            self.cases[line["ref"]] = line["title"]
        elif op == "event":
            self.events.setdefault(line["case"], set()).add(line["description"])
        elif op == "note":
            self.notes.setdefault(line["case"], set()).add(int(line["id"]))
        elif op == "attachment":
            self.attachments.setdefault(line["case"], {})[int(line["id"])] = line["sha256"]
            self.unread.add(int(line["id"]))
        elif op == "request":
            self.requests[line["ref"]] = line["status"]
        else:
            raise AssertionError(f"unknown report {line!r}")
        self.confirmed += 1
        self.kinds[op if op != "request" else f"request:{line['status']}"] += 1

    def lost(self, s: Services, *, every_content: bool = False) -> list[str]:
        """What was reported committed and is not in the case file, each as a sentence."""
        missing: list[str] = []
        titles = {row.reference: row.title for row in s.cases.list()}
        missing += [f"case {r} {t!r}" for r, t in self.cases.items() if titles.get(r) != t]
        for ref in sorted(set(self.events) | set(self.notes) | set(self.attachments)):
            if ref not in titles:
                missing.append(f"case {ref} (holding events, notes or attachments)")
                continue
            view = s.cases.show(ref)
            descriptions = {e.description for e in view.timeline}
            missing += [f"event {d!r} of {ref}" for d in self.events.get(ref, set()) - descriptions]
            missing += [f"note {n} of {ref}" for n in self.notes.get(ref, set()) - {n[0] for n in view.notes}]
            stored = {a[0]: a[4] for a in view.attachments}
            for attachment_id, digest in self.attachments.get(ref, {}).items():
                if stored.get(attachment_id) != digest:
                    missing.append(f"attachment {attachment_id} of {ref}")
                elif not (every_content or attachment_id in self.unread):
                    continue
                elif hashlib.sha256(s.cases.attachment_content(attachment_id)[1]).hexdigest() != digest:
                    missing.append(f"content of attachment {attachment_id} of {ref}")
        # The list pages (200 by default): ask for all of them.
        statuses = {r.reference: r.status for r in s.requests.list(limit=len(self.requests) + 1000)}
        for ref, status in self.requests.items():
            actual = statuses.get(ref)
            if actual is None or _RANK[actual] < _RANK[status]:
                missing.append(f"request {ref} {status} (found {actual})")
        self.unread.clear()
        return missing


@dataclass
class Counts:
    kills: int = 0
    ops_confirmed: int = 0
    ops_lost: int = 0
    checks_passed: int = 0
    checks_failed: int = 0
    problems: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"kills={self.kills} ops_confirmed={self.ops_confirmed} ops_lost={self.ops_lost} "
            f"checks_passed={self.checks_passed} checks_failed={self.checks_failed}"
        )


def verify(
    path: Path,
    ledger: Ledger,
    counts: Counts,
    keys: DeviceKeys,
    *,
    member: str = "Sue",
    every_content: bool = False,
) -> None:
    """Open as `member`, run the check and look up every confirmed operation."""
    case_file = keys.open(path, member)
    try:
        report = check_case_file(case_file)
        if report.ok:
            counts.checks_passed += 1
        else:
            counts.checks_failed += 1
            counts.problems.append(" / ".join(report.lines))
        lost = ledger.lost(Services(case_file), every_content=every_content)
    finally:
        case_file.close()
    counts.ops_lost = len(lost)
    counts.ops_confirmed = ledger.confirmed
    if lost:
        counts.problems.append("lost: " + "; ".join(lost[:10]))


def kill_loop(
    path: Path, *, kills: int, seconds: float, seed: int = 0, max_delay: float = 0.35
) -> tuple[Counts, Ledger]:
    """Up to `kills` kills within `seconds`; stops at the first loss or failed check."""
    rng = random.Random(seed)
    ledger, counts, keys = Ledger(), Counts(), DeviceKeys.add(path)
    end = time.monotonic() + seconds
    while counts.kills < kills and time.monotonic() < end:
        pid, read_end = run_forked(service_writer(path, rng.getrandbits(64), keys))
        lines, killed = kill_after(pid, read_end, rng.uniform(0.0, max_delay))
        for line in lines:
            ledger.add(line)
        counts.kills += int(killed)
        verify(path, ledger, counts, keys)
        if counts.problems:
            break
    if not counts.problems:
        verify(path, ledger, counts, keys, every_content=True)
    return counts, ledger


def _credential_counts(variant: str, directory: Path, kills: int, seconds: float, seed: int) -> Any:
    from tests.stress import kill_credentials as credentials

    if variant == "upgrade":
        return credentials.upgrade_kills(directory, kills=kills, seconds=seconds, seed=seed)
    path = directory / f"{variant}.casedesk"
    make_case_file(path)
    run = credentials.passphrase_kills if variant == "passphrase" else credentials.removal_kills
    return run(path, kills=kills, seconds=seconds, seed=seed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--seconds", type=float, default=600.0)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--max-delay", type=float, default=0.35, help="longest delay before a kill (s)")
    parser.add_argument(
        "--variant",
        choices=("service", "passphrase", "removal", "upgrade"),
        default="service",
        help="service operations (default), or a passphrase change, a member removal, a schema upgrade",
    )
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().getrandbits(32)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="kill-writer-") as directory:
        if args.variant == "service":
            path = Path(directory) / "case.casedesk"
            make_case_file(path)
            counts: Any
            counts, _ledger = kill_loop(
                path, kills=args.kills, seconds=args.seconds, seed=seed, max_delay=args.max_delay
            )
        else:
            counts = _credential_counts(args.variant, Path(directory), args.kills, args.seconds, seed)
    print(f"variant={args.variant} seed={seed} seconds={time.monotonic() - started:.1f}")
    print(counts.line())
    for problem in counts.problems:
        print("PROBLEM:", problem)
    return 0 if not counts.problems else 1


if __name__ == "__main__":
    sys.exit(main())
