"""End-to-end tests of `casedesk demo`, run as a real subprocess.

Without CASEDESK_PASSPHRASE the demo file gets the passphrase "demo", and says so loudly on
stderr; with the variable set, that passphrase is used instead and nothing is announced.
`--requests N` adds bulk requests; the 100,000-request run is marked slow.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

OWN_PW = "demo-own-Wc4frost-anchor-38"
DEMO_WARNING = (
    'casedesk: CASEDESK_PASSPHRASE is not set — the demo passphrase is "demo". '
    "Never use a demo file for real cases."
)


@dataclass(frozen=True)
class Run:
    argv: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str
    seconds: float

    def json(self) -> object:
        return json.loads(self.stdout)


def _start(argv: Sequence[object], passphrase: str | None) -> tuple[tuple[str, ...], subprocess.Popen[str]]:
    args = tuple(str(a) for a in argv)
    assert all(OWN_PW not in a for a in args), "a test put a passphrase on the command line"
    env = {k: v for k, v in os.environ.items() if k != "CASEDESK_PASSPHRASE"}
    env["PYTHONIOENCODING"] = "utf-8"
    if passphrase is not None:
        env["CASEDESK_PASSPHRASE"] = passphrase
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop.cli.main", *args],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    return args, process


def _finish(
    args: tuple[str, ...], process: subprocess.Popen[str], started: float, timeout: float = 300
) -> Run:
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise
    run = Run(args, process.returncode, stdout, stderr, time.perf_counter() - started)
    assert "Traceback" not in run.stderr, f"casedesk {' '.join(args)} printed a traceback:\n{run.stderr}"
    assert OWN_PW not in run.stdout + run.stderr, f"casedesk {' '.join(args)} echoed the passphrase"
    return run


def casedesk(*argv: object, passphrase: str | None, timeout: float = 300) -> Run:
    started = time.perf_counter()
    args, process = _start(argv, passphrase)
    return _finish(args, process, started, timeout)


def ok(run: Run) -> Run:
    assert run.returncode == 0, f"casedesk {' '.join(run.argv)} → {run.returncode}\n{run.stdout}{run.stderr}"
    return run


def refused(run: Run, *expected: str) -> str:
    assert run.returncode == 2, f"casedesk {' '.join(run.argv)} → {run.returncode}\n{run.stdout}{run.stderr}"
    lines = run.stderr.splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got {lines!r}"
    assert lines[0].startswith("casedesk: ")
    for word in expected:
        assert word.lower() in lines[0].lower(), f"{word!r} not in {lines[0]!r}"
    return lines[0]


@dataclass(frozen=True)
class Demos:
    plain: Path
    plain_run: Run
    bulk: Path
    bulk_run: Run


@pytest.fixture(scope="module")
def demos(tmp_path_factory: pytest.TempPathFactory) -> Demos:
    """Both demo files at once, in two processes: the default one without a passphrase, and
    one with 2,000 requests whose passphrase comes from CASEDESK_PASSPHRASE."""
    directory = tmp_path_factory.mktemp("demo")
    plain, bulk = directory / "plain.casedesk", directory / "bulk.casedesk"
    started = time.perf_counter()
    plain_started = _start(["demo", plain], None)
    bulk_started = _start(["demo", bulk, "--requests", "2000"], OWN_PW)
    try:
        plain_run = _finish(*plain_started, started)
        bulk_run = _finish(*bulk_started, started)
    finally:
        for _, process in (plain_started, bulk_started):
            if process.poll() is None:  # only if the other one failed: leave no process behind
                process.kill()
                process.communicate()
    return Demos(plain, plain_run, bulk, bulk_run)


def test_demo_without_a_passphrase_warns_that_it_is_demo(demos: Demos) -> None:
    run = ok(demos.plain_run)
    assert run.stderr.splitlines()[0] == DEMO_WARNING, "the warning comes first, before any progress"
    assert "12 cases, 60 requests" in run.stdout
    assert "Claire Dubois" in run.stdout
    check = ok(casedesk("check", demos.plain, passphrase="demo"))
    assert check.stdout.splitlines()[-1] == "Result: OK"
    # The demo's almanac: liaison officers of real agencies, exported as the partners would get it.
    out = demos.plain.parent / "almanac.csv"
    ok(casedesk("almanac", "export", demos.plain, "--out", out, passphrase="demo"))
    assert out.stat().st_mode & 0o777 == 0o600, "officers' contacts are written owner-only"
    exported = out.read_text(encoding="utf-8-sig")
    assert exported.count("\n") >= 9 and "NL-POLITIE-LIMBURG" in exported


def test_demo_with_2000_requests(demos: Demos) -> None:
    run = ok(demos.bulk_run)
    assert '"demo"' not in run.stderr, "with CASEDESK_PASSPHRASE set there is no demo passphrase to announce"
    assert "12 cases, 2000 requests" in run.stdout
    rows = ok(casedesk("request", "list", demos.bulk, "--limit", "5", "--json", passphrase=OWN_PW)).json()
    assert isinstance(rows, list)
    assert len(rows) == 5
    assert len({r["reference"] for r in rows}) == 5
    assert all({"reference", "kind", "status", "partner_code", "due_at"} <= set(r) for r in rows)
    # The passphrase from the environment is the file's passphrase; "demo" is not.
    refused(casedesk("check", demos.bulk, "--as", "Claire Dubois", passphrase="demo"), "passphrase")


def test_demo_refuses_a_bad_count(tmp_path: Path) -> None:
    """Regression: this CliError exited 3 under `python -m desktop.cli.main`."""
    path = tmp_path / "none.casedesk"
    refused(casedesk("demo", path, "--cases", "0", passphrase=OWN_PW), "--cases")
    assert not path.exists()


def test_demo_on_an_existing_path_gives_one_line_and_touches_nothing(tmp_path: Path) -> None:
    """Regression: the progress line "Creating the case file…" came before the refusal."""
    taken = tmp_path / "taken.casedesk"
    taken.mkdir()
    (taken / "keep.txt").write_text("mine", encoding="utf-8")
    refused(casedesk("demo", taken, passphrase=OWN_PW), "already exists")
    assert [p.name for p in taken.iterdir()] == ["keep.txt"]
    assert (taken / "keep.txt").read_text(encoding="utf-8") == "mine"


@pytest.mark.slow
def test_demo_with_100000_requests(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], record_property: Callable[[str, object], None]
) -> None:
    path = tmp_path / "big.casedesk"
    run = ok(casedesk("demo", path, "--requests", "100000", passphrase=OWN_PW, timeout=300))
    assert "12 cases, 100000 requests" in run.stdout
    listed = ok(casedesk("request", "list", path, "--limit", "5", "--json", passphrase=OWN_PW))
    rows = listed.json()
    assert isinstance(rows, list)
    assert len(rows) == 5
    record_property("demo_100000_seconds", round(run.seconds, 1))
    with capsys.disabled():
        print(
            f"\n[casedesk demo --requests 100000: {run.seconds:.1f} s; "
            f"request list --limit 5 on it: {listed.seconds:.1f} s]"
        )
    assert run.seconds < 300
