"""200 applications x 3 documents through a link that drops every few seconds."""

from __future__ import annotations

import random
import time
from urllib.parse import urlsplit

from fieldkit.sync.state import SyncProgress
from tests.integration.server.harness import ServerProcess
from tests.integration.sync.checks import (
    assert_documents_identical,
    local_document_hashes,
    point_to,
    server_counts,
)
from tests.integration.sync.conftest import LaptopFactory
from tests.support.flaky_link import FlakyLink, Outages
from tests.support.laptop import small_documents


def _target(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    assert parts.hostname is not None
    assert parts.port is not None
    return parts.hostname, parts.port


def test_200_applications_survive_outages_every_few_seconds(
    make_laptop: LaptopFactory, server: ServerProcess, office_id: str
) -> None:
    laptop = make_laptop("outages")
    rng = random.Random(200)
    ids = [laptop.queue(1000 + i, small_documents(rng)) for i in range(200)]
    hashes = local_document_hashes(laptop)
    assert len(hashes) == 600
    before = server_counts(server, office_id)

    plan = Outages(min_gap=2.5, max_gap=4.0, duration=1.0, seed=7)
    with FlakyLink(_target(server.url), rate_bps=8_000_000, latency=0.02, outages=plan) as link:
        point_to(laptop, link.url)
        phases: list[str] = []

        def progress(progress: SyncProgress) -> None:
            phases.append(progress.phase)

        started = time.monotonic()
        report = laptop.sync.run_until_done(progress, lambda: False, deadline=started + 150)
        assert link.outage_count >= 2, "the link never dropped: the test proved nothing"
    assert report.is_complete, report
    after = server_counts(server, office_id)
    assert after["applications"] - before["applications"] == 200
    assert after["tracking_codes"] == after["applications"]
    assert after["document_refs"] - before["document_refs"] == 600
    assert_documents_identical(server, laptop, hashes)
    status = laptop.sync.status()
    assert status.pending_entries == 0
    assert status.pending_documents == 0
    assert {"push", "upload", "pull"} <= set(phases)
    assert all(laptop.sync.application(i) is not None for i in ids)
