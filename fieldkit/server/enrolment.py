"""Enrolment: a laptop exchanges a one-time code for a device token, and the office certifies
the laptop's receipt-signing key (at enrolment, or on the first sync of a laptop enrolled
before certificates existed).

Each office has one Ed25519 signing key, made on first use and kept in the server database.
Its private half is read only here, to sign certificates: no API answer, page or log line
carries it. Every certificate issued is also written to the office's change feed, so every
laptop of the office learns it on its next pull.
"""

from __future__ import annotations

import datetime as dt
import secrets

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from fieldkit.domain.ids import new_id
from fieldkit.domain.tracking import new_device_prefix
from fieldkit.protocol import PROTOCOL_VERSION
from fieldkit.protocol.messages import (
    CertifyResponse,
    ChangeKind,
    DeviceCertificateWire,
    EnrolRequest,
    EnrolResponse,
    OfficeInfo,
)
from fieldkit.receipts.signing import (
    DeviceCertificate,
    KeyFormatError,
    issue_certificate,
    new_private_key,
    private_key_from_text,
    private_key_to_text,
    public_key_from_text,
    public_key_to_text,
)
from fieldkit.server.db import Database
from fieldkit.server.errors import ApiError
from fieldkit.server.models import DeviceRow, OfficeSigningKeyRow
from fieldkit.server.repositories import devices, feed, offices
from fieldkit.server.repositories.feed import FeedEvent
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
            certified = (
                None
                if request.receipt_public_key is None
                else certify_device(db, session, device_id, request.receipt_public_key, now)
            )
    except IntegrityError:
        # Another laptop took the same prefix at the same moment.
        raise _prefix_taken(request.tracking_prefix or "") from None
    return EnrolResponse(
        device_id=device_id,
        token=token,
        tracking_prefix=prefix,
        office=OfficeInfo(id=office.id, name=office.name, timezone=office.timezone),
        protocol_version=PROTOCOL_VERSION,
        office_public_key=certified.office_public_key if certified else None,
        certificate=certified.certificate if certified else None,
    )


# --- device certificates ----------------------------------------------------------------------


def office_public_key(session: Session, office_id: str) -> str | None:
    """The office's public key as base64url text, or None before its first certificate."""
    row = session.get(OfficeSigningKeyRow, office_id)
    return None if row is None else row.public_key


def _office_signing_key(session: Session, office_id: str, now: dt.datetime) -> Ed25519PrivateKey:
    """The office's private key, made on first use. Call after ``Database.lock_office``, so two
    server processes never make two keys for one office."""
    row = session.get(OfficeSigningKeyRow, office_id)
    if row is not None:
        return private_key_from_text(row.private_key)
    key = new_private_key()
    session.add(
        OfficeSigningKeyRow(
            office_id=office_id,
            public_key=public_key_to_text(key),
            private_key=private_key_to_text(key),
            created_at=now,
        )
    )
    session.flush()
    return key


def certificate_wire(cert: DeviceCertificate) -> DeviceCertificateWire:
    return DeviceCertificateWire.model_validate(cert.as_dict())


def certify_device(
    db: Database, session: Session, device_id: str, public_key: str, now: dt.datetime
) -> CertifyResponse:
    """Certify ``public_key`` as the receipt key of the device, once.

    The same key again gets the certificate issued before (a laptop that lost the answer
    retries safely); a different key for a device that already has one is refused, so a
    stolen device token cannot swap in a key of the thief's choosing.
    """
    try:
        public_key_from_text(public_key)
    except (KeyFormatError, ValueError):
        raise ApiError(
            422,
            "device.key_invalid",
            "Kunci tanda tangan perangkat tidak sah (harus kunci Ed25519 32 byte, base64url). "
            "Perbarui fieldkit di laptop ini.",
        ) from None
    row = session.get(DeviceRow, device_id)
    if row is None:
        raise ApiError(404, "device.unknown", "Perangkat tidak dikenal. Daftarkan ulang laptop.")
    if row.revoked_at is not None:
        raise ApiError(
            403,
            "device.revoked",
            "Perangkat ini sudah dicabut oleh kantor; kuncinya tidak disahkan lagi. Hubungi "
            "admin server untuk mendaftarkan ulang laptop ini.",
        )
    db.lock_office(session, row.office_id)
    session.refresh(row)  # another process may have certified it while we waited
    if row.receipt_public_key is not None:
        if row.receipt_public_key != public_key or row.certificate is None:
            raise ApiError(
                409,
                "device.key_mismatch",
                "Perangkat ini sudah memiliki kunci tanda tangan lain yang disahkan kantor; "
                "kunci baru tidak diterima. Jika laptop dipasang ulang, minta admin server "
                "mencabut perangkat ini dan mendaftarkan laptop sebagai perangkat baru.",
            )
        stored = DeviceCertificate.from_dict(row.certificate)
        key_text = office_public_key(session, row.office_id)
        assert key_text is not None, "a certificate implies the office key"
        return CertifyResponse(office_public_key=key_text, certificate=certificate_wire(stored))
    office_key = _office_signing_key(session, row.office_id, now)
    cert = issue_certificate(
        office_key,
        device_prefix=row.tracking_prefix,
        device_public_key=public_key,
        office_id=row.office_id,
    )
    row.receipt_public_key = public_key
    row.certificate = dict(cert.as_dict())
    row.certified_at = now
    feed.append(
        session,
        FeedEvent(
            office_id=row.office_id,
            kind=ChangeKind.DEVICE_CERTIFIED.value,
            at=now,
            application_id=None,
            payload={
                "device_id": row.id,
                "device_prefix": row.tracking_prefix,
                "certificate": cert.as_dict(),
            },
        ),
    )
    return CertifyResponse(
        office_public_key=public_key_to_text(office_key), certificate=certificate_wire(cert)
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
