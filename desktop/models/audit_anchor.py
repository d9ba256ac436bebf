"""A signed head of the audit log: a supervisor's CAdES signature over {seq, entry_hash, at, file}.

The hash chain (audit_entry) exposes edited, removed or reordered entries, but not the newest
entries cut off: the shorter chain is still a valid chain. An anchor pins the head at a moment,
signed by a supervisor's own certificate, so a chain shorter than an anchor, or with another
entry at its seq, is reported (services/audit_anchor.py). Triggers made by the migration refuse
UPDATE and DELETE on this table, as on the log.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base


class AuditAnchor(Base):
    __tablename__ = "audit_anchor"

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int]
    """The head's seq when signed."""
    entry_hash: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime]
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    """The supervisor who signed."""
    signer_fingerprint: Mapped[str] = mapped_column(String(64))
    """SHA-256 of the signing certificate (DER)."""
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    """DER CMS SignedData, detached, over the canonical JSON statement."""
