"""Add the sync engine's state: per-entry attempts and outcomes, history, conflicts,
duplicate flags, confirmed uploads, an error log, and an impossible-time flag.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 19:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("attempts", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("next_attempt_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("last_error", sa.String(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("last_outcome", sa.String(), nullable=True))
    # add_column without a table copy: the application table carries the FTS triggers of 0002.
    op.add_column(
        "application", sa.Column("clock_flag", sa.String(), server_default="", nullable=False)
    )
    op.create_table(
        "sync_history",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entity_id", sa.String(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("event", sa.String(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=True),
        sa.Column("detail", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_history")),
    )
    op.create_index(op.f("ix_sync_history_entity_id"), "sync_history", ["entity_id"])
    op.create_table(
        "sync_conflict",
        sa.Column("application_id", sa.String(), nullable=False),
        sa.Column("idempotency_key", sa.String(), nullable=False),
        sa.Column("local_revision", sa.Integer(), nullable=False),
        sa.Column("server_revision", sa.Integer(), nullable=False),
        sa.Column("server_status", sa.String(), nullable=False),
        sa.Column("server_snapshot", sa.JSON(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("application_id", name=op.f("pk_sync_conflict")),
    )
    op.create_table(
        "sync_duplicate",
        sa.Column("application_id", sa.String(), nullable=False),
        sa.Column("other_application_id", sa.String(), nullable=False),
        sa.Column("other_tracking_code", sa.String(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint(
            "application_id", "other_application_id", name=op.f("pk_sync_duplicate")
        ),
    )
    op.create_table(
        "sync_upload",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_sync_upload")),
    )
    op.create_table(
        "sync_error",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("message", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_error")),
    )


def downgrade() -> None:
    for table in ("sync_error", "sync_upload", "sync_duplicate", "sync_conflict"):
        op.drop_table(table)
    op.drop_index(op.f("ix_sync_history_entity_id"), table_name="sync_history")
    op.drop_table("sync_history")
    op.drop_column("application", "clock_flag")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        for column in ("last_outcome", "last_error", "next_attempt_at", "attempts"):
            batch_op.drop_column(column)
