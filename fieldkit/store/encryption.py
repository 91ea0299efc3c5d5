"""Upgrade an unencrypted installation in place: database and documents, crash-safe.

An installation from before encryption at rest has a plain ``fieldkit.sqlite3`` and plain
document files, possibly with weeks of unsynced work. At the first sign-in after the upgrade
(the password is needed to wrap the new data key) it is encrypted like this::

    1. marker "copying"    fieldkit.encrypting.json written (atomic)
    2.                     WAL checkpointed; plain backup copy  fieldkit.before-encryption.sqlite3
    3.                     encrypted copy  fieldkit.encrypted.tmp  (sqlcipher_export, checked)
    4. marker "swapping"   key file written (atomic), then the marker
    5.                     -wal/-shm of the plain file removed; encrypted copy renamed over it
    6. marker "documents"  (the store is opened with the key) every document file encrypted,
                           each by an atomic rename; older plain backups encrypted too
    7.                     plain backup and marker removed

``settle_interrupted_upgrade`` (no key needed, run before the sign-in screen) settles a crash:
before step 4 the upgrade is rolled back (the plain database was never touched, the partial
copy is deleted) and runs again at the next sign-in; from step 4 on it is carried forward
(the swap is only a rename), and ``finish_upgrade`` encrypts the remaining documents once the
store is open with the key. Nothing is lost at any point: until step 7 the plain backup exists.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from fieldkit.store.db import encrypt_database_copy, is_plain_database
from fieldkit.store.documents import fsync_dir
from fieldkit.store.keys import (
    KeyFile,
    database_key,
    key_file_path,
    save_key_file,
    write_atomic,
)

DATABASE_NAME: Final = "fieldkit.sqlite3"  # same as fieldkit.store.local (which imports this)
MARKER_NAME: Final = "fieldkit.encrypting.json"
ENCRYPTED_TMP_NAME: Final = "fieldkit.encrypted.tmp"
PLAIN_BACKUP_NAME: Final = "fieldkit.before-encryption.sqlite3"

PHASE_COPYING: Final = "copying"
PHASE_SWAPPING: Final = "swapping"
PHASE_DOCUMENTS: Final = "documents"


@dataclass(frozen=True, slots=True)
class UpgradeReport:
    documents_encrypted: int
    backups_encrypted: int


LOCK_NAME: Final = "fieldkit.upgrade.lock"


class UpgradeInProgressError(Exception):
    """Another process is upgrading this data folder right now."""


@contextlib.contextmanager
def upgrade_lock(data_dir: Path) -> Iterator[None]:
    """Hold the data folder's upgrade lock (an OS file lock, released when the process dies).

    Raises UpgradeInProgressError at once when another process holds it, so a scheduled
    ``fieldkit sync`` never settles (rolls back) an upgrade the app is doing.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(data_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            if sys.platform == "win32":
                import msvcrt  # noqa: PLC0415

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl  # noqa: PLC0415

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            raise UpgradeInProgressError(str(data_dir)) from exc
        yield
    finally:
        os.close(fd)  # closing releases the lock


def needs_encryption_upgrade(data_dir: Path) -> bool:
    """True for an installation whose database is still plain (and no upgrade is under way)."""
    return is_plain_database(data_dir / DATABASE_NAME) and read_phase(data_dir) is None


def read_phase(data_dir: Path) -> str | None:
    try:
        raw = (data_dir / MARKER_NAME).read_bytes()
    except FileNotFoundError:
        return None
    try:
        phase = json.loads(raw.decode("utf-8"))["phase"]
    except (ValueError, KeyError, TypeError):
        return PHASE_COPYING  # a torn marker can only be the first one: roll back
    return str(phase)


def _write_phase(data_dir: Path, phase: str) -> None:
    write_atomic(data_dir / MARKER_NAME, json.dumps({"phase": phase}).encode("utf-8"))


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _checkpoint_plain(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        conn.close()


def _backup_plain(db_path: Path, target: Path) -> None:
    _remove(target)
    source = sqlite3.connect(db_path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    os.chmod(target, 0o600)


def encrypt_installation(data_dir: Path, data_key: bytes, keys: KeyFile) -> None:
    """Steps 1-5: encrypt the plain database of ``data_dir`` and write ``keys`` beside it.

    ``keys`` must hold at least one wrap of ``data_key`` (the signing-in officer's). The
    documents follow in ``finish_upgrade`` once the store is open with the key.
    """
    with upgrade_lock(data_dir):
        _encrypt_installation(data_dir, data_key, keys)


def _encrypt_installation(data_dir: Path, data_key: bytes, keys: KeyFile) -> None:
    db_path = data_dir / DATABASE_NAME
    if not is_plain_database(db_path):
        raise ValueError("only a plain database can be upgraded")
    tmp = data_dir / ENCRYPTED_TMP_NAME
    _write_phase(data_dir, PHASE_COPYING)
    _checkpoint_plain(db_path)
    _backup_plain(db_path, data_dir / PLAIN_BACKUP_NAME)
    _remove(tmp)
    encrypt_database_copy(db_path, tmp, database_key(data_key))
    fsync_dir(data_dir)
    save_key_file(data_dir, keys)
    _write_phase(data_dir, PHASE_SWAPPING)
    _swap(data_dir)


def _swap(data_dir: Path) -> None:
    db_path = data_dir / DATABASE_NAME
    tmp = data_dir / ENCRYPTED_TMP_NAME
    if tmp.exists():
        # The plain file was checkpointed before the copy; its WAL must not meet the new file.
        _remove(db_path.with_name(db_path.name + "-wal"))
        _remove(db_path.with_name(db_path.name + "-shm"))
        os.replace(tmp, db_path)
        fsync_dir(data_dir)
    _write_phase(data_dir, PHASE_DOCUMENTS)


def settle_interrupted_upgrade(data_dir: Path) -> str | None:
    """Roll back or carry forward an upgrade a crash interrupted; return what was done.

    Returns "in_progress" (and touches nothing) while another process is upgrading.
    """
    phase = read_phase(data_dir)
    if phase is None:
        return None
    try:
        with upgrade_lock(data_dir):
            return _settle(data_dir)
    except UpgradeInProgressError:
        return "in_progress"


def _settle(data_dir: Path) -> str | None:
    phase = read_phase(data_dir)
    if phase is None:
        return None
    if phase == PHASE_COPYING:
        # The plain database was never touched and no key file was written yet.
        _remove(data_dir / ENCRYPTED_TMP_NAME)
        _remove(key_file_path(data_dir))
        _remove(data_dir / PLAIN_BACKUP_NAME)
        _remove(data_dir / MARKER_NAME)
        fsync_dir(data_dir)
        return "rolled_back"
    if phase == PHASE_SWAPPING:
        _swap(data_dir)
        return "swapped"
    return "documents_pending"


def finish_upgrade(
    data_dir: Path, data_key: bytes, encrypt_documents: Callable[[], int]
) -> UpgradeReport:
    """Steps 6-7, with the store open (``DocumentStore.encrypt_stored_in_place``)."""
    if read_phase(data_dir) != PHASE_DOCUMENTS:
        return UpgradeReport(0, 0)
    encrypted_documents = encrypt_documents()
    backups = 0
    db_key = database_key(data_key)
    for old in sorted(data_dir.glob("fieldkit.before-*.sqlite3")):
        if old.name == PLAIN_BACKUP_NAME or not is_plain_database(old):
            continue
        tmp = old.with_name(old.name + ".encrypting")
        _remove(tmp)
        encrypt_database_copy(old, tmp, db_key)
        os.replace(tmp, old)
        backups += 1
    fsync_dir(data_dir)
    _remove(data_dir / PLAIN_BACKUP_NAME)
    _remove(data_dir / MARKER_NAME)
    fsync_dir(data_dir)
    return UpgradeReport(encrypted_documents, backups)
