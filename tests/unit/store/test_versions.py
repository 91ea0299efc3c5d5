"""Updates on real encrypted database files, both ways: a newer fieldkit migrates after an
encrypted backup copy; an older one refuses newer data and leaves every byte as it was."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest

from fieldkit.store.db import connect_encrypted, is_plain_database, make_engine
from fieldkit.store.keys import database_key
from fieldkit.store.local import DATABASE_NAME, open_local_store
from fieldkit.store.migrate import upgrade
from fieldkit.store.schema import HEAD_REVISION, DatabaseTooNewError


@pytest.fixture
def data_key() -> bytes:
    return secrets.token_bytes(32)


def _database_at(folder: Path, data_key: bytes, revision: str) -> Path:
    """An encrypted laptop database as an older fieldkit (schema ``revision``) left it."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / DATABASE_NAME
    engine = make_engine(path, database_key(data_key))
    try:
        upgrade(engine, path, target=revision, key=database_key(data_key))
        with engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO setting (key, value) VALUES ('penanda', '\"dari versi lama\"')"
            )
    finally:
        engine.dispose()
    return path


def _revision(path: Path, data_key: bytes) -> str:
    conn = connect_encrypted(path, database_key(data_key))
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def test_a_newer_fieldkit_backs_up_then_migrates_an_encrypted_database(
    tmp_path: Path, data_key: bytes
) -> None:
    path = _database_at(tmp_path, data_key, "0001")

    store = open_local_store(tmp_path, data_key=data_key)  # what the app does at start
    try:
        assert store.migration.from_revision == "0001"
        assert store.migration.to_revision == HEAD_REVISION
        with store.engine.connect() as conn:
            marker = conn.exec_driver_sql("SELECT value FROM setting WHERE key='penanda'")
            assert marker.scalar() == '"dari versi lama"'
    finally:
        store.close()
    assert _revision(path, data_key) == HEAD_REVISION

    backup = store.migration.backup
    assert backup is not None
    assert backup.name.startswith("fieldkit.before-upgrade-0001-")
    assert not is_plain_database(backup)  # encrypted exactly as the live file
    assert _revision(backup, data_key) == "0001"


def test_an_older_fieldkit_refuses_newer_encrypted_data_and_changes_nothing(
    tmp_path: Path, data_key: bytes
) -> None:
    path = _database_at(tmp_path, data_key, HEAD_REVISION)
    conn = connect_encrypted(path, database_key(data_key))
    try:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the main file
    finally:
        conn.close()
    before = path.read_bytes()

    with pytest.raises(DatabaseTooNewError) as info:
        open_local_store(tmp_path, data_key=data_key)
    message = str(info.value)
    assert "versi fieldkit yang lebih baru" in message
    assert "9999" in message
    assert "Pasang versi fieldkit terbaru" in message
    assert path.read_bytes() == before
    # No backup either, nor any other new file (SQLite's own -wal/-shm aside).
    assert {p.name for p in tmp_path.iterdir()} <= {
        DATABASE_NAME,
        f"{DATABASE_NAME}-wal",
        f"{DATABASE_NAME}-shm",
    }
