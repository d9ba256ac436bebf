"""What the Cases page added to `CaseService`: the partner filter, handling codes on notes and
attachments, attaching a file from disk, saving a decrypted copy (audited), the wall-clock
conversion with the timeline's DST rules, and a task that cannot be done twice.
"""

from __future__ import annotations

import hashlib
import json
import stat
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from desktop.models import utcnow
from desktop.models.enums import CaseKind, HandlingCode
from desktop.services.cases import MAX_ATTACHMENT_BYTES, AttachmentItem, wall_clock_to_utc
from desktop.services.errors import InvalidInput, NotFound
from desktop.services.facade import Services


def _audit(services: Services) -> list[tuple[str, str, str, dict[str, object]]]:
    with services.case_file.reading() as session:
        rows = session.execute(
            text("SELECT action, entity, entity_id, details, actor_name FROM audit_entry ORDER BY seq")
        )
        return [(a, e, i, {**json.loads(d), "actor": actor}) for a, e, i, d, actor in rows]


def test_list_filters_by_partner_code_or_its_start(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Anna") as s:
        limburg = s.cases.create(
            CaseKind.PURSUIT, "Into Limburg", partner_code="NL-POLITIE-LIMBURG"
        ).reference
        kmar = s.cases.create(CaseKind.JOINT_PATROL, "Patrol with the KMar", partner_code="NL-KMAR").reference
        lux = s.cases.create(CaseKind.OBSERVATION, "Van from Esch", partner_code="LU-POLICE").reference
        alone = s.cases.create(CaseKind.INFORMATION_EXCHANGE, "No partner yet").reference

        def refs(**filters: object) -> set[str]:
            return {row.reference for row in s.cases.list(**filters)}  # type: ignore[arg-type]

        assert refs() == {limburg, kmar, lux, alone}
        assert refs(partner="NL-POLITIE-LIMBURG") == {limburg}
        assert refs(partner="nl-") == {limburg, kmar}
        assert refs(partner="  LU ") == {lux}
        assert refs(partner="NL-%") == set()  # a wildcard typed is a character, not a pattern
        assert refs(partner="") == refs()
        assert refs(partner="NL", kind=CaseKind.JOINT_PATROL) == {kmar}


def test_list_keeps_to_the_references_given_with_the_other_filters_and_the_order(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Anna") as s:
        made = [
            s.cases.create(CaseKind.PURSUIT, "Into Limburg", partner_code="NL-POLITIE-LIMBURG").reference,
            s.cases.create(CaseKind.OBSERVATION, "Van from Esch", partner_code="LU-POLICE").reference,
            s.cases.create(CaseKind.PURSUIT, "Patrol with the KMar", partner_code="NL-KMAR").reference,
            s.cases.create(CaseKind.PURSUIT, "Not asked for").reference,
        ]
        first, second, third, other = made
        s.cases.close(third)
        # One opening day each, oldest first, so "newest first" is exact.
        with s.case_file.unit_of_work("test") as session:
            for day, reference in enumerate(made, start=1):
                session.execute(
                    text("UPDATE case_file SET opened_at = :at WHERE reference = :ref"),
                    {"at": f"2026-03-0{day}T08:00:00.000000Z", "ref": reference},
                )

        def refs(**filters: object) -> list[str]:
            return [row.reference for row in s.cases.list(**filters)]  # type: ignore[arg-type]

        assert refs() == [other, third, second, first]
        assert refs(references=[first, third, second]) == [third, second, first]
        assert refs(references=(first, first, "CASE-1999-00001")) == [first]  # once; unknown skipped
        assert refs(references=[]) == []
        assert refs(references=first) == [first]  # one reference, not its characters
        assert refs(references=[first, second, third], kind=CaseKind.PURSUIT) == [third, first]
        assert refs(references=[first, second, third], status="open") == [second, first]
        assert refs(references=[first, second, third], partner="NL-") == [third, first]
        assert refs(references=[first, second, third], text="esch") == [second]
        assert refs(references=[first, second, third], limit=2) == [third, second]
        rows = s.cases.list(references=[second])
        assert [(r.reference, r.kind, r.title, r.status, r.partner_code) for r in rows] == [
            (second, "observation", "Van from Esch", "open", "LU-POLICE")
        ]
        assert rows[0].opened_at == datetime(2026, 3, 2, 8, 0, tzinfo=UTC)

        # More references than one IN (…) holds: asked in chunks, merged newest first.
        many = [first, *(f"CASE-1999-{n:05d}" for n in range(1, 1901)), third, second]
        assert len(many) > 1800
        assert refs(references=many) == [third, second, first]
        assert refs(references=many, limit=2) == [third, second]
        assert refs(references=many, kind=CaseKind.OBSERVATION) == [second]


def test_the_view_carries_handling_codes_and_the_closing_time(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Anna") as s:
        case = s.cases.create(CaseKind.PURSUIT, "Pursuit")
        assert case.note_items == () and case.attachment_items == () and case.closed_at is None
        note = s.cases.add_note(case.reference, "Informant says the car is cloned.", HandlingCode.H3)
        content = b"%PDF-1.4 not really"
        attachment = s.cases.add_attachment(
            case.reference, "r.pdf", content, "application/pdf", HandlingCode.H2
        )
        view = s.cases.close(case.reference)
        assert [(n.id, n.body, n.handling_code) for n in view.note_items] == [
            (note, "Informant says the car is cloned.", "H3")
        ]
        assert view.notes[0][:2] == (note, "Informant says the car is cloned.")  # the old shape stays
        [item] = view.attachment_items
        assert item == AttachmentItem(
            attachment,
            "r.pdf",
            "application/pdf",
            len(content),
            hashlib.sha256(content).hexdigest(),
            "H2",
            item.added_at,
        )
        assert view.attachments == ((attachment, "r.pdf", "application/pdf", len(content), item.sha256),)
        assert view.closed_at is not None and abs(view.closed_at - utcnow()) < timedelta(minutes=1)


def test_attach_a_file_from_disk(tmp_case, open_as, tmp_path) -> None:
    photo = tmp_path / "Scene Photo.JPG"
    photo.write_bytes(b"\xff\xd8\xff\xe0 jpeg bytes")
    unknown = tmp_path / "dump.bin42"
    unknown.write_bytes(b"\x00\x01")
    with open_as(tmp_case.path, "Anna") as s:
        case = s.cases.create(CaseKind.PURSUIT, "Pursuit")
        first = s.cases.add_attachment_file(case.reference, photo, handling_code=HandlingCode.H0)
        second = s.cases.add_attachment_file(case.reference, unknown)
        third = s.cases.add_attachment_file(case.reference, unknown, media_type="application/x-dump")
        items = {i.id: i for i in s.cases.show(case.reference).attachment_items}
        assert (items[first].filename, items[first].media_type, items[first].handling_code) == (
            "Scene Photo.JPG",
            "image/jpeg",
            "H0",
        )
        assert items[second].media_type == "application/octet-stream"
        assert items[third].media_type == "application/x-dump"
        assert s.cases.attachment_content(first) == ("Scene Photo.JPG", photo.read_bytes())


def test_a_file_too_big_or_missing_is_refused_before_anything_is_written(tmp_case, open_as, tmp_path) -> None:
    huge = tmp_path / "video.mp4"
    with huge.open("wb") as out:  # sparse: no disk space used, and never read
        out.truncate(MAX_ATTACHMENT_BYTES + 1)
    with open_as(tmp_case.path, "Anna") as s:
        case = s.cases.create(CaseKind.PURSUIT, "Pursuit")
        entries = len(_audit(s))
        with pytest.raises(InvalidInput, match=r"video\.mp4 is larger than 256 MB"):
            s.cases.add_attachment_file(case.reference, huge)
        with pytest.raises(InvalidInput, match=r"gone\.txt could not be read \(No such file or directory\)"):
            s.cases.add_attachment_file(case.reference, tmp_path / "gone.txt")
        with pytest.raises(InvalidInput, match="could not be read"):
            s.cases.add_attachment_file(case.reference, tmp_path)  # a folder
        small = tmp_path / "small.txt"
        small.write_text("fine")
        with pytest.raises(NotFound):
            s.cases.add_attachment_file("CASE-1999-00001", small)
        assert len(_audit(s)) == entries
        assert s.cases.show(case.reference).attachments == ()


def test_saving_a_decrypted_copy_writes_it_and_records_who_saved_what_where(
    tmp_case, open_as, tmp_path
) -> None:
    content = b"Statement of the witness, page 1 of 1. " * 50
    destination = tmp_path / "exports" / "statement-copy.txt"
    destination.parent.mkdir()
    with open_as(tmp_case.path, "Anna") as s:
        case = s.cases.create(CaseKind.INFORMATION_EXCHANGE, "Witness")
        attachment = s.cases.add_attachment(
            case.reference, "statement.txt", content, "text/plain", HandlingCode.H2
        )
        before = len(_audit(s))
        assert s.cases.export_attachment(attachment, destination) == destination
    assert destination.read_bytes() == content
    assert stat.S_IMODE(destination.stat().st_mode) == 0o600  # plaintext case data: owner only
    with open_as(tmp_case.path, "Sue") as s:
        entries = _audit(s)
    new = entries[before:]
    assert [(a, e, i) for a, e, i, _d in new] == [
        ("attachment.saved_decrypted", "attachment", str(attachment))
    ]
    details = new[0][3]
    assert details == {
        "filename": "statement.txt",
        "sha256": hashlib.sha256(content).hexdigest(),
        "size": len(content),
        "handling_code": "H2",
        "destination": str(destination),
        "actor": "Anna",
    }
    assert "Statement of the witness" not in json.dumps(entries)  # the content never enters the log


def test_a_place_that_cannot_be_written_is_refused_before_any_audit_entry(
    tmp_case, open_as, tmp_path
) -> None:
    with open_as(tmp_case.path, "Anna") as s:
        case = s.cases.create(CaseKind.INFORMATION_EXCHANGE, "Witness")
        attachment = s.cases.add_attachment(case.reference, "statement.txt", b"text", "text/plain")
        before = len(_audit(s))
        with pytest.raises(InvalidInput, match=r"could not be written to .*No such file or directory"):
            s.cases.export_attachment(attachment, tmp_path / "missing-folder" / "copy.txt")
        exports = tmp_path / "exports"
        exports.mkdir()
        with pytest.raises(InvalidInput, match=r"could not be written to .*Is a directory"):
            s.cases.export_attachment(attachment, exports)
        with pytest.raises(NotFound):
            s.cases.export_attachment(attachment + 1, exports / "copy.txt")
        assert len(_audit(s)) == before
    assert list(exports.iterdir()) == []


def test_the_entry_is_committed_before_the_copy_and_a_failed_write_is_recorded_too(
    tmp_case, open_as, tmp_path, monkeypatch
) -> None:
    """The copy never exists without its entry; a write that fails after the entry says so."""
    import errno
    import os

    exports = tmp_path / "exports"
    exports.mkdir()
    destination = exports / "copy.txt"
    destination.write_bytes(b"an older copy anyone could read")
    destination.chmod(0o644)
    with open_as(tmp_case.path, "Anna") as s:
        case = s.cases.create(CaseKind.INFORMATION_EXCHANGE, "Witness")
        attachment = s.cases.add_attachment(case.reference, "statement.txt", b"text", "text/plain")
        before = len(_audit(s))
        seen_by_the_write: list[list[str]] = []
        real_fsync = os.fsync

        def fsync_after_looking(fd: int) -> None:
            # The write's own fsync: by now the entry must be committed, visible to a new reader.
            seen_by_the_write.append([a for a, *_rest in _audit(s)[before:]])
            real_fsync(fd)

        monkeypatch.setattr(os, "fsync", fsync_after_looking)
        s.cases.export_attachment(attachment, destination)
        assert seen_by_the_write[0] == ["attachment.saved_decrypted"]
        assert destination.read_bytes() == b"text"
        assert stat.S_IMODE(destination.stat().st_mode) == 0o600  # not the old file's 0644

        def no_space(_fd: int) -> None:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        monkeypatch.setattr(os, "fsync", no_space)
        failed = exports / "second.txt"
        with pytest.raises(InvalidInput) as raised:
            s.cases.export_attachment(attachment, failed)
        assert str(raised.value) == f"The copy could not be written to {failed} (No space left on device)."
        new = _audit(s)[before:]
    assert not failed.exists()
    assert sorted(p.name for p in exports.iterdir()) == ["copy.txt"]  # no temporary file left
    assert [(a, e, i) for a, e, i, _d in new] == [
        ("attachment.saved_decrypted", "attachment", str(attachment)),
        ("attachment.saved_decrypted", "attachment", str(attachment)),
        ("attachment.save_failed", "attachment", str(attachment)),
    ]
    assert new[1][3]["destination"] == new[2][3]["destination"] == str(failed)
    assert new[2][3]["reason"] == "No space left on device"
    assert new[2][3]["sha256"] == hashlib.sha256(b"text").hexdigest()


def test_wall_clock_to_utc_follows_the_timelines_dst_rules() -> None:
    assert wall_clock_to_utc(datetime(2026, 7, 1, 10, 5), "Europe/Brussels") == datetime(
        2026, 7, 1, 8, 5, tzinfo=UTC
    )
    assert wall_clock_to_utc(datetime(2026, 1, 5, 10, 5), "Europe/Amsterdam") == datetime(
        2026, 1, 5, 9, 5, tzinfo=UTC
    )
    assert wall_clock_to_utc(datetime(2026, 1, 5, 10, 5), "UTC") == datetime(2026, 1, 5, 10, 5, tzinfo=UTC)
    with pytest.raises(InvalidInput, match="does not exist in Europe/Brussels"):
        wall_clock_to_utc(datetime(2026, 3, 29, 2, 30), "Europe/Brussels")
    with pytest.raises(InvalidInput, match="happens twice in Europe/Luxembourg"):
        wall_clock_to_utc(datetime(2026, 10, 25, 2, 30), "Europe/Luxembourg")
    with pytest.raises(InvalidInput, match="not a known time zone"):
        wall_clock_to_utc(datetime(2026, 1, 5, 10, 5), "Europe/Atlantis")


def test_a_task_is_done_once(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Anna") as s:
        case = s.cases.create(CaseKind.PURSUIT, "Pursuit")
        task = s.cases.add_task(case.reference, "Call the desk", utcnow() + timedelta(hours=1))
        s.cases.complete_task(task)
        done_at = s.cases.show(case.reference).tasks[0][3]
        entries = len(_audit(s))
        with pytest.raises(InvalidInput, match="'Call the desk' is already done"):
            s.cases.complete_task(task)
        assert s.cases.show(case.reference).tasks[0][3] == done_at
        assert len(_audit(s)) == entries


def test_partner_agencies_lists_the_seeded_agencies(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Anna") as s:
        agencies = {a.code: a for a in s.cases.partner_agencies()}
    assert {"NL-POLITIE-LIMBURG", "LU-POLICE", "BE-FEDPOL"} <= set(agencies)
    assert agencies["BE-FEDPOL"].own and not agencies["NL-POLITIE-LIMBURG"].own


def test_a_closed_case_is_final(tmp_case, open_as) -> None:  # type: ignore[no-untyped-def]
    """Closing a case freezes its record: nothing is added to it or changed in it afterwards."""
    from desktop.models.enums import EventKind, SubjectKind

    with open_as(tmp_case.path, "Anna") as services:
        case = services.cases.create(CaseKind.PURSUIT, "Closed pursuit")
        task = services.cases.add_task(case.reference, "Report to the prosecutor")
        services.cases.close(case.reference)
        before = services.cases.show(case.reference)
        attempts = {
            "event": lambda: services.cases.add_event(
                case.reference, occurred_at=utcnow(), zone="Europe/Brussels", kind=EventKind.END
            ),
            "subject": lambda: services.cases.add_subject(case.reference, SubjectKind.VEHICLE, "Grey Audi"),
            "note": lambda: services.cases.add_note(case.reference, "Late note"),
            "task": lambda: services.cases.add_task(case.reference, "Another task"),
            "attachment": lambda: services.cases.add_attachment(case.reference, "a.txt", b"late"),
            "details": lambda: services.cases.update_details(case.reference, {"offence": "Theft"}),
            "task done": lambda: services.cases.complete_task(task),
        }
        for what, attempt in attempts.items():
            with pytest.raises(InvalidInput, match=f"Case {case.reference} is closed"):
                attempt()
            assert services.cases.show(case.reference) == before, what


def test_notes_carry_their_author(tmp_case, open_as) -> None:  # type: ignore[no-untyped-def]
    with open_as(tmp_case.path, "Anna") as services:
        reference = services.cases.create(CaseKind.PURSUIT, "Pursuit with notes").reference
        services.cases.add_note(reference, "Driver seen at the wheel.")
    with open_as(tmp_case.path, "Sam") as services:
        services.cases.add_note(reference, "Prosecutor informed.")
        notes = services.cases.show(reference).note_items
    assert [(n.body, n.author) for n in notes] == [
        ("Driver seen at the wheel.", "Anna"),
        ("Prosecutor informed.", "Sam"),
    ]
