"""The same batch three times, concurrently over two connections: applied exactly once."""

from __future__ import annotations

import dataclasses
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import requests
from sqlalchemy import create_engine, func, select

from fieldkit.domain.status import ApplicationStatus
from fieldkit.server.db import normalize_url
from fieldkit.server.models import ApplicationRow, ChangeRow, IdempotencyKeyRow, StatusEventRow
from tests.integration.server.harness import ServerProcess, edited, entry

S = ApplicationStatus
APPS = 15


def test_concurrent_replays_apply_each_key_exactly_once(server: ServerProcess) -> None:
    device = server.enrol(server.create_office())
    entries: list[dict[str, Any]] = []
    for serial in range(APPS):
        app = device.new_application(serial=100 + serial, status=S.DRAFT)
        updated = edited(app, business=dataclasses.replace(app.business, name=f"Kios {serial}"))
        ready = edited(updated, status=S.READY)
        queued = edited(ready, status=S.QUEUED)
        entries += [
            entry("application.create", app),
            entry("application.update", updated),
            entry("application.status", ready),
            entry("application.status", queued),
        ]

    sessions = [requests.Session(), requests.Session()]  # two keep-alive connections
    start = threading.Barrier(3)

    def send(i: int) -> list[dict[str, Any]]:
        start.wait()
        response = sessions[i % 2].post(
            server.url + "/api/v1/sync/push",
            json={"entries": entries},
            headers=device.headers,
            timeout=120,
        )
        assert response.status_code == 200, response.text
        results: list[dict[str, Any]] = response.json()["results"]
        return results

    with ThreadPoolExecutor(3) as pool:
        answers = list(pool.map(send, range(3)))

    for index, sent in enumerate(entries):
        outcomes = Counter(answer[index]["outcome"] for answer in answers)
        assert outcomes == {"applied": 1, "duplicate": 2}, (index, sent["kind"], outcomes)

    engine = create_engine(normalize_url(server.database_url))
    try:
        with engine.connect() as conn:
            ids = [e["entity_id"] for e in entries[::4]]
            assert conn.scalar(
                select(func.count())
                .select_from(IdempotencyKeyRow)
                .where(IdempotencyKeyRow.device_id == device.id)
            ) == len(entries)
            rows = conn.execute(
                select(ApplicationRow.status, ApplicationRow.revision).where(
                    ApplicationRow.id.in_(ids)
                )
            ).all()
            assert sorted(rows) == [("received", 5)] * APPS
            # create, ready, queued, received: four history events each, never doubled
            assert (
                conn.scalar(
                    select(func.count())
                    .select_from(StatusEventRow)
                    .where(StatusEventRow.application_id.in_(ids))
                )
                == 4 * APPS
            )
            assert (
                conn.scalar(
                    select(func.count())
                    .select_from(ChangeRow)
                    .where(ChangeRow.application_id.in_(ids))
                )
                == APPS
            )
    finally:
        engine.dispose()
