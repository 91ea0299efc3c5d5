"""Application use cases on a real SQLite store: save, validate, acknowledge, ready, search."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from fieldkit.domain.policy import DocumentPolicy
from fieldkit.domain.records import DocumentKind, Officer, Role, Visit
from fieldkit.domain.status import ApplicationStatus, ReasonCode
from fieldkit.domain.tracking import is_valid_tracking_code
from fieldkit.services.applications import ApplicationService, NewDocument
from fieldkit.services.errors import (
    PermissionDeniedError,
    RuleViolationError,
    ServiceError,
    StaleRevisionError,
)
from fieldkit.services.visits import VisitService
from fieldkit.store import repositories as repo
from fieldkit.store.local import LocalStore
from fieldkit.store.models import ApplicationRow, DocumentRow, OutboxRow, StatusEventRow
from tests import samples
from tests.factories import make_jpeg, make_pdf
from tests.fakes import FakeClock


def _counts(store: LocalStore) -> dict[str, int]:
    with store.sessions() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in (ApplicationRow, OutboxRow, StatusEventRow, DocumentRow)
        }


def test_register_saves_record_history_and_outbox_in_one_go(
    applications: ApplicationService, visit: Visit, operator: Officer, store: LocalStore
) -> None:
    result = applications.register(visit.id, samples.draft(), actor=operator)
    app = result.application
    assert app.status is ApplicationStatus.DRAFT
    assert app.revision == 1
    assert is_valid_tracking_code(app.tracking_code)
    assert result.problems == ()
    assert result.is_ready_possible
    with store.sessions() as session:
        assert repo.outbox_entries_for(session, app.id)[0][:2] == ("application.create", 1)
    history = applications.history(app.id)
    assert [(e.from_status, e.to_status) for e in history] == [(None, ApplicationStatus.DRAFT)]


def test_input_is_stored_normalised(
    applications: ApplicationService, visit: Visit, operator: Officer
) -> None:
    messy = samples.draft(
        nik="3201 0157.0890 0003",
        full_name="  siti   Rahmawati ",
        mobile="0812-0000-0003",
    )
    app = applications.register(visit.id, messy, actor=operator).application
    assert app.applicant.nik == "3201015708900003"
    assert app.applicant.full_name == "siti Rahmawati"
    assert app.applicant.mobile == "+6281200000003"


def test_draft_with_errors_is_saved_but_cannot_be_ready(
    applications: ApplicationService, visit: Visit, operator: Officer
) -> None:
    result = applications.register(visit.id, samples.draft(nik="1234"), actor=operator)
    assert any(p.field == "applicant.nik" and p.is_error for p in result.problems)
    with pytest.raises(RuleViolationError) as info:
        applications.mark_ready(result.application.id, actor=operator)
    assert any(p.field == "applicant.nik" for p in info.value.problems)
    assert applications.get(result.application.id).application.status is ApplicationStatus.DRAFT


def test_warning_must_be_acknowledged_before_ready(
    applications: ApplicationService,
    visit: Visit,
    operator: Officer,
    supervisor: Officer,
    clock: FakeClock,
) -> None:
    # NIK says 17 August 1990, the officer typed the 18th: a warning, not an error.
    result = applications.register(
        visit.id, samples.draft(birth_date=dt.date(1990, 8, 18)), actor=operator
    )
    warnings = [p for p in result.problems if not p.is_error]
    assert [p.field for p in warnings] == ["applicant.nik"]
    assert not result.is_ready_possible
    with pytest.raises(RuleViolationError):
        applications.mark_ready(result.application.id, actor=operator)

    clock.advance(minutes=1)
    # overriding a warning is the supervisor's decision (fieldkit.domain.roles)
    acked = applications.acknowledge(
        result.application.id, [w.key for w in warnings], actor=supervisor
    )
    assert acked.is_ready_possible
    ack = acked.application.acknowledgements[0]
    assert (ack.officer_id, ack.at) == (supervisor.id, clock.now())
    ready = applications.mark_ready(result.application.id, actor=operator)
    assert ready.application.status is ApplicationStatus.READY


def test_required_documents_block_ready_until_attached(
    applications: ApplicationService, visit: Visit, operator: Officer
) -> None:
    applications.set_policy(DocumentPolicy(required=frozenset({DocumentKind.KTP})))
    app = applications.register(visit.id, samples.draft(), actor=operator).application
    with pytest.raises(RuleViolationError) as info:
        applications.mark_ready(app.id, actor=operator)
    assert [p.code for p in info.value.problems] == ["documents.missing"]

    after = applications.attach_documents(
        app.id, [NewDocument(DocumentKind.KTP, make_jpeg(800, 500), "ktp.jpg")], actor=operator
    )
    assert after.is_ready_possible
    assert applications.mark_ready(app.id, actor=operator).application.status is (
        ApplicationStatus.READY
    )


def test_documents_are_stored_once_by_content(
    applications: ApplicationService, visit: Visit, operator: Officer, store: LocalStore
) -> None:
    pdf = make_pdf(3)
    first = applications.register(
        visit.id,
        samples.draft(1),
        actor=operator,
        documents=[NewDocument(DocumentKind.DOMICILE_LETTER, pdf, "C:\\scan\\domisili.pdf")],
    ).application
    second = applications.register(
        visit.id,
        samples.draft(2),
        actor=operator,
        documents=[NewDocument(DocumentKind.OTHER, pdf, "copy.pdf")],
    ).application
    doc = first.documents[0]
    assert (doc.media_type, doc.page_count, doc.original_name) == (
        "application/pdf",
        3,
        "domisili.pdf",
    )
    assert second.documents[0].sha256 == doc.sha256
    assert list(store.documents.iter_stored()) == [doc.sha256]
    assert applications.document_bytes(doc.sha256) == pdf


def test_edit_makes_a_revision_and_history_and_refuses_stale_edits(
    applications: ApplicationService,
    visit: Visit,
    operator: Officer,
    supervisor: Officer,
    clock: FakeClock,
) -> None:
    app = applications.register(visit.id, samples.draft(), actor=operator).application
    applications.mark_ready(app.id, actor=operator)
    clock.advance(minutes=5)
    # once "ready", only a supervisor edits (fieldkit.domain.roles)
    edited = applications.update(
        app.id,
        dataclasses.replace(app.draft, business=samples.business(name="Warung Berkah")),
        actor=supervisor,
        expected_revision=2,
    ).application
    assert edited.revision == 3
    assert edited.business.name == "Warung Berkah"
    assert edited.status is ApplicationStatus.DRAFT  # an edit reopens a ready application
    history = applications.history(app.id)
    assert history[-1].from_status is ApplicationStatus.READY
    assert "revisi 3" in history[-1].reason_text

    with pytest.raises(StaleRevisionError) as info:
        applications.update(app.id, app.draft, actor=operator, expected_revision=2)
    assert info.value.actual == 3
    assert applications.get(app.id).application.business.name == "Warung Berkah"


def test_state_machine_is_enforced(
    applications: ApplicationService, visit: Visit, operator: Officer
) -> None:
    app = applications.register(visit.id, samples.draft(), actor=operator).application
    with pytest.raises(RuleViolationError, match="tidak bisa diubah"):
        applications.change_status(app.id, ApplicationStatus.NIB_ISSUED, actor=operator)
    applications.mark_ready(app.id, actor=operator)
    queued = applications.change_status(app.id, ApplicationStatus.QUEUED, actor=operator)
    assert queued.application.status is ApplicationStatus.QUEUED
    with pytest.raises(RuleViolationError, match="Peran"):
        applications.change_status(app.id, ApplicationStatus.RECEIVED, actor=operator)
    with pytest.raises(ServiceError, match="tidak bisa diubah di laptop"):
        applications.update(app.id, app.draft, actor=operator, expected_revision=3)

    office = Officer("sys", operator.office_id, "Server", Role.SYSTEM)
    applications.change_status(app.id, ApplicationStatus.RECEIVED, actor=office)
    applications.change_status(app.id, ApplicationStatus.IN_PROCESS, actor=office)
    with pytest.raises(RuleViolationError, match="13 digit"):
        applications.change_status(app.id, ApplicationStatus.NIB_ISSUED, actor=office, nib="12")
    fixed = applications.change_status(
        app.id,
        ApplicationStatus.NEEDS_FIX,
        actor=office,
        reason=ReasonCode.NIK_REFUSED,
        reason_text="NIK tidak ditemukan di Dukcapil",
    )
    assert fixed.application.reason_code is ReasonCode.NIK_REFUSED
    assert [e.to_status for e in applications.history(app.id)] == [
        ApplicationStatus.DRAFT,
        ApplicationStatus.READY,
        ApplicationStatus.QUEUED,
        ApplicationStatus.RECEIVED,
        ApplicationStatus.IN_PROCESS,
        ApplicationStatus.NEEDS_FIX,
    ]


def test_only_field_roles_register(
    applications: ApplicationService, visit: Visit, operator: Officer
) -> None:
    outsider = dataclasses.replace(operator, role=Role.BACK_OFFICE)
    with pytest.raises(PermissionDeniedError):
        applications.register(visit.id, samples.draft(), actor=outsider)


def test_closed_visit_takes_no_new_applicants(
    applications: ApplicationService,
    visits: VisitService,
    visit: Visit,
    operator: Officer,
    supervisor: Officer,
) -> None:
    visits.close_visit(visit.id, actor=supervisor)
    with pytest.raises(ServiceError, match="sudah ditutup"):
        applications.register(visit.id, samples.draft(), actor=operator)


def test_shared_email_in_a_visit_is_a_warning(
    applications: ApplicationService, visit: Visit, operator: Officer
) -> None:
    applications.register(visit.id, samples.draft(1, email="keluarga@gmail.com"), actor=operator)
    second = applications.register(
        visit.id, samples.draft(2, email="keluarga@gmail.com"), actor=operator
    )
    assert [p.code for p in second.problems if not p.is_error] == ["contact.duplicate_email"]


def test_visit_progress_counts_by_status(
    applications: ApplicationService, visits: VisitService, visit: Visit, operator: Officer
) -> None:
    for serial in range(1, 4):
        applications.register(visit.id, samples.draft(serial), actor=operator)
    ready = applications.summaries()[0]
    applications.mark_ready(ready.id, actor=operator)
    progress = visits.progress(visit.id)
    assert progress.total == 3
    assert progress.count(ApplicationStatus.DRAFT) == 2
    assert progress.count(ApplicationStatus.READY) == 1
    assert not progress.reached_target
    assert progress.still_needed == 13  # more than 15: 16 in all


def test_a_visit_reaches_its_target_with_one_more_than_the_target(
    applications: ApplicationService, visits: VisitService, operator: Officer
) -> None:
    small = visits.open_visit(
        office_id=operator.office_id,
        village_code=samples.VILLAGE,
        date=dt.date(2026, 11, 26),
        officer_ids=[],
        actor=operator,
        target=2,
    )
    for serial in (1, 2):
        applications.register(small.id, samples.draft(serial), actor=operator)
    assert (visits.progress(small.id).reached_target, visits.progress(small.id).still_needed) == (
        False,
        1,
    )
    applications.register(small.id, samples.draft(3), actor=operator)
    assert visits.progress(small.id).reached_target


class TestSearch:
    @pytest.fixture
    def stored(
        self, applications: ApplicationService, visit: Visit, operator: Officer
    ) -> list[str]:
        names = ["Siti Rahmawati", "Agus Salim", "Ni Luh Ayu", "Sitorus"]
        return [
            applications.register(
                visit.id,
                dataclasses.replace(
                    samples.draft(i + 1, full_name=name),
                    business=samples.business(name=f"Usaha {name.split()[0]}"),
                ),
                actor=operator,
            ).application.id
            for i, name in enumerate(names)
        ]

    def test_by_name_fragment_anywhere_in_the_name(
        self, applications: ApplicationService, stored: list[str]
    ) -> None:
        assert {s.full_name for s in applications.search("rahma")} == {"Siti Rahmawati"}
        assert {s.full_name for s in applications.search("SIT")} == {"Siti Rahmawati", "Sitorus"}
        assert {s.full_name for s in applications.search("ni")} == {"Ni Luh Ayu"}  # short: prefix

    def test_by_nik_prefix_and_masked_in_results(
        self, applications: ApplicationService, stored: list[str]
    ) -> None:
        found = applications.search(samples.nik_for(2))
        assert [s.full_name for s in found] == ["Agus Salim"]
        assert found[0].masked_nik == "3201••••••••0002"
        assert len(applications.search("3201 0157")) == 4  # typed with a space
        assert applications.search("3202") == []

    def test_by_tracking_code_in_any_case_and_grouping(
        self, applications: ApplicationService, stored: list[str]
    ) -> None:
        code = applications.get(stored[2]).application.tracking_code
        typed = f"{code[:5].lower()}-{code[5:].lower()}"
        assert [s.id for s in applications.search(typed)] == [stored[2]]

    def test_by_business_name(self, applications: ApplicationService, stored: list[str]) -> None:
        assert [s.full_name for s in applications.search("usaha agus")] == ["Agus Salim"]

    @pytest.mark.parametrize(
        "query", ['"', "'; DROP TABLE application; --", "a*", "NEAR(x y)", "\x00", "%_"]
    )
    def test_hostile_queries_find_nothing_and_break_nothing(
        self, applications: ApplicationService, stored: list[str], query: str
    ) -> None:
        assert applications.search(query) == []
        assert applications.count() == 4
