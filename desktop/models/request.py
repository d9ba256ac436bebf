"""A request for assistance, equipment, information or authorisation, outgoing or incoming."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, utcnow

if TYPE_CHECKING:
    from desktop.models.loan import Loan


class Request(Base):
    __tablename__ = "request"
    __table_args__ = (
        # The request list's default view: open requests by due date, optionally one status.
        Index("ix_request_status_due", "status", "due_at"),
        Index("ix_request_partner_status", "partner_agency_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[str] = mapped_column(String(40), index=True)
    direction: Mapped[str] = mapped_column(String(10))
    requesting_agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id"))
    requested_agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id"))
    partner_agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id"))
    """The other side: requested agency when outgoing, requesting agency when incoming."""
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case_file.id", ondelete="SET NULL"), index=True)
    legal_basis: Mapped[str] = mapped_column(String(80))
    """Catalogue basis id, e.g. "cisa:41"; validated against kind, countries and events_on."""
    events_on: Mapped[datetime]
    """When the events happened; decides which treaty applies (2004 before 1 October 2023)."""
    urgency: Mapped[str] = mapped_column(String(10), default="normal")
    information_access: Mapped[str | None] = mapped_column(String(10))
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text, default="")
    form_values: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    """Values of the article's required fields, by field id."""
    handling_code: Mapped[str] = mapped_column(String(2), default="H1")
    source_evaluation: Mapped[str] = mapped_column(String(1), default="B")
    information_evaluation: Mapped[str] = mapped_column(String(1), default="2")
    status: Mapped[str] = mapped_column(String(12), default="draft")
    due_at: Mapped[datetime | None]
    """Computed from the catalogue's deadline rule; indexed with status."""
    external_reference: Mapped[str] = mapped_column(String(80), default="")
    """The partner's reference, for incoming requests and answers."""
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    submitted_by_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    submitted_at: Mapped[datetime | None]
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    decided_at: Mapped[datetime | None]
    rejection_reason: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]
    answered_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    answer: Mapped[str] = mapped_column(Text, default="")

    loan: Mapped[Loan | None] = relationship(back_populates="request", cascade="all, delete-orphan")
