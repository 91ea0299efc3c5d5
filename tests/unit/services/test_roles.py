"""Every permission of fieldkit.domain.roles, for every role, refused or allowed by the service
itself (not only by a hidden button): real services over a real SQLite store."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest

from fieldkit.domain.policy import DocumentPolicy
from fieldkit.domain.records import DocumentKind, Office, Officer, Role, Visit
from fieldkit.domain.roles import REFUSALS, Permission, is_allowed
from fieldkit.receipts.layouts import Layout
from fieldkit.refdata import ReferenceData
from fieldkit.services.applications import ApplicationService
from fieldkit.services.audit import AuditService
from fieldkit.services.auth import AuthService, NewOfficer
from fieldkit.services.errors import PermissionDeniedError
from fieldkit.services.offices import OfficeService
from fieldkit.services.receipts import ReceiptService
from fieldkit.services.reports import ReportService
from fieldkit.services.visits import VisitService
from fieldkit.store.local import LocalStore
from tests import samples
from tests.fakes import FakeClock


@dataclasses.dataclass
class World:
    office: Office
    visit: Visit
    operator: Officer
    supervisor: Officer
    applications: ApplicationService
    visits: VisitService
    offices: OfficeService
    receipts: ReceiptService
    reports: ReportService
    auth: AuthService
    audit: AuditService

    def actor(self, role: Role) -> Officer:
        if role is Role.OPERATOR:
            return self.operator
        if role is Role.SUPERVISOR:
            return self.supervisor
        return Officer(f"{role}-1", self.office.id, "Bukan petugas laptop", role)

    def draft_id(self) -> str:
        return self.applications.register(
            self.visit.id, samples.draft(), actor=self.operator
        ).application.id

    def ready_id(self) -> str:
        app_id = self.draft_id()
        self.applications.mark_ready(app_id, actor=self.operator)
        return app_id

    def warned_id(self) -> tuple[str, list[str]]:
        # NIK says 17 August 1990, the officer typed the 18th: a warning
        saved = self.applications.register(
            self.visit.id, samples.draft(birth_date=dt.date(1990, 8, 18)), actor=self.operator
        )
        return saved.application.id, [p.key for p in saved.problems if not p.is_error]


@pytest.fixture
def world(
    store: LocalStore,
    reference: ReferenceData,
    clock: FakeClock,
    office: Office,
    visit: Visit,
    operator: Officer,
    supervisor: Officer,
    offices: OfficeService,
    applications: ApplicationService,
    visits: VisitService,
) -> World:
    return World(
        office,
        visit,
        operator,
        supervisor,
        applications,
        visits,
        offices,
        ReceiptService(store.sessions, reference, clock, applications=applications),
        ReportService(store.sessions, reference, clock),
        AuthService(store.sessions, offices, clock),
        AuditService(store.sessions, clock),
    )


def _edit_after_ready(w: World, actor: Officer) -> None:
    app_id = w.ready_id()
    app = w.applications.get(app_id).application
    w.applications.update(app_id, app.draft, actor=actor, expected_revision=app.revision)


def _acknowledge(w: World, actor: Officer) -> None:
    app_id, keys = w.warned_id()
    assert keys
    w.applications.acknowledge(app_id, keys, actor=actor)


ACTIONS: dict[Permission, Callable[[World, Officer], object]] = {
    Permission.REGISTER: lambda w, a: w.applications.register(w.visit.id, samples.draft(), actor=a),
    Permission.MARK_READY: lambda w, a: w.applications.mark_ready(w.draft_id(), actor=a),
    Permission.PRINT_RECEIPT: lambda w, a: w.receipts.print_receipt(
        w.ready_id(), actor=a, layout=Layout.ROLL_58
    ),
    Permission.OPEN_VISIT: lambda w, a: w.visits.open_visit(
        office_id=w.office.id,
        village_code=samples.VILLAGE,
        date=dt.date(2026, 11, 26),
        officer_ids=[],
        actor=a,
    ),
    Permission.EDIT_AFTER_READY: _edit_after_ready,
    Permission.ACKNOWLEDGE_WARNING: _acknowledge,
    Permission.CLOSE_VISIT: lambda w, a: w.visits.close_visit(w.visit.id, actor=a),
    Permission.VIEW_REPORTS: lambda w, a: w.reports.visit_report(w.visit.id, actor=a),
    Permission.MANAGE_OFFICERS: lambda w, a: w.auth.add_officer(
        a, NewOfficer("Rina Wijaya", Role.OPERATOR, "rahasia123")
    ),
    Permission.CHANGE_SETTINGS: lambda w, a: w.offices.set_document_policy(
        DocumentPolicy(required=frozenset({DocumentKind.KTP})), actor=a
    ),
    Permission.VERIFY_AUDIT: lambda w, a: w.audit.verify(actor=a),
}


def test_every_permission_has_a_service_call() -> None:
    assert set(ACTIONS) == set(Permission)


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("permission", list(Permission))
def test_the_service_enforces_each_permission_for_each_role(
    world: World, permission: Permission, role: Role
) -> None:
    actor = world.actor(role)
    if is_allowed(role, permission):
        ACTIONS[permission](world, actor)
    else:
        with pytest.raises(PermissionDeniedError) as info:
            ACTIONS[permission](world, actor)
        assert "supervisor" in info.value.message  # says who may, so the officer can ask
        # an operator gets the policy's words (auth names the account task instead)
        if role is Role.OPERATOR and permission is not Permission.MANAGE_OFFICERS:
            assert info.value.message == str(REFUSALS[permission])


def test_an_operator_may_not_reopen_a_ready_application(world: World) -> None:
    from fieldkit.domain.status import ApplicationStatus  # noqa: PLC0415 - only here

    app_id = world.ready_id()
    with pytest.raises(PermissionDeniedError, match="hanya supervisor"):
        world.applications.change_status(app_id, ApplicationStatus.DRAFT, actor=world.operator)
    reopened = world.applications.change_status(
        app_id, ApplicationStatus.DRAFT, actor=world.supervisor
    )
    assert reopened.application.status is ApplicationStatus.DRAFT


def test_an_operator_may_not_change_documents_of_a_ready_application(world: World) -> None:
    from fieldkit.services.applications import NewDocument  # noqa: PLC0415 - only here
    from tests.factories import make_pdf  # noqa: PLC0415 - only here

    app_id = world.ready_id()
    doc = NewDocument(DocumentKind.OTHER, make_pdf(), "lain.pdf")
    with pytest.raises(PermissionDeniedError, match="hanya supervisor"):
        world.applications.attach_documents(app_id, [doc], actor=world.operator)
    world.applications.attach_documents(app_id, [doc], actor=world.supervisor)
