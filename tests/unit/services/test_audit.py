"""Every action the laptop records lands in the audit log, in the same transaction as the action,
with ids and codes only: never a NIK, a name or a password."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from fieldkit.domain.audit import UNKNOWN_ACTOR, AuditAction, AuditEntry
from fieldkit.domain.policy import DocumentPolicy
from fieldkit.domain.records import DocumentKind, Office, Officer, Role, Visit
from fieldkit.domain.status import ApplicationStatus
from fieldkit.receipts.layouts import Layout
from fieldkit.refdata import ReferenceData
from fieldkit.services.applications import ApplicationService, NewDocument
from fieldkit.services.audit import (
    PENDING_FAILURES_FILE,
    AuditService,
    PendingSignInFailures,
    verify_log,
)
from fieldkit.services.auth import AuthService, NewOfficer, SignInError
from fieldkit.services.offices import OfficeService
from fieldkit.services.receipts import ReceiptService, ReceiptSettings
from fieldkit.services.reports import ReportFormat, ReportService
from fieldkit.services.visits import VisitService
from fieldkit.store import audit as audit_log
from fieldkit.store.local import LocalStore
from tests import samples
from tests.factories import make_pdf
from tests.fakes import FakeClock

PASSWORD = "rahasia123"
NEW_PASSWORD = "baru45678"


def _entries(store: LocalStore) -> list[AuditEntry]:
    with store.sessions() as session:
        return audit_log.entries(session)


def _last(store: LocalStore) -> AuditEntry:
    entries = _entries(store)
    assert entries
    return entries[-1]


def test_every_action_is_recorded_with_who_what_and_when(
    store: LocalStore,
    reference: ReferenceData,
    clock: FakeClock,
    offices: OfficeService,
    office: Office,
    supervisor: Officer,
    operator: Officer,
    visits: VisitService,
    visit: Visit,
    applications: ApplicationService,
) -> None:
    auth = AuthService(store.sessions, offices, clock)
    receipts = ReceiptService(store.sessions, reference, clock, applications=applications)
    reports = ReportService(store.sessions, reference, clock)
    audit = AuditService(store.sessions, clock)

    def expect(action: AuditAction, actor: str, target: str) -> AuditEntry:
        entry = _last(store)
        assert (entry.action, entry.actor, entry.target) == (str(action), actor, target)
        assert entry.at == clock.now().strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        return entry

    # accounts
    clock.advance(minutes=1)
    rina = auth.add_officer(supervisor, NewOfficer("Rina Wijaya", Role.OPERATOR, PASSWORD))
    assert expect(AuditAction.OFFICER_ADD, supervisor.id, rina.id).details == {"role": "operator"}
    clock.advance(minutes=1)
    with pytest.raises(SignInError):
        auth.sign_in(rina.id, "salah-sandi1")
    failed = expect(AuditAction.SIGN_IN_FAILED, UNKNOWN_ACTOR, rina.id)
    assert failed.details["reason"] == "password"
    auth.sign_in(rina.id, PASSWORD)
    expect(AuditAction.SIGN_IN, rina.id, rina.id)
    auth.change_password(rina, PASSWORD, NEW_PASSWORD)
    assert expect(AuditAction.OFFICER_PASSWORD, rina.id, rina.id).details == {"how": "own"}
    auth.reset_password(supervisor, rina.id, PASSWORD)
    expect(AuditAction.OFFICER_PASSWORD, supervisor.id, rina.id)
    auth.unlock_officer(supervisor, rina.id)
    expect(AuditAction.OFFICER_UNLOCK, supervisor.id, rina.id)
    auth.remove_officer(supervisor, rina.id)
    expect(AuditAction.OFFICER_REMOVE, supervisor.id, rina.id)

    # settings
    auth.set_idle_lock_minutes(supervisor, 15)
    assert expect(AuditAction.SETTINGS_CHANGE, supervisor.id, "session.idle_lock_minutes").details
    offices.set_document_policy(DocumentPolicy(), actor=supervisor)
    expect(AuditAction.SETTINGS_CHANGE, supervisor.id, "document_policy")
    receipts.update_settings(ReceiptSettings(complaint_contact="0251 123456"), actor=supervisor)
    expect(AuditAction.SETTINGS_CHANGE, supervisor.id, "receipt_settings")

    # an application's life on the laptop
    clock.advance(minutes=1)
    saved = applications.register(
        visit.id, samples.draft(birth_date=dt.date(1990, 8, 18)), actor=operator
    )
    app = saved.application
    assert expect(AuditAction.APPLICATION_CREATE, operator.id, app.id).details["revision"] == 1
    edited = applications.update(
        app.id,
        dataclasses.replace(app.draft, business=samples.business(name="Warung Berkah")),
        actor=operator,
        expected_revision=1,
    )
    expect(AuditAction.APPLICATION_EDIT, operator.id, app.id)
    pdf = NewDocument(DocumentKind.DOMICILE_LETTER, make_pdf(), "domisili.pdf")
    attached = applications.attach_documents(app.id, [pdf], actor=operator)
    assert expect(AuditAction.DOCUMENT_ATTACH, operator.id, app.id).details["kinds"] == (
        "surat_domisili"
    )
    applications.remove_document(app.id, attached.application.documents[0].sha256, actor=operator)
    expect(AuditAction.DOCUMENT_REMOVE, operator.id, app.id)
    warnings = [p.key for p in edited.problems if not p.is_error]
    applications.acknowledge(app.id, warnings, actor=supervisor)
    expect(AuditAction.APPLICATION_ACKNOWLEDGE, supervisor.id, app.id)
    applications.mark_ready(app.id, actor=operator)
    status = expect(AuditAction.APPLICATION_STATUS, operator.id, app.id)
    assert (status.details["from_status"], status.details["to_status"]) == ("draft", "ready")
    clock.advance(minutes=1)
    receipts.print_receipt(app.id, actor=operator, layout=Layout.ROLL_58)
    printed = _entries(store)[-2:]
    assert [e.action for e in printed] == ["application.status", "receipt.print"]
    assert printed[0].details["to_status"] == str(ApplicationStatus.QUEUED)
    assert printed[1].details == {"layout": "58mm"}
    receipts.print_receipt(app.id, actor=operator, layout=Layout.A6)
    expect(AuditAction.RECEIPT_REPRINT, operator.id, app.id)

    # the day and its report
    data = reports.visit_report(visit.id, actor=supervisor)
    reports.record_export(data, ReportFormat.XLSX, actor=supervisor)
    export = expect(AuditAction.REPORT_EXPORT, supervisor.id, visit.id)
    assert (export.details["format"], export.details["applicants"]) == ("xlsx", 1)
    visits.close_visit(visit.id, actor=supervisor)
    expect(AuditAction.VISIT_CLOSE, supervisor.id, visit.id)
    opened = visits.open_visit(
        office_id=office.id,
        village_code=samples.VILLAGE,
        date=dt.date(2026, 11, 26),
        officer_ids=[],
        actor=operator,
    )
    expect(AuditAction.VISIT_OPEN, operator.id, opened.id)
    overview = audit.verify(actor=supervisor)
    assert overview.verdict.is_intact
    expect(AuditAction.AUDIT_VERIFY, supervisor.id, "")

    entries = _entries(store)
    assert {e.action for e in entries} == {str(a) for a in AuditAction}  # every kind, once+
    assert [e.sequence for e in entries] == list(range(1, len(entries) + 1))
    device = {e.device_id for e in entries}
    assert len(device) == 1
    assert "" not in device
    # the overview lists the newest first (its own check included); nothing is on the server yet
    assert overview.recent[0].sequence == entries[-1].sequence
    assert overview.synced_through == 0

    # no personal data: no NIK, no applicant, business or officer name, no password
    dumped = json.dumps(
        [[e.at, e.device_id, e.actor, e.action, e.target, dict(e.details)] for e in entries]
    )
    for secret in (
        app.applicant.nik,
        app.applicant.full_name,
        "Warung",
        "Rina",
        operator.name,
        supervisor.name,
        PASSWORD,
        NEW_PASSWORD,
        "salah-sandi1",
        "0251 123456",
    ):
        assert secret not in dumped


def test_an_action_whose_entry_cannot_be_written_does_not_happen(
    store: LocalStore, applications: ApplicationService, visit: Visit, operator: Officer
) -> None:
    before = len(_entries(store))
    conn = sqlite3.connect(store.database_path)
    conn.execute(
        "CREATE TRIGGER audit_entry_full BEFORE INSERT ON audit_entry "
        "BEGIN SELECT RAISE(ABORT, 'audit log unavailable'); END"
    )
    conn.commit()
    conn.close()
    with pytest.raises(IntegrityError, match="audit log unavailable"):
        applications.register(visit.id, samples.draft(), actor=operator)
    assert applications.count() == 0  # nothing stored without its entry
    assert len(_entries(store)) == before


def test_a_refused_action_leaves_no_entry(
    store: LocalStore, applications: ApplicationService, visit: Visit, operator: Officer
) -> None:
    app = applications.register(visit.id, samples.draft(), actor=operator).application
    before = len(_entries(store))
    applications.set_policy(DocumentPolicy(required=frozenset({DocumentKind.KTP})))
    with pytest.raises(Exception, match="Siap"):
        applications.mark_ready(app.id, actor=operator)
    assert len(_entries(store)) == before


def test_failed_sign_ins_on_the_lock_screen_reach_the_log_at_the_next_sign_in(
    tmp_path: Path, clock: FakeClock
) -> None:
    from tests.unit.services.test_auth_keys import Laptop, set_up  # noqa: PLC0415 - reuse

    laptop = Laptop(tmp_path / "data", clock)
    try:
        _, op = set_up(laptop)
        unlocker = laptop.unlocker()
        clock.advance(minutes=1)
        with pytest.raises(SignInError):
            unlocker.unlock(op.id, "salah-sandi1")
        with pytest.raises(SignInError):
            unlocker.unlock_with_recovery("AAAAA-" * 7 + "AAAAA")
        pending_file = laptop.data_dir / PENDING_FAILURES_FILE
        raw = pending_file.read_text()
        assert op.id in raw
        assert "salah-sandi1" not in raw
        assert PendingSignInFailures(laptop.data_dir).pending()[0][0] == op.id
        before = len(_entries(laptop.store))

        clock.advance(minutes=1)
        key = unlocker.unlock(op.id, "budi2026ok")
        assert key == laptop.data_key
        laptop.auth.complete_unlock(op.id, "budi2026ok")
        new = _entries(laptop.store)[before:]
        assert [(e.action, e.actor, e.target) for e in new] == [
            ("auth.sign_in_failed", UNKNOWN_ACTOR, op.id),
            ("auth.sign_in_failed", UNKNOWN_ACTOR, "recovery"),
            ("auth.sign_in", op.id, op.id),
        ]
        assert new[0].details["lock_screen"] is True
        assert new[0].details["attempted_at"] == "2026-11-25T02:01:00.000000Z"
        assert not pending_file.exists()
        assert verify_log(laptop.store.sessions).is_intact
    finally:
        laptop.store.close()
