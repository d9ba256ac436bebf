"""A file attached to a case; its bytes live in the encrypted database, in a separate row."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, utcnow

if TYPE_CHECKING:
    from desktop.models.attachment_blob import AttachmentBlob


class Attachment(Base):
    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    handling_code: Mapped[str] = mapped_column(String(2), default="H1")
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Loaded only on demand: listing attachments must not pull megabytes through the cipher.
    blob: Mapped[AttachmentBlob] = relationship(lazy="raise", cascade="all, delete-orphan")
