"""Fakes for the boundary Protocols, one per Protocol: small, in memory, deterministic."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Callable, Iterable

from fieldkit.domain.messages import verbatim
from fieldkit.domain.records import Officer
from fieldkit.domain.reference import Kbli, Region
from fieldkit.services.errors import ServiceError
from fieldkit.sync.state import (
    CallbackEntry,
    Cancel,
    Conflict,
    Connectivity,
    PendingItem,
    ProgressSink,
    SyncProgress,
    SyncReport,
    SyncStatus,
    TimelineEvent,
)
from fieldkit.sync.tls import CaBundleError, check_ca_bundle


def _region(code: str, name: str, level: str) -> Region:
    """A region whose parent is the code one level up (10 -> 6 -> 4 -> 2 digits)."""
    parent_length = {2: 0, 4: 2, 6: 4, 10: 6}[len(code)]
    return Region(code, name, level, code[:parent_length] or None)


# Two provinces with one regency, kecamatan and village each; NIKs in tests start with these.
FAKE_REGIONS = (
    _region("32", "Jawa Barat", "provinsi"),
    _region("3201", "Kabupaten Bogor", "kabupaten"),
    _region("320101", "Cibinong", "kecamatan"),
    _region("3201012001", "Pakansari", "kelurahan"),
    _region("51", "Bali", "provinsi"),
    _region("5102", "Kabupaten Tabanan", "kabupaten"),
    _region("510201", "Selemadeg", "kecamatan"),
    _region("5102012001", "Bajera", "desa"),
)

FAKE_KBLIS = (
    Kbli("56101", "Restoran", "I", "Penyediaan Akomodasi dan Penyediaan Makan Minum", "2020"),
    Kbli(
        "47111",
        "Perdagangan Eceran Berbagai Macam Barang yang Utamanya Makanan, Minuman atau Tembakau "
        "di Minimarket/Supermarket/Hypermarket",
        "G",
        "Perdagangan Besar dan Eceran; Reparasi dan Perawatan Mobil dan Sepeda Motor",
        "2020",
    ),
    Kbli("10710", "Industri Produk Roti dan Kue", "C", "Industri Pengolahan", "2020"),
)


class FakeReference:
    """A ``ReferenceLookup`` over a few regions and KBLI codes (by default the ones above)."""

    def __init__(
        self,
        regions: Iterable[Region] = FAKE_REGIONS,
        kblis: Iterable[Kbli] = FAKE_KBLIS,
        *,
        kbli_version: str = "2020",
    ) -> None:
        self._regions = {r.code: r for r in regions}
        self._kblis = {k.code: k for k in kblis}
        self._kbli_version = kbli_version

    @property
    def kbli_version(self) -> str:
        return self._kbli_version

    def region(self, code: str) -> Region | None:
        return self._regions.get(code)

    def kbli(self, code: str) -> Kbli | None:
        return self._kblis.get(code)


class FakeClock:
    """A Clock (fieldkit.services.clock) that stands still until a test moves it."""

    def __init__(self, start: dt.datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs a timezone-aware start")
        self._now = start

    def now(self) -> dt.datetime:
        return self._now

    def advance(self, **delta: float) -> None:
        self._now += dt.timedelta(**delta)

    def set(self, moment: dt.datetime) -> None:
        self._now = moment


class FakeSyncService:
    """A ``SyncFacade`` (fieldkit.services.sync_protocol) in memory, for the UI's tests.

    A test sets what the service answers (``sync_status``, ``pending_items``, ``timelines``,
    ``callbacks``, ``conflict_list``, ``duplicates``, ``log``, ``is_reachable``), what the next
    run reports (``next_report``, ``progress_steps``), and can hold a run in progress with
    ``hold_runs()`` / ``release_runs()``. Calls that change something are recorded in
    ``calls``. Methods are thread-safe: the UI calls them from its workers.
    """

    def __init__(
        self, *, is_enrolled: bool = False, server_url: str = "https://dpmptsp.test"
    ) -> None:
        self._lock = threading.Lock()
        self._is_enrolled = is_enrolled
        self.server_url = server_url if is_enrolled else ""
        self.sync_status = SyncStatus(
            Connectivity.ONLINE if is_enrolled else Connectivity.NOT_ENROLLED,
            server_url=self.server_url,
        )
        self.is_reachable = True
        self.pending_items: list[PendingItem] = []
        self.timelines: dict[str, list[TimelineEvent]] = {}
        self.callbacks: list[CallbackEntry] = []
        self.conflict_list: list[Conflict] = []
        self.duplicates: dict[str, list[str]] = {}
        self.log = ""
        self.enrol_error: ServiceError | None = None
        self._ca_bundle = ""
        self.wiped: str | None = None  # set by a test: the laptop "was wiped" by a run
        self.next_report = SyncReport(is_complete=True)
        self.status_after_run: SyncStatus | None = None
        self.progress_steps: list[SyncProgress] = [
            SyncProgress("push", 1, 2, "Mengirim data 1 dari 2"),
            SyncProgress("push", 2, 2, "Mengirim data 2 dari 2"),
        ]
        self.calls: list[tuple[str, ...]] = []
        self.run_count = 0
        self.probe_count = 0
        self.is_running = False
        self.max_concurrent_runs = 0
        self._running = 0
        self.was_cancelled = False
        self.on_run: Callable[[], None] | None = None  # runs inside run(), on the worker
        self._gate = threading.Event()
        self._gate.set()

    # --- test controls ----------------------------------------------------------------------

    def hold_runs(self) -> None:
        """The next runs wait (still honouring cancel) until ``release_runs``."""
        self._gate.clear()

    def release_runs(self) -> None:
        self._gate.set()

    # --- SyncFacade -------------------------------------------------------------------------

    def is_enrolled(self) -> bool:
        return self._is_enrolled

    def ca_bundle(self) -> str:
        return self._ca_bundle

    def wiped_notice(self) -> str | None:
        return self.wiped

    def server_address(self) -> str:
        return self.server_url

    def set_server_address(self, url: str) -> str:
        """Only records the call; the address rules are tested on the real SyncService."""
        self.calls.append(("set_server_address", url))
        self.server_url = url.strip()
        return self.server_url

    def set_ca_bundle(self, path: str) -> str:
        """Checks the file as the real service does (missing or not a CA: ServiceError)."""
        try:
            checked = check_ca_bundle(path)
        except CaBundleError as exc:
            raise ServiceError(verbatim(str(exc))) from None
        with self._lock:
            self._ca_bundle = checked
            self.calls.append(("set_ca_bundle", checked))
        return checked

    def enrol(self, server_url: str, code: str, *, device_name: str) -> None:
        with self._lock:
            self.calls.append(("enrol", server_url, code, device_name))
            if self.enrol_error is not None:
                raise self.enrol_error
            self._is_enrolled = True
            self.server_url = server_url
            self.sync_status = SyncStatus(Connectivity.ONLINE, server_url=server_url)

    def status(self) -> SyncStatus:
        with self._lock:
            if not self._is_enrolled:
                return SyncStatus(Connectivity.NOT_ENROLLED)
            return self.sync_status

    def probe(self, timeout: float = 3.0) -> bool:
        with self._lock:
            self.probe_count += 1
            return self._is_enrolled and self.is_reachable

    def run(
        self, progress: ProgressSink, cancel: Cancel, *, deadline: float | None = None
    ) -> SyncReport:
        with self._lock:
            self.run_count += 1
            self.is_running = True
            self.max_concurrent_runs = max(self.max_concurrent_runs, self._running + 1)
            self._running += 1
        try:
            for step in self.progress_steps:
                progress(step)
            while not self._gate.wait(0.01):
                if cancel():
                    self.was_cancelled = True
                    return SyncReport()
            if self.on_run is not None:
                self.on_run()
            with self._lock:
                if self.status_after_run is not None:
                    self.sync_status = self.status_after_run
                return self.next_report
        finally:
            with self._lock:
                self._running -= 1
                self.is_running = self._running > 0

    def pending(self) -> list[PendingItem]:
        with self._lock:
            return list(self.pending_items)

    def retry(self, entity_id: str) -> None:
        with self._lock:
            self.calls.append(("retry", entity_id))
            self.pending_items = [
                dataclasses.replace(i, attempts=0, last_error="", error_kind=None)
                if i.entity_id == entity_id
                else i
                for i in self.pending_items
            ]

    def timeline(self, application_id: str) -> list[TimelineEvent]:
        with self._lock:
            return list(self.timelines.get(application_id, []))

    def error_log(self) -> str:
        with self._lock:
            return self.log

    def callback_list(self) -> list[CallbackEntry]:
        with self._lock:
            return list(self.callbacks)

    def conflicts(self) -> list[Conflict]:
        with self._lock:
            return list(self.conflict_list)

    def resolve_conflict(self, application_id: str, *, keep: str, actor: Officer) -> None:
        with self._lock:
            self.calls.append(("resolve_conflict", application_id, keep, actor.id))
            self.conflict_list = [
                c for c in self.conflict_list if c.application_id != application_id
            ]

    def duplicate_of(self, application_id: str) -> list[str]:
        with self._lock:
            return list(self.duplicates.get(application_id, []))
