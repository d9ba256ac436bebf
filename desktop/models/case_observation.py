"""Cross-border observation (CISA art. 40): prior authorisation or urgent notice with the 5-hour rule."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base

if TYPE_CHECKING:
    from desktop.models.case import Case


class ObservationDetails(Base):
    """Cross-border observation (CISA art. 40): prior authorisation or urgent notice with the 5-hour rule."""

    __tablename__ = "case_observation"

    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), primary_key=True)
    urgent: Mapped[bool] = mapped_column(default=False)
    authorisation_reference: Mapped[str] = mapped_column(String(120), default="")
    crossed_at: Mapped[datetime | None]
    authorised_at: Mapped[datetime | None]
    ended_at: Mapped[datetime | None]
    target: Mapped[str] = mapped_column(Text, default="")
    case: Mapped[Case] = relationship(back_populates="observation")
