"""A member's signing credential: their PKCS#12 file, kept inside the encrypted case file.

The PKCS#12 stays protected by its own password as well: opening the case file is not enough
to sign in someone's name.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, utcnow


class SigningCredential(Base):
    __tablename__ = "signing_credential"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), unique=True)
    pkcs12: Mapped[bytes] = mapped_column(LargeBinary)
    fingerprint: Mapped[str] = mapped_column(String(64))
    """SHA-256 of the certificate (DER), also recorded on the member."""
    subject: Mapped[str] = mapped_column(String(300))
    not_after: Mapped[datetime]
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
