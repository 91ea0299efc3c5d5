"""Bring a laptop's database to the schema this version of fieldkit expects, safely.

Runs at start-up before any window opens. An existing database with pending
migrations is first copied aside with SQLite's online backup API, because
officers upgrade laptops that hold weeks of unsynced work. A database written by
a newer fieldkit is refused rather than touched.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from fieldkit.store.schema import DatabaseTooNewError, MigrationReport

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

__all__ = ["DatabaseTooNewError", "MigrationReport", "current_revision", "head_revision", "upgrade"]


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the package ships at least one migration"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_database(db_path: Path, label: str, key: bytes | None = None) -> Path:
    """A consistent copy of the live database next to it (WAL content included).

    ``key``: the SQLCipher key of an encrypted database; the copy is encrypted with it too.
    """
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = db_path.with_name(f"{db_path.stem}.before-{label}-{stamp}{db_path.suffix}")
    if key is not None:
        from fieldkit.store.db import connect_encrypted  # noqa: PLC0415

        source = connect_encrypted(db_path, key)
        dest = connect_encrypted(target, key)
        try:
            source.backup(dest)
        finally:
            dest.close()
            source.close()
        return target
    source = sqlite3.connect(db_path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def upgrade(
    engine: Engine, db_path: Path | None = None, *, target: str = "head", key: bytes | None = None
) -> MigrationReport:
    """Upgrade the database to ``target``; back it up first when it holds an older schema."""
    script = ScriptDirectory.from_config(alembic_config())
    before = current_revision(engine)
    if before is not None and before not in {s.revision for s in script.walk_revisions()}:
        raise DatabaseTooNewError(before)
    head = head_revision() if target == "head" else target
    backup = None
    if before is not None and before != head and db_path is not None and db_path.exists():
        backup = backup_database(db_path, f"upgrade-{before}", key)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
    return MigrationReport(before, head, backup)
