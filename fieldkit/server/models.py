"""SQLAlchemy models of the central server. Repositories turn rows into plain values."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from fieldkit.server.db import Base, BigId


class OfficeRow(Base):
    __tablename__ = "office"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    timezone: Mapped[str] = mapped_column(String(40), default="Asia/Jakarta")
    created_at: Mapped[dt.datetime]


class UserRow(Base):
    """A person who signs in to the back office (password hashed with argon2)."""

    __tablename__ = "user_account"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    office_id: Mapped[str] = mapped_column(ForeignKey("office.id"), index=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200))
    is_active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime]


class WebSessionRow(Base):
    """A signed-in back-office session; kept here so every server process agrees on it."""

    __tablename__ = "web_session"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("user_account.id"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime]
    expires_at: Mapped[dt.datetime]


class EnrolmentCodeRow(Base):
    """A one-time code a laptop exchanges for a device token; only its hash is kept."""

    __tablename__ = "enrolment_code"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    office_id: Mapped[str] = mapped_column(ForeignKey("office.id"), index=True)
    label: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[dt.datetime]
    expires_at: Mapped[dt.datetime]
    used_at: Mapped[dt.datetime | None]
    device_id: Mapped[str | None] = mapped_column(String(36))


class DeviceRow(Base):
    __tablename__ = "device"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    office_id: Mapped[str] = mapped_column(ForeignKey("office.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    tracking_prefix: Mapped[str] = mapped_column(String(5), unique=True)
    enrolled_at: Mapped[dt.datetime]
    revoked_at: Mapped[dt.datetime | None]
    last_seen_at: Mapped[dt.datetime | None]
    last_push_at: Mapped[dt.datetime | None]
    last_pull_at: Mapped[dt.datetime | None]
    last_pull_cursor: Mapped[int] = mapped_column(BigInteger, default=0)
    entries_applied: Mapped[int] = mapped_column(BigInteger, default=0)
    # The laptop's receipt-signing public key and the office's certificate of it (as JSON);
    # set once, at enrolment or on the first sync after it (older laptops).
    receipt_public_key: Mapped[str | None] = mapped_column(String(43))
    certificate: Mapped[dict[str, Any] | None]
    certified_at: Mapped[dt.datetime | None]


class OfficeSigningKeyRow(Base):
    """The office's Ed25519 key that certifies its devices' receipt keys. The private half
    never leaves the server: no API, page or log shows it."""

    __tablename__ = "office_signing_key"

    office_id: Mapped[str] = mapped_column(ForeignKey("office.id"), primary_key=True)
    public_key: Mapped[str] = mapped_column(String(43))
    private_key: Mapped[str] = mapped_column(String(43))
    created_at: Mapped[dt.datetime]


class VisitRow(Base):
    __tablename__ = "visit"

    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    office_id: Mapped[str] = mapped_column(ForeignKey("office.id"), index=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("device.id"))
    village_code: Mapped[str] = mapped_column(String(20))
    date: Mapped[dt.date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(20))
    target: Mapped[int]
    revision: Mapped[int]
    snapshot: Mapped[dict[str, Any]]
    updated_at: Mapped[dt.datetime]


class ApplicationRow(Base):
    """The latest accepted version of an application: typed columns for what the server
    filters and shows, the whole snapshot as JSON for the rest."""

    __tablename__ = "application"
    __table_args__ = (
        CheckConstraint("revision >= 1", name="revision_positive"),
        Index("ix_application_office_status", "office_id", "status"),
        Index("ix_application_office_nik", "office_id", "nik"),
        Index("ix_application_office_updated", "office_id", "updated_at"),
    )

    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    office_id: Mapped[str] = mapped_column(ForeignKey("office.id"))
    device_id: Mapped[str] = mapped_column(ForeignKey("device.id"), index=True)
    tracking_code: Mapped[str] = mapped_column(String(11), unique=True)
    visit_id: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(20))
    revision: Mapped[int]
    nik: Mapped[str] = mapped_column(String(40))
    full_name: Mapped[str] = mapped_column(String(200))
    business_name: Mapped[str] = mapped_column(String(200))
    village_code: Mapped[str] = mapped_column(String(20))
    nib: Mapped[str] = mapped_column(String(13), default="")
    reason_code: Mapped[str | None] = mapped_column(String(40))
    reason_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    received_at: Mapped[dt.datetime | None]
    snapshot: Mapped[dict[str, Any]]


class ApplicationDocumentRow(Base):
    """Which documents an application's latest version lists (for the back office's links)."""

    __tablename__ = "application_document"

    application_id: Mapped[str] = mapped_column(
        ForeignKey("application.id", ondelete="CASCADE"), primary_key=True
    )
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)
    kind: Mapped[str] = mapped_column(String(40))
    original_name: Mapped[str] = mapped_column(String(1000), default="")


class StatusEventRow(Base):
    """Append-only status history: who (a device, a user or the server), when, from, to, why."""

    __tablename__ = "status_event"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    application_id: Mapped[str] = mapped_column(ForeignKey("application.id"), index=True)
    at: Mapped[dt.datetime]
    actor: Mapped[str] = mapped_column(String(100))  # "device:<id>", "user:<id>" or "system"
    actor_role: Mapped[str] = mapped_column(String(20))
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    reason_code: Mapped[str | None] = mapped_column(String(40))
    reason_text: Mapped[str] = mapped_column(Text, default="")


class DuplicateFlagRow(Base):
    """The same NIK on two applications from different laptops of one office."""

    __tablename__ = "duplicate_flag"
    __table_args__ = (UniqueConstraint("application_id", "other_application_id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    office_id: Mapped[str] = mapped_column(ForeignKey("office.id"), index=True)
    application_id: Mapped[str] = mapped_column(ForeignKey("application.id"))
    other_application_id: Mapped[str] = mapped_column(ForeignKey("application.id"))
    created_at: Mapped[dt.datetime]


class ChangeRow(Base):
    """The change feed devices pull: the id is the cursor (see Database.lock_office)."""

    __tablename__ = "change"
    __table_args__ = (Index("ix_change_office_id", "office_id", "id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    office_id: Mapped[str] = mapped_column(ForeignKey("office.id"))
    kind: Mapped[str] = mapped_column(String(40))
    at: Mapped[dt.datetime]
    application_id: Mapped[str | None] = mapped_column(String(100))
    payload: Mapped[dict[str, Any]]


class IdempotencyKeyRow(Base):
    """One row per applied outbox entry. The primary key is what makes "at most once" hold:
    it is inserted first, and a second insert of the key fails in the database."""

    __tablename__ = "idempotency_key"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("device.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(100))
    revision: Mapped[int]
    applied_at: Mapped[dt.datetime]


class DocumentRow(Base):
    """A verified document, once per content hash; the bytes live in the document store."""

    __tablename__ = "document"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str] = mapped_column(String(40))
    page_count: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[dt.datetime]
    uploaded_by: Mapped[str] = mapped_column(String(36))


class UploadRow(Base):
    """An upload in progress: bytes [0, received) are in the temporary file."""

    __tablename__ = "upload"
    __table_args__ = (UniqueConstraint("device_id", "sha256"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("device.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    received: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]


class AuditEntryRow(Base):
    """One entry of a laptop's audit log, exactly as the laptop hashed it (issue 8).

    Per device, in sequence; each batch must continue the chain the server holds, so what
    reached the server cannot be rewritten on the laptop afterwards. Never updated.
    """

    __tablename__ = "audit_entry"

    device_id: Mapped[str] = mapped_column(ForeignKey("device.id"), primary_key=True)
    sequence: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(32))
    laptop_device_id: Mapped[str] = mapped_column(String(64))  # the laptop's own id
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    target: Mapped[str] = mapped_column(String(64))
    details: Mapped[str] = mapped_column(Text)  # canonical JSON
    previous_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[dt.datetime]
