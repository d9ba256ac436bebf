"""A cross-border case: the pursuit, observation, joint investigation or assistance it is about."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, utcnow

if TYPE_CHECKING:
    from desktop.models.case_assistance import AssistanceDetails
    from desktop.models.case_jit import JitDetails
    from desktop.models.case_observation import ObservationDetails
    from desktop.models.case_pursuit import PursuitDetails


class Case(Base):
    __tablename__ = "case_file"  # "case" is an SQL keyword

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(30), unique=True)
    kind: Mapped[str] = mapped_column(String(30), index=True)
    title: Mapped[str] = mapped_column(String(300))
    summary: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="open", index=True)
    lead_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id"))
    partner_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id"), index=True)
    handling_code: Mapped[str] = mapped_column(String(2), default="H1")
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[datetime | None]
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))

    pursuit: Mapped[PursuitDetails | None] = relationship(back_populates="case", cascade="all, delete-orphan")
    observation: Mapped[ObservationDetails | None] = relationship(
        back_populates="case", cascade="all, delete-orphan"
    )
    jit: Mapped[JitDetails | None] = relationship(back_populates="case", cascade="all, delete-orphan")
    assistance: Mapped[AssistanceDetails | None] = relationship(
        back_populates="case", cascade="all, delete-orphan"
    )
