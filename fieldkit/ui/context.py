"""What every view is given: the services, the shared UI state, the task runner, navigation.

``AppState`` signals:
- ``officer_did_change(object)``: the signed-in Officer, or None after sign-out.
- ``visit_did_change(object)``: the current Visit, or None.
- ``applications_did_change(object)``: a frozenset of changed application ids (empty: reload all).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal

from fieldkit.domain.records import Office, Officer, Visit
from fieldkit.refdata import ReferenceData
from fieldkit.services.applications import ApplicationService
from fieldkit.services.audit import AuditService
from fieldkit.services.auth import AuthService
from fieldkit.services.autosave import FormAutosave
from fieldkit.services.backup import BackupService
from fieldkit.services.demo import DemoDataService
from fieldkit.services.offices import OfficeService
from fieldkit.services.receipts import ReceiptService
from fieldkit.services.reports import ReportService
from fieldkit.services.retention import RetentionService
from fieldkit.services.sync_protocol import SyncFacade
from fieldkit.services.visits import VisitService
from fieldkit.ui.tasks import TaskRunner

if TYPE_CHECKING:  # the controller imports AppState from here
    from fieldkit.ui.sync_controller import SyncController


@dataclass(frozen=True)
class Services:
    offices: OfficeService
    visits: VisitService
    applications: ApplicationService
    auth: AuthService
    receipts: ReceiptService
    reports: ReportService
    reference: ReferenceData
    data_dir: Path
    autosave: FormAutosave | None = None  # None: the form is not autosaved
    sync: SyncFacade | None = None  # None: this build does not sync (benchmarks)
    audit: AuditService | None = None  # None: no audit screen (benchmarks)
    retention: RetentionService | None = None  # None: document files are kept (benchmarks)
    demo: DemoDataService | None = None  # None: no training data (benchmarks)
    backup: BackupService | None = None  # None: no backups (benchmarks, tests)


class AppState(QObject):
    officer_did_change = Signal(object)
    visit_did_change = Signal(object)
    applications_did_change = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.office: Office | None = None
        self.officer: Officer | None = None
        self.visit: Visit | None = None

    def set_officer(self, officer: Officer | None, office: Office | None) -> None:
        self.officer = officer
        self.office = office
        if officer is None:
            self.set_visit(None)
        self.officer_did_change.emit(officer)

    def set_visit(self, visit: Visit | None) -> None:
        self.visit = visit
        self.visit_did_change.emit(visit)

    def notify_applications(self, ids: frozenset[str] = frozenset()) -> None:
        self.applications_did_change.emit(ids)

    @property
    def timezone(self) -> str:
        return self.office.timezone if self.office else "Asia/Jakarta"


class Navigator(Protocol):
    """What views call to move between pages; the main window implements it."""

    def open_visit(self) -> None: ...

    def open_form(self, application_id: str | None = None) -> None: ...

    def open_list(self) -> None: ...

    def open_detail(self, application_id: str) -> None: ...

    def open_reports(self) -> None: ...

    def open_closing_report(self, visit_id: str) -> None: ...

    def sign_out(self) -> None: ...


@dataclass(frozen=True)
class ViewContext:
    services: Services
    state: AppState
    tasks: TaskRunner
    navigator: Navigator
    sync: SyncController | None = None  # the main window always gives one; benchmarks do not
