"""One link of the append-only, hash-chained audit log.

`entry_hash` = SHA-256 over the canonical JSON of this entry's fields and `prev_hash`, so editing,
removing or reordering any entry breaks every later link (services/audit.py verifies). Triggers
made by the migration refuse UPDATE and DELETE on this table for good measure.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base


class AuditEntry(Base):
    __tablename__ = "audit_entry"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    at: Mapped[datetime]
    actor_uid: Mapped[str | None] = mapped_column(String(32))
    actor_name: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(60), index=True)
    entity: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[str] = mapped_column(String(40), default="")
    details: Mapped[str] = mapped_column(Text, default="{}")
    """Canonical JSON (sorted keys) of what changed."""
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64), unique=True)
