"""A person, vehicle or object of interest in a case."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base


class CaseSubject(Base):
    __tablename__ = "case_subject"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    label: Mapped[str] = mapped_column(String(200))
    """Name, plate or short description."""
    details: Mapped[str] = mapped_column(Text, default="")
    handling_code: Mapped[str] = mapped_column(String(2), default="H1")
