"""The one place a database connection is made: engine factory, declarative base, sessions.

Every connection to the laptop's SQLite file is opened here. The app's database is
encrypted with SQLCipher (``sqlcipher3``): the raw 256-bit key (derived from the data key, see
``fieldkit.store.keys``) is applied first on every connection, before any other statement.
A plain (unencrypted) engine stays available for the server's SQLite, for tests that are not
about encryption and for reading an old installation once while it is upgraded.

Pragmas are set on every connection: WAL so readers never block the writer,
``synchronous=FULL`` so a committed save survives a power failure (laptops run flat in village
halls), foreign keys on.
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


SQLITE_HEADER = b"SQLite format 3\x00"


def is_plain_database(path: Path) -> bool:
    """True when ``path`` is an unencrypted SQLite file (it starts with SQLite's header)."""
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except FileNotFoundError:
        return False


def _key_pragma(key: bytes) -> str:
    if len(key) != 32:
        raise ValueError("the SQLCipher key is 32 raw bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect_encrypted(path: Path, key: bytes) -> Any:
    """A raw sqlcipher3 connection with the key applied (and checked) first."""
    import sqlcipher3  # noqa: PLC0415 - the server never loads SQLCipher

    conn = sqlcipher3.connect(str(path), check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our error to report
        conn.execute(_key_pragma(key))
        # The key is only checked when the first page is read: read it now, so a wrong key
        # fails here ("file is not a database") and not in the middle of a save.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


def encrypt_database_copy(plain: Path, target: Path, key: bytes) -> None:
    """Write an encrypted copy of the plain database ``plain`` to ``target`` (a new file).

    Uses SQLCipher's ``sqlcipher_export`` (schema, data, user_version), then checks the copy.
    """
    import sqlcipher3  # noqa: PLC0415

    if target.exists():
        raise FileExistsError(target)
    conn = sqlcipher3.connect(str(plain))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.isolation_level = None
        conn.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(target),))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()
    check = connect_encrypted(target, key)
    try:
        result = check.execute("PRAGMA integrity_check").fetchone()[0]
        # Journal mode lives in the file header: the copy keeps WAL like the original.
        check.execute("PRAGMA journal_mode=WAL").fetchone()
    finally:
        check.close()
    if result != "ok":
        raise RuntimeError(f"encrypted copy failed its integrity check: {result}")


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


# SQLCipher decrypts (and HMAC-checks) every page it reads from the file, so pages that the OS
# cache would serve to plain SQLite for free cost a decryption each time. A larger page cache
# keeps the decrypted working set (the search indexes) in memory: at 100,000 applicants it
# brings a name search from 4x to about 1x the plain figure (bench_encryption). Pages are only
# cached as they are read, so a small store uses little of it.
ENCRYPTED_CACHE_KIB = 64 * 1024


def _on_connect_encrypted(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA cache_size=-{ENCRYPTED_CACHE_KIB}")
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


def make_engine(path: Path, key: bytes | None = None) -> Engine:
    """The engine for the SQLite file at ``path`` (created on first use).

    ``key``: the 32-byte SQLCipher key (``keys.database_key``); None opens a plain file.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    if key is None:
        engine = create_engine(f"sqlite+pysqlite:///{path}", future=True)
    else:
        import sqlcipher3  # noqa: PLC0415

        engine = create_engine(
            f"sqlite+pysqlite:///{path}",
            future=True,
            module=sqlcipher3.dbapi2,
            creator=lambda: connect_encrypted(path, key),
        )
        event.listen(engine, "connect", _on_connect_encrypted)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:  # of StoreSession
    """Sessions that keep loaded values after commit (they are copied into domain values)."""
    return sessionmaker(engine, class_=StoreSession, expire_on_commit=False)
