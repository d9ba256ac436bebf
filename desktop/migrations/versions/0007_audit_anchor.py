"""Signed heads of the audit log (anchors), so a truncated log is detected.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29

`audit_anchor` keeps a supervisor's detached CAdES signature over the head of the hash chain
(seq, entry_hash, time, case-file id). Like `audit_entry`, its rows are never updated or deleted:
triggers refuse both.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_anchor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("entry_hash", sa.String(length=64), nullable=False),
        sa.Column("at", sa.String(length=27), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("signer_fingerprint", sa.String(length=64), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], name=op.f("fk_audit_anchor_member_id_member")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_anchor")),
    )
    op.execute(
        "CREATE TRIGGER audit_anchor_no_update BEFORE UPDATE ON audit_anchor "
        "BEGIN SELECT RAISE(ABORT, 'the audit anchors are append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER audit_anchor_no_delete BEFORE DELETE ON audit_anchor "
        "BEGIN SELECT RAISE(ABORT, 'the audit anchors are append-only'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_anchor_no_delete")
    op.execute("DROP TRIGGER IF EXISTS audit_anchor_no_update")
    op.drop_table("audit_anchor")
