"""SQLAlchemy models of the laptop's store. Repositories turn them into domain values."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from fieldkit.store.db import Base


class OfficeRow(Base):
    __tablename__ = "office"

    id: Mapped[str] = mapped_column(primary_key=True)
    name: Mapped[str]
    address: Mapped[str] = mapped_column(default="")
    timezone: Mapped[str] = mapped_column(default="Asia/Jakarta")
    phone: Mapped[str] = mapped_column(default="")


class OfficerRow(Base):
    __tablename__ = "officer"

    id: Mapped[str] = mapped_column(primary_key=True)
    office_id: Mapped[str] = mapped_column(ForeignKey("office.id"))
    name: Mapped[str]
    role: Mapped[str]
    password_hash: Mapped[str | None]
    is_active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime]


class DeviceRow(Base):
    """This laptop: its tracking-code prefix and the next local sequence number."""

    __tablename__ = "device"

    id: Mapped[str] = mapped_column(primary_key=True)
    tracking_prefix: Mapped[str] = mapped_column(String(5), unique=True)
    next_sequence: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[dt.datetime]


class SettingRow(Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(primary_key=True)
    value: Mapped[object] = mapped_column(JSON)


class VisitRow(Base):
    __tablename__ = "visit"

    id: Mapped[str] = mapped_column(primary_key=True)
    office_id: Mapped[str] = mapped_column(ForeignKey("office.id"))
    village_code: Mapped[str] = mapped_column(String(10), index=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    target: Mapped[int] = mapped_column(default=15)
    state: Mapped[str]
    created_by: Mapped[str] = mapped_column(ForeignKey("officer.id"))
    created_at: Mapped[dt.datetime]
    closed_at: Mapped[dt.datetime | None]
    # (0005) the document kinds required when the day was closed; None: the office's current
    required_documents: Mapped[list[str] | None] = mapped_column(
        JSON(none_as_null=True), nullable=True
    )

    officers: Mapped[list[VisitOfficerRow]] = relationship(
        cascade="all, delete-orphan", order_by="VisitOfficerRow.position"
    )


class VisitOfficerRow(Base):
    __tablename__ = "visit_officer"

    visit_id: Mapped[str] = mapped_column(ForeignKey("visit.id"), primary_key=True)
    officer_id: Mapped[str] = mapped_column(ForeignKey("officer.id"), primary_key=True)
    position: Mapped[int] = mapped_column(default=0)


class ApplicationRow(Base):
    """One application; the applicant and business are stored flat beside it (1:1)."""

    __tablename__ = "application"
    __table_args__ = (
        CheckConstraint("revision >= 1", name="revision_positive"),
        Index("ix_application_visit_status", "visit_id", "status"),
    )

    id: Mapped[str] = mapped_column(primary_key=True)
    tracking_code: Mapped[str] = mapped_column(String(11), unique=True)  # "ABCDE-FGHJK"
    visit_id: Mapped[str] = mapped_column(ForeignKey("visit.id"))
    status: Mapped[str] = mapped_column(index=True)
    revision: Mapped[int] = mapped_column(default=1)
    created_by: Mapped[str] = mapped_column(ForeignKey("officer.id"))
    created_at: Mapped[dt.datetime]
    # not a foreign key: the server's back office and the sync engine change status too
    updated_by: Mapped[str]
    updated_at: Mapped[dt.datetime] = mapped_column(index=True)
    nib: Mapped[str] = mapped_column(default="")
    reason_code: Mapped[str | None]
    reason_text: Mapped[str] = mapped_column(default="")
    # sync (0003): "" or why the laptop's timestamps of this record cannot be trusted
    clock_flag: Mapped[str] = mapped_column(default="", server_default="")

    # applicant
    nik: Mapped[str] = mapped_column(index=True)
    full_name: Mapped[str]
    name_key: Mapped[str] = mapped_column(index=True)  # lower-cased, for short prefix search
    birth_place: Mapped[str]
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    gender: Mapped[str | None] = mapped_column(String(1))
    street: Mapped[str]
    village_code: Mapped[str] = mapped_column(String(10), index=True)
    postal_code: Mapped[str]
    mobile: Mapped[str]
    email: Mapped[str]
    npwp: Mapped[str]

    # business
    business_name: Mapped[str]
    business_street: Mapped[str]
    business_village_code: Mapped[str] = mapped_column(String(10))
    business_postal_code: Mapped[str]
    land_area_m2: Mapped[int | None]
    land_status: Mapped[str | None]
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    capital: Mapped[int | None]
    scale: Mapped[str | None]

    activities: Mapped[list[ActivityRow]] = relationship(
        cascade="all, delete-orphan", order_by="ActivityRow.position"
    )
    documents: Mapped[list[ApplicationDocumentRow]] = relationship(
        cascade="all, delete-orphan", order_by="ApplicationDocumentRow.id"
    )
    acknowledgements: Mapped[list[AcknowledgementRow]] = relationship(
        cascade="all, delete-orphan", order_by="AcknowledgementRow.at"
    )


class ActivityRow(Base):
    __tablename__ = "activity"
    __table_args__ = (UniqueConstraint("application_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    application_id: Mapped[str] = mapped_column(ForeignKey("application.id"))
    position: Mapped[int]
    kbli: Mapped[str] = mapped_column(String(5), index=True)
    kbli_version: Mapped[str] = mapped_column(String(4))
    kind: Mapped[str]
    product: Mapped[str]
    workers: Mapped[int]
    investment: Mapped[int]


class DocumentRow(Base):
    """A stored file, once per content hash; the bytes live in the document store."""

    __tablename__ = "document"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    media_type: Mapped[str]
    size: Mapped[int]
    page_count: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[dt.datetime]


class ApplicationDocumentRow(Base):
    __tablename__ = "application_document"
    __table_args__ = (UniqueConstraint("application_id", "sha256"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    application_id: Mapped[str] = mapped_column(ForeignKey("application.id"))
    sha256: Mapped[str] = mapped_column(ForeignKey("document.sha256"), index=True)
    kind: Mapped[str]
    original_name: Mapped[str] = mapped_column(default="")
    added_by: Mapped[str] = mapped_column(ForeignKey("officer.id"))
    added_at: Mapped[dt.datetime]

    document: Mapped[DocumentRow] = relationship(lazy="joined")


class AcknowledgementRow(Base):
    __tablename__ = "acknowledgement"

    application_id: Mapped[str] = mapped_column(ForeignKey("application.id"), primary_key=True)
    problem_key: Mapped[str] = mapped_column(primary_key=True)
    officer_id: Mapped[str] = mapped_column(ForeignKey("officer.id"))
    at: Mapped[dt.datetime]


class StatusEventRow(Base):
    """Append-only: triggers created by the migration refuse UPDATE and DELETE."""

    __tablename__ = "status_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    application_id: Mapped[str] = mapped_column(ForeignKey("application.id"), index=True)
    at: Mapped[dt.datetime]
    officer_id: Mapped[str]
    from_status: Mapped[str | None]
    to_status: Mapped[str]
    reason_code: Mapped[str | None]
    reason_text: Mapped[str] = mapped_column(default="")


class OutboxRow(Base):
    """A change waiting for the server, written in the same transaction as the change."""

    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    idempotency_key: Mapped[str] = mapped_column(unique=True)
    kind: Mapped[str]  # e.g. "application.upsert", "visit.upsert"
    entity_id: Mapped[str] = mapped_column(index=True)
    revision: Mapped[int]
    payload: Mapped[object] = mapped_column(JSON)
    created_at: Mapped[dt.datetime]
    # sync state (0003): how the server answered so far; the payload above never changes
    attempts: Mapped[int] = mapped_column(default=0, server_default="0")
    next_attempt_at: Mapped[dt.datetime | None]
    last_error: Mapped[str] = mapped_column(default="", server_default="")
    last_outcome: Mapped[str | None]  # None | "conflict" | "invalid" | "failed"


# --- sync (0003) ------------------------------------------------------------------------------


class SyncHistoryRow(Base):
    """What happened to an entity on its way to the server, for the officer's timeline."""

    __tablename__ = "sync_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity_id: Mapped[str] = mapped_column(index=True)
    at: Mapped[dt.datetime]
    event: Mapped[str]  # sent | applied | duplicate | conflict | invalid | pulled | resolved
    revision: Mapped[int | None]
    detail: Mapped[str] = mapped_column(default="")


