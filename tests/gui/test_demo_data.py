"""*Bantuan → Isi data latihan*: a training visit opens, filled, and nothing of it is queued."""

from __future__ import annotations

import dataclasses

import pytest
from pytestqt.qtbot import QtBot

from fieldkit.refdata import ReferenceData
from fieldkit.services.demo import DEFAULT_COUNT, DemoDataService
from fieldkit.store import repositories as repo
from fieldkit.store.local import LocalStore
from fieldkit.ui.context import Services
from fieldkit.ui.main_window import MainWindow
from tests.fakes import FakeClock


@pytest.fixture
def services(
    services: Services, store: LocalStore, reference: ReferenceData, clock: FakeClock
) -> Services:
    demo = DemoDataService(store.sessions, services.applications, reference, clock)
    return dataclasses.replace(services, demo=demo)


def test_the_menu_item_opens_a_filled_training_visit_that_is_never_queued(
    qtbot: QtBot, signed_in: MainWindow, services: Services, store: LocalStore
) -> None:
    real_visit = signed_in.state.visit
    with store.sessions() as session:
        queued = repo.outbox_count(session)
    signed_in.action_demo_data.trigger()
    qtbot.waitUntil(lambda: signed_in.state.visit is not real_visit, timeout=10_000)
    visit = signed_in.state.visit
    assert visit is not None
    assert services.demo is not None
    assert services.demo.is_demo_visit(visit.id)
    assert services.applications.count() >= DEFAULT_COUNT
    assert "tidak pernah dikirim ke server" in signed_in.statusBar().currentMessage()
    with store.sessions() as session:
        assert repo.outbox_count(session) == queued


def test_without_a_signed_in_officer_the_menu_item_says_what_to_do(window: MainWindow) -> None:
    window.action_demo_data.trigger()
    assert "Masuk dulu" in window.statusBar().currentMessage()
