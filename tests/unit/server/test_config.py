"""Settings: defaults, TOML, environment and flags, and errors that name the setting."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldkit.server.config import ConfigError, load_settings, settings_env


def test_later_sources_win(tmp_path: Path) -> None:
    toml = tmp_path / "server.toml"
    toml.write_text(
        '[server]\ndata_dir = "/srv/a"\nmax_chunk_bytes = 2048\nsession_hours = 8\n', "utf-8"
    )
    env = {"FIELDKIT_SERVER_MAX_CHUNK_BYTES": "4096", "FIELDKIT_SERVER_CONFIG": str(toml)}
    settings = load_settings(env=env, overrides={"session_hours": 10, "data_dir": None})
    assert settings.data_dir == Path("/srv/a")
    assert settings.max_chunk_bytes == 4096
    assert settings.session_hours == 10
    assert settings.resolved_database_url == "sqlite:////srv/a/fieldkit-server.sqlite3"
    assert settings.is_sqlite
    assert settings.resolved_document_dir == Path("/srv/a/documents")
    again = load_settings(env=settings_env(settings))
    assert again == settings


def test_bad_values_name_the_setting_and_its_source(tmp_path: Path) -> None:
    with pytest.raises(
        ConfigError, match=r"'max_chunk_bytes' \(variabel FIELDKIT_SERVER_MAX_CHUNK_BYTES\)"
    ):
        load_settings(env={"FIELDKIT_SERVER_MAX_CHUNK_BYTES": "banyak"})
    with pytest.raises(ConfigError, match="'database_url'"):
        load_settings(env={}, overrides={"database_url": "mysql://x"})
    toml = tmp_path / "bad.toml"
    toml.write_text("[server]\nport = 80\n", "utf-8")
    with pytest.raises(ConfigError, match="tidak dikenal: port"):
        load_settings(config_file=toml, env={})
    with pytest.raises(ConfigError, match="tidak ada"):
        load_settings(config_file=tmp_path / "missing.toml", env={})
    toml.write_text("[server\n", "utf-8")
    with pytest.raises(ConfigError, match="tidak bisa dibaca"):
        load_settings(config_file=toml, env={})


def test_postgres_url_is_kept() -> None:
    settings = load_settings(env={"FIELDKIT_SERVER_DATABASE_URL": "postgresql://u@h/db"})
    assert settings.resolved_database_url == "postgresql://u@h/db"
    assert not settings.is_sqlite
