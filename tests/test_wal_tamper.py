"""Flipped bytes in the write-ahead log (case.db-wal) a killed writer left behind.

A writer process commits notes, reports each commit, and is killed with SIGKILL before it closes,
so its committed changes are still only in the WAL. Then one byte of the WAL is flipped. SQLite
alone would replay the log up to the damaged frame and silently drop every change committed after
it (the file would open and `casedesk check` would pass); the case file must instead refuse to
open with a sentence and change no byte, so the changes can still be recovered from a backup.
A byte changed by someone who also recomputes the WAL's (unkeyed) checksums is caught by the
page HMAC of SQLCipher instead.
"""

from __future__ import annotations

import os
import signal
import struct
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.models import Note
from desktop.models.enums import CaseKind
from desktop.services.casefile import open_case_file
from desktop.services.check import check_case_file
from desktop.services.facade import Services
from desktop.vault import DamagedCaseFile
from desktop.vault.wal import wal_damage

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DAMAGED_LOG = (
    "The case file's write-ahead log (case.db-wal) is damaged: changes saved after the damaged "
    "part would be lost. Nothing was opened or changed; restore the latest backup."
)
NOTES = 12
HEADER, FRAME_HEADER = 32, 24


def _killed_writer(case_path: Path, passphrase: str, *, first_bytes: int = 0) -> list[int]:
    """Fork a writer that commits NOTES notes, then SIGKILLs itself; the ids it reported committed.

    With `first_bytes`, an attachment that large is committed first: a large one makes SQLite
    checkpoint and then reuse the log from its start, older frames left behind the new ones."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the writer
        try:
            os.close(read_end)
            services = Services(open_case_file(case_path, passphrase, member="Sam"))
            reference = services.cases.create(CaseKind.INFORMATION_EXCHANGE, "WAL carrier").reference
            if first_bytes:
                services.cases.add_attachment(reference, "large.bin", os.urandom(first_bytes))
            for number in range(NOTES):
                note_id = services.cases.add_note(reference, f"committed note {number}")
                os.write(write_end, f"{note_id}\n".encode())
            os.kill(os.getpid(), signal.SIGKILL)
        finally:
            os._exit(70)  # only reached when something above failed
    os.close(write_end)
    with os.fdopen(read_end) as reported:
        committed = [int(line) for line in reported]
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    assert len(committed) == NOTES
    return committed


def _layout(wal: Path) -> tuple[int, int, list[int]]:
    """(page size, frame count, indexes of the committing frames) of a WAL file."""
    raw = wal.read_bytes()
    page_size = struct.unpack(">I", raw[8:12])[0]
    frames = (len(raw) - HEADER) // (FRAME_HEADER + page_size)
    commits = [
        i
        for i in range(frames)
        if struct.unpack(">I", raw[HEADER + i * (FRAME_HEADER + page_size) + 4 :][:4])[0]
    ]
    return page_size, frames, commits


def _flip(wal: Path, offset: int) -> None:
    raw = bytearray(wal.read_bytes())
    raw[offset] ^= 0x01
    wal.write_bytes(bytes(raw))


def _frame_offset(wal: Path, frame: int) -> int:
    page_size, _, _ = _layout(wal)
    return HEADER + frame * (FRAME_HEADER + page_size)


def _middle_commit(wal: Path) -> int:
    _, _, commits = _layout(wal)
    return commits[len(commits) // 2]


def _in_page_data(wal: Path) -> int:
    return _frame_offset(wal, _middle_commit(wal)) + FRAME_HEADER + 100


def _in_page_number(wal: Path) -> int:
    return _frame_offset(wal, _middle_commit(wal)) + 3


def _in_frame_salt(wal: Path) -> int:
    return _frame_offset(wal, _middle_commit(wal)) + 8


def _in_frame_checksum(wal: Path) -> int:
    return _frame_offset(wal, _middle_commit(wal)) + 16


def _in_first_frame(wal: Path) -> int:
    return _frame_offset(wal, 0) + FRAME_HEADER + 7


def _in_header_salt(wal: Path) -> int:
    return 16


def _in_header_page_size(wal: Path) -> int:
    return 10


FLIPS: dict[str, Callable[[Path], int]] = {
    "page-data-of-a-middle-commit": _in_page_data,
    "page-number-of-a-middle-commit": _in_page_number,
    "salt-of-a-middle-commit": _in_frame_salt,
    "checksum-of-a-middle-commit": _in_frame_checksum,
    "page-data-of-the-first-frame": _in_first_frame,
    "salt-in-the-log-header": _in_header_salt,
    "page-size-in-the-log-header": _in_header_page_size,
}


@pytest.fixture
def killed(tmp_case) -> tuple[Path, list[int]]:  # type: ignore[no-untyped-def]
    """tmp_case after a writer was killed with its committed notes still only in case.db-wal."""
    committed = _killed_writer(tmp_case.path, tmp_case.passphrase("Sam"))
    wal = tmp_case.path / "case.db-wal"
    _, frames, commits = _layout(wal)
    assert frames > 2 * NOTES and len(commits) >= NOTES  # every note is a commit still in the log
    return wal, committed


def _note_ids(services: Services) -> list[int]:
    with services.case_file.reading() as session:
        return list(session.scalars(select(Note.id).order_by(Note.id)))


def test_an_intact_log_replays_every_committed_change(tmp_case, killed, open_as) -> None:  # type: ignore[no-untyped-def]
    wal, committed = killed
    assert wal_damage(wal) is None
    with open_as(tmp_case.path, "Sam") as services:
        assert _note_ids(services) == committed
        assert check_case_file(services.case_file).ok


def test_a_reused_log_with_older_frames_behind_is_not_damage(tmp_case, open_as) -> None:  # type: ignore[no-untyped-def]
    committed = _killed_writer(tmp_case.path, tmp_case.passphrase("Sam"), first_bytes=4_500_000)
    wal = tmp_case.path / "case.db-wal"
    page_size, frames, _ = _layout(wal)
    raw = wal.read_bytes()
    salts = {raw[HEADER + i * (FRAME_HEADER + page_size) + 8 :][:8] for i in range(frames)}
    assert frames > 1000 and len(salts) == 2  # the new log's frames, then the older generation's
    assert wal_damage(wal) is None
    with open_as(tmp_case.path, "Sam") as services:
        assert _note_ids(services) == committed
        assert check_case_file(services.case_file).ok


@pytest.mark.parametrize("where", FLIPS.values(), ids=FLIPS.keys())
def test_a_flipped_byte_in_the_log_is_refused_with_a_sentence_and_changes_nothing(
    tmp_case, killed, snapshot, open_as, where
) -> None:  # type: ignore[no-untyped-def]
    wal, committed = killed
    _flip(wal, where(wal))
    assert wal_damage(wal) is not None
    before = snapshot(tmp_case.path)
    with pytest.raises(DamagedCaseFile) as raised:
        open_case_file(tmp_case.path, tmp_case.passphrase("Sam"), member="Sam")
    assert str(raised.value) == DAMAGED_LOG
    assert snapshot(tmp_case.path) == before  # nothing replayed, checkpointed or dropped
    # Flipping the byte back (what a restored copy of the log amounts to) gives every change back.
    _flip(wal, where(wal))
    with open_as(tmp_case.path, "Sam") as services:
        assert _note_ids(services) == committed
        assert check_case_file(services.case_file).ok


def test_casedesk_check_on_a_damaged_log_exits_non_zero_with_one_sentence(tmp_case, killed, snapshot) -> None:  # type: ignore[no-untyped-def]
    wal, _ = killed
    _flip(wal, _in_page_data(wal))
    before = snapshot(tmp_case.path)
    env = {k: v for k, v in os.environ.items() if k != "CASEDESK_PASSPHRASE"}
    env["CASEDESK_PASSPHRASE"] = tmp_case.passphrase("Sam")
    done = subprocess.run(
        [sys.executable, "-m", "desktop.cli.main", "check", str(tmp_case.path), "--as", "Sam"],
        env=env,
        cwd=PROJECT_ROOT,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert (done.returncode, done.stdout, done.stderr) == (2, "", f"casedesk: {DAMAGED_LOG}\n")
    assert snapshot(tmp_case.path) == before


def _rechain(wal: Path) -> None:
    """Recompute every checksum of the log, as someone editing it on purpose would."""
    raw = bytearray(wal.read_bytes())
    order = ">" if struct.unpack(">I", raw[:4])[0] & 1 else "<"
    page_size, frames, _ = _layout(wal)

    def checksum(data: bytes, s0: int, s1: int) -> tuple[int, int]:
        words = struct.unpack(f"{order}{len(data) // 4}I", data)
        for i in range(0, len(words), 2):
            s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
            s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
        return s0, s1

    previous = checksum(bytes(raw[:24]), 0, 0)
    raw[24:32] = struct.pack(">2I", *previous)
    for index in range(frames):
        start = HEADER + index * (FRAME_HEADER + page_size)
        previous = checksum(
            bytes(raw[start + FRAME_HEADER : start + FRAME_HEADER + page_size]),
            *checksum(bytes(raw[start : start + 8]), *previous),
        )
        raw[start + 16 : start + 24] = struct.pack(">2I", *previous)
    wal.write_bytes(bytes(raw))


def _latest_frames(wal: Path) -> list[tuple[int, int]]:
    """(frame index, page number) of the frames that hold the newest version of their page."""
    raw = wal.read_bytes()
    page_size, frames, _ = _layout(wal)
    latest: dict[int, int] = {}
    for index in range(frames):
        latest[struct.unpack(">I", raw[HEADER + index * (FRAME_HEADER + page_size) :][:4])[0]] = index
    return sorted((index, page) for page, index in latest.items())


def test_a_page_edited_in_the_log_with_checksums_recomputed_fails_its_hmac_in_check(tmp_case, killed) -> None:  # type: ignore[no-untyped-def]
    wal, _ = killed
    frame, page = next((f, p) for f, p in _latest_frames(wal) if p > 1)  # a page read from the log
    _flip(wal, _frame_offset(wal, frame) + FRAME_HEADER + 100)
    _rechain(wal)
    assert wal_damage(wal) is None  # a consistent log: SQLite replays it all, the edited page too
    case_file = open_case_file(tmp_case.path, tmp_case.passphrase("Sam"), member="Sam")
    try:
        report = check_case_file(case_file)
    finally:
        case_file.close()
    assert not report.ok
    assert report.lines[:2] == (
        f"Encrypted page check: HMAC verification failed for page {page}",
        "The database could not be checked: database disk image is malformed",
    )


def test_a_bad_frame_in_the_last_transaction_is_a_torn_write_not_damage(tmp_case, killed, open_as) -> None:  # type: ignore[no-untyped-def]
    """SQLite may rewrite a page of a transaction in place and write its commit frame before it
    repairs the checksum chain (walRewriteChecksums in wal.c): a crash then leaves a bad frame
    followed by an intact commit of the same, never-finished transaction. That is not damage —
    refusing it would send the user to a backup for a transaction that was never committed.
    Damage is reported once a later transaction's commit follows (the test above)."""
    wal, committed = killed
    _, _, commits = _layout(wal)
    last_start = commits[-2] + 1  # the first frame of the log's last transaction
    assert last_start < commits[-1], "the last transaction spans more than its commit frame"
    _flip(wal, _frame_offset(wal, last_start) + FRAME_HEADER + 100)  # its page data
    assert wal_damage(wal) is None
    with open_as(tmp_case.path, "Sam") as services:
        # SQLite drops the last transaction, as after a torn write; everything before it is there.
        assert _note_ids(services) == committed[:-1]
        assert check_case_file(services.case_file).ok
