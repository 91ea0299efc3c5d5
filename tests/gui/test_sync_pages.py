"""An enrolled laptop: status bar, sync on demand, live list updates, sync panel, call-backs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QTableWidget
from pytestqt.qtbot import QtBot

from fieldkit.domain.records import Officer, Visit
from fieldkit.services.applications import ApplicationService, SaveResult
from fieldkit.sync.state import (
    CallbackEntry,
    Conflict,
    Connectivity,
    ErrorKind,
    PendingItem,
    SyncReport,
    SyncStatus,
    TimelineEvent,
)
from fieldkit.ui.item_models.applicants import Column
from fieldkit.ui.main_window import CALLBACKS, DETAIL, SYNC, MainWindow
from fieldkit.ui.views.applicants import ApplicantsView
from fieldkit.ui.views.callbacks import CallbacksView
from fieldkit.ui.views.detail import ApplicationDetailView
from fieldkit.ui.views.sync_panel import SyncPanelView
from tests import samples
from tests.fakes import FakeSyncService

SHOTS = Path("/tmp/fieldkit_shots")
AT = dt.datetime(2026, 11, 25, 7, 5, tzinfo=dt.UTC)  # 14.05 WIB


@pytest.fixture
def fake_sync() -> FakeSyncService:
    """This module's laptop is enrolled and the server answers."""
    return FakeSyncService(is_enrolled=True)


@pytest.fixture
def ready(qtbot: QtBot, signed_in: MainWindow, fake_sync: FakeSyncService) -> MainWindow:
    """The signed-in window once the start-up probe has answered."""
    qtbot.waitUntil(lambda: fake_sync.probe_count >= 1 and not signed_in.sync._is_probing)
    return signed_in


@pytest.fixture
def registered(applications: ApplicationService, visit: Visit, operator: Officer) -> SaveResult:
    return applications.register(visit.id, samples.draft(7), actor=operator)


def table(view: SyncPanelView | CallbacksView, name: str) -> QTableWidget:
    found = view.findChild(QTableWidget, name)
    assert found is not None, name
    return found


def rows(grid: QTableWidget) -> list[list[str]]:
    return [
        [
            item.text() if (item := grid.item(r, c)) is not None else ""
            for c in range(grid.columnCount())
        ]
        for r in range(grid.rowCount())
    ]


def status_of(view: ApplicantsView, application_id: str) -> object:
    row = view.model.row_of(application_id)
    assert row is not None
    return view.model.index(row, Column.STATUS).data()


