"""A person who opens the case file with their own key slot."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, utcnow


class Member(Base):
    __tablename__ = "member"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True)
    """Links the member to their key slot(s) in keyslots.json."""
    name: Mapped[str] = mapped_column(String(120), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id"))
    certificate_fingerprint: Mapped[str | None] = mapped_column(String(64))
    """SHA-256 of the member's signing certificate (set by the packages feature)."""
    active: Mapped[bool] = mapped_column(default=True)
    """False once removed: the row stays so the audit log keeps its meaning."""
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
