"""Joint investigation team (FD 2002/465/JHA; model agreement 2017/C 18/01)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base

if TYPE_CHECKING:
    from desktop.models.case import Case


class JitDetails(Base):
    """Joint investigation team (FD 2002/465/JHA; model agreement 2017/C 18/01)."""

    __tablename__ = "case_jit"

    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), primary_key=True)
    purpose: Mapped[str] = mapped_column(Text, default="")
    period_start: Mapped[datetime | None]
    period_end: Mapped[datetime | None]
    extensions: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    """[{"until": ISO date, "agreed_on": ISO date}], in order."""
    parties: Mapped[list[str]] = mapped_column(JSON, default=list)
    """Agency codes."""
    leaders: Mapped[list[str]] = mapped_column(JSON, default=list)
    states_of_operation: Mapped[str] = mapped_column(String(40), default="")
    case: Mapped[Case] = relationship(back_populates="jit")
