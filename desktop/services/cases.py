"""Cases: creation with their kind-specific facts, the timeline, subjects, notes, tasks, attachments.

Timeline events are stored in UTC with the IANA zone they were entered in, and shown back in
that zone; the pursuit and observation facts (crossing, host notified, authorised) follow from
the events entered, so the officer types each moment once.
"""

from __future__ import annotations

import errno
import hashlib
import mimetypes
import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import (
    Agency,
    AssistanceDetails,
    Attachment,
    AttachmentBlob,
    Case,
    CaseEvent,
    CaseSubject,
    JitDetails,
    Member,
    Note,
    ObservationDetails,
    PursuitDetails,
    Request,
    Task,
    utcnow,
)
from desktop.models.enums import CaseKind, EventKind, HandlingCode, SubjectKind
from desktop.services import audit
from desktop.services.agencies import agency_by_code, list_agencies
from desktop.services.casefile import CaseFile
from desktop.services.dto import AgencyView
from desktop.services.errors import InvalidInput, NotFound, StorageFull
from desktop.services.private_files import PrivateWriteError, check_private_destination, write_private

MAX_ATTACHMENT_BYTES = 256 * 1024 * 1024
_IN_CHUNK = 900
"""References per `IN (…)`: under SQLite's limit of bound variables (999 in older builds)."""

_DETAIL_FIELDS: dict[CaseKind, tuple[type, frozenset[str]]] = {
    CaseKind.PURSUIT: (
        PursuitDetails,
        frozenset(
            {
                "started_at",
                "crossing_point",
                "crossed_at",
                "host_notified_at",
                "handover_at",
                "ended_at",
                "offence",
                "vehicles",
                "outcome",
            }
        ),
    ),
    CaseKind.OBSERVATION: (
        ObservationDetails,
        frozenset({"urgent", "authorisation_reference", "crossed_at", "authorised_at", "ended_at", "target"}),
    ),
    CaseKind.JOINT_INVESTIGATION: (
        JitDetails,
        frozenset(
            {
                "purpose",
                "period_start",
                "period_end",
                "extensions",
                "parties",
                "leaders",
                "states_of_operation",
            }
        ),
    ),
    CaseKind.EVENT_ASSISTANCE: (
        AssistanceDetails,
        frozenset({"event_name", "location", "starts_at", "ends_at", "nature"}),
    ),
}
_RELATIONSHIP = {
    CaseKind.PURSUIT: "pursuit",
    CaseKind.OBSERVATION: "observation",
    CaseKind.JOINT_INVESTIGATION: "jit",
    CaseKind.EVENT_ASSISTANCE: "assistance",
}
# Which detail field an event of a kind fills in, per case kind.
_EVENT_FACTS: dict[CaseKind, dict[EventKind, str]] = {
    CaseKind.PURSUIT: {
        EventKind.START: "started_at",
        EventKind.BORDER_CROSSED: "crossed_at",
        EventKind.HOST_NOTIFIED: "host_notified_at",
        EventKind.HANDOVER: "handover_at",
        EventKind.END: "ended_at",
    },
    CaseKind.OBSERVATION: {
        EventKind.BORDER_CROSSED: "crossed_at",
        EventKind.AUTHORISATION_RECEIVED: "authorised_at",
        EventKind.END: "ended_at",
    },
}


@dataclass(frozen=True)
class CaseRow:
    id: int
    reference: str
    kind: str
    title: str
    status: str
    partner_code: str | None
    opened_at: datetime


@dataclass(frozen=True)
class EventView:
    id: int
    occurred_at: datetime
    zone: str
    local_time: str
    kind: str
    description: str
    agency_code: str | None
    location: str
    latitude: float | None
    longitude: float | None


@dataclass(frozen=True)
class NoteItem:
    id: int
    body: str
    created_at: datetime
    handling_code: str
    author: str | None = None  # the member who wrote it (None if removed since, or recovery)


@dataclass(frozen=True)
class AttachmentItem:
    id: int
    filename: str
    media_type: str
    size: int
    sha256: str
    handling_code: str
    added_at: datetime


