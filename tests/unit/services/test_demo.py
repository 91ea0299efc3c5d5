"""Training data: a visit of realistic applicants in a real village, never in the outbox."""

from __future__ import annotations

import pytest

from fieldkit.domain.records import ApplicationDraft, Gender, Office, Officer, Visit
from fieldkit.domain.status import ApplicationStatus
from fieldkit.refdata import ReferenceData
from fieldkit.services.applications import ApplicationService
from fieldkit.services.demo import DEFAULT_COUNT, DemoDataService, demo_applicants
from fieldkit.services.errors import ServiceError
from fieldkit.store import repositories as repo
from fieldkit.store.local import LocalStore
from tests import samples
from tests.fakes import FakeClock


@pytest.fixture
def demo(
    store: LocalStore,
    applications: ApplicationService,
    reference: ReferenceData,
    clock: FakeClock,
) -> DemoDataService:
    return DemoDataService(store.sessions, applications, reference, clock)


def test_fill_opens_a_visit_of_valid_applicants_in_a_real_village(
    demo: DemoDataService,
    applications: ApplicationService,
    reference: ReferenceData,
    operator: Officer,
) -> None:
    result = demo.fill(actor=operator)
    assert len(result.application_ids) == DEFAULT_COUNT > 15
    village = reference.region(result.visit.village_code)
    assert village is not None
    assert village.name == "Pondok Rajeg"
    assert demo.is_demo_visit(result.visit.id)
    names, niks = set(), set()
    for app_id in result.application_ids:
        saved = applications.get(app_id)
        app = saved.application
        assert app.status is ApplicationStatus.DRAFT
        assert app.visit_id == result.visit.id
        # Valid but for the contact details, left out on purpose (a training call or email
        # must not reach a real person): the trainee completes them.
        assert {p.code for p in saved.problems} == {"phone.required", "email.required"}
        names.add(app.applicant.full_name)
        niks.add(app.applicant.nik)
        assert app.applicant.nik.startswith(result.visit.village_code[:6])
        assert app.applicant.mobile == ""
        assert reference.kbli(app.business.activities[0].kbli) is not None
    assert len(niks) == DEFAULT_COUNT
    assert len(names) >= 12


def test_nothing_of_a_training_visit_enters_the_outbox_but_real_work_still_does(
    demo: DemoDataService,
    applications: ApplicationService,
    store: LocalStore,
    operator: Officer,
    visit: Visit,
) -> None:
    with store.sessions() as session:
        before = repo.outbox_count(session)
    result = demo.fill(actor=operator, count=3)
    first = result.application_ids[0]
    current = applications.get(first).application
    changed = samples.business(name="Warung Latihan Diubah")
    applications.update(
        first,
        ApplicationDraft(applicant=current.applicant, business=changed),
        expected_revision=current.revision,
        actor=operator,
    )
    with store.sessions() as session:
        assert repo.outbox_count(session) == before
    applications.register(visit.id, samples.draft(41), actor=operator)
    with store.sessions() as session:
        assert repo.outbox_count(session) == before + 1


def test_the_same_seed_gives_the_same_people() -> None:
    first = demo_applicants("3201011001", 5)
    assert first == demo_applicants("3201011001", 5)
    women = [d for d in first if d.applicant.gender is Gender.FEMALE]
    for draft in women:
        born = draft.applicant.birth_date
        assert born is not None
        assert int(draft.applicant.nik[6:8]) == born.day + 40


def test_an_unknown_village_is_refused_with_a_message(
    demo: DemoDataService, operator: Officer, office: Office
) -> None:
    with pytest.raises(ServiceError) as info:
        demo.fill(actor=operator, village_code="9999999999")
    assert "Desa latihan tidak dikenal" in str(info.value)
