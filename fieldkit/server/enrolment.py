"""Enrolment: a laptop exchanges a one-time code for a device token."""

from __future__ import annotations

import datetime as dt
import secrets

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from fieldkit.domain.ids import new_id
from fieldkit.domain.tracking import new_device_prefix
from fieldkit.protocol import PROTOCOL_VERSION
from fieldkit.protocol.messages import EnrolRequest, EnrolResponse, OfficeInfo
from fieldkit.server.db import Database
from fieldkit.server.errors import ApiError
from fieldkit.server.repositories import devices, offices
from fieldkit.server.security import enrolment_code_hash, new_device_token, token_hash

_PREFIX_ATTEMPTS = 50


def enrol(db: Database, request: EnrolRequest, now: dt.datetime) -> EnrolResponse:
    """Redeem the code and register the device; the code stays unused if anything fails."""
    code_hash = enrolment_code_hash(request.code)
    device_id = new_id()
    token = new_device_token()
    try:
        with db.write() as session:
            office_id = devices.redeem_enrolment_code(session, code_hash, device_id, now)
            if office_id is None:
                state = devices.enrolment_code_state(session, code_hash)
                raise _code_error(state)
            if request.tracking_prefix is not None:
                prefix = request.tracking_prefix
                if devices.prefix_taken(session, prefix):
                    raise _prefix_taken(prefix)
            else:
                prefix = _free_prefix(session)
            devices.add_device(
                session,
                device_id=device_id,
                office_id=office_id,
                name=request.device_name.strip() or "Laptop",
                token_hash=token_hash(token),
                tracking_prefix=prefix,
                now=now,
            )
            session.flush()
            office = offices.get_office(session, office_id)
            assert office is not None
    except IntegrityError:
        # Another laptop took the same prefix at the same moment.
        raise _prefix_taken(request.tracking_prefix or "") from None
    return EnrolResponse(
        device_id=device_id,
        token=token,
        tracking_prefix=prefix,
        office=OfficeInfo(id=office.id, name=office.name, timezone=office.timezone),
        protocol_version=PROTOCOL_VERSION,
    )


def _free_prefix(session: Session) -> str:
    for _ in range(_PREFIX_ATTEMPTS):
        prefix = new_device_prefix(secrets.SystemRandom())
        if not devices.prefix_taken(session, prefix):
            return prefix
    raise ApiError(503, "enrol.no_prefix", "Tidak menemukan awalan kode yang bebas; coba lagi.")


def _code_error(state: str) -> ApiError:
    if state == "used":
        return ApiError(
            410,
            "enrol.code_used",
            "Kode pendaftaran ini sudah dipakai. Minta kode baru kepada admin server.",
        )
    if state == "expired":
        return ApiError(
            410,
            "enrol.code_expired",
            "Kode pendaftaran ini sudah kedaluwarsa. Minta kode baru kepada admin server.",
        )
    return ApiError(
        403,
        "enrol.code_invalid",
        "Kode pendaftaran tidak dikenal. Periksa ketikan kodenya atau pindai ulang kode QR.",
    )


def _prefix_taken(prefix: str) -> ApiError:
    return ApiError(
        409,
        "enrol.prefix_taken",
        f"Awalan kode pelacakan '{prefix}' sudah dipakai perangkat lain. Hubungi admin server.",
    )
