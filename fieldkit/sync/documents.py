"""Uploading the documents the server lacks: resumable chunks, several at a time.

The server keeps every accepted byte of an unfinished upload and reports its offset; a
chunk is sent only from that offset, so after any cut (network, server restart, laptop
killed) the upload goes on where the server's copy ends. The chunk size follows the link:
about ``TARGET_CHUNK_SECONDS`` of data at the rate the last chunk achieved, so a slow link
loses little to a cut and a fast one does not pay a round trip per few kilobytes.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from fieldkit.protocol.messages import MAX_CHUNK_BYTES
from fieldkit.store.documents import DocumentStore, DocumentStoreError
from fieldkit.sync.state import Cancel, ErrorKind
from fieldkit.sync.transport import SyncError, SyncTransport

MIN_CHUNK: Final = 32 * 1024
FIRST_CHUNK: Final = 256 * 1024
TARGET_CHUNK_SECONDS: Final = 1.0


class ChunkSizer:
    """Adapts the chunk size to the measured throughput (shared by the upload workers)."""

    def __init__(self, first: int = FIRST_CHUNK) -> None:
        self._size = first
        self._lock = threading.Lock()

    @property
    def size(self) -> int:
        return self._size

    def observe(self, nbytes: int, seconds: float) -> None:
        if nbytes < MIN_CHUNK or seconds <= 0:
            return
        wanted = int(nbytes / seconds * TARGET_CHUNK_SECONDS)
        with self._lock:
            # Move halfway to the new estimate: one lucky or unlucky chunk does not swing it.
            blended = (self._size + wanted) // 2
            self._size = max(MIN_CHUNK, min(MAX_CHUNK_BYTES, blended))


@dataclass(frozen=True, slots=True)
class UploadResult:
    sha256: str
    sent_bytes: int
    is_complete: bool
    refused: str = ""  # the server refused the content (a person must look)


class Cancelled(Exception):
    """The run was asked to stop between chunks."""


def upload_document(
    transport: SyncTransport,
    documents: DocumentStore,
    sha256: str,
    *,
    sizer: ChunkSizer,
    cancel: Cancel,
    on_bytes: Callable[[int], None] = lambda _n: None,
) -> UploadResult:
    """Upload one document from wherever the server's copy ends. Raises SyncError for
    network/server failures (the caller retries later) and Cancelled when asked to stop."""
    try:
        data = documents.read(sha256)
    except DocumentStoreError as exc:
        return UploadResult(sha256, 0, is_complete=False, refused=exc.message)
    sent = 0
    state = transport.start_upload(sha256, len(data))
    restarts = 0
    while not state.complete:
        if cancel():
            raise Cancelled
        offset = state.offset
        chunk = data[offset : offset + sizer.size]
        started = time.monotonic()
        try:
            if chunk:
                state = transport.put_chunk(sha256, offset, chunk)
            else:
                state = transport.complete_upload(sha256)
        except SyncError as exc:
            if exc.code == "upload.offset_mismatch" and exc.offset is not None:
                state = transport.upload_state(sha256)  # resume where the server is
                continue
            if exc.code in {"upload.not_started", "upload.lost", "upload.hash_mismatch"}:
                restarts += 1
                if restarts > 3:
                    raise
                state = transport.start_upload(sha256, len(data))
                continue
            if exc.kind is ErrorKind.REFUSED:
                return UploadResult(sha256, sent, is_complete=False, refused=exc.message)
            raise
        sizer.observe(len(chunk), time.monotonic() - started)
        sent += len(chunk)
        on_bytes(len(chunk))
    return UploadResult(sha256, sent, is_complete=True)
