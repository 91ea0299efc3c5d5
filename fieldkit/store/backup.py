"""Backups of the laptop's store: the database, the documents and the key file, in one folder.

A backup is a folder ``fieldkit-cadangan-<UTC time>`` holding

- ``fieldkit.sqlite3``: a consistent copy made with SQLite's online backup API on connections
  from ``fieldkit.store.db`` (SQLCipher with the same key for an encrypted store), so the copy is
  encrypted exactly as the live database and a save in progress never tears it;
- ``documents/``: the stored document files as they are (already encrypted at rest);
- ``fieldkit.keys.json``: the wrapped data key, without which an encrypted copy cannot be opened
  (it holds the key only wrapped by the officers' passwords and the recovery key);
- ``manifest.json``: format, app version, schema revision, and the SHA-256 of every file.

It is written as ``<name>.partial`` and renamed when complete and checked, so an interrupted
backup never looks finished. :func:`verify_backup` re-reads every file against the manifest and
opens the database (``PRAGMA integrity_check``); :func:`restore_backup` runs it first and refuses
a damaged backup before touching anything, then sets the current data aside (never deletes it).
Unchanged documents are hard-linked from the previous backup in the same folder when possible,
so daily backups (:func:`daily_backup`, seven kept) cost little more than one copy.

The app runs :func:`daily_backup` in the background after sign-in and offers *Akun → Ekspor
cadangan ke flashdisk* (``fieldkit.services.backup``). Restoring needs the store closed, so it is
offered before sign-in: *Pulihkan dari cadangan…* on the unlock screen and on a new laptop's
first screen (``fieldkit.services.restore``, ``fieldkit.ui.dialogs.restore``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from fieldkit import __version__
from fieldkit.domain.messages import Text, msg
from fieldkit.store.db import connect_encrypted
from fieldkit.store.documents import STAGING_DIR
from fieldkit.store.keys import KEY_FILE_NAME

DATABASE_NAME: Final = "fieldkit.sqlite3"  # as fieldkit.store.local
DOCUMENTS_DIR: Final = "documents"
MANIFEST: Final = "manifest.json"
PREFIX: Final = "fieldkit-cadangan-"
FORMAT: Final = 1
DAILY_DIR: Final = "cadangan"
DAILY_KEEP: Final = 7


class BackupError(Exception):
    """A backup cannot be made, read or restored; ``text`` says what to do (translatable)."""

    def __init__(self, text: Text) -> None:
        super().__init__(str(text))
        self.text = text


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    created_at: str  # ISO 8601, UTC
    schema: str | None
    documents: int
    total_bytes: int


def _connect(path: Path, key: bytes | None) -> Any:
    return sqlite3.connect(path) if key is None else connect_encrypted(path, key)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def _document_files(documents: Path) -> Iterator[Path]:
    if not documents.is_dir():
        return
    for path in sorted(documents.rglob("*")):
        if path.is_file() and STAGING_DIR not in path.relative_to(documents).parts:
            yield path


def _schema(conn: Any) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    except Exception as exc:  # sqlcipher3 raises its own DatabaseError class
        if "no such table" in str(exc):
            return None
        raise
    return None if row is None else str(row[0])


def _latest(folder: Path) -> Path | None:
    done = sorted(p for p in folder.glob(f"{PREFIX}*") if p.is_dir() and p.suffix != ".partial")
    return done[-1] if done else None


def create_backup(
    data_dir: Path, dest: Path, *, key: bytes | None, now: dt.datetime | None = None
) -> BackupInfo:
    """Back up the store in ``data_dir`` into a new folder under ``dest``; checked before it
    is named as finished. ``key``: the SQLCipher key of an encrypted store, None for plain."""
    now = now or dt.datetime.now(dt.UTC)
    source = data_dir / DATABASE_NAME
    if not source.is_file():
        raise BackupError(msg("Belum ada data untuk dicadangkan di laptop ini."))
    dest.mkdir(parents=True, exist_ok=True)
    final = dest / f"{PREFIX}{now:%Y%m%dT%H%M%SZ}"
    if final.exists():
        raise BackupError(
            msg("Cadangan dengan waktu yang sama sudah ada. Coba lagi sebentar lagi.")
        )
    previous = _latest(dest)
    previous_files: dict[str, str] = {}
    if previous is not None:
        with contextlib.suppress(OSError, ValueError, KeyError):
            previous_files = json.loads((previous / MANIFEST).read_text())["files"]
    partial = final.with_name(final.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir()
    try:
        live = _connect(source, key)
        try:
            copy = _connect(partial / DATABASE_NAME, key)
            try:
                live.backup(copy)
                schema = _schema(copy)
            finally:
                copy.close()
        finally:
            live.close()
        files = {DATABASE_NAME: _sha256(partial / DATABASE_NAME)}
        documents = 0
        for path in _document_files(data_dir / DOCUMENTS_DIR):
            rel = path.relative_to(data_dir).as_posix()
            digest = _sha256(path)
            target = partial / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            linked = False
            if previous is not None and previous_files.get(rel) == digest:
                with contextlib.suppress(OSError):
                    os.link(previous / rel, target)  # immutable: share the previous copy
                    linked = True
            if not linked:
                shutil.copy2(path, target)
            files[rel] = digest
            documents += 1
        if (data_dir / KEY_FILE_NAME).is_file():
            shutil.copy2(data_dir / KEY_FILE_NAME, partial / KEY_FILE_NAME)
            files[KEY_FILE_NAME] = _sha256(partial / KEY_FILE_NAME)
        manifest = {
            "format": FORMAT,
            "app_version": __version__,
            "created_at": now.isoformat(),
            "schema": schema,
            "encrypted": key is not None,
            "files": files,
        }
        (partial / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True))
        verify_backup(partial, key=key)
        partial.rename(final)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    total = sum((final / rel).stat().st_size for rel in files)
    return BackupInfo(final, now.isoformat(), schema, documents, total)


def verify_backup(backup: Path, *, key: bytes | None) -> dict[str, Any]:
    """The manifest of ``backup`` after every file and the database were checked.

    Raises BackupError (Indonesian) naming what is wrong: a missing or changed file, a database
    that does not open with this laptop's key, or one that fails ``integrity_check``.
    """

    def damaged(what: Text) -> BackupError:
        return BackupError(
            msg("Cadangan {name} rusak: {what}. Pakai cadangan lain.", name=backup.name, what=what)
        )

    try:
        manifest: dict[str, Any] = json.loads((backup / MANIFEST).read_text())
        files: dict[str, str] = manifest["files"]
        if manifest.get("format") != FORMAT or DATABASE_NAME not in files:
            raise ValueError(manifest.get("format"))
    except (OSError, ValueError, KeyError, TypeError):
        raise damaged(msg("daftar isinya (manifest) tidak terbaca")) from None
    for rel, digest in files.items():
        path = backup / rel
        if not path.is_file():
            raise damaged(msg("berkas {file} hilang", file=rel))
        if _sha256(path) != digest:
            raise damaged(msg("berkas {file} berubah", file=rel))
    try:
        conn = _connect(backup / DATABASE_NAME, key)
        try:
            verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
            schema = _schema(conn)
        finally:
            conn.close()
    except Exception:
        raise BackupError(
            msg(
                "Cadangan {name} tidak bisa dibuka dengan kunci laptop ini. Pakai cadangan "
                "dari laptop ini, atau pulihkan dengan kunci pemulihannya.",
                name=backup.name,
            )
        ) from None
    if verdict != "ok" or schema != manifest.get("schema"):
        raise damaged(msg("basis datanya tidak utuh"))
    return manifest


def restore_backup(
    backup: Path, data_dir: Path, *, key: bytes | None, now: dt.datetime | None = None
) -> Path:
    """Put ``backup`` in place of the store in ``data_dir`` (which must be closed).

    The backup is verified first; a damaged one is refused before anything changes. The
    current database, documents and key file are moved aside into the returned folder
    (``sebelum-pemulihan-<time>`` inside ``data_dir``), never deleted.
    """
    manifest = verify_backup(backup, key=key)
    now = now or dt.datetime.now(dt.UTC)
    aside = data_dir / f"sebelum-pemulihan-{now:%Y%m%dT%H%M%SZ}"
    aside.mkdir(parents=True)
    for name in (
        DATABASE_NAME,
        f"{DATABASE_NAME}-wal",
        f"{DATABASE_NAME}-shm",
        DOCUMENTS_DIR,
        KEY_FILE_NAME,
    ):
        if (data_dir / name).exists():
            (data_dir / name).rename(aside / name)
    for rel in manifest["files"]:
        target = data_dir / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(backup / rel, target)
    return aside


def daily_backup(
    data_dir: Path, *, key: bytes | None, now: dt.datetime | None = None, keep: int = DAILY_KEEP
) -> BackupInfo | None:
    """Today's backup in ``data_dir/cadangan`` unless one exists; keeps the ``keep`` newest."""
    now = now or dt.datetime.now(dt.UTC)
    folder = data_dir / DAILY_DIR
    if folder.is_dir() and any(folder.glob(f"{PREFIX}{now:%Y%m%d}T*")):
        return None
    info = create_backup(data_dir, folder, key=key, now=now)
    done = sorted(p for p in folder.glob(f"{PREFIX}*") if p.is_dir() and p.suffix != ".partial")
    for old in done[:-keep]:
        shutil.rmtree(old, ignore_errors=True)
    return info
