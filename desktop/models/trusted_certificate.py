"""A partner agency's CA or end-entity certificate in this case file's trust store, pinned to the agency.

A pin is one (agency, certificate) pair: the same certificate may be pinned to several agencies (a
national CA signs the certificates of every regional unit), each pin added and removed on its own.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, utcnow


class TrustedCertificate(Base):
    __tablename__ = "trusted_certificate"
    __table_args__ = (
        UniqueConstraint("agency_id", "fingerprint", name="uq_trusted_certificate_agency_fingerprint"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id"), index=True)
    der: Mapped[bytes] = mapped_column(LargeBinary)
    # Not unique: see the module docstring. Indexed for removing a pin by fingerprint alone.
    fingerprint: Mapped[str] = mapped_column(String(64), index=True)
    subject: Mapped[str] = mapped_column(String(300))
    is_ca: Mapped[bool]
    not_before: Mapped[datetime]
    not_after: Mapped[datetime]
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
