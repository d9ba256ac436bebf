"""SIGKILL at random moments while credentials or the schema change; the file must still open.

Three writers, each forked (see kill_writer.py) and killed after a random delay:
* passphrase: Sam changes his passphrase back and forth between two values, with a case
  created between changes; afterwards Sam opens with the old or the new passphrase, never neither.
* removal: Sam adds a member and removes her again (the removal rotates the data key: a new
  key announced in every slot, `PRAGMA rekey`, the key made current); afterwards Sam and Sue
  open with their unchanged passphrases, a removed member never does.
* upgrade: a copy of the schema-0001 fixture (tests/fixtures/v1-schema.casedesk) is opened,
  which backs it up and runs the Alembic upgrade; afterwards it opens with its passphrase, at
  the head revision, with its request still there.
After every kill `desktop.services.check` must pass and nothing reported committed may be lost.
"""

from __future__ import annotations

import random
import shutil
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.models.enums import CaseKind, Role
from desktop.services import schema
from desktop.services.casefile import CaseFile, open_case_file
from desktop.services.check import check_case_file
from desktop.services.facade import Services
from desktop.vault import BACKUPS_DIR, DB_NAME, SLOTS_NAME, KdfParams, VaultError, WrongSecret, unlock_bundle
from tests.stress.kill_writer import OWN_AGENCY, PASSPHRASES, kill_after, run_forked

SAM_OTHER = "sam new passphrase 9"
V1_FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "v1-schema.casedesk"
V1_PASSPHRASE = "fixture-passphrase-v1"  # documented in tests/fixtures/make_v1_fixture.py
V1_REQUEST = "OUT-2026-000001"


@dataclass
class CredentialCounts:
    kills: int = 0
    opened_with_old: int = 0
    opened_with_new: int = 0
    checks_passed: int = 0
    ops_confirmed: int = 0
    problems: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"kills={self.kills} opened_with_old={self.opened_with_old} "
            f"opened_with_new={self.opened_with_new} ops_confirmed={self.ops_confirmed} "
            f"checks_passed={self.checks_passed} problems={len(self.problems)}"
        )


def _check(case_file: CaseFile, counts: CredentialCounts, what: str) -> None:
    report = check_case_file(case_file)
    if report.ok:
        counts.checks_passed += 1
    else:
        counts.problems.append(f"{what}: check failed: " + " / ".join(report.lines))


def _other(passphrase: str) -> str:
    return SAM_OTHER if passphrase == PASSPHRASES["Sam"] else PASSPHRASES["Sam"]


# -- passphrase change -----------------------------------------------------------------------------


def _passphrase_writer(path: Path, current: str, seed: int) -> Callable[[Callable[..., None]], None]:
    def body(report: Callable[..., None]) -> None:
        rng = random.Random(seed)
        passphrase = current
        case_file = open_case_file(path, passphrase, member="Sam")
        try:
            services = Services(case_file)
            while True:
                new = _other(passphrase)
                services.members.change_passphrase(passphrase, new, kdf=KdfParams.minimum())
                passphrase = new
                report(op="passphrase", now=new)
                if rng.random() < 0.5:
                    title = f"Patrol {rng.getrandbits(40):010x}"
                    ref = services.cases.create(CaseKind.JOINT_PATROL, title).reference
                    report(op="case", ref=ref, title=title)
        finally:
            case_file.close()

    return body


def passphrase_kills(path: Path, *, kills: int, seconds: float, seed: int = 0) -> CredentialCounts:
    rng, counts = random.Random(seed), CredentialCounts()
    current, titles = PASSPHRASES["Sam"], {}
    end = time.monotonic() + seconds
    while counts.kills < kills and time.monotonic() < end:
        pid, read_end = run_forked(_passphrase_writer(path, current, rng.getrandbits(64)))
        lines, killed = kill_after(pid, read_end, rng.uniform(0.0, 0.5))
        counts.kills += int(killed)
        for line in lines:
            counts.ops_confirmed += 1
            if line["op"] == "passphrase":
                current = line["now"]
            else:
                titles[line["ref"]] = line["title"]
        # The last reported passphrase, or the next one if the change committed unreported.
        case_file = None
        for attempt in (current, _other(current)):
            try:
                case_file = open_case_file(path, attempt, member="Sam")
            except WrongSecret:
                continue
            if attempt == current:
                counts.opened_with_old += 1
            else:
                counts.opened_with_new += 1
                current = attempt
            break
        if case_file is None:
            counts.problems.append("Sam opens with neither the old nor the new passphrase")
            break
        try:
            _check(case_file, counts, "passphrase")
            stored = {row.reference: row.title for row in Services(case_file).cases.list()}
            lost = [ref for ref, title in titles.items() if stored.get(ref) != title]
            if lost:
                counts.problems.append(f"cases lost after a passphrase change: {lost}")
        finally:
            case_file.close()
        if counts.problems:
            break
    return counts


