"""What the sync engine tells the rest of the app: immutable values, safe across threads.

These are the contract between the engine (fieldkit/sync, fieldkit/services/sync.py)
and the UI (fieldkit/ui/sync_controller.py and the sync panel).
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from typing import Protocol


class Connectivity(enum.StrEnum):
    NOT_ENROLLED = "not_enrolled"  # no server configured yet: "Belum tersambung ke server"
    OFFLINE = "offline"  # the probe failed: no network or server down
    ONLINE = "online"
    SYNCING = "syncing"
    REVOKED = "revoked"  # the server refused this laptop for good


class ErrorKind(enum.StrEnum):
    """How the UI should treat a failure (STYLE.md section 3.7)."""

    NETWORK = "network"  # tell the officer, retry by itself
    SERVER = "server"  # 5xx: retry by itself
    REFUSED = "refused"  # the server refused an entry (invalid/conflict): a person must act
    AUTH = "auth"  # token refused or device revoked
    BUG = "bug"  # unexpected: report it


@dataclass(frozen=True, slots=True)
class SyncStatus:
    connectivity: Connectivity
    server_url: str = ""
    pending_entries: int = 0  # outbox rows not yet acknowledged
    pending_documents: int = 0
    bytes_left: int = 0  # documents still to upload (estimate)
    last_success: dt.datetime | None = None
    last_error: str = ""  # Indonesian, plain words
    last_error_kind: ErrorKind | None = None
    clock_offset_seconds: float | None = None  # server minus laptop at the last sync


@dataclass(frozen=True, slots=True)
class SyncProgress:
    phase: str  # "probe" | "push" | "audit" | "upload" | "pull"
    done: int
    total: int
    label: str  # Indonesian, e.g. "Mengunggah dokumen 3 dari 12"


@dataclass(frozen=True, slots=True)
class SyncReport:
    """The result of one run of the engine."""

    pushed: int = 0
    duplicates: int = 0
    conflicts: int = 0
    invalid: int = 0
    uploaded_documents: int = 0
    uploaded_bytes: int = 0
    pulled_changes: int = 0
    changed_application_ids: frozenset[str] = field(default_factory=frozenset)
    is_complete: bool = False  # nothing left to send and the pull reached the end
    error: str = ""
    error_kind: ErrorKind | None = None


@dataclass(frozen=True, slots=True)
class PendingItem:
    """One thing waiting for the server, for the sync panel."""

    entity_id: str
    tracking_code: str
    kind: str  # outbox kind or "document"
    revision: int
    attempts: int
    last_error: str  # "" when it simply has not been sent yet
    error_kind: ErrorKind | None


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """One step of an application's journey: created, queued, sent, accepted or refused."""

    at: dt.datetime
    label: str  # Indonesian
    detail: str = ""


@dataclass(frozen=True, slots=True)
class CallbackEntry:
    """An applicant to phone: NIB issued or something to fix."""

    application_id: str
    tracking_code: str
    full_name: str
    mobile: str
    status_label: str
    nib: str
    reason: str


@dataclass(frozen=True, slots=True)
class Conflict:
    """A local edit the server answered "conflict": both versions kept for a person to decide."""

    application_id: str
    tracking_code: str
    local_revision: int
    server_revision: int
    differences: tuple[tuple[str, str, str], ...]  # (field label, laptop value, server value)
    at: dt.datetime


class Cancel(Protocol):
    def __call__(self) -> bool:
        """True when the run should stop at the next safe point."""
        ...


class ProgressSink(Protocol):
    def __call__(self, progress: SyncProgress) -> None: ...
