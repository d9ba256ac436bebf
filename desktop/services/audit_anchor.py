"""Anchors of the audit log: its head, signed from time to time by a supervisor's certificate.

The hash chain (services/audit.py) exposes an edited, removed or reordered entry, but a chain cut
short is still a valid chain. An anchor is a detached CAdES signature (exchange/cades.py), by a
supervisor's own signing credential, over the canonical JSON statement

    {"kind": "casedesk-audit-anchor/1", "file_id", "seq", "entry_hash", "at"}

of the head at that moment. `verify_anchors` checks each anchor's signature against its signer's
certificate, which must be one pinned for that member in this case file (their credential now,
or one recorded earlier in the log), and that the entry at the anchor's seq still has the signed
hash: a log shorter than the newest good anchor was truncated, another hash there was rewritten.
The signer must have been a supervisor at the anchor's seq, by the roles the log's member.create /
member.update entries record (her role now only if it records none): a demotion since does not
spoil her anchors, nor does a promotion since make good an anchor she could not have signed.

When: a supervisor signs the head on demand (`casedesk audit anchor`, the Audit page), and the
head is signed on its own whenever a supervisor signs a package while an anchor is due
(`anchor_due`: none yet, the newest older than ANCHOR_EVERY, or ANCHOR_EVERY_ENTRIES entries
since), so a file in daily use is anchored daily without one more passphrase prompt;
`casedesk audit anchor --if-due` lets a scheduled task do the same with the keyring's credential.

Limit: the anchors live in the same database. Someone who can write it raw can delete anchors
along with the newest entries (the triggers refuse plain deletes, not a determined editor); the
anchor's statement (`casedesk audit verify` prints the newest) kept elsewhere closes that gap.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text

from desktop.exchange.cades import sign_detached, verify_detached
from desktop.exchange.pki import Credential, fingerprint
from desktop.models import AuditAnchor, utcnow
from desktop.models.base import UTCDateTime
from desktop.models.enums import Role
from desktop.sentences import Said, said
from desktop.services.audit import _head
from desktop.services.casefile import CaseFile
from desktop.services.credentials import CredentialService
from desktop.services.errors import InvalidInput, PermissionDenied

if TYPE_CHECKING:
    from desktop.services.audit_anchor_file import AnchorFileCheck

STATEMENT_KIND = "casedesk-audit-anchor/1"
ANCHOR_EVERY = timedelta(hours=24)
ANCHOR_EVERY_ENTRIES = 200

_log = logging.getLogger(__name__)


def statement(file_id: str, seq: int, entry_hash: str, at: str) -> bytes:
    """The signed bytes: canonical JSON (sorted keys, no spaces, ASCII)."""
    fields = {"kind": STATEMENT_KIND, "file_id": file_id, "seq": seq, "entry_hash": entry_hash, "at": at}
    return json.dumps(fields, sort_keys=True, separators=(",", ":")).encode("ascii")


@dataclass(frozen=True)
class AnchorView:
    """An anchor just made: the head it signs and when (`at`: the stored UTC text)."""

    seq: int
    entry_hash: str
    at: str
    member: str


@dataclass(frozen=True)
class AnchorReport:
    """`latest_*`: the newest anchor whose signature verifies (None if there is none)."""

    anchors: int
    good: int
    latest_seq: int | None
    latest_hash: str | None
    latest_at: str | None
    latest_by: str | None
    latest_id: int | None
    """The audit_anchor row of the newest good anchor (what `newest_file` exports)."""
    truncated: bool
    problems: tuple[Said, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class KeptAnchor:
    """A signed head as a file to keep elsewhere: its suggested name, the entry it signs, its bytes."""

    name: str
    seq: int
    data: bytes


def kept_anchor_name(file_id: str, seq: int) -> str:
    """The suggested file name of a kept signed head: the file's id (start) and the entry."""
    return f"audit-anchor-{file_id[:8]}-{seq:06d}.json"


