"""Training data against the real server: a full sync sends the real applicant and nothing of
the training visit, also after a trainee edits a training applicant or attaches documents."""

from __future__ import annotations

import random

import requests

from fieldkit.domain.records import ApplicationDraft
from fieldkit.services.clock import SystemClock
from fieldkit.services.demo import DemoDataService
from tests import samples
from tests.integration.server.harness import ServerProcess
from tests.integration.sync.checks import never, quiet
from tests.integration.sync.conftest import LaptopFactory
from tests.integration.sync.test_basic import backoffice
from tests.support.laptop import reference, small_documents


def test_a_sync_sends_real_work_and_nothing_of_the_training_visit(
    make_laptop: LaptopFactory, server: ServerProcess, office_id: str
) -> None:
    laptop = make_laptop()
    demo = DemoDataService(
        laptop.store.sessions, laptop.applications, reference(), SystemClock()
    ).fill(actor=laptop.officer, count=5)
    trained = laptop.applications.get(demo.application_ids[0]).application
    laptop.applications.update(
        trained.id,
        ApplicationDraft(
            applicant=trained.applicant, business=samples.business(name="Warung Latihan")
        ),
        actor=laptop.officer,
        expected_revision=trained.revision,
    )
    # A trainee photographs documents for a training applicant too.
    laptop.applications.attach_documents(
        demo.application_ids[1], small_documents(random.Random(3)), actor=laptop.officer
    )
    real_id = laptop.queue(12, small_documents(random.Random(2)))

    report = laptop.sync.run(quiet, never)
    assert report.error == ""
    assert report.is_complete
    assert report.pushed == 4  # the real visit, and create, ready, queued of the real applicant
    assert report.uploaded_documents == 3  # the real applicant's only
    status = laptop.sync.status()
    assert (status.pending_entries, status.pending_documents) == (0, 0)

    headers = backoffice(server, office_id)
    for app_id, expected in [(real_id, 200), *((i, 404) for i in demo.application_ids)]:
        response = requests.get(
            f"{server.url}/api/v1/backoffice/applications/{app_id}", headers=headers, timeout=10
        )
        assert response.status_code == expected, (app_id, response.text)