def click(button: QPushButton) -> None:
    assert button.isEnabled(), button.objectName()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def open_panel(qtbot: QtBot, window: MainWindow) -> SyncPanelView:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(
        window,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.current_page_key() == SYNC
    view = window.page(SYNC)
    assert isinstance(view, SyncPanelView)
    qtbot.waitUntil(lambda: view.data is not None and not view.is_loading)
    return view


# --- status bar and running ---------------------------------------------------------------------


def test_status_bar_shows_what_waits_and_the_last_sync(
    qtbot: QtBot, ready: MainWindow, fake_sync: FakeSyncService
) -> None:
    bar = ready.sync_status
    assert bar.state_label.text() == "Online"
    assert bar.pending_label.text() == "Semua terkirim"
    assert not bar.error_label.isVisible()
    fake_sync.sync_status = SyncStatus(
        Connectivity.OFFLINE,
        server_url="https://dpmptsp.test",
        pending_entries=3,
        pending_documents=5,
        bytes_left=2_516_582,
        last_success=AT,
        last_error="Tidak ada jaringan. Data aman di laptop dan akan dikirim otomatis.",
        last_error_kind=ErrorKind.NETWORK,
    )
    with qtbot.wait_signal(ready.sync.status_did_change):
        ready.sync.refresh_status()
    assert bar.state_label.text() == "Offline"
    assert bar.pending_label.text() == "3 menunggu"
    assert bar.bytes_label.text() == "2,4 MB lagi"
    assert bar.last_label.text() == "Terakhir: 25/11 14.05"
    assert bar.error_label.isVisible()
    assert bar.error_label.text().startswith("Tidak ada jaringan.")
    assert "Akan dicoba lagi otomatis." in bar.error_label.toolTip()
    SHOTS.mkdir(exist_ok=True)
    ready.grab().save(str(SHOTS / "sync_status_bar.png"))


def test_sync_now_by_button_and_by_f9(
    qtbot: QtBot, ready: MainWindow, fake_sync: FakeSyncService
) -> None:
    progress: list[object] = []
    ready.sync.sync_did_progress.connect(progress.append)
    with (
        qtbot.wait_signal(ready.sync.sync_did_start),
        qtbot.wait_signal(ready.sync.sync_did_finish),
    ):
        click(ready.sync_status.button)
    assert fake_sync.run_count == 1
    assert len(progress) == 2
    ready.activateWindow()
    qtbot.waitUntil(ready.isActiveWindow)
    with qtbot.wait_signal(ready.sync.sync_did_finish):
        QTest.keyClick(ready, Qt.Key.Key_F9)
    assert fake_sync.run_count == 2
    assert ready.sync_status.button.isEnabled()
    assert not ready.sync_status.error_label.isVisible()

    fake_sync.next_report = SyncReport(pushed=3, conflicts=1, invalid=1)
    with qtbot.wait_signal(ready.sync.sync_did_finish):
        QTest.keyClick(ready, Qt.Key.Key_F9)
    error = ready.sync_status.error_label
    assert error.isVisible()
    assert error.text() == "2 data ditolak atau bentrok di server."
    assert "buka Panel sinkronisasi" in error.toolTip()


def test_button_is_disabled_during_a_pass(
    qtbot: QtBot, ready: MainWindow, fake_sync: FakeSyncService
) -> None:
    fake_sync.hold_runs()
    click(ready.sync_status.button)
    qtbot.waitUntil(lambda: ready.sync_status.state_label.text() == "Mengirim data 2 dari 2")
    assert not ready.sync_status.button.isEnabled()
    with qtbot.wait_signal(ready.sync.sync_did_finish):
        fake_sync.release_runs()
    assert ready.sync_status.button.isEnabled()


def test_outcome_of_a_pass_updates_the_list_live(
    qtbot: QtBot,
    ready: MainWindow,
    fake_sync: FakeSyncService,
    registered: SaveResult,
    applications: ApplicationService,
    operator: Officer,
) -> None:
    app_id = registered.application.id
    ready.open_list()
    view = ready.page("list")
    assert isinstance(view, ApplicantsView)
    qtbot.waitUntil(lambda: view.model.has_loaded and not view.model.is_loading)
    assert status_of(view, app_id) == "Draf"

    def apply_pulled_change() -> None:  # what the engine does with a pulled status change
        applications.mark_ready(app_id, actor=operator)

    fake_sync.on_run = apply_pulled_change
    fake_sync.next_report = SyncReport(
        pulled_changes=1, changed_application_ids=frozenset({app_id}), is_complete=True
    )
    with qtbot.wait_signal(view.model.load_did_finish):
        QTest.keyClick(ready, Qt.Key.Key_F9)
    assert status_of(view, app_id) == "Siap"


# --- sync panel ---------------------------------------------------------------------------------


def _pending() -> list[PendingItem]:
    return [
        PendingItem("a-1", "BGR-7K2Q-MX", "application", 2, 0, "", None),
        PendingItem(
            "a-2",
            "BGR-3HJ8-TP",
            "application",
            1,
            4,
            "Server menolak: kode KBLI 56102 tidak dibuka untuk skala ini. Perbaiki KBLI.",
            ErrorKind.REFUSED,
        ),
    ]


def test_panel_lists_waiting_and_failed_and_retries(
    qtbot: QtBot, ready: MainWindow, fake_sync: FakeSyncService
) -> None:
    fake_sync.pending_items = _pending()
    fake_sync.timelines["a-2"] = [
        TimelineEvent(AT, "Dibuat di laptop"),
        TimelineEvent(AT, "Masuk antrean"),
        TimelineEvent(AT, "Ditolak server", "kode KBLI 56102 tidak dibuka untuk skala ini"),
    ]
    view = open_panel(qtbot, ready)
    assert rows(table(view, "waiting_table")) == [["BGR-7K2Q-MX", "Data permohonan", "2", "0"]]
    failed = table(view, "failed_table")
    assert [r[0] for r in rows(failed)] == ["BGR-3HJ8-TP"]
    assert "KBLI 56102" in rows(failed)[0][3]
    assert view.tabs.tabText(1) == "&Gagal (1)"
    view.tabs.setCurrentIndex(1)
    assert not view.retry_button.isEnabled()
    failed.selectRow(0)
    qtbot.waitUntil(lambda: view.timeline_id == "a-2" and len(view.timeline_events) == 3)
    timeline = rows(table(view, "timeline_table"))
    assert timeline[2][1:] == ["Ditolak server", "kode KBLI 56102 tidak dibuka untuk skala ini"]
    SHOTS.mkdir(exist_ok=True)
    ready.grab().save(str(SHOTS / "sync_panel_failed.png"))
    with qtbot.wait_signal(ready.sync.sync_did_finish):
        click(view.retry_button)  # a retry sends at once
    assert ("retry", "a-2") in fake_sync.calls
    qtbot.waitUntil(lambda: not view.is_loading and not rows(table(view, "failed_table")))


def _conflict() -> Conflict:
    return Conflict(
        application_id="a-9",
        tracking_code="BGR-9ZZ1-QA",
        local_revision=4,
        server_revision=5,
        differences=(
            ("Nomor HP", "+6281234567890", "+6281298765432"),
            ("Nama usaha", "Warung Bu Siti", "Warung Makan Bu Siti"),
        ),
        at=AT,
    )


@pytest.mark.parametrize(("button", "keep"), [("keep_laptop", "laptop"), ("keep_server", "server")])
def test_conflict_shows_both_versions_and_a_person_resolves_it(
    qtbot: QtBot,
    ready: MainWindow,
    fake_sync: FakeSyncService,
    operator: Officer,
    button: str,
    keep: str,
) -> None:
    fake_sync.conflict_list = [_conflict()]
    view = open_panel(qtbot, ready)
    view.tabs.setCurrentIndex(2)
    assert view.tabs.tabText(2) == "Kon&flik (1)"
    assert rows(table(view, "conflict_differences")) == [
        ["Nomor HP", "+6281234567890", "+6281298765432"],
        ["Nama usaha", "Warung Bu Siti", "Warung Makan Bu Siti"],
    ]
    if keep == "laptop":
        SHOTS.mkdir(exist_ok=True)
        ready.grab().save(str(SHOTS / "sync_panel_conflict.png"))
    chosen = view.findChild(QPushButton, button)
    assert chosen is not None
    click(chosen)
    box = view.confirm_box
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)
    assert "BGR-9ZZ1-QA" in box.text()
    confirm = box.findChild(QPushButton, "confirm_resolve")
    assert confirm is not None
    with qtbot.wait_signal(ready.state.applications_did_change) as changed:
        click(confirm)
    assert changed.args == [frozenset({"a-9"})]
    assert fake_sync.calls == [("resolve_conflict", "a-9", keep, operator.id)]
    qtbot.waitUntil(lambda: not view.is_loading and view.tabs.tabText(2) == "Kon&flik (0)")


