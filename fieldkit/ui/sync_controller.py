"""Runs the sync engine in the background and tells the views about it through Qt signals.

The controller owns every decision about *when* to sync; the engine
(``SyncFacade.run``) decides *what* to send. It runs the engine on a thread of
its own (a one-thread QThreadPool) because a pass may take minutes on a weak
hotspot and must never hold the TaskRunner's database worker that the form
saves through; SQLite (WAL, busy timeout) lets the two writers take turns.

When it runs:
- a few seconds after something was saved (``AppState.applications_did_change``), so a
  burst of saves becomes one pass;
- every few minutes, to pull status changes from the back office;
- as soon as a probe (every ~20 s while offline) finds the server again;
- when the officer asks ("Sinkronkan sekarang", F9).
Only one pass runs at a time; a request during a pass is remembered and served after it.

Jobs on the worker receive and return immutable values only and never touch a widget.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from fieldkit.services.sync_protocol import SyncFacade
from fieldkit.sync.state import Connectivity, ErrorKind, SyncProgress, SyncReport, SyncStatus
from fieldkit.ui.context import AppState

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 5_000
PULL_INTERVAL_MS = 3 * 60_000
PROBE_INTERVAL_MS = 20_000
PROBE_TIMEOUT_S = 3.0
SHUTDOWN_WAIT_MS = 10_000

NOT_ENROLLED = SyncStatus(Connectivity.NOT_ENROLLED)


@dataclasses.dataclass(frozen=True, slots=True)
class _RunResult:
    report: SyncReport
    status: SyncStatus
    wiped: str | None = None  # the office revoked this laptop and its data was wiped


@dataclasses.dataclass(frozen=True, slots=True)
class _ProbeResult:
    is_reachable: bool
    status: SyncStatus


class _Relay(QObject):
    """Carries a job's outcome from the worker thread to the GUI thread (queued signals)."""

    did_progress = Signal(object)
    did_finish = Signal(object)
    did_fail = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Callable[[SyncProgress], None]], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        relay = self._relay
        try:
            result = self._fn(relay.did_progress.emit)
        except Exception as exc:
            # A bug in the engine (network errors come back in the report): keep the trace
            # for the developer, without data (the engine's messages carry no NIK or names).
            log.debug("sync job failed: %s", "".join(traceback.format_exception(exc)))
            relay.did_fail.emit(exc)
        else:
            relay.did_finish.emit(result)


