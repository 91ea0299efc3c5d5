"""Typed server settings from defaults, a TOML file, ``FIELDKIT_SERVER_*`` variables and flags.

Later sources win: defaults < TOML file < environment < command-line flags. A bad
value stops the server with a message that names the setting and where it came from.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Final

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from fieldkit.domain.policy import DEFAULT_MAX_DOCUMENT_BYTES
from fieldkit.protocol.messages import MAX_CHUNK_BYTES, MAX_PUSH_BYTES

ENV_PREFIX: Final = "FIELDKIT_SERVER_"
CONFIG_ENV: Final = ENV_PREFIX + "CONFIG"
DATABASE_FILE: Final = "fieldkit-server.sqlite3"


class ConfigError(Exception):
    """A setting cannot be used; the message names it and says how to fix it."""


def default_data_dir() -> Path:
    return platformdirs.user_data_path("fieldkit-server", "DPMPTSP")


class Settings(BaseModel):
    """Everything a server process needs to know; immutable once loaded."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    data_dir: Path = Field(default_factory=default_data_dir)
    # Empty: an SQLite file in data_dir (embedded, no setup). Else an SQLAlchemy URL:
    # sqlite:///path or postgresql://user:pass@host/db (driver psycopg).
    database_url: str = ""
    document_dir: Path | None = None  # default: data_dir / "documents"
    upload_dir: Path | None = None  # default: data_dir / "uploads"
    max_document_bytes: Annotated[int, Field(ge=1024, le=1024**3)] = DEFAULT_MAX_DOCUMENT_BYTES
    max_chunk_bytes: Annotated[int, Field(ge=1024, le=64 * 1024**2)] = MAX_CHUNK_BYTES
    max_push_bytes: Annotated[int, Field(ge=1024, le=256 * 1024**2)] = MAX_PUSH_BYTES
    max_json_bytes: Annotated[int, Field(ge=1024, le=16 * 1024**2)] = 256 * 1024
    session_hours: Annotated[int, Field(ge=1, le=24 * 30)] = 12
    enrolment_hours: Annotated[int, Field(ge=1, le=24 * 90)] = 72
    secure_cookies: bool = False  # set when the server is reached over HTTPS only
    pool_size: Annotated[int, Field(ge=1, le=200)] = 10
    # Pushes applied at once per process. The work is CPU-bound Python: more threads only
    # fight over the GIL, and a thread that waits for the GIL while holding SQLite's write
    # lock stalls every other writer (20 laptops pushing went from 50 to far more
    # applications per second when limited). Scale with processes (--workers), not this.
    push_concurrency: Annotated[int, Field(ge=1, le=64)] = 1
    # Guessing limits (fieldkit/server/ratelimit.py): failed attempts per window, counted
    # in the memory of each server process.
    rate_window_seconds: Annotated[int, Field(ge=1, le=24 * 3600)] = 900
    sign_in_failures_per_address: Annotated[int, Field(ge=1, le=100_000)] = 30
    sign_in_failures_per_account: Annotated[int, Field(ge=1, le=100_000)] = 10
    enrol_failures_per_address: Annotated[int, Field(ge=1, le=100_000)] = 20
    device_auth_failures_per_address: Annotated[int, Field(ge=1, le=100_000)] = 50
    # Strict-Transport-Security max-age on answers that came over HTTPS (0: none; use a
    # small value while trying out a certificate, browsers remember HSTS that long).
    hsts_seconds: Annotated[int, Field(ge=0, le=2 * 365 * 24 * 3600)] = 365 * 24 * 3600

    @field_validator("database_url")
    @classmethod
    def _check_url(cls, value: str) -> str:
        value = value.strip()
        if value and not value.startswith(("sqlite", "postgresql", "postgres")):
            raise ValueError("must start with sqlite:/// or postgresql://")
        return value

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / DATABASE_FILE}"

    @property
    def resolved_document_dir(self) -> Path:
        return self.document_dir or self.data_dir / "documents"

    @property
    def resolved_upload_dir(self) -> Path:
        return self.upload_dir or self.data_dir / "uploads"

    @property
    def is_sqlite(self) -> bool:
        return self.resolved_database_url.startswith("sqlite")


FIELDS: Final = tuple(Settings.model_fields)


def _from_env(env: Mapping[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name in FIELDS:
        raw = env.get(ENV_PREFIX + name.upper())
        if raw is not None and raw != "":
            values[name] = raw
    return values


def _from_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(f"Berkas konfigurasi {path} tidak ada. Periksa path-nya.") from None
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"Berkas konfigurasi {path} tidak bisa dibaca: {exc}") from None
    section = data.get("server", data)
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: bagian [server] harus berisi pengaturan.")
    unknown = sorted(set(section) - set(FIELDS))
    if unknown:
        raise ConfigError(
            f"{path}: pengaturan tidak dikenal: {', '.join(unknown)}. "
            f"Yang dikenal: {', '.join(FIELDS)}."
        )
    return dict(section)


def load_settings(
    *,
    config_file: Path | None = None,
    env: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Settings:
    """Settings from every source, later ones winning; raises ConfigError naming the setting."""
    env = os.environ if env is None else env
    sources: dict[str, str] = {}
    values: dict[str, Any] = {}
    path = config_file or (Path(env[CONFIG_ENV]) if env.get(CONFIG_ENV) else None)
    if path is not None:
        for key, value in _from_toml(path).items():
            values[key], sources[key] = value, f"berkas {path}"
    for key, value in _from_env(env).items():
        values[key], sources[key] = value, f"variabel {ENV_PREFIX}{key.upper()}"
    for key, value in (overrides or {}).items():
        if value is not None:
            values[key], sources[key] = value, f"opsi --{key.replace('_', '-')}"
    try:
        return Settings.model_validate(values)
    except ValidationError as exc:
        first = exc.errors()[0]
        name = str(first["loc"][0]) if first["loc"] else "?"
        where = sources.get(name, "bawaan")
        raise ConfigError(
            f"Pengaturan '{name}' ({where}) tidak valid: {first['msg']}. Perbaiki nilainya."
        ) from None


def settings_env(settings: Settings) -> dict[str, str]:
    """The settings as FIELDKIT_SERVER_* variables, for worker processes started by uvicorn."""
    out: dict[str, str] = {}
    for name, value in settings.model_dump(exclude_none=True).items():
        out[ENV_PREFIX + name.upper()] = (
            str(value).lower() if isinstance(value, bool) else str(value)
        )
    return out