def test_cancelling_the_confirmation_keeps_the_conflict(
    qtbot: QtBot, ready: MainWindow, fake_sync: FakeSyncService
) -> None:
    fake_sync.conflict_list = [_conflict()]
    view = open_panel(qtbot, ready)
    view.tabs.setCurrentIndex(2)
    click(view.keep_server_button)
    box = view.confirm_box
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    cancel = box.findChild(QPushButton, "cancel_resolve")
    assert cancel is not None
    assert box.defaultButton() is cancel  # Enter does not discard anything by accident
    click(cancel)
    qtbot.waitUntil(lambda: view.confirm_box is None)
    assert fake_sync.calls == []


def test_error_log_is_copied_to_the_clipboard(
    qtbot: QtBot, ready: MainWindow, fake_sync: FakeSyncService
) -> None:
    fake_sync.log = (
        "2026-11-25 07:05:00Z network: koneksi terputus saat mengunggah dokumen (1,2 MB dari 3)\n"
        "2026-11-25 07:06:10Z refused BGR-3HJ8-TP: KBLI tidak dibuka untuk skala ini\n"
    )
    view = open_panel(qtbot, ready)
    view.tabs.setCurrentIndex(3)
    assert view.error_log.isReadOnly()
    assert view.error_log.toPlainText() == fake_sync.log
    QGuiApplication.clipboard().clear()
    click(view.copy_button)
    assert QGuiApplication.clipboard().text() == fake_sync.log
    assert view.copied.text() == "Log kesalahan disalin."


