"""Alembic environment of the server; run through fieldkit.server.migrate, not the CLI."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from fieldkit.server import models  # noqa: F401 - registers the tables on Base.metadata
from fieldkit.server.db import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection: Connection | None = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("run migrations through fieldkit.server.migrate.upgrade()")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
        compare_type=True,
        version_table="server_alembic_version",
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
