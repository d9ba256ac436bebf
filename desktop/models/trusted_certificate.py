"""A partner agency's CA or end-entity certificate in this case file's trust store, pinned to the agency."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, utcnow


class TrustedCertificate(Base):
    __tablename__ = "trusted_certificate"

    id: Mapped[int] = mapped_column(primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id"), index=True)
    der: Mapped[bytes] = mapped_column(LargeBinary)
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    subject: Mapped[str] = mapped_column(String(300))
    is_ca: Mapped[bool]
    not_before: Mapped[datetime]
    not_after: Mapped[datetime]
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
