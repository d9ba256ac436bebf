"""End-to-end tests of the `casedesk` command line, run as a real subprocess.

Every command runs as `python -m desktop.cli.main ...` so exit codes and stderr are the real ones.
The contract under test: exit 0 on success, 1 when a check or verification failed, 2 for bad
usage or input with exactly one line on stderr starting with "casedesk: ", and never a traceback.
Passphrases reach the CLI only through CASEDESK_PASSPHRASE or --passphrase-file, never argv, and
no passphrase may ever be echoed on stdout or stderr.

One case file is built per module through the CLI itself (Sam supervisor of BE-FEDPOL-CGI, then
Anna duty officer and Sue supervisor added with --new-passphrase-file); a test that changes a file
works on its own copy. `init --unlock-time 0.01` still gives the default Argon2id cost (~0.5 s per
unlock), so most tests use a copy whose passphrase slots were re-sealed at the minimum cost
through the product API (the `fast` fixture); init, the missing-passphrase refusal and the
fresh-file audit/check use the original.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.models import AuditEntry, LiaisonOfficer
from desktop.services.casefile import open_case_file
from desktop.services.demo import make_demo
from desktop.services.facade import Services
from desktop.vault import KdfParams

OWN_AGENCY = "BE-FEDPOL-CGI"
PARTNER_NL = "NL-POLITIE-LIMBURG"

SAM_PW = "sam-Vq7kettle-orbit-51"
ANNA_PW = "anna-Lm3willow-prism-28"
SUE_PW = "sue-Xb9harbor-quartz-64"
ANNA_CHANGED_PW = "anna-Rt5cobalt-fern-93"
ANNA_RECOVERED_PW = "anna-Gw8saffron-delta-12"
TOO_SHORT_PW = "Zq4xy7"
WRONG_PW = "not-Pk6the-right-one-77"
DEMO_PW = "demo-Hk2lantern-moss-17"
SECRETS = (
    SAM_PW,
    ANNA_PW,
    SUE_PW,
    ANNA_CHANGED_PW,
    ANNA_RECOVERED_PW,
    TOO_SHORT_PW,
    WRONG_PW,
    DEMO_PW,
)
RECOVERY_CODE_RE = re.compile(r"\b[0-9A-Z]{4}(?:-[0-9A-Z]{4}){7}\b")
REQUEST_REF_RE = re.compile(r"^OUT-\d{4}-\d{6}$")


# -- running the CLI ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    argv: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str

    def json(self) -> object:
        return json.loads(self.stdout)


OUTPUTS: list[Run] = []  # every command run in this module, for the no-secret-in-output test


def casedesk(*args: object, passphrase: str | None = SAM_PW) -> Run:
    """Run the CLI; `passphrase` goes into CASEDESK_PASSPHRASE (None: the variable is absent)."""
    argv = tuple(str(a) for a in args)
    for secret in SECRETS:
        assert all(secret not in arg for arg in argv), "a test put a passphrase on the command line"
    env = {k: v for k, v in os.environ.items() if k != "CASEDESK_PASSPHRASE"}
    env["PYTHONIOENCODING"] = "utf-8"
    if passphrase is not None:
        env["CASEDESK_PASSPHRASE"] = passphrase
    completed = subprocess.run(
        [sys.executable, "-m", "desktop.cli.main", *argv],
        env=env,
        stdin=subprocess.DEVNULL,  # never a tty: a missing secret must refuse, not hang on a prompt
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )
    run = Run(argv, completed.returncode, completed.stdout, completed.stderr)
    OUTPUTS.append(run)
    assert "Traceback" not in run.stderr, f"casedesk {' '.join(argv)} printed a traceback:\n{run.stderr}"
    for secret in SECRETS:
        assert secret not in run.stdout + run.stderr, f"casedesk {' '.join(argv)} echoed a passphrase"
    return run


def ok(run: Run) -> Run:
    assert run.returncode == 0, f"casedesk {' '.join(run.argv)} → {run.returncode}\n{run.stdout}{run.stderr}"
    return run


def refused(run: Run, *expected: str) -> str:
    """Exit 2 with exactly one line on stderr, starting with "casedesk: " and naming `expected`."""
    assert run.returncode == 2, f"casedesk {' '.join(run.argv)} → {run.returncode}\n{run.stdout}{run.stderr}"
    lines = run.stderr.splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got {lines!r}"
    line = lines[0]
    assert line.startswith("casedesk: "), line
    assert len(line) > len("casedesk: ") + 10, f"not a clear sentence: {line!r}"
    for word in expected:
        assert word.lower() in line.lower(), f"{word!r} not in {line!r}"
    assert run.stdout == "", f"a refused command printed {run.stdout!r}"
    return line


def snapshot(root: Path) -> dict[str, str]:
    """Every file and folder under root → SHA-256 of its bytes, for byte-for-byte comparisons."""
    result: dict[str, str] = {}
    for item in sorted(root.rglob("*")):
        relative = item.relative_to(root).as_posix()
        result[relative] = "<dir>" if item.is_dir() else hashlib.sha256(item.read_bytes()).hexdigest()
    return result


def iso(**delta: float) -> str:
    """An aware ISO timestamp (with its zone offset) relative to now."""
    return (datetime.now(UTC) + timedelta(**delta)).astimezone().isoformat(timespec="minutes")


def copy_case(source: Path, directory: Path, name: str = "copy") -> Path:
    target = directory / f"{name}.casedesk"
    shutil.copytree(source, target)
    return target


# -- fixtures -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Base:
    path: Path
    init: Run
    recovery_code: str
    secret_files: dict[str, Path]


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Base:
    """A case file made through the CLI: Sam (supervisor, creator), Anna (duty officer), Sue (supervisor)."""
    directory = tmp_path_factory.mktemp("cli")
    secret_files = {}
    for name, secret in (
        ("Anna", ANNA_PW),
        ("Sue", SUE_PW),
        ("AnnaChanged", ANNA_CHANGED_PW),
        ("AnnaRecovered", ANNA_RECOVERED_PW),
        ("TooShort", TOO_SHORT_PW),
    ):
        secret_files[name] = directory / f"{name.lower()}.pass"
        secret_files[name].write_text(secret + "\n", encoding="utf-8")
    path = directory / "base.casedesk"
    init = ok(
        casedesk(
            "init", path, "--member", "Sam", "--role", "supervisor", "--agency", OWN_AGENCY,
            "--unlock-time", "0.01",
        )
    )  # fmt: skip
    codes = RECOVERY_CODE_RE.findall(init.stdout)
    assert len(codes) == 1, init.stdout
    for name, role in (("Anna", "duty_officer"), ("Sue", "supervisor")):
        added = ok(
            casedesk(
                "member", "add", path, name, "--role", role, "--agency", OWN_AGENCY,
                "--new-passphrase-file", secret_files[name], "--as", "Sam",
            )
        )  # fmt: skip
        assert added.stdout.strip() == f"Added {name} ({role})."
    return Base(path, init, codes[0], secret_files)


@pytest.fixture(scope="module")
def fast(base: Base, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the base file whose three passphrase slots were re-sealed at the minimum Argon2id cost.

    `init --unlock-time 0.01` cannot go below the default cost (calibration only scales the
    iterations at 256 MiB, and the floor is the default 2), so every open of the base file costs
    about half a second of Argon2id. The workflow tests, which are not about key slots, use this
    copy: same members, same data, same passphrases, cheaper unlocks.
    """
    path = copy_case(base.path, tmp_path_factory.mktemp("fast"), "fast")
    for name, secret in (("Sam", SAM_PW), ("Anna", ANNA_PW), ("Sue", SUE_PW)):
        case_file = open_case_file(path, secret, member=name)
        try:
            Services(case_file).members.change_passphrase(secret, secret, kdf=KdfParams.minimum())
        finally:
            case_file.close()
    return path


