"""Real server processes on 127.0.0.1: one on SQLite and one on a real PostgreSQL cluster."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration.server.harness import (
    PostgresCluster,
    PostgresMissingError,
    ServerProcess,
    running_server,
)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresCluster]:
    """A PostgreSQL cluster of our own. Missing binaries FAIL the tests: ./test.sh installs
    the 'postgresql' Debian package, so a missing server is a broken setup, not a skip."""
    try:
        cluster = PostgresCluster.start()
    except PostgresMissingError as exc:
        pytest.fail(str(exc), pytrace=False)
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServerProcess]:
    cluster = request.getfixturevalue("postgres") if request.param == "postgresql" else None
    root: Path = tmp_path_factory.mktemp(f"server-{request.param}")
    with running_server(request.param, root, cluster) as started:
        yield started


@pytest.fixture(scope="session")
def sqlite_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """For tests that do not depend on the database engine (HTML, browser, bad input)."""
    with running_server("sqlite", tmp_path_factory.mktemp("server-plain"), None) as started:
        yield started
