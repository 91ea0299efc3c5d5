"""Applications as the server holds them, their history, duplicate flags, and visits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, delete, func, or_, select, update
from sqlalchemy.orm import Session

from fieldkit.server.models import (
    ApplicationDocumentRow,
    ApplicationRow,
    DuplicateFlagRow,
    StatusEventRow,
    VisitRow,
)


@dataclass(frozen=True, slots=True)
class StoredApplication:
    """The server's current version of an application."""

    id: str
    office_id: str
    device_id: str
    tracking_code: str
    visit_id: str
    status: str
    revision: int
    nik: str
    full_name: str
    business_name: str
    village_code: str
    nib: str
    reason_code: str | None
    reason_text: str
    created_at: dt.datetime
    updated_at: dt.datetime
    received_at: dt.datetime | None
    snapshot: dict[str, Any]


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    at: dt.datetime
    actor: str
    actor_role: str
    from_status: str | None
    to_status: str
    reason_code: str | None
    reason_text: str


@dataclass(frozen=True, slots=True)
class DuplicateOf:
    application_id: str
    tracking_code: str
    full_name: str


@dataclass(frozen=True, slots=True)
class ApplicationQuery:
    office_id: str
    status: str | None = None
    village_code: str | None = None
    text: str | None = None  # tracking code, name, business name or NIK prefix
    limit: int = 50
    offset: int = 0


_COLUMNS = (
    "id",
    "office_id",
    "device_id",
    "tracking_code",
    "visit_id",
    "status",
    "revision",
    "nik",
    "full_name",
    "business_name",
    "village_code",
    "nib",
    "reason_code",
    "reason_text",
    "created_at",
    "updated_at",
    "received_at",
    "snapshot",
)


def _stored(row: ApplicationRow) -> StoredApplication:
    return StoredApplication(**{name: getattr(row, name) for name in _COLUMNS})


def get(session: Session, application_id: str) -> StoredApplication | None:
    row = session.get(ApplicationRow, application_id, populate_existing=True)
    return None if row is None else _stored(row)


def get_in_office(
    session: Session, office_id: str, application_id: str
) -> StoredApplication | None:
    found = get(session, application_id)
    return found if found is not None and found.office_id == office_id else None


def by_tracking_code(session: Session, code: str) -> StoredApplication | None:
    row = session.scalars(
        select(ApplicationRow).where(ApplicationRow.tracking_code == code)
    ).first()
    return None if row is None else _stored(row)


def insert(session: Session, app: StoredApplication) -> None:
    session.add(ApplicationRow(**{name: getattr(app, name) for name in _COLUMNS}))
    session.flush()


