"""What the back office does: sign in, and move applications through the state machine."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from fieldkit.domain.messages import msg
from fieldkit.domain.problems import error
from fieldkit.domain.status import ApplicationStatus, ReasonCode, check_transition
from fieldkit.server.db import Database
from fieldkit.server.errors import ApiError
from fieldkit.server.push import problem_reasons, status_event
from fieldkit.server.repositories import applications as apps
from fieldkit.server.repositories import feed, offices
from fieldkit.server.repositories.applications import StoredApplication
from fieldkit.server.repositories.offices import User
from fieldkit.server.security import (
    DUMMY_PASSWORD_HASH,
    new_csrf_token,
    new_session_token,
    token_hash,
    verify_password,
)

if TYPE_CHECKING:
    from fieldkit.server.state import ServerState

S = ApplicationStatus
REASON_STATUSES = frozenset({S.NEEDS_FIX, S.REJECTED})


@dataclasses.dataclass(frozen=True, slots=True)
class NewSession:
    token: str
    csrf_token: str
    expires_at: dt.datetime
    user: User


def sign_in(
    db: Database, username: str, password: str, now: dt.datetime, *, hours: int
) -> NewSession:
    with db.read() as session:
        found = offices.user_credentials(session, username.strip())
    if found is None:
        verify_password(DUMMY_PASSWORD_HASH, password)  # same time as a real check
        raise _bad_credentials()
    user, password_hash = found
    if not verify_password(password_hash, password) or not user.is_active:
        raise _bad_credentials()
    token, csrf = new_session_token(), new_csrf_token()
    expires_at = now + dt.timedelta(hours=hours)
    with db.write() as session:
        offices.add_session(
            session,
            user_id=user.id,
            token_hash=token_hash(token),
            csrf_token=csrf,
            now=now,
            expires_at=expires_at,
        )
    return NewSession(token, csrf, expires_at, user)


def guarded_sign_in(state: ServerState, address: str, username: str, password: str) -> NewSession:
    """``sign_in`` behind the guessing limits: per client address and per account."""
    state.limits.check_sign_in(address, username)
    try:
        new = sign_in(
            state.db, username, password, state.clock(), hours=state.settings.session_hours
        )
    except ApiError as exc:
        if exc.status_code == 401:
            state.limits.sign_in_failed(address, username)
        raise
    state.limits.sign_in_succeeded(username)
    return new


def sign_out(db: Database, token: str) -> None:
    with db.write() as session:
        offices.end_session(session, token_hash(token))


def _bad_credentials() -> ApiError:
    return ApiError(
        401,
        "auth.bad_credentials",
        "Nama pengguna atau kata sandi salah. Periksa ketikan (huruf besar/kecil) dan coba lagi.",
    )


def change_status(
    db: Database,
    user: User,
    application_id: str,
    *,
    target: ApplicationStatus,
    reason_code: ReasonCode | None,
    reason_text: str,
    nib: str,
    expected_revision: int | None,
    now: dt.datetime,
) -> StoredApplication:
    """Move an application of the user's office; the domain state machine decides."""
    nib = nib.strip()
    reason_text = reason_text.strip()
    with db.write() as session:
        current = apps.get_in_office(session, user.office_id, application_id)
        if current is None:
            raise not_found()
        if expected_revision is not None and expected_revision != current.revision:
            raise ApiError(
                409,
                "conflict.stale",
                f"Permohonan sudah berubah (revisi {current.revision}, bukan "
                f"{expected_revision}). Muat ulang halaman lalu ulangi.",
            )
        problems = check_transition(
            S(current.status), target, user.role, reason=reason_code, nib=nib
        )
        if target in REASON_STATUSES and reason_code is ReasonCode.OTHER and not reason_text:
            problems = [
                *problems,
                error(
                    "reason_text",
                    "status.reason_text_required",
                    msg("Tuliskan alasannya bila memilih 'Alasan lain'."),
                ),
            ]
        if problems:
            status = 403 if any(p.code == "status.role" for p in problems) else 422
            raise ApiError(
                status,
                problems[0].code,
                problems[0].message,
                errors=problem_reasons(problems),
            )
        actor = f"user:{user.id}"
        keep_reason = target in REASON_STATUSES
        snapshot = dict(current.snapshot)
        changed = dataclasses.replace(
            current,
            status=target.value,
            revision=current.revision + 1,
            nib=nib if target is S.NIB_ISSUED else current.nib,
            reason_code=reason_code.value if keep_reason and reason_code else None,
            reason_text=reason_text if keep_reason else "",
            updated_at=now,
        )
        snapshot.update(
            status=changed.status,
            revision=changed.revision,
            nib=changed.nib,
            reason_code=changed.reason_code,
            reason_text=changed.reason_text,
            updated_by=actor,
            updated_at=now.isoformat(),
        )
        changed = dataclasses.replace(changed, snapshot=snapshot)
        if not apps.compare_and_set(session, changed, base_revision=current.revision):
            raise ApiError(
                409, "conflict.stale", "Permohonan baru saja diubah. Muat ulang lalu ulangi."
            )
        apps.add_event(
            session,
            application_id=current.id,
            at=now,
            actor=actor,
            actor_role=user.role,
            from_status=current.status,
            to_status=target.value,
            reason_code=changed.reason_code,
            reason_text=changed.reason_text,
        )
        db.lock_office(session, current.office_id)
        feed.append(session, status_event(changed, now))
    return changed


def not_found() -> ApiError:
    return ApiError(404, "application.not_found", "Permohonan tidak ditemukan di kantor Anda.")
