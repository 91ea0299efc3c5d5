"""GUI fixtures: the real main window over real services on a fresh SQLite store."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from fieldkit.domain.records import Office, Officer, Visit
from fieldkit.refdata import ReferenceData
from fieldkit.services.applications import ApplicationService
from fieldkit.services.audit import AuditService
from fieldkit.services.auth import AuthService
from fieldkit.services.autosave import FormAutosave
from fieldkit.services.offices import OfficeService
from fieldkit.services.receipts import ReceiptService
from fieldkit.services.reports import ReportService
from fieldkit.services.retention import RetentionService
from fieldkit.services.sync_protocol import SyncFacade
from fieldkit.services.visits import VisitService
from fieldkit.store.local import LocalStore
from fieldkit.ui.application import DesktopApp
from fieldkit.ui.context import Services
from fieldkit.ui.main_window import MainWindow
from tests.fakes import FakeClock, FakeSyncService

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSWORD = "rahasia123"


@pytest.fixture
def fake_sync() -> FakeSyncService:
    """An in-memory sync service, not enrolled (a module may override it, e.g. enrolled)."""
    return FakeSyncService()


@pytest.fixture
def sync_service(fake_sync: FakeSyncService) -> SyncFacade:
    """The sync service the window gets: the fake, unless a module overrides this."""
    return fake_sync


@pytest.fixture
def services(
    store: LocalStore,
    reference: ReferenceData,
    clock: FakeClock,
    offices: OfficeService,
    applications: ApplicationService,
    visits: VisitService,
    sync_service: SyncFacade,
) -> Services:
    return Services(
        offices=offices,
        visits=visits,
        applications=applications,
        auth=AuthService(store.sessions, offices, clock),
        receipts=ReceiptService(store.sessions, reference, clock, applications=applications),
        reports=ReportService(store.sessions, reference, clock, policy=offices.document_policy),
        reference=reference,
        data_dir=store.data_dir,
        autosave=FormAutosave(store.sessions, clock),
        sync=sync_service,
        audit=AuditService(store.sessions, clock),
        retention=RetentionService(store.sessions, store.documents, clock),
    )


@pytest.fixture
def desktop(qtbot: QtBot, services: Services) -> Iterator[DesktopApp]:
    """The whole app as ./run.sh builds it (window not yet shown)."""
    app = DesktopApp(services)
    qtbot.addWidget(app.window)
    yield app
    app.guard.stop()  # the session lock's timer and input filter
    app.sync.shutdown()
    app.tasks.wait_for_done()


@pytest.fixture
def window(desktop: DesktopApp) -> MainWindow:
    desktop.window.show()
    return desktop.window


@pytest.fixture
def signed_in(window: MainWindow, office: Office, operator: Officer, visit: Visit) -> MainWindow:
    """The window with the operator signed in and today's visit open (no UI steps)."""
    window.state.set_officer(operator, office)
    window.state.set_visit(visit)
    return window
