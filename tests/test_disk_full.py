"""A full disk during a write: one plain sentence, the case file still opens, nothing committed is lost.

No root and no mounts: a forked writer limits the size of the files it may write
(RLIMIT_FSIZE) just above what the case file holds, and ignores SIGXFSZ, so the write that would
grow the database's log past the limit fails with EFBIG, as on a disk that has run out of room.
The writer commits events and attachments, reporting each one through a pipe, until the services
refuse. Then, in the parent, without the limit: the file opens, `check` passes, and every change
reported committed is there with its exact content; the refused one is not.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.models import Attachment, AuditEntry, CaseEvent
from desktop.models.enums import CaseKind, EventKind
from desktop.services.casefile import open_case_file
from desktop.services.check import check_case_file
from desktop.services.facade import Services
from desktop.vault.bundle import SLOTS_BACKUP_NAME
from desktop.vault.errors import SlotError
from tests.forked_child import limit_file_size, refused_in_child

PROJECT_ROOT = Path(__file__).resolve().parents[1]
REFUSED = (
    "The disk refused to write to the case file (it may be full); the last change may not have been "
    "saved: close the case file and open it again to see what it holds."
)
ROOM = 9_000_000  # bytes the writer's files may grow to beyond the database's size
ATTACHMENT = 2_000_000
START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def _prepared(case_path: Path, passphrase: str) -> tuple[str, dict[str, object]]:
    """A case with one event and one attachment committed before the disk fills up."""
    case_file = open_case_file(case_path, passphrase, member="Sam")
    try:
        services = Services(case_file)
        reference = services.cases.create(CaseKind.INFORMATION_EXCHANGE, "Disk full").reference
        event = services.cases.add_event(
            reference, occurred_at=START, zone="Europe/Brussels", kind=EventKind.START, description="first"
        )
        content = b"before the disk filled up" * 1000
        attachment = services.cases.add_attachment(reference, "before.bin", content)
    finally:
        case_file.close()
    return reference, {
        "events": [event.id],
        "attachments": {str(attachment): hashlib.sha256(content).hexdigest()},
    }


def _writer(case_path: Path, passphrase: str, reference: str, report: int) -> None:
    """In the forked child: write until refused; each commit, then the refusal, is one JSON line."""

    def say(**line: object) -> None:
        os.write(report, (json.dumps(line) + "\n").encode())

    services = Services(open_case_file(case_path, passphrase, member="Sam"))
    limit_file_size((case_path / "case.db").stat().st_size + ROOM)
    for number in range(1, 200):
        try:
            if number % 4:
                event = services.cases.add_event(
                    reference,
                    occurred_at=START + timedelta(minutes=number),
                    zone="Europe/Brussels",
                    kind=EventKind.HANDOVER,
                    description=f"event {number}",
                )
                say(event=event.id)
            else:
                content = os.urandom(ATTACHMENT)
                attachment = services.cases.add_attachment(reference, f"refused-{number}.bin", content)
                say(attachment=attachment, sha256=hashlib.sha256(content).hexdigest())
        except Exception as error:  # what the user would be shown
            say(refused=type(error).__name__, sentence=str(error), template=getattr(error, "template", None))
            break
    services.case_file.close()


def test_a_write_the_disk_refuses_is_one_sentence_and_everything_committed_survives(
    tmp_case, open_as
) -> None:  # type: ignore[no-untyped-def]
    passphrase = tmp_case.passphrase("Sam")
    reference, expected = _prepared(tmp_case.path, passphrase)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            os.close(read_end)
            _writer(tmp_case.path, passphrase, reference, write_end)
        except BaseException:
            code = 70
        finally:
            os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end) as reported:
        lines = [json.loads(line) for line in reported]
    _, status = os.waitpid(pid, 0)
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0

    *committed, refusal = lines
    assert refusal == {"refused": "StorageFull", "sentence": REFUSED, "template": REFUSED}
    events = expected["events"] + [line["event"] for line in committed if "event" in line]
    attachments = expected["attachments"] | {
        str(line["attachment"]): line["sha256"] for line in committed if "attachment" in line
    }
    print(f"committed before the refusal: {len(committed)}; refused: {refusal}")
    assert len(attachments) >= 3 and len(events) >= 9  # the writer got some way before the refusal

    with open_as(tmp_case.path, "Sam") as services:
        report = check_case_file(services.case_file)
        assert report.ok, report.lines
        with services.case_file.reading() as session:
            assert list(session.scalars(select(CaseEvent.id).order_by(CaseEvent.id))) == events
            stored = list(session.scalars(select(Attachment.id).order_by(Attachment.id)))
        assert [str(i) for i in stored] == list(attachments)
        for attachment_id, digest in attachments.items():
            _name, content = services.cases.attachment_content(int(attachment_id))
            assert hashlib.sha256(content).hexdigest() == digest
        # The file takes writes again once there is room.
        services.cases.add_note(reference, "written after the disk was cleared")


def test_the_cli_says_one_sentence_and_exits_2_when_the_disk_is_full(
    tmp_case, tmp_path: Path, snapshot, open_as
) -> None:  # type: ignore[no-untyped-def]
    passphrase = tmp_case.passphrase("Sam")
    reference, expected = _prepared(tmp_case.path, passphrase)
    large = tmp_path / "scan.bin"
    large.write_bytes(os.urandom(3_000_000))
    limit = (tmp_case.path / "case.db").stat().st_size + 1_000_000
    env = {k: v for k, v in os.environ.items() if k != "CASEDESK_PASSPHRASE"}
    env |= {"CASEDESK_PASSPHRASE": passphrase, "PYTHONDONTWRITEBYTECODE": "1"}
    before = snapshot(tmp_case.path)
    argv = ["case", "attach", str(tmp_case.path), "--as", "Sam", reference, str(large)]
    done = subprocess.run(
        [sys.executable, "-m", "desktop.cli.main", *argv],
        env=env,
        cwd=PROJECT_ROOT,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        preexec_fn=lambda: limit_file_size(limit),
    )
    assert (done.returncode, done.stdout, done.stderr) == (2, "", f"casedesk: {REFUSED}\n")
    assert snapshot(tmp_case.path) == before  # the log the refused write began was rolled back

    with open_as(tmp_case.path, "Sam") as services:
        assert check_case_file(services.case_file).ok
        with services.case_file.reading() as session:
            assert [str(i) for i in session.scalars(select(Attachment.id))] == list(expected["attachments"])


# -- Two steps, the disk refusing the second: the sentence says what the first already did. -------
#
# The limit is set at an exact moment, seen through a Python audit hook (sys.addaudithook, which
# only watches: nothing of ours is replaced): from then on no file may grow (RLIMIT_FSIZE 0), so
# the next write to the case file's log fails with EFBIG and the unit of work raises StorageFull.


def _refused_in_child(step, trigger) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """`step()` in a forked child, the file size limited to 0 from the first audit event for which
    `trigger(event, args)` is true; what it raised (tests/forked_child.py)."""

    def hook(event: str, args: tuple[object, ...]) -> None:
        if trigger(event, args):
            limit_file_size(0)

    return refused_in_child(step, hook)


def _audit(services: Services) -> list[tuple[str, str, str]]:
    with services.case_file.reading() as session:
        return [
            (entry.action, entry.entity, entry.entity_id)
            for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq))
        ]


REMOVAL_UNRECORDED = (
    "{name} can no longer open the case file, but the disk refused to record the removal "
    "(it may be full), so {name} may still be listed: free some space, open the case file "
    "again and remove {name} again to finish."
)


def test_a_removal_the_disk_refuses_to_record_says_her_access_is_already_gone(tmp_case, open_as) -> None:  # type: ignore[no-untyped-def]
    with open_as(tmp_case.path, "Sam") as services:
        anna = next(m for m in services.members.list() if m.name == "Anna")
        before = _audit(services)
    backup = tmp_case.path / SLOTS_BACKUP_NAME
    renames: list[object] = []

    def after_the_rotation(event: str, args: tuple[object, ...]) -> bool:
        # The rotation saves the slot files twice (new key announced, then made current), the
        # backup last each time: the disk fills up right after the second backup is in place.
        if event == "os.rename" and Path(str(args[1])) == backup:
            renames.append(args[1])
            return len(renames) == 2
        return False

    def remove() -> None:
        case_file = open_case_file(tmp_case.path, tmp_case.passphrase("Sam"), member="Sam")
        Services(case_file).members.remove("Anna")

    refusal = _refused_in_child(remove, after_the_rotation)
    assert refusal == {
        "refused": "StorageFull",
        "sentence": REMOVAL_UNRECORDED.format(name="Anna"),
        "template": REMOVAL_UNRECORDED,
        "values": {"name": "Anna"},
    }

    # As the sentence says: Anna cannot open the file any more, but she is still listed and the
    # log has no entry of her removal.
    with pytest.raises(SlotError) as refused:
        open_case_file(tmp_case.path, tmp_case.passphrase("Anna"), member="Anna")
    assert str(refused.value) == "There is no member named 'Anna' in this case file."
    with open_as(tmp_case.path, "Sam") as services:
        report = check_case_file(services.case_file)
        assert report.ok, report.lines
        assert [m.active for m in services.members.list() if m.name == "Anna"] == [True]
        assert _audit(services) == before
        # Removing her again, with room on the disk, finishes the job.
        services.members.remove("Anna")
        assert [m.active for m in services.members.list() if m.name == "Anna"] == [False]
        assert _audit(services)[len(before) :] == [
            ("member.update", "member", str(anna.id)),
            ("casefile.rotate_key", "member", anna.uid),
        ]
    with open_as(tmp_case.path, "Sam") as services:
        assert check_case_file(services.case_file).ok


COPY_FAILURE_UNRECORDED = (
    "The decrypted copy of {filename} could not be written to {destination} ({reason}); "
    "the audit log records the attempt and may not record that it failed, because the "
    "disk refused to write to the case file (it may be full)."
)


def test_a_copy_that_fails_on_a_full_disk_says_the_log_records_only_the_attempt(
    tmp_case, tmp_path: Path, open_as
) -> None:  # type: ignore[no-untyped-def]
    passphrase = tmp_case.passphrase("Sam")
    _reference, expected = _prepared(tmp_case.path, passphrase)
    (attachment_id,) = (int(i) for i in expected["attachments"])  # type: ignore[attr-defined]
    with open_as(tmp_case.path, "Sam") as services:
        before = _audit(services)
    outside = tmp_path / "outside"
    outside.mkdir()
    destination = outside / "before.bin"

    opened: list[object] = []

    def the_copy_begins(event: str, args: tuple[object, ...]) -> bool:
        # A .part file is created in the destination's folder twice: to check that the folder
        # takes one (before the entry), then for the copy (after the entry is committed).
        if event == "open" and Path(str(args[0])).parent == outside:
            opened.append(args[0])
            return len(opened) == 2
        return False

    def export() -> None:
        case_file = open_case_file(tmp_case.path, passphrase, member="Sam")
        Services(case_file).cases.export_attachment(attachment_id, destination)

    refusal = _refused_in_child(export, the_copy_begins)
    values = {"filename": "before.bin", "destination": str(destination), "reason": os.strerror(errno.EFBIG)}
    assert refusal == {
        "refused": "StorageFull",
        "sentence": COPY_FAILURE_UNRECORDED.format(**values),
        "template": COPY_FAILURE_UNRECORDED,
        "values": values,
    }
    assert list(outside.iterdir()) == []  # no copy, whole or partial

    with open_as(tmp_case.path, "Sam") as services:
        report = check_case_file(services.case_file)
        assert report.ok, report.lines
        # The attempt is in the log; its failure is not.
        assert _audit(services)[len(before) :] == [
            ("attachment.saved_decrypted", "attachment", str(attachment_id))
        ]