class SyncConflictRow(Base):
    """A local edit the server answered "conflict", with the server's version, until resolved."""

    __tablename__ = "sync_conflict"

    application_id: Mapped[str] = mapped_column(primary_key=True)
    idempotency_key: Mapped[str]
    local_revision: Mapped[int]
    server_revision: Mapped[int]
    server_status: Mapped[str]
    server_snapshot: Mapped[object] = mapped_column(JSON)
    at: Mapped[dt.datetime]
    resolved_at: Mapped[dt.datetime | None]


class SyncDuplicateRow(Base):
    """The server flagged ``application_id`` and ``other_application_id`` as the same NIK."""

    __tablename__ = "sync_duplicate"

    application_id: Mapped[str] = mapped_column(primary_key=True)
    other_application_id: Mapped[str] = mapped_column(primary_key=True)
    other_tracking_code: Mapped[str]
    at: Mapped[dt.datetime]


class SyncUploadRow(Base):
    """A document the server confirmed it holds (verified by hash): never uploaded again."""

    __tablename__ = "sync_upload"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    confirmed_at: Mapped[dt.datetime]


class SyncErrorRow(Base):
    """Recent sync failures for the copyable error log (no NIK, no names)."""

    __tablename__ = "sync_error"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime]
    kind: Mapped[str]
    message: Mapped[str]


# --- audit log (0004) -------------------------------------------------------------------------


class AuditEntryRow(Base):
    """One hash-chained audit entry (fieldkit.domain.audit). Append-only: triggers created by
    the migration refuse UPDATE and DELETE; ``at`` and ``details`` are kept as the exact text
    that was hashed."""

    __tablename__ = "audit_entry"
    __table_args__ = {"sqlite_autoincrement": True}  # noqa: RUF012 - SQLAlchemy reads it

    sequence: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str]
    device_id: Mapped[str]
    actor: Mapped[str]
    action: Mapped[str]
    target: Mapped[str] = mapped_column(default="")
    details: Mapped[str] = mapped_column(default="{}")  # canonical JSON
    previous_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
