"""Enrolment codes and devices (enrolled laptops)."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from fieldkit.domain.ids import new_id
from fieldkit.server.models import ChangeRow, DeviceRow, EnrolmentCodeRow, UploadRow


@dataclass(frozen=True, slots=True)
class Device:
    id: str
    office_id: str
    name: str
    tracking_prefix: str
    enrolled_at: dt.datetime
    revoked_at: dt.datetime | None
    last_seen_at: dt.datetime | None
    last_push_at: dt.datetime | None
    last_pull_at: dt.datetime | None
    last_pull_cursor: int
    entries_applied: int

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None


@dataclass(frozen=True, slots=True)
class DeviceStatus:
    """One line of ``fieldkit-server devices``."""

    device: Device
    office_name: str
    feed_backlog: int  # changes of its office it has not pulled yet
    uploads_in_progress: int


def _device(row: DeviceRow) -> Device:
    return Device(
        row.id,
        row.office_id,
        row.name,
        row.tracking_prefix,
        row.enrolled_at,
        row.revoked_at,
        row.last_seen_at,
        row.last_push_at,
        row.last_pull_at,
        row.last_pull_cursor,
        row.entries_applied,
    )


def add_enrolment_code(
    session: Session,
    *,
    office_id: str,
    code_hash: str,
    label: str,
    now: dt.datetime,
    expires_at: dt.datetime,
) -> str:
    code_id = new_id()
    session.add(
        EnrolmentCodeRow(
            id=code_id,
            code_hash=code_hash,
            office_id=office_id,
            label=label,
            created_at=now,
            expires_at=expires_at,
            used_at=None,
            device_id=None,
        )
    )
    return code_id


def redeem_enrolment_code(
    session: Session, code_hash: str, device_id: str, now: dt.datetime
) -> str | None:
    """Mark the code used by ``device_id`` and return its office, or None when the code is
    unknown, used or expired. One UPDATE with the conditions in its WHERE clause: two
    laptops racing with one code cannot both win."""
    return session.scalars(
        update(EnrolmentCodeRow)
        .where(
            EnrolmentCodeRow.code_hash == code_hash,
            EnrolmentCodeRow.used_at.is_(None),
            EnrolmentCodeRow.expires_at > now,
        )
        .values(used_at=now, device_id=device_id)
        .returning(EnrolmentCodeRow.office_id)
    ).first()


def enrolment_code_state(session: Session, code_hash: str) -> str:
    row = session.scalars(
        select(EnrolmentCodeRow).where(EnrolmentCodeRow.code_hash == code_hash)
    ).first()
    if row is None:
        return "unknown"
    return "used" if row.used_at is not None else "expired"


def prefix_taken(session: Session, prefix: str) -> bool:
    return (
        session.scalars(select(DeviceRow.id).where(DeviceRow.tracking_prefix == prefix)).first()
        is not None
    )


def add_device(
    session: Session,
    *,
    device_id: str,
    office_id: str,
    name: str,
    token_hash: str,
    tracking_prefix: str,
    now: dt.datetime,
) -> None:
    session.add(
        DeviceRow(
            id=device_id,
            office_id=office_id,
            name=name,
            token_hash=token_hash,
            tracking_prefix=tracking_prefix,
            enrolled_at=now,
            revoked_at=None,
            last_seen_at=now,
            last_push_at=None,
            last_pull_at=None,
            last_pull_cursor=0,
            entries_applied=0,
        )
    )


def device_by_token(session: Session, token_hash: str) -> Device | None:
    row = session.scalars(select(DeviceRow).where(DeviceRow.token_hash == token_hash)).first()
    return None if row is None else _device(row)


def get_device(session: Session, device_id: str) -> Device | None:
    row = session.get(DeviceRow, device_id)
    return None if row is None else _device(row)


def touch_device(session: Session, device_id: str, now: dt.datetime) -> None:
    session.execute(update(DeviceRow).where(DeviceRow.id == device_id).values(last_seen_at=now))


def record_push(session: Session, device_id: str, applied: int, now: dt.datetime) -> None:
    session.execute(
        update(DeviceRow)
        .where(DeviceRow.id == device_id)
        .values(
            last_seen_at=now,
            last_push_at=now,
            entries_applied=DeviceRow.entries_applied + applied,
        )
    )


def record_pull(session: Session, device_id: str, cursor: int, now: dt.datetime) -> None:
    session.execute(
        update(DeviceRow)
        .where(DeviceRow.id == device_id)
        .values(last_seen_at=now, last_pull_at=now, last_pull_cursor=cursor)
    )


def revoke_device(session: Session, device_id: str, now: dt.datetime) -> Device | None:
    """Revoke; returns the device as it was, or None when there is no such device."""
    row = session.get(DeviceRow, device_id)
    if row is None:
        return None
    before = _device(row)
    if row.revoked_at is None:
        row.revoked_at = now
    return before


def wiped_token_hash(token_hash: str) -> str:
    """What a wiped device's token hash becomes: its token no longer finds the device as a
    live one, yet still finds it as wiped, so the refusal can say why (no extra column)."""
    return hashlib.sha256(("wiped:" + token_hash).encode()).hexdigest()


def wiped_device_by_token(session: Session, token_hash: str) -> Device | None:
    return device_by_token(session, wiped_token_hash(token_hash))


def mark_wiped(session: Session, device_id: str, token_hash: str) -> bool:
    """A revoked device confirmed its wipe: its token is refused from now on. False when
    the device is not revoked (nothing changes)."""
    done = session.execute(
        update(DeviceRow)
        .where(
            DeviceRow.id == device_id,
            DeviceRow.token_hash == token_hash,
            DeviceRow.revoked_at.is_not(None),
        )
        .values(token_hash=wiped_token_hash(token_hash))
    )
    return bool(getattr(done, "rowcount", 0))


def device_statuses(session: Session, office_id: str | None = None) -> list[DeviceStatus]:
    from fieldkit.server.models import OfficeRow  # noqa: PLC0415 - local to keep imports short

    stmt = (
        select(DeviceRow, OfficeRow.name)
        .join(OfficeRow, OfficeRow.id == DeviceRow.office_id)
        .order_by(OfficeRow.name, DeviceRow.name)
    )
    if office_id is not None:
        stmt = stmt.where(DeviceRow.office_id == office_id)
    out: list[DeviceStatus] = []
    for row, office_name in session.execute(stmt):
        backlog = session.scalar(
            select(func.count())
            .select_from(ChangeRow)
            .where(ChangeRow.office_id == row.office_id, ChangeRow.id > row.last_pull_cursor)
        )
        uploads = session.scalar(
            select(func.count()).select_from(UploadRow).where(UploadRow.device_id == row.id)
        )
        out.append(DeviceStatus(_device(row), office_name, backlog or 0, uploads or 0))
    return out
