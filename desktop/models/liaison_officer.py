"""An entry of the liaison-officer almanac."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base


class LiaisonOfficer(Base):
    __tablename__ = "liaison_officer"
    __table_args__ = (UniqueConstraint("name", "agency_id", name="uq_liaison_officer_name_agency"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id"))
    posting: Mapped[str] = mapped_column(String(200), default="")
    languages: Mapped[str] = mapped_column(String(60), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    coverage: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
