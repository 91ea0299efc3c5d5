"""The document store: files kept once by SHA-256, written so a crash never leaves a partial one.

Layout under the root the caller passes (the app's data dir / "documents")::

    .staging/<random>.tmp     being written; garbage after a crash
    .staging/<sha256>         complete and fsynced, but not yet referenced by the database
    ab/cd/<sha256>            stored ("published"): the database references it

Attaching a document is a two-phase protocol, because the database transaction sits between
the phases::

    staged = store.stage(data)          # 1. bytes durable in .staging, nothing stored yet
    with session.begin():               # 2. the caller commits rows referencing staged.sha256
        ...
    store.publish(staged)               # 3. rename into ab/cd/<sha256>
    # or, when step 2 failed:  store.discard(staged)

A kill at any moment leaves the store in one of these states, and ``recover`` (run at start-up,
before anything else uses the store) settles it: temporary files are deleted, a staged file the
database references is verified and published (the crash hit between 2 and 3), any other staged
file is deleted (the crash hit before 2 committed). Files only ever enter ab/cd/ by an atomic
rename of a complete, fsynced file, so a partial document is never visible as stored.

Every byte goes to and comes from disk through ``_write_bytes`` and ``_read_bytes``. When the
store is given a key (the app's stores always are), those two encrypt and decrypt: each file is
``FKE1`` + a random 96-bit nonce + AES-256-GCM ciphertext and tag, so no photo, NIK or name is
readable on disk and any change to a file is detected. Hashes (names) are of the plaintext, so
content addressing and the server's checks are unchanged. A keyless store reads and writes
plain files (tests, and an installation before its upgrade to encryption).

One DocumentStore per root per process; it is safe to share between threads.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import secrets
import sys
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from fieldkit.domain.messages import Text, msg, verbatim

STAGING_DIR: Final = ".staging"
_TMP_SUFFIX: Final = ".tmp"
_SHA256_RE: Final = re.compile(r"[0-9a-f]{64}")
_HEX2_RE: Final = re.compile(r"[0-9a-f]{2}")
# Documents hold personal data (KTP photos): readable by the app's user only (POSIX).
_FILE_MODE: Final = 0o600
_DIR_MODE: Final = 0o700
ENCRYPTED_MAGIC: Final = b"FKE1"
_NONCE_BYTES: Final = 12


class DocumentStoreError(Exception):
    """A document cannot be read or written. ``code`` is stable; ``text`` is translatable
    (``fieldkit/domain/messages.py``) and ``message`` is it in Indonesian."""

    def __init__(self, code: str, text: Text | str) -> None:
        super().__init__(str(text))
        self.code = code
        self.text = verbatim(text) if isinstance(text, str) else text
        self.message = str(text)


class InvalidDocumentHashError(DocumentStoreError, ValueError):
    """Not a SHA-256 hex digest (64 lowercase hex characters): a programming error."""


class DocumentMissingError(DocumentStoreError):
    """No stored file for this hash."""


class DocumentCorruptError(DocumentStoreError):
    """The stored file's content does not match its hash (disk fault or tampering)."""


@dataclass(frozen=True, slots=True)
class StagedDocument:
    """Bytes durable in the staging area, waiting for ``publish`` or ``discard``."""

    sha256: str
    size: int
    path: Path


@dataclass(frozen=True, slots=True)
class RecoveryReport:
    """What ``recover`` did.

    ``temp_files_removed`` counts half-written files: *.tmp in staging and in the fan-out
    directories, and anything else in staging not named by a hash.

    ``corrupt`` lists referenced documents whose staged copy failed its hash check and was
    deleted: unless ``exists`` says an earlier copy is stored, the database points at a document
    that is gone and the officer must attach it again.
    """

    temp_files_removed: int = 0
    published: int = 0
    unreferenced_removed: int = 0
    corrupt: tuple[str, ...] = ()


