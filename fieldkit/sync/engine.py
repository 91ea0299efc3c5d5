"""The sync engine: one pass is probe -> push outbox -> upload missing documents -> pull.

Plain Python, no Qt: ``run(progress, cancel)`` returns a SyncReport and never raises for
network or server trouble (those come back in the report); only bugs raise. Everything it
learns is written to the local store in the same transaction as the step it belongs to
(an outbox row is removed together with its "accepted" history line; the pull cursor moves
together with the changes it covers), so a kill at any moment resumes exactly there.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Final, Protocol

from sqlalchemy.orm import Session, sessionmaker

from fieldkit.domain.status import STATUS_LABELS, ApplicationStatus
from fieldkit.protocol.messages import MAX_MISSING_QUERY, Change, ChangeKind
from fieldkit.store import repositories as repo
from fieldkit.store.documents import DocumentStore
from fieldkit.sync import config
from fieldkit.sync.backoff import Backoff
from fieldkit.sync.clock import ClockReading, plausible_window
from fieldkit.sync.documents import Cancelled, ChunkSizer, UploadResult, upload_document
from fieldkit.sync.outbox import (
    BatchOutcome,
    next_batch,
    record_results,
    sendable_count,
    wire_entry,
)
from fieldkit.sync.state import (
    Cancel,
    ErrorKind,
    ProgressSink,
    SyncProgress,
    SyncReport,
)
from fieldkit.sync.transport import HttpSyncTransport, SyncError, SyncTransport

log = logging.getLogger(__name__)

PULL_PAGE: Final = 500
UPLOAD_WORKERS: Final = 6
# How long an upload worker waits out a dead link before the pass gives up (and the
# caller's probe loop takes over).
RIDE_OUT_SECONDS: Final = 8.0
REFUSED_DOCUMENTS: Final = "sync.refused_documents"
NOT_ENROLLED: Final = "Laptop belum didaftarkan ke server. Daftarkan dulu di menu Sinkronisasi."


class Clock(Protocol):
    def now(self) -> dt.datetime: ...


TransportFactory = Callable[[str, str], SyncTransport]


def _http(url: str, token: str) -> SyncTransport:
    return HttpSyncTransport(url, token)


@dataclass
class _Tally:
    pushed: int = 0
    duplicates: int = 0
    conflicts: int = 0
    invalid: int = 0
    uploaded_documents: int = 0
    uploaded_bytes: int = 0
    pulled: int = 0
    changed: set[str] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add_batch(self, outcome: BatchOutcome) -> None:
        self.pushed += outcome.applied
        self.duplicates += outcome.duplicates
        self.conflicts += outcome.conflicts
        self.invalid += outcome.invalid
        self.changed |= outcome.changed

    def report(self, *, is_complete: bool, error: SyncError | None = None) -> SyncReport:
        return SyncReport(
            pushed=self.pushed,
            duplicates=self.duplicates,
            conflicts=self.conflicts,
            invalid=self.invalid,
            uploaded_documents=self.uploaded_documents,
            uploaded_bytes=self.uploaded_bytes,
            pulled_changes=self.pulled,
            changed_application_ids=frozenset(self.changed),
            is_complete=is_complete,
            error=error.message if error else "",
            error_kind=error.kind if error else None,
        )


class _Stop(Exception):
    """Deadline or cancel reached between steps: the run ends without an error."""


class SyncEngine:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        documents: DocumentStore,
        clock: Clock,
        *,
        transport_factory: TransportFactory = _http,
        upload_workers: int = UPLOAD_WORKERS,
    ) -> None:
        self._sessions = sessions
        self._documents = documents
        self._clock = clock
        self._transport_factory = transport_factory
        self._workers = max(1, upload_workers)
        self._sizer = ChunkSizer()
        self._transport: SyncTransport | None = None
        self._transport_key: tuple[str, str] = ("", "")

    def close(self) -> None:
        """Close the HTTP connections (a later run opens new ones)."""
        close = getattr(self._transport, "close", None)
        if callable(close):
            close()
        self._transport = None

    # --- one pass ----------------------------------------------------------------------------

    def transport(self) -> SyncTransport | None:
        with self._sessions() as session:
            cfg = config.load_config(session)
        if not cfg.is_enrolled:
            return None
        key = (cfg.server_url, cfg.token)
        if self._transport is None or key != self._transport_key:
            self._transport = self._transport_factory(*key)
            self._transport_key = key
        return self._transport

    def run(
        self, progress: ProgressSink, cancel: Cancel, *, deadline: float | None = None
    ) -> SyncReport:
        def should_stop() -> bool:
            return cancel() or (deadline is not None and time.monotonic() >= deadline)

        tally = _Tally()
        with self._sessions() as session:
            cfg = config.load_config(session)
        if not cfg.is_enrolled:
            return tally.report(
                is_complete=False, error=SyncError(ErrorKind.AUTH, NOT_ENROLLED, code="enrol")
            )
        if cfg.revoked:
            return tally.report(
                is_complete=False,
                error=SyncError(ErrorKind.AUTH, cfg.revoked, code="device.revoked"),
            )
        transport = self.transport()
        assert transport is not None
        try:
            progress(SyncProgress("probe", 0, 1, "Menghubungi server"))
            self._probe(transport)
            self._push(transport, tally, progress, should_stop)
            self._upload(transport, tally, progress, should_stop)
            is_end = self._pull(transport, cfg.device_id, tally, progress, should_stop)
        except _Stop:
            return tally.report(is_complete=False)
        except SyncError as exc:
            self._record_error(exc)
            return tally.report(is_complete=False, error=exc)
        is_complete = is_end and self._nothing_left()
        with self._sessions.begin() as session:
            repo.put_setting(session, config.LAST_SUCCESS, self._clock.now().isoformat())
            repo.put_setting(session, config.LAST_ERROR, None)
        return tally.report(is_complete=is_complete)

    def _nothing_left(self) -> bool:
        with self._sessions() as session:
            return sendable_count(session, self._clock.now()) == 0 and not self.documents_to_upload(
                session
            )

    def documents_to_upload(self, session: Session) -> list[tuple[str, int]]:
        refused = set(repo.get_setting(session, REFUSED_DOCUMENTS) or [])
        return [d for d in repo.unconfirmed_documents(session) if d[0] not in refused]

    def _record_error(self, exc: SyncError) -> None:
        now = self._clock.now()
        with self._sessions.begin() as session:
            repo.add_sync_error(session, exc.kind.value, f"{exc.code}: {exc.message}", now)
            repo.put_setting(
                session, config.LAST_ERROR, {"message": exc.message, "kind": exc.kind.value}
            )
            if exc.is_revoked:
                repo.put_setting(session, config.REVOKED, exc.message)

    # --- steps -------------------------------------------------------------------------------

    def _probe(self, transport: SyncTransport) -> None:
        info = transport.info()
        reading = ClockReading(laptop_time=self._clock.now(), server_time=info.time)
        earliest, latest = plausible_window(info.time)
        with self._sessions.begin() as session:
            repo.put_setting(
                session,
                config.CLOCK,
                {
                    "laptop": reading.laptop_time.isoformat(),
                    "server": reading.server_time.isoformat(),
                    "offset": reading.offset_seconds,
                },
            )
            flagged = repo.set_clock_flags(session, earliest=earliest, latest=latest)
        if flagged:
            log.warning("%d application(s) carry an impossible laptop time", len(flagged))

    def _push(
        self,
        transport: SyncTransport,
        tally: _Tally,
        progress: ProgressSink,
        should_stop: Callable[[], bool],
    ) -> None:
        with self._sessions() as session:
            total = sendable_count(session, self._clock.now())
        done = 0
        while True:
            if should_stop():
                raise _Stop
            with self._sessions() as session:
                batch = next_batch(session, self._clock.now())
            if not batch:
                return
            progress(SyncProgress("push", done, total, f"Mengirim data {done} dari {total}"))
            response = transport.push([wire_entry(e) for e in batch])
            with self._sessions.begin() as session:
                outcome = record_results(session, batch, response.results, self._clock.now())
            tally.add_batch(outcome)
            done += len(batch)
            answered = outcome.applied + outcome.duplicates + outcome.conflicts + outcome.invalid
            if answered == 0:
                return  # nothing moved: do not loop on the same batch

    def _upload(
        self,
        transport: SyncTransport,
        tally: _Tally,
        progress: ProgressSink,
        should_stop: Callable[[], bool],
    ) -> None:
        with self._sessions() as session:
            pending = self.documents_to_upload(session)
        if not pending:
            return
        missing: list[str] = []
        for start in range(0, len(pending), MAX_MISSING_QUERY):
            group = [sha for sha, _ in pending[start : start + MAX_MISSING_QUERY]]
            lacking = set(transport.missing(group))
            present = [sha for sha in group if sha not in lacking]
            if present:
                with self._sessions.begin() as session:
                    repo.confirm_documents(session, present, self._clock.now())
            missing.extend(sha for sha in group if sha in lacking)
        if not missing:
            return
        total = len(missing)
        queue: Iterator[str] = iter(missing)
        queue_lock = threading.Lock()
        failure: list[BaseException] = []

        def stop() -> bool:
            return bool(failure) or should_stop()

        def on_bytes(n: int) -> None:
            with tally.lock:
                tally.uploaded_bytes += n

        def worker() -> None:
            while not stop():
                with queue_lock:
                    sha = next(queue, None)
                if sha is None:
                    return
                try:
                    result = self._upload_one(transport, sha, stop, on_bytes)
                except Cancelled:
                    return
                except BaseException as exc:
                    failure.append(exc)
                    return
                with self._sessions.begin() as session:
                    if result.is_complete:
                        repo.confirm_documents(session, [sha], self._clock.now())
                    elif result.refused:
                        refused = list(repo.get_setting(session, REFUSED_DOCUMENTS) or [])
                        repo.put_setting(session, REFUSED_DOCUMENTS, [*refused, sha])
                        repo.add_sync_error(
                            session,
                            ErrorKind.REFUSED.value,
                            f"dokumen {sha[:12]}: {result.refused}",
                            self._clock.now(),
                        )
                with tally.lock:
                    tally.uploaded_documents += result.is_complete
                    done = tally.uploaded_documents
                progress(
                    SyncProgress("upload", done, total, f"Mengunggah dokumen {done} dari {total}")
                )

        with ThreadPoolExecutor(max_workers=min(self._workers, total)) as pool:
            for future in [pool.submit(worker) for _ in range(min(self._workers, total))]:
                future.result()
        if failure:
            raise failure[0]
        if should_stop():
            raise _Stop

    def _upload_one(
        self,
        transport: SyncTransport,
        sha: str,
        stop: Callable[[], bool],
        on_bytes: Callable[[int], None],
    ) -> UploadResult:
        """One document; a short cut of the link is ridden out here (the upload resumes from
        the server's offset) instead of ending the whole pass, which would repeat the probe,
        the push and the missing-documents query before any byte moves again."""
        backoff = Backoff(base=0.25, cap=1.0)
        waited = 0.0
        while True:
            try:
                return upload_document(
                    transport,
                    self._documents,
                    sha,
                    sizer=self._sizer,
                    cancel=stop,
                    on_bytes=on_bytes,
                )
            except SyncError as exc:
                if exc.kind is not ErrorKind.NETWORK or waited >= RIDE_OUT_SECONDS:
                    raise
                pause = backoff.delay()
                waited += pause
                end = time.monotonic() + pause
                while time.monotonic() < end:
                    if stop():
                        raise Cancelled from exc
                    time.sleep(0.05)

    def _pull(
        self,
        transport: SyncTransport,
        device_id: str,
        tally: _Tally,
        progress: ProgressSink,
        should_stop: Callable[[], bool],
    ) -> bool:
        while True:
            if should_stop():
                raise _Stop
            with self._sessions() as session:
                cursor = config.load_config(session).cursor
            progress(SyncProgress("pull", tally.pulled, 0, "Mengambil kabar dari kantor"))
            page = transport.pull(cursor, PULL_PAGE)
            revoked = ""
            with self._sessions.begin() as session:
                for change in page.changes:
                    revoked = revoked or self._apply_change(session, change, device_id, tally)
                repo.put_setting(session, config.CURSOR, page.cursor)
                if revoked:
                    repo.put_setting(session, config.REVOKED, revoked)
            tally.pulled += len(page.changes)
            if revoked:
                raise SyncError(ErrorKind.AUTH, revoked, code="device.revoked")
            if not page.has_more or not page.changes:
                return True

    def _apply_change(self, session: Session, change: Change, device_id: str, tally: _Tally) -> str:
        """Apply one pulled change; returns the revocation message when it revokes us."""
        now = self._clock.now()
        if change.kind is ChangeKind.DEVICE_REVOKED:
            if change.device_id == device_id:
                return (
                    "Perangkat ini sudah dicabut oleh kantor dan tidak bisa sinkron lagi. "
                    "Hubungi admin server untuk mendaftarkan ulang laptop ini."
                )
            return ""
        app_id = change.application_id
        if app_id is None:
            return ""
        if change.kind is ChangeKind.APPLICATION_STATUS and change.status and change.revision:
            previous = repo.apply_server_status(
                session,
                app_id,
                status=ApplicationStatus(change.status),
                revision=change.revision,
                nib=change.nib,
                reason_code=change.reason_code,
                reason_text=change.reason_text,
                at=change.at,
            )
            if previous is not None:
                tally.changed.add(app_id)
                repo.add_sync_history(
                    session,
                    app_id,
                    event="pulled",
                    at=now,
                    revision=change.revision,
                    detail=STATUS_LABELS[ApplicationStatus(change.status)],
                )
        elif (
            change.kind is ChangeKind.POSSIBLE_DUPLICATE
            and change.other_application_id
            and repo.application_revision(session, app_id) is not None
        ):
            is_new = repo.add_duplicate_flag(
                session,
                app_id,
                change.other_application_id,
                change.other_tracking_code or "",
                now,
            )
            if is_new:
                tally.changed.add(app_id)
                repo.add_sync_history(
                    session,
                    app_id,
                    event="duplicate_flag",
                    at=now,
                    detail=change.other_tracking_code or "",
                )
        return ""

    # --- until done --------------------------------------------------------------------------

    def run_until_done(
        self,
        progress: ProgressSink,
        cancel: Cancel,
        *,
        deadline: float | None = None,
        sleep: Callable[[float], None] = time.sleep,
        on_report: Callable[[SyncReport], None] = lambda _r: None,
    ) -> SyncReport:
        """Run passes until everything is sent and pulled, the deadline passes, a person is
        needed (revoked, not enrolled, a bug), or ``cancel`` says stop.

        After a network failure it probes the server often (a cheap GET) so the next pass
        starts within about a second of the link coming back; after a server error it backs
        off exponentially with full jitter so a struggling server is not hammered.
        """
        network = Backoff(base=0.1, cap=1.0)
        server = Backoff(base=1.0, cap=60.0)
        totals = _Tally()
        while True:
            report = self.run(progress, cancel, deadline=deadline)
            on_report(report)
            totals.pushed += report.pushed
            totals.duplicates += report.duplicates
            totals.conflicts += report.conflicts
            totals.invalid += report.invalid
            totals.uploaded_documents += report.uploaded_documents
            totals.uploaded_bytes += report.uploaded_bytes
            totals.pulled += report.pulled_changes
            totals.changed |= report.changed_application_ids
            error = SyncError(report.error_kind, report.error) if report.error_kind else None
            if report.is_complete or cancel():
                return totals.report(is_complete=report.is_complete)
            if deadline is not None and time.monotonic() >= deadline:
                return totals.report(is_complete=False, error=error)
            if report.error_kind in {ErrorKind.AUTH, ErrorKind.BUG, ErrorKind.REFUSED}:
                return totals.report(is_complete=False, error=error)
            if report.error_kind is ErrorKind.SERVER:
                network.reset()
                self._wait(server.delay(), deadline, cancel, sleep)
            elif report.error_kind is ErrorKind.NETWORK:
                server.reset()
                self._wait_for_link(network, deadline, cancel, sleep)
            else:
                network.reset()
                server.reset()

    def _wait(
        self,
        seconds: float,
        deadline: float | None,
        cancel: Cancel,
        sleep: Callable[[float], None],
    ) -> None:
        end = time.monotonic() + seconds
        if deadline is not None:
            end = min(end, deadline)
        while not cancel():
            left = end - time.monotonic()
            if left <= 0:
                return
            sleep(min(left, 0.2))

    def _wait_for_link(
        self,
        backoff: Backoff,
        deadline: float | None,
        cancel: Cancel,
        sleep: Callable[[float], None],
    ) -> None:
        transport = self.transport()
        while transport is not None and not cancel():
            self._wait(backoff.delay(), deadline, cancel, sleep)
            if deadline is not None and time.monotonic() >= deadline:
                return
            try:
                transport.info(timeout=2.0)
            except SyncError:
                continue
            return