class AuditAnchorService:
    def __init__(self, case_file: CaseFile) -> None:
        self._cf = case_file
        self._credentials = CredentialService(case_file)

    def anchor(self, password: str | None) -> AnchorView:
        """Sign the log's head with the acting supervisor's credential (password or keyring)."""
        actor = self._cf.actor
        if actor.member_id is None or actor.role != Role.SUPERVISOR:
            raise PermissionDenied("Only a supervisor signs the head of the audit log.")
        return self._sign(self._credentials.unlock(actor.member_id, password))

    def due(self) -> bool:
        with self._cf.reading() as session:
            return anchor_due(session.connection(), utcnow())

    def anchor_if_due(self, password: str | None) -> AnchorView | None:
        """`anchor`, when an anchor is due (for a scheduled task); None when it is not."""
        return self.anchor(password) if self.due() else None

    def anchor_with(self, credential: Credential) -> AnchorView | None:
        """Sign the head with a credential the acting supervisor has just unlocked for another
        signature (a package), when an anchor is due; None otherwise or for another role.

        The package is already committed when this runs: any failure here is logged (its type
        only, no case data) and does not undo it or hide its bytes; the next signature tries again."""
        actor = self._cf.actor
        if actor.member_id is None or actor.role != Role.SUPERVISOR:
            return None
        try:
            if not self.due():
                return None
            return self._sign(credential)
        except Exception as error:
            _log.warning("Could not sign the head of the audit log after a package: %s", type(error).__name__)
            return None

    def _sign(self, credential: Credential) -> AnchorView:
        actor = self._cf.actor
        assert actor.member_id is not None
        with self._cf.unit_of_work("audit.anchor") as session:
            seq, head = _head(session.connection())
            if seq == 0:
                raise InvalidInput("The audit log has no entries to sign.")
            moment = utcnow()
            at = UTCDateTime().process_bind_param(moment, None)
            assert at is not None
            signature = sign_detached(statement(self._cf.vault.file_id, seq, head, at), credential)
            session.add(
                AuditAnchor(
                    seq=seq,
                    entry_hash=head,
                    at=moment,
                    member_id=actor.member_id,
                    signer_fingerprint=credential.fingerprint,
                    signature=signature,
                )
            )
        return AnchorView(seq, head, at, actor.name)

    def report(self) -> AnchorReport:
        with self._cf.reading() as session:
            return verify_anchors(session.connection(), self._cf.vault.file_id)

    def newest_file(self) -> KeptAnchor:
        """The newest good anchor as a file to keep outside the case file (audit_anchor_file.py).
        Refused when no anchor verifies."""
        from desktop.services.audit_anchor_file import newest_anchor_file

        file_id = self._cf.vault.file_id
        with self._cf.reading() as session:
            connection = session.connection()
            report = verify_anchors(connection, file_id)
            data = (
                None
                if report.latest_id is None
                else newest_anchor_file(connection, file_id, report.latest_id)
            )
        if data is None or report.latest_seq is None:
            raise InvalidInput("No signed head of the log verifies: there is nothing to write.")
        return KeptAnchor(kept_anchor_name(file_id, report.latest_seq), report.latest_seq, data)

    def check_file(self, data: bytes) -> AnchorFileCheck:
        """Judge an anchor file kept elsewhere against this log (a truncation that also deleted
        the anchors inside the file shows here)."""
        from desktop.services.audit_anchor_file import check_anchor_file

        with self._cf.reading() as session:
            return check_anchor_file(session.connection(), self._cf.vault.file_id, data)


def anchor_due(connection: Connection, now: datetime) -> bool:
    """An anchor is due when the log has entries and none is signed yet, the newest signed head
    is older than ANCHOR_EVERY, or ANCHOR_EVERY_ENTRIES entries were added since it. Read from
    the anchor rows as stored: `verify_anchors` judges whether they are good."""
    length = chain_length(connection)
    if length == 0:
        return False
    newest = connection.execute(
        text("SELECT seq, at FROM audit_anchor ORDER BY seq DESC, id DESC LIMIT 1")
    ).first()
    if newest is None:
        return True
    signed_at = UTCDateTime().process_result_value(newest[1], None)
    if signed_at is None or now - signed_at >= ANCHOR_EVERY:
        return True
    return length - int(newest[0]) >= ANCHOR_EVERY_ENTRIES


def chain_length(connection: Connection) -> int:
    return int(connection.execute(text("SELECT coalesce(max(seq), 0) FROM audit_entry")).scalar_one())


def pinned_certificates(connection: Connection) -> dict[str, set[str]]:
    """Member id → every certificate fingerprint pinned for them: now, or earlier in the log."""
    pinned: dict[str, set[str]] = {}
    for member_id, current in connection.execute(text("SELECT id, certificate_fingerprint FROM member")):
        pinned.setdefault(str(member_id), set()).add(current or "")
    rows = connection.execute(
        text(
            "SELECT entity_id, details FROM audit_entry "
            "WHERE action IN ('member.create', 'member.update') AND entity = 'member'"
        )
    )
    for entity_id, details in rows:
        try:
            parsed = json.loads(details)
            recorded = parsed.get("values", {}).get("certificate_fingerprint") or (
                parsed.get("changes", {}).get("certificate_fingerprint", {}).get("to")
            )
        except (ValueError, AttributeError):
            continue
        if isinstance(recorded, str):
            pinned.setdefault(str(entity_id), set()).add(recorded)
    for fingerprints in pinned.values():
        fingerprints.discard("")
    return pinned


_Change = tuple[int, str | None, str | None]  # seq, role before the entry, role after it


