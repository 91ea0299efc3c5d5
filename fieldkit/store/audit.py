"""The audit log's queries: append an entry in the caller's transaction, read the chain back.

Appending reads the newest entry and writes the next one in the same transaction as the action
it records; writing transactions start with BEGIN IMMEDIATE (fieldkit.store.db), so two writers
can never both extend the same entry, and the sequence is the primary key besides.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from fieldkit.domain.audit import AuditEntry, AuditRecord, DetailValue, next_entry
from fieldkit.store.models import AuditEntryRow, DeviceRow, SettingRow

AUDIT_SYNCED_KEY = "audit_synced_through"  # setting: highest sequence the server holds


def _details_text(details: dict[str, DetailValue]) -> str:
    return json.dumps(details, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _entry(row: AuditEntryRow) -> AuditEntry:
    try:
        details: Any = json.loads(row.details)
    except ValueError:
        details = {"unreadable": row.details[:40]}  # verification then reports the entry
    if not isinstance(details, dict):
        details = {"unreadable": str(details)[:40]}
    return AuditEntry(
        sequence=row.sequence,
        at=row.at,
        device_id=row.device_id,
        actor=row.actor,
        action=row.action,
        target=row.target,
        details=details,
        previous_hash=row.previous_hash,
        hash=row.hash,
    )


def device_id(session: Session) -> str:
    """This laptop's own id ("" before the device row exists)."""
    found = session.scalars(select(DeviceRow.id)).first()
    return found or ""


def last_entry(session: Session) -> AuditEntry | None:
    row = session.scalars(
        select(AuditEntryRow).order_by(AuditEntryRow.sequence.desc()).limit(1)
    ).first()
    return None if row is None else _entry(row)


def append(session: Session, record: AuditRecord, *, now: dt.datetime) -> AuditEntry:
    """Write the entry recording ``record`` as the next link of the chain (not committed)."""
    entry = next_entry(record, previous=last_entry(session), device_id=device_id(session), at=now)
    session.add(
        AuditEntryRow(
            sequence=entry.sequence,
            at=entry.at,
            device_id=entry.device_id,
            actor=entry.actor,
            action=entry.action,
            target=entry.target,
            details=_details_text(dict(entry.details)),
            previous_hash=entry.previous_hash,
            hash=entry.hash,
        )
    )
    session.flush()
    return entry


def entries(
    session: Session, *, after: int = 0, limit: int | None = None, newest_first: bool = False
) -> list[AuditEntry]:
    order = AuditEntryRow.sequence.desc() if newest_first else AuditEntryRow.sequence
    stmt = select(AuditEntryRow).where(AuditEntryRow.sequence > after).order_by(order)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [_entry(r) for r in session.scalars(stmt)]


def highest_issued(session: Session) -> int | None:
    """The highest sequence SQLite ever issued for the log (kept even when rows are deleted)."""
    try:
        value = session.execute(
            text("SELECT seq FROM sqlite_sequence WHERE name = 'audit_entry'")
        ).scalar()
    except OperationalError:  # no AUTOINCREMENT table yet: nothing was ever issued
        return None
    return None if value is None else int(value)


def synced_through(session: Session) -> int:
    row = session.get(SettingRow, AUDIT_SYNCED_KEY)
    value = None if row is None else row.value
    return value if isinstance(value, int) else 0


def set_synced_through(session: Session, sequence: int) -> None:
    row = session.get(SettingRow, AUDIT_SYNCED_KEY)
    if row is None:
        session.add(SettingRow(key=AUDIT_SYNCED_KEY, value=sequence))
    else:
        row.value = sequence
