"""Lost laptop, end to end through a real server: revoked, it sends what it has left, wipes
its local data, and is refused from then on."""

from __future__ import annotations

import io
import random

import requests

from fieldkit import sync_cli
from fieldkit.store.wipe import WIPED_MARKER
from fieldkit.sync import config
from fieldkit.sync.state import Connectivity, ErrorKind
from tests.integration.server.harness import ServerProcess, free_port
from tests.integration.sync.checks import never, point_to, quiet, server_counts
from tests.integration.sync.conftest import LaptopFactory
from tests.support.laptop import Laptop, small_documents


def _credentials(laptop: Laptop) -> tuple[str, str]:
    with laptop.store.sessions() as session:
        cfg = config.load_config(session)
    return cfg.device_id, cfg.token


def _headers(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}", "Fieldkit-Protocol": "1"}


def test_revoked_laptop_sends_everything_then_wipes_and_is_refused(
    make_laptop: LaptopFactory, server: ServerProcess, office_id: str
) -> None:
    laptop = make_laptop("lost")
    data_dir = laptop.store.data_dir
    before = server_counts(server, office_id)
    # Queued offline: nothing of it has reached the server when the office revokes.
    rng = random.Random(808)
    ids = [laptop.queue(800 + i, small_documents(rng)) for i in range(3)]
    hashes: set[str] = set()
    for app_id in ids:
        app = laptop.sync.application(app_id)
        assert app is not None
        hashes |= {d.sha256 for d in app.documents}
    device_id, token = _credentials(laptop)
    assert (data_dir / "fieldkit.sqlite3").exists()
    server.admin("revoke-device", device_id)

    report = laptop.sync.run(quiet, never)

    # Everything reached the server before the wipe.
    assert report.pushed >= 3
    assert report.uploaded_documents == len(hashes)
    after = server_counts(server, office_id)
    assert after["applications"] == before["applications"] + 3
    assert after["document_refs"] == before["document_refs"] + len(hashes)
    # The laptop's data is gone; only the marker that says why is left.
    assert report.error_kind is ErrorKind.AUTH
    assert "dicabut oleh kantor" in report.error
    assert sorted(p.name for p in data_dir.iterdir()) == [WIPED_MARKER]
    marker = (data_dir / WIPED_MARKER).read_text(encoding="utf-8")
    assert "Laptop ini dicabut oleh kantor" in marker
    status = laptop.sync.status()
    assert status.connectivity is Connectivity.REVOKED
    assert "dicabut" in status.last_error
    # Another pass opens nothing and says the same; headless sync exits "revoked".
    assert "dicabut" in laptop.sync.run(quiet, never).error
    assert sync_cli.run_headless(laptop.sync, time_limit=5, out=io.StringIO(), quiet=True) == 3
    assert sorted(p.name for p in data_dir.iterdir()) == [WIPED_MARKER]
    # The server refuses the token from now on, saying why.
    for response in (
        requests.get(f"{server.url}/api/v1/sync/pull", headers=_headers(token), timeout=10),
        requests.post(
            f"{server.url}/api/v1/sync/push",
            json={"entries": []},
            headers=_headers(token),
            timeout=10,
        ),
    ):
        assert response.status_code == 403
        assert response.json()["code"] == "device.wiped"
        assert "dihapus" in response.json()["detail"]


def test_a_laptop_the_server_already_counts_as_wiped_wipes_itself(
    make_laptop: LaptopFactory, server: ServerProcess
) -> None:
    """The wipe was confirmed but the laptop died before deleting: the next contact ends it."""
    laptop = make_laptop("half-wiped")
    assert laptop.sync.run(quiet, never).is_complete
    device_id, token = _credentials(laptop)
    server.admin("revoke-device", device_id)
    confirmed = requests.post(
        f"{server.url}/api/v1/sync/wiped", headers=_headers(token), timeout=10
    )
    assert confirmed.status_code == 200, confirmed.text
    assert confirmed.json()["device_id"] == device_id
    report = laptop.sync.run(quiet, never)
    assert report.error_kind is ErrorKind.AUTH
    assert sorted(p.name for p in laptop.store.data_dir.iterdir()) == [WIPED_MARKER]


def test_an_active_laptop_cannot_declare_itself_wiped(
    make_laptop: LaptopFactory, server: ServerProcess
) -> None:
    laptop = make_laptop("active")
    _, token = _credentials(laptop)
    refused = requests.post(f"{server.url}/api/v1/sync/wiped", headers=_headers(token), timeout=10)
    assert (refused.status_code, refused.json()["code"]) == (409, "device.not_revoked")
    assert laptop.sync.run(quiet, never).is_complete
    assert (laptop.store.data_dir / "fieldkit.sqlite3").exists()


def test_nothing_is_wiped_until_the_server_has_everything(
    make_laptop: LaptopFactory, server: ServerProcess
) -> None:
    laptop = make_laptop("unreachable")
    app_id = laptop.queue(830, small_documents(random.Random(83)))
    device_id, _ = _credentials(laptop)
    server.admin("revoke-device", device_id)
    point_to(laptop, f"http://127.0.0.1:{free_port()}")  # no server there
    report = laptop.sync.run(quiet, never)
    assert report.error_kind is ErrorKind.NETWORK
    assert laptop.sync.application(app_id) is not None  # kept: nothing reached the server
    status = laptop.sync.status()
    assert status.connectivity is Connectivity.OFFLINE  # passes go on: it must still send
    assert status.pending_entries > 0
    point_to(laptop, server.url)
    report = laptop.sync.run(quiet, never)
    assert report.pushed > 0
    assert "dicabut oleh kantor" in report.error
    assert sorted(p.name for p in laptop.store.data_dir.iterdir()) == [WIPED_MARKER]
