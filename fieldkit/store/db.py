"""The one place a database connection is made: engine factory, declarative base, sessions.

Every connection to the laptop's SQLite file is opened here, so that encryption
(SQLCipher) can slot in at one point later. Pragmas are set on every connection:
WAL so readers never block the writer, ``synchronous=FULL`` so a committed save
survives a power failure (laptops run flat in village halls), foreign keys on.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import DateTime, Engine, MetaData, String, create_engine, event
from sqlalchemy.orm import DeclarativeBase, Session, SessionTransaction, sessionmaker
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Timezone-aware UTC datetimes in, timezone-aware UTC datetimes out.

    SQLite has no time zone type; storing naive UTC and re-attaching UTC on the
    way out keeps every value comparable and makes a naive value a bug we catch.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use UTC-aware datetimes")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads this class attribute
        str: String(),
        dt.datetime: UtcDateTime(),
    }


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # pysqlite's own transaction handling would defer BEGIN; SQLAlchemy's recipe
    # for SQLite (dialects/sqlite/base.py) turns it off and emits BEGIN itself.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


WRITE_OPTION = "fieldkit_write"


def _on_begin(conn: Any) -> None:
    # A writing transaction starts with BEGIN IMMEDIATE: it takes the write lock
    # up front, so two writers queue (busy_timeout) instead of one failing
    # half-way with "database is locked". Readers use a plain BEGIN: in WAL mode
    # they never wait for the writer.
    is_write = conn.get_execution_options().get(WRITE_OPTION, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if is_write else "BEGIN")


class StoreSession(Session):
    """A Session whose explicit ``begin()`` (``sessionmaker.begin()``) marks a write."""

    def begin(self, nested: bool = False) -> SessionTransaction:
        transaction = super().begin(nested)
        if not nested:
            self.connection(execution_options={WRITE_OPTION: True})
        return transaction


def make_engine(path: Path) -> Engine:
    """The engine for the SQLite file at ``path`` (created on first use)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite+pysqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:  # of StoreSession
    """Sessions that keep loaded values after commit (they are copied into domain values)."""
    return sessionmaker(engine, class_=StoreSession, expire_on_commit=False)
