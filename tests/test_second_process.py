"""Two programs on one case file: `casedesk` is refused with one sentence while another process
holds the file open, changes no byte, and the holder's own writes go on undisturbed.

(The same refusal for open_case_file and unlock_bundle in a second process is in tests/test_vault.py,
for the GUI's unlock screen in tests/test_gui_unlock.py.)
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from desktop.models import Note
from desktop.services.check import check_case_file

PROJECT_ROOT = Path(__file__).resolve().parents[1]
LOCKED = "This case file is already open in another window or program; close it there first."

# Opens the case file, says "open", then for each line read from stdin adds a note with that text
# to a new case and says "noted"; an empty line closes the file and says "closed".
_HOLDER = """
import sys
from desktop.models.enums import CaseKind
from desktop.services.casefile import open_case_file
from desktop.services.facade import Services
services = Services(open_case_file(sys.argv[1], sys.argv[2], member="Anna"))
reference = services.cases.create(CaseKind.INFORMATION_EXCHANGE, "Held open").reference
print("open", flush=True)
for line in sys.stdin:
    if not line.strip():
        break
    services.cases.add_note(reference, line.strip())
    print("noted", flush=True)
services.case_file.close()
print("closed", flush=True)
"""


def _casedesk(*args: str, passphrase: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "CASEDESK_PASSPHRASE"}
    env["CASEDESK_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli.main", *args],
        env=env,
        cwd=PROJECT_ROOT,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_cli_is_refused_while_another_process_holds_the_file_and_nothing_is_damaged(
    tmp_case, snapshot, open_as
) -> None:  # type: ignore[no-untyped-def]
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(tmp_case.path), tmp_case.passphrase("Anna")],
        cwd=PROJECT_ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdin is not None and holder.stdout is not None
        assert holder.stdout.readline().strip() == "open"
        holder.stdin.write("before the second program\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "noted"
        before = snapshot(tmp_case.path)
        for argv in (
            (
                "case",
                "new",
                str(tmp_case.path),
                "--as",
                "Sam",
                "--kind",
                "information_exchange",
                "--title",
                "X",
            ),
            ("check", str(tmp_case.path), "--as", "Sam"),
        ):
            refused = _casedesk(*argv, passphrase=tmp_case.passphrase("Sam"))
            assert (refused.returncode, refused.stdout, refused.stderr) == (2, "", f"casedesk: {LOCKED}\n")
        assert snapshot(tmp_case.path) == before  # the refused program wrote nothing, not even a log
        holder.stdin.write("after the second program\n\n")
        holder.stdin.flush()
        assert [holder.stdout.readline().strip() for _ in range(2)] == ["noted", "closed"]
        assert holder.wait(timeout=30) == 0
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait(timeout=30)
    # Once the holder has closed it, the CLI opens it, and everything the holder wrote is there.
    listed = _casedesk(
        "case", "list", str(tmp_case.path), "--as", "Sam", passphrase=tmp_case.passphrase("Sam")
    )
    assert listed.returncode == 0 and "Held open" in listed.stdout
    with open_as(tmp_case.path, "Sam") as services:
        assert check_case_file(services.case_file).ok
        with services.case_file.reading() as session:
            assert list(session.scalars(select(Note.body).order_by(Note.id))) == [
                "before the second program",
                "after the second program",
            ]
