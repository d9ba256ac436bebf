"""An equipment loan ("prêt à usage") attached to an equipment-loan request."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base

if TYPE_CHECKING:
    from desktop.models.loan_item import LoanItem
    from desktop.models.request import Request


class Loan(Base):
    __tablename__ = "loan"

    request_id: Mapped[int] = mapped_column(ForeignKey("request.id", ondelete="CASCADE"), primary_key=True)
    period_start: Mapped[datetime]
    period_end: Mapped[datetime] = mapped_column(index=True)
    handed_over_at: Mapped[datetime | None]
    returned_at: Mapped[datetime | None]
    return_notes: Mapped[str] = mapped_column(Text, default="")
    """Condition on return; loss or damage is borne by the borrower (Benelux 2004 art. 41)."""

    request: Mapped[Request] = relationship(back_populates="loan")
    items: Mapped[list[LoanItem]] = relationship(
        back_populates="loan", cascade="all, delete-orphan", order_by="LoanItem.id"
    )
