"""The syncing process killed with SIGKILL at random moments, 50 times, then finished."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

from tests.integration.server.harness import ROOT, ServerProcess
from tests.integration.sync.checks import (
    assert_documents_identical,
    local_document_hashes,
    point_to,
    server_counts,
)
from tests.integration.sync.conftest import LaptopFactory
from tests.support.flaky_link import FlakyLink
from tests.support.laptop import Laptop, small_documents

CHILD = Path(__file__).resolve().parents[2] / "support" / "sync_child.py"
KILLS = 50


def _child(data_dir: Path, seconds: float) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, str(CHILD), str(data_dir), str(seconds)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def test_sigkill_at_random_moments_loses_and_doubles_nothing(
    make_laptop: LaptopFactory, server: ServerProcess, office_id: str
) -> None:
    laptop = make_laptop("crashy")
    rng = random.Random(50)
    for i in range(60):
        laptop.queue(3000 + i, small_documents(rng))
    hashes = local_document_hashes(laptop)
    data_dir = laptop.store.data_dir
    before = server_counts(server, office_id)
    parts = urlsplit(server.url)
    assert parts.port is not None
    with FlakyLink(("127.0.0.1", parts.port), rate_bps=400_000, latency=0.02) as link:
        point_to(laptop, link.url)
        laptop.close()
        kills = 0
        finished_early = 0
        while kills < KILLS:
            child = _child(data_dir, 120)
            assert child.stdout is not None
            assert child.stdout.readline().strip() == b"ready", child.stderr
            time.sleep(rng.uniform(0.0, 0.4))
            if child.poll() is not None:
                finished_early += 1  # nothing left to do: still a valid end
                child.communicate()
                break
            os.kill(child.pid, signal.SIGKILL)
            child.communicate()
            assert child.returncode == -signal.SIGKILL
            kills += 1
        assert kills == KILLS, f"the sync ended after only {kills} kills"
        last = _child(data_dir, 120)
        _, err = last.communicate(timeout=150)
        assert last.returncode == 0, err.decode()

    after = server_counts(server, office_id)
    assert after["applications"] - before["applications"] == 60
    assert after["tracking_codes"] == after["applications"]
    assert after["document_refs"] - before["document_refs"] == 180
    reopened = Laptop.open(data_dir)
    try:
        assert_documents_identical(server, reopened, hashes)
        status = reopened.sync.status()
        assert status.pending_entries == 0  # the local outbox ends empty
        assert status.pending_documents == 0
    finally:
        reopened.close()
