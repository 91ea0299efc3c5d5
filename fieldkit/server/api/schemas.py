"""Back-office request and response bodies (server only; the sync wire lives in protocol)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import Field

from fieldkit.domain.status import ApplicationStatus, ReasonCode
from fieldkit.protocol.snapshots import WireModel


class LoginRequest(WireModel):
    username: Annotated[str, Field(min_length=1, max_length=64)]
    password: Annotated[str, Field(min_length=1, max_length=200)]


class UserOut(WireModel):
    id: str
    username: str
    full_name: str
    role: str
    office_id: str


class LoginResponse(WireModel):
    token: str
    expires_at: dt.datetime
    user: UserOut


class ApplicationSummary(WireModel):
    id: str
    tracking_code: str
    status: ApplicationStatus
    status_label: str
    revision: int
    full_name: str
    masked_nik: str
    business_name: str
    village_code: str
    nib: str
    updated_at: dt.datetime
    received_at: dt.datetime | None


class ApplicationList(WireModel):
    total: int
    items: list[ApplicationSummary]


class HistoryOut(WireModel):
    at: dt.datetime
    actor: str
    actor_role: str
    from_status: str | None
    to_status: str
    reason_code: str | None
    reason_text: str


class DocumentOut(WireModel):
    sha256: str
    kind: str
    original_name: str
    media_type: str | None
    size: int | None
    is_stored: bool
    url: str


class DuplicateOut(WireModel):
    application_id: str
    tracking_code: str


class ApplicationDetail(WireModel):
    summary: ApplicationSummary
    nik: str
    reason_code: ReasonCode | None
    reason_text: str
    allowed_statuses: list[ApplicationStatus]
    snapshot: dict[str, Any]
    history: list[HistoryOut]
    documents: list[DocumentOut]
    possible_duplicates: list[DuplicateOut]


class StatusChange(WireModel):
    status: ApplicationStatus
    reason_code: ReasonCode | None = None
    reason_text: Annotated[str, Field(max_length=500)] = ""
    nib: Annotated[str, Field(max_length=20)] = ""
    expected_revision: Annotated[int, Field(ge=1, le=2**31 - 1)] | None = None
