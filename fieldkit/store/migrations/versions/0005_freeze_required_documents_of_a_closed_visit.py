"""Freeze the required documents of a visit when its day is closed.

A closed day's report is signed on paper; it must not change when the office later changes
which documents it requires. ``required_documents`` holds the document kinds required when the
visit was closed (JSON list); NULL for an open visit, which follows the office's current policy.
Visits closed before this revision get the policy stored now: the best this laptop knows.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 03:00:00
"""

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.add_column(sa.Column("required_documents", sa.JSON(), nullable=True))
    bind = op.get_bind()
    stored = bind.execute(
        sa.text("SELECT value FROM setting WHERE key = 'document_policy'")
    ).scalar()
    policy = json.loads(stored) if isinstance(stored, str) else stored
    required = policy.get("required", []) if isinstance(policy, dict) else []
    bind.execute(
        sa.text("UPDATE visit SET required_documents = :required WHERE state = 'closed'"),
        {"required": json.dumps(sorted(str(k) for k in required))},
    )


def downgrade() -> None:
    # SQLite 3.35+ drops a column in place (a batch copy would trip the foreign keys).
    op.drop_column("visit", "required_documents")
