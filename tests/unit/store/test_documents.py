"""Tests for fieldkit.store.documents: the two-phase stage/publish protocol, recovery, hashes."""

from __future__ import annotations

import hashlib
import os
import stat
import sys
from pathlib import Path

import pytest

from fieldkit.store.documents import (
    STAGING_DIR,
    DocumentCorruptError,
    DocumentMissingError,
    DocumentStore,
    InvalidDocumentHashError,
    RecoveryReport,
    StagedDocument,
    check_sha256,
)

KTP = b"\xff\xd8\xff KTP photo bytes"
NPWP = b"%PDF-1.7 NPWP card"
LETTER = b"%PDF-1.7 surat keterangan domisili"


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return tmp_path / "data" / "documents"


@pytest.fixture
def store(root: Path) -> DocumentStore:
    return DocumentStore(root)


def all_files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def staged_files(root: Path) -> list[str]:
    return sorted(p.name for p in (root / STAGING_DIR).iterdir())


# --- stage / publish / discard ----------------------------------------------------------------


def test_stage_writes_into_staging_only(store: DocumentStore, root: Path) -> None:
    staged = store.stage(KTP)

    assert staged == StagedDocument(
        sha256=sha(KTP), size=len(KTP), path=root / STAGING_DIR / sha(KTP)
    )
    assert staged.path.read_bytes() == KTP
    assert all_files(root) == [f"{STAGING_DIR}/{sha(KTP)}"]
    assert not store.exists(sha(KTP))
    assert list(store.iter_stored()) == []


def test_publish_then_read_round_trip(store: DocumentStore, root: Path) -> None:
    staged = store.stage(KTP)

    path = store.publish(staged)

    digest = sha(KTP)
    assert path == root / digest[:2] / digest[2:4] / digest == store.path(digest)
    assert store.exists(digest)
    assert store.verify(digest)
    assert store.read(digest) == KTP
    assert list(store.iter_stored()) == [digest]
    assert staged_files(root) == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_stored_files_are_private(store: DocumentStore) -> None:
    path = store.publish(store.stage(KTP))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_same_content_is_stored_once(store: DocumentStore, root: Path) -> None:
    first = store.stage(KTP)
    store.publish(first)
    second = store.stage(KTP)
    store.publish(second)

    assert list(store.iter_stored()) == [sha(KTP)]
    assert all_files(root) == [str(store.path(sha(KTP)).relative_to(root))]


def test_publishing_twice_is_harmless(store: DocumentStore) -> None:
    staged = store.stage(KTP)
    store.publish(staged)
    store.publish(staged)
    assert store.read(sha(KTP)) == KTP


def test_discard_removes_the_staged_file(store: DocumentStore, root: Path) -> None:
    staged = store.stage(KTP)

    store.discard(staged)
    store.discard(staged)  # twice is fine

    assert all_files(root) == []
    assert not store.exists(sha(KTP))


def test_discard_keeps_a_file_another_transaction_staged(store: DocumentStore) -> None:
    """The same KTP attached in two transactions: one fails, the other commits."""
    failed = store.stage(KTP)
    committed = store.stage(KTP)

    store.discard(failed)
    store.publish(committed)

    assert store.read(sha(KTP)) == KTP


def test_discard_after_another_holder_published_keeps_the_stored_file(
    store: DocumentStore,
) -> None:
    committed = store.stage(KTP)
    failed = store.stage(KTP)

    store.publish(committed)
    store.discard(failed)

    assert store.verify(sha(KTP))


def test_publish_of_a_vanished_staged_file_is_an_error(store: DocumentStore) -> None:
    staged = store.stage(KTP)
    staged.path.unlink()

    with pytest.raises(DocumentMissingError) as info:
        store.publish(staged)
    assert info.value.code == "documents.staged_missing"


def test_publish_heals_a_damaged_stored_copy(store: DocumentStore) -> None:
    path = store.publish(store.stage(KTP))
    path.write_bytes(b"bit rot")

    store.publish(store.stage(KTP))

    assert store.read(sha(KTP)) == KTP


def test_publish_refuses_a_staged_path_outside_the_store(
    store: DocumentStore, tmp_path: Path
) -> None:
    forged = StagedDocument(sha256=sha(KTP), size=len(KTP), path=tmp_path / "elsewhere")
    with pytest.raises(ValueError, match="not a staged file"):
        store.publish(forged)


