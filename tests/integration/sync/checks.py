"""What the server ended with, read straight from its SQLite file and document store; and
the plain way to run a sync pass in a test."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from fieldkit.store import repositories as repo
from fieldkit.sync import config
from fieldkit.sync.state import SyncProgress
from tests.integration.server.harness import ServerProcess
from tests.support.laptop import Laptop


def quiet(progress: SyncProgress) -> None:
    """A progress sink that shows nothing."""


def never() -> bool:
    """A stop flag that never asks to stop."""
    return False


def sync_to_the_end(laptop: Laptop) -> None:
    """One sync pass that must end without an error, with nothing left to send or pull."""
    report = laptop.sync.run(quiet, never)
    assert report.error == "", report.error
    assert report.is_complete


def point_to(laptop: Laptop, url: str) -> None:
    """Talk to the server through ``url`` (a flaky link) from now on."""
    with laptop.store.sessions.begin() as session:
        repo.put_setting(session, config.SERVER_URL, url)


def server_counts(server: ServerProcess, office_id: str) -> dict[str, int]:
    path = server.data_dir / "server.sqlite3"
    with sqlite3.connect(path) as conn:
        apps = conn.execute(
            "SELECT count(*), count(DISTINCT tracking_code) FROM application WHERE office_id = ?",
            (office_id,),
        ).fetchone()
        docs = conn.execute(
            "SELECT count(*) FROM application_document ad JOIN application a "
            "ON a.id = ad.application_id WHERE a.office_id = ?",
            (office_id,),
        ).fetchone()
    return {"applications": apps[0], "tracking_codes": apps[1], "document_refs": docs[0]}


def server_document_hashes(server: ServerProcess) -> list[str]:
    with sqlite3.connect(server.data_dir / "server.sqlite3") as conn:
        return [r[0] for r in conn.execute("SELECT sha256 FROM document")]


def assert_documents_identical(server: ServerProcess, laptop: Laptop, hashes: set[str]) -> None:
    """Every document of the laptop is on the server, byte for byte (by its own hash)."""
    stored = server_document_hashes(server)
    assert len(stored) == len(set(stored))  # none twice
    assert hashes <= set(stored)
    doc_root = _server_documents(server.data_dir)
    for sha in hashes:
        candidates = list(doc_root.rglob(sha + "*"))
        assert candidates, sha
        data = candidates[0].read_bytes()
        assert hashlib.sha256(data).hexdigest() == sha
        assert data == laptop.store.documents.read(sha)


def _server_documents(data_dir: Path) -> Path:
    return data_dir / "documents"


def local_document_hashes(laptop: Laptop) -> set[str]:
    with laptop.store.sessions() as session:
        return {sha for sha, _ in repo.unconfirmed_documents(session)} | _all_local(laptop)


def _all_local(laptop: Laptop) -> set[str]:
    from sqlalchemy import select  # noqa: PLC0415

    from fieldkit.store.models import DocumentRow  # noqa: PLC0415

    with laptop.store.sessions() as session:
        return set(session.scalars(select(DocumentRow.sha256)))
