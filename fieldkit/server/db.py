"""The server's database: declarative base, engines, sessions, and per-dialect helpers.

One ``Database`` per process. SQLite (the embedded default) gets two engines: writes
begin with ``BEGIN IMMEDIATE`` so writers queue instead of failing half-way, reads
begin deferred so they never wait for a writer (WAL). PostgreSQL needs one engine.
Nothing here keeps state that another server process could disagree with.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Engine,
    Integer,
    MetaData,
    String,
    create_engine,
    event,
    text,
)
from sqlalchemy.engine import make_url
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

# One UTC column type and one constraint naming scheme for the laptop and the server.
from fieldkit.store.db import NAMING_CONVENTION, UtcDateTime

# An autoincrement 64-bit key; SQLite only autoincrements a column typed exactly INTEGER.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads this class attribute
        str: String(),
        dt.datetime: UtcDateTime(),
        dict[str, Any]: JSON(),
    }


def normalize_url(url: str) -> str:
    """``postgresql://`` means psycopg 3 here; ``sqlite:///`` the standard driver."""
    parsed = make_url(url)
    if parsed.drivername in {"postgresql", "postgres"}:
        parsed = parsed.set(drivername="postgresql+psycopg")
    elif parsed.drivername == "sqlite":
        parsed = parsed.set(drivername="sqlite+pysqlite")
    return parsed.render_as_string(hide_password=False)


def _sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # SQLAlchemy's recipe (dialects/sqlite/base.py): pysqlite's own transaction handling
    # is turned off and BEGIN is emitted by the "begin" listeners below.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")  # the office's only copy once a laptop is wiped
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _begin_immediate(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def _begin_deferred(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN")


class Database:
    """Engines and session factories for one database URL."""

    def __init__(self, url: str, *, pool_size: int = 10) -> None:
        self.url = normalize_url(url)
        parsed = make_url(self.url)
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        if self.is_sqlite:
            if parsed.database and parsed.database != ":memory:":
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            self.engine = self._sqlite_engine(_begin_immediate, pool_size)
            self.read_engine = self._sqlite_engine(_begin_deferred, pool_size)
        else:
            self.engine = create_engine(
                self.url, pool_size=pool_size, max_overflow=pool_size, pool_pre_ping=True
            )
            self.read_engine = self.engine
        self._write_lock: AbstractContextManager[object] = (
            threading.Lock() if self.is_sqlite else nullcontext()
        )
        self._writes = sessionmaker(self.engine, expire_on_commit=False)
        self._reads = sessionmaker(self.read_engine, expire_on_commit=False)

    def _sqlite_engine(self, on_begin: Any, pool_size: int) -> Engine:
        engine = create_engine(self.url, pool_size=pool_size, max_overflow=pool_size)
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", on_begin)
        return engine

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session in a write transaction, committed at the end (rolled back on error).

        SQLite has one writer at a time. Within this process writers queue on a lock
        instead of on SQLite's busy handler, which polls with sleeps of up to 100 ms and
        turned 20 concurrent pushes into seconds of waiting; other processes sharing the
        file still queue on BEGIN IMMEDIATE and busy_timeout.
        """
        with self._write_lock, self._writes.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reads only; nothing it does is committed."""
        with self._reads() as session, session.begin():
            yield session

    def lock_office(self, session: Session, office_id: str) -> None:
        """Serialise change-feed writers of one office until this transaction ends.

        The feed cursor is an autoincrement id. On PostgreSQL two transactions can take
        ids 7 and 8 and commit 8 first; a device pulling in between would move its cursor
        past 7 and never see it. Taking this lock right before the feed rows are written
        makes ids follow commit order within an office. SQLite writers are serial anyway.
        """
        if self.is_sqlite:
            return
        key = int.from_bytes(hashlib.sha256(office_id.encode()).digest()[:8], "big", signed=True)
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})

    def dispose(self) -> None:
        self.engine.dispose()
        if self.read_engine is not self.engine:
            self.read_engine.dispose()
