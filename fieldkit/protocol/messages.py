"""Requests and responses of the sync protocol: enrolment, push, pull, documents, errors.

Limits that are part of the protocol (a laptop must split its work to respect them) are
constants here, so the sync engine and the server read the same numbers.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Annotated, Any, Final

from pydantic import AwareDatetime, Field

from fieldkit.domain.status import ApplicationStatus, ReasonCode
from fieldkit.protocol.snapshots import Identifier, Revision, Sha256, WireModel

MAX_BATCH_ENTRIES: Final = 500
MAX_PUSH_BYTES: Final = 5 * 1024 * 1024  # after decompression
MAX_CHUNK_BYTES: Final = 4 * 1024 * 1024
MAX_MISSING_QUERY: Final = 1000
MAX_PULL_LIMIT: Final = 1000
UPLOAD_OFFSET_HEADER: Final = "Upload-Offset"
# On a chunk PUT: the whole document's size. The server then starts the upload itself when
# there is none yet (saves the POST /api/v1/uploads round trip). Optional; a server that
# does not know it answers "upload.not_started" and the client starts the upload first.
UPLOAD_LENGTH_HEADER: Final = "Upload-Length"
TRACKING_PREFIX_PATTERN: Final = r"^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}$"
# An Ed25519 public key: 32 bytes as unpadded base64url.
PublicKeyText = Annotated[str, Field(pattern=r"^[A-Za-z0-9_-]{43}$")]


class EntryKind(enum.StrEnum):
    VISIT_UPSERT = "visit.upsert"
    APPLICATION_CREATE = "application.create"
    APPLICATION_UPDATE = "application.update"
    APPLICATION_STATUS = "application.status"


class Outcome(enum.StrEnum):
    APPLIED = "applied"
    DUPLICATE = "duplicate"  # this idempotency key was applied before: nothing changed now
    CONFLICT = "conflict"  # stale or too late: ``current`` is the server's version
    INVALID = "invalid"  # refused by the rules: ``reasons`` say why


class ChangeKind(enum.StrEnum):
    APPLICATION_STATUS = "application.status"
    POSSIBLE_DUPLICATE = "application.possible_duplicate"
    DEVICE_REVOKED = "device.revoked"
    DEVICE_CERTIFIED = "device.certified"  # protocol v2


class Reason(WireModel):
    """One problem: a dotted field path, a stable code, an Indonesian message."""

    field: str = ""
    code: str
    message: str


class ErrorBody(WireModel):
    """Every error response of the API. ``code`` is stable; ``detail`` is Indonesian."""

    code: str
    detail: str
    errors: list[Reason] = Field(default_factory=list)
    offset: int | None = None  # uploads: where the server's copy ends


# --- info and enrolment ---------------------------------------------------------------------


class ServerInfo(WireModel):
    """The connectivity probe: no authentication, tiny, cheap."""

    service: str = "fieldkit-server"
    protocol_version: int
    time: AwareDatetime


class DeviceCertificateWire(WireModel):
    """The office's signature over a device's receipt key (fieldkit.receipts.signing)."""

    version: int
    device_prefix: Annotated[str, Field(pattern=TRACKING_PREFIX_PATTERN)]
    office_id: Annotated[str, Field(min_length=1, max_length=36)]
    public_key: PublicKeyText
    signature: Annotated[str, Field(pattern=r"^[A-Za-z0-9_-]{86}$")]


class EnrolRequest(WireModel):
    code: Annotated[str, Field(min_length=1, max_length=40)]
    device_name: Annotated[str, Field(min_length=1, max_length=100)]
    # The prefix the laptop already prints on receipts; the server draws one when absent.
    tracking_prefix: Annotated[str, Field(pattern=TRACKING_PREFIX_PATTERN)] | None = None
    # v2: the laptop's receipt-signing public key, for the office to certify.
    receipt_public_key: PublicKeyText | None = None


class OfficeInfo(WireModel):
    id: str
    name: str
    timezone: str


class EnrolResponse(WireModel):
    device_id: str
    token: str  # shown once; the server keeps only its hash
    tracking_prefix: str
    office: OfficeInfo
    protocol_version: int
    # v2, when the request sent a receipt key: the office key and its certificate of that key
    office_public_key: str | None = None
    certificate: DeviceCertificateWire | None = None


class CertifyRequest(WireModel):
    """v2: a laptop enrolled under v1 sends its receipt-signing public key, once."""

    receipt_public_key: PublicKeyText


class CertifyResponse(WireModel):
    office_public_key: str
    certificate: DeviceCertificateWire


# --- push -----------------------------------------------------------------------------------


class PushEntry(WireModel):
    """One outbox row. ``kind`` and ``payload`` are checked per entry, so one malformed
    entry is answered "invalid" without failing the rest of its batch."""

    idempotency_key: Annotated[
        str, Field(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9._:\-]+$")
    ]
    kind: Annotated[str, Field(min_length=1, max_length=40)]
    entity_id: Identifier
    revision: Revision
    payload: dict[str, Any]


class PushRequest(WireModel):
    entries: Annotated[list[PushEntry], Field(max_length=MAX_BATCH_ENTRIES)]


class PushResult(WireModel):
    idempotency_key: str
    outcome: Outcome
    entity_id: str
    revision: int | None = None  # the server's revision after this entry (or its current one)
    status: ApplicationStatus | None = None
    current: dict[str, Any] | None = None  # conflict: the server's version of the record
    reasons: list[Reason] = Field(default_factory=list)


class PushResponse(WireModel):
    results: list[PushResult]


# --- pull -----------------------------------------------------------------------------------


class Change(WireModel):
    """One server-side change for the device's office, in cursor order."""

    cursor: int
    kind: ChangeKind
    at: AwareDatetime
    application_id: str | None = None
    tracking_code: str | None = None
    status: ApplicationStatus | None = None
    revision: int | None = None
    nib: str = ""
    reason_code: ReasonCode | None = None
    reason_text: str = ""
    other_application_id: str | None = None  # possible duplicate: the other application
    other_tracking_code: str | None = None
    device_id: str | None = None  # device.revoked, device.certified
    device_prefix: str | None = None  # v2: device.revoked, device.certified
    certificate: DeviceCertificateWire | None = None  # v2: device.certified