def test_a_failed_write_leaves_no_temporary_file(
    store: DocumentStore, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", fail)

    with pytest.raises(OSError, match="No space"):
        store.stage(KTP)
    assert all_files(root) == []


# --- stored documents -------------------------------------------------------------------------


def test_read_of_a_missing_document(store: DocumentStore) -> None:
    with pytest.raises(DocumentMissingError) as info:
        store.read(sha(KTP))
    assert info.value.code == "documents.missing"
    assert "Lampirkan ulang" in info.value.message
    assert not store.verify(sha(KTP))


def test_read_of_a_corrupted_document(store: DocumentStore) -> None:
    path = store.publish(store.stage(KTP))
    path.write_bytes(KTP[:-1] + b"?")

    with pytest.raises(DocumentCorruptError) as info:
        store.read(sha(KTP))
    assert info.value.code == "documents.corrupt"
    assert not store.verify(sha(KTP))


def test_delete(store: DocumentStore) -> None:
    store.publish(store.stage(KTP))
    store.publish(store.stage(NPWP))

    store.delete(sha(KTP))
    store.delete(sha(KTP))  # twice is fine

    assert not store.exists(sha(KTP))
    assert list(store.iter_stored()) == [sha(NPWP)]


def test_iter_stored_is_sorted_and_ignores_foreign_files(store: DocumentStore, root: Path) -> None:
    for data in (KTP, NPWP, LETTER):
        store.publish(store.stage(data))
    stray = store.path(sha(KTP)).parent
    (stray / "notes.txt").write_text("x")
    (stray / ("0" * 64)).write_bytes(b"wrong directory for this hash")
    (root / "zz").mkdir()

    assert list(store.iter_stored()) == sorted(sha(d) for d in (KTP, NPWP, LETTER))


# --- recovery ---------------------------------------------------------------------------------


def _crashed(root: Path) -> DocumentStore:
    """Leave staged files behind as a killed process would, and return the store as restarted."""
    before = DocumentStore(root)
    before.publish(before.stage(LETTER))  # stored before the crash: must survive untouched
    before.stage(KTP)  # transaction committed, killed before publish
    before.stage(NPWP)  # killed before the transaction committed
    staging = root / STAGING_DIR
    (staging / "3f2a.tmp").write_bytes(KTP[:5])  # killed while writing
    (staging / "0badc0de.tmp").write_bytes(b"")
    fanout = before.path(sha(LETTER)).parent
    (fanout / "leftover.tmp").write_bytes(b"partial")
    return DocumentStore(root)


def test_recover_publishes_referenced_and_deletes_unreferenced(root: Path) -> None:
    store = _crashed(root)
    referenced = {sha(KTP), sha(LETTER)}

    report = store.recover(lambda digest: digest in referenced)

    assert report == RecoveryReport(temp_files_removed=3, published=1, unreferenced_removed=1)
    assert sorted(store.iter_stored()) == sorted(referenced)
    assert store.read(sha(KTP)) == KTP
    assert store.read(sha(LETTER)) == LETTER
    assert staged_files(root) == []
    assert not list(root.rglob("*.tmp"))
    assert all_files(root) == sorted(
        str(store.path(digest).relative_to(root)) for digest in referenced
    )


def test_recover_deletes_and_reports_a_corrupted_staged_file(root: Path) -> None:
    before = DocumentStore(root)
    staged = before.stage(KTP)
    staged.path.write_bytes(KTP[:3])  # torn or damaged after staging
    store = DocumentStore(root)

    report = store.recover(lambda digest: True)

    assert report.corrupt == (sha(KTP),)
    assert report.published == 0
    assert not store.exists(sha(KTP))
    assert staged_files(root) == []


def test_recover_of_a_referenced_document_that_is_already_stored(root: Path) -> None:
    before = DocumentStore(root)
    before.publish(before.stage(KTP))
    before.stage(KTP)  # attached again, killed before publish
    store = DocumentStore(root)

    report = store.recover(lambda digest: True)

    assert report.published == 1
    assert store.read(sha(KTP)) == KTP
    assert staged_files(root) == []


def test_recover_stops_without_deleting_when_the_database_cannot_answer(root: Path) -> None:
    store = _crashed(root)

    def unavailable(digest: str) -> bool:
        raise RuntimeError("database is locked")

    with pytest.raises(RuntimeError, match="locked"):
        store.recover(unavailable)
    assert len([n for n in staged_files(root) if not n.endswith(".tmp")]) == 2


def test_recover_leaves_files_staged_by_this_process_alone(store: DocumentStore) -> None:
    staged = store.stage(KTP)

    report = store.recover(lambda digest: False)

    assert report == RecoveryReport()
    store.publish(staged)
    assert store.verify(sha(KTP))


def test_recover_of_a_clean_or_new_store(root: Path) -> None:
    assert DocumentStore(root).recover(lambda digest: True) == RecoveryReport()
    assert (root / STAGING_DIR).is_dir()


# --- hash validation --------------------------------------------------------------------------

BAD_HASHES = [
    "../x",
    "../../../etc/passwd",
    "",
    sha(KTP).upper(),
    sha(KTP)[:-1],
    sha(KTP) + "0",
    sha(KTP) + "\n",
    "g" * 64,
    "/" + sha(KTP)[1:],
    "..\\" + sha(KTP)[3:],
]


@pytest.mark.parametrize("bad", BAD_HASHES)
@pytest.mark.parametrize("method", ["path", "exists", "read", "delete", "verify"])
def test_every_method_rejects_malformed_hashes(store: DocumentStore, bad: str, method: str) -> None:
    with pytest.raises(InvalidDocumentHashError) as info:
        getattr(store, method)(bad)
    assert isinstance(info.value, ValueError)
    assert info.value.code == "documents.invalid_hash"


@pytest.mark.parametrize("bad", BAD_HASHES)
def test_staged_documents_with_malformed_hashes_are_rejected(
    store: DocumentStore, root: Path, bad: str
) -> None:
    forged = StagedDocument(sha256=bad, size=1, path=root / STAGING_DIR / bad)
    with pytest.raises(InvalidDocumentHashError):
        store.publish(forged)
    with pytest.raises(InvalidDocumentHashError):
        store.discard(forged)


def test_check_sha256_accepts_lowercase_hex() -> None:
    digest = sha(KTP)
    assert check_sha256(digest) == digest
