"""Stored documents and uploads in progress."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from fieldkit.domain.ids import new_id
from fieldkit.server.models import DocumentRow, UploadRow


@dataclass(frozen=True, slots=True)
class Upload:
    id: str
    device_id: str
    sha256: str
    size: int
    received: int


@dataclass(frozen=True, slots=True)
class StoredDocument:
    sha256: str
    size: int
    media_type: str
    page_count: int


def _upload(row: UploadRow) -> Upload:
    return Upload(row.id, row.device_id, row.sha256, row.size, row.received)


def get_document(session: Session, sha256: str) -> StoredDocument | None:
    row = session.get(DocumentRow, sha256)
    return (
        None
        if row is None
        else StoredDocument(row.sha256, row.size, row.media_type, row.page_count)
    )


def missing(session: Session, hashes: Sequence[str]) -> list[str]:
    wanted = list(dict.fromkeys(hashes))
    present: set[str] = set()
    for start in range(0, len(wanted), 500):
        part = wanted[start : start + 500]
        present.update(
            session.scalars(select(DocumentRow.sha256).where(DocumentRow.sha256.in_(part)))
        )
    return [h for h in wanted if h not in present]


def add_document(
    session: Session,
    *,
    sha256: str,
    size: int,
    media_type: str,
    page_count: int,
    uploaded_by: str,
    now: dt.datetime,
) -> None:
    session.add(
        DocumentRow(
            sha256=sha256,
            size=size,
            media_type=media_type,
            page_count=page_count,
            created_at=now,
            uploaded_by=uploaded_by,
        )
    )
    session.flush()


def get_upload(session: Session, device_id: str, sha256: str) -> Upload | None:
    row = session.scalars(
        select(UploadRow).where(UploadRow.device_id == device_id, UploadRow.sha256 == sha256)
    ).first()
    return None if row is None else _upload(row)


def add_upload(
    session: Session, device_id: str, sha256: str, size: int, now: dt.datetime
) -> Upload:
    row = UploadRow(
        id=new_id(),
        device_id=device_id,
        sha256=sha256,
        size=size,
        received=0,
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    return _upload(row)


def advance(session: Session, upload_id: str, *, start: int, end: int, now: dt.datetime) -> bool:
    """Move the received offset from ``start`` to ``end``; False if another request moved it."""
    result = session.execute(
        update(UploadRow)
        .where(UploadRow.id == upload_id, UploadRow.received == start)
        .values(received=end, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    return bool(getattr(result, "rowcount", 0) == 1)


def remove_upload(session: Session, upload_id: str) -> None:
    session.execute(delete(UploadRow).where(UploadRow.id == upload_id))


def stale_uploads(session: Session, before: dt.datetime) -> list[Upload]:
    return [
        _upload(r) for r in session.scalars(select(UploadRow).where(UploadRow.updated_at < before))
    ]
