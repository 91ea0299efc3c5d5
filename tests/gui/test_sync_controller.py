"""The sync controller: when it runs the engine, one pass at a time, and what it tells views."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from fieldkit.sync.state import (
    Connectivity,
    ErrorKind,
    SyncProgress,
    SyncReport,
    SyncStatus,
)
from fieldkit.ui.context import AppState
from fieldkit.ui.sync_controller import SyncController
from tests.fakes import FakeSyncService

SHORT_MS = 30


@pytest.fixture
def fake() -> FakeSyncService:
    return FakeSyncService(is_enrolled=True)


@pytest.fixture
def state(qtbot: QtBot) -> AppState:
    del qtbot  # a QApplication must exist first
    return AppState()


@pytest.fixture
def controller(qtbot: QtBot, fake: FakeSyncService, state: AppState) -> Iterator[SyncController]:
    made = SyncController(
        fake,
        state,
        save_delay_ms=SHORT_MS,
        pull_interval_ms=60_000,
        probe_interval_ms=SHORT_MS,
    )
    qtbot.waitUntil(lambda: fake.probe_count >= 1 and not made._is_probing)
    yield made
    fake.release_runs()
    made.shutdown()


def connectivity(controller: SyncController) -> Connectivity:
    return controller.status.connectivity


def test_sync_now_reports_start_progress_and_finish(
    qtbot: QtBot, controller: SyncController, fake: FakeSyncService
) -> None:
    fake.next_report = SyncReport(pushed=2, is_complete=True)
    progress: list[SyncProgress] = []
    started: list[bool] = []
    controller.sync_did_start.connect(lambda: started.append(True))
    controller.sync_did_progress.connect(progress.append)
    with qtbot.wait_signal(controller.sync_did_finish) as finished:
        assert controller.sync_now()
    assert started == [True]
    assert [p.label for p in progress] == ["Mengirim data 1 dari 2", "Mengirim data 2 dari 2"]
    assert finished.args == [SyncReport(pushed=2, is_complete=True)]
    assert fake.run_count == 1
    assert not controller.is_running
    assert controller.status.connectivity is Connectivity.ONLINE


def test_a_save_schedules_one_pass_for_a_burst_of_saves(
    qtbot: QtBot, controller: SyncController, fake: FakeSyncService, state: AppState
) -> None:
    assert fake.run_count == 0
    for serial in range(3):
        state.notify_applications(frozenset({f"app-{serial}"}))
    assert controller.is_run_scheduled
    with qtbot.wait_signal(controller.sync_did_finish):
        pass
    assert fake.run_count == 1
    assert not controller.is_run_scheduled


def test_only_one_pass_at_a_time(
    qtbot: QtBot, controller: SyncController, fake: FakeSyncService, state: AppState
) -> None:
    fake.hold_runs()
    assert controller.sync_now()
    qtbot.waitUntil(lambda: fake.is_running)
    assert controller.sync_now()  # remembered, not started
    state.notify_applications(frozenset({"saved-meanwhile"}))
    assert controller.is_running
    assert fake.run_count == 1
    with qtbot.wait_signal(controller.sync_did_finish):
        fake.release_runs()
    assert controller.is_run_scheduled  # the request made during the pass
    qtbot.waitUntil(lambda: fake.run_count == 2 and not controller.is_running)
    assert fake.max_concurrent_runs == 1


def test_changed_applications_are_announced_without_scheduling_another_pass(
    qtbot: QtBot, controller: SyncController, fake: FakeSyncService, state: AppState
) -> None:
    fake.next_report = SyncReport(pulled_changes=1, changed_application_ids=frozenset({"a1"}))
    with qtbot.wait_signal(state.applications_did_change) as changed:
        controller.sync_now()
    assert changed.args == [frozenset({"a1"})]
    assert not controller.is_run_scheduled


def test_offline_probes_and_starts_when_the_server_is_back(
    qtbot: QtBot, controller: SyncController, fake: FakeSyncService
) -> None:
    fake.is_reachable = False
    fake.next_report = SyncReport(
        error="Tidak ada jaringan. Data aman di laptop; akan dikirim otomatis.",
        error_kind=ErrorKind.NETWORK,
    )
    with qtbot.wait_signal(controller.sync_did_finish):
        controller.sync_now()
    assert controller.status.connectivity is Connectivity.OFFLINE
    assert controller.is_probing_offline
    probes = fake.probe_count
    qtbot.waitUntil(lambda: fake.probe_count > probes + 1)  # probing repeatedly
    assert fake.run_count == 1  # no pass while the server is unreachable
    fake.next_report = SyncReport(is_complete=True)
    with qtbot.wait_signal(controller.sync_did_finish, timeout=3000):
        fake.is_reachable = True
    assert fake.run_count == 2
    assert connectivity(controller) is Connectivity.ONLINE
    assert not controller.is_probing_offline


def test_shutdown_cancels_a_running_pass(
    qtbot: QtBot, controller: SyncController, fake: FakeSyncService
) -> None:
    fake.hold_runs()
    controller.sync_now()
    qtbot.waitUntil(lambda: fake.is_running)
    controller.shutdown()
    assert fake.was_cancelled
    assert not fake.is_running
    assert not controller.sync_now()  # nothing starts after shutdown


def test_a_laptop_not_enrolled_never_runs(qtbot: QtBot, state: AppState) -> None:
    fake = FakeSyncService()
    controller = SyncController(fake, state, save_delay_ms=SHORT_MS)
    assert controller.status == SyncStatus(Connectivity.NOT_ENROLLED)
    assert not controller.sync_now()
    state.notify_applications(frozenset({"a1"}))
    assert not controller.is_run_scheduled
    assert fake.run_count == 0
    assert fake.probe_count == 0
    controller.shutdown()


def test_an_engine_bug_is_reported_as_a_failure(
    qtbot: QtBot, controller: SyncController, fake: FakeSyncService
) -> None:
    def broken() -> None:
        raise RuntimeError("bug in the engine")

    fake.on_run = broken
    with qtbot.wait_signal(controller.sync_did_fail) as failed:
        controller.sync_now()
    assert isinstance(failed.args[0], RuntimeError)
    assert not controller.is_running
