"""Uploading the documents the server lacks: resumable, one request per document.

The server writes a document's bytes as they arrive and keeps them when the connection
breaks, so a cut loses only what was still on the wire. A document therefore goes up in
one PUT from the offset the server holds (up to ``MAX_CHUNK_BYTES`` per request), and that
PUT carries the document's size (``Upload-Length``) so the server starts the upload itself:
a new document costs no round trip before its first byte.

After a cut the offset is not known, so the document is asked about (one GET) before it
goes on; the engine resumes such documents after the fresh ones, so that round trip runs
while other documents keep the link busy.

A server that predates ``Upload-Length`` (it answers ``upload.not_started``) gets the old
protocol: POST to start, then chunks sized to about ``TARGET_CHUNK_SECONDS`` of the
measured rate, because such a server drops a whole chunk at a cut.
"""

from __future__ import annotations

import random
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from fieldkit.protocol.messages import MAX_CHUNK_BYTES, UploadState
from fieldkit.store.documents import DocumentStore, DocumentStoreError
from fieldkit.sync.state import Cancel, ErrorKind
from fieldkit.sync.transport import SyncError, SyncTransport

MIN_CHUNK: Final = 32 * 1024
FIRST_CHUNK: Final = 256 * 1024
TARGET_CHUNK_SECONDS: Final = 1.0
MAX_RESTARTS: Final = 3


class ChunkSizer:
    """What the upload workers of one engine share: the chunk size (adapted to the measured
    throughput; used only with a server that keeps whole chunks, see the module docstring),
    what the server supports, the pacer, and the documents to resume."""

    def __init__(self, first: int = FIRST_CHUNK) -> None:
        self._size = first
        self._lock = threading.Lock()
        self.pacer = Pacer()
        # Whether the server starts an upload from a PUT with Upload-Length and keeps the
        # bytes of a cut request; None until the first answer tells.
        self.streams: bool | None = None
        # Documents whose request broke off (in this or an earlier pass of the engine): the
        # next pass asks for their offset instead of sending them from the start.
        self.interrupted: set[str] = set()

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

    def chunk_size(self) -> int:
        return self._size if self.streams is False else MAX_CHUNK_BYTES


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
    resume: bool = False,
) -> UploadResult:
    """Upload one document from wherever the server's copy ends. ``resume``: an earlier
    request for it broke off, so ask the server for its offset first (a fresh document
    starts at 0 and learns otherwise from the answer). Raises SyncError for network/server
    failures (the caller retries later) and Cancelled when asked to stop."""
    try:
        data = documents.read(sha256)
    except DocumentStoreError as exc:
        return UploadResult(sha256, 0, is_complete=False, refused=exc.message)
    size = len(data)
    sent = 0
    restarts = 0
    state = UploadState(sha256=sha256, size=size, offset=0, complete=False)
    try:
        if sizer.streams is False:
            state = transport.start_upload(sha256, size)
        elif resume:
            state = transport.upload_state(sha256)
    except SyncError as exc:
        if exc.code != "upload.not_started":
            if exc.kind is ErrorKind.REFUSED:
                return UploadResult(sha256, 0, is_complete=False, refused=exc.message)
            raise
    while not state.complete:
        if cancel():
            raise Cancelled
        offset = state.offset
        chunk = data[offset : offset + sizer.chunk_size()]
        started = time.monotonic()
        try:
            if chunk:
                sizer.pacer.sending()
                state = transport.put_chunk(
                    sha256,
                    offset,
                    chunk,
                    upload_length=None if sizer.streams is False else size,
                    pace=sizer.pacer.pace,
                )
            else:
                state = transport.complete_upload(sha256)
        except SyncError as exc:
            if exc.code == "upload.offset_mismatch" and exc.offset is not None:
                # The server holds another offset (e.g. bytes kept from a cut request).
                state = UploadState(sha256=sha256, size=size, offset=exc.offset, complete=False)
                continue
            if exc.code == "upload.not_started" and sizer.streams is None and restarts == 0:
                sizer.streams = False  # an older server: start first, then chunks
            if exc.code in {"upload.not_started", "upload.lost", "upload.hash_mismatch"}:
                restarts += 1
                if restarts > MAX_RESTARTS:
                    raise
                state = transport.start_upload(sha256, size)
                continue
            if exc.kind is ErrorKind.REFUSED:
                return UploadResult(sha256, sent, is_complete=False, refused=exc.message)
            if exc.kind is ErrorKind.NETWORK:
                sizer.pacer.broken()
            raise
        if chunk and sizer.streams is None:
            sizer.streams = True
        sizer.observe(len(chunk), time.monotonic() - started)
        moved = max(0, state.offset - offset) if not state.complete else size - offset
        sent += moved
        sizer.pacer.acked(moved)
        on_bytes(moved)
    return UploadResult(sha256, sent, is_complete=True)


