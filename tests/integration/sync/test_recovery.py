"""A server restarted during uploads, a server answering 500/503, answers slower than the
timeout: the engine recovers by itself every time."""

from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from fieldkit.sync.state import ErrorKind, SyncProgress, SyncReport
from fieldkit.sync.transport import HttpSyncTransport, SyncTransport, Timeouts
from tests.integration.server.harness import ServerProcess, running_server
from tests.integration.sync.checks import (
    assert_documents_identical,
    local_document_hashes,
    point_to,
    server_counts,
)
from tests.support.flaky_link import FlakyLink
from tests.support.laptop import Laptop, small_documents


def _port(url: str) -> int:
    port = urlsplit(url).port
    assert port is not None
    return port


def _enrolled(tmp_path: Path, server: ServerProcess, office_id: str, **kwargs: object) -> Laptop:
    laptop = Laptop.open(tmp_path / "laptop", **kwargs)  # type: ignore[arg-type]  # helper
    laptop.sync.enrol(server.url, server.enrolment_code(office_id), device_name="laptop")
    return laptop


@dataclass
class Background:
    """``run_until_done`` on a thread: its final report and the error kind of every pass."""

    thread: threading.Thread
    reports: list[SyncReport] = field(default_factory=list)
    kinds: list[ErrorKind | None] = field(default_factory=list)

    def join(self, timeout: float) -> SyncReport:
        self.thread.join(timeout)
        assert self.reports, "the sync did not finish in time"
        return self.reports[0]


def _in_background(laptop: Laptop, seconds: float) -> Background:
    def progress(progress: SyncProgress) -> None:
        pass

    job = Background(threading.Thread(target=lambda: None))

    def target() -> None:
        job.reports.append(
            laptop.sync.engine.run_until_done(
                progress,
                lambda: False,
                deadline=time.monotonic() + seconds,
                on_report=lambda r: job.kinds.append(r.error_kind),
            )
        )

    job.thread = threading.Thread(target=target)
    job.thread.start()
    return job


def test_server_restart_during_uploads(tmp_path: Path) -> None:
    with running_server("sqlite", tmp_path / "srv", None) as server:
        office_id = server.create_office()
        laptop = _enrolled(tmp_path, server, office_id)
        rng = random.Random(5)
        for i in range(30):
            laptop.queue(5000 + i, small_documents(rng))
        hashes = local_document_hashes(laptop)
        with FlakyLink(("127.0.0.1", _port(server.url)), rate_bps=300_000) as link:
            point_to(laptop, link.url)
            job = _in_background(laptop, 120)
            time.sleep(1.5)  # pushing done, uploads under way on the slow link
            left_at_stop = laptop.sync.status().pending_documents
            server.stop()
            time.sleep(1.0)
            restarted = ServerProcess.start("sqlite", server.data_dir, server.database_url)
            link.target = ("127.0.0.1", _port(restarted.url))
            report = job.join(150)
            restarted.stop()
        assert report.is_complete, report
        assert 0 < left_at_stop < 90, "the restart did not happen during the uploads"
        counts = server_counts(restarted, office_id)
        assert counts["applications"] == 30
        assert counts["document_refs"] == 90
        assert_documents_identical(restarted, laptop, hashes)
        laptop.close()


def test_500_and_503_for_a_while_then_recovery(tmp_path: Path) -> None:
    with running_server("sqlite", tmp_path / "srv", None) as server:
        office_id = server.create_office()
        laptop = _enrolled(tmp_path, server, office_id)
        for i in range(5):
            laptop.queue(6000 + i, small_documents(random.Random(i)))
        with FlakyLink(("127.0.0.1", _port(server.url))) as link:
            point_to(laptop, link.url)
            with link.failing(503):
                job = _in_background(laptop, 60)
                time.sleep(2.0)
            with link.failing(500):
                time.sleep(1.0)
            report = job.join(90)
        assert report.is_complete, report
        assert ErrorKind.SERVER in job.kinds
        assert server_counts(server, office_id)["applications"] == 5
        laptop.close()


def test_answers_slower_than_the_timeout_then_recovery(tmp_path: Path) -> None:
    def impatient(url: str, token: str) -> SyncTransport:
        return HttpSyncTransport(url, token, timeouts=Timeouts(connect=1.0, read=0.5))

    with running_server("sqlite", tmp_path / "srv", None) as server:
        office_id = server.create_office()
        laptop = Laptop.open(tmp_path / "laptop")
        laptop.close()
        from fieldkit.services.sync import SyncService  # noqa: PLC0415

        laptop = Laptop.open(tmp_path / "laptop")
        laptop.sync = SyncService(
            laptop.store.sessions,
            laptop.store.documents,
            laptop.sync.engine._clock,
            transport_factory=impatient,
        )
        laptop.sync.enrol(server.url, server.enrolment_code(office_id), device_name="laptop")
        for i in range(3):
            laptop.queue(7000 + i, small_documents(random.Random(i)))
        with FlakyLink(("127.0.0.1", _port(server.url))) as link:
            point_to(laptop, link.url)
            started = time.monotonic()
            with link.stalled(1.5):
                job = _in_background(laptop, 60)
                time.sleep(2.0)
            report = job.join(90)
        assert report.is_complete, report
        assert ErrorKind.NETWORK in job.kinds
        assert time.monotonic() - started < 30
        assert server_counts(server, office_id)["applications"] == 3
        laptop.close()
