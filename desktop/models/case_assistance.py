"""Assistance at an event or disaster (Benelux 2004 art. 4; Prüm art. 18)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base

if TYPE_CHECKING:
    from desktop.models.case import Case


class AssistanceDetails(Base):
    """Assistance at an event or disaster (Benelux 2004 art. 4; Prüm art. 18)."""

    __tablename__ = "case_assistance"

    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), primary_key=True)
    event_name: Mapped[str] = mapped_column(String(200), default="")
    location: Mapped[str] = mapped_column(String(200), default="")
    starts_at: Mapped[datetime | None]
    ends_at: Mapped[datetime | None]
    nature: Mapped[str] = mapped_column(Text, default="")
    case: Mapped[Case] = relationship(back_populates="assistance")