@dataclass(frozen=True)
class CaseView:
    id: int
    reference: str
    kind: str
    title: str
    summary: str
    status: str
    lead_agency: str | None
    partner_agency: str | None
    handling_code: str
    opened_at: datetime
    details: dict[str, Any]
    timeline: tuple[EventView, ...]
    subjects: tuple[tuple[int, str, str, str], ...]
    notes: tuple[tuple[int, str, datetime], ...]
    tasks: tuple[tuple[int, str, datetime | None, datetime | None], ...]
    attachments: tuple[tuple[int, str, str, int, str], ...]
    requests: tuple[tuple[str, str, str], ...] = field(default_factory=tuple)
    # The same notes and attachments with their handling codes (the tuples above keep their
    # shape for the CLI and existing callers).
    note_items: tuple[NoteItem, ...] = field(default_factory=tuple)
    attachment_items: tuple[AttachmentItem, ...] = field(default_factory=tuple)
    closed_at: datetime | None = None


def local_time_text(moment: datetime, zone: str) -> str:
    """`2026-03-29 03:10 CEST (Europe/Brussels)` — the moment as the officer entered it."""
    local = moment.astimezone(ZoneInfo(zone))
    return f"{local:%Y-%m-%d %H:%M} {local.tzname()} ({zone})"


def wall_clock_to_utc(wall_clock: datetime, zone: str) -> datetime:
    """A naive wall-clock time in `zone` as an aware UTC moment, with the timeline's DST rules
    (the skipped and the repeated hour are refused), for a front end that converts before it calls."""
    return _local_moment(wall_clock.replace(tzinfo=None), _zone(zone), zone).astimezone(UTC)


def _too_big(filename: str) -> InvalidInput:
    return InvalidInput(
        "{filename} is larger than {limit} MB; attach a smaller file.",
        filename=filename,
        limit=MAX_ATTACHMENT_BYTES // (1024 * 1024),
    )


def _read_attachment(path: Path) -> bytes:
    """The file's bytes, refused by its size before any is read, and never more than the limit.

    Opened without blocking and checked on the open descriptor: a named pipe or a device (/dev/zero,
    a FIFO nobody writes to) is refused instead of hanging the worker or filling the memory, and a
    file that grows after the check is cut off at the limit and refused.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags)
    try:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if not stat.S_ISREG(info.st_mode):
            raise InvalidInput(
                "{filename} is not an ordinary file (it is a device or a pipe); attach a file.",
                filename=path.name,
            )
        if info.st_size > MAX_ATTACHMENT_BYTES:
            raise _too_big(path.name)
        handle = os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise
    with handle:
        content = handle.read(MAX_ATTACHMENT_BYTES + 1)
    if len(content) > MAX_ATTACHMENT_BYTES:
        raise _too_big(path.name)
    return content


def _copy_failed(destination: Path, reason: str) -> InvalidInput:
    return InvalidInput(
        "The copy could not be written to {destination} ({reason}).", destination=destination, reason=reason
    )


def _zone(zone: str) -> ZoneInfo:
    try:
        return ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(
            "{zone!r} is not a known time zone (use e.g. Europe/Brussels).", zone=zone
        ) from None


def _aware(value: datetime, field: str | None = None) -> datetime:
    """`value` in UTC; refused without a time zone (`field`: the kind-specific field, else the due date)."""
    if value.tzinfo is None or value.utcoffset() is None:
        if field is None:
            raise InvalidInput("The due date needs a time zone.")
        raise InvalidInput("The field {field} needs a time zone.", field=field)
    return value.astimezone(UTC)


def _local_moment(wall_clock: datetime, tz: ZoneInfo, zone: str) -> datetime:
    """A wall-clock time in a zone, refusing the hour skipped and the hour repeated by DST."""
    first, second = wall_clock.replace(tzinfo=tz, fold=0), wall_clock.replace(tzinfo=tz, fold=1)
    if first.astimezone(UTC).astimezone(tz).replace(tzinfo=None) != wall_clock:
        raise InvalidInput(
            "{moment:%Y-%m-%d %H:%M} does not exist in {zone} (clocks go forward at that hour).",
            moment=wall_clock,
            zone=zone,
        )
    if first.utcoffset() != second.utcoffset():
        raise InvalidInput(
            "{moment:%Y-%m-%d %H:%M} happens twice in {zone} (clocks go back); give the UTC offset, "
            "e.g. {earlier} or {later}.",
            moment=wall_clock,
            zone=zone,
            earlier=first.isoformat(timespec="minutes"),
            later=second.isoformat(timespec="minutes"),
        )
    return first


def _coordinates(latitude: float | None, longitude: float | None) -> tuple[float | None, float | None]:
    """An event's place in degrees (WGS 84, as a GPS gives them): both coordinates or neither."""
    if latitude is not None:
        if isinstance(latitude, bool) or not isinstance(latitude, int | float):
            raise InvalidInput("The latitude must be a number of degrees.")
        if not -90 <= latitude <= 90:  # NaN fails this too
            raise InvalidInput(
                "The latitude {latitude} is outside the globe (from -90 to 90 degrees).", latitude=latitude
            )
    if longitude is not None:
        if isinstance(longitude, bool) or not isinstance(longitude, int | float):
            raise InvalidInput("The longitude must be a number of degrees.")
        if not -180 <= longitude <= 180:
            raise InvalidInput(
                "The longitude {longitude} is outside the globe (from -180 to 180 degrees).",
                longitude=longitude,
            )
    if (latitude is None) != (longitude is None):
        raise InvalidInput("Give both the latitude and the longitude of the place, or neither.")
    return (
        None if latitude is None else float(latitude),
        None if longitude is None else float(longitude),
    )