def compare_and_set(session: Session, app: StoredApplication, *, base_revision: int) -> bool:
    """Write ``app`` only if the stored revision is still ``base_revision``.

    The condition sits in the UPDATE itself, so of two concurrent writers of one
    application exactly one succeeds, on SQLite and on PostgreSQL alike.
    """
    values = {name: getattr(app, name) for name in _COLUMNS if name not in {"id", "created_at"}}
    result = session.execute(
        update(ApplicationRow)
        .where(ApplicationRow.id == app.id, ApplicationRow.revision == base_revision)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    return bool(getattr(result, "rowcount", 0) == 1)


def replace_documents(
    session: Session, application_id: str, documents: Iterable[tuple[str, str, str]]
) -> None:
    """The application's document list: (sha256, kind, original name) each."""
    session.execute(
        delete(ApplicationDocumentRow).where(
            ApplicationDocumentRow.application_id == application_id
        )
    )
    seen: set[str] = set()
    for sha256, kind, name in documents:
        if sha256 in seen:
            continue
        seen.add(sha256)
        session.add(
            ApplicationDocumentRow(
                application_id=application_id, sha256=sha256, kind=kind, original_name=name
            )
        )


def is_document_in_office(session: Session, office_id: str, sha256: str) -> bool:
    found = session.scalars(
        select(ApplicationDocumentRow.sha256)
        .join(ApplicationRow, ApplicationRow.id == ApplicationDocumentRow.application_id)
        .where(ApplicationRow.office_id == office_id, ApplicationDocumentRow.sha256 == sha256)
        .limit(1)
    ).first()
    return found is not None


def add_event(
    session: Session,
    *,
    application_id: str,
    at: dt.datetime,
    actor: str,
    actor_role: str,
    from_status: str | None,
    to_status: str,
    reason_code: str | None = None,
    reason_text: str = "",
) -> None:
    session.add(
        StatusEventRow(
            application_id=application_id,
            at=at,
            actor=actor,
            actor_role=actor_role,
            from_status=from_status,
            to_status=to_status,
            reason_code=reason_code,
            reason_text=reason_text,
        )
    )


def history(session: Session, application_id: str) -> list[HistoryEntry]:
    rows = session.scalars(
        select(StatusEventRow)
        .where(StatusEventRow.application_id == application_id)
        .order_by(StatusEventRow.id)
    )
    return [
        HistoryEntry(
            r.at, r.actor, r.actor_role, r.from_status, r.to_status, r.reason_code, r.reason_text
        )
        for r in rows
    ]


def same_nik_elsewhere(session: Session, app: StoredApplication) -> list[StoredApplication]:
    """Applications of the same office with the same NIK that came from another laptop."""
    rows = session.scalars(
        select(ApplicationRow).where(
            ApplicationRow.office_id == app.office_id,
            ApplicationRow.nik == app.nik,
            ApplicationRow.id != app.id,
            ApplicationRow.device_id != app.device_id,
        )
    )
    return [_stored(r) for r in rows]


def has_flag(session: Session, application_id: str, other_id: str) -> bool:
    return (
        session.scalars(
            select(DuplicateFlagRow.id).where(
                DuplicateFlagRow.application_id == application_id,
                DuplicateFlagRow.other_application_id == other_id,
            )
        ).first()
        is not None
    )


def add_flag(
    session: Session, office_id: str, application_id: str, other_id: str, now: dt.datetime
) -> None:
    session.add(
        DuplicateFlagRow(
            office_id=office_id,
            application_id=application_id,
            other_application_id=other_id,
            created_at=now,
        )
    )
    session.flush()


def duplicates_of(session: Session, application_id: str) -> list[DuplicateOf]:
    rows = session.execute(
        select(ApplicationRow.id, ApplicationRow.tracking_code, ApplicationRow.full_name)
        .join(DuplicateFlagRow, DuplicateFlagRow.other_application_id == ApplicationRow.id)
        .where(DuplicateFlagRow.application_id == application_id)
        .order_by(ApplicationRow.tracking_code)
    )
    return [DuplicateOf(r[0], r[1], r[2]) for r in rows]


def _where(query: ApplicationQuery) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [ApplicationRow.office_id == query.office_id]
    if query.status:
        conditions.append(ApplicationRow.status == query.status)
    if query.village_code:
        conditions.append(ApplicationRow.village_code == query.village_code)
    if query.text:
        text = query.text.strip()
        # LIKE wildcards typed by a user are matched literally.
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{escaped.lower()}%"
        conditions.append(
            or_(
                ApplicationRow.tracking_code == text.upper(),
                func.lower(ApplicationRow.full_name).like(pattern, escape="\\"),
                func.lower(ApplicationRow.business_name).like(pattern, escape="\\"),
                ApplicationRow.nik.like(f"{escaped}%", escape="\\"),
            )
        )
    return conditions


def search(session: Session, query: ApplicationQuery) -> tuple[int, list[StoredApplication]]:
    conditions = _where(query)
    total = session.scalar(select(func.count()).select_from(ApplicationRow).where(*conditions))
    rows = session.scalars(
        select(ApplicationRow)
        .where(*conditions)
        .order_by(ApplicationRow.updated_at.desc(), ApplicationRow.id)
        .limit(query.limit)
        .offset(query.offset)
    )
    return total or 0, [_stored(r) for r in rows]


# --- visits -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StoredVisit:
    id: str
    office_id: str
    revision: int
    snapshot: dict[str, Any]


def get_visit(session: Session, visit_id: str) -> StoredVisit | None:
    row = session.get(VisitRow, visit_id, populate_existing=True)
    return None if row is None else StoredVisit(row.id, row.office_id, row.revision, row.snapshot)


def upsert_visit(
    session: Session,
    *,
    visit_id: str,
    office_id: str,
    device_id: str,
    village_code: str,
    date: dt.date,
    state: str,
    target: int,
    revision: int,
    snapshot: dict[str, Any],
    now: dt.datetime,
) -> bool:
    """Insert, or update when ``revision`` is newer than the stored one; False if stale."""
    row = session.get(VisitRow, visit_id)
    if row is None:
        session.add(
            VisitRow(
                id=visit_id,
                office_id=office_id,
                device_id=device_id,
                village_code=village_code,
                date=date,
                state=state,
                target=target,
                revision=revision,
                snapshot=snapshot,
                updated_at=now,
            )
        )
        session.flush()
        return True
    result = session.execute(
        update(VisitRow)
        .where(VisitRow.id == visit_id, VisitRow.revision < revision)
        .values(
            village_code=village_code,
            date=date,
            state=state,
            target=target,
            revision=revision,
            snapshot=snapshot,
            updated_at=now,
        )
        .execution_options(synchronize_session=False)
    )
    return bool(getattr(result, "rowcount", 0) == 1)
