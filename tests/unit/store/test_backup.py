"""Backups of a real encrypted store with documents: round trip, damage refused, daily rotation."""

from __future__ import annotations

import datetime as dt
import random
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldkit.domain.records import Officer, Visit
from fieldkit.refdata import ReferenceData
from fieldkit.services.applications import ApplicationService
from fieldkit.store.backup import (
    DATABASE_NAME,
    MANIFEST,
    BackupError,
    create_backup,
    daily_backup,
    restore_backup,
    verify_backup,
)
from fieldkit.store.db import is_plain_database
from fieldkit.store.keys import KEY_FILE_NAME, database_key
from fieldkit.store.local import LocalStore, open_local_store
from tests import samples
from tests.fakes import FakeClock
from tests.support.laptop import small_documents

DATA_KEY = secrets.token_bytes(32)
KEY = database_key(DATA_KEY)
T0 = dt.datetime(2026, 11, 25, 2, 0, tzinfo=dt.UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    """An encrypted store, as the app opens it (overrides the plain one of tests/conftest.py)."""
    data_dir = tmp_path / "data"
    opened = open_local_store(data_dir, data_key=DATA_KEY)
    # The wrapped key file travels with the backup; its content is the keys module's business.
    (data_dir / KEY_FILE_NAME).write_text('{"format": 1, "wraps": []}')
    yield opened
    opened.close()


@pytest.fixture
def registered(
    store: LocalStore, applications: ApplicationService, visit: Visit, operator: Officer
) -> str:
    docs = small_documents(random.Random(7))
    return applications.register(
        visit.id, samples.draft(21), actor=operator, documents=docs
    ).application.id


def test_round_trip_brings_back_the_application_and_its_documents(
    store: LocalStore,
    applications: ApplicationService,
    registered: str,
    visit: Visit,
    operator: Officer,
    reference: ReferenceData,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    info = create_backup(store.data_dir, tmp_path / "usb", key=KEY, now=T0)
    assert info.documents == 3
    assert not is_plain_database(info.path / DATABASE_NAME)  # encrypted as the live file
    assert (info.path / KEY_FILE_NAME).is_file()
    kept = applications.get(registered).application

    # Work after the backup, then a disaster: the backup is restored over it.
    applications.register(visit.id, samples.draft(22), actor=operator)
    store.close()
    aside = restore_backup(info.path, store.data_dir, key=KEY, now=T0)
    assert (aside / DATABASE_NAME).is_file()  # the data it replaced is kept, not deleted

    again = open_local_store(store.data_dir, data_key=DATA_KEY)
    try:
        service = ApplicationService(again.sessions, again.documents, reference, clock)
        restored = service.get(registered).application
        assert restored == kept
        assert service.count() == 1
        for document in restored.documents:
            data = again.documents.read(document.sha256)
            assert len(data) == document.size
    finally:
        again.close()


def test_a_damaged_backup_is_refused_before_anything_changes(
    store: LocalStore, registered: str, tmp_path: Path
) -> None:
    info = create_backup(store.data_dir, tmp_path / "usb", key=KEY, now=T0)
    document = next((info.path / "documents").rglob("*"))
    while document.is_dir():
        document = next(document.iterdir())
    data = document.read_bytes()
    document.write_bytes(data[:-1] + bytes([data[-1] ^ 0xFF]))  # always a change
    store.close()
    before = (store.data_dir / DATABASE_NAME).read_bytes()
    with pytest.raises(BackupError) as info_error:
        restore_backup(info.path, store.data_dir, key=KEY)
    assert "rusak" in str(info_error.value)
    assert "berubah" in str(info_error.value)
    assert (store.data_dir / DATABASE_NAME).read_bytes() == before
    assert not list(store.data_dir.glob("sebelum-pemulihan-*"))


def test_a_backup_of_another_laptop_or_a_broken_manifest_is_refused(
    store: LocalStore, registered: str, tmp_path: Path
) -> None:
    info = create_backup(store.data_dir, tmp_path / "usb", key=KEY, now=T0)
    with pytest.raises(BackupError) as other:
        verify_backup(info.path, key=database_key(secrets.token_bytes(32)))
    assert "kunci laptop ini" in str(other.value)
    copy = tmp_path / "copy"
    shutil.copytree(info.path, copy)
    (copy / MANIFEST).write_text("{")
    with pytest.raises(BackupError) as broken:
        verify_backup(copy, key=KEY)
    assert "manifest" in str(broken.value)


def test_daily_backups_run_once_a_day_keep_seven_and_share_unchanged_documents(
    store: LocalStore, registered: str
) -> None:
    first = daily_backup(store.data_dir, key=KEY, now=T0)
    assert first is not None
    assert daily_backup(store.data_dir, key=KEY, now=T0 + dt.timedelta(hours=3)) is None
    made = [first]
    for day in range(1, 9):
        info = daily_backup(store.data_dir, key=KEY, now=T0 + dt.timedelta(days=day))
        assert info is not None
        made.append(info)
    kept = sorted(p.name for p in (store.data_dir / "cadangan").iterdir())
    assert kept == sorted(i.path.name for i in made[-7:])
    newest, before = made[-1].path, made[-2].path
    shared = [
        p.relative_to(newest)
        for p in (newest / "documents").rglob("*")
        if p.is_file() and p.stat().st_ino == (before / p.relative_to(newest)).stat().st_ino
    ]
    assert len(shared) == 3  # hard links, not copies
    verify_backup(newest, key=KEY)
