"""Indexes for the dashboard's aggregates (desktop/services/insight.py).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28

Without them every dashboard refresh read the whole request table through the cipher: 5.0 s of
database time at 100,000 requests, 1.3 s on plain SQLite (bench/bench_insight.py). With them:

* requests per month and kind are read, already grouped, off an index on the UTC month of
  `created_at` (the service says the month with the same `substr` expression);
* answer times are read off a covering index of the answered requests, led by the legal basis
  (only the bases with an answer deadline are asked for) and the time of creation (the period);
* the request list behind a month's bar (`RequestFilter.created_from/created_before`) finds the
  month's requests by `created_at` instead of walking the whole list: 640 → 12 ms.
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX ix_request_created ON request (created_at)")
    op.execute(
        "CREATE INDEX ix_request_created_month "
        "ON request (substr(created_at, 1, 7), kind, direction, partner_agency_id)"
    )
    op.execute(
        "CREATE INDEX ix_request_answer_times ON request (legal_basis, created_at, partner_agency_id, "
        "direction, urgency, information_access, answered_at, sent_at, received_at, due_at, reference) "
        "WHERE answered_at IS NOT NULL"
    )


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_request_answer_times")
    op.execute("DROP INDEX IF EXISTS ix_request_created_month")
    op.execute("DROP INDEX IF EXISTS ix_request_created")
