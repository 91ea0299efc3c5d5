"""The change feed devices pull: one row per server-side change, in cursor order per office."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldkit.server.models import ChangeRow


@dataclass(frozen=True, slots=True)
class FeedEvent:
    """A change to write at the end of a transaction (after Database.lock_office)."""

    office_id: str
    kind: str
    at: dt.datetime
    application_id: str | None
    payload: dict[str, Any]


@dataclass(frozen=True, slots=True)
class FeedEntry:
    cursor: int
    kind: str
    at: dt.datetime
    application_id: str | None
    payload: dict[str, Any]


def append(session: Session, event: FeedEvent) -> None:
    session.add(
        ChangeRow(
            office_id=event.office_id,
            kind=event.kind,
            at=event.at,
            application_id=event.application_id,
            payload=event.payload,
        )
    )


def since(session: Session, office_id: str, cursor: int, limit: int) -> list[FeedEntry]:
    rows = session.scalars(
        select(ChangeRow)
        .where(ChangeRow.office_id == office_id, ChangeRow.id > cursor)
        .order_by(ChangeRow.id)
        .limit(limit)
    )
    return [FeedEntry(r.id, r.kind, r.at, r.application_id, r.payload) for r in rows]


def latest_cursor(session: Session, office_id: str) -> int:
    value = session.scalar(select(func.max(ChangeRow.id)).where(ChangeRow.office_id == office_id))
    return int(value or 0)
