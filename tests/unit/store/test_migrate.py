"""Migrations: from an empty file, from the previous revision with data, and refusing newer."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from fieldkit.store.db import make_engine
from fieldkit.store.local import DATABASE_NAME, open_local_store
from fieldkit.store.migrate import DatabaseTooNewError, current_revision, head_revision, upgrade

EXPECTED_TABLES = {
    "office",
    "officer",
    "device",
    "setting",
    "visit",
    "visit_officer",
    "application",
    "activity",
    "document",
    "application_document",
    "acknowledgement",
    "status_event",
    "outbox",
    "application_search",
}


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_upgrade_from_empty_creates_every_table(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    engine = make_engine(path)
    report = upgrade(engine, path)
    engine.dispose()
    assert report.from_revision is None
    assert report.to_revision == head_revision()
    assert report.backup is None  # nothing to back up in a new file
    assert EXPECTED_TABLES <= _tables(path)


def test_pragmas_are_on_for_every_connection(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "p.sqlite3")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    engine.dispose()


def _seed_at_0001(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.executescript(
            """
            INSERT INTO office VALUES ('o1', 'DPMPTSP Bogor', '', 'Asia/Jakarta', '');
            INSERT INTO officer VALUES ('u1', 'o1', 'Budi', 'operator', NULL, 1,
                                        '2026-11-01 02:00:00');
            INSERT INTO visit VALUES ('v1', 'o1', '3201011001', '2026-11-01', 15, 'open',
                                      'u1', '2026-11-01 02:00:00', NULL);
            INSERT INTO application (id, tracking_code, visit_id, status, revision, created_by,
                created_at, updated_by, updated_at, nib, reason_code, reason_text, nik,
                full_name, name_key, birth_place, birth_date, gender, street, village_code,
                postal_code, mobile, email, npwp, business_name, business_street,
                business_village_code, business_postal_code, land_area_m2, land_status,
                latitude, longitude, capital, scale)
            VALUES ('a1', 'ABCDE22222', 'v1', 'draft', 1, 'u1', '2026-11-01 02:00:00', 'u1',
                '2026-11-01 02:00:00', '', NULL, '', '3201015708900003', 'Siti Rahmawati',
                'siti rahmawati', 'Bogor', '1990-08-17', 'P', '', '3201011001', '',
                '+6281200000003', 'siti@gmail.com', '', 'Warung Bu Siti', '', '3201011001',
                '', NULL, NULL, NULL, NULL, 15000000, 'mikro');
            INSERT INTO outbox (idempotency_key, kind, entity_id, revision, payload, created_at)
            VALUES ('k1', 'application.create', 'a1', 1, '{}', '2026-11-01 02:00:00');
            """
        )


def test_upgrade_from_previous_revision_keeps_data_and_backs_it_up(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_NAME
    engine = make_engine(path)
    upgrade(engine, path, target="0001")
    engine.dispose()
    _seed_at_0001(path)

    store = open_local_store(tmp_path)  # what the app does at start
    try:
        assert store.migration.from_revision == "0001"
        assert store.migration.to_revision == head_revision()
        with store.engine.connect() as conn:
            found = conn.execute(
                text("SELECT rowid FROM application_search WHERE application_search MATCH 'rahma'")
            ).all()
            assert len(found) == 1  # the search index was filled from existing rows
            assert conn.execute(text("SELECT count(*) FROM outbox")).scalar() == 1
    finally:
        store.close()

    backup = store.migration.backup
    assert backup is not None
    assert backup.exists()
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert conn.execute("SELECT full_name FROM application").fetchone() == ("Siti Rahmawati",)


def test_database_from_a_newer_fieldkit_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_NAME
    engine = make_engine(path)
    upgrade(engine, path)
    engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = path.read_bytes()

    with pytest.raises(DatabaseTooNewError) as info:
        open_local_store(tmp_path)
    assert "versi fieldkit yang lebih baru" in str(info.value)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.before-*"))  # no backup: nothing was going to change


def test_status_history_is_append_only(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_NAME
    engine = make_engine(path)
    upgrade(engine, path)
    engine.dispose()
    _seed_history = (
        "INSERT INTO status_event (application_id, at, officer_id, from_status, to_status,"
        " reason_code, reason_text) VALUES ('a1', '2026-11-01 02:00:00', 'u1', NULL, 'draft',"
        " NULL, '')"
    )
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute(_seed_history)
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("UPDATE status_event SET to_status = 'ready'")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("DELETE FROM status_event")


def test_current_revision_of_a_new_file_is_none(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "empty.sqlite3")
    assert current_revision(engine) is None
    engine.dispose()


def test_head_constant_names_the_newest_migration() -> None:
    """fieldkit.store.schema.HEAD_REVISION lets a normal start skip Alembic: keep it true."""
    from fieldkit.store.schema import HEAD_REVISION  # noqa: PLC0415

    assert head_revision() == HEAD_REVISION


def test_upgrade_from_0002_with_data_adds_the_sync_state(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_NAME
    engine = make_engine(path)
    upgrade(engine, path, target="0001")
    engine.dispose()
    _seed_at_0001(path)
    engine = make_engine(path)
    upgrade(engine, path, target="0002")
    engine.dispose()

    store = open_local_store(tmp_path)
    try:
        assert store.migration.from_revision == "0002"
        with store.engine.connect() as conn:
            row = conn.execute(
                text("SELECT attempts, last_error, last_outcome, next_attempt_at FROM outbox")
            ).one()
            assert tuple(row) == (0, "", None, None)  # the queued entry is still sendable
            assert conn.execute(text("SELECT clock_flag FROM application")).scalar() == ""
            found = conn.execute(
                text("SELECT rowid FROM application_search WHERE application_search MATCH 'rahma'")
            ).all()
            assert len(found) == 1  # the search triggers survived
        assert {
            "sync_history",
            "sync_conflict",
            "sync_duplicate",
            "sync_upload",
            "sync_error",
        } <= _tables(path)
    finally:
        store.close()


def test_upgrade_to_0005_freezes_the_policy_of_closed_visits_and_downgrades(
    tmp_path: Path,
) -> None:
    path = tmp_path / DATABASE_NAME
    engine = make_engine(path)
    upgrade(engine, path, target="0001")
    engine.dispose()
    _seed_at_0001(path)
    engine = make_engine(path)
    upgrade(engine, path, target="0004")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO visit VALUES ('v2', 'o1', '3201011001', '2026-10-01', 15, 'closed', "
                "'u1', '2026-10-01 02:00:00', '2026-10-01 09:00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO setting VALUES ('document_policy', "
                """'{"required": ["npwp", "ktp"], "max_bytes": 5000000}')"""
            )
        )
    upgrade(engine, path, target="0005")
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT id, required_documents FROM visit")).all()
    frozen = {str(r[0]): r[1] for r in rows}
    assert frozen == {"v1": None, "v2": '["ktp", "npwp"]'}  # the open visit follows the office

    from alembic import command  # noqa: PLC0415 - only this test goes down

    from fieldkit.store.migrate import alembic_config  # noqa: PLC0415

    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004")
    with engine.connect() as conn:
        columns = {r[1] for r in conn.execute(text("PRAGMA table_info(visit)"))}
        assert "required_documents" not in columns
        assert conn.execute(text("SELECT count(*) FROM visit")).scalar() == 2
    engine.dispose()