def role_changes(connection: Connection) -> dict[str, list[_Change]]:
    """Member id → every change of her role the log records (member.create: from none), in log order."""
    roles: dict[str, list[_Change]] = {}
    rows = connection.execute(
        text(
            "SELECT seq, entity_id, action, details FROM audit_entry "
            "WHERE action IN ('member.create', 'member.update') AND entity = 'member' ORDER BY seq"
        )
    )
    for seq, entity_id, action, details in rows:
        try:
            parsed = json.loads(details)
            if action == "member.create":
                before, after = None, parsed.get("values", {}).get("role")
            else:
                change = parsed.get("changes", {}).get("role")
                if change is None:
                    continue  # another column changed
                before, after = change.get("from"), change.get("to")
        except (ValueError, AttributeError):
            continue
        if isinstance(after, str) and (before is None or isinstance(before, str)):
            roles.setdefault(str(entity_id), []).append((int(seq), before, after))
    return roles


def role_at(roles: dict[str, list[_Change]], member_id: object, seq: int, current: str | None) -> str | None:
    """The member's role at entry `seq` by the log (none before she was created); her current role
    only if the log records no role of hers at all."""
    changes = roles.get(str(member_id))
    if not changes:
        return current
    earlier = [after for at, _before, after in changes if at <= seq]
    if earlier:
        return earlier[-1]
    return changes[0][1]  # the role the first later change started from


def log_problem(connection: Connection, length: int, seq: int, head: str, name: str) -> Said | None:
    """Whether the log (`length` entries now) still holds entry `seq` with the signed hash: the
    check every good signed head gets, in the file (verify_anchors) or kept outside it."""
    if seq > length:
        return said(
            "The log was cut short: it ends at entry {entries}, but {name} signed its head at entry {entry}.",
            entries=length,
            name=name,
            entry=seq,
        )
    stored = connection.execute(
        text("SELECT entry_hash FROM audit_entry WHERE seq = :seq"), {"seq": seq}
    ).scalar()
    if stored != head:
        return said(
            "Entry {entry} is not the one {name} signed: the log was rewritten at or before it.",
            entry=seq,
            name=name,
        )
    return None


def verify_anchors(connection: Connection, file_id: str) -> AnchorReport:
    """Check every anchor against its signer's pinned certificate and the chain as it is now."""
    length = chain_length(connection)  # the last seq: what a truncation shortens
    rows = connection.execute(
        text(
            "SELECT a.id, a.seq, a.entry_hash, a.at, a.member_id, a.signer_fingerprint, a.signature, "
            "m.name, m.role FROM audit_anchor a LEFT JOIN member m ON m.id = a.member_id ORDER BY a.seq, a.id"
        )
    ).all()
    pinned = pinned_certificates(connection) if rows else {}
    roles = role_changes(connection) if rows else {}
    problems: list[Said] = []
    good: list[tuple[int, str, str, str, int]] = []  # seq, hash, at, signer, row id
    for row_id, seq, head, at, member_id, signer_fp, signature, name, role in rows:
        name = name or "?"
        check = verify_detached(bytes(signature or b""), statement(file_id, int(seq), str(head), str(at)))
        if not check.intact or check.signer is None:
            reason = (
                check.problems[0]
                if check.problems
                else said("The signature file is damaged or is not a CMS signature.")
            )
            problems.append(
                said(
                    "The signed head of the log at entry {entry} (by {name}) is forged: {problem}",
                    entry=seq,
                    name=name,
                    problem=reason,
                )
            )
            continue
        signer = fingerprint(check.signer)
        if signer != signer_fp or signer not in pinned.get(str(member_id), set()):
            problems.append(
                said(
                    "The signed head of the log at entry {entry} was not signed with {name}'s own certificate.",
                    entry=seq,
                    name=name,
                )
            )
            continue
        # The role she had when she signed: a supervisor demoted since still signed as one.
        if role_at(roles, member_id, int(seq), role) != Role.SUPERVISOR.value:
            problems.append(
                said(
                    "The signed head of the log at entry {entry} was signed by {name}, who is not a supervisor.",
                    entry=seq,
                    name=name,
                )
            )
            continue
        good.append((int(seq), str(head), str(at), name, int(row_id)))
    truncated = False
    for seq, head, _at, name, _row in good:
        problem = log_problem(connection, length, seq, head, name)
        if problem is not None:
            truncated = True
            problems.append(problem)
            break  # the newer anchors only repeat it
    latest = good[-1] if good else None
    return AnchorReport(
        anchors=len(rows),
        good=len(good),
        latest_seq=latest[0] if latest else None,
        latest_hash=latest[1] if latest else None,
        latest_at=latest[2] if latest else None,
        latest_by=latest[3] if latest else None,
        latest_id=latest[4] if latest else None,
        truncated=truncated,
        problems=tuple(problems),
    )