def check_sha256(sha256: str) -> str:
    """Return ``sha256`` if it is 64 lowercase hex characters, else raise.

    Every path in the store is built from a checked hash, so none can escape the root.
    """
    if not isinstance(sha256, str) or _SHA256_RE.fullmatch(sha256) is None:
        raise InvalidDocumentHashError(
            "documents.invalid_hash",
            msg(
                "Kode dokumen tidak valid: {code}. Harus 64 karakter heksadesimal kecil.",
                code=f"{sha256!r:.80}",
            ),
        )
    return sha256


class DocumentStore:
    """Content-addressed files under ``root``; see the module docstring for the protocol."""

    def __init__(self, root: Path, *, key: bytes | None = None) -> None:
        self._root = Path(root)
        self._aead = None if key is None else AESGCM(key)
        self._staging = self._root / STAGING_DIR
        self._lock = threading.Lock()
        # Two attachments of the same file (the same KTP for two applications) share one staged
        # file. It is deleted by the last discard only, so one failed transaction cannot take
        # away the file another transaction is about to commit and publish.
        self._holders: Counter[str] = Counter()
        _make_dirs(self._staging)

    @property
    def root(self) -> Path:
        return self._root

    @property
    def is_encrypted(self) -> bool:
        return self._aead is not None

    def encrypt_stored_in_place(self) -> int:
        """Encrypt every stored document still in plain form (upgrade of an old installation).

        Each file is replaced by an atomic rename of a complete, fsynced encrypted copy, so a
        crash leaves it plain or encrypted, never half; running again finishes the rest.
        Returns how many files were encrypted.
        """
        if self._aead is None:
            raise ValueError("a store without a key cannot encrypt")
        done = 0
        for sha256 in list(self.iter_stored()):
            path = self.path(sha256)
            raw = path.read_bytes()
            if raw.startswith(ENCRYPTED_MAGIC):
                continue
            if hashlib.sha256(raw).hexdigest() != sha256:
                continue  # damaged already: left as it is, reading it reports it
            tmp = self._write_temp(path.parent, raw)
            os.replace(tmp, path)
            fsync_dir(path.parent)
            done += 1
        return done

    # --- the two-phase protocol -------------------------------------------------------------

    def stage(self, data: bytes) -> StagedDocument:
        """Write ``data`` durably into the staging area. Nothing is stored yet."""
        sha256 = hashlib.sha256(data).hexdigest()
        _make_dirs(self._staging)  # cheap when it exists; survives someone emptying the root
        tmp = self._write_temp(self._staging, data)
        staged_path = self._staging / sha256
        try:
            with self._lock:
                # Same name, same content: replacing another holder's staged copy is harmless.
                os.replace(tmp, staged_path)
                self._holders[sha256] += 1
        except BaseException:
            _unlink(tmp)
            raise
        fsync_dir(self._staging)
        return StagedDocument(sha256=sha256, size=len(data), path=staged_path)

    def publish(self, staged: StagedDocument) -> Path:
        """Move a staged document into the store, after the referencing transaction committed.

        Returns the stored path. Publishing twice, or publishing content that is already
        stored, is fine.
        """
        sha256 = self._check_staged(staged)
        with self._lock:
            self._release(sha256)
            return self._publish_locked(sha256)

    def discard(self, staged: StagedDocument) -> None:
        """Drop a staged document whose transaction failed. Safe to call more than once."""
        sha256 = self._check_staged(staged)
        with self._lock:
            if self._release(sha256) == 0 and _unlink(self._staging / sha256):
                fsync_dir(self._staging)

    def recover(self, is_referenced: Callable[[str], bool]) -> RecoveryReport:
        """Settle what a crash left behind; run at start-up before the store is used.

        ``is_referenced(sha256)`` says whether a committed database row points at a document.
        If it raises, recovery stops and deletes nothing further: better a leftover staged
        file than a lost document.
        """
        temp_removed = published = unreferenced = 0
        corrupt: list[str] = []
        with self._lock:
            for entry in _scan_files(self._staging):
                name = entry.name
                if _SHA256_RE.fullmatch(name) is None:
                    _unlink(Path(entry.path))  # *.tmp or anything else half-written
                    temp_removed += 1
                elif self._holders[name] > 0:
                    continue  # staged by this process since start-up: not a crash leftover
                elif not is_referenced(name):
                    _unlink(Path(entry.path))
                    unreferenced += 1
                elif self._has_hash(Path(entry.path), name):
                    self._publish_locked(name)
                    published += 1
                else:
                    _unlink(Path(entry.path))
                    corrupt.append(name)
            fsync_dir(self._staging)
            for directory in self._fanout_dirs():
                for entry in _scan_files(directory):
                    if entry.name.endswith(_TMP_SUFFIX):
                        _unlink(Path(entry.path))
                        temp_removed += 1
        return RecoveryReport(
            temp_files_removed=temp_removed,
            published=published,
            unreferenced_removed=unreferenced,
            corrupt=tuple(sorted(corrupt)),
        )

    # --- stored documents -------------------------------------------------------------------

    def path(self, sha256: str) -> Path:
        """Where the document with this hash is (or would be) stored: root/ab/cd/<sha256>."""
        check_sha256(sha256)
        return self._root / sha256[:2] / sha256[2:4] / sha256

    def exists(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def read(self, sha256: str) -> bytes:
        """The document's bytes, verified against the hash.

        Raises DocumentMissingError or DocumentCorruptError.
        """
        path = self.path(sha256)
        try:
            data = self._read_bytes(path)
        except FileNotFoundError:
            raise DocumentMissingError(
                "documents.missing",
                msg(
                    "Berkas dokumen {code}… tidak ada di laptop ini. Lampirkan ulang dokumennya.",
                    code=sha256[:12],
                ),
            ) from None
        if hashlib.sha256(data).hexdigest() != sha256:
            raise DocumentCorruptError(
                "documents.corrupt",
                msg(
                    "Berkas dokumen {code}… rusak (isinya tidak cocok dengan kodenya). "
                    "Lampirkan ulang dokumennya.",
                    code=sha256[:12],
                ),
            )
        return data

    def verify(self, sha256: str) -> bool:
        """True when the document is stored and its content matches its hash."""
        return self._has_hash(self.path(sha256), sha256)

    def delete(self, sha256: str) -> None:
        """Remove a stored document. Deleting a missing document is not an error."""
        path = self.path(sha256)
        if _unlink(path):
            fsync_dir(path.parent)

    def iter_stored(self) -> Iterator[str]:
        """Hashes of the published documents, in hash order."""
        for directory in self._fanout_dirs():
            prefix = directory.parent.name + directory.name
            names = sorted(entry.name for entry in _scan_files(directory))
            for name in names:
                if _SHA256_RE.fullmatch(name) and name.startswith(prefix):
                    yield name

    # --- internals --------------------------------------------------------------------------

    def _check_staged(self, staged: StagedDocument) -> str:
        sha256 = check_sha256(staged.sha256)
        if Path(staged.path) != self._staging / sha256:
            raise ValueError(f"{staged.path} is not a staged file of this store")
        return sha256

    def _release(self, sha256: str) -> int:
        """Drop one holder of a staged file; return how many remain. Caller holds the lock."""
        if self._holders[sha256] > 0:
            self._holders[sha256] -= 1
        remaining = self._holders[sha256]
        if remaining == 0:
            del self._holders[sha256]
        return remaining

    def _publish_locked(self, sha256: str) -> Path:
        staged_path = self._staging / sha256
        target = self.path(sha256)
        if not staged_path.exists():
            if target.is_file():
                return target  # published already (by another holder, or an earlier call)
            raise DocumentMissingError(
                "documents.staged_missing",
                msg(
                    "Berkas dokumen {code}… hilang sebelum tersimpan. Lampirkan ulang dokumennya.",
                    code=sha256[:12],
                ),
            )
        _make_dirs(target.parent)
        if self._has_hash(target, sha256):
            # Stored already. Renaming over it would fail on Windows while a reader (an upload)
            # has it open; a damaged copy, on the other hand, is healed by the rename below.
            _unlink(staged_path)
        else:
            os.replace(staged_path, target)
            fsync_dir(target.parent)
        fsync_dir(self._staging)
        return target

    def _has_hash(self, path: Path, sha256: str) -> bool:
        try:
            return hashlib.sha256(self._read_bytes(path)).hexdigest() == sha256
        except (FileNotFoundError, DocumentCorruptError):
            return False

    def _fanout_dirs(self) -> Iterator[Path]:
        for first in _scan_dirs(self._root):
            if _HEX2_RE.fullmatch(first.name):
                for second in _scan_dirs(Path(first.path)):
                    if _HEX2_RE.fullmatch(second.name):
                        yield Path(second.path)

    def _write_temp(self, directory: Path, data: bytes) -> Path:
        """Write ``data`` to a new, fsynced temporary file in ``directory``; return its path."""
        tmp = directory / f"{secrets.token_hex(16)}{_TMP_SUFFIX}"
        try:
            self._write_bytes(tmp, data)
        except BaseException:
            _unlink(tmp)
            raise
        return tmp

    def _write_bytes(self, path: Path, data: bytes) -> None:
        """The one place document bytes are written: a new file, flushed and fsynced."""
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        if self._aead is not None:
            nonce = secrets.token_bytes(_NONCE_BYTES)
            data = ENCRYPTED_MAGIC + nonce + self._aead.encrypt(nonce, data, ENCRYPTED_MAGIC)
        fd = os.open(path, flags, _FILE_MODE)
        with open(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())

    def _read_bytes(self, path: Path) -> bytes:
        """The one place document bytes are read (and decrypted)."""
        raw = path.read_bytes()
        if not raw.startswith(ENCRYPTED_MAGIC):
            # A plain file: a keyless store, or a document an interrupted upgrade has not
            # encrypted yet (the hash check of every reader still guards its content).
            return raw
        if self._aead is None:
            raise DocumentCorruptError(
                "documents.encrypted",
                msg(
                    "Berkas dokumen {code}… terenkripsi dan tidak bisa dibaca tanpa kunci "
                    "laptop. Masuk ke aplikasi dengan akun petugas.",
                    code=path.name[:12],
                ),
            )
        start = len(ENCRYPTED_MAGIC)
        nonce = raw[start : start + _NONCE_BYTES]
        try:
            return self._aead.decrypt(nonce, raw[start + _NONCE_BYTES :], ENCRYPTED_MAGIC)
        except (InvalidTag, ValueError):
            raise DocumentCorruptError(
                "documents.corrupt",
                msg(
                    "Berkas dokumen {code}… rusak atau diubah (gagal dibuka). Lampirkan ulang "
                    "dokumennya.",
                    code=path.name[:12],
                ),
            ) from None


# --- file-system helpers ----------------------------------------------------------------------


def _unlink(path: Path) -> bool:
    """Remove a file; False if it was not there."""
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True


def _make_dirs(path: Path) -> None:
    """Create ``path`` and missing parents, fsyncing each parent so the new entry is durable."""
    missing: list[Path] = []
    current = path
    while not current.is_dir() and current.parent != current:
        missing.append(current)
        current = current.parent
    for directory in reversed(missing):
        try:
            directory.mkdir(mode=_DIR_MODE)
        except FileExistsError:
            continue  # created meanwhile by another thread or process: fine
        fsync_dir(directory.parent)


def fsync_dir(path: Path) -> None:
    """Make renames and unlinks in ``path`` durable.

    Windows cannot open a directory for fsync (and NTFS journals the metadata itself); some
    POSIX file systems answer EINVAL. Both are skipped, everything else is raised.
    """
    if sys.platform == "win32":
        return
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def _scan_files(directory: Path) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(directory) as entries:
            return [e for e in entries if e.is_file(follow_symlinks=False)]
    except FileNotFoundError:
        return []


def _scan_dirs(directory: Path) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(directory) as entries:
            return sorted(
                (e for e in entries if e.is_dir(follow_symlinks=False)), key=lambda e: e.name
            )
    except FileNotFoundError:
        return []
