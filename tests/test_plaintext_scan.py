"""No case content ever reaches the disk in plaintext: not in the database, its WAL or shared-memory file,
the key-slot files, backups, nor anywhere in the temporary directory.

Distinctive random markers are written through every kind of service call; then every byte of every
file is searched for them (UTF-8 and UTF-16-LE, as written and lower-cased), first while the case file
is open (so the WAL and -shm files exist) and again after it is closed.
"""

from __future__ import annotations

import os
import tempfile
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

from desktop.models import utcnow
from desktop.models.enums import CaseKind, Direction, EventKind, RequestKind, SubjectKind
from desktop.services.requests import NewRequest

KNOWN_NAMES = {
    "case.db",
    "case.db-wal",
    "case.db-shm",
    "keyslots.json",
    "keyslots.bak.json",
    ".lock",
    "backups",
}
# Files in the shared temporary directory bigger than this were not written by this test's services.
TMP_SCAN_MAX_BYTES = 64 * 1024 * 1024


def _needles(markers: dict[str, str]) -> list[tuple[str, bytes]]:
    needles = []
    for what, marker in markers.items():
        for variant in {marker, marker.lower()}:
            needles.append((f"{what} (utf-8)", variant.encode("utf-8")))
            needles.append((f"{what} (utf-16-le)", variant.encode("utf-16-le")))
    return needles


def _files(root: Path, *, modified_since: float | None = None) -> list[Path]:
    found = []
    for directory, _dirs, names in os.walk(root):
        for name in names:
            path = Path(directory) / name
            try:
                info = path.lstat()
            except OSError:
                continue  # removed meanwhile, or not ours to read
            if not path.is_file() or path.is_symlink():
                continue
            if modified_since is not None and (
                info.st_mtime < modified_since or info.st_size > TMP_SCAN_MAX_BYTES
            ):
                continue
            found.append(path)
    return found


def _leaks(paths: list[Path], needles: list[tuple[str, bytes]]) -> list[str]:
    leaks = []
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        leaks.extend(f"{what} in {path}" for what, needle in needles if needle in data)
    return leaks


def _populate(services, markers: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    s = services
    case = s.cases.create(
        CaseKind.PURSUIT,
        markers["case title"],
        summary=markers["case summary"],
        details={"offence": markers["pursuit offence"]},
    )
    s.cases.add_note(case.reference, markers["note body"])
    s.cases.add_subject(case.reference, SubjectKind.PERSON, markers["subject name"])
    s.cases.add_task(case.reference, markers["task title"], utcnow() + timedelta(days=1))
    s.cases.add_event(
        case.reference,
        occurred_at=datetime(2026, 3, 29, 3, 10),
        zone="Europe/Brussels",
        kind=EventKind.BORDER_CROSSED,
        description=markers["event description"],
        location=markers["event location"],
    )
    blob = os.urandom(5000) + markers["attachment bytes"].encode() + os.urandom(5000)
    s.cases.add_attachment(case.reference, markers["attachment name"] + ".pdf", blob)
    outgoing = s.requests.create(
        NewRequest(
            kind=RequestKind.INFORMATION_REQUEST,
            partner_code="NL-POLITIE-LIMBURG",
            legal_basis="dir-2023-977:4",
            events_on=utcnow(),
            title=markers["request title"],
            body=markers["request body"],
            form_values={
                "information_requested": markers["form value"],
                "purpose": "Burglaries",
                "reasons": "Seen",
            },
        )
    )
    s.requests.submit(outgoing.reference)
    received = s.requests.create(
        NewRequest(
            kind=RequestKind.INFORMATION_REQUEST,
            direction=Direction.INCOMING,
            partner_code="LU-POLICE",
            legal_basis="dir-2023-977:4",
            events_on=utcnow(),
            title="Incoming query",
            form_values={"information_requested": "x", "purpose": "y", "reasons": "z"},
        )
    )
    s.requests.record_answer(received.reference, markers["request answer"])
    s.almanac.import_csv(
        f"name,agency,notes\n{markers['officer name']},BE-FEDPOL,{markers['officer notes']}\n".encode()
    )
    # Read everything back, so that any read path that might spill to disk has run too.
    assert s.cases.show(case.reference).title == markers["case title"]
    assert s.cases.attachment_content(s.cases.show(case.reference).attachments[0][0])[1] == blob
    assert [o.name for o in s.almanac.search(markers["officer name"])] == [markers["officer name"]]
    assert s.requests.list()


def test_scanner_finds_a_marker_written_in_plaintext(tmp_path) -> None:
    """Positive control: the search below would see a marker if one were on disk."""
    marker = f"Control-{uuid.uuid4().hex}"
    (tmp_path / "plain.txt").write_bytes(b"xx" + marker.encode("utf-16-le") + b"yy")
    leaks = _leaks(_files(tmp_path), _needles({"control": marker}))
    assert leaks == [f"control (utf-16-le) in {tmp_path / 'plain.txt'}"]


def test_no_marker_reaches_the_disk_in_plaintext_while_open_or_after_closing(tmp_case, open_as) -> None:
    token = uuid.uuid4().hex
    markers = {
        what: f"{what.title().replace(' ', '')}-{token}"
        for what in (
            "case title",
            "case summary",
            "pursuit offence",
            "note body",
            "subject name",
            "task title",
            "event description",
            "event location",
            "attachment bytes",
            "attachment name",
            "request title",
            "request body",
            "form value",
            "request answer",
            "officer name",
            "officer notes",
        )
    }
    needles = _needles(markers)
    started = time.time() - 2
    temp_root = Path(tempfile.gettempdir())

    with open_as(tmp_case.path, "Sam") as services:
        _populate(services, markers)
        names = {p.name for p in tmp_case.path.iterdir()}
        assert names <= KNOWN_NAMES, names - KNOWN_NAMES
        assert (tmp_case.path / "case.db-wal").stat().st_size > 0, "the WAL should hold the new pages"
        assert (tmp_case.path / "case.db-shm").exists()
        bundle_files = _files(tmp_case.path)
        assert {p.name for p in bundle_files} >= {"case.db", "case.db-wal", "case.db-shm", "keyslots.json"}
        assert _leaks(bundle_files, needles) == []
        assert _leaks(_files(temp_root, modified_since=started), needles) == []

    names = {p.relative_to(tmp_case.path).as_posix() for p in tmp_case.path.rglob("*")}
    assert names <= KNOWN_NAMES, names - KNOWN_NAMES
    assert _leaks(_files(tmp_case.path), needles) == []
    assert _leaks(_files(temp_root, modified_since=started), needles) == []
