"""Push, upload, pull against the real server; idempotent resume; headless exit codes."""

from __future__ import annotations

import hashlib
import random
from typing import Any

import requests

from fieldkit.domain.status import ApplicationStatus, ReasonCode
from fieldkit.store import repositories as repo
from fieldkit.sync.state import Connectivity
from tests.integration.server.harness import ServerProcess
from tests.integration.sync.checks import never, quiet
from tests.integration.sync.conftest import LaptopFactory
from tests.support.laptop import small_documents


def backoffice(server: ServerProcess, office_id: str) -> dict[str, str]:
    token = server.sign_in(server.create_user(office_id))
    return {"Authorization": f"Bearer {token}"}


def server_app(server: ServerProcess, headers: dict[str, str], app_id: str) -> dict[str, Any]:
    response = requests.get(
        f"{server.url}/api/v1/backoffice/applications/{app_id}", headers=headers, timeout=10
    )
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()
    return data


def set_status(server: ServerProcess, headers: dict[str, str], app_id: str, **body: Any) -> None:
    response = requests.post(
        f"{server.url}/api/v1/backoffice/applications/{app_id}/status",
        json=body,
        headers=headers,
        timeout=10,
    )
    assert response.status_code == 200, response.text


def test_push_upload_pull_and_back_office_outcomes(
    make_laptop: LaptopFactory, server: ServerProcess, office_id: str
) -> None:
    laptop = make_laptop()
    rng = random.Random(1)
    docs = small_documents(rng)
    app_id = laptop.queue(11, docs)
    assert laptop.sync.status().pending_entries == 4  # visit + create, ready, queued

    report = laptop.sync.run(quiet, never)
    assert report.error == ""
    assert report.is_complete
    assert report.pushed == 4
    assert report.uploaded_documents == 3
    status = laptop.sync.status()
    assert status.pending_entries == 0
    assert status.pending_documents == 0
    assert status.connectivity is Connectivity.ONLINE
    assert status.clock_offset_seconds is not None
    local = laptop.sync.application(app_id)
    assert local is not None
    assert local.status is ApplicationStatus.RECEIVED

    headers = backoffice(server, office_id)
    detail = server_app(server, headers, app_id)
    assert all(d["is_stored"] for d in detail["documents"])
    for doc in detail["documents"]:
        body = requests.get(server.url + doc["url"], headers=headers, timeout=10).content
        assert hashlib.sha256(body).hexdigest() == doc["sha256"]

    # back office: in process, then needs fix; then the laptop pulls both
    set_status(server, headers, app_id, status="in_process")
    set_status(
        server,
        headers,
        app_id,
        status="needs_fix",
        reason_code=ReasonCode.DATA_CORRECTION.value,
        reason_text="Alamat usaha kurang lengkap",
    )
    report = laptop.sync.run(quiet, never)
    assert report.is_complete, report
    assert app_id in report.changed_application_ids
    local = laptop.sync.application(app_id)
    assert local is not None
    assert local.status is ApplicationStatus.NEEDS_FIX
    assert local.reason_text == "Alamat usaha kurang lengkap"
    callbacks = laptop.sync.callback_list()
    assert [c.application_id for c in callbacks] == [app_id]
    labels = [e.label for e in laptop.sync.timeline(app_id)]
    assert "Dibuat di laptop" in labels
    assert any(label.startswith("Diterima server") for label in labels)
    assert any("Perlu perbaikan" in label for label in labels)

    # the officer fixes it and sends it again; the back office issues the NIB
    laptop.applications.change_status(app_id, ApplicationStatus.DRAFT, actor=laptop.officer)
    laptop.applications.mark_ready(app_id, actor=laptop.officer)
    laptop.applications.change_status(app_id, ApplicationStatus.QUEUED, actor=laptop.officer)
    report = laptop.sync.run(quiet, never)
    assert report.is_complete, report
    assert report.conflicts == 0
    assert report.invalid == 0
    set_status(server, headers, app_id, status="in_process")
    set_status(server, headers, app_id, status="nib_issued", nib="1234567890123")
    laptop.sync.run(quiet, never)
    local = laptop.sync.application(app_id)
    assert local is not None
    assert local.status is ApplicationStatus.NIB_ISSUED
    assert local.nib == "1234567890123"
    assert laptop.sync.callback_list()[0].nib == "1234567890123"


def test_a_lost_answer_is_resent_and_answered_duplicate(
    make_laptop: LaptopFactory, server: ServerProcess
) -> None:
    laptop = make_laptop()
    laptop.queue(21, small_documents(random.Random(2)))
    with laptop.store.sessions() as session:
        entries = repo.outbox_entries(session)
    # Push the batch behind the engine's back: the server applies it, the laptop never hears.
    device_headers = {"Authorization": f"Bearer {_token(laptop)}", "Fieldkit-Protocol": "1"}
    body: dict[str, Any] = {
        "entries": [
            {
                "idempotency_key": e.idempotency_key,
                "kind": e.kind,
                "entity_id": e.entity_id,
                "revision": e.revision,
                "payload": e.payload,
            }
            for e in entries
        ]
    }
    response = requests.post(
        server.url + "/api/v1/sync/push", json=body, headers=device_headers, timeout=10
    )
    assert response.status_code == 200
    report = laptop.sync.run(quiet, never)
    assert report.is_complete
    assert report.pushed == 0
    assert report.duplicates == len(entries)
    assert laptop.sync.status().pending_entries == 0


def _token(laptop: Any) -> str:
    from fieldkit.sync import config  # noqa: PLC0415

    with laptop.store.sessions() as session:
        return config.load_config(session).token
