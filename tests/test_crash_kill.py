"""SIGKILL at random moments: a writer doing service operations, and credential/schema changes.

The fast CI variants of issue 6 §1 (crashes and power loss). The machinery lives in
tests/stress/ (kill_writer.py, kill_credentials.py), whose scripts run the same loops for
longer (see tests/stress/README.md). Writers are forked from this already-imported process, so
a kill round costs a fraction of a second; each round kills a real process with a real signal
and reopens the real case file.

The deterministic crash points of a data-key rotation (killed right after the rekey, an error
before it) are in tests/test_vault_tamper.py; here the kills land anywhere.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.services.casefile import open_case_file
from desktop.services.check import check_case_file
from desktop.services.facade import Services
from desktop.vault import VaultError, unlock_bundle
from tests.stress.kill_credentials import passphrase_kills, removal_kills, upgrade_kills
from tests.stress.kill_writer import PASSPHRASES, kill_loop

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SEED = random.SystemRandom().getrandbits(32)  # in every failure message, to replay the draws


def _casedesk_check(path: Path, member: str) -> subprocess.CompletedProcess[str]:
    """The real `casedesk check`, in its own process, as a user would run it."""
    env = {k: v for k, v in os.environ.items() if k != "CASEDESK_PASSPHRASE"}
    env["CASEDESK_PASSPHRASE"] = PASSPHRASES[member]
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli.main", "check", str(path), "--as", member],
        cwd=PROJECT_ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.slow
def test_writer_killed_200_times_loses_no_committed_operation(tmp_case) -> None:
    counts, ledger = kill_loop(tmp_case.path, kills=200, seconds=150, seed=SEED, max_delay=0.3)
    print(f"seed={SEED} {counts.line()}")

    assert counts.problems == [], f"seed {SEED}: {counts.problems}"
    assert counts.kills >= 200, f"seed {SEED}: only {counts.kills} kills in the time allowed"
    assert counts.ops_lost == 0
    assert counts.checks_passed == counts.kills + 1  # after each kill, and once more reading every attachment
    assert counts.checks_failed == 0
    # The writer really worked between kills, through every kind of operation.
    assert counts.ops_confirmed >= 200, counts.line()
    kinds = {"case", "event", "note", "attachment", "request:draft", "request:submitted", "request:approved"}
    kinds |= {"request:received", "request:answered", "request:handed_over"}
    assert kinds <= set(ledger.kinds), ledger.kinds

    completed = _casedesk_check(tmp_case.path, "Sue")
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "chain intact" in completed.stdout


@pytest.mark.slow
def test_passphrase_change_killed_at_random_opens_with_the_old_or_the_new_one(tmp_case) -> None:
    counts = passphrase_kills(tmp_case.path, kills=12, seconds=40, seed=SEED)

    assert counts.problems == [], f"seed {SEED}: {counts.problems}"
    assert counts.kills >= 12
    assert counts.opened_with_old + counts.opened_with_new == counts.checks_passed >= 12
    # Nobody else's slot moved: the other members still open, and so does the recovery code.
    for name in ("Anna", "Sue"):
        open_case_file(tmp_case.path, PASSPHRASES[name], member=name).close()
    open_case_file(tmp_case.path, tmp_case.recovery_code, kind="recovery").close()


@pytest.mark.slow
def test_member_removal_killed_during_the_key_rotation_keeps_the_file_open_to_the_rest(
    tmp_case, open_as
) -> None:
    counts = removal_kills(tmp_case.path, kills=12, seconds=40, seed=SEED)

    assert counts.problems == [], f"seed {SEED}: {counts.problems}"
    assert counts.kills >= 12
    assert counts.checks_passed == 2 * counts.kills  # Sue and Sam after each kill
    case_file = open_case_file(tmp_case.path, PASSPHRASES["Anna"], member="Anna")
    try:
        assert check_case_file(case_file).ok
        members = Services(case_file).members.list()
    finally:
        case_file.close()
    # A member shown as removed has no slot left (removal_kills checked it after every kill);
    # whoever the last kill left listed as active is removed for good by a second removal.
    with open_as(tmp_case.path, "Sam") as services:
        for member in members:
            if member.name.startswith("Temp ") and member.active:
                services.members.remove(member.name)
        assert {m.name for m in services.members.list() if m.active} == {"Sam", "Anna", "Sue"}
    for member in members:
        if member.name.startswith("Temp "):
            with pytest.raises(VaultError):
                unlock_bundle(tmp_case.path, f"pass {member.name}", label=member.name)
    open_case_file(tmp_case.path, tmp_case.recovery_code, kind="recovery").close()


@pytest.mark.slow
def test_schema_upgrade_killed_at_random_is_finished_on_the_next_open(tmp_path: Path) -> None:
    counts = upgrade_kills(tmp_path, kills=12, seconds=40, seed=SEED)

    assert counts.problems == [], f"seed {SEED}: {counts.problems}"
    assert counts.kills >= 12
    assert counts.checks_passed == counts.opened_with_new >= 12
