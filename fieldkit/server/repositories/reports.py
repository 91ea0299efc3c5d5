"""What the office reports read: the office's visits of a period and their applications."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldkit.server.models import ApplicationRow, VisitRow
from fieldkit.server.repositories.applications import StoredApplication, _stored

_IN_CHUNK = 500  # bound parameters per IN (...), well under SQLite's limit


@dataclass(frozen=True, slots=True)
class OfficeVisit:
    """A visit as the server holds it: typed columns and the laptop's snapshot."""

    id: str
    device_id: str
    village_code: str
    date: dt.date
    state: str
    target: int
    snapshot: dict[str, Any]


@dataclass(frozen=True, slots=True)
class VisitCount:
    """A visit with the number of its applications on the server, for the report index."""

    id: str
    village_code: str
    date: dt.date
    target: int
    applications: int


def _visit(row: VisitRow) -> OfficeVisit:
    return OfficeVisit(
        row.id, row.device_id, row.village_code, row.date, row.state, row.target, row.snapshot
    )


def visit_in_office(session: Session, office_id: str, visit_id: str) -> OfficeVisit | None:
    row = session.get(VisitRow, visit_id, populate_existing=True)
    return None if row is None or row.office_id != office_id else _visit(row)


def visits_between(
    session: Session, office_id: str, start: dt.date, end: dt.date
) -> list[OfficeVisit]:
    """The office's visits dated ``start`` to ``end`` (both included), from every laptop."""
    rows = session.scalars(
        select(VisitRow)
        .where(VisitRow.office_id == office_id, VisitRow.date >= start, VisitRow.date <= end)
        .order_by(VisitRow.date, VisitRow.village_code, VisitRow.id)
    )
    return [_visit(r) for r in rows]


def applications_of_visits(
    session: Session, office_id: str, visit_ids: Sequence[str]
) -> list[StoredApplication]:
    found: list[StoredApplication] = []
    for start in range(0, len(visit_ids), _IN_CHUNK):
        chunk = list(visit_ids[start : start + _IN_CHUNK])
        rows = session.scalars(
            select(ApplicationRow)
            .where(ApplicationRow.office_id == office_id, ApplicationRow.visit_id.in_(chunk))
            .order_by(ApplicationRow.id)
        )
        found += [_stored(r) for r in rows]
    return found


def visit_counts(session: Session, office_id: str, *, limit: int) -> list[VisitCount]:
    """The office's latest ``limit`` visits by date, newest first, each with its number of
    applications on the server."""
    counts = (
        select(ApplicationRow.visit_id, func.count().label("n"))
        .where(ApplicationRow.office_id == office_id)
        .group_by(ApplicationRow.visit_id)
        .subquery()
    )
    rows = session.execute(
        select(VisitRow.id, VisitRow.village_code, VisitRow.date, VisitRow.target, counts.c.n)
        .outerjoin(counts, counts.c.visit_id == VisitRow.id)
        .where(VisitRow.office_id == office_id)
        .order_by(VisitRow.date.desc(), VisitRow.village_code, VisitRow.id)
        .limit(limit)
    )
    return [VisitCount(r[0], r[1], r[2], r[3], r[4] or 0) for r in rows]
