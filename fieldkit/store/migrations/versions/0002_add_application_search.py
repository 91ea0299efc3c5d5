"""Add the full-text search index over applicant name, NIK, business name and tracking code.

A trigram FTS5 table finds any fragment of three or more characters; triggers
keep it in step with the application table inside the same transaction, and
the upgrade fills it from the applications already stored.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 18:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = "full_name, nik, business_name, tracking_code"


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE application_search USING fts5("
        f"{_COLUMNS}, tokenize = 'trigram', content = 'application', content_rowid = 'rowid')"
    )
    op.execute(
        "CREATE TRIGGER application_search_ai AFTER INSERT ON application BEGIN "
        f"INSERT INTO application_search(rowid, {_COLUMNS}) "
        "VALUES (new.rowid, new.full_name, new.nik, new.business_name, new.tracking_code); END"
    )
    op.execute(
        "CREATE TRIGGER application_search_ad AFTER DELETE ON application BEGIN "
        f"INSERT INTO application_search(application_search, rowid, {_COLUMNS}) "
        "VALUES ('delete', old.rowid, old.full_name, old.nik, old.business_name, "
        "old.tracking_code); END"
    )
    op.execute(
        "CREATE TRIGGER application_search_au AFTER UPDATE OF "
        f"{_COLUMNS} ON application BEGIN "
        f"INSERT INTO application_search(application_search, rowid, {_COLUMNS}) "
        "VALUES ('delete', old.rowid, old.full_name, old.nik, old.business_name, "
        "old.tracking_code); "
        f"INSERT INTO application_search(rowid, {_COLUMNS}) "
        "VALUES (new.rowid, new.full_name, new.nik, new.business_name, new.tracking_code); END"
    )
    op.execute("INSERT INTO application_search(application_search) VALUES ('rebuild')")


def downgrade() -> None:
    for trigger in ("application_search_au", "application_search_ad", "application_search_ai"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS application_search")
