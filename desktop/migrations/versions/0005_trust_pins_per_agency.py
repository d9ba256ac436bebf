"""A certificate may be pinned to several agencies: unique per (agency, fingerprint), not per fingerprint.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29

A national CA (the Dutch police CA signs every regional unit's certificates) has to be pinned to
each agency whose packages it vouches for; with a unique fingerprint only the first pin could exist.
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite cannot drop a constraint in place: batch mode copies the table into a new one.
    with op.batch_alter_table("trusted_certificate", schema=None) as batch_op:
        batch_op.drop_constraint("uq_trusted_certificate_fingerprint", type_="unique")
        batch_op.create_unique_constraint(
            "uq_trusted_certificate_agency_fingerprint", ["agency_id", "fingerprint"]
        )
        batch_op.create_index(batch_op.f("ix_trusted_certificate_fingerprint"), ["fingerprint"], unique=False)


def downgrade() -> None:
    # Only one pin per certificate fits the old schema: keep the earliest, drop the others.
    op.execute(
        "DELETE FROM trusted_certificate WHERE id NOT IN "
        "(SELECT MIN(id) FROM trusted_certificate GROUP BY fingerprint)"
    )
    with op.batch_alter_table("trusted_certificate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trusted_certificate_fingerprint"))
        batch_op.drop_constraint("uq_trusted_certificate_agency_fingerprint", type_="unique")
        batch_op.create_unique_constraint("uq_trusted_certificate_fingerprint", ["fingerprint"])
