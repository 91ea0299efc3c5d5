"""The window with the real SyncService against a real server process: enrol, send, see it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from fieldkit.domain.records import Officer, Visit
from fieldkit.domain.status import ApplicationStatus
from fieldkit.services.applications import ApplicationService
from fieldkit.services.clock import Clock
from fieldkit.services.sync import SyncService
from fieldkit.services.sync_protocol import SyncFacade
from fieldkit.store.local import LocalStore
from fieldkit.sync.state import Connectivity, SyncReport
from fieldkit.ui.item_models.applicants import Column
from fieldkit.ui.main_window import LIST, SYNC, MainWindow
from fieldkit.ui.views.applicants import ApplicantsView
from fieldkit.ui.views.sync_panel import SyncPanelView
from tests import samples
from tests.integration.server.harness import ServerProcess, running_server
from tests.integration.sync.test_basic import backoffice, set_status

SYNC_TIMEOUT_MS = 30_000


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    with running_server("sqlite", tmp_path_factory.mktemp("gui-sync-server"), None) as started:
        yield started


@pytest.fixture
def sync_service(store: LocalStore, clock: Clock) -> SyncFacade:
    return SyncService(store.sessions, store.documents, clock, data_dir=store.data_dir)


def test_enrol_and_send_a_queued_application(
    qtbot: QtBot,
    signed_in: MainWindow,
    server: ServerProcess,
    applications: ApplicationService,
    visit: Visit,
    operator: Officer,
) -> None:
    assert signed_in.sync_label.text() == "Belum tersambung ke server"
    saved = applications.register(visit.id, samples.draft(11), actor=operator)
    app_id = saved.application.id
    applications.mark_ready(app_id, actor=operator)
    applications.change_status(app_id, ApplicationStatus.QUEUED, actor=operator)
    code = server.enrolment_code(server.create_office())

    signed_in.activateWindow()
    qtbot.waitUntil(signed_in.isActiveWindow)
    QTest.keyClick(signed_in, Qt.Key.Key_F9)
    dialog = signed_in.enrol_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.server_url.hasFocus)
    QTest.keyClicks(dialog.server_url, server.url)
    QTest.keyClick(dialog.server_url, Qt.Key.Key_Return)
    with qtbot.wait_signal(signed_in.sync.sync_did_finish, timeout=SYNC_TIMEOUT_MS) as done:
        QTest.keyClicks(dialog.code, code)
        QTest.keyClick(dialog.code, Qt.Key.Key_Return)
    report = done.args[0]
    assert isinstance(report, SyncReport)
    assert report.error == ""
    assert report.pushed >= 1

    status = signed_in.sync.status
    assert status.connectivity is Connectivity.ONLINE
    assert status.server_url.rstrip("/") == server.url.rstrip("/")
    qtbot.waitUntil(lambda: signed_in.sync.status.pending_entries == 0, timeout=SYNC_TIMEOUT_MS)
    bar = signed_in.sync_status
    assert bar.state_label.text() == "Online"
    assert bar.pending_label.text() == "Semua terkirim"
    assert bar.last_label.text().startswith("Terakhir: ")

    signed_in.open_sync_panel()
    panel = signed_in.page(SYNC)
    assert isinstance(panel, SyncPanelView)
    qtbot.waitUntil(lambda: panel.data is not None and not panel.is_loading)
    assert panel.data is not None
    assert [i for i in panel.data.pending if i.kind != "document"] == []
    panel.show_timeline(app_id, saved.application.tracking_code)
    qtbot.waitUntil(lambda: any("Diterima server" in e.label for e in panel.timeline_events))


def test_back_office_outcome_reaches_the_open_list(
    qtbot: QtBot,
    signed_in: MainWindow,
    server: ServerProcess,
    applications: ApplicationService,
    visit: Visit,
    operator: Officer,
) -> None:
    """NIB issued in the back office shows in the applicants list after the next sync."""
    office_id = server.create_office()
    sync = signed_in.services.sync
    assert sync is not None
    sync.enrol(server.url, server.enrolment_code(office_id), device_name="laptop-uji")
    saved = applications.register(visit.id, samples.draft(12), actor=operator)
    app_id = saved.application.id
    applications.mark_ready(app_id, actor=operator)
    applications.change_status(app_id, ApplicationStatus.QUEUED, actor=operator)
    controller = signed_in.sync
    assert controller is not None
    with qtbot.wait_signal(controller.sync_did_finish, timeout=SYNC_TIMEOUT_MS):
        controller.after_enrolment()  # what the enrolment dialog calls: status, then a first pass

    headers = backoffice(server, office_id)
    set_status(server, headers, app_id, status="in_process")
    set_status(server, headers, app_id, status="nib_issued", nib="1234567890123")

    signed_in.open_list()
    view = signed_in.page(LIST)
    assert isinstance(view, ApplicantsView)
    with qtbot.wait_signal(controller.sync_did_finish, timeout=SYNC_TIMEOUT_MS) as done:
        controller.sync_now()
    report = done.args[0]
    assert isinstance(report, SyncReport)
    assert app_id in report.changed_application_ids

    def list_shows_nib_issued() -> bool:
        model = view.model
        row = model.row_of(app_id)
        return row is not None and model.index(row, Column.STATUS).data() == "NIB terbit"

    qtbot.waitUntil(list_shows_nib_issued, timeout=SYNC_TIMEOUT_MS)
