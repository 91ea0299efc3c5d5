"""The schema revision this fieldkit expects, readable without loading Alembic.

Alembic (with Mako) costs about 100 ms to import; at a normal start the database
is already at this revision, so the store opens without it. A test keeps
``HEAD_REVISION`` equal to the newest migration.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

HEAD_REVISION = "0005"


class DatabaseTooNewError(Exception):
    """The database was written by a newer fieldkit than this one."""

    def __init__(self, revision: str) -> None:
        self.revision = revision
        super().__init__(
            f"Basis data ini dibuat oleh versi fieldkit yang lebih baru (skema {revision}). "
            "Pasang versi fieldkit terbaru; data tidak diubah."
        )


@dataclass(frozen=True, slots=True)
class MigrationReport:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def did_upgrade(self) -> bool:
        return self.from_revision != self.to_revision


def stored_revision(db_path: Path) -> str | None:
    """The revision recorded in the file, or None for a new or unmigrated file."""
    if not db_path.exists():
        return None
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return None if row is None else str(row[0])
