"""Retention through a real server: document files leave the laptop only after the server
confirmed them and the retention time passed; the records stay."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from fieldkit.domain.records import Role
from fieldkit.domain.status import ApplicationStatus
from fieldkit.services.applications import NewDocument
from fieldkit.services.errors import PermissionDeniedError, ServiceError
from fieldkit.services.retention import DEFAULT_DAYS, RetentionService
from tests import samples
from tests.fakes import FakeClock
from tests.integration.sync.checks import never, quiet
from tests.integration.sync.conftest import LaptopFactory
from tests.support.laptop import Laptop, small_documents


def _hashes(laptop: Laptop, app_id: str) -> set[str]:
    app = laptop.sync.application(app_id)
    assert app is not None
    return {d.sha256 for d in app.documents}


def _draft_with(laptop: Laptop, serial: int, documents: list[NewDocument]) -> str:
    return laptop.applications.register(
        laptop.visit.id, samples.draft(serial), actor=laptop.officer, documents=documents
    ).application.id


def test_documents_leave_the_laptop_only_when_confirmed_and_old_enough(
    make_laptop: LaptopFactory,
) -> None:
    clock = FakeClock(dt.datetime.now(dt.UTC))
    laptop = make_laptop("retention", clock=clock)
    retention = laptop.sync.retention
    assert retention.days() == DEFAULT_DAYS
    rng = random.Random(91)
    sent = [laptop.queue(900 + i, small_documents(rng)) for i in range(2)]
    assert laptop.sync.run(quiet, never).is_complete
    # Made after the sync: a draft being worked on, and a queued one not sent yet.
    draft = _draft_with(laptop, 910, small_documents(rng))
    unsent = laptop.queue(911, small_documents(rng))
    sent_hashes = set().union(*(_hashes(laptop, a) for a in sent))
    kept_hashes = _hashes(laptop, draft) | _hashes(laptop, unsent)
    documents = laptop.store.documents
    assert all(documents.exists(sha) for sha in sent_hashes | kept_hashes)

    assert retention.run().removed == 0  # confirmed, but kept for 30 days
    clock.advance(days=DEFAULT_DAYS - 1)
    assert retention.run().removed == 0
    clock.advance(days=1, seconds=1)
    report = retention.run()

    assert report.removed == len(sent_hashes)
    assert report.bytes_freed > 0
    assert not any(documents.exists(sha) for sha in sent_hashes)
    assert all(documents.exists(sha) for sha in kept_hashes)
    # The records stay, with their hashes, and say where the document is now.
    for app_id in sent:
        assert _hashes(laptop, app_id) <= sent_hashes
        assert all(retention.is_removed(sha) for sha in _hashes(laptop, app_id))
    assert not any(retention.is_removed(sha) for sha in kept_hashes)
    assert retention.run().removed == 0  # nothing twice
    # The next sync leaves the removed files alone (the server has them) and sends the rest.
    assert laptop.sync.run(quiet, never).is_complete
    assert all(documents.exists(sha) for sha in kept_hashes)


def test_retention_runs_after_each_sync(make_laptop: LaptopFactory) -> None:
    laptop = make_laptop("retention-now")
    boss = laptop.offices.add_officer(laptop.officer.office_id, "Kepala Seksi", Role.SUPERVISOR)
    laptop.sync.retention.set_days(0, actor=boss)  # remove as soon as the server holds them
    app_id = laptop.queue(920, small_documents(random.Random(92)))
    hashes = _hashes(laptop, app_id)
    assert all(laptop.store.documents.exists(sha) for sha in hashes)
    assert laptop.sync.run(quiet, never).is_complete
    assert not any(laptop.store.documents.exists(sha) for sha in hashes)
    app = laptop.sync.application(app_id)
    assert app is not None
    assert app.status is ApplicationStatus.RECEIVED  # the record stays, with its hashes
    assert {d.sha256 for d in app.documents} == hashes


def test_retention_days_are_checked(make_laptop: LaptopFactory) -> None:
    laptop = make_laptop("retention-days")
    retention = RetentionService(
        laptop.store.sessions, laptop.store.documents, FakeClock(dt.datetime.now(dt.UTC))
    )
    boss = laptop.offices.add_officer(laptop.officer.office_id, "Kepala Seksi", Role.SUPERVISOR)
    retention.set_days(7, actor=boss)
    assert retention.days() == 7
    for bad in (-1, 3651):
        with pytest.raises(ServiceError, match="0 sampai 3650 hari"):
            retention.set_days(bad, actor=boss)
    with pytest.raises(PermissionDeniedError):
        retention.set_days(1, actor=laptop.officer)  # an operator
    assert retention.days() == 7
