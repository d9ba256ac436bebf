"""A bilateral arrangement added by an administrator, in the catalogue's own JSON format."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, utcnow


class CatalogueOverlay(Base):
    __tablename__ = "catalogue_overlay"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    content: Mapped[str] = mapped_column(Text)
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
