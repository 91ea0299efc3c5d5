"""Encryption at rest: the database (SQLCipher) and the documents (AES-256-GCM) on real files.

The raw bytes of every file in the data folder (database, -wal, documents) are searched for
the applicant's NIK, name and the JPEG header; the device token and the receipt signing key
in the settings table must not be readable either. Also: the upgrade of a plain installation
in place, with its documents and outbox, and an upgrade killed at each step.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy.exc import DatabaseError

from fieldkit.domain.records import DocumentKind, Role
from fieldkit.refdata import ReferenceData
from fieldkit.services.applications import ApplicationService, NewDocument
from fieldkit.services.offices import OfficeService
from fieldkit.services.receipts import DEVICE_KEY_KEY, ReceiptService
from fieldkit.services.visits import VisitService
from fieldkit.store import repositories as repo
from fieldkit.store.db import is_plain_database
from fieldkit.store.documents import ENCRYPTED_MAGIC, DocumentCorruptError, DocumentStore
from fieldkit.store.encryption import (
    MARKER_NAME,
    PLAIN_BACKUP_NAME,
    UpgradeInProgressError,
    encrypt_installation,
    needs_encryption_upgrade,
    read_phase,
    settle_interrupted_upgrade,
    upgrade_lock,
)
from fieldkit.store.keys import (
    FAST_KDF_FOR_TESTS,
    KeyFile,
    document_key,
    load_key_file,
    new_data_key,
)
from fieldkit.store.local import DATABASE_NAME, LocalStore, open_local_store
from fieldkit.sync import config as sync_config
from tests import samples
from tests.factories import make_jpeg
from tests.fakes import FakeClock

NAME = "Siti Rahmawati"  # samples.applicant's name
TOKEN = "device-token-7f3a9c2e51b84d06a1e2"
JPEG_HEADER = b"\xff\xd8\xff"
# What a stored plaintext JPEG shows on disk: the start-of-image marker at the very start, or
# the JFIF/Exif marker a few bytes in. The 3-byte marker alone turns up by chance in about one
# ciphertext in a hundred, so it is looked for at the start only.
JPEG_MARKERS = (b"JFIF\x00", b"Exif\x00")


@dataclass
class Filled:
    application_id: str
    niks: list[str]
    shas: list[str]
    signing_key: str


def fill(store: LocalStore, reference: ReferenceData, count: int = 3) -> Filled:
    clock = FakeClock(dt.datetime(2026, 11, 25, 2, 0, tzinfo=dt.UTC))
    offices = OfficeService(store.sessions, clock)
    offices.ensure_device()
    office = offices.create_office("DPMPTSP Kabupaten Bogor")
    officer = offices.add_officer(office.id, "Budi Santoso", Role.OPERATOR)
    visit = VisitService(store.sessions, reference, clock).open_visit(
        office_id=office.id,
        village_code=samples.VILLAGE,
        date=dt.date(2026, 11, 25),
        officer_ids=[officer.id],
        actor=officer,
    )
    service = ApplicationService(store.sessions, store.documents, reference, clock)
    niks: list[str] = []
    shas: list[str] = []
    app_id = ""
    for serial in range(1, count + 1):
        result = service.register(
            visit.id,
            samples.draft(serial),
            actor=officer,
            documents=[NewDocument(DocumentKind.KTP, make_jpeg(320, 200, seed=serial))],
        )
        app_id = result.application.id
        niks.append(samples.nik_for(serial))
        shas.extend(d.sha256 for d in result.application.documents)
    with store.sessions.begin() as session:
        repo.put_setting(session, sync_config.TOKEN, TOKEN)
    ReceiptService(store.sessions, reference, clock, applications=service).device_identity()
    with store.sessions() as session:
        signing = repo.get_setting(session, DEVICE_KEY_KEY)["private_key"]
    return Filled(app_id, niks, shas, str(signing))


def raw_files(data_dir: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in data_dir.rglob("*") if p.is_file()}


def assert_no_plaintext(data_dir: Path, filled: Filled) -> None:
    for path, data in raw_files(data_dir).items():
        for nik in filled.niks:
            assert nik.encode() not in data, f"NIK in {path.name}"
        assert NAME.encode() not in data, f"name in {path.name}"
        assert TOKEN.encode() not in data, f"device token in {path.name}"
        assert filled.signing_key.encode() not in data, f"receipt signing key in {path.name}"
        assert not data.startswith(JPEG_HEADER), f"JPEG file in {path.name}"
        for marker in JPEG_MARKERS:
            assert marker not in data, f"JPEG header in {path.name}"


def test_encrypted_store_has_no_plaintext_on_disk(tmp_path: Path, reference: ReferenceData) -> None:
    data_dir = tmp_path / "data"
    key = new_data_key()
    store = open_local_store(data_dir, data_key=key)
    try:
        filled = fill(store, reference)
        # Before the checkpoint, the last saves are in the -wal file: search it too.
        assert (data_dir / f"{DATABASE_NAME}-wal").stat().st_size > 0
        assert_no_plaintext(data_dir, filled)
        for sha in filled.shas:
            assert store.documents.path(sha).read_bytes().startswith(ENCRYPTED_MAGIC)
            assert store.documents.read(sha).startswith(JPEG_HEADER)  # and readable with the key
    finally:
        store.close()
    assert not is_plain_database(data_dir / DATABASE_NAME)
    assert_no_plaintext(data_dir, filled)


def test_same_data_in_a_plain_store_is_found_by_the_same_search(
    tmp_path: Path, reference: ReferenceData
) -> None:
    """The search above can fail: in a plain store it finds the NIK, name and JPEG header."""
    data_dir = tmp_path / "data"
    store = open_local_store(data_dir)
    try:
        filled = fill(store, reference)
    finally:
        store.close()
    with pytest.raises(AssertionError):
        assert_no_plaintext(data_dir, filled)


def test_wrong_key_opens_nothing_and_changes_nothing(
    tmp_path: Path, reference: ReferenceData
) -> None:
    data_dir = tmp_path / "data"
    key = new_data_key()
    store = open_local_store(data_dir, data_key=key)
    filled = fill(store, reference, count=1)
    store.close()
    before = raw_files(data_dir)
    with pytest.raises(DatabaseError):
        open_local_store(data_dir, data_key=new_data_key())
    with pytest.raises(DatabaseError):
        open_local_store(data_dir)  # no key at all
    wrong_docs = DocumentStore(data_dir / "documents", key=document_key(new_data_key()))
    with pytest.raises(DocumentCorruptError):
        wrong_docs.read(filled.shas[0])
    keyless = DocumentStore(data_dir / "documents")
    with pytest.raises(DocumentCorruptError):
        keyless.read(filled.shas[0])
    after = raw_files(data_dir)
    assert {p: d for p, d in after.items() if "documents" in p.parts} == {
        p: d for p, d in before.items() if "documents" in p.parts
    }
    assert after[data_dir / DATABASE_NAME] == before[data_dir / DATABASE_NAME]
    reopened = open_local_store(data_dir, data_key=key)
    try:
        with reopened.sessions() as session:
            assert repo.get_setting(session, sync_config.TOKEN) == TOKEN
    finally:
        reopened.close()


def test_tampered_document_is_reported_corrupt(tmp_path: Path) -> None:
    docs = DocumentStore(tmp_path / "documents", key=document_key(new_data_key()))
    staged = docs.stage(make_jpeg(64, 64, seed=3))
    path = docs.publish(staged)
    raw = bytearray(path.read_bytes())
    raw[-1] ^= 0x01
    path.write_bytes(bytes(raw))
    with pytest.raises(DocumentCorruptError):
        docs.read(staged.sha256)
    assert not docs.verify(staged.sha256)


# --- upgrade of an unencrypted installation ------------------------------------------------


def plain_installation(data_dir: Path, reference: ReferenceData) -> Filled:
    store = open_local_store(data_dir)
    try:
        return fill(store, reference)
    finally:
        store.close()


def keys_for(data_key: bytes) -> KeyFile:
    return KeyFile().with_officer(
        data_key, "o1", "rahasia123", name="Budi", role="operator", kdf=FAST_KDF_FOR_TESTS
    )


def check_everything_there(store: LocalStore, filled: Filled) -> None:
    with store.sessions() as session:
        assert repo.get_setting(session, sync_config.TOKEN) == TOKEN
        assert repo.outbox_count(session) >= len(filled.niks)
        for sha in filled.shas:
            assert repo.is_document_referenced(session, sha)
    for sha in filled.shas:
        assert store.documents.read(sha).startswith(JPEG_HEADER)


def test_upgrade_keeps_everything_and_encrypts_it(tmp_path: Path, reference: ReferenceData) -> None:
    data_dir = tmp_path / "data"
    filled = plain_installation(data_dir, reference)
    assert needs_encryption_upgrade(data_dir)
    data_key = new_data_key()
    encrypt_installation(data_dir, data_key, keys_for(data_key))
    assert not is_plain_database(data_dir / DATABASE_NAME)
    assert read_phase(data_dir) is not None  # the documents follow when the store opens
    store = open_local_store(data_dir, data_key=data_key)
    try:
        assert read_phase(data_dir) is None
        assert not (data_dir / PLAIN_BACKUP_NAME).exists()
        check_everything_there(store, filled)
    finally:
        store.close()
    assert not needs_encryption_upgrade(data_dir)
    keys = load_key_file(data_dir)
    assert keys is not None
    assert keys.unwrap_with_password("o1", "rahasia123") == data_key
    assert_no_plaintext(data_dir, filled)


CHILD = """
import os, sys
from pathlib import Path
import fieldkit.store.encryption as enc
from fieldkit.store.keys import KeyFile, FAST_KDF_FOR_TESTS
data_dir, point, key = Path(sys.argv[1]), sys.argv[2], bytes.fromhex(sys.argv[3])
real = getattr(enc, point)
def killer(*args, **kwargs):
    real(*args, **kwargs)
    os.kill(os.getpid(), 9)
