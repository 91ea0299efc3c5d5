"""Bring the server database to this version's schema; refuse one written by a newer server."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
VERSION_TABLE = "server_alembic_version"


class DatabaseTooNewError(Exception):
    def __init__(self, revision: str) -> None:
        self.revision = revision
        super().__init__(
            f"Basis data server ini dibuat oleh versi fieldkit-server yang lebih baru (skema "
            f"{revision}). Pasang versi terbaru; data tidak diubah."
        )


class DatabaseNotReadyError(Exception):
    def __init__(self, current: str | None, head: str) -> None:
        super().__init__(
            f"Skema basis data server {current or 'kosong'} belum {head}. "
            "Jalankan 'fieldkit-server upgrade' (atau 'fieldkit-server init') dulu."
        )


@dataclass(frozen=True, slots=True)
class MigrationReport:
    from_revision: str | None
    to_revision: str


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
        return MigrationContext.configure(
            conn, opts={"version_table": VERSION_TABLE}
        ).get_current_revision()


def upgrade(engine: Engine, *, target: str = "head") -> MigrationReport:
    script = ScriptDirectory.from_config(alembic_config())
    before = current_revision(engine)
    if before is not None and before not in {s.revision for s in script.walk_revisions()}:
        raise DatabaseTooNewError(before)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
    return MigrationReport(before, head_revision() if target == "head" else target)


def require_current(engine: Engine) -> None:
    """Raise unless the schema is exactly this version's: a server never runs on a stale one."""
    current, head = current_revision(engine), head_revision()
    if current == head:
        return
    script = ScriptDirectory.from_config(alembic_config())
    if current is not None and current not in {s.revision for s in script.walk_revisions()}:
        raise DatabaseTooNewError(current)
    raise DatabaseNotReadyError(current, head)
