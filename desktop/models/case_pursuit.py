"""Cross-border hot pursuit (CISA art. 41; Benelux treaty)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base

if TYPE_CHECKING:
    from desktop.models.case import Case


class PursuitDetails(Base):
    """Cross-border hot pursuit (CISA art. 41; Benelux treaty)."""

    __tablename__ = "case_pursuit"

    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), primary_key=True)
    started_at: Mapped[datetime | None]
    crossing_point: Mapped[str] = mapped_column(String(200), default="")
    crossed_at: Mapped[datetime | None]
    host_notified_at: Mapped[datetime | None]
    """CISA 41: the host must be contacted at the latest when the border is crossed."""
    handover_at: Mapped[datetime | None]
    ended_at: Mapped[datetime | None]
    offence: Mapped[str] = mapped_column(String(300), default="")
    vehicles: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    case: Mapped[Case] = relationship(back_populates="pursuit")
