"""Opening the laptop's local store: database file, migrations, document files, recovery.

The app opens the store with the data key (``data_key``): the database is SQLCipher and every
document file AES-256-GCM. Without a key the store is plain, as before encryption at rest:
for tests that are not about encryption, benchmarks' baselines, and reading an installation
once while ``fieldkit.store.encryption`` upgrades it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from fieldkit.store import repositories as repo
from fieldkit.store.db import make_engine, make_session_factory
from fieldkit.store.documents import DocumentStore, RecoveryReport
from fieldkit.store.encryption import PHASE_DOCUMENTS, finish_upgrade, read_phase
from fieldkit.store.keys import database_key, document_key
from fieldkit.store.schema import HEAD_REVISION, MigrationReport, stored_revision

DATABASE_NAME = "fieldkit.sqlite3"
DOCUMENTS_DIR = "documents"


def default_data_dir() -> Path:
    """Where the laptop keeps its data: ``FIELDKIT_DATA_DIR`` or the user data directory."""
    override = os.environ.get("FIELDKIT_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir("fieldkit", "DPMPTSP"))


@dataclass(frozen=True)
class LocalStore:
    data_dir: Path
    engine: Engine
    sessions: sessionmaker[Session]
    documents: DocumentStore
    migration: MigrationReport
    recovery: RecoveryReport
    data_key: bytes | None = None  # None: a plain (unencrypted) store

    @property
    def is_encrypted(self) -> bool:
        return self.data_key is not None

    @property
    def database_path(self) -> Path:
        return self.data_dir / DATABASE_NAME

    def close(self) -> None:
        self.engine.dispose()


def _encrypted_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchone()
        except DatabaseError as exc:
            if "no such table" in str(exc):
                return None
            raise
    return None if row is None else str(row[0])


def open_local_store(data_dir: Path, *, data_key: bytes | None = None) -> LocalStore:
    """Open (creating or upgrading) the store in ``data_dir`` and finish interrupted saves.

    ``data_key``: the laptop's data key (``fieldkit.store.keys``); None opens a plain store.
    A wrong key raises ``sqlalchemy.exc.DatabaseError`` ("file is not a database") before
    anything is written.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    db_path = data_dir / DATABASE_NAME
    db_key = None if data_key is None else database_key(data_key)
    engine = make_engine(db_path, db_key)
    try:
        current = stored_revision(db_path) if db_key is None else _encrypted_revision(engine)
    except BaseException:
        engine.dispose()
        raise
    if current == HEAD_REVISION:
        migration = MigrationReport(current, current, None)
    else:
        from fieldkit.store.migrate import upgrade  # noqa: PLC0415 - Alembic only when needed

        migration = upgrade(engine, db_path, key=db_key)
    with engine.begin() as conn:
        # Fresh planner statistics at every start (about 10 ms at 100,000 applicants with the
        # analysis limit): without them SQLite sorts a whole large visit for each list page.
        conn.exec_driver_sql("PRAGMA analysis_limit=1000")
        conn.exec_driver_sql("ANALYZE")
    sessions = make_session_factory(engine)
    documents = DocumentStore(
        data_dir / DOCUMENTS_DIR, key=None if data_key is None else document_key(data_key)
    )

    def is_referenced(sha256: str) -> bool:
        with sessions() as session:
            return repo.is_document_referenced(session, sha256)

    recovery = documents.recover(is_referenced)
    if data_key is not None and read_phase(data_dir) == PHASE_DOCUMENTS:
        # An upgrade to encryption swapped the database in: its documents follow (resumable).
        finish_upgrade(data_dir, data_key, documents.encrypt_stored_in_place)
    return LocalStore(data_dir, engine, sessions, documents, migration, recovery, data_key)
