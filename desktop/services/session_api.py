"""The few entry points the GUI's start and unlock screens need, so the UI never touches the vault.

Everything here that derives a key, reads the keyring or opens the database blocks: the GUI calls
it on its database worker. `list_members_for_unlock`, `agency_choices` and `failure_kind` only
read small files or inspect an exception and may run on the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.sentences import Said
from desktop.services.casefile import CaseFile, open_case_file
from desktop.services.catalogue import CatalogueError
from desktop.services.errors import ServiceError
from desktop.vault import VaultError, read_slot_infos

if TYPE_CHECKING:
    from desktop.services.facade import Services
    from desktop.services.packages import PdfRenderer

USER_ERRORS: tuple[type[Exception], ...] = (VaultError, ServiceError, CatalogueError)


def list_members_for_unlock(path: Path) -> list[str]:
    return [slot.label for slot in read_slot_infos(Path(path)) if slot.kind == "member"]


def unlock(path: Path, passphrase: str, member: str | None) -> CaseFile:
    return open_case_file(Path(path), passphrase, member=member)


@dataclass(frozen=True)
class Overview:
    file_name: str
    member: str
    role: str
    cases: int
    requests: int
    overdue: int
    notices: tuple[str | Said, ...]


def overview(case_file: CaseFile) -> Overview:
    from desktop.services.facade import Services
    from desktop.services.requests import RequestFilter

    services = Services(case_file)
    return Overview(
        file_name=case_file.path.name,
        member=case_file.actor.name,
        role=case_file.actor.role or "",
        cases=len(services.cases.list(limit=100_000)),
        requests=services.requests.count(),
        overdue=services.requests.count(RequestFilter(overdue_only=True)),
        notices=case_file.notices,
    )


def open_services(case_file: CaseFile, *, render_pdf: PdfRenderer | None = None) -> Services:
    """The Services of an open case file, for the GUI's operations (built on the worker thread).

    `render_pdf` is the front end's PDF writer (desktop.exchange.pdf, which needs Qt): services
    never import it themselves, so the CLI and services stay free of Qt.
    """
    from desktop.services.facade import Services

    return Services(case_file, render_pdf=render_pdf)


def acting_member(case_file: CaseFile) -> tuple[str, str | None]:
    """Who opened the case file: (member name, role value or None)."""
    return case_file.actor.name, case_file.actor.role


AUDIT_RECENT = 500


@dataclass(frozen=True)
class AuditStatus:
    """The audit chain's verdict and the newest entries, newest first, as plain tuples
    (seq, at, actor, action, entity, entity_id); `at` is the stored UTC text."""

    entries: int
    ok: bool
    problems: tuple[Said, ...]
    recent: tuple[tuple[int, str, str, str, str, str], ...]
    anchors: int = 0
    """Signed heads of the log (services/audit_anchor.py); their problems are in `problems`."""
    anchored_seq: int | None = None
    anchored_at: str | None = None
    anchored_by: str | None = None
    truncated: bool = False
    can_sign: bool = False
    """The acting member is a supervisor with a signing credential: they may sign the head."""
    kept_anchor_name: str | None = None
    """The suggested file name for keeping the newest good signed head elsewhere (None: none)."""
    anchor_due: bool = False
    """A signed head is due (audit_anchor.anchor_due): none yet, the newest over a day old, or
    many entries since."""


def audit_status(case_file: CaseFile, *, limit: int = AUDIT_RECENT) -> AuditStatus:
    """Verify the whole hash chain and read the newest `limit` entries, in one read transaction."""
    from sqlalchemy import text

    from desktop.models import utcnow
    from desktop.models.enums import Role
    from desktop.services.audit import verify_chain
    from desktop.services.audit_anchor import anchor_due, kept_anchor_name, verify_anchors

    with case_file.reading() as session:
        connection = session.connection()
        report = verify_chain(connection)
        anchors = verify_anchors(connection, case_file.vault.file_id)
        due = anchor_due(connection, utcnow())
        acting = case_file.actor
        can_sign = (
            acting.role == Role.SUPERVISOR
            and acting.member_id is not None
            and bool(
                connection.execute(
                    text("SELECT certificate_fingerprint FROM member WHERE id = :id"),
                    {"id": acting.member_id},
                ).scalar()
            )
        )
        rows = connection.execute(
            text(
                "SELECT seq, at, actor_name, action, entity, entity_id FROM audit_entry "
                "ORDER BY seq DESC LIMIT :limit"
            ),
            {"limit": limit},
        ).all()
    recent = tuple(
        (int(seq), str(at or ""), actor or "", action or "", entity or "", entity_id or "")
        for seq, at, actor, action, entity, entity_id in rows
    )
    return AuditStatus(
        report.entries,
        report.ok and anchors.ok,
        report.problems + anchors.problems,
        recent,
        anchors=anchors.anchors,
        anchored_seq=anchors.latest_seq,
        anchored_at=anchors.latest_at,
        anchored_by=anchors.latest_by,
        truncated=anchors.truncated,
        can_sign=can_sign,
        anchor_due=due,
        kept_anchor_name=(
            None
            if anchors.latest_seq is None
            else kept_anchor_name(case_file.vault.file_id, anchors.latest_seq)
        ),
    )
