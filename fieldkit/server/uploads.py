"""Chunked, resumable document uploads, verified by SHA-256 and content before acceptance.

An upload belongs to one device and one hash. Bytes ``[0, received)`` sit in a temporary
file named by the upload's server-made id (no client text ever reaches a path). A body is
accepted from the offset the server holds and written as it arrives (the route streams
it): bytes are written at their position, made durable, and only then is the offset moved
on, with a compare-and-set so two racing requests cannot both move it. When the
connection breaks, what arrived is kept the same way, so a cut loses only what was still
on the wire. A PUT that carries the document's size (``Upload-Length``) starts the upload
itself, and may start before the server's offset: the bytes already held are skipped.
When the last byte arrives the whole document is hashed and checked; anything that does
not match is deleted, never stored. Accepted documents go into the content-addressed
DocumentStore, so identical documents are stored once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

from sqlalchemy.exc import IntegrityError

from fieldkit.protocol.messages import UploadState
from fieldkit.server.db import Database
from fieldkit.server.documents import UNSUPPORTED, check_document, sniff_prefix
from fieldkit.server.errors import ApiError
from fieldkit.server.repositories import uploads
from fieldkit.server.repositories.devices import Device
from fieldkit.server.repositories.uploads import Upload
from fieldkit.store.documents import DocumentStore
from fieldkit.store.media import MediaError

_FILE_MODE = 0o600


class UploadService:
    def __init__(
        self, db: Database, store: DocumentStore, upload_dir: Path, *, max_document_bytes: int
    ) -> None:
        self._db = db
        self._store = store
        self._dir = upload_dir
        self._max = max_document_bytes
        self._dir.mkdir(parents=True, exist_ok=True, mode=0o700)

    def _part(self, upload: Upload) -> Path:
        return self._dir / f"{upload.id}.part"

    def _complete(self, sha256: str, size: int, media_type: str | None = None) -> UploadState:
        return UploadState(
            sha256=sha256, size=size, offset=size, complete=True, media_type=media_type
        )

    def _state(self, upload: Upload) -> UploadState:
        return UploadState(
            sha256=upload.sha256, size=upload.size, offset=upload.received, complete=False
        )

    def start(self, device: Device, sha256: str, size: int, now: dt.datetime) -> UploadState:
        if size > self._max:
            raise ApiError(
                413,
                "document.too_large",
                f"Dokumen terlalu besar ({size:,} byte; batas {self._max:,} byte).".replace(
                    ",", "."
                ),
            )
        with self._db.write() as session:
            document = uploads.get_document(session, sha256)
            if document is not None:
                return self._complete(sha256, document.size, document.media_type)
            upload = uploads.get_upload(session, device.id, sha256)
            if upload is not None and upload.size != size:
                # Same hash, other size: the earlier start was wrong. Start again.
                uploads.remove_upload(session, upload.id)
                self._part(upload).unlink(missing_ok=True)
                upload = None
            if upload is None:
                upload = uploads.add_upload(session, device.id, sha256, size, now)
        return self._state(upload)

    def state(self, device: Device, sha256: str) -> UploadState:
        with self._db.read() as session:
            document = uploads.get_document(session, sha256)
            if document is not None:
                return self._complete(sha256, document.size, document.media_type)
            upload = uploads.get_upload(session, device.id, sha256)
        if upload is None:
            raise _not_started()
        return self._state(upload)

    def put_chunk(
        self, device: Device, sha256: str, offset: int, data: bytes, now: dt.datetime
    ) -> UploadState:
        """A whole chunk at once (the streaming route does the same piece by piece)."""
        opened = self.open_stream(
            device, sha256, offset, length=len(data), upload_length=None, now=now
        )
        if isinstance(opened, UploadState):
            return opened
        end = self.append(opened, offset, data, now) if data else offset
        return self.finish(device, opened, end, now)

    def open_stream(
        self,
        device: Device,
        sha256: str,
        offset: int,
        *,
        length: int,
        upload_length: int | None,
        now: dt.datetime,
    ) -> Upload | UploadState:
        """Check a PUT before its body is read: the Upload to write into, or the final
        state when the document is already stored. With ``upload_length`` (the document's
        size) a missing upload is started here, which saves the client a round trip."""
        if upload_length is not None:
            started = self.start(device, sha256, upload_length, now)
            if started.complete:
                return started
        with self._db.read() as session:
            # Upload first: a finaliser adds the document and removes the upload in one
            # commit, so when the upload is gone the document is visible to the next query.
            upload = uploads.get_upload(session, device.id, sha256)
            document = uploads.get_document(session, sha256)
        if document is not None and upload is None:
            return self._complete(sha256, document.size, document.media_type)
        if upload is None:
            raise _not_started()
        # A PUT that carries the document's size may start before the server's offset
        # (the client could not know how much of a cut request arrived): the bytes the
        # server already holds are skipped (see ``skip``), the rest written after them.
        if offset > upload.received or (offset < upload.received and upload_length is None):
            raise _offset_mismatch(upload.received)
        if offset + length > upload.size:
            raise ApiError(
                413,
                "upload.beyond_size",
                "Potongan ini melewati ukuran dokumen yang diumumkan; periksa offset dan ukuran.",
                offset=upload.received,
            )
        return upload

    def append(self, upload: Upload, offset: int, data: bytes, now: dt.datetime) -> int:
        """Write bytes that arrived at ``offset``, make them durable, then move the offset
        on (compare-and-set). Returns the new offset."""
        if offset == 0 and not sniff_prefix(data):
            # Refused by content at the first bytes, before megabytes of it are sent.
            self._discard(upload)
            raise ApiError(415, UNSUPPORTED.code, UNSUPPORTED.message)
        end = offset + len(data)
        if end > upload.size:  # the route's Content-Length check makes this a bug
            raise _offset_mismatch(offset)
        self._write_at(upload, offset, data)
        with self._db.write() as session:
            moved = uploads.advance(session, upload.id, start=offset, end=end, now=now)
        if not moved:
            with self._db.read() as session:
                current = uploads.get_upload(session, upload.device_id, upload.sha256)
            raise _offset_mismatch(current.received if current else 0)
        return end

    def finish(
        self, device: Device, upload: Upload, end: int, now: dt.datetime, *, tail: bytes = b""
    ) -> UploadState:
        """After the body: the stored document once the last byte is in, else the state.
        ``tail``: the body's last bytes, not yet written, that end the document at ``end``.
        They are not made durable nor their offset recorded: the document itself is about
        to be stored durably (and is checked from these very bytes when ``tail`` is all of
        it), and a crash before that only leaves the offset short."""
        if tail:
            if end - len(tail) == 0 and not sniff_prefix(tail):
                self._discard(upload)
                raise ApiError(415, UNSUPPORTED.code, UNSUPPORTED.message)
            if len(tail) < upload.size:
                self._write_at(upload, end - len(tail), tail, durable=False)
        upload = Upload(upload.id, upload.device_id, upload.sha256, upload.size, end)
        if end == upload.size:
            return self._finalise(device, upload, now, data=tail if len(tail) == end else None)
        return self._state(upload)

    def complete(self, device: Device, sha256: str, now: dt.datetime) -> UploadState:
        with self._db.read() as session:
            # Upload first: a finaliser adds the document and removes the upload in one
            # commit, so when the upload is gone the document is visible to the next query.
            upload = uploads.get_upload(session, device.id, sha256)
            document = uploads.get_document(session, sha256)
        if upload is None:
            if document is not None:
                return self._complete(sha256, document.size, document.media_type)
            raise _not_started()
        if upload.received < upload.size:
            raise ApiError(
                409,
                "upload.incomplete",
                f"Unggahan belum lengkap ({upload.received} dari {upload.size} byte); "
                "lanjutkan dari offset yang dilaporkan.",
                offset=upload.received,
            )
        return self._finalise(device, upload, now)

    # --- internals ----------------------------------------------------------------------------

    def _write_at(self, upload: Upload, offset: int, data: bytes, *, durable: bool = True) -> None:
        fd = os.open(self._part(upload), os.O_WRONLY | os.O_CREAT, _FILE_MODE)
        try:
            written = 0
            while written < len(data):
                written += os.pwrite(fd, data[written:], offset + written)
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)

    def _discard(self, upload: Upload) -> None:
        with self._db.write() as session:
            uploads.remove_upload(session, upload.id)
        self._part(upload).unlink(missing_ok=True)

    def _finalise(
        self, device: Device, upload: Upload, now: dt.datetime, *, data: bytes | None = None
    ) -> UploadState:
        if data is None:
            try:
                with self._part(upload).open("rb") as fh:
                    data = fh.read(upload.size)
            except FileNotFoundError:
                data = b""
        if len(data) != upload.size:
            with self._db.read() as session:
                document = uploads.get_document(session, upload.sha256)
            if document is not None:  # finalised meanwhile by a racing request
                return self._complete(upload.sha256, document.size, document.media_type)
            self._discard(upload)
            raise ApiError(
                409,
                "upload.lost",
                "Berkas unggahan sementara hilang di server; mulai unggah ulang dari awal.",
                offset=0,
            )
        if hashlib.sha256(data).hexdigest() != upload.sha256:
            self._discard(upload)
            raise ApiError(
                422,
                "upload.hash_mismatch",
                "Isi dokumen tidak cocok dengan kode SHA-256-nya; dokumen tidak disimpan. "
                "Unggah ulang dari awal.",
                offset=0,
            )
        try:
            checked = check_document(data, max_bytes=self._max)
        except MediaError as exc:
            self._discard(upload)
            status = (
                413
                if exc.code == "media.too_large"
                else 415
                if exc.code == UNSUPPORTED.code
                else 422
            )
            raise ApiError(status, exc.code, exc.message, offset=0) from None
        # File first, row second: a crash in between leaves a harmless unreferenced file
        # (its next upload finds the same path), never a row without its file.
        self._store.publish(self._store.stage(data))
        with self._db.write() as session:
            nested = session.begin_nested()
            try:
                uploads.add_document(
                    session,
                    sha256=upload.sha256,
                    size=upload.size,
                    media_type=checked.media_type,
                    page_count=checked.page_count,
                    uploaded_by=device.id,
                    now=now,
                )
            except IntegrityError:
                nested.rollback()  # stored meanwhile by another device: the same bytes
            else:
                nested.commit()
            uploads.remove_upload(session, upload.id)
        self._part(upload).unlink(missing_ok=True)
        return self._complete(upload.sha256, upload.size, checked.media_type)


def _not_started() -> ApiError:
    return ApiError(
        404,
        "upload.not_started",
        "Belum ada unggahan untuk dokumen ini; mulai dengan POST /api/v1/uploads.",
    )


def _offset_mismatch(offset: int) -> ApiError:
    return ApiError(
        409,
        "upload.offset_mismatch",
        f"Server sudah menerima {offset} byte; kirim potongan mulai dari offset itu.",
        offset=offset,
    )
