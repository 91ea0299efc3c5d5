"""Freeze the required documents of a visit when its day is closed.

A closed day's report is signed on paper; it must not change when the office later changes
which documents it requires. ``required_documents`` holds the document kinds required when the
visit was closed (JSON list); NULL for an open visit, which follows the office's current policy,
and for visits closed before this revision (they keep following it, as before).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 03:00:00
"""

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


def downgrade() -> None:
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_column("required_documents")
