"""Offices, back-office users and their sign-in sessions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from fieldkit.domain.ids import new_id
from fieldkit.domain.records import Office
from fieldkit.server.models import OfficeRow, UserRow, WebSessionRow

USER_ROLES = ("supervisor", "operator", "back_office")


@dataclass(frozen=True, slots=True)
class User:
    id: str
    office_id: str
    username: str
    full_name: str
    role: str
    is_active: bool


@dataclass(frozen=True, slots=True)
class SignedIn:
    """A live back-office session and who holds it."""

    session_id: str
    csrf_token: str
    expires_at: dt.datetime
    user: User


def _office(row: OfficeRow) -> Office:
    return Office(id=row.id, name=row.name, timezone=row.timezone)


def _user(row: UserRow) -> User:
    return User(row.id, row.office_id, row.username, row.full_name, row.role, row.is_active)


def add_office(session: Session, name: str, timezone: str, now: dt.datetime) -> Office:
    row = OfficeRow(id=new_id(), name=name, timezone=timezone, created_at=now)
    session.add(row)
    session.flush()
    return _office(row)


def get_office(session: Session, office_id: str) -> Office | None:
    row = session.get(OfficeRow, office_id)
    return None if row is None else _office(row)


def list_offices(session: Session) -> list[Office]:
    return [_office(r) for r in session.scalars(select(OfficeRow).order_by(OfficeRow.name))]


def add_user(
    session: Session,
    *,
    office_id: str,
    username: str,
    full_name: str,
    role: str,
    password_hash: str,
    now: dt.datetime,
) -> User:
    row = UserRow(
        id=new_id(),
        office_id=office_id,
        username=username,
        full_name=full_name,
        role=role,
        password_hash=password_hash,
        is_active=True,
        created_at=now,
    )
    session.add(row)
    session.flush()
    return _user(row)


def user_credentials(session: Session, username: str) -> tuple[User, str] | None:
    row = session.scalars(select(UserRow).where(UserRow.username == username)).first()
    return None if row is None else (_user(row), row.password_hash)


def add_session(
    session: Session,
    *,
    user_id: str,
    token_hash: str,
    csrf_token: str,
    now: dt.datetime,
    expires_at: dt.datetime,
) -> None:
    session.execute(delete(WebSessionRow).where(WebSessionRow.expires_at < now))
    session.add(
        WebSessionRow(
            id=new_id(),
            token_hash=token_hash,
            user_id=user_id,
            csrf_token=csrf_token,
            created_at=now,
            expires_at=expires_at,
        )
    )


def signed_in(session: Session, token_hash: str, now: dt.datetime) -> SignedIn | None:
    row = session.execute(
        select(WebSessionRow, UserRow)
        .join(UserRow, UserRow.id == WebSessionRow.user_id)
        .where(WebSessionRow.token_hash == token_hash)
    ).first()
    if row is None:
        return None
    web, user = row
    if web.expires_at <= now or not user.is_active:
        return None
    return SignedIn(web.id, web.csrf_token, web.expires_at, _user(user))


def end_session(session: Session, token_hash: str) -> None:
    session.execute(delete(WebSessionRow).where(WebSessionRow.token_hash == token_hash))
