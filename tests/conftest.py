"""Shared fixtures: real reference data, a freshly migrated real SQLite store per test."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldkit.domain.records import Office, Officer, Role, Visit
from fieldkit.refdata import ReferenceData, load_reference
from fieldkit.services.applications import ApplicationService
from fieldkit.services.offices import OfficeService
from fieldkit.services.visits import VisitService
from fieldkit.store.local import DATABASE_NAME, LocalStore, open_local_store
from tests.fakes import FakeClock
from tests.samples import VILLAGE
from tests.support import personal_data


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that need a QApplication are marked ``gui`` so ``-m "not gui"`` runs the core."""
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


_RUN_LOG: list[personal_data.RunLog] = []


@pytest.fixture(scope="session", autouse=True)
def _personal_data_check(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The in-process log at DEBUG for the whole run; pytest_sessionfinish reads it and
    every other log of the run for every NIK and name the run used."""
    run_log = personal_data.RunLog(tmp_path_factory.getbasetemp())
    run_log.start()
    _RUN_LOG.append(run_log)
    yield
    run_log.stop()  # after every other session fixture: all server processes have stopped


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if not _RUN_LOG:
        return
    leaks, values, files = _RUN_LOG.pop().check()
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if leaks:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    if reporter is not None:
        reporter.write("\n")
        reporter.write_line(
            f"personal data in logs: {len(leaks)} leak(s); {values} NIK/name value(s) looked "
            f"for in {files} log file(s)",
            red=bool(leaks),
        )
        for leak in leaks[:50]:
            reporter.write_line(f"  {leak}", red=True)


@pytest.fixture(scope="session")
def reference() -> ReferenceData:
    return load_reference()


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated database file; each test gets a copy instead of migrating again."""
    folder = tmp_path_factory.mktemp("template")
    store = open_local_store(folder)
    store.close()
    return folder / DATABASE_NAME


@pytest.fixture
def store(tmp_path: Path, migrated_template: Path) -> Iterator[LocalStore]:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copy(migrated_template, data_dir / DATABASE_NAME)
    opened = open_local_store(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(dt.datetime(2026, 11, 25, 2, 0, tzinfo=dt.UTC))  # 09:00 WIB


@pytest.fixture
def offices(store: LocalStore, clock: FakeClock) -> OfficeService:
    service = OfficeService(store.sessions, clock)
    service.ensure_device()
    return service


@pytest.fixture
def office(offices: OfficeService) -> Office:
    return offices.create_office("DPMPTSP Kabupaten Bogor", address="Cibinong")


@pytest.fixture
def operator(offices: OfficeService, office: Office) -> Officer:
    return offices.add_officer(office.id, "Budi Santoso", Role.OPERATOR)


@pytest.fixture
def supervisor(offices: OfficeService, office: Office) -> Officer:
    return offices.add_officer(office.id, "Dewi Lestari", Role.SUPERVISOR)


@pytest.fixture
def visits(store: LocalStore, reference: ReferenceData, clock: FakeClock) -> VisitService:
    return VisitService(store.sessions, reference, clock)


@pytest.fixture
def visit(visits: VisitService, office: Office, operator: Officer) -> Visit:
    return visits.open_visit(
        office_id=office.id,
        village_code=VILLAGE,
        date=dt.date(2026, 11, 25),
        officer_ids=[operator.id],
        actor=operator,
    )


@pytest.fixture
def applications(
    store: LocalStore, reference: ReferenceData, clock: FakeClock
) -> ApplicationService:
    return ApplicationService(store.sessions, store.documents, reference, clock)