# -- member removal (data-key rotation) ------------------------------------------------------------


def _removal_writer(path: Path, seed: int) -> Callable[[Callable[..., None]], None]:
    def body(report: Callable[..., None]) -> None:
        rng = random.Random(seed)
        case_file = open_case_file(path, PASSPHRASES["Sam"], member="Sam")
        try:
            services = Services(case_file)
            while True:
                name = f"Temp {uuid.UUID(int=rng.getrandbits(128)).hex[:10]}"
                services.members.add(
                    name, Role.DUTY_OFFICER, f"pass {name}", agency_code=OWN_AGENCY, kdf=KdfParams.minimum()
                )
                report(op="added", name=name)
                services.members.remove(name)
                report(op="removed", name=name)
        finally:
            case_file.close()

    return body


def _still_unwraps(path: Path, name: str) -> bool:
    """Whether the member's passphrase still unwraps the data key (at the vault, below the services)."""
    try:
        unlock_bundle(path, f"pass {name}", label=name).close()
    except VaultError:
        return False
    return True


def removal_kills(path: Path, *, kills: int, seconds: float, seed: int = 0) -> CredentialCounts:
    rng, counts = random.Random(seed), CredentialCounts()
    removed: list[str] = []
    end = time.monotonic() + seconds
    while counts.kills < kills and time.monotonic() < end:
        pid, read_end = run_forked(_removal_writer(path, rng.getrandbits(64)))
        lines, killed = kill_after(pid, read_end, rng.uniform(0.0, 0.5))
        counts.kills += int(killed)
        counts.ops_confirmed += len(lines)
        removed += [line["name"] for line in lines if line["op"] == "removed"]
        for member in ("Sue", "Sam"):
            try:
                case_file = open_case_file(path, PASSPHRASES[member], member=member)
            except VaultError as error:
                counts.problems.append(f"{member} cannot open after a killed removal: {error}")
                return counts
            try:
                _check(case_file, counts, "removal")
                listed = Services(case_file).members.list()
                active = {m.name for m in listed if m.active}
                inactive = {m.name for m in listed if not m.active}
            finally:
                case_file.close()
            counts.opened_with_old += 1
        if active & set(removed):
            counts.problems.append(f"removed members active again: {sorted(active & set(removed))}")
        # Every member shown as removed (reported or not): her slot must be gone, not merely refused.
        for name in sorted(inactive):
            if _still_unwraps(path, name):
                counts.problems.append(f"{name} is shown as removed but her slot still unwraps the data key")
        if counts.problems:
            break
    return counts


# -- Alembic upgrade of an old-revision file -------------------------------------------------------


def _upgrade_writer(path: Path) -> Callable[[Callable[..., None]], None]:
    def body(report: Callable[..., None]) -> None:
        open_case_file(path, V1_PASSPHRASE).close()
        report(op="upgraded")

    return body


def upgrade_kills(directory: Path, *, kills: int, seconds: float, seed: int = 0) -> CredentialCounts:
    """Each round kills the upgrade of a fresh copy, then opens it (which finishes the upgrade)."""
    rng, counts = random.Random(seed), CredentialCounts()
    end = time.monotonic() + seconds
    round_number = 0
    while counts.kills < kills and time.monotonic() < end:
        round_number += 1
        path = directory / f"old-{round_number}.casedesk"
        shutil.copytree(V1_FIXTURE, path)
        pid, read_end = run_forked(_upgrade_writer(path))
        lines, killed = kill_after(pid, read_end, rng.uniform(0.0, 0.25))
        counts.kills += int(killed)
        counts.ops_confirmed += len(lines)
        try:
            case_file = open_case_file(path, V1_PASSPHRASE)
        except Exception as error:
            counts.problems.append(f"the old file does not open after a killed upgrade: {error!r}")
            break
        try:
            counts.opened_with_new += 1
            revision = schema.current_revision(case_file.vault.engine())
            if revision != schema.head_revision():
                counts.problems.append(f"revision {revision} after reopening")
            if Services(case_file).requests.show(V1_REQUEST).reference != V1_REQUEST:
                counts.problems.append("the old request is gone")
            _check(case_file, counts, "upgrade")
        finally:
            case_file.close()
        # Backups of the killed attempts are complete or gone, never half-written.
        for backup in (path / BACKUPS_DIR).iterdir():
            if sorted(p.name for p in backup.iterdir()) != [DB_NAME, SLOTS_NAME]:
                counts.problems.append(f"incomplete backup folder {backup.name}")
        shutil.rmtree(path)
        if counts.problems:
            break
    return counts
