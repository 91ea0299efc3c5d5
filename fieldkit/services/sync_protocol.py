"""The sync service as the UI sees it: the contract between the sync engine and the UI.

``fieldkit/services/sync.py`` (``SyncService``) implements it against the real
server; ``tests/fakes.py`` (``FakeSyncService``) implements it in memory. Every
method is safe to call from any thread (each opens its own Session), so the UI
calls them from background jobs and from its sync worker thread.
"""

from __future__ import annotations

from typing import Protocol

from fieldkit.domain.records import Officer
from fieldkit.sync.state import (
    CallbackEntry,
    Cancel,
    Conflict,
    PendingItem,
    ProgressSink,
    SyncReport,
    SyncStatus,
    TimelineEvent,
)


class SyncFacade(Protocol):
    def is_enrolled(self) -> bool: ...

    def enrol(self, server_url: str, code: str, *, device_name: str) -> None:
        """Enrol this laptop; raises ServiceError (Indonesian message) when it cannot."""
        ...

    def ca_bundle(self) -> str:
        """The office's own CA certificate file in use; "" for the system's trusted CAs."""
        ...

    def set_ca_bundle(self, path: str) -> str:
        """Trust this CA file (empty: the system's CAs); raises ServiceError when the file is
        missing or not a PEM CA certificate. Returns the stored (absolute) path."""
        ...

    def server_address(self) -> str:
        """The office server's address as set at first run or enrolment; "" when none."""
        ...

    def set_server_address(self, url: str) -> str:
        """Remember the server's address before enrolment ("": offline only for now); raises
        ServiceError (Indonesian) when it is unusable. Returns the stored address."""
        ...

    def wiped_notice(self) -> str | None:
        """The message to show when the office revoked this laptop and its data was wiped
        (cheap: one file check); None while the laptop is in use."""
        ...

    def status(self) -> SyncStatus:
        """Cheap: local queries only, no network."""
        ...

    def probe(self, timeout: float = 3.0) -> bool:
        """True when the server answers its info endpoint."""
        ...

    def run(
        self, progress: ProgressSink, cancel: Cancel, *, deadline: float | None = None
    ) -> SyncReport:
        """One full pass (push, upload, pull); network and server errors come back in the report."""
        ...

    def pending(self) -> list[PendingItem]: ...

    def retry(self, entity_id: str) -> None:
        """Clear the back-off of a refused or failed item so the next run sends it again."""
        ...

    def timeline(self, application_id: str) -> list[TimelineEvent]: ...

    def error_log(self) -> str:
        """Copyable plain text of recent sync errors, without NIK or names."""
        ...

    def callback_list(self) -> list[CallbackEntry]:
        """Applicants whose NIB was issued or who must fix something, newest first."""
        ...

    def conflicts(self) -> list[Conflict]: ...

    def resolve_conflict(self, application_id: str, *, keep: str, actor: Officer) -> None:
        """``keep`` is "laptop" (re-send the local version) or "server" (take the server's)."""
        ...

    def duplicate_of(self, application_id: str) -> list[str]:
        """Tracking codes of possible duplicates (same NIK) flagged by the server."""
        ...