@dataclass(frozen=True)
class Filed:
    path: Path
    information: Run
    loan: Run
    loan_start: str
    loan_end: str


@pytest.fixture(scope="module")
def filed(fast: Path, tmp_path_factory: pytest.TempPathFactory) -> Filed:
    """A copy of the fast file with two drafts filed by Sam: an information request and a loan."""
    path = copy_case(fast, tmp_path_factory.mktemp("filed"), "filed")
    information = casedesk(
        "request", "new", path, "--as", "Sam", "--json",
        "--kind", "information_request", "--partner", PARTNER_NL, "--basis", "dir-2023-977:4",
        "--events-on", iso(days=-2), "--title", "Registered keeper of a grey Audi A6",
        "--field", "information_requested=Registered keeper and history of 1-ABC-234",
        "--field", "purpose=Identify the suspects of a robbery",
        "--field", "reasons=The vehicle was used in an armed robbery in Hasselt",
    )  # fmt: skip
    loan_start, loan_end = iso(days=1), iso(days=8)
    loan = casedesk(
        "request", "new", path, "--as", "Sam", "--json",
        "--kind", "equipment_loan", "--partner", PARTNER_NL, "--basis", "benelux-2018:equipment-loan",
        "--events-on", iso(days=-1), "--title", "Thermal cameras for a joint operation",
        "--loan-start", loan_start, "--loan-end", loan_end,
        "--item", "Thermal camera:2:TC-1,TC-2",
        "--field", "purpose=Night-time search along the Meuse",
    )  # fmt: skip
    return Filed(path, information, loan, loan_start, loan_end)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo case file made through the API at the minimum Argon2id cost, so each CLI open is quick."""
    path = tmp_path_factory.mktemp("demo") / "demo.casedesk"
    make_demo(path, DEMO_PW, kdf=KdfParams.minimum())
    return path


# -- usage ----------------------------------------------------------------------------------------


def test_version() -> None:
    run = ok(casedesk("--version", passphrase=None))
    assert re.fullmatch(r"casedesk \d+\.\d+\.\d+\S*\n", run.stdout), run.stdout
    assert run.stderr == ""


def test_help_lists_commands_and_the_passphrase_variable() -> None:
    run = ok(casedesk("--help", passphrase=None))
    assert run.stdout.startswith("usage: casedesk")
    for command in ("init", "member", "request", "audit", "check", "almanac", "bases", "demo"):
        assert command in run.stdout
    assert "CASEDESK_PASSPHRASE" in run.stdout
    assert run.stderr == ""


@pytest.mark.parametrize("argv", [("frobnicate",), ()], ids=["unknown-command", "no-command"])
def test_unknown_or_missing_command_is_usage_error(argv: tuple[str, ...]) -> None:
    line = refused(casedesk(*argv, passphrase=None), "COMMAND", "--help")
    if argv:
        assert "frobnicate" in line


def test_bad_option_value_gives_one_clear_line(base: Base) -> None:
    """Regression: argparse printed its whole usage block (14 lines here) before the error."""
    run = casedesk(
        "request", "new", base.path, "--kind", "information_request", "--partner", PARTNER_NL,
        "--basis", "dir-2023-977:4", "--events-on", "2025-11-01T10:00", "--title", "No zone",
    )  # fmt: skip
    refused(run, "zone")


EVALUATION_Z9 = (
    "request", "new", "--kind", "information_request", "--partner", PARTNER_NL, "--basis", "dir-2023-977:4",
    "--events-on", "2025-11-01T10:00+01:00", "--title", "Bad evaluation", "--evaluation", "Z9",
)  # fmt: skip


def test_cli_error_is_a_usage_error_under_python_m(fast: Path) -> None:
    """Regression: under `python -m desktop.cli.main` main.py ran as __main__ with its own CliError class."""
    refused(casedesk(*EVALUATION_Z9[:2], fast, *EVALUATION_Z9[2:]), "evaluation")


def test_cli_error_is_a_usage_error_from_the_installed_script(fast: Path) -> None:
    """The same refusal through the `casedesk` console script (which imports desktop.cli.main) is fine."""
    script = Path(sys.executable).parent / "casedesk"
    env = {k: v for k, v in os.environ.items() if k != "CASEDESK_PASSPHRASE"}
    completed = subprocess.run(
        [str(script), *EVALUATION_Z9[:2], str(fast), *EVALUATION_Z9[2:]],
        env={**env, "CASEDESK_PASSPHRASE": SAM_PW, "PYTHONIOENCODING": "utf-8"},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    run = Run(tuple(EVALUATION_Z9), completed.returncode, completed.stdout, completed.stderr)
    OUTPUTS.append(run)
    refused(run, "evaluation")


# -- init -----------------------------------------------------------------------------------------


def test_init_prints_the_recovery_code_once(base: Base, tmp_path: Path) -> None:
    stdout = base.init.stdout
    assert base.init.stderr == ""
    assert stdout.count("RECOVERY CODE") == 1
    assert RECOVERY_CODE_RE.findall(stdout) == [base.recovery_code]
    assert "Created" in stdout and "Sam (supervisor)" in stdout
    # The code printed is the real one: it opens (a copy of) the file as the recovery principal.
    case_file = open_case_file(copy_case(base.path, tmp_path), base.recovery_code, kind="recovery")
    case_file.close()


def test_init_refuses_an_existing_path(base: Base) -> None:
    before = snapshot(base.path)
    refused(casedesk("init", base.path, "--member", "Mallory", "--role", "supervisor"), "exists")
    assert snapshot(base.path) == before


def test_init_with_unknown_agency_leaves_nothing_behind(tmp_path: Path) -> None:
    path = tmp_path / "new.casedesk"
    run = casedesk(
        "init", path, "--member", "Sam", "--role", "supervisor", "--agency", "XX-NOWHERE",
    )  # fmt: skip
    refused(run, "XX-NOWHERE")
    assert not path.exists()


# -- opening --------------------------------------------------------------------------------------


@pytest.mark.parametrize("member", [None, "Sue"], ids=["any-member", "as-Sue"])
def test_wrong_passphrase_is_refused_and_changes_nothing(fast: Path, member: str | None) -> None:
    before = snapshot(fast)
    args = ["check", fast] + (["--as", member] if member else [])
    line = refused(casedesk(*args, passphrase=WRONG_PW), "passphrase")
    if member:
        assert member in line
    assert snapshot(fast) == before


def test_not_a_case_file_is_refused(tmp_path: Path) -> None:
    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / "notes.txt").write_text("not a case file", encoding="utf-8")
    before = snapshot(plain)
    refused(casedesk("check", plain), "not a", "case file")
    assert snapshot(plain) == before  # not even a lock file is left in someone else's folder
    refused(casedesk("check", tmp_path / "missing.casedesk"), "no case file")


def test_no_passphrase_available_names_the_variable(base: Base, tmp_path: Path) -> None:
    line = refused(casedesk("check", base.path, passphrase=None), "CASEDESK_PASSPHRASE", "--passphrase-file")
    assert line.endswith(".")
    refused(
        casedesk("check", base.path, "--passphrase-file", tmp_path / "nowhere.pass", passphrase=None),
        "passphrase file",
    )


# -- members and passphrases ----------------------------------------------------------------------


def test_member_list_json(fast: Path) -> None:
    members = ok(casedesk("member", "list", fast, "--as", "Sam", "--json")).json()
    assert isinstance(members, list)
    assert {(m["name"], m["role"], m["active"]) for m in members} == {
        ("Sam", "supervisor", True),
        ("Anna", "duty_officer", True),
        ("Sue", "supervisor", True),
    }


def test_member_add_refusals_change_nothing(base: Base, fast: Path) -> None:
    before = snapshot(fast)
    refused(
        casedesk(
            "member", "add", fast, "Zoe", "--role", "investigator",
            "--new-passphrase-file", base.secret_files["TooShort"], "--as", "Sam",
        ),
        "8 characters",
    )  # fmt: skip
    refused(
        casedesk(
            "member", "add", fast, "Zoe", "--role", "investigator",
            "--new-passphrase-file", base.secret_files["AnnaChanged"],
            "--as", "Anna", "--passphrase-file", base.secret_files["Anna"],
        ),
        "supervisor",
    )  # fmt: skip
    assert snapshot(fast) == before


def _key_check_value(path: Path) -> str:
    case_file = open_case_file(path, SAM_PW, member="Sam")
    try:
        return case_file.vault.key_check_value()
    finally:
        case_file.close()


def test_member_remove_rotates_the_key(base: Base, fast: Path, tmp_path: Path) -> None:
    path = copy_case(fast, tmp_path)
    key_before = _key_check_value(path)
    refused(casedesk("member", "remove", path, "Sam", "--as", "Sam"), "yourself")
    run = ok(casedesk("member", "remove", path, "Anna", "--as", "Sam"))
    assert "Removed Anna" in run.stdout and "rotated" in run.stdout
    assert _key_check_value(path) != key_before
    # Anna's passphrase opens nothing any more, by name or by trying every slot.
    refused(casedesk("check", path, "--as", "Anna", "--passphrase-file", base.secret_files["Anna"]), "Anna")
    refused(casedesk("check", path, passphrase=ANNA_PW), "passphrase")
    # The members who stay were given the new key.
    run = ok(casedesk("check", path, "--as", "Sue", "--passphrase-file", base.secret_files["Sue"]))
    assert "Key slots: 3 (member, recovery)" in run.stdout


def test_passphrase_change(base: Base, fast: Path, tmp_path: Path) -> None:
    path = copy_case(fast, tmp_path)
    anna = ("--as", "Anna", "--passphrase-file")
    before = snapshot(path)
    refused(
        casedesk(
            "passphrase", "change", path, *anna, base.secret_files["Anna"],
            "--new-passphrase-file", base.secret_files["TooShort"],
        ),
        "8 characters",
        "nothing was changed",
    )  # fmt: skip
    assert snapshot(path) == before
    run = casedesk(
        "passphrase", "change", path, *anna, base.secret_files["Anna"],
        "--new-passphrase-file", base.secret_files["AnnaChanged"],
    )  # fmt: skip
    assert ok(run).stdout.strip() == "Passphrase changed."
    refused(casedesk("check", path, *anna, base.secret_files["Anna"]), "passphrase", "Anna")
    ok(casedesk("check", path, *anna, base.secret_files["AnnaChanged"]))


def test_recover_sets_a_new_passphrase(base: Base, fast: Path, tmp_path: Path) -> None:
    path = copy_case(fast, tmp_path)
    code_file = tmp_path / "recovery.txt"
    code_file.write_text(base.recovery_code + "\n", encoding="utf-8")
    run = casedesk(
        "recover", path, "--member", "Anna", "--recovery-code-file", code_file,
        "--new-passphrase-file", base.secret_files["AnnaRecovered"],
    )  # fmt: skip
    assert "Anna can now open" in ok(run).stdout
    ok(casedesk("check", path, "--as", "Anna", "--passphrase-file", base.secret_files["AnnaRecovered"]))
    refused(casedesk("check", path, "--as", "Anna", "--passphrase-file", base.secret_files["Anna"]), "Anna")


def test_recover_with_a_wrong_code_changes_nothing(base: Base, fast: Path, tmp_path: Path) -> None:
    before = snapshot(fast)
    for name, code in (("malformed", "ABCD-EFGH"), ("wrong", "-".join(["0000"] * 8))):
        code_file = tmp_path / f"{name}.txt"
        code_file.write_text(code + "\n", encoding="utf-8")
        run = casedesk(
            "recover", fast, "--member", "Anna", "--recovery-code-file", code_file,
            "--new-passphrase-file", base.secret_files["AnnaRecovered"],
        )  # fmt: skip
        refused(run, "recovery code")
    assert snapshot(fast) == before


# -- requests -------------------------------------------------------------------------------------


def test_request_new_information_request(filed: Filed) -> None:
    view = ok(filed.information).json()
    assert isinstance(view, dict)
    assert REQUEST_REF_RE.match(view["reference"]), view["reference"]
    assert view["kind"] == "information_request"
    assert view["status"] == "draft"
    assert view["direction"] == "outgoing"
    assert view["requesting_agency"] == OWN_AGENCY
    assert view["requested_agency"] == PARTNER_NL
    assert view["legal_basis"]["basis_id"] == "dir-2023-977:4"
    assert view["created_by"] == "Sam"
    assert view["form_values"] == {
        "information_requested": "Registered keeper and history of 1-ABC-234",
        "purpose": "Identify the suspects of a robbery",
        "reasons": "The vehicle was used in an armed robbery in Hasselt",
    }
    assert view["loan"] is None


def test_request_new_equipment_loan(filed: Filed) -> None:
    view = ok(filed.loan).json()
    assert isinstance(view, dict)
    assert REQUEST_REF_RE.match(view["reference"])
    assert view["kind"] == "equipment_loan"
    assert view["status"] == "draft"
    assert view["legal_basis"]["basis_id"] == "benelux-2018:equipment-loan"
    assert view["form_values"]["purpose"] == "Night-time search along the Meuse"
    loan = view["loan"]
    assert datetime.fromisoformat(loan["period_start"]) == datetime.fromisoformat(filed.loan_start)
    assert datetime.fromisoformat(loan["period_end"]) == datetime.fromisoformat(filed.loan_end)
    assert [(i["item_type"], i["quantity"], i["serial_numbers"]) for i in loan["items"]] == [
        ("Thermal camera", 2, "TC-1, TC-2")
    ]


def _reference(run: Run) -> str:
    view = run.json()
    assert isinstance(view, dict)
    return str(view["reference"])


def test_request_list_and_show_json(filed: Filed) -> None:
    rows = ok(casedesk("request", "list", filed.path, "--as", "Sam", "--json")).json()
    assert isinstance(rows, list)
    assert sorted(r["reference"] for r in rows) == sorted(
        [_reference(filed.information), _reference(filed.loan)]
    )
    assert {r["kind"] for r in rows} == {"information_request", "equipment_loan"}
    assert all(r["status"] == "draft" and r["partner_code"] == PARTNER_NL for r in rows)
    shown = ok(
        casedesk("request", "show", filed.path, _reference(filed.loan), "--as", "Sam", "--json")
    ).json()
    assert shown == filed.loan.json()


def test_invalid_requests_are_refused_and_nothing_is_filed(filed: Filed, tmp_path: Path) -> None:
    path = copy_case(filed.path, tmp_path)
    before = snapshot(path)
    # Benelux 2018 art. 16 §5 exists only between BE and NL: not for a partner in Luxembourg.
    line = refused(
        casedesk(
            "request", "new", path, "--as", "Sam", "--kind", "joint_patrol", "--partner", "LU-POLICE",
            "--basis", "benelux-2018:16.5", "--events-on", iso(days=-1), "--title", "Joint patrol",
            "--field", "area=Schengen border triangle", "--field", f"period_from={iso(days=1)}",
            "--field", f"period_to={iso(days=1, hours=8)}", "--field", "teams=Two crews each",
        ),
        "BE", "NL", "LU",
    )  # fmt: skip
    assert line.endswith(".")
    # A required field of the legal basis (the reasons of art. 4) is missing.
    refused(
        casedesk(
            "request", "new", path, "--as", "Sam", "--kind", "information_request", "--partner", PARTNER_NL,
            "--basis", "dir-2023-977:4", "--events-on", iso(days=-1), "--title", "Without reasons",
            "--field", "information_requested=Keeper", "--field", "purpose=Identify",
        ),
        "requires",
    )  # fmt: skip
    assert snapshot(path) == before
    rows = ok(casedesk("request", "list", path, "--as", "Sam", "--json")).json()
    assert isinstance(rows, list)
    assert len(rows) == 2


def test_illegal_transition_is_refused(base: Base, filed: Filed) -> None:
    before = snapshot(filed.path)
    run = casedesk(
        "request", "approve", filed.path, _reference(filed.information),
        "--as", "Sue", "--passphrase-file", base.secret_files["Sue"],
    )  # fmt: skip
    refused(run, "draft", "cannot be approved")
    assert snapshot(filed.path) == before


def test_four_eyes_through_the_cli(base: Base, filed: Filed, tmp_path: Path) -> None:
    path = copy_case(filed.path, tmp_path)
    ref = _reference(filed.information)
    anna = ("--as", "Anna", "--passphrase-file", base.secret_files["Anna"])
    sue = ("--as", "Sue", "--passphrase-file", base.secret_files["Sue"])
    assert ok(casedesk("request", "submit", path, ref, "--as", "Sam")).stdout.strip() == (
        f"{ref} is now submitted."
    )
    refused(casedesk("request", "approve", path, ref, "--as", "Sam"), "four-eyes")
    refused(casedesk("request", "approve", path, ref, *anna), "supervisor")
    assert ok(casedesk("request", "approve", path, ref, *sue)).stdout.strip() == f"{ref} is now approved."
    assert ok(casedesk("request", "send", path, ref, *sue)).stdout.startswith(f"{ref} is now sent; due ")
    answer = "The registered keeper is a leasing company in Maastricht."
    assert ok(casedesk("request", "answer", path, ref, "--text", answer, *anna)).stdout.startswith(
        f"{ref} is now answered"
    )
    assert ok(casedesk("request", "close", path, ref, "--as", "Sam")).stdout.startswith(
        f"{ref} is now closed"
    )
    view = ok(casedesk("request", "show", path, ref, "--as", "Sam", "--json")).json()
    assert isinstance(view, dict)
    assert (view["status"], view["created_by"], view["submitted_by"], view["decided_by"]) == (
        "closed",
        "Sam",
        "Sam",
        "Sue",
    )
    assert view["answer"] == answer
    assert all(view["timestamps"][step] for step in ("submitted", "decided", "sent", "answered", "closed"))


# -- a demo case file -----------------------------------------------------------------------------


def test_due_on_a_demo_file(demo_file: Path) -> None:
    items = ok(casedesk("due", demo_file, "--limit", "10", "--json", passphrase=DEMO_PW)).json()
    assert isinstance(items, list)
    assert 0 < len(items) <= 10
    due = [datetime.fromisoformat(i["due_at"]) for i in items]
    assert due == sorted(due), "what is due next comes first"
    assert any(i["overdue"] for i in items), "the demo has overdue loans and deadlines"
    assert {"what", "reference", "description"} <= set(items[0])


def test_case_list_and_show_on_a_demo_file(demo_file: Path) -> None:
    cases = ok(casedesk("case", "list", demo_file, "--json", passphrase=DEMO_PW)).json()
    assert isinstance(cases, list)
    assert len(cases) == 12
    assert all(re.fullmatch(r"CASE-\d{4}-\d{5}", c["reference"]) for c in cases)
    pursuit = next(c for c in cases if c["kind"] == "pursuit")
    run = ok(casedesk("case", "show", demo_file, pursuit["reference"], passphrase=DEMO_PW))
    assert run.stdout.startswith(f"{pursuit['reference']}  {pursuit['title']}")
    assert "Timeline:" in run.stdout and "border_crossed" in run.stdout
    refused(casedesk("case", "show", demo_file, "CASE-1999-99999", passphrase=DEMO_PW), "CASE-1999-99999")


def test_case_attach_takes_a_handling_code_and_refuses_a_file_too_large_before_reading_it(
    fast: Path, tmp_path: Path
) -> None:
    path = copy_case(fast, tmp_path)
    opened = ok(
        casedesk("case", "new", path, "--kind", "observation", "--title", "Van from Esch", "--as", "Sam")
    )
    reference = opened.stdout.split()[1].rstrip(".")
    statement = tmp_path / "statement.txt"
    statement.write_bytes(b"Statement of the witness." * 4)
    run = ok(casedesk("case", "attach", path, reference, statement, "--handling", "H3", "--as", "Sam"))
    assert re.fullmatch(
        r"Attached statement\.txt as #\d+ \(100 bytes, handling code H3, stored encrypted\)\.\n", run.stdout
    )
    plain = tmp_path / "plain.txt"
    plain.write_bytes(b"no code given")
    ok(casedesk("case", "attach", path, reference, plain, "--as", "Sam"))

    # Larger than the 256 MB limit (a sparse file): refused on its size, nothing is attached.
    huge = tmp_path / "huge.bin"
    with huge.open("wb") as handle:
        handle.truncate(256 * 1024 * 1024 + 1)
    before = snapshot(path)
    refused(casedesk("case", "attach", path, reference, huge, "--as", "Sam"), "huge.bin", "256 MB")
    refused(casedesk("case", "attach", path, reference, plain, "--handling", "H9", "--as", "Sam"), "H9")
    refused(casedesk("case", "attach", path, reference, tmp_path / "gone.txt", "--as", "Sam"), "gone.txt")
    assert snapshot(path) == before

    case_file = open_case_file(path, SAM_PW, member="Sam")
    try:
        items = Services(case_file).cases.show(reference).attachment_items
    finally:
        case_file.close()
    assert [(i.filename, i.size, i.handling_code) for i in items] == [
        ("statement.txt", 100, "H3"),
        ("plain.txt", 13, "H1"),  # the GUI's default
    ]


def test_overdue_loans_on_a_demo_file(demo_file: Path) -> None:
    loans = ok(casedesk("loan", "list", demo_file, "--state", "overdue", "--json", passphrase=DEMO_PW)).json()
    assert isinstance(loans, list)
    assert loans, "the demo has loans that are overdue"
    now = datetime.now(UTC)
    for loan in loans:
        assert loan["overdue"] is True
        assert loan["status"] == "handed_over"
        assert datetime.fromisoformat(loan["period_end"]) < now
        assert loan["items"]


# -- audit and check ------------------------------------------------------------------------------


def test_audit_verify_and_check_on_a_good_file(base: Base) -> None:
    run = ok(casedesk("audit", "verify", base.path, "--as", "Sam"))
    assert run.stdout.startswith("Audit log intact:")
    run = ok(casedesk("check", base.path, "--as", "Sam"))
    assert run.stdout.splitlines()[-1] == "Result: OK"
    assert "Key slots: 4 (member, recovery)" in run.stdout


def test_tampered_audit_entry_is_found(fast: Path, tmp_path: Path) -> None:
    path = copy_case(fast, tmp_path)
    case_file = open_case_file(path, SAM_PW, member="Sam")
    try:
        connection = case_file.vault.raw_connection()
        (count,) = connection.execute("SELECT count(*) FROM audit_entry").fetchone()
        seq = count // 2
        connection.execute("DROP TRIGGER audit_entry_no_update")
        connection.execute(
            "UPDATE audit_entry SET details = ? WHERE seq = ?", ('{"intent":"nothing to see"}', seq)
        )
        connection.commit()
    finally:
        case_file.close()
    run = casedesk("audit", "verify", path, "--as", "Sam")
    assert run.returncode == 1, run.stdout + run.stderr
    assert "BROKEN" in run.stdout
    assert f"Entry {seq} was changed" in run.stdout
    run = casedesk("check", path, "--as", "Sam")
    assert run.returncode == 1, run.stdout + run.stderr
    assert f"Entry {seq} was changed" in run.stdout
    assert run.stdout.splitlines()[-1] == "Result: PROBLEMS FOUND"


# -- almanac --------------------------------------------------------------------------------------

ALMANAC_CSV = (
    "name,agency,posting,languages,phone,email,coverage,notes\n"
    "Jan Peeters,BE-FEDPOL,Brussels,nl;fr,+32 2 123 45 67,jan.peeters@example.be,BE-NL border,\n"
    "Bad Agency,XX-NOWHERE,Nowhere,en,,,,\n"
    "Marie Dupont,BE-FEDPOL,Liège,fr,,marie.dupont@example.be,Euregio Meuse-Rhine,Night shifts\n"
)


@pytest.fixture(scope="module")
def almanac_imported(fast: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Run]:
    directory = tmp_path_factory.mktemp("almanac")
    path = copy_case(fast, directory)
    source = directory / "officers.csv"
    source.write_text(ALMANAC_CSV, encoding="utf-8")
    return path, casedesk("almanac", "import", path, source, "--as", "Sam")


def test_almanac_import_keeps_the_good_rows(almanac_imported: tuple[Path, Run]) -> None:
    path, run = almanac_imported
    assert run.returncode == 1, run.stdout + run.stderr
    assert run.stdout.strip() == "Imported 2 new and 0 updated officers."
    problems = run.stderr.splitlines()
    assert len(problems) == 1
    assert "line 3" in problems[0] and "agency" in problems[0] and "XX-NOWHERE" in problems[0]
    case_file = open_case_file(path, SAM_PW, member="Sam")
    try:
        with case_file.reading() as session:
            names = set(session.scalars(select(LiaisonOfficer.name)))
    finally:
        case_file.close()
    assert names == {"Jan Peeters", "Marie Dupont"}


def test_almanac_export_writes_csv(almanac_imported: tuple[Path, Run], tmp_path: Path) -> None:
    path, _ = almanac_imported
    out = tmp_path / "almanac.csv"
    ok(casedesk("almanac", "export", path, "--out", out, "--as", "Sam"))
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert {(r["name"], r["agency"]) for r in rows} == {
        ("Jan Peeters", "BE-FEDPOL"),
        ("Marie Dupont", "BE-FEDPOL"),
    }
    case_file = open_case_file(path, SAM_PW, member="Sam")
    try:
        with case_file.reading() as session:
            [entry] = session.scalars(select(AuditEntry).where(AuditEntry.action == "export.almanac_csv"))
    finally:
        case_file.close()
    details = json.loads(entry.details)
    assert (entry.actor_name, details["path"], details["size"]) == ("Sam", str(out), out.stat().st_size)
    assert details["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()


def test_almanac_import_of_a_missing_file(fast: Path, tmp_path: Path) -> None:
    refused(casedesk("almanac", "import", fast, tmp_path / "nothing.csv", "--as", "Sam"), "nothing.csv")


# -- legal bases ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "offered", "not_offered"),
    [("2023-09-30", "benelux-2004", "benelux-2018"), ("2024-01-01", "benelux-2018", "benelux-2004")],
)
def test_bases_follow_the_treaty_in_force(day: str, offered: str, not_offered: str) -> None:
    pursuit = ("bases", "--kind", "hot_pursuit_notice", "--from", "BE", "--to", "NL")
    run = ok(casedesk(*pursuit, "--date", day, passphrase=None))
    assert offered in run.stdout
    assert not_offered not in run.stdout


def test_bases_without_any_basis_fails() -> None:
    loan = ("bases", "--kind", "equipment_loan", "--from", "LU", "--to", "LU")
    run = casedesk(*loan, "--date", "2024-01-01", passphrase=None)
    assert run.returncode == 1, run.stdout + run.stderr
    assert run.stdout.startswith("No legal basis")


# -- secrets --------------------------------------------------------------------------------------


def test_no_passphrase_in_any_output(base: Base) -> None:
    """Runs last: every stdout and stderr of this module is free of every passphrase used in it."""
    assert len(OUTPUTS) >= 3  # at least the fixture's init and member adds
    for run in OUTPUTS:
        for secret in SECRETS:
            assert secret not in run.stdout, f"casedesk {' '.join(run.argv)} printed a passphrase"
            assert secret not in run.stderr, f"casedesk {' '.join(run.argv)} printed a passphrase"
        # The recovery code is shown once, by init, and never again.
        if run is not base.init:
            assert base.recovery_code not in run.stdout + run.stderr
