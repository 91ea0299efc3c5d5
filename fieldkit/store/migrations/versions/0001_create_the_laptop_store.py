"""Create the laptop store: offices, officers, visits, applications, documents, outbox.

The status history is append-only: triggers refuse UPDATE and DELETE on it.

Revision ID: 0001
Revises:
Create Date: 2026-11-25 17:52:48.091432
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "device",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("tracking_prefix", sa.String(length=5), nullable=False),
        sa.Column("next_sequence", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device")),
        sa.UniqueConstraint("tracking_prefix", name=op.f("uq_device_tracking_prefix")),
    )
    op.create_table(
        "document",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("media_type", sa.String(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("page_count", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_document")),
    )
    op.create_table(
        "office",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("address", sa.String(), nullable=False),
        sa.Column("timezone", sa.String(), nullable=False),
        sa.Column("phone", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office")),
    )
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("idempotency_key", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("entity_id", sa.String(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_outbox")),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_outbox_idempotency_key")),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outbox_entity_id"), ["entity_id"], unique=False)

    op.create_table(
        "setting",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "officer",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("office_id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("password_hash", sa.String(), nullable=True),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id"], ["office.id"], name=op.f("fk_officer_office_id_office")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_officer")),
    )
    op.create_table(
        "visit",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("office_id", sa.String(), nullable=False),
        sa.Column("village_code", sa.String(length=10), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("target", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by"], ["officer.id"], name=op.f("fk_visit_created_by_officer")
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["office.id"], name=op.f("fk_visit_office_id_office")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit")),
    )
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_date"), ["date"], unique=False)
        batch_op.create_index(batch_op.f("ix_visit_village_code"), ["village_code"], unique=False)

    op.create_table(
        "application",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("tracking_code", sa.String(length=11), nullable=False),
        sa.Column("visit_id", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("nib", sa.String(), nullable=False),
        sa.Column("reason_code", sa.String(), nullable=True),
        sa.Column("reason_text", sa.String(), nullable=False),
        sa.Column("nik", sa.String(), nullable=False),
        sa.Column("full_name", sa.String(), nullable=False),
        sa.Column("name_key", sa.String(), nullable=False),
        sa.Column("birth_place", sa.String(), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("gender", sa.String(length=1), nullable=True),
        sa.Column("street", sa.String(), nullable=False),
        sa.Column("village_code", sa.String(length=10), nullable=False),
        sa.Column("postal_code", sa.String(), nullable=False),
        sa.Column("mobile", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("npwp", sa.String(), nullable=False),
        sa.Column("business_name", sa.String(), nullable=False),
        sa.Column("business_street", sa.String(), nullable=False),
        sa.Column("business_village_code", sa.String(length=10), nullable=False),
        sa.Column("business_postal_code", sa.String(), nullable=False),
        sa.Column("land_area_m2", sa.Integer(), nullable=True),
        sa.Column("land_status", sa.String(), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("capital", sa.Integer(), nullable=True),
        sa.Column("scale", sa.String(), nullable=True),
        sa.CheckConstraint("revision >= 1", name=op.f("ck_application_revision_positive")),
        sa.ForeignKeyConstraint(
            ["created_by"], ["officer.id"], name=op.f("fk_application_created_by_officer")
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_application_visit_id_visit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_application")),
        sa.UniqueConstraint("tracking_code", name=op.f("uq_application_tracking_code")),
    )
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_application_name_key"), ["name_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_application_nik"), ["nik"], unique=False)
        batch_op.create_index(batch_op.f("ix_application_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_application_updated_at"), ["updated_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_application_village_code"), ["village_code"], unique=False
        )
        batch_op.create_index("ix_application_visit_status", ["visit_id", "status"], unique=False)

    op.create_table(
        "visit_officer",
        sa.Column("visit_id", sa.String(), nullable=False),
        sa.Column("officer_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["officer.id"], name=op.f("fk_visit_officer_officer_id_officer")
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_visit_officer_visit_id_visit")
        ),
        sa.PrimaryKeyConstraint("visit_id", "officer_id", name=op.f("pk_visit_officer")),
    )
    op.create_table(
        "acknowledgement",
        sa.Column("application_id", sa.String(), nullable=False),
        sa.Column("problem_key", sa.String(), nullable=False),
        sa.Column("officer_id", sa.String(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_acknowledgement_application_id_application"),
        ),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["officer.id"], name=op.f("fk_acknowledgement_officer_id_officer")
        ),
        sa.PrimaryKeyConstraint("application_id", "problem_key", name=op.f("pk_acknowledgement")),
    )
    op.create_table(
        "activity",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("application_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kbli", sa.String(length=5), nullable=False),
        sa.Column("kbli_version", sa.String(length=4), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("product", sa.String(), nullable=False),
        sa.Column("workers", sa.Integer(), nullable=False),
        sa.Column("investment", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_activity_application_id_application"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity")),
        sa.UniqueConstraint("application_id", "position", name=op.f("uq_activity_application_id")),
    )
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activity_kbli"), ["kbli"], unique=False)

    op.create_table(
        "application_document",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("application_id", sa.String(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("original_name", sa.String(), nullable=False),
        sa.Column("added_by", sa.String(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["added_by"], ["officer.id"], name=op.f("fk_application_document_added_by_officer")
        ),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_application_document_application_id_application"),
        ),
        sa.ForeignKeyConstraint(
            ["sha256"], ["document.sha256"], name=op.f("fk_application_document_sha256_document")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_application_document")),
        sa.UniqueConstraint(
            "application_id", "sha256", name=op.f("uq_application_document_application_id")
        ),
    )
    with op.batch_alter_table("application_document", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_application_document_sha256"), ["sha256"], unique=False
        )

    op.create_table(
        "status_event",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("application_id", sa.String(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("officer_id", sa.String(), nullable=False),
        sa.Column("from_status", sa.String(), nullable=True),
        sa.Column("to_status", sa.String(), nullable=False),
        sa.Column("reason_code", sa.String(), nullable=True),
        sa.Column("reason_text", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_status_event_application_id_application"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_status_event")),
    )
    with op.batch_alter_table("status_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_status_event_application_id"), ["application_id"], unique=False
        )

    op.execute(
        "CREATE TRIGGER status_event_no_update BEFORE UPDATE ON status_event "
        "BEGIN SELECT RAISE(ABORT, 'status history is append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER status_event_no_delete BEFORE DELETE ON status_event "
        "BEGIN SELECT RAISE(ABORT, 'status history is append-only'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS status_event_no_delete")
    op.execute("DROP TRIGGER IF EXISTS status_event_no_update")
    with op.batch_alter_table("status_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_status_event_application_id"))

    op.drop_table("status_event")
    with op.batch_alter_table("application_document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_application_document_sha256"))

    op.drop_table("application_document")
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_kbli"))

    op.drop_table("activity")
    op.drop_table("acknowledgement")
    op.drop_table("visit_officer")
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.drop_index("ix_application_visit_status")
        batch_op.drop_index(batch_op.f("ix_application_village_code"))
        batch_op.drop_index(batch_op.f("ix_application_updated_at"))
        batch_op.drop_index(batch_op.f("ix_application_status"))
        batch_op.drop_index(batch_op.f("ix_application_nik"))
        batch_op.drop_index(batch_op.f("ix_application_name_key"))

    op.drop_table("application")
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_village_code"))
        batch_op.drop_index(batch_op.f("ix_visit_date"))

    op.drop_table("visit")
    op.drop_table("officer")
    op.drop_table("setting")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_entity_id"))

    op.drop_table("outbox")
    op.drop_table("office")
    op.drop_table("document")
    op.drop_table("device")