class SyncController(QObject):
    """Schedules sync passes and reports them.

    Signals:
    - ``sync_did_start()``: a pass began.
    - ``sync_did_progress(object)``: a SyncProgress from the engine.
    - ``sync_did_finish(object)``: the SyncReport of a pass that ran to its end (it may still
      carry a network error: ``report.error``).
    - ``sync_did_fail(object)``: the exception of a pass that crashed (a bug).
    - ``status_did_change(object)``: a new SyncStatus (after a pass, a probe, a save).
    - ``device_did_wipe(str)``: the office revoked this laptop; after sending what it had,
      its data was wiped. The message says so; the app must close (nothing is left to show).
    """

    sync_did_start = Signal()
    sync_did_progress = Signal(object)
    sync_did_finish = Signal(object)
    sync_did_fail = Signal(object)
    status_did_change = Signal(object)
    device_did_wipe = Signal(str)

    def __init__(
        self,
        service: SyncFacade | None,
        state: AppState,
        *,
        save_delay_ms: int = SAVE_DELAY_MS,
        pull_interval_ms: int = PULL_INTERVAL_MS,
        probe_interval_ms: int = PROBE_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.state = state
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # the engine: one pass at a time
        self._light_pool = QThreadPool(self)
        self._light_pool.setMaxThreadCount(1)  # probes and status reads, never behind a pass
        self._relays: set[_Relay] = set()
        self._cancel = threading.Event()
        self._is_running = False
        self._is_probing = False
        self._is_run_wanted = False  # asked for during a pass: run again after it
        self._is_shut_down = False
        self._is_notifying = False
        self._is_reachable: bool | None = None
        self.last_report: SyncReport | None = None
        self.last_progress: SyncProgress | None = None
        self.status: SyncStatus = self._initial_status()

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(save_delay_ms)
        self._save_timer.timeout.connect(self._on_save_timer_timeout)
        self._pull_timer = QTimer(self)
        self._pull_timer.setInterval(pull_interval_ms)
        self._pull_timer.timeout.connect(self._on_pull_timer_timeout)
        self._probe_timer = QTimer(self)
        self._probe_timer.setInterval(probe_interval_ms)
        self._probe_timer.timeout.connect(self._on_probe_timer_timeout)
        state.applications_did_change.connect(self._on_state_applications_did_change)
        if self.is_enrolled:
            self._pull_timer.start()
            self.probe()  # find out at once whether there is a network

    def _initial_status(self) -> SyncStatus:
        if self.service is None:
            return NOT_ENROLLED
        # Local queries only (the contract): cheap enough for the start-up, and the status bar
        # must not claim "not connected" for a moment on an enrolled laptop.
        return self.service.status()

    # --- queries --------------------------------------------------------------------------------

    @property
    def is_enrolled(self) -> bool:
        return self.status.connectivity is not Connectivity.NOT_ENROLLED

    @property
    def is_running(self) -> bool:
        return self._is_running

    @property
    def is_run_scheduled(self) -> bool:
        """A pass will start by itself soon (after a save, or right after the current one)."""
        return self._save_timer.isActive() or self._is_run_wanted

    @property
    def is_probing_offline(self) -> bool:
        """Offline: a probe runs every few seconds to start a pass when the server is back."""
        return self._probe_timer.isActive()

    @property
    def can_sync(self) -> bool:
        return self.service is not None and self.status.connectivity not in {
            Connectivity.NOT_ENROLLED,
            Connectivity.REVOKED,
        }

    # --- commands -------------------------------------------------------------------------------

    def sync_now(self) -> bool:
        """Start a pass now (or right after the current one); False when this laptop cannot."""
        if self._is_shut_down or not self.can_sync:
            return False
        self._save_timer.stop()
        if self._is_running:
            self._is_run_wanted = True
            return True
        self._start_run()
        return True

    def probe(self) -> None:
        """Ask the server whether it is there (in the background); a success starts a pass."""
        service = self.service
        if service is None or self._is_probing or self._is_shut_down:
            return
        self._is_probing = True

        def job(_: object) -> _ProbeResult:
            is_reachable = service.probe(PROBE_TIMEOUT_S)
            return _ProbeResult(is_reachable, service.status())

        self._start(self._light_pool, job, self._on_probe_done, self._on_probe_failed)

    def refresh_status(self) -> None:
        """Re-read the status (in the background), e.g. after enrolment or a save."""
        service = self.service
        if service is None or self._is_shut_down:
            return
        self._start(
            self._light_pool, lambda _: service.status(), self._on_status_done, self._on_job_failed
        )

    def after_enrolment(self) -> None:
        """The laptop was just enrolled: show it and run the first pass."""
        if self.service is None:
            return
        self._is_reachable = True
        self._set_status(self.service.status())
        self._pull_timer.start()
        self.sync_now()

    def shutdown(self) -> None:
        """Stop scheduling, ask a running pass to stop at its next safe point, and wait for it."""
        if self._is_shut_down:
            return
        self._is_shut_down = True
        for timer in (self._save_timer, self._pull_timer, self._probe_timer):
            timer.stop()
        self._cancel.set()
        self._pool.waitForDone(SHUTDOWN_WAIT_MS)
        self._light_pool.waitForDone(SHUTDOWN_WAIT_MS)

    # --- running --------------------------------------------------------------------------------

    def _start_run(self) -> None:
        service = self.service
        if service is None:
            return
        self._is_running = True
        self._is_run_wanted = False
        cancel = self._cancel.is_set

        def job(emit: Callable[[SyncProgress], None]) -> _RunResult:
            def progress(progress: SyncProgress) -> None:  # named as ProgressSink names it
                emit(progress)

            report = service.run(progress, cancel)
            return _RunResult(report, service.status(), service.wiped_notice())

        relay = self._start(self._pool, job, self._on_run_done, self._on_run_failed)
        relay.did_progress.connect(self._on_relay_did_progress)
        self._set_status(dataclasses.replace(self.status, connectivity=Connectivity.SYNCING))
        self.sync_did_start.emit()

    def _start(
        self,
        pool: QThreadPool,
        fn: Callable[[Callable[[SyncProgress], None]], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> _Relay:
        relay = _Relay()
        self._relays.add(relay)  # alive until the job reports back

        def finished(result: object) -> None:
            self._release(relay)
            on_done(result)

        def failed(exc: object) -> None:
            self._release(relay)
            on_error(exc if isinstance(exc, Exception) else RuntimeError(str(exc)))

        relay.did_finish.connect(finished)
        relay.did_fail.connect(failed)
        pool.start(_Job(fn, relay))
        return relay

    def _release(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        relay.deleteLater()

    def _on_relay_did_progress(self, progress: object) -> None:
        if isinstance(progress, SyncProgress):
            self.last_progress = progress
            self.sync_did_progress.emit(progress)

    def _on_run_done(self, result: object) -> None:
        self._is_running = False
        self.last_progress = None
        if not isinstance(result, _RunResult):
            return
        report = result.report
        self.last_report = report
        if report.error_kind is ErrorKind.NETWORK:
            self._is_reachable = False
        elif not report.error:
            self._is_reachable = True
        self._set_status(result.status)
        self.sync_did_finish.emit(report)
        if result.wiped is not None:
            self.shutdown()  # no further passes: the database is gone
            self.device_did_wipe.emit(result.wiped)
            return
        if report.changed_application_ids:
            self._notify(report.changed_application_ids)
        self._after_pass()

    def _on_run_failed(self, exc: Exception) -> None:
        self._is_running = False
        self.last_progress = None
        self.sync_did_fail.emit(exc)
        self.refresh_status()
        self._after_pass()

    def _after_pass(self) -> None:
        if self._is_shut_down:
            return
        if self._is_run_wanted and self.status.connectivity is not Connectivity.OFFLINE:
            self._is_run_wanted = False
            self._save_timer.start()  # a short pause, then send what was saved meanwhile
        self._update_probe_timer()

    def _notify(self, ids: frozenset[str]) -> None:
        # Our own notification is not a save: it must not schedule yet another pass.
        self._is_notifying = True
        try:
            self.state.notify_applications(ids)
        finally:
            self._is_notifying = False

    # --- probe and status -----------------------------------------------------------------------

    def _on_probe_done(self, result: object) -> None:
        self._is_probing = False
        if not isinstance(result, _ProbeResult):
            return
        was_offline = (
            self._is_reachable is False or result.status.connectivity is Connectivity.OFFLINE
        )
        self._is_reachable = result.is_reachable
        self._set_status(result.status)
        self._update_probe_timer()
        if result.is_reachable and (was_offline or self.status.pending_entries > 0):
            self.sync_now()

    def _on_probe_failed(self, exc: Exception) -> None:
        self._is_probing = False
        self._on_job_failed(exc)

    def _on_status_done(self, result: object) -> None:
        if isinstance(result, SyncStatus):
            self._set_status(result)

    def _on_job_failed(self, exc: Exception) -> None:
        log.debug("sync status job failed: %s", type(exc).__name__)

    def _set_status(self, status: SyncStatus) -> None:
        # The engine knows what is waiting and what its last pass met; the controller knows
        # whether its last probe or pass reached the server, and that a pass runs right now.
        # Either one saying "offline" is enough to say so (and to keep probing).
        connectivity = status.connectivity
        if connectivity in {Connectivity.ONLINE, Connectivity.OFFLINE, Connectivity.SYNCING}:
            if self._is_running:
                connectivity = Connectivity.SYNCING
            elif connectivity is Connectivity.OFFLINE or self._is_reachable is False:
                connectivity = Connectivity.OFFLINE
            else:
                connectivity = Connectivity.ONLINE
        if connectivity is not status.connectivity:
            status = dataclasses.replace(status, connectivity=connectivity)
        self.status = status
        self._update_probe_timer()
        self.status_did_change.emit(status)

    def _update_probe_timer(self) -> None:
        if self.status.connectivity is Connectivity.OFFLINE and not self._is_shut_down:
            if not self._probe_timer.isActive():
                self._probe_timer.start()
        else:
            self._probe_timer.stop()

    # --- timers and state -----------------------------------------------------------------------

    def _on_state_applications_did_change(self, ids: object) -> None:
        del ids
        if self._is_notifying or not self.can_sync:
            return
        self.refresh_status()  # "N menunggu" grows at once
        if self._is_running:
            self._is_run_wanted = True
        elif self.status.connectivity is not Connectivity.OFFLINE:
            self._save_timer.start()  # restarts: a burst of saves becomes one pass

    def _on_save_timer_timeout(self) -> None:
        self.sync_now()

    def _on_pull_timer_timeout(self) -> None:
        if self.status.connectivity is Connectivity.OFFLINE:
            return  # the probe timer takes over while offline
        self.sync_now()

    def _on_probe_timer_timeout(self) -> None:
        self.probe()
