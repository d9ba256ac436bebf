"""A police, customs or joint-centre service that files or receives requests."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base


class Agency(Base):
    __tablename__ = "agency"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    """Stable short identifier, e.g. "BE-FEDPOL-CGI"; used in packages and CSV files."""
    name: Mapped[str] = mapped_column(String(200))
    """Name in its own first language."""
    name_en: Mapped[str] = mapped_column(String(200), default="")
    name_fr: Mapped[str] = mapped_column(String(200), default="")
    name_nl: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str] = mapped_column(String(2), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    languages: Mapped[str] = mapped_column(String(40), default="")
    """ISO 639-1 codes separated by commas."""
    contact_24_7: Mapped[str | None] = mapped_column(String(300))
    is_spoc: Mapped[bool] = mapped_column(default=False)
    """National single point of contact (Directive (EU) 2023/977 art. 14)."""
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id"))
    own: Mapped[bool] = mapped_column(default=False)
    """True for the agencies the members of this case file belong to."""
    marker: Mapped[str] = mapped_column(String(12), default="C")
    """How well the seed facts are confirmed (C / GK / UNCONFIRMED)."""