# Requests in flight at once when the server streams: a few keep the link busy through each
# other's round trips, and every one of them has bytes on the wire that a cut loses.
STREAMING_UPLOADS: Final = 6
# While the link is down, each upload worker tries again this often (with jitter): the try
# is the next document's PUT itself, so data flows within a fraction of a second of the
# link coming back, with no probe round trip. A server in trouble (5xx) is not retried
# here: the engine ends the pass and backs off exponentially.
LINK_RETRY_SECONDS: Final = (0.15, 0.3)
# A request that failed this fast cannot have delivered much of its body: its document
# goes back to the fresh ones (no offset query needed; the server skips any overlap).
QUICK_FAILURE_SECONDS: Final = 0.25


class UploadQueue:
    """The documents of one pass, and those whose request broke off (they need an offset
    query first). Give the fresh ones largest first: the pass then ends on small documents,
    so its last round trips leave the link idle for less time."""

    def __init__(self, sha256s: list[str], *, resume: frozenset[str] = frozenset()) -> None:
        self._fresh = deque(sha for sha in sha256s if sha not in resume)
        self._resume: deque[str] = deque(sha for sha in sha256s if sha in resume)
        self._resuming = 0
        self._lock = threading.Lock()

    def take(self, *, prefer_resume: bool = True) -> tuple[str, bool] | None:
        """The next document and whether it is a resume; None when none is left. Right
        after a cut a worker takes a fresh document (bytes flow at once, no round trip);
        otherwise a resume goes first, its offset query overlapping the others' sending
        instead of piling up at the end."""
        with self._lock:
            # One offset query at a time while fresh documents remain: several at once
            # would leave the link idle for their round trip.
            calm = prefer_resume and not self._resuming
            if self._resume and (calm or not self._fresh):
                self._resuming += 1
                return self._resume.popleft(), True
            if self._fresh:
                return self._fresh.popleft(), False
            return None

    def done(self, *, resume: bool) -> None:
        """A document taken with ``take`` is finished or put back."""
        if resume:
            with self._lock:
                self._resuming -= 1

    def put_back(self, sha256: str, *, resume: bool) -> None:
        with self._lock:
            if resume:
                self._resume.append(sha256)
            else:
                self._fresh.appendleft(sha256)


def link_retry_pause(rng: random.Random) -> float:
    return rng.uniform(*LINK_RETRY_SECONDS)


# Pacing: the upload workers together send no faster than the link delivers. Unpaced, each
# connection fills whatever queue the path has (a rural router's, here the link's), and a
# cut loses every queued byte; paced at the delivery rate, only the bytes truly on the
# wire are lost. The rate is the average the server confirmed over a whole stretch of
# unbroken link (at least PACE_STRETCH_SECONDS long): that cannot exceed what the link
# carries, unlike short windows of whole-document confirmations. The best stretch so far
# counts; pacing then cycles a little above and below it the way BBR probes.
PACE_STRETCH_SECONDS: Final = 5.0
PACE_PHASE_SECONDS: Final = 0.4
# Averaging a little above 1: the stretch average starts below the link's rate (the first
# confirmations come a round trip late), and this lifts it; a standing queue grows slowly.
PACE_GAINS: Final = (1.25, 0.85, 1.05, 1.05, 1.05, 1.05, 1.05, 1.05)
PACE_BURST_BYTES: Final = 16 * 1024


class Pacer:
    """A token bucket shared by the upload workers, at the measured delivery rate."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._since: float | None = None  # when the current stretch began
        self._stretch_bytes = 0
        self._rate: float | None = None  # bytes per second; None = not measured yet
        self._tokens = float(PACE_BURST_BYTES)
        self._filled = clock()

    @property
    def rate(self) -> float | None:
        return self._rate

    def sending(self) -> None:
        """A request is about to send: a new stretch begins if none is running."""
        with self._lock:
            if self._since is None:
                self._since = self._clock()
                self._stretch_bytes = 0

    def acked(self, nbytes: int) -> None:
        """The server confirmed ``nbytes`` more."""
        now = self._clock()
        with self._lock:
            if self._since is None:
                return
            self._stretch_bytes += nbytes
            span = now - self._since
            if span >= PACE_STRETCH_SECONDS:
                average = self._stretch_bytes / span
                if self._rate is None or average > self._rate:
                    self._rate = average

    def broken(self) -> None:
        """A request broke (the link is down): the stretch ends."""
        with self._lock:
            self._since = None

    def pace(self, nbytes: int) -> None:
        """Wait until ``nbytes`` may be sent."""
        while True:
            with self._lock:
                now = self._clock()
                rate = self._rate
                if rate is None:
                    return
                phase = int(now / PACE_PHASE_SECONDS) % len(PACE_GAINS)
                speed = rate * PACE_GAINS[phase]
                self._tokens = min(
                    float(PACE_BURST_BYTES) + nbytes,
                    self._tokens + (now - self._filled) * speed,
                )
                self._filled = now
                if self._tokens >= nbytes - 1.0:
                    self._tokens -= nbytes
                    return
                wait = max(0.001, (nbytes - self._tokens) / speed)
            time.sleep(min(wait, 0.05))
