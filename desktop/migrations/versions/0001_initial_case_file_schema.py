"""Initial case-file schema (the first released format).

Times are ISO-8601 UTC text (see desktop.models.base.UTCDateTime). The audit log is made
append-only by triggers: the chain check in services/audit.py is the real guarantee, the
triggers stop accidental edits through a plain SQL client.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-28 18:19:13.649671
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agency",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("name_fr", sa.String(length=200), nullable=False),
        sa.Column("name_nl", sa.String(length=200), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("languages", sa.String(length=40), nullable=False),
        sa.Column("contact_24_7", sa.String(length=300), nullable=True),
        sa.Column("is_spoc", sa.Boolean(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("own", sa.Boolean(), nullable=False),
        sa.Column("marker", sa.String(length=12), nullable=False),
        sa.ForeignKeyConstraint(["parent_id"], ["agency.id"], name=op.f("fk_agency_parent_id_agency")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agency")),
        sa.UniqueConstraint("code", name=op.f("uq_agency_code")),
    )
    with op.batch_alter_table("agency", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agency_country"), ["country"], unique=False)

    op.create_table(
        "audit_entry",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.String(length=27), nullable=False),
        sa.Column("actor_uid", sa.String(length=32), nullable=True),
        sa.Column("actor_name", sa.String(length=120), nullable=False),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=40), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("entry_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_entry")),
        sa.UniqueConstraint("entry_hash", name=op.f("uq_audit_entry_entry_hash")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_action"), ["action"], unique=False)

    op.create_table(
        "liaison_officer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("posting", sa.String(length=200), nullable=False),
        sa.Column("languages", sa.String(length=60), nullable=False),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("coverage", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agency.id"], name=op.f("fk_liaison_officer_agency_id_agency")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_liaison_officer")),
        sa.UniqueConstraint("name", "agency_id", name="uq_liaison_officer_name_agency"),
    )
    op.create_table(
        "member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=True),
        sa.Column("certificate_fingerprint", sa.String(length=64), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.ForeignKeyConstraint(["agency_id"], ["agency.id"], name=op.f("fk_member_agency_id_agency")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member")),
        sa.UniqueConstraint("name", name=op.f("uq_member_name")),
        sa.UniqueConstraint("uid", name=op.f("uq_member_uid")),
    )
    op.create_table(
        "case_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=30), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("lead_agency_id", sa.Integer(), nullable=True),
        sa.Column("partner_agency_id", sa.Integer(), nullable=True),
        sa.Column("handling_code", sa.String(length=2), nullable=False),
        sa.Column("opened_at", sa.String(length=27), nullable=False),
        sa.Column("closed_at", sa.String(length=27), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["member.id"], name=op.f("fk_case_file_created_by_id_member")
        ),
        sa.ForeignKeyConstraint(
            ["lead_agency_id"], ["agency.id"], name=op.f("fk_case_file_lead_agency_id_agency")
        ),
        sa.ForeignKeyConstraint(
            ["partner_agency_id"], ["agency.id"], name=op.f("fk_case_file_partner_agency_id_agency")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_file")),
        sa.UniqueConstraint("reference", name=op.f("uq_case_file_reference")),
    )
    with op.batch_alter_table("case_file", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_file_kind"), ["kind"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_case_file_partner_agency_id"), ["partner_agency_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_case_file_status"), ["status"], unique=False)

    op.create_table(
        "catalogue_overlay",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("added_by_id", sa.Integer(), nullable=True),
        sa.Column("added_at", sa.String(length=27), nullable=False),
        sa.ForeignKeyConstraint(
            ["added_by_id"], ["member.id"], name=op.f("fk_catalogue_overlay_added_by_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_catalogue_overlay")),
        sa.UniqueConstraint("name", name=op.f("uq_catalogue_overlay_name")),
    )
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("handling_code", sa.String(length=2), nullable=False),
        sa.Column("added_by_id", sa.Integer(), nullable=True),
        sa.Column("added_at", sa.String(length=27), nullable=False),
        sa.ForeignKeyConstraint(
            ["added_by_id"], ["member.id"], name=op.f("fk_attachment_added_by_id_member")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_attachment_case_id_case_file"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachment_case_id"), ["case_id"], unique=False)

    op.create_table(
        "case_assistance",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("event_name", sa.String(length=200), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("starts_at", sa.String(length=27), nullable=True),
        sa.Column("ends_at", sa.String(length=27), nullable=True),
        sa.Column("nature", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
            name=op.f("fk_case_assistance_case_id_case_file"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_case_assistance")),
    )
    op.create_table(
        "case_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.String(length=27), nullable=False),
        sa.Column("entered_zone", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=True),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.ForeignKeyConstraint(["agency_id"], ["agency.id"], name=op.f("fk_case_event_agency_id_agency")),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_case_event_case_id_case_file"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["member.id"], name=op.f("fk_case_event_created_by_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_event")),
    )
    with op.batch_alter_table("case_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_event_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_event_occurred_at"), ["occurred_at"], unique=False)

    op.create_table(
        "case_jit",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("period_start", sa.String(length=27), nullable=True),
        sa.Column("period_end", sa.String(length=27), nullable=True),
        sa.Column("extensions", sa.JSON(), nullable=False),
        sa.Column("parties", sa.JSON(), nullable=False),
        sa.Column("leaders", sa.JSON(), nullable=False),
        sa.Column("states_of_operation", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_case_jit_case_id_case_file"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_case_jit")),
    )
    op.create_table(
        "case_observation",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("urgent", sa.Boolean(), nullable=False),
        sa.Column("authorisation_reference", sa.String(length=120), nullable=False),
        sa.Column("crossed_at", sa.String(length=27), nullable=True),
        sa.Column("authorised_at", sa.String(length=27), nullable=True),
        sa.Column("ended_at", sa.String(length=27), nullable=True),
        sa.Column("target", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
            name=op.f("fk_case_observation_case_id_case_file"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_case_observation")),
    )
    op.create_table(
        "case_pursuit",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.String(length=27), nullable=True),
        sa.Column("crossing_point", sa.String(length=200), nullable=False),
        sa.Column("crossed_at", sa.String(length=27), nullable=True),
        sa.Column("host_notified_at", sa.String(length=27), nullable=True),
        sa.Column("handover_at", sa.String(length=27), nullable=True),
        sa.Column("ended_at", sa.String(length=27), nullable=True),
        sa.Column("offence", sa.String(length=300), nullable=False),
        sa.Column("vehicles", sa.Text(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_case_pursuit_case_id_case_file"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_case_pursuit")),
    )
    op.create_table(
        "case_subject",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("handling_code", sa.String(length=2), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_case_subject_case_id_case_file"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_subject")),
    )
    with op.batch_alter_table("case_subject", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_subject_case_id"), ["case_id"], unique=False)

    op.create_table(
        "note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("handling_code", sa.String(length=2), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.ForeignKeyConstraint(["author_id"], ["member.id"], name=op.f("fk_note_author_id_member")),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_note_case_id_case_file"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note")),
    )
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_note_case_id"), ["case_id"], unique=False)

    op.create_table(
        "request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("requesting_agency_id", sa.Integer(), nullable=False),
        sa.Column("requested_agency_id", sa.Integer(), nullable=False),
        sa.Column("partner_agency_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("legal_basis", sa.String(length=80), nullable=False),
        sa.Column("events_on", sa.String(length=27), nullable=False),
        sa.Column("urgency", sa.String(length=10), nullable=False),
        sa.Column("information_access", sa.String(length=10), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("form_values", sa.JSON(), nullable=False),
        sa.Column("handling_code", sa.String(length=2), nullable=False),
        sa.Column("source_evaluation", sa.String(length=1), nullable=False),
        sa.Column("information_evaluation", sa.String(length=1), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("due_at", sa.String(length=27), nullable=True),
        sa.Column("external_reference", sa.String(length=80), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("submitted_by_id", sa.Integer(), nullable=True),
        sa.Column("submitted_at", sa.String(length=27), nullable=True),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("decided_at", sa.String(length=27), nullable=True),
        sa.Column("rejection_reason", sa.Text(), nullable=False),
        sa.Column("received_at", sa.String(length=27), nullable=True),
        sa.Column("sent_at", sa.String(length=27), nullable=True),
        sa.Column("answered_at", sa.String(length=27), nullable=True),
        sa.Column("closed_at", sa.String(length=27), nullable=True),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_request_case_id_case_file"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["member.id"], name=op.f("fk_request_created_by_id_member")
        ),
        sa.ForeignKeyConstraint(
            ["decided_by_id"], ["member.id"], name=op.f("fk_request_decided_by_id_member")
        ),
        sa.ForeignKeyConstraint(
            ["partner_agency_id"], ["agency.id"], name=op.f("fk_request_partner_agency_id_agency")
        ),
        sa.ForeignKeyConstraint(
            ["requested_agency_id"], ["agency.id"], name=op.f("fk_request_requested_agency_id_agency")
        ),
        sa.ForeignKeyConstraint(
            ["requesting_agency_id"], ["agency.id"], name=op.f("fk_request_requesting_agency_id_agency")
        ),
        sa.ForeignKeyConstraint(
            ["submitted_by_id"], ["member.id"], name=op.f("fk_request_submitted_by_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request")),
        sa.UniqueConstraint("reference", name=op.f("uq_request_reference")),
    )
    with op.batch_alter_table("request", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_request_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_request_kind"), ["kind"], unique=False)
        batch_op.create_index("ix_request_partner_status", ["partner_agency_id", "status"], unique=False)
        batch_op.create_index("ix_request_status_due", ["status", "due_at"], unique=False)

    op.create_table(
        "task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("due_at", sa.String(length=27), nullable=True),
        sa.Column("done_at", sa.String(length=27), nullable=True),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.ForeignKeyConstraint(["assignee_id"], ["member.id"], name=op.f("fk_task_assignee_id_member")),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_task_case_id_case_file"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task")),
    )
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_task_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_task_due_at"), ["due_at"], unique=False)

    op.create_table(
        "attachment_blob",
        sa.Column("attachment_id", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachment.id"],
            name=op.f("fk_attachment_blob_attachment_id_attachment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("attachment_id", name=op.f("pk_attachment_blob")),
    )
    op.create_table(
        "loan",
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.String(length=27), nullable=False),
        sa.Column("period_end", sa.String(length=27), nullable=False),
        sa.Column("handed_over_at", sa.String(length=27), nullable=True),
        sa.Column("returned_at", sa.String(length=27), nullable=True),
        sa.Column("return_notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"], ["request.id"], name=op.f("fk_loan_request_id_request"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("request_id", name=op.f("pk_loan")),
    )
    with op.batch_alter_table("loan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_loan_period_end"), ["period_end"], unique=False)

    op.create_table(
        "loan_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("loan_id", sa.Integer(), nullable=False),
        sa.Column("item_type", sa.String(length=120), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("serial_numbers", sa.Text(), nullable=False),
        sa.Column("condition", sa.String(length=10), nullable=True),
        sa.Column("damage_notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["loan_id"], ["loan.request_id"], name=op.f("fk_loan_item_loan_id_loan"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loan_item")),
    )
    with op.batch_alter_table("loan_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_loan_item_loan_id"), ["loan_id"], unique=False)

    op.execute(
        "CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")
    op.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
    with op.batch_alter_table("loan_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_loan_item_loan_id"))

    op.drop_table("loan_item")
    with op.batch_alter_table("loan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_loan_period_end"))

    op.drop_table("loan")
    op.drop_table("attachment_blob")
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_task_due_at"))
        batch_op.drop_index(batch_op.f("ix_task_case_id"))

    op.drop_table("task")
    with op.batch_alter_table("request", schema=None) as batch_op:
        batch_op.drop_index("ix_request_status_due")
        batch_op.drop_index("ix_request_partner_status")
        batch_op.drop_index(batch_op.f("ix_request_kind"))
        batch_op.drop_index(batch_op.f("ix_request_case_id"))

    op.drop_table("request")
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_case_id"))

    op.drop_table("note")
    with op.batch_alter_table("case_subject", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_subject_case_id"))

    op.drop_table("case_subject")
    op.drop_table("case_pursuit")
    op.drop_table("case_observation")
    op.drop_table("case_jit")
    with op.batch_alter_table("case_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_event_occurred_at"))
        batch_op.drop_index(batch_op.f("ix_case_event_case_id"))

    op.drop_table("case_event")
    op.drop_table("case_assistance")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_case_id"))

    op.drop_table("attachment")
    op.drop_table("catalogue_overlay")
    with op.batch_alter_table("case_file", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_file_status"))
        batch_op.drop_index(batch_op.f("ix_case_file_partner_agency_id"))
        batch_op.drop_index(batch_op.f("ix_case_file_kind"))

    op.drop_table("case_file")
    op.drop_table("member")
    op.drop_table("liaison_officer")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_action"))

    op.drop_table("audit_entry")
    with op.batch_alter_table("agency", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agency_country"))

    op.drop_table("agency")