# --- call-back list and duplicates --------------------------------------------------------------


def test_callback_list_shows_phone_numbers_and_opens_the_detail(
    qtbot: QtBot, ready: MainWindow, fake_sync: FakeSyncService, registered: SaveResult
) -> None:
    app = registered.application
    fake_sync.callbacks = [
        CallbackEntry(
            app.id,
            app.tracking_code,
            "Siti Rahmawati",
            "+6281200000007",
            "NIB terbit",
            "9120001234567",
            "",
        ),
        CallbackEntry(
            "other",
            "BGR-3HJ8-TP",
            "Ahmad Fauzi",
            "+6285711112222",
            "Perlu perbaikan",
            "",
            "NIK ditolak Dukcapil: arahkan pemohon ke Disdukcapil",
        ),
    ]
    ready.activateWindow()
    qtbot.waitUntil(ready.isActiveWindow)
    QTest.keyClick(
        ready, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert ready.current_page_key() == CALLBACKS
    view = ready.page(CALLBACKS)
    assert isinstance(view, CallbacksView)
    qtbot.waitUntil(lambda: len(view.entries) == 2)
    grid = table(view, "callbacks_table")
    assert rows(grid) == [
        [app.tracking_code, "Siti Rahmawati", "+6281200000007", "NIB terbit", "9120001234567"],
        [
            "BGR-3HJ8-TP",
            "Ahmad Fauzi",
            "+6285711112222",
            "Perlu perbaikan",
            "NIK ditolak Dukcapil: arahkan pemohon ke Disdukcapil",
        ],
    ]
    SHOTS.mkdir(exist_ok=True)
    ready.grab().save(str(SHOTS / "sync_callbacks.png"))
    QTest.keyClick(grid, Qt.Key.Key_Down)
    click(view.copy_button)
    assert QGuiApplication.clipboard().text() == "+6285711112222"
    QTest.keyClick(grid, Qt.Key.Key_Up)
    QTest.keyClick(grid, Qt.Key.Key_Return)
    assert ready.current_page_key() == DETAIL


def test_detail_shows_a_possible_duplicate_nik_after_a_pass(
    qtbot: QtBot, ready: MainWindow, fake_sync: FakeSyncService, registered: SaveResult
) -> None:
    app_id = registered.application.id
    ready.open_detail(app_id)
    view = ready.page(DETAIL)
    assert isinstance(view, ApplicationDetailView)
    qtbot.waitUntil(lambda: view.data is not None and not view.is_loading)
    assert view.findChild(QLabel, "duplicate_label") is None

    def flag() -> None:  # the server flagged the NIK during the pass
        fake_sync.duplicates[app_id] = ["BGR-4XY2-LA"]

    fake_sync.on_run = flag
    fake_sync.next_report = SyncReport(changed_application_ids=frozenset({app_id}))
    QTest.keyClick(ready, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: view.data is not None and view.data.duplicates == ("BGR-4XY2-LA",))
    label = view.findChild(QLabel, "duplicate_label")
    assert label is not None
    assert label.text().startswith("Kemungkinan duplikat NIK dengan: BGR-4XY2-LA.")
    SHOTS.mkdir(exist_ok=True)
    ready.grab().save(str(SHOTS / "sync_duplicate.png"))