class PullResponse(WireModel):
    changes: list[Change]
    cursor: int  # pass back as ``cursor`` next time
    has_more: bool
    office_public_key: str | None = None  # v2: verifies the device certificates


# --- documents ------------------------------------------------------------------------------


class MissingRequest(WireModel):
    sha256: Annotated[list[Sha256], Field(max_length=MAX_MISSING_QUERY)]


class MissingResponse(WireModel):
    missing: list[str]


class UploadStart(WireModel):
    sha256: Sha256
    size: Annotated[int, Field(ge=1, le=2**40)]


class UploadState(WireModel):
    sha256: str
    size: int
    offset: int  # bytes the server holds; the next chunk starts here
    complete: bool
    media_type: str | None = None


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# --- lost laptop ----------------------------------------------------------------------------

# On every answer to a revoked device that has not confirmed its wipe yet: "wipe". The
# device pushes what it has left, then POSTs /api/v1/sync/wiped and destroys its local
# data; from then on the server refuses its token with 403 "device.wiped".
DEVICE_STATE_HEADER: Final = "Fieldkit-Device-State"
DEVICE_STATE_WIPE: Final = "wipe"


class WipeConfirmed(WireModel):
    device_id: str
    wiped_at: AwareDatetime


# --- audit log (issue 8) ----------------------------------------------------------------------

MAX_AUDIT_ENTRIES: Final = 200  # ~100 KB of JSON: well inside the server's body limit
HashText = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
AuditDetail = str | int | bool | None


class AuditEntryWire(WireModel):
    """One entry of a laptop's hash-chained audit log (fieldkit.domain.audit), as stored.

    The server recomputes ``hash`` from the other fields, so they travel exactly as hashed.
    """

    sequence: int = Field(ge=1, le=2**62)
    at: str = Field(max_length=32)
    device_id: str = Field(max_length=64)
    actor: str = Field(max_length=64)
    action: str = Field(max_length=64)
    target: str = Field(max_length=64)
    details: dict[Annotated[str, Field(max_length=32)], AuditDetail] = Field(
        default_factory=dict, max_length=16
    )
    previous_hash: HashText
    hash: HashText


class AuditPushRequest(WireModel):
    """The next entries of the chain, in order, continuing what the server already holds."""

    entries: list[AuditEntryWire] = Field(max_length=MAX_AUDIT_ENTRIES)


class AuditPushResponse(WireModel):
    """The server holds this device's chain up to ``stored_through`` (0: nothing yet)."""

    stored_through: int
    last_hash: str