setattr(enc, point, killer)
keys = KeyFile().with_officer(key, "o1", "rahasia123", name="Budi", role="operator",
                              kdf=FAST_KDF_FOR_TESTS)
enc.encrypt_installation(data_dir, key, keys)
"""

KILL_POINTS = [
    "_write_phase",  # right after the first marker
    "_backup_plain",
    "encrypt_database_copy",
    "save_key_file",  # key file written, marker still "copying": rolled back
    "fsync_dir",  # first directory sync (after the copy)
]


@pytest.mark.parametrize("point", KILL_POINTS)
def test_upgrade_killed_part_way_loses_nothing(
    tmp_path: Path, reference: ReferenceData, point: str
) -> None:
    data_dir = tmp_path / "data"
    filled = plain_installation(data_dir, reference)
    data_key = new_data_key()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir), point, data_key.hex()],
        cwd=Path(__file__).parents[3],
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[3])},
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()
    outcome = settle_interrupted_upgrade(data_dir)
    assert outcome == "rolled_back"
    assert needs_encryption_upgrade(data_dir)
    assert load_key_file(data_dir) is None
    assert not (data_dir / MARKER_NAME).exists()
    plain = open_local_store(data_dir)
    try:
        check_everything_there(plain, filled)
    finally:
        plain.close()
    # ... and the upgrade runs through the next time.
    encrypt_installation(data_dir, data_key, keys_for(data_key))
    store = open_local_store(data_dir, data_key=data_key)
    try:
        check_everything_there(store, filled)
    finally:
        store.close()
    assert_no_plaintext(data_dir, filled)


def test_upgrade_killed_after_the_key_file_carries_forward(
    tmp_path: Path, reference: ReferenceData
) -> None:
    """Killed after the marker says "swapping", and then during the document pass."""
    data_dir = tmp_path / "data"
    filled = plain_installation(data_dir, reference)
    data_key = new_data_key()
    child = CHILD.replace(
        "real(*args, **kwargs)\n    os.kill",
        "real(*args, **kwargs)\n    if args[1] == 'swapping': os.kill",
    )
    done = subprocess.run(
        [sys.executable, "-c", child, str(data_dir), "_write_phase", data_key.hex()],
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[3])},
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()
    assert is_plain_database(data_dir / DATABASE_NAME)  # not swapped yet
    assert settle_interrupted_upgrade(data_dir) == "swapped"
    assert not is_plain_database(data_dir / DATABASE_NAME)
    # Half the documents encrypted, then a "crash": opening with the key finishes the rest.
    docs = DocumentStore(data_dir / "documents", key=document_key(data_key))
    first = docs.path(filled.shas[0])
    tmp = docs._write_temp(first.parent, first.read_bytes())
    os.replace(tmp, first)
    assert settle_interrupted_upgrade(data_dir) == "documents_pending"
    store = open_local_store(data_dir, data_key=data_key)
    try:
        check_everything_there(store, filled)
    finally:
        store.close()
    assert read_phase(data_dir) is None
    assert_no_plaintext(data_dir, filled)


def test_encrypted_engine_keeps_the_pragmas_and_write_locking(tmp_path: Path) -> None:
    store = open_local_store(tmp_path / "data", data_key=new_data_key())
    try:
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10000
        # A write session takes the write lock at BEGIN (IMMEDIATE): a second writer waits.
        with store.sessions.begin() as session:
            raw = session.connection().connection.dbapi_connection
            assert raw is not None
            assert raw.in_transaction
            other = store.engine.raw_connection()
            try:
                other.execute("PRAGMA busy_timeout=50")
                with pytest.raises(Exception, match="locked"):
                    other.execute("BEGIN IMMEDIATE")
            finally:
                other.close()
    finally:
        store.close()


def test_an_upgrade_under_way_in_another_process_is_left_alone(
    tmp_path: Path, reference: ReferenceData
) -> None:
    data_dir = tmp_path / "data"
    plain_installation(data_dir, reference)
    (data_dir / MARKER_NAME).write_text('{"phase": "copying"}')
    (data_dir / "fieldkit.encrypted.tmp").write_bytes(b"half a copy")
    with upgrade_lock(data_dir):  # as the app holds it while it encrypts
        assert settle_interrupted_upgrade(data_dir) == "in_progress"
        assert (data_dir / "fieldkit.encrypted.tmp").exists()
        with pytest.raises(UpgradeInProgressError):
            encrypt_installation(data_dir, new_data_key(), KeyFile())
    assert settle_interrupted_upgrade(data_dir) == "rolled_back"
    assert not (data_dir / "fieldkit.encrypted.tmp").exists()