class CaseService:
    def __init__(self, case_file: CaseFile) -> None:
        self._cf = case_file

    def create(
        self,
        kind: CaseKind,
        title: str,
        *,
        summary: str = "",
        partner_code: str | None = None,
        lead_agency_code: str | None = None,
        details: dict[str, Any] | None = None,
        handling_code: HandlingCode = HandlingCode.H1,
    ) -> CaseView:
        if not title.strip():
            raise InvalidInput("A case needs a title.")
        with self._cf.unit_of_work("case.create") as session:
            case = Case(
                reference=self._next_reference(session),
                kind=kind.value,
                title=title.strip(),
                summary=summary,
                handling_code=handling_code.value,
                created_by_id=self._cf.actor.member_id,
            )
            if partner_code:
                case.partner_agency_id = agency_by_code(session, partner_code).id
            if lead_agency_code:
                case.lead_agency_id = agency_by_code(session, lead_agency_code).id
            self._apply_details(case, kind, details or {})
            session.add(case)
            session.flush()
            return self._view(session, case)

    def _apply_details(self, case: Case, kind: CaseKind, details: dict[str, Any]) -> None:
        spec = _DETAIL_FIELDS.get(kind)
        if spec is None:
            if details:
                raise InvalidInput("A case of the kind {kind} has no kind-specific fields.", kind=kind)
            return
        model, allowed = spec
        unknown = set(details) - allowed
        if unknown:
            raise InvalidInput(
                "Unknown field for a case of the kind {kind}: {field}.", kind=kind, field=sorted(unknown)[0]
            )
        row = getattr(case, _RELATIONSHIP[kind]) or model()
        for key, value in details.items():
            if isinstance(value, datetime):
                value = _aware(value, key)
            setattr(row, key, value)
        setattr(case, _RELATIONSHIP[kind], row)

    def update_details(self, ref: str, details: dict[str, Any]) -> CaseView:
        with self._cf.unit_of_work("case.update") as session:
            case = self._open(session, ref)
            self._apply_details(case, CaseKind(case.kind), details)
            session.flush()
            return self._view(session, case)

    def close(self, ref: str) -> CaseView:
        with self._cf.unit_of_work("case.close") as session:
            case = self._get(session, ref)
            if case.status == "closed":
                raise InvalidInput("Case {reference} is already closed.", reference=ref)
            case.status, case.closed_at = "closed", utcnow()
            session.flush()
            return self._view(session, case)

    def add_event(
        self,
        ref: str,
        *,
        occurred_at: datetime,
        zone: str,
        kind: EventKind,
        description: str = "",
        agency_code: str | None = None,
        location: str = "",
        latitude: float | None = None,
        longitude: float | None = None,
    ) -> EventView:
        """Record an event. A naive time is read in `zone` (the officer's wall clock there)."""
        tz = _zone(zone)
        moment = occurred_at if occurred_at.tzinfo is not None else _local_moment(occurred_at, tz, zone)
        latitude, longitude = _coordinates(latitude, longitude)
        with self._cf.unit_of_work("case.event") as session:
            case = self._open(session, ref)
            event = CaseEvent(
                case_id=case.id,
                occurred_at=moment.astimezone(UTC),
                entered_zone=zone,
                kind=kind.value,
                description=description,
                location=location,
                latitude=latitude,
                longitude=longitude,
                agency_id=agency_by_code(session, agency_code).id if agency_code else None,
                created_by_id=self._cf.actor.member_id,
            )
            session.add(event)
            fact = _EVENT_FACTS.get(CaseKind(case.kind), {}).get(kind)
            if fact:
                self._apply_details(case, CaseKind(case.kind), {fact: moment})
            session.flush()
            return self._event_view(session, event)

    def add_subject(self, ref: str, kind: SubjectKind, label: str, details: str = "") -> int:
        if not label.strip():
            raise InvalidInput("A person, vehicle or object needs a name or description.")
        with self._cf.unit_of_work("case.subject") as session:
            subject = CaseSubject(
                case_id=self._open(session, ref).id, kind=kind.value, label=label.strip(), details=details
            )
            session.add(subject)
            session.flush()
            return subject.id

    def add_note(self, ref: str, body: str, handling_code: HandlingCode = HandlingCode.H1) -> int:
        if not body.strip():
            raise InvalidInput("A note cannot be empty.")
        with self._cf.unit_of_work("case.note") as session:
            note = Note(
                case_id=self._open(session, ref).id,
                body=body,
                handling_code=handling_code.value,
                author_id=self._cf.actor.member_id,
            )
            session.add(note)
            session.flush()
            return note.id

    def add_task(self, ref: str, title: str, due_at: datetime | None = None) -> int:
        if not title.strip():
            raise InvalidInput("A task needs a title.")
        with self._cf.unit_of_work("case.task") as session:
            task = Task(
                case_id=self._open(session, ref).id,
                title=title.strip(),
                due_at=_aware(due_at) if due_at else None,
                assignee_id=self._cf.actor.member_id,
            )
            session.add(task)
            session.flush()
            return task.id

    def complete_task(self, task_id: int) -> None:
        with self._cf.unit_of_work("case.task_done") as session:
            task = session.get(Task, task_id)
            if task is None:
                raise NotFound("There is no task {task}.", task=task_id)
            if task.done_at is not None:  # done once: a second click must not move the date
                raise InvalidInput("The task {title!r} is already done.", title=task.title)
            self._open(session, str(task.case_id))
            task.done_at = utcnow()

    def add_attachment(
        self,
        ref: str,
        filename: str,
        content: bytes,
        media_type: str = "application/octet-stream",
        handling_code: HandlingCode = HandlingCode.H1,
    ) -> int:
        if len(content) > MAX_ATTACHMENT_BYTES:
            raise _too_big(filename)
        name = filename.replace("\\", "/").rsplit("/", 1)[-1].strip()
        if not name:
            raise InvalidInput("An attachment needs a file name.")
        with self._cf.unit_of_work("case.attachment") as session:
            attachment = Attachment(
                case_id=self._open(session, ref).id,
                filename=name,
                media_type=media_type,
                size=len(content),
                sha256=hashlib.sha256(content).hexdigest(),
                handling_code=handling_code.value,
                added_by_id=self._cf.actor.member_id,
            )
            attachment.blob = AttachmentBlob(content=content)
            session.add(attachment)
            session.flush()
            return attachment.id

    def add_attachment_file(
        self,
        ref: str,
        path: Path,
        *,
        media_type: str | None = None,
        handling_code: HandlingCode = HandlingCode.H1,
    ) -> int:
        """Attach a file from disk (media type guessed from its name); a file over the limit is
        refused before a byte of it is read."""
        path = Path(path)
        try:
            content = _read_attachment(path)
        except OSError as error:
            if error.strerror:
                raise InvalidInput(
                    "{filename} could not be read ({reason}).", filename=path.name, reason=error.strerror
                ) from None
            raise InvalidInput("{filename} could not be read.", filename=path.name) from None
        kind = media_type or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return self.add_attachment(ref, path.name, content, kind, handling_code)

    def export_attachment(self, attachment_id: int, destination: Path) -> Path:
        """Write a decrypted copy of an attachment where the user chose, and audit that it left.

        The entry ("attachment.saved_decrypted") names the file, its SHA-256 and the destination,
        never the content. It is committed BEFORE the copy is written, so a plaintext copy never
        exists without its entry: had the write come first (or inside the transaction), a crash or
        a failed commit between the two would leave a copy the log does not know about. The other
        order can only over-report, and that is made explicit: a place that cannot be written is
        refused before the entry (nothing recorded, nothing written), and a write that still fails
        after the entry is followed by a second entry, "attachment.save_failed", with the reason,
        so the log says the copy was attempted and did not happen.
        """
        destination = Path(destination)
        _name, content = self.attachment_content(attachment_id)  # checked against its SHA-256
        try:
            check_private_destination(destination)
        except PrivateWriteError as error:
            raise _copy_failed(destination, error.reason) from None
        with self._cf.unit_of_work("attachment.save_decrypted") as session:
            a = session.get(Attachment, attachment_id)
            if a is None:
                raise NotFound("There is no attachment {attachment}.", attachment=attachment_id)
            facts = {
                "filename": a.filename,
                "sha256": a.sha256,
                "size": a.size,
                "handling_code": a.handling_code,
                "destination": str(destination),
            }
            audit.append(
                session.connection(),
                self._cf.actor,
                "attachment.saved_decrypted",
                "attachment",
                str(a.id),
                facts,
            )
        # Committed: only now may the plaintext copy appear (owner-only, whole or not at all).
        try:
            write_private(destination, content)
        except PrivateWriteError as error:
            try:
                with self._cf.unit_of_work("attachment.save_failed") as session:
                    audit.append(
                        session.connection(),
                        self._cf.actor,
                        "attachment.save_failed",
                        "attachment",
                        str(attachment_id),
                        facts | {"reason": error.reason},
                    )
            except StorageFull:
                # Not the unit of work's "nothing was changed": the saved_decrypted entry is committed.
                raise StorageFull(
                    "The decrypted copy of {filename} could not be written to {destination} ({reason}); "
                    "the audit log records the attempt and may not record that it failed, because the "
                    "disk refused to write to the case file (it may be full).",
                    filename=facts["filename"],
                    destination=destination,
                    reason=error.reason,
                ) from None
            raise _copy_failed(destination, error.reason) from None
        return destination

    def partner_agencies(self) -> list[AgencyView]:
        """Every agency of the case file (a case's partner is picked from these)."""
        with self._cf.reading() as session:
            return list_agencies(session)

    def attachment_content(self, attachment_id: int) -> tuple[str, bytes]:
        """The decrypted bytes, checked against the SHA-256 recorded when they were added."""
        with self._cf.reading() as session:
            attachment = session.get(Attachment, attachment_id)
            blob = session.get(AttachmentBlob, attachment_id)
            if attachment is None or blob is None:
                raise NotFound("There is no attachment {attachment}.", attachment=attachment_id)
            if hashlib.sha256(blob.content).hexdigest() != attachment.sha256:
                raise InvalidInput(
                    "The stored content of {filename} does not match its SHA-256.",
                    filename=attachment.filename,
                )
            return attachment.filename, blob.content

    def link_request(self, ref: str, request_reference: str) -> None:
        with self._cf.unit_of_work("case.link_request") as session:
            case = self._open(session, ref)
            request = session.scalar(select(Request).where(Request.reference == request_reference))
            if request is None:
                raise NotFound("There is no request {reference!r}.", reference=request_reference)
            request.case_id = case.id

    def list(
        self,
        *,
        kind: CaseKind | None = None,
        status: str | None = None,
        text: str | None = None,
        limit: int = 500,
        partner: str | None = None,
        references: Sequence[str] | None = None,
    ) -> list[CaseRow]:
        """Newest first. `partner` matches agency codes starting with it ("NL-" is every Dutch partner).

        `references`: only those cases (the cases behind a dashboard figure), the other filters
        still applied; an empty sequence lists none. A reference the file does not hold is skipped.
        """
        query = select(
            Case.id, Case.reference, Case.kind, Case.title, Case.status, Agency.code, Case.opened_at
        ).outerjoin(Agency, Agency.id == Case.partner_agency_id)
        if kind:
            query = query.where(Case.kind == kind.value)
        if status:
            query = query.where(Case.status == status)
        if partner and partner.strip():
            query = query.where(Agency.code.startswith(partner.strip().upper(), autoescape=True))
        if text and text.strip():
            pattern = f"%{text.strip()}%"
            query = query.where(
                Case.title.ilike(pattern) | Case.reference.ilike(pattern) | Case.summary.ilike(pattern)
            )
        query = query.order_by(Case.opened_at.desc()).limit(limit)
        if references is None:
            with self._cf.reading() as session:
                rows = session.execute(query).all()
            return [CaseRow(*row) for row in rows]
        wanted = list(dict.fromkeys([references] if isinstance(references, str) else references))
        chunks = [wanted[i : i + _IN_CHUNK] for i in range(0, len(wanted), _IN_CHUNK)]
        with self._cf.reading() as session:
            found = [
                CaseRow(*row)
                for chunk in chunks
                for row in session.execute(query.where(Case.reference.in_(chunk))).all()
            ]
        if len(chunks) > 1:  # each chunk is newest first: merge them (a stable sort keeps ties' order)
            found.sort(key=lambda row: row.opened_at, reverse=True)
        return found[:limit]

    def show(self, ref: str) -> CaseView:
        with self._cf.reading() as session:
            return self._view(session, self._get(session, ref))

    @staticmethod
    def _next_reference(session: Session) -> str:
        stem = f"CASE-{utcnow().year}-"
        last = session.scalar(select(func.max(Case.reference)).where(Case.reference.like(f"{stem}%")))
        return f"{stem}{(int(last.rsplit('-', 1)[1]) + 1) if last else 1:05d}"

    def _open(self, session: Session, ref: str) -> Case:
        """The case, if it may still change: a closed case's record is final (reopen is not offered)."""
        case = self._get(session, ref)
        if case.status == "closed":
            raise InvalidInput(
                "Case {reference} is closed; it can no longer be changed.", reference=case.reference
            )
        return case

    def _get(self, session: Session, ref: str) -> Case:
        case = session.scalar(select(Case).where(Case.reference == ref))
        if case is None and ref.isdigit():
            case = session.get(Case, int(ref))
        if case is None:
            raise NotFound("There is no case {reference!r} in this case file.", reference=ref)
        return case

    def _event_view(self, session: Session, event: CaseEvent) -> EventView:
        agency = session.get(Agency, event.agency_id) if event.agency_id else None
        return EventView(
            id=event.id,
            occurred_at=event.occurred_at,
            zone=event.entered_zone,
            local_time=local_time_text(event.occurred_at, event.entered_zone),
            kind=event.kind,
            description=event.description,
            agency_code=agency.code if agency else None,
            location=event.location,
            latitude=event.latitude,
            longitude=event.longitude,
        )

    def _view(self, session: Session, case: Case) -> CaseView:
        def code(agency_id: int | None) -> str | None:
            agency = session.get(Agency, agency_id) if agency_id else None
            return agency.code if agency else None

        details: dict[str, Any] = {}
        kind = CaseKind(case.kind)
        if kind in _RELATIONSHIP and (row := getattr(case, _RELATIONSHIP[kind])) is not None:
            details = {key: getattr(row, key) for key in sorted(_DETAIL_FIELDS[kind][1])}
        notes = list(session.scalars(select(Note).where(Note.case_id == case.id).order_by(Note.id)))
        authors = dict(
            session.execute(
                select(Member.id, Member.name).where(
                    Member.id.in_({n.author_id for n in notes if n.author_id})
                )
            ).all()
        )
        attachments = list(
            session.scalars(select(Attachment).where(Attachment.case_id == case.id).order_by(Attachment.id))
        )
        events = session.scalars(
            select(CaseEvent)
            .where(CaseEvent.case_id == case.id)
            .order_by(CaseEvent.occurred_at, CaseEvent.id)
        )
        return CaseView(
            id=case.id,
            reference=case.reference,
            kind=case.kind,
            title=case.title,
            summary=case.summary,
            status=case.status,
            lead_agency=code(case.lead_agency_id),
            partner_agency=code(case.partner_agency_id),
            handling_code=case.handling_code,
            opened_at=case.opened_at,
            details=details,
            timeline=tuple(self._event_view(session, e) for e in events),
            subjects=tuple(
                (s.id, s.kind, s.label, s.details)
                for s in session.scalars(
                    select(CaseSubject).where(CaseSubject.case_id == case.id).order_by(CaseSubject.id)
                )
            ),
            notes=tuple((n.id, n.body, n.created_at) for n in notes),
            tasks=tuple(
                (t.id, t.title, t.due_at, t.done_at)
                for t in session.scalars(
                    select(Task).where(Task.case_id == case.id).order_by(Task.due_at.is_(None), Task.due_at)
                )
            ),
            attachments=tuple((a.id, a.filename, a.media_type, a.size, a.sha256) for a in attachments),
            requests=tuple(
                (r.reference, r.kind, r.status)
                for r in session.scalars(
                    select(Request).where(Request.case_id == case.id).order_by(Request.id)
                )
            ),
            note_items=tuple(
                NoteItem(n.id, n.body, n.created_at, n.handling_code, authors.get(n.author_id)) for n in notes
            ),
            attachment_items=tuple(
                AttachmentItem(a.id, a.filename, a.media_type, a.size, a.sha256, a.handling_code, a.added_at)
                for a in attachments
            ),
            closed_at=case.closed_at,
        )
