"""The sync engine: one pass is probe -> push outbox -> upload missing documents -> pull.

Plain Python, no Qt: ``run(progress, cancel)`` returns a SyncReport and never raises for
network or server trouble (those come back in the report); only bugs raise. Everything it
learns is written to the local store in the same transaction as the step it belongs to
(an outbox row is removed together with its "accepted" history line; the pull cursor moves
together with the changes it covers), so a kill at any moment resumes exactly there.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import random
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Final, Protocol

from pydantic import ValidationError
from sqlalchemy.orm import Session, sessionmaker

from fieldkit.domain.audit import AuditEntry
from fieldkit.domain.status import STATUS_LABELS, ApplicationStatus
from fieldkit.protocol.messages import (
    MAX_AUDIT_ENTRIES,
    MAX_MISSING_QUERY,
    AuditEntryWire,
    Change,
    ChangeKind,
    PullResponse,
)
from fieldkit.store import audit as audit_log
from fieldkit.store import repositories as repo
from fieldkit.store.documents import DocumentStore
from fieldkit.store.wipe import WIPED_MESSAGE
from fieldkit.sync import config
from fieldkit.sync.backoff import Backoff
from fieldkit.sync.clock import ClockReading, plausible_window
from fieldkit.sync.documents import (
    QUICK_FAILURE_SECONDS,
    STREAMING_UPLOADS,
    Cancelled,
    ChunkSizer,
    UploadQueue,
    link_retry_pause,
    upload_document,
)
from fieldkit.sync.outbox import (
    BatchOutcome,
    next_batch,
    record_results,
    sendable_count,
    unsent_count,
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
REVOKED_MESSAGE: Final = (
    "Perangkat ini sudah dicabut oleh kantor dan tidak bisa sinkron lagi. "
    "Hubungi admin server untuk mendaftarkan ulang laptop ini."
)


class Clock(Protocol):
    def now(self) -> dt.datetime: ...


TransportFactory = Callable[[str, str], SyncTransport]
# Destroys the laptop's local data after a revocation (fieldkit.store.wipe); its argument
# is the message to show from then on.
Wiper = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class TrustUpdate:
    """What a pull (or the certification call) taught about receipt trust: the office key,
    device certificates (as their JSON dicts) and revoked devices (prefix -> when)."""

    office_public_key: str | None
    certificates: tuple[dict[str, object], ...] = ()
    revoked: dict[str, dt.datetime] = field(default_factory=dict)


class TrustSink(Protocol):
    """Where receipt trust is kept (fieldkit.services.receipts.ReceiptKeys, via the sync
    service). ``install`` writes inside the engine's transaction, so a pulled certificate is
    stored together with the cursor that moved past it."""

    def receipt_public_key(self) -> str | None:
        """This laptop's receipt public key (base64url), None when it has none yet."""
        ...

    def install(self, session: Session, update: TrustUpdate) -> None: ...


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
        transport_factory: TransportFactory | None = None,
        upload_workers: int = UPLOAD_WORKERS,
        wiper: Wiper | None = None,
        trust: TrustSink | None = None,
    ) -> None:
        self._sessions = sessions
        self._documents = documents
        self._clock = clock
        self._transport_factory = transport_factory
        self._workers = max(1, upload_workers)
        self._sizer = ChunkSizer()
        self._wiper = wiper
        self._trust = trust
        self._is_wiped = False
        self._transport: SyncTransport | None = None
        self._transport_key: tuple[str, str, str] = ("", "", "")

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
        key = (cfg.server_url, cfg.token, cfg.ca_bundle)
        if self._transport is None or key != self._transport_key:
            if self._transport_factory is not None:
                self._transport = self._transport_factory(cfg.server_url, cfg.token)
            else:
                self._transport = HttpSyncTransport(
                    cfg.server_url, cfg.token, ca_bundle=cfg.ca_bundle or None
                )
            self._transport_key = key
        return self._transport

    def run(
        self, progress: ProgressSink, cancel: Cancel, *, deadline: float | None = None
    ) -> SyncReport:
        def should_stop() -> bool:
            return cancel() or (deadline is not None and time.monotonic() >= deadline)

        tally = _Tally()
        if self._is_wiped:  # the database is gone; open nothing
            return tally.report(
                is_complete=False,
                error=SyncError(ErrorKind.AUTH, WIPED_MESSAGE, code="device.wiped"),
            )
        with self._sessions() as session:
            cfg = config.load_config(session)
        if not cfg.is_enrolled:
            return tally.report(
                is_complete=False, error=SyncError(ErrorKind.AUTH, NOT_ENROLLED, code="enrol")
            )
        if cfg.revoked and self._wiper is None:
            return tally.report(
                is_complete=False,
                error=SyncError(ErrorKind.AUTH, cfg.revoked, code="device.revoked"),
            )
        # A revoked laptop with a wiper goes on: the server takes what it has left, then
        # the laptop wipes itself (_after_revocation).
        transport = self.transport()
        assert transport is not None
        try:
            progress(SyncProgress("probe", 0, 1, "Menghubungi server"))
            self._probe(transport)
            self._certify(transport)
            is_end = self._exchange(transport, cfg.device_id, tally, progress, should_stop)
        except _Stop:
            return tally.report(is_complete=False)
        except SyncError as exc:
            self._record_error(exc)
            if exc.is_revoked:
                return self._after_revocation(transport, tally, exc)
            if getattr(transport, "wipe_requested", False):  # e.g. the pull failed after it
                revoked = SyncError(ErrorKind.AUTH, REVOKED_MESSAGE, code="device.revoked")
                return self._after_revocation(transport, tally, revoked, otherwise=exc)
            return tally.report(is_complete=False, error=exc)
        is_complete = is_end and self._nothing_left()
        with self._sessions.begin() as session:
            repo.put_setting(session, config.LAST_SUCCESS, self._clock.now().isoformat())
            repo.put_setting(session, config.LAST_ERROR, None)
        if getattr(transport, "wipe_requested", False):
            revoked = SyncError(ErrorKind.AUTH, REVOKED_MESSAGE, code="device.revoked")
            self._record_error(revoked)
            return self._after_revocation(transport, tally, revoked)
        return tally.report(is_complete=is_complete)

    # --- lost laptop -------------------------------------------------------------------------

    def _after_revocation(
        self,
        transport: SyncTransport,
        tally: _Tally,
        revoked: SyncError,
        *,
        otherwise: SyncError | None = None,
    ) -> SyncReport:
        """The office revoked this laptop. Once nothing the server would take is left, tell
        the server and destroy the local data; until then keep it (the next pass pushes
        it). Entries the server refused (conflict, invalid) do not hold the wipe back: the
        server has answered them and keeps its own version."""
        not_yet = tally.report(is_complete=False, error=otherwise or revoked)
        if self._wiper is None:
            return not_yet
        if not revoked.is_wiped:
            with self._sessions() as session:
                left = unsent_count(session) + len(self.documents_to_upload(session))
            if left:
                log.warning("revoked: %d item(s) still to send before the wipe", left)
                return not_yet
            confirm = getattr(transport, "confirm_wiped", None)
            if callable(confirm):
                try:
                    confirm()
                except SyncError as exc:
                    if not exc.is_wiped:
                        self._record_error(exc)
                        return tally.report(is_complete=False, error=exc)
        self.close()
        self._is_wiped = True
        self._sessions.kw["bind"].dispose()
        self._wiper(WIPED_MESSAGE)
        log.warning("revoked by the office: local data wiped")
        return tally.report(
            is_complete=False,
            error=SyncError(ErrorKind.AUTH, WIPED_MESSAGE, code="device.wiped"),
        )

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
            repo.put_setting(session, config.SERVER_PROTOCOL, info.protocol_version)
            flagged = repo.set_clock_flags(session, earliest=earliest, latest=latest)
        if flagged:
            log.warning("%d application(s) carry an impossible laptop time", len(flagged))

    def _exchange(
        self,
        transport: SyncTransport,
        device_id: str,
        tally: _Tally,
        progress: ProgressSink,
        should_stop: Callable[[], bool],
    ) -> bool:
        """Push then pull, while the documents upload alongside: the link never waits on
        the server's work for a push batch, and the pass ends one round trip after the
        last document instead of two. Returns whether the pull reached the end."""
        halt = threading.Event()

        def upload_stop() -> bool:
            return halt.is_set() or should_stop()

        with ThreadPoolExecutor(max_workers=1) as pool:
            uploading = pool.submit(self._upload, transport, tally, progress, upload_stop)
            try:
                self._push(transport, tally, progress, should_stop)
                self._push_audit(transport, progress, should_stop)
                is_end = self._pull(transport, device_id, tally, progress, should_stop)
            except SyncError as exc:
                # Revoked (lost laptop): the documents still go, then run() wipes.
                if not exc.is_revoked or exc.is_wiped:
                    halt.set()
                with contextlib.suppress(BaseException):
                    uploading.result()
                raise
            except BaseException:
                halt.set()  # the push or pull error is the one to report
                with contextlib.suppress(BaseException):
                    uploading.result()
                raise
            uploading.result()
        return is_end

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

    def _push_audit(
        self, transport: SyncTransport, progress: ProgressSink, should_stop: Callable[[], bool]
    ) -> None:
        """Send the audit log entries the server does not hold yet, in order.

        The server refuses a batch that does not continue its copy of the chain: after a gap
        (say the cursor was lost) it says where its copy ends and the engine resends from
        there; a broken chain (entries edited or deleted on this laptop) is recorded in the
        error log for a person and does not hold back the rest of the sync.
        """
        send = getattr(transport, "push_audit", None)
        if not callable(send):
            return  # a transport without the audit log (an older test double)
        resent_from: set[int] = set()
        while True:
            if should_stop():
                raise _Stop
            with self._sessions() as session:
                after = audit_log.synced_through(session)
                batch = audit_log.entries(session, after=after, limit=MAX_AUDIT_ENTRIES)
            if not batch:
                return
            progress(SyncProgress("audit", 0, len(batch), "Mengirim catatan audit"))
            try:
                wires = [_audit_wire(e) for e in batch]
            except ValidationError:  # an entry edited into something no server would take
                self._record_error(
                    SyncError(
                        ErrorKind.REFUSED,
                        "Catatan audit laptop ini rusak: ada entri sesudah nomor "
                        f"{after} yang tidak bisa dikirim. Jalankan 'fieldkit audit verify' "
                        "dan laporkan ke admin kantor.",
                        code="audit.unsendable",
                    )
                )
                return
            try:
                answer = send(wires)
            except SyncError as exc:
                if exc.code == "audit.gap" and exc.offset is not None:
                    if exc.offset in resent_from:
                        raise
                    resent_from.add(exc.offset)
                    with self._sessions.begin() as session:
                        audit_log.set_synced_through(session, exc.offset)
                    continue
                if exc.kind in {ErrorKind.REFUSED, ErrorKind.BUG}:
                    # a broken chain (or a batch the server cannot read) is for a person; it
                    # must not hold back the applications behind it
                    self._record_error(exc)
                    log.warning("audit log refused by the server: %s", exc.code)
                    return
                raise
            with self._sessions.begin() as session:
                audit_log.set_synced_through(session, answer.stored_through)
            if answer.stored_through < batch[-1].sequence:
                return  # the server took less than sent: try again on the next pass

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
        sizes = dict(pending)
        queue = UploadQueue(
            sorted(missing, key=lambda sha: -sizes.get(sha, 0)),
            resume=frozenset(self._sizer.interrupted),
        )
        failure: list[BaseException] = []

        def stop() -> bool:
            return bool(failure) or should_stop()

        def on_bytes(n: int) -> None:
            with tally.lock:
                tally.uploaded_bytes += n

        def worker() -> None:
            # A short cut of the link is ridden out here (documents resume from the
            # server's offset) instead of ending the whole pass, which would repeat the
            # probe, the push and the missing-documents query before any byte moves again.
            rng = random.Random()
            down_since: float | None = None
            while not stop():
                item = queue.take(prefer_resume=down_since is None)
                if item is None:
                    return
                sha, resume = item
                began = time.monotonic()
                try:
                    result = upload_document(
                        transport,
                        self._documents,
                        sha,
                        sizer=self._sizer,
                        cancel=stop,
                        on_bytes=on_bytes,
                        resume=resume,
                    )
                except Cancelled:
                    return
                except SyncError as exc:
                    queue.done(resume=resume)
                    now = time.monotonic()
                    if exc.kind is ErrorKind.NETWORK:
                        quick = now - began < QUICK_FAILURE_SECONDS
                        queue.put_back(sha, resume=resume or not quick)
                        if resume or not quick:
                            self._sizer.interrupted.add(sha)
                        down_since = began if down_since is None else down_since
                        if now - down_since < RIDE_OUT_SECONDS:
                            if not self._pause(link_retry_pause(rng), stop):
                                return
                            continue
                    failure.append(exc)
                    return
                except BaseException as exc:
                    failure.append(exc)
                    return
                queue.done(resume=resume)
                self._sizer.interrupted.discard(sha)
                down_since = None
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

        workers = min(self._workers, total)
        if self._sizer.streams is not False:
            workers = min(workers, STREAMING_UPLOADS)
        with ThreadPoolExecutor(max_workers=workers) as pool:
            for future in [pool.submit(worker) for _ in range(workers)]:
                future.result()
        if failure:
            raise failure[0]
        if should_stop():
            raise _Stop

    @staticmethod
    def _pause(seconds: float, stop: Callable[[], bool]) -> bool:
        """Sleep, waking early when asked to stop; False if so."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if stop():
                return False
            time.sleep(min(0.05, max(0.0, end - time.monotonic())))
        return True

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
                self._install_trust(session, page)
                repo.put_setting(session, config.CURSOR, page.cursor)
                if revoked:
                    repo.put_setting(session, config.REVOKED, revoked)
            tally.pulled += len(page.changes)
            if revoked:
                raise SyncError(ErrorKind.AUTH, revoked, code="device.revoked")
            if not page.has_more or not page.changes:
                return True

    def _certify(self, transport: SyncTransport) -> None:
        """A laptop enrolled before device certificates existed sends its receipt key once.
        A refusal (another key is already registered for this device) is logged and kept,
        and the sync goes on: receipts then stay "unverified", data still flows."""
        if self._trust is None:
            return
        with self._sessions() as session:
            done = repo.get_setting(session, config.RECEIPT_CERTIFIED)
        if done is True or isinstance(done, dict):
            return
        public_key = self._trust.receipt_public_key()
        if public_key is None:
            return
        try:
            answer = transport.certify(public_key)
        except SyncError as exc:
            if exc.code == "device.revoked":
                return  # a revoked laptop still sends what it has; the steps below say the rest
            if not exc.code.startswith("device.key"):
                raise
            with self._sessions.begin() as session:
                repo.add_sync_error(
                    session, exc.kind.value, f"{exc.code}: {exc.message}", self._clock.now()
                )
                repo.put_setting(session, config.RECEIPT_CERTIFIED, {"refused": exc.message})
            return
        update = TrustUpdate(answer.office_public_key, (answer.certificate.model_dump(),))
        with self._sessions.begin() as session:
            self._trust.install(session, update)
            repo.put_setting(session, config.RECEIPT_CERTIFIED, True)

    def _install_trust(self, session: Session, page: PullResponse) -> None:
        """Certificates and revocations of the office's devices, from one pulled page."""
        if self._trust is None:
            return
        certificates = tuple(
            c.certificate.model_dump()
            for c in page.changes
            if c.kind is ChangeKind.DEVICE_CERTIFIED and c.certificate is not None
        )
        revoked = {
            c.device_prefix: c.at
            for c in page.changes
            if c.kind is ChangeKind.DEVICE_REVOKED and c.device_prefix
        }
        if page.office_public_key is not None or certificates or revoked:
            self._trust.install(session, TrustUpdate(page.office_public_key, certificates, revoked))

    def _apply_change(self, session: Session, change: Change, device_id: str, tally: _Tally) -> str:
        """Apply one pulled change; returns the revocation message when it revokes us."""
        now = self._clock.now()
        if change.kind is ChangeKind.DEVICE_REVOKED:
            if change.device_id == device_id:
                return REVOKED_MESSAGE
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


def _audit_wire(entry: AuditEntry) -> AuditEntryWire:
    return AuditEntryWire(
        sequence=entry.sequence,
        at=entry.at,
        device_id=entry.device_id,
        actor=entry.actor,
        action=entry.action,
        target=entry.target,
        details=dict(entry.details),
        previous_hash=entry.previous_hash,
        hash=entry.hash,
    )
