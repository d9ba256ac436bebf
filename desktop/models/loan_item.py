"""One line of a loan's inventory list ("verzamelstaat", Benelux 2004 art. 6 and 9)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base

if TYPE_CHECKING:
    from desktop.models.loan import Loan


class LoanItem(Base):
    __tablename__ = "loan_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loan.request_id", ondelete="CASCADE"), index=True)
    item_type: Mapped[str] = mapped_column(String(120))
    quantity: Mapped[int] = mapped_column(default=1)
    serial_numbers: Mapped[str] = mapped_column(Text, default="")
    """Comma-separated, one per unit where known."""
    condition: Mapped[str | None] = mapped_column(String(10))
    """Set on return: good, damaged or lost."""
    damage_notes: Mapped[str] = mapped_column(Text, default="")

    loan: Mapped[Loan] = relationship(back_populates="items")
