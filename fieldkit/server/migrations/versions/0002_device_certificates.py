"""Device certificates: the office's receipt-signing key and each device's certified key.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 21:25:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "office_signing_key",
        sa.Column("office_id", sa.String(length=36), nullable=False),
        sa.Column("public_key", sa.String(length=43), nullable=False),
        sa.Column("private_key", sa.String(length=43), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id"], ["office.id"], name=op.f("fk_office_signing_key_office_id_office")
        ),
        sa.PrimaryKeyConstraint("office_id", name=op.f("pk_office_signing_key")),
    )
    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.add_column(sa.Column("receipt_public_key", sa.String(length=43), nullable=True))
        batch_op.add_column(sa.Column("certificate", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("certified_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.drop_column("certified_at")
        batch_op.drop_column("certificate")
        batch_op.drop_column("receipt_public_key")
    op.drop_table("office_signing_key")
