"""Chunked, resumable document uploads, verified by SHA-256 and content before acceptance.

An upload belongs to one device and one hash. Bytes ``[0, received)`` sit in a temporary
file named by the upload's server-made id (no client text ever reaches a path). A chunk is
accepted only at the offset the server reports, written at that position, made durable,
and only then is the offset moved on, with a compare-and-set so two racing requests
cannot both move it. When the last byte arrives the whole file is hashed and checked;
anything that does not match is deleted, never stored. Accepted documents go into the
content-addressed DocumentStore, so identical documents are stored once.
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
        with self._db.read() as session:
            # Upload first: a finaliser adds the document and removes the upload in one
            # commit, so when the upload is gone the document is visible to the next query.
            upload = uploads.get_upload(session, device.id, sha256)
            document = uploads.get_document(session, sha256)
        if document is not None and upload is None:
            return self._complete(sha256, document.size, document.media_type)
        if upload is None:
            raise _not_started()
        if offset != upload.received:
            raise _offset_mismatch(upload.received)
        end = offset + len(data)
        if end > upload.size:
            raise ApiError(
                413,
                "upload.beyond_size",
                "Potongan ini melewati ukuran dokumen yang diumumkan; periksa offset dan ukuran.",
                offset=upload.received,
            )
        if offset == 0 and not sniff_prefix(data):
            # Refused by content at the first chunk, before megabytes of it are sent.
            self._discard(upload)
            raise ApiError(415, UNSUPPORTED.code, UNSUPPORTED.message)
        if data:
            self._write_at(upload, offset, data)
            with self._db.write() as session:
                moved = uploads.advance(session, upload.id, start=offset, end=end, now=now)
            if not moved:
                raise _offset_mismatch(self.state(device, sha256).offset)
        upload = Upload(upload.id, upload.device_id, upload.sha256, upload.size, end)
        if end == upload.size:
            return self._finalise(device, upload, now)
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

    def _write_at(self, upload: Upload, offset: int, data: bytes) -> None:
        fd = os.open(self._part(upload), os.O_WRONLY | os.O_CREAT, _FILE_MODE)
        try:
            written = 0
            while written < len(data):
                written += os.pwrite(fd, data[written:], offset + written)
            os.fsync(fd)
        finally:
            os.close(fd)

    def _discard(self, upload: Upload) -> None:
        with self._db.write() as session:
            uploads.remove_upload(session, upload.id)
        self._part(upload).unlink(missing_ok=True)

    def _finalise(self, device: Device, upload: Upload, now: dt.datetime) -> UploadState:
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
