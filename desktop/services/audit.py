"""The audit log: every change written through the ORM becomes a hash-chained entry.

An `after_flush` listener on the case file's sessions turns each inserted, updated or deleted
row of an audited table into one entry, attributed to the member who unlocked the file and
tagged with the intent of the unit of work ("request.approve"). Services therefore cannot forget
to audit, and nothing reaches the database without an entry in the same transaction.

Chain: entry_hash = SHA-256(prev_hash || canonical JSON of the entry). `verify_chain` finds an
edited, removed or reordered entry. A truncation of the newest entries is not detectable from the
table alone: the signed heads of services/audit_anchor.py detect it below the newest anchor.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, event, inspect, select, text
from sqlalchemy.orm import Session

from desktop.models import AttachmentBlob, AuditEntry, Base, utcnow
from desktop.models.base import UTCDateTime
from desktop.sentences import Said, said

GENESIS = "0" * 64
_TEXT_LIMIT = 500
# Never worth an entry of their own: the blob's metadata row (Attachment, with its SHA-256) is.
_NOT_AUDITED: tuple[type[Base], ...] = (AuditEntry, AttachmentBlob)


@dataclass(frozen=True)
class Actor:
    """Who is acting: the member whose slot opened the file (or the recovery/escrow principal)."""

    member_id: int | None
    uid: str | None
    name: str
    role: str | None


def _value(value: object) -> object:
    if isinstance(value, datetime):
        return UTCDateTime().process_bind_param(value, None)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return {"sha256": hashlib.sha256(value).hexdigest(), "size": len(value)}
    if isinstance(value, str) and len(value) > _TEXT_LIMIT:
        return {"sha256": hashlib.sha256(value.encode()).hexdigest(), "length": len(value)}
    if isinstance(value, (int, float, bool, str)) or value is None:
        return value
    return json.loads(json.dumps(value, default=str))


def _columns(obj: Base) -> dict[str, object]:
    mapper = inspect(obj).mapper
    return {attr.key: _value(getattr(obj, attr.key)) for attr in mapper.column_attrs}


def _changes(obj: Base) -> dict[str, object]:
    state = inspect(obj)
    changed: dict[str, object] = {}
    for attr in state.mapper.column_attrs:
        history = state.attrs[attr.key].history
        if history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            changed[attr.key] = {"from": _value(old), "to": _value(new)}
    return changed


def _identity(obj: Base) -> str:
    state = inspect(obj)
    # A row inserted in this flush has its key on the instance but no identity key yet.
    identity = state.identity or state.mapper.primary_key_from_instance(obj)
    return ",".join(str(part) for part in identity if part is not None)


def entry_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(prev_hash.encode("ascii") + b"\n" + canonical.encode("utf-8")).hexdigest()


def _head(connection: Connection) -> tuple[int, str]:
    row = connection.execute(
        select(AuditEntry.seq, AuditEntry.entry_hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    return (row[0], row[1]) if row else (0, GENESIS)


def append(
    connection: Connection, actor: Actor, action: str, entity: str, entity_id: str, details: dict[str, Any]
) -> None:
    """Append one entry in the caller's transaction."""
    _append_many(connection, actor, [(action, entity, entity_id, details)])


def _append_many(
    connection: Connection, actor: Actor, items: list[tuple[str, str, str, dict[str, Any]]]
) -> None:
    seq, prev = _head(connection)
    rows = []
    at = UTCDateTime().process_bind_param(utcnow(), None)
    for action, entity, entity_id, details in items:
        seq += 1
        fields = {
            "seq": seq,
            "at": at,
            "actor_uid": actor.uid,
            "actor_name": actor.name,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "details": json.dumps(details, sort_keys=True, separators=(",", ":"), ensure_ascii=False),
        }
        digest = entry_hash(prev, fields)
        rows.append({**fields, "prev_hash": prev, "entry_hash": digest})
        prev = digest
    # Core insert with the stored text form: the ORM type would re-parse `at`.
    connection.execute(
        text(
            "INSERT INTO audit_entry (seq, at, actor_uid, actor_name, action, entity, entity_id, details, "
            "prev_hash, entry_hash) VALUES (:seq, :at, :actor_uid, :actor_name, :action, :entity, "
            ":entity_id, :details, :prev_hash, :entry_hash)"
        ),
        rows,
    )


def install_listener(session_class: type[Session]) -> None:
    """Audit every flush of sessions made by this (sessionmaker-produced) class."""

    @event.listens_for(session_class, "after_flush")
    def _after_flush(session: Session, _context: object) -> None:
        actor = session.info.get("actor")
        if actor is None:
            raise RuntimeError("a case-file session must carry the acting member")
        intent = session.info.get("intent", "")
        items: list[tuple[str, str, str, dict[str, Any]]] = []
        for obj in session.new:
            if not isinstance(obj, _NOT_AUDITED):
                items.append(
                    (
                        f"{obj.__tablename__}.create",
                        obj.__tablename__,
                        _identity(obj),
                        {"intent": intent, "values": _columns(obj)},
                    )
                )
        for obj in session.dirty:
            if isinstance(obj, _NOT_AUDITED) or not session.is_modified(obj, include_collections=False):
                continue
            changes = _changes(obj)
            if changes:
                items.append(
                    (
                        f"{obj.__tablename__}.update",
                        obj.__tablename__,
                        _identity(obj),
                        {"intent": intent, "changes": changes},
                    )
                )
        for obj in session.deleted:
            if not isinstance(obj, _NOT_AUDITED):
                items.append(
                    (f"{obj.__tablename__}.delete", obj.__tablename__, _identity(obj), {"intent": intent})
                )
        if items:
            _append_many(session.connection(), actor, items)


@dataclass(frozen=True)
class ChainReport:
    """`problems`: one sentence each (`str()` is English; the GUI translates them)."""

    ok: bool
    entries: int
    head: str
    problems: tuple[Said, ...]


def verify_chain(connection: Connection) -> ChainReport:
    """Walk the whole chain; name the first entries that were edited, removed or reordered."""
    problems: list[Said] = []
    prev = GENESIS
    expected_seq = 1
    count = 0
    result = connection.execute(
        text(
            "SELECT seq, at, actor_uid, actor_name, action, entity, entity_id, details, prev_hash, entry_hash "
            "FROM audit_entry ORDER BY seq"
        )
    )
    for row in result:
        count += 1
        fields = dict(row._mapping)
        stored_prev, stored_hash = fields.pop("prev_hash"), fields.pop("entry_hash")
        if fields["seq"] != expected_seq:
            problems.append(
                said(
                    "Entries {first} to {last} are missing (removed from the log).",
                    first=expected_seq,
                    last=fields["seq"] - 1,
                )
            )
        if stored_prev != prev:
            problems.append(
                said(
                    "Entry {entry} does not follow the entry before it (removed or reordered).",
                    entry=fields["seq"],
                )
            )
        if entry_hash(stored_prev, fields) != stored_hash:
            problems.append(said("Entry {entry} was changed after it was written.", entry=fields["seq"]))
        prev = stored_hash
        expected_seq = fields["seq"] + 1
        if len(problems) >= 20:
            problems.append(said("Further problems were not listed."))
            break
    return ChainReport(ok=not problems, entries=count, head=prev, problems=tuple(problems))
