"""A signed request package sent or received: its exact bytes, their hash and the validation report."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, utcnow


class Package(Base):
    __tablename__ = "package"
    __table_args__ = (UniqueConstraint("direction", "sha256", name="uq_package_direction_sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("request.id", ondelete="SET NULL"), index=True)
    direction: Mapped[str] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(10))
    """"request" or "answer"."""
    package_id: Mapped[str] = mapped_column(String(40), index=True)
    """The identifier inside request.json, the same on both sides."""
    file_name: Mapped[str] = mapped_column(String(255))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    """The exact bytes sent or received (encrypted form included, if it was encrypted)."""
    sha256: Mapped[str] = mapped_column(String(64))
    encrypted: Mapped[bool] = mapped_column(default=False)
    partner_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id"))
    indication: Mapped[str] = mapped_column(String(20))
    """TOTAL_PASSED, INDETERMINATE or TOTAL_FAILED at the time it was stored."""
    report: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    contents: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    """What went in and what was held back (export), or what came in (import)."""
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
