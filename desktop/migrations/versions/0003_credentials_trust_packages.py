"""Signing credentials, the trust store of partner certificates, and sent or received packages.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signing_credential",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("pkcs12", sa.LargeBinary(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("not_after", sa.String(length=27), nullable=False),
        sa.Column("added_at", sa.String(length=27), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_signing_credential_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signing_credential")),
        sa.UniqueConstraint("member_id", name=op.f("uq_signing_credential_member_id")),
    )
    op.create_table(
        "trusted_certificate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("der", sa.LargeBinary(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("is_ca", sa.Boolean(), nullable=False),
        sa.Column("not_before", sa.String(length=27), nullable=False),
        sa.Column("not_after", sa.String(length=27), nullable=False),
        sa.Column("added_by_id", sa.Integer(), nullable=True),
        sa.Column("added_at", sa.String(length=27), nullable=False),
        sa.ForeignKeyConstraint(
            ["added_by_id"], ["member.id"], name=op.f("fk_trusted_certificate_added_by_id_member")
        ),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agency.id"], name=op.f("fk_trusted_certificate_agency_id_agency")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trusted_certificate")),
        sa.UniqueConstraint("fingerprint", name=op.f("uq_trusted_certificate_fingerprint")),
    )
    with op.batch_alter_table("trusted_certificate", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trusted_certificate_agency_id"), ["agency_id"], unique=False)

    op.create_table(
        "package",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("package_id", sa.String(length=40), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("encrypted", sa.Boolean(), nullable=False),
        sa.Column("partner_agency_id", sa.Integer(), nullable=True),
        sa.Column("indication", sa.String(length=20), nullable=False),
        sa.Column("report", sa.JSON(), nullable=False),
        sa.Column("contents", sa.JSON(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["member.id"], name=op.f("fk_package_created_by_id_member")
        ),
        sa.ForeignKeyConstraint(
            ["partner_agency_id"], ["agency.id"], name=op.f("fk_package_partner_agency_id_agency")
        ),
        sa.ForeignKeyConstraint(
            ["request_id"], ["request.id"], name=op.f("fk_package_request_id_request"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_package")),
        sa.UniqueConstraint("direction", "sha256", name="uq_package_direction_sha256"),
    )
    with op.batch_alter_table("package", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_package_package_id"), ["package_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_package_request_id"), ["request_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("package", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_package_request_id"))
        batch_op.drop_index(batch_op.f("ix_package_package_id"))

    op.drop_table("package")
    with op.batch_alter_table("trusted_certificate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trusted_certificate_agency_id"))

    op.drop_table("trusted_certificate")
    op.drop_table("signing_credential")
