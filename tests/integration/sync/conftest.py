"""A real server process (SQLite) per test module, and laptops enrolled to it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.integration.server.harness import ServerProcess, running_server
from tests.support.laptop import Laptop


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    with running_server("sqlite", tmp_path_factory.mktemp("sync-server"), None) as started:
        yield started


@pytest.fixture(scope="module")
def office_id(server: ServerProcess) -> str:
    return server.create_office()


LaptopFactory = Callable[..., Laptop]


@pytest.fixture
def make_laptop(tmp_path: Path, server: ServerProcess, office_id: str) -> Iterator[LaptopFactory]:
    opened: list[Laptop] = []

    def make(name: str = "laptop", *, url: str | None = None, **kwargs: object) -> Laptop:
        laptop = Laptop.open(tmp_path / name, **kwargs)  # type: ignore[arg-type]  # test helper
        laptop.sync.enrol(url or server.url, server.enrolment_code(office_id), device_name=name)
        opened.append(laptop)
        return laptop

    yield make
    for laptop in opened:
        laptop.close()
