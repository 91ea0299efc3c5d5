"""The server address chosen at first run: checked, stored in the sync settings, refused once
the laptop is enrolled elsewhere. A real SQLite store."""

from __future__ import annotations

import pytest

from fieldkit.services.errors import ServiceError
from fieldkit.services.sync import SyncService
from fieldkit.store.local import LocalStore
from fieldkit.sync import config
from tests.fakes import FakeClock


@pytest.fixture
def sync(store: LocalStore, clock: FakeClock) -> SyncService:
    return SyncService(store.sessions, store.documents, clock, data_dir=store.data_dir)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("fieldkit.dpmptsp.bogorkab.go.id", "https://fieldkit.dpmptsp.bogorkab.go.id"),
        ("  https://10.0.0.5:8443/fieldkit/ ", "https://10.0.0.5:8443/fieldkit"),
        ("http://localhost:8000", "http://localhost:8000"),
        ("", ""),
    ],
)
def test_a_usable_address_is_stored_cleaned(sync: SyncService, typed: str, stored: str) -> None:
    assert sync.set_server_address(typed) == stored
    assert sync.server_address() == stored
    assert not sync.is_enrolled()  # an address alone does not enrol (no token)


@pytest.mark.parametrize(
    "typed", ["ftp://server.kantor.go.id", "https://", "server kantor", "https://a b.go.id"]
)
def test_an_unusable_address_is_refused_and_nothing_changes(sync: SyncService, typed: str) -> None:
    sync.set_server_address("https://lama.kantor.go.id")
    with pytest.raises(ServiceError) as refused:
        sync.set_server_address(typed)
    assert "tidak valid" in refused.value.message
    assert "https://server.kantor.go.id" in refused.value.message
    assert sync.server_address() == "https://lama.kantor.go.id"


def test_an_enrolled_laptop_keeps_its_server(sync: SyncService, store: LocalStore) -> None:
    with store.sessions.begin() as session:
        config.save_enrolment(
            session,
            server_url="https://fieldkit.kantor.go.id",
            device_id="dev-1",
            token="t" * 32,
            office={"id": "o-1", "name": "DPMPTSP"},
        )
    assert sync.set_server_address("fieldkit.kantor.go.id/") == "https://fieldkit.kantor.go.id"
    with pytest.raises(ServiceError) as refused:
        sync.set_server_address("https://lain.go.id")
    assert "pendaftaran ulang" in refused.value.message
    assert sync.server_address() == "https://fieldkit.kantor.go.id"
