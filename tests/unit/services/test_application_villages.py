"""ApplicationService.villages: the applicants' villages that the list's filter offers."""

from __future__ import annotations

import dataclasses
import datetime as dt

from fieldkit.domain.records import Address, Office, Officer
from fieldkit.services.applications import ApplicationService
from fieldkit.services.visits import VisitService
from tests import samples


def test_villages_of_a_visit_and_of_all_visits(
    applications: ApplicationService, visits: VisitService, office: Office, operator: Officer
) -> None:
    first = visits.open_visit(
        office_id=office.id,
        village_code=samples.VILLAGE,
        date=dt.date(2026, 11, 25),
        officer_ids=[],
        actor=operator,
    )
    second = visits.open_visit(
        office_id=office.id,
        village_code=samples.OTHER_VILLAGE,
        date=dt.date(2026, 11, 26),
        officer_ids=[],
        actor=operator,
    )
    assert applications.villages(visit_id=first.id) == []
    applications.register(first.id, samples.draft(1), actor=operator)
    elsewhere = samples.draft(2)
    moved = dataclasses.replace(
        elsewhere.applicant, address=Address("Jl. Wanaherang 1", samples.OTHER_VILLAGE, "16965")
    )
    applications.register(
        second.id, dataclasses.replace(elsewhere, applicant=moved), actor=operator
    )
    assert applications.villages(visit_id=first.id) == [samples.VILLAGE]
    assert applications.villages(visit_id=second.id) == [samples.OTHER_VILLAGE]
    assert applications.villages() == sorted([samples.VILLAGE, samples.OTHER_VILLAGE])
