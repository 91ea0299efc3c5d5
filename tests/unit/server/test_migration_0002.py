"""Server migration 0002 (device certificates) on a database that already has devices."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import inspect, text

from fieldkit.server.db import Database
from fieldkit.server.migrate import alembic_config, current_revision, upgrade


def _device_columns(db: Database) -> set[str]:
    return {c["name"] for c in inspect(db.engine).get_columns("device")}


def test_0002_adds_certificate_columns_and_keeps_enrolled_devices(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'server.sqlite3'}", pool_size=1)
    try:
        upgrade(db.engine, target="0001")
        with db.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO office (id, name, timezone, created_at) "
                    "VALUES ('o1', 'DPMPTSP', 'Asia/Jakarta', '2026-11-25 00:00:00')"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO device (id, office_id, name, token_hash, tracking_prefix, "
                    "enrolled_at, last_pull_cursor, entries_applied) VALUES ('d1', 'o1', "
                    "'Laptop lama', 'hash', 'ABCDE', '2026-11-25 00:00:00', 7, 3)"
                )
            )
        assert "certificate" not in _device_columns(db)

        upgrade(db.engine, target="0002")
        assert current_revision(db.engine) == "0002"
        assert {"receipt_public_key", "certificate", "certified_at"} <= _device_columns(db)
        assert "office_signing_key" in inspect(db.engine).get_table_names()
        with db.engine.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT tracking_prefix, last_pull_cursor, receipt_public_key, certificate, "
                    "certified_at FROM device WHERE id = 'd1'"
                )
            ).one()
        assert tuple(row) == ("ABCDE", 7, None, None, None)  # certified on its next sync

        cfg = alembic_config()
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0001")
        assert current_revision(db.engine) == "0001"
        assert "certificate" not in _device_columns(db)
        assert "office_signing_key" not in inspect(db.engine).get_table_names()
    finally:
        db.dispose()
